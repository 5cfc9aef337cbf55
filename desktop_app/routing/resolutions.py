"""A head's resolution, inside the caller's transaction where it writes: its deadline (working days,
never past the legal term of a citizen's appeal), and the resolution written with its execute steps
(on a step one got by resolution: passed on as a deputy's resolution), its audit event and its
outbox operations. ``RoutingService.create_resolution`` (``services/routing.py``) checks the
person's role and the text first.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import audit, locale, outbox, search, states
from desktop_app.db.models import Appeal, Document, Registration, Resolution, RouteStep, new_id, utcnow
from desktop_app.errors import ForbiddenTransition, InvalidInput
from desktop_app.i18n import translate
from desktop_app.routing import actions, engine
from desktop_app.routing import steps as K
from desktop_app.routing.calendar import WorkCalendar
from desktop_app.routing.templates import StepSpec
from desktop_app.services.types import CurrentUser, ResolutionInput
from docflow_protocol import DocumentKind, OpType


def deadline_of(data: ResolutionInput, cal: WorkCalendar, today: dt.date) -> dt.date | None:
    """The deadline the head gave (a date, or ``days`` working days from ``today``), moved to a
    working day; InvalidInput when it has already passed."""
    deadline = data.deadline
    if deadline is None and data.days is not None:
        deadline = cal.add_working_days(today, data.days)
    if deadline is not None:
        if deadline < today:
            raise InvalidInput(translate("Routing", "The deadline {date} has already passed.").format(date=locale.format_date(deadline)))
        deadline = cal.next_working_day(deadline)
    return deadline


def within_appeal_term(s: Session, doc_id: str, deadline: dt.date | None) -> dt.date | None:
    """On a citizen's appeal a resolution's deadline is the law's at the latest (and by default)."""
    appeal = s.get(Appeal, doc_id)
    due = appeal.deadline if appeal is not None and not appeal.forwarded_on and not appeal.repeated_of else None
    if due is None:
        return deadline
    if deadline is not None and deadline > due:
        raise InvalidInput(translate("Control", "The citizen's appeal must be answered by {date}: the resolution's deadline cannot be later.").format(
            date=locale.format_date(due)))
    return deadline or due


def write_resolution(s: Session, doc: Document, data: ResolutionInput, text: str, co: list[str], deadline: dt.date | None,
                     user: CurrentUser, cal: WorkCalendar, today: dt.date) -> Resolution:
    """Write ``user``'s resolution on ``doc``: executor and co-executors get active execute steps
    with the deadline; a review step waiting for this resolution is completed by it."""
    if doc.status in (states.DISPATCHED, states.ARCHIVED):
        raise ForbiddenTransition(translate("Routing", "A {status} document cannot get a resolution.").format(
            status=states.status_label(doc.status)))
    if doc.kind == DocumentKind.INCOMING.value and s.execute(select(Registration.id).where(Registration.document_id == doc.id)).first() is None:
        raise ForbiddenTransition(translate("Routing", "Register the letter before writing a resolution."))
    actions.active_user(s, data.executor_id, translate("Routing", "executor"))
    for uid in co:
        actions.active_user(s, uid, translate("Routing", "co-executor"))
    mine = [st for st in engine.live_steps(s, doc.id) if st.state == K.ACTIVE and (
        st.assignee_user_id == user.id or (st.assignee_user_id is None and st.assignee_role in user.roles))]
    # writing a resolution on an assignment one got by resolution passes it on (a deputy's resolution)
    delegated = next((st for st in mine if st.kind == K.EXECUTE and st.resolution_id), None)
    parent_id = data.parent_id or (delegated.resolution_id if delegated else None)
    parent = s.get(Resolution, parent_id) if parent_id else None
    if parent_id and (parent is None or parent.document_id != doc.id):
        raise InvalidInput(translate("Routing", "The earlier resolution is not on this document."))
    # a review step waiting for this person's resolution is completed by writing it
    for st in mine:
        if st.kind == K.REVIEW:
            actions.act_in(s, doc, st, K.COMPLETE, translate("Routing", "Resolution written"), today, user, cal)
    res = Resolution(id=new_id(), document_id=doc.id, author_id=user.id, text=text, executor_id=data.executor_id,
                     co_executor_ids=co, deadline=deadline, control=data.control, state=Resolution.ACTIVE,
                     parent_id=parent_id)
    s.add(res)
    s.flush()
    stage = [StepSpec(K.EXECUTE, data.executor_id, None, deadline, None, translate("Routing", "Execute the resolution"))]
    stage += [StepSpec(K.EXECUTE, uid, None, deadline, None, translate("Routing", "Co-execute the resolution")) for uid in co]
    if delegated is not None:
        # the new executors join the delegating person's stage, active at once
        pos = max(st.position for st in engine.doc_steps(s, doc.id) if st.stage == delegated.stage) + 1
        for i, spec in enumerate(stage):
            s.add(RouteStep(document_id=doc.id, stage=delegated.stage, position=pos + i, kind=spec.kind,
                            assignee_user_id=spec.assignee_user_id, deadline=spec.deadline, label=spec.label,
                            state=K.ACTIVE, started_at=utcnow(), resolution_id=res.id))
        s.flush()
        actions.act_in(s, doc, delegated, K.COMPLETE, translate("Routing", "Passed on with a resolution"), today, user, cal)
    else:
        engine.append_stages(s, doc.id, [stage], resolution_id=res.id)
    actions.set_status(doc, states.IN_ROUTE)
    engine.activate(s, doc.id, cal, today)
    audit.append(s, user.username, OpType.RESOLUTION_CREATE.value, doc.id, resolution_id=res.id, parent_id=parent_id,
                 executor=data.executor_id, co_executors=co, deadline=deadline, control=data.control)
    payload = {"resolution_id": res.id, "executor_user_id": data.executor_id, "co_executor_user_ids": co, "text": text,
               "control": bool(data.control)}
    if deadline:
        payload["deadline"] = deadline.isoformat()
    outbox.enqueue(s, OpType.RESOLUTION_CREATE.value, doc.id, payload)
    actions.queue_route(s, doc)
    search.reindex(s, doc)
    return res
