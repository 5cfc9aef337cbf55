"""Apply the server's routing state (docs/protocol.md §5.2, §6) inside the caller's write transaction.

The sync engine calls :func:`apply_remote_routing` for each document snapshot it applies and
:func:`record_receipt_in` for each ``receipt`` change. Both take the same paths as local
changes (audit, the document state machine) and never talk to the network.

Mapping of the server's route onto the local one:

* a server step's ``order`` becomes a local stage; a step seen for the first time is put after
  every stage the local route already has; a known step keeps its stage;
* ``pending`` → ``active`` for the lowest pending order of an active route, else ``waiting``;
  the final states as ``routing.steps.FROM_PROTOCOL_STATE`` says (``approved`` / ``done`` /
  ``acknowledged`` → ``done``; ``rejected`` → ``declined``; ``returned`` → ``returned``);
* a step already final here is never moved back (a local action not yet confirmed wins until
  the server decides it; a refusal comes back as a conflict the sync engine shows);
* local live steps the server's route no longer has are ``cancelled`` unless a local
  ``route.set`` is still waiting to be pushed.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import audit, states
from desktop_app.db.models import Dispatch, Document, Institution, OutboxOp, Resolution, RouteStep, User, utcnow
from desktop_app.routing import steps as K
from desktop_app.routing.actions import leave_route, set_status
from docflow_protocol import (
    DISPATCH_RANK, LIMITS, DispatchStatus, OpType, ReceiptStatus, RouteState, StepState, active_order, parse_date,
    parse_instant,
)


def step_days(step: dict) -> int | None:
    """A ``route.set`` step's allowance in working days (``days``), or None (none, or a route sent
    before steps carried it)."""
    days = step.get("days")
    return days if isinstance(days, int) and not isinstance(days, bool) and 0 <= days <= LIMITS.max_step_days else None


def step_label(step: dict) -> str:
    """A ``route.set`` step's name (``label``): what the route's author typed or the template gave."""
    label = step.get("label")
    return label[:LIMITS.max_step_label_chars] if isinstance(label, str) else ""


def _user_id(s: Session, value: Any) -> str | None:
    """A server user id, if that user is in the cached staff list (else None: FK safety)."""
    return value if isinstance(value, str) and s.get(User, value) is not None else None


#: Route states after which a document is no longer "in route" (a rework restarts it with a new route).
_ENDED = (RouteState.COMPLETED.value, RouteState.REJECTED.value, RouteState.RETURNED.value)


def apply_remote_routing(s: Session, doc: Document, snap: dict, actor: str = audit.SERVER) -> bool:
    """Merge ``snap``'s resolutions, route, dispatches, appeal and control state into the local rows;
    True if anything changed."""
    from desktop_app.routing import chancellery

    changed = _resolutions(s, doc, snap.get("resolutions") or [], actor)
    changed |= _route(s, doc, snap.get("route") or {}, actor)
    changed |= _dispatches(s, doc, snap.get("dispatches") or [], actor)
    changed |= chancellery.apply_remote(s, doc, snap, actor)  # appeal card, control, extensions, reply link
    s.flush()
    return changed


def _resolutions(s: Session, doc: Document, items: list, actor: str) -> bool:
    changed = False
    for r in items:
        if not isinstance(r, dict) or not isinstance(r.get("resolution_id"), str):
            continue
        if s.get(Resolution, r["resolution_id"]) is not None:
            continue
        deadline = parse_date(r.get("deadline"))
        co = [x for x in (r.get("co_executor_user_ids") or []) if isinstance(x, str)]
        s.add(Resolution(id=r["resolution_id"], document_id=doc.id, author_id=_user_id(s, r.get("author_user_id")),
                         text=str(r.get("text") or "")[:LIMITS.max_text_chars], executor_id=_user_id(s, r.get("executor_user_id")),
                         co_executor_ids=co, deadline=deadline, control=deadline is not None, state=Resolution.ACTIVE,
                         created_at=parse_instant(r.get("created_at")) or utcnow()))
        s.flush()
        audit.append(s, actor, "sync.resolution", doc.id, resolution_id=r["resolution_id"])
        changed = True
    return changed


def _route(s: Session, doc: Document, route: dict, actor: str) -> bool:
    steps = [st for st in (route.get("steps") or []) if isinstance(st, dict) and isinstance(st.get("step_id"), str)]
    route_state = route.get("state", RouteState.NONE.value)
    local = {st.id: st for st in s.execute(select(RouteStep).where(RouteStep.document_id == doc.id)).scalars()}
    server_ids = {st["step_id"] for st in steps}
    changed = False
    started: list[str] = []  # steps that became active here: the activity view tells their assignee
    pending_set = s.execute(select(OutboxOp.seq).where(OutboxOp.document_id == doc.id, OutboxOp.op_type == OpType.ROUTE_SET.value,
                                                       OutboxOp.state.in_((OutboxOp.PENDING, OutboxOp.HELD)))
                    .limit(1)).scalar() is not None  # held: waiting behind a conflict being settled
    base = max((st.stage for sid, st in local.items() if sid not in server_ids), default=0)
    lowest = active_order(steps)
    resolutions = list(s.execute(select(Resolution).where(Resolution.document_id == doc.id)).scalars())
    for st in sorted(steps, key=lambda x: (x.get("order", 0), x["step_id"])):
        server_state = st.get("state", StepState.PENDING.value)
        if server_state == StepState.PENDING.value:
            new_state = K.ACTIVE if route_state == RouteState.ACTIVE.value and st.get("order") == lowest else K.WAITING
        else:
            new_state = K.FROM_PROTOCOL_STATE.get(server_state, K.DONE)
        row = local.get(st["step_id"])
        if row is None:
            kind = st.get("kind") if st.get("kind") in K.KINDS else K.REVIEW
            assignee = _user_id(s, st.get("assignee_user_id"))
            row = RouteStep(id=st["step_id"], document_id=doc.id, stage=base + int(st.get("order") or 1), position=0,
                            kind=kind, assignee_user_id=assignee, deadline=parse_date(st.get("deadline")), state=K.WAITING,
                            duration_days=step_days(st), label=step_label(st))
            if kind == K.EXECUTE:  # link the execute steps a resolution made on the other desk
                res = next((r for r in resolutions if assignee and (r.executor_id == assignee or assignee in (r.co_executor_ids or []))
                            and r.deadline == row.deadline), None)
                row.resolution_id = res.id if res else None
            s.add(row)
            local[row.id] = row
            changed = True
        deadline = parse_date(st.get("deadline"))
        if deadline is not None and row.deadline != deadline and row.state in K.LIVE_STATES and not pending_set:
            row.deadline = deadline  # counted where the step's stage started
            changed = True
        if st.get("label") and row.label != step_label(st) and row.state in K.LIVE_STATES and not pending_set:
            row.label = step_label(st)
            changed = True
        days = step_days(st)
        if "days" in st and row.duration_days != days and row.state in K.LIVE_STATES and not pending_set:
            row.duration_days = days  # the allowance: a stage started here counts its deadline from it
            changed = True
        if row.state in K.FINAL_STATES or row.state == new_state:
            continue
        row.state = new_state
        if new_state == K.ACTIVE:
            row.started_at = row.started_at or utcnow()
            started.append(row.id)
        if new_state in K.FINAL_STATES:
            row.action = K.FROM_PROTOCOL_ACTION.get(st.get("action") or "", None)
            row.comment = str(st.get("comment") or "")[:LIMITS.max_text_chars]
            row.acted_by = _user_id(s, st.get("acted_by"))
            row.finished_at = parse_instant(st.get("acted_at")) or utcnow()
            if row.kind == K.SIGN and new_state == K.DONE:
                set_status(doc, states.SIGNED)
        changed = True
    if not pending_set:
        for sid, row in local.items():
            if sid not in server_ids and row.state in K.LIVE_STATES:
                row.state = K.CANCELLED
                row.finished_at = utcnow()
                changed = True
    s.flush()
    executed = []  # resolutions whose execution another desk finished: news for their controller (activity.py)
    for res in resolutions:
        if res.state == Resolution.ACTIVE:
            st_states = [x.state for x in local.values() if x.resolution_id == res.id]
            if st_states and all(x == K.DONE for x in st_states):
                res.state, res.completed_at = Resolution.DONE, utcnow()
                executed.append(res.id)
                changed = True
    if route_state == RouteState.ACTIVE.value and doc.status in (states.DRAFT, states.REGISTERED):
        set_status(doc, states.IN_ROUTE)
    elif route_state in _ENDED and not pending_set:
        before = doc.status
        leave_route(s, doc)  # the route ended on another desk: the document leaves "in route" here too
        changed |= doc.status != before
    if changed:
        audit.append(s, actor, "sync.route", doc.id, state=route_state, steps=len(steps), started=started,
                     **({"executed": executed} if executed else {}))
    return changed


def _dispatches(s: Session, doc: Document, items: list, actor: str) -> bool:
    changed = False
    for d in items:
        if not isinstance(d, dict) or not isinstance(d.get("dispatch_id"), str) or not isinstance(d.get("to"), str):
            continue
        status = d["status"] if d.get("status") in DISPATCH_RANK else DispatchStatus.SENT.value
        number = ""
        for rc in d.get("receipts") or []:
            if isinstance(rc, dict) and rc.get("registration_number"):
                number = str(rc["registration_number"])
        changed |= record_receipt_in(s, d["dispatch_id"], d["to"], status, registration_number=number,
                                     at=parse_instant(d.get("at")), incoming_doc_id=d.get("incoming_doc_id"), doc=doc, actor=actor)
    return changed


def record_receipt_in(s: Session, dispatch_id: str, recipient_code: str, status: str, *, registration_number: str = "",
                      reason: str = "", at: dt.datetime | None = None, incoming_doc_id: str | None = None,
                      doc: Document | None = None, actor: str = audit.SERVER) -> bool:
    """Move one dispatch recipient forward (sent → delivered → registered/refused); never backwards.

    ``doc`` given: a dispatch row unknown here (sent from another workstation) is created.
    Returns True if anything changed.
    """
    if status not in DISPATCH_RANK:
        return False
    row = s.execute(select(Dispatch).where(Dispatch.dispatch_id == dispatch_id,
                                           Dispatch.recipient_code == recipient_code)).scalar_one_or_none()
    changed = False
    if row is None:
        if doc is None:
            return False
        name = s.execute(select(Institution.name).where(Institution.registry_code == recipient_code)).scalar() or ""
        row = Dispatch(dispatch_id=dispatch_id, document_id=doc.id, recipient_code=recipient_code, recipient_name=name,
                       state=DispatchStatus.SENT.value, note="", sent_at=at or utcnow())
        s.add(row)
        changed = True
    if isinstance(incoming_doc_id, str) and incoming_doc_id and row.incoming_doc_id != incoming_doc_id:
        row.incoming_doc_id = incoming_doc_id[:36]
        changed = True
    at = at or utcnow()
    if DISPATCH_RANK[status] > DISPATCH_RANK.get(row.state, 0):
        if row.delivered_at is None:
            row.delivered_at = at
        if status == ReceiptStatus.REGISTERED.value:
            row.registered_at = at
            row.recipient_number = registration_number[:128]
        if status == ReceiptStatus.REFUSED.value:
            row.reason = reason[:LIMITS.max_text_chars]
        row.state = status
        s.flush()
        if not row.recipient_name:  # a dispatch sent before the directory named the recipient
            row.recipient_name = s.execute(select(Institution.name).where(Institution.registry_code == recipient_code)).scalar() or ""
        audit.append(s, actor, f"dispatch.{status}", row.document_id, dispatch_id=dispatch_id, to=recipient_code,
                     to_name=row.recipient_name or None, number=registration_number or None)
        changed = True
    elif status == ReceiptStatus.REGISTERED.value and registration_number and row.recipient_number != registration_number[:128]:
        row.recipient_number = registration_number[:128]
        changed = True
    s.flush()
    return changed

