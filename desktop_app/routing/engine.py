"""Route mechanics inside an open write transaction: append stages, activate, stop, restart."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Document, RouteStep, User, utcnow
from desktop_app.routing import steps as K
from desktop_app.routing.calendar import WorkCalendar
from desktop_app.routing.templates import StepSpec
from docflow_protocol import LIMITS


def doc_steps(s: Session, doc_id: str) -> list[RouteStep]:
    return list(s.execute(select(RouteStep).where(RouteStep.document_id == doc_id)
                          .order_by(RouteStep.stage, RouteStep.position)).scalars())


def live_steps(s: Session, doc_id: str) -> list[RouteStep]:
    return [st for st in doc_steps(s, doc_id) if st.state in K.LIVE_STATES]


def next_stage(s: Session, doc_id: str) -> int:
    return (s.execute(select(func.max(RouteStep.stage)).where(RouteStep.document_id == doc_id)).scalar() or 0) + 1


def append_stages(s: Session, doc_id: str, stages: Sequence[Sequence[StepSpec]], *,
                  resolution_id: str | None = None) -> list[RouteStep]:
    """Add ``stages`` after every existing stage of the document, all waiting."""
    first = next_stage(s, doc_id)
    created = []
    for i, stage in enumerate(stages):
        for pos, spec in enumerate(stage):
            st = RouteStep(document_id=doc_id, stage=first + i, position=pos, kind=spec.kind,
                           assignee_user_id=spec.assignee_user_id, assignee_role=spec.assignee_role,
                           deadline=spec.deadline, duration_days=spec.duration_days, label=spec.label,
                           state=K.WAITING, resolution_id=resolution_id)
            s.add(st)
            created.append(st)
    s.flush()
    return created


def activate(s: Session, doc_id: str, cal: WorkCalendar, today: dt.date) -> list[RouteStep]:
    """Make the lowest waiting stage active if no step is active now; return what was activated."""
    live = live_steps(s, doc_id)
    if not live or any(st.state == K.ACTIVE for st in live):
        return []
    stage = min(st.stage for st in live)
    now = utcnow()
    activated = []
    for st in live:
        if st.stage == stage:
            st.state = K.ACTIVE
            st.started_at = now
            if st.deadline is None and st.duration_days is not None:
                st.deadline = cal.add_working_days(today, st.duration_days)
            activated.append(st)
    s.flush()
    return activated


def route_state(steps: Sequence[RouteStep]) -> str:
    """none | active | completed | returned (stopped by a decline/return, nothing live)."""
    if not steps:
        return "none"
    if any(st.state in K.LIVE_STATES for st in steps):
        return "active"
    last_stage = max(st.stage for st in steps)
    if any(st.state in (K.DECLINED, K.RETURNED) for st in steps if st.stage == last_stage):
        return "returned"
    return "completed"


def stop_and_rework(s: Session, doc: Document, stopped: RouteStep, rework_to: str | None,
                    rework_label: str, restart: bool, rework_kind: str = K.EXECUTE) -> list[RouteStep]:
    """After a decline/return: cancel the live steps, give the author a rework step and,
    if ``restart``, queue copies of the stopped stage and the stages after it.

    Returns the new steps (rework first).
    """
    cancelled = []
    for st in live_steps(s, doc.id):
        if st.id != stopped.id:
            st.state = K.CANCELLED
            st.finished_at = utcnow()
            cancelled.append(st)
    s.flush()
    to_copy: list[RouteStep] = []
    if restart:
        same_stage = [st for st in doc_steps(s, doc.id) if st.stage == stopped.stage]
        later = [st for st in cancelled if st.stage > stopped.stage]
        to_copy = sorted(same_stage + later, key=lambda x: (x.stage, x.position))
    stages: list[list[StepSpec]] = []
    if rework_to:
        stages.append([StepSpec(rework_kind, rework_to, None, None, None, rework_label)])
    for stage_no in sorted({st.stage for st in to_copy}):
        stages.append([StepSpec(st.kind, st.assignee_user_id, st.assignee_role,
                                st.deadline if st.duration_days is None else None, st.duration_days, st.label)
                       for st in to_copy if st.stage == stage_no])
    if not stages:
        return []
    return append_stages(s, doc.id, stages)


def representative(s: Session, role: str) -> str | None:
    """A person holding ``role`` for the protocol, which addresses steps to users only: the holder
    with the fewest other roles (the clerk rather than an admin who also clerks)."""
    holders = [u for u in s.execute(select(User).where(User.active.is_(True))).scalars() if role in u.roles.split(",")]
    holders.sort(key=lambda u: (len([r for r in u.roles.split(",") if r]), u.display_name, u.username))
    return holders[0].id if holders else None


def protocol_steps(s: Session, doc_id: str, keep_order: bool = False) -> list[dict]:
    """The live route as ``route.set`` steps: ``order`` is the stage's rank (1..n) among the live
    stages, or (``keep_order``: the same route sent again) among all the document's stages, so that
    the steps keep the order they were first sent with and every desk lists them alike."""
    live = live_steps(s, doc_id)
    ranked = {st.stage for st in (doc_steps(s, doc_id) if keep_order else live)}
    ranks = {stage: i + 1 for i, stage in enumerate(sorted(ranked))}
    out = []
    for st in live:
        user = st.assignee_user_id or (representative(s, st.assignee_role) if st.assignee_role else None)
        step = {"step_id": st.id, "order": ranks[st.stage], "kind": st.kind, "assignee_user_id": user,
                "deadline": st.deadline.isoformat() if st.deadline else None, "days": st.duration_days}
        if st.label:  # the name typed in the route builder or the template's: every desk shows it
            step["label"] = st.label[:LIMITS.max_step_label_chars]
        out.append(step)
    return out
