"""What one action on a route step does, inside the caller's write transaction: the step's new
state, its audit event and its own outbox operation, the route moved on (or stopped and sent back
for rework), the document's status and the completion of the resolution the step belongs to; and
the checks of a step a person puts on a route. ``RoutingService`` (``services/routing.py``) checks
permissions and opens the transaction; ``routing/engine.py`` holds the route mechanics used here.
"""
from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import audit, locale, outbox, states
from desktop_app.db.models import Document, Registration, Resolution, RouteStep, User, utcnow
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from desktop_app.routing import engine
from desktop_app.routing import steps as K
from desktop_app.routing.calendar import WorkCalendar
from desktop_app.routing.templates import StepSpec
from desktop_app.services.types import CurrentUser
from docflow_protocol import ALL_ROLES, LIMITS, OpType

MAX_TEXT = LIMITS.max_text_chars

log = logging.getLogger(__name__)


def active_user(s: Session, user_id: str, what: str) -> User:
    """The staff member ``user_id``, or InvalidInput saying the ``what`` is not on the staff list."""
    u = s.get(User, user_id) if user_id else None
    if u is None or not u.active:
        raise InvalidInput(translate("Routing", "The {what} is not on the institution's staff list.").format(what=what))
    return u


def check_spec(s: Session, spec: StepSpec, today: dt.date) -> None:
    """Refuse a step a person put on a route: an unknown kind, nobody to take it, a past deadline, a bad allowance."""
    K.check_kind(spec.kind)
    if spec.assignee_user_id:
        active_user(s, spec.assignee_user_id, translate("Routing", "assignee of a {kind} step").format(
            kind=K.kind_label(spec.kind)))
    elif spec.assignee_role not in ALL_ROLES:
        raise InvalidInput(translate("Routing", "Every {kind} step needs a person or a role.").format(kind=K.kind_label(spec.kind)))
    if spec.deadline is not None and spec.deadline < today:
        raise InvalidInput(translate("Routing", "The deadline {date} of a {kind} step has already passed.").format(
            date=locale.format_date(spec.deadline), kind=K.kind_label(spec.kind)))
    if spec.duration_days is not None and not 0 <= spec.duration_days <= LIMITS.max_step_days:
        raise InvalidInput(translate("Routing", "A step's allowance must be 0 to 365 working days."))


def set_status(doc: Document, new: str) -> None:
    """Move the document's status when the state machine allows it; otherwise leave it."""
    if doc.status != new and new in states.ALLOWED.get(doc.status, ()):
        doc.status = new
        doc.updated_at = utcnow()


def leave_route(s: Session, doc: Document) -> None:
    """A route that ended (completed, or stopped for rework) takes the document out of "in route":
    back to registered, or to draft when it never was registered. Both the desk that acted and,
    from the server's route, every other desk (``routing.remote``) move it so."""
    if doc.status == states.IN_ROUTE:
        has_reg = s.execute(select(Registration.id).where(Registration.document_id == doc.id)).first() is not None
        set_status(doc, states.REGISTERED if has_reg else states.DRAFT)


def queue_route(s: Session, doc: Document, keep_order: bool = False) -> None:
    """Queue the document's whole route (``route.set``); refused while a step has nobody to take it."""
    steps = engine.protocol_steps(s, doc.id, keep_order)
    missing = [st for st in steps if not st["assignee_user_id"]]
    if missing:
        raise InvalidInput(translate("Routing", "Nobody on the staff list can take the {kind} step; choose a person.").format(
            kind=K.kind_label(missing[0]["kind"])))
    outbox.enqueue(s, OpType.ROUTE_SET.value, doc.id, {"steps": steps}, base_version=doc.version)


def act_in(s: Session, doc: Document, step: RouteStep, action: str, comment: str, today: dt.date,
           user: CurrentUser, cal: WorkCalendar) -> None:
    """Record one action of ``user`` on one step (its own outbox op) and move the route on."""
    new_state = K.check_action(step.kind, step.state, action, comment)
    step.state = new_state
    step.action = action
    step.comment = comment.strip()[:MAX_TEXT]
    step.acted_by = user.id
    step.finished_at = utcnow()
    s.flush()
    audit.append(s, user.username, f"route.{action}", doc.id, step_id=step.id, kind=step.kind,
                 stage=step.stage, comment=step.comment)
    payload = {"step_id": step.id, "action": K.PROTOCOL_ACTION[action]}
    if step.comment:
        payload["comment"] = step.comment
    if action in K.STOPS_ROUTE:
        outbox.enqueue(s, OpType.ROUTE_STEP_ACT.value, doc.id, payload)
        stop(s, doc, step, action)
        engine.activate(s, doc.id, cal, today)
        queue_route(s, doc)
        return
    if step.kind == K.SIGN:
        set_status(doc, states.SIGNED)
    if step.resolution_id:
        maybe_complete_resolution(s, step.resolution_id)
    counted = [st.id for st in engine.live_steps(s, doc.id) if st.deadline is None and st.duration_days is not None]
    activated = engine.activate(s, doc.id, cal, today)
    started = started_deadlines(activated, counted)
    if started:
        payload["deadlines"] = started
    outbox.enqueue(s, OpType.ROUTE_STEP_ACT.value, doc.id, payload)
    rstate = engine.route_state(engine.doc_steps(s, doc.id))
    if rstate == "active" and doc.status in (states.DRAFT, states.REGISTERED):
        set_status(doc, states.IN_ROUTE)  # the author's rework is done: back in route
    if rstate == "completed":
        leave_route(s, doc)


def started_deadlines(activated: list[RouteStep], counted: list[str]) -> list[dict]:
    """The deadlines of the steps an action started whose allowance of working days was counted only
    now (it counts from the day the stage starts), for the action's own ``route.step_act``: the
    server, and so every other desk, takes them from whoever acted -- a person who may not set the
    route (an executor on a letter someone else wrote) included (docs/routing.md)."""
    return [{"step_id": st.id, "deadline": st.deadline.isoformat()} for st in activated
            if st.id in counted and st.deadline is not None]


def stop(s: Session, doc: Document, step: RouteStep, action: str) -> None:
    """Decline/return: the draft goes back to its author (or the resolution to its author)."""
    if step.resolution_id:
        res = s.get(Resolution, step.resolution_id)
        if res is not None:
            res.state = Resolution.RETURNED
        to = res.author_id if res else None
        label = translate("Routing", "Returned by the executor: write a new resolution")
        # the resolution's author gets a review step, which a new resolution completes
        engine.stop_and_rework(s, doc, step, to, label, restart=False, rework_kind=K.REVIEW)
        return
    label = translate("Routing", "Rework after '{action}': {reason}").format(
        action=K.action_label(action), reason=step.comment)[:200]
    engine.stop_and_rework(s, doc, step, doc.author_id, label, restart=True)
    leave_route(s, doc)


def maybe_complete_resolution(s: Session, resolution_id: str | None) -> None:
    """A resolution is done when its steps are done and every resolution that passed it on is done."""
    res = s.get(Resolution, resolution_id) if resolution_id else None
    if res is None or res.state != Resolution.ACTIVE:
        return
    s.flush()
    step_states = s.execute(select(RouteStep.state).where(RouteStep.resolution_id == res.id)).scalars().all()
    children = s.execute(select(Resolution.state).where(Resolution.parent_id == res.id)).scalars().all()
    if step_states and all(x == K.DONE for x in step_states) and all(x == Resolution.DONE for x in children):
        res.state = Resolution.DONE
        res.completed_at = utcnow()
        maybe_complete_resolution(s, res.parent_id)
