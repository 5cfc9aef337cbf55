"""What the routing service shows: rows turned into the frozen values it returns, and the read
queries behind a person's work list (assignments, deadlines, reminders). Read-only; each function
runs inside the caller's read transaction.

``Clock`` carries what every deadline state needs: today, the working-day calendar and how many
working days ahead a reminder comes.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop_app import labels
from desktop_app.db.models import Dispatch, Document, Registration, Resolution, RouteStep, User
from desktop_app.i18n import translate
from desktop_app.routing import engine
from desktop_app.routing import steps as K
from desktop_app.routing.calendar import WorkCalendar, deadline_state
from desktop_app.services.types import (
    Assignment, AssignmentPage, CurrentUser, DeadlineSummary, DispatchInfo, ResolutionInfo, RouteTimeline, StaffMember,
    StepInfo, TimelineEvent,
)


@dataclass(frozen=True)
class Clock:
    today: dt.date
    calendar: WorkCalendar
    remind_days: int

    def deadline_state(self, deadline: dt.date | None) -> str | None:
        return deadline_state(deadline, self.today, self.calendar, self.remind_days)


# ------------------------------------------------------------------------------ conversions
def names(s: Session, ids: Iterable[str | None]) -> dict[str, str]:
    """Display names of the users ``ids`` (unknown ids left out)."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return {u.id: u.display_name for u in s.execute(select(User).where(User.id.in_(wanted))).scalars()}


def step_infos(s: Session, steps: Sequence[RouteStep], clock: Clock) -> list[StepInfo]:
    who_is = names(s, [x for st in steps for x in (st.assignee_user_id, st.acted_by)])
    out = []
    for st in steps:
        who = who_is.get(st.assignee_user_id or "", "") or (
            translate("Routing", "any {role}").format(role=labels.role(st.assignee_role)) if st.assignee_role else "")
        ds = clock.deadline_state(st.deadline) if st.state in K.LIVE_STATES else None
        out.append(StepInfo(st.id, st.document_id, st.stage, st.position, st.kind, st.label, st.assignee_user_id,
                            st.assignee_role, who, st.deadline, st.state, st.action, st.comment,
                            who_is.get(st.acted_by or "", ""), st.started_at, st.finished_at, st.resolution_id, ds))
    return out


def resolution_infos(s: Session, rows: Sequence[Resolution], clock: Clock) -> list[ResolutionInfo]:
    who_is = names(s, [x for r in rows for x in (r.author_id, r.executor_id, *(r.co_executor_ids or []))])
    return [ResolutionInfo(r.id, r.document_id, r.author_id, who_is.get(r.author_id or "", ""), r.text, r.executor_id,
                           who_is.get(r.executor_id or "", ""), tuple(r.co_executor_ids or ()),
                           tuple(who_is.get(x, x) for x in (r.co_executor_ids or ())), r.deadline, r.control, r.state,
                           r.created_at, r.completed_at, r.control_removed_at, r.parent_id,
                           clock.deadline_state(r.deadline) if r.state == Resolution.ACTIVE else None)
            for r in rows]


def staff_member(u: User) -> StaffMember:
    return StaffMember(u.id, u.username, u.display_name, frozenset(r for r in u.roles.split(",") if r), u.active)


def dispatch_info(d: Dispatch) -> DispatchInfo:
    return DispatchInfo(d.id, d.dispatch_id, d.document_id, d.recipient_code, d.recipient_name, d.state, d.sent_at,
                        d.delivered_at, d.registered_at, d.recipient_number, d.reason, d.note, d.incoming_doc_id)


def timeline(s: Session, doc: Document, clock: Clock) -> RouteTimeline:
    """Resolutions, steps and dispatches of one document, and who did what when."""
    steps = engine.doc_steps(s, doc.id)
    resolutions = list(s.execute(select(Resolution).where(Resolution.document_id == doc.id)
                                 .order_by(Resolution.created_at)).scalars())
    dispatches = list(s.execute(select(Dispatch).where(Dispatch.document_id == doc.id)
                                .order_by(Dispatch.sent_at, Dispatch.recipient_code)).scalars())
    steps_shown = step_infos(s, steps, clock)
    res_shown = resolution_infos(s, resolutions, clock)
    events: list[TimelineEvent] = []
    for r in res_shown:
        events.append(TimelineEvent(r.created_at, r.author_name, translate("Routing", "Resolution: {text}").format(text=r.text)))
    for st in steps_shown:
        if st.finished_at and st.action:
            what = translate("Routing", "{action} ({kind})").format(action=K.action_label(st.action), kind=K.kind_label(st.kind))
            if st.comment:
                what += ": " + st.comment
            events.append(TimelineEvent(st.finished_at, st.acted_by_name, what))
    for d in dispatches:
        events.append(TimelineEvent(d.sent_at, "", translate("Routing", "Sent to {name}").format(name=d.recipient_name or d.recipient_code)))
        if d.delivered_at:
            events.append(TimelineEvent(d.delivered_at, d.recipient_name or d.recipient_code, translate("Routing", "Delivered")))
        if d.registered_at:
            events.append(TimelineEvent(d.registered_at, d.recipient_name or d.recipient_code,
                                        translate("Routing", "Registered as {number}").format(number=d.recipient_number)))
    events.sort(key=lambda e: e.at)
    return RouteTimeline(doc.id, doc.subject, doc.status, engine.route_state(steps), tuple(res_shown),
                         tuple(steps_shown), tuple(dispatch_info(d) for d in dispatches), tuple(events))


# --------------------------------------------------------------------------- a person's work
def mine(user: CurrentUser):  # noqa: ANN201 - a SQL condition
    """Steps addressed to ``user``, by name or by one of their roles."""
    return or_(RouteStep.assignee_user_id == user.id,
               and_(RouteStep.assignee_user_id.is_(None), RouteStep.assignee_role.in_(sorted(user.roles))))


def _assignment_rows():  # noqa: ANN202
    return (select(RouteStep.id, RouteStep.document_id, Document.subject, Registration.number, Document.kind,
                   RouteStep.kind, RouteStep.label, RouteStep.deadline, RouteStep.started_at, RouteStep.resolution_id)
            .select_from(RouteStep).join(Document, Document.id == RouteStep.document_id)
            .outerjoin(Registration, Registration.document_id == RouteStep.document_id))


def _assignment(r, clock: Clock) -> Assignment:  # noqa: ANN001 - a result row
    return Assignment(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7], r[8], clock.deadline_state(r[7]), r[9])


def assignments(s: Session, user: CurrentUser, clock: Clock, offset: int, limit: int) -> AssignmentPage:
    """``user``'s active steps, soonest deadline first (no deadline last)."""
    cond = and_(RouteStep.state == K.ACTIVE, mine(user))
    stmt = (_assignment_rows().where(cond)
            .order_by(RouteStep.deadline.is_(None), RouteStep.deadline, RouteStep.started_at, RouteStep.id)
            .offset(offset).limit(limit))
    rows = tuple(_assignment(r, clock) for r in s.execute(stmt))
    total = s.execute(select(func.count()).select_from(RouteStep).where(cond)).scalar_one()
    return AssignmentPage(rows, total, offset)


def deadline_summary(s: Session, user: CurrentUser, today: dt.date, week_end: dt.date) -> DeadlineSummary:
    """Counts of ``user``'s active steps: overdue, due today, due later this week, later, no deadline."""
    d = RouteStep.deadline
    row = s.execute(select(
        func.count(),
        func.sum(case((d < today, 1), else_=0)),
        func.sum(case((d == today, 1), else_=0)),
        func.sum(case((and_(d > today, d <= week_end), 1), else_=0)),
        func.sum(case((d > week_end, 1), else_=0)),
    ).select_from(RouteStep).where(RouteStep.state == K.ACTIVE, mine(user))).one()
    controlled = s.execute(select(func.count()).select_from(Resolution).where(
        Resolution.author_id == user.id, Resolution.control.is_(True), Resolution.state == Resolution.ACTIVE,
        Resolution.deadline < today)).scalar_one()
    total, overdue, due_today, week, later = (int(x or 0) for x in row)
    return DeadlineSummary(today, overdue, due_today, week, later, total - overdue - due_today - week - later, controlled)


def due_reminders(s: Session, user: CurrentUser, clock: Clock) -> list[Assignment]:
    """``user``'s active steps due within the reminder days (or overdue) not reminded today."""
    horizon = clock.calendar.add_working_days(clock.today, clock.remind_days)
    start_of_day = dt.datetime.combine(clock.today, dt.time.min)
    stmt = (_assignment_rows()
            .where(RouteStep.state == K.ACTIVE, mine(user), RouteStep.deadline <= horizon,
                   or_(RouteStep.reminded_at.is_(None), RouteStep.reminded_at < start_of_day))
            .order_by(RouteStep.deadline))
    return [_assignment(r, clock) for r in s.execute(stmt)]


def controlled_resolutions(s: Session, user: CurrentUser, clock: Clock) -> list[ResolutionInfo]:
    """Resolutions ``user`` wrote that are under control and not done, soonest deadline first."""
    rows = list(s.execute(select(Resolution).where(
        Resolution.author_id == user.id, Resolution.control.is_(True), Resolution.state == Resolution.ACTIVE)
        .order_by(Resolution.deadline)).scalars())
    return resolution_infos(s, rows, clock)
