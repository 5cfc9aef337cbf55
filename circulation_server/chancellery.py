"""The chancellery's rules on the server: citizens' appeals, control, replies (docs/chancellery.md).

Each rule the client's services enforce is enforced here too, so a desk that skips them (an old
client, a script) is refused with a code: only who put a resolution on control takes it off or
decides on an extension (``not_controller``); a controlled deadline moves only through an approved
extension request (``extension_required``); an anonymous appeal is not registered
(``anonymous_appeal``); appeal extensions add at most 30 working days in all
(``appeal_extension_limit``).
"""
from __future__ import annotations

from typing import Optional

from circulation_server.domain import OpCall, OpRejected
from sqlalchemy import select

from circulation_server.models import IssuedNumber, Journal
from docflow_protocol import (
    APPEAL_EXTENSION_MAX_DAYS, APPEAL_JOURNAL_KIND, AppealAction, DocumentKind, ErrorCode, ExtensionState, OpType,
    is_anonymous,
)


def check_appeal_registration(journal_kind: str, state: dict, payload: dict) -> Optional[dict]:
    """For ``registration.register``: the appeal card a registration in ``journal_kind`` keeps (or None)."""
    appeal = payload.get("appeal")
    if journal_kind != APPEAL_JOURNAL_KIND:
        if appeal is not None:
            raise OpRejected(ErrorCode.INVALID_STATE, "An applicant's card is only kept in an appeals journal.")
        return None
    if state["kind"] != DocumentKind.INCOMING.value:
        raise OpRejected(ErrorCode.INVALID_STATE, "Only an incoming document is registered as a citizen's appeal.")
    if appeal is None or is_anonymous(appeal):
        raise OpRejected(ErrorCode.ANONYMOUS_APPEAL,
                         "An appeal without the applicant's name and address is anonymous and is not registered as an appeal.")
    return {**appeal, "actions": []}


def _resolution(c: OpCall, resolution_id: str) -> dict:
    res = next((r for r in c.state["resolutions"] if r["resolution_id"] == resolution_id), None)
    if res is None:
        raise OpRejected(ErrorCode.UNKNOWN_RESOLUTION, f"Resolution {resolution_id} does not exist.")
    return res


def _require_controller(c: OpCall, res: dict, what: str) -> None:
    if res.get("author_user_id") != c.caller.user_id:
        raise OpRejected(ErrorCode.NOT_CONTROLLER,
                         f"Only the official who put resolution {res['resolution_id']} on control may {what}.", audit=True)


def check_resolution_update(c: OpCall, res: dict, payload: dict) -> None:
    """``resolution.update`` may not take a resolution off control or move its controlled deadline."""
    if res.get("control") and payload.get("control") is False:
        _require_controller(c, res, "take it off control")
    if res.get("control") and "deadline" in payload and payload["deadline"] != res.get("deadline"):
        raise OpRejected(ErrorCode.EXTENSION_REQUIRED,
                         "A controlled deadline is extended only on the executor's request approved by the controlling official.")


def h_control_remove(c: OpCall) -> dict:
    res = _resolution(c, c.payload["resolution_id"])
    _require_controller(c, res, "take it off control")
    if not res.get("control"):
        raise OpRejected(ErrorCode.INVALID_STATE, f"Resolution {res['resolution_id']} is not on control.")
    res.update(control=False, control_removed_by=c.caller.user_id, control_removed_at=c.now_iso,
               control_removed_reason=c.payload.get("reason"))
    c.audit = {"resolution_id": res["resolution_id"], "control": "removed"}
    return {}


def h_extension_request(c: OpCall) -> dict:
    p = c.payload
    res = _resolution(c, p["resolution_id"])
    if not res.get("control"):
        raise OpRejected(ErrorCode.INVALID_STATE, f"Resolution {res['resolution_id']} is not on control.")
    if c.caller.user_id not in [res.get("executor_user_id"), *(res.get("co_executor_user_ids") or [])]:
        raise OpRejected(ErrorCode.NOT_ASSIGNEE, "Only an executor of the resolution may ask for more time.")
    requests = res.setdefault("extensions", [])
    if any(x["request_id"] == p["request_id"] for x in requests):
        raise OpRejected(ErrorCode.INVALID_STATE, f"Extension request {p['request_id']} already exists.")
    if res.get("deadline") and p["new_deadline"] <= res["deadline"]:
        raise OpRejected(ErrorCode.INVALID_STATE, "The new deadline must be later than the current one.")
    requests.append({"request_id": p["request_id"], "requested_by": c.caller.user_id, "requested_at": c.now_iso,
                     "old_deadline": res.get("deadline"), "new_deadline": p["new_deadline"], "reason": p["reason"],
                     "state": ExtensionState.PENDING.value, "decided_by": None, "decided_at": None, "comment": None})
    return {}


def h_extension_decide(c: OpCall) -> dict:
    p = c.payload
    res = _resolution(c, p["resolution_id"])
    req = next((x for x in res.get("extensions") or [] if x["request_id"] == p["request_id"]), None)
    if req is None:
        raise OpRejected(ErrorCode.UNKNOWN_EXTENSION, f"Extension request {p['request_id']} does not exist.")
    _require_controller(c, res, "decide on its extension")
    if req["state"] != ExtensionState.PENDING.value:
        raise OpRejected(ErrorCode.INVALID_STATE, f"Extension request {p['request_id']} was already decided ({req['state']}).")
    req.update(state=p["decision"], decided_by=c.caller.user_id, decided_at=c.now_iso, comment=p.get("comment"))
    if p["decision"] == ExtensionState.APPROVED.value:
        res["deadline"] = req["new_deadline"]
    c.audit = {"resolution_id": res["resolution_id"], "request_id": req["request_id"], "state": req["state"]}
    return {}


def h_link_reply(c: OpCall) -> dict:
    """An outgoing (or internal) document answers ``reply_to``, a document of the same institution."""
    target_id = c.payload["reply_to"]
    if c.state["kind"] == DocumentKind.INCOMING.value:
        raise OpRejected(ErrorCode.INVALID_STATE, "Only an outgoing or internal document can be a reply.")
    target = c.document(target_id)
    if target is None or target.institution_id != c.caller.institution_id or target_id == c.state["id"]:
        raise OpRejected(ErrorCode.NOT_FOUND, f"Document {target_id} is not a document of your institution.")
    c.state["reply_to"] = target_id
    return {}


def h_appeal_act(c: OpCall) -> dict:
    p = c.payload
    reg = c.state.get("registration") or {}
    appeal = reg.get("appeal")
    if appeal is None:
        raise OpRejected(ErrorCode.INVALID_STATE, "The document is not a registered citizen's appeal.")
    actions = appeal.setdefault("actions", [])
    if any(a["action_id"] == p["action_id"] for a in actions):
        raise OpRejected(ErrorCode.INVALID_STATE, f"Appeal action {p['action_id']} already exists.")
    if p["action"] == AppealAction.EXTEND.value:
        used = sum(a.get("days", 0) for a in actions if a["action"] == AppealAction.EXTEND.value)
        if used + p["days"] > APPEAL_EXTENSION_MAX_DAYS:
            raise OpRejected(ErrorCode.APPEAL_EXTENSION_LIMIT,
                             f"An appeal's term is extended by at most {APPEAL_EXTENSION_MAX_DAYS} working days in all "
                             f"({used} already).")
        appeal["deadline"] = p["new_deadline"]
    elif p["action"] == AppealAction.REPEATED.value:
        earlier = c.s.scalar(select(IssuedNumber.doc_id).join(Journal, Journal.id == IssuedNumber.journal_id).where(
            IssuedNumber.number == p["repeated_of"], Journal.institution_id == c.caller.institution_id,
            Journal.kind == APPEAL_JOURNAL_KIND))
        if earlier is None or earlier == c.state["id"]:
            raise OpRejected(ErrorCode.INVALID_STATE, f"No earlier appeal of your institution is numbered {p['repeated_of']!r}.")
    actions.append({**p, "by": c.caller.user_id, "at": c.now_iso})
    return {}


HANDLERS = {
    OpType.CONTROL_REMOVE.value: h_control_remove,
    OpType.CONTROL_EXTENSION_REQUEST.value: h_extension_request,
    OpType.CONTROL_EXTENSION_DECIDE.value: h_extension_decide,
    OpType.DOCUMENT_LINK_REPLY.value: h_link_reply,
    OpType.APPEAL_ACT.value: h_appeal_act,
}
