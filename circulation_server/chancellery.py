"""The chancellery's rules on the server: citizens' appeals, control, replies (docs/chancellery.md).

Each rule the client's services enforce is enforced here too, so a desk that skips them (an old
client, a script) is refused with a code: only who put a resolution on control takes it off or
decides on an extension (``not_controller``); a controlled deadline moves only through an approved
extension request (``extension_required``); an anonymous appeal is not registered
(``anonymous_appeal``); appeal extensions add at most 30 working days in all
(``appeal_extension_limit``); a repeated appeal is marked only when the applicant's earlier appeals
were answered on the merits often enough within a year (``not_repeated_appeal``); documents are
proposed for disposal and the act approved only by the roles the desk allows, and only when past
their retention by the server's own file plan (``not_past_retention``).
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from circulation_server.domain import OpCall, OpRejected
from sqlalchemy import select

from circulation_server.models import Case, DisposalAct, Document, IssuedNumber, Journal
from docflow_protocol import (
    APPEAL_EXTENSION_MAX_DAYS, APPEAL_JOURNAL_KIND, APPEAL_REPEAT_ANSWERS, APPEAL_REPEAT_WINDOW_DAYS, CASE_ID, RECEIVED_ON,
    AppealAction, DisposalState, DocumentKind, ErrorCode, ExtensionState, OpType, disposal_year, is_anonymous, is_oral,
    parse_date, past_retention,
)

#: The key of the server's calendar date in a batch's memo (``ops_engine.apply_batch``).
TODAY = "today"


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
    if is_oral(appeal) and parse_date(appeal[RECEIVED_ON.name]) > parse_date(payload["date"]):
        raise OpRejected(ErrorCode.INVALID_PAYLOAD, "An oral appeal is registered on or after the day it was received, "
                                                    f"not before it ({appeal[RECEIVED_ON.name]} > {payload['date']}).")
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
    done = {a["action"] for a in actions}
    if p["action"] == AppealAction.EXTEND.value:
        if done & {AppealAction.FORWARD.value, AppealAction.REPEATED.value}:
            raise OpRejected(ErrorCode.INVALID_STATE, "The appeal was passed on or marked repeated: its term no longer runs.")
        used = sum(a.get("days", 0) for a in actions if a["action"] == AppealAction.EXTEND.value)
        if used + p["days"] > APPEAL_EXTENSION_MAX_DAYS:
            raise OpRejected(ErrorCode.APPEAL_EXTENSION_LIMIT,
                             f"An appeal's term is extended by at most {APPEAL_EXTENSION_MAX_DAYS} working days in all "
                             f"({used} already).")
        appeal["deadline"] = p["new_deadline"]
    elif p["action"] == AppealAction.FORWARD.value:
        if AppealAction.FORWARD.value in done:
            raise OpRejected(ErrorCode.INVALID_STATE, "The appeal was already passed on.")
    elif p["action"] == AppealAction.REPEATED.value:
        if AppealAction.REPEATED.value in done:
            raise OpRejected(ErrorCode.INVALID_STATE, "The appeal is already marked repeated.")
        check_repeated(c, reg, appeal, p["repeated_of"])
    actions.append({**p, "by": c.caller.user_id, "at": c.now_iso})
    return {}


def _person(name: object) -> str:
    """An applicant's name as compared: whatever the case and spacing (as the desk compares it)."""
    return " ".join(name.casefold().split()) if isinstance(name, str) else ""


def _appeal_entry(state: dict) -> Optional[tuple[str, str, str]]:
    """(number, registration date, applicant) of a registered appeal's state, else None."""
    reg = state.get("registration") or {}
    card = reg.get("appeal")
    return (reg["number"], reg["date"], card.get("applicant_name")) if card and reg.get("number") else None


def check_repeated(c: OpCall, reg: dict, appeal: dict, number: str) -> None:
    """A repeated appeal with nothing new (article 8.1.4) -- the rule ``AppealService.mark_repeated`` applies
    on the desk: ``number`` is an earlier appeal of the same applicant registered within a year before
    this one, answered on the merits (a registered reply), and the applicant's earlier appeals of that
    year were answered on the merits at least ``APPEAL_REPEAT_ANSWERS`` times. The batch's own documents
    (not written yet) count as they stand in it."""
    inst = c.caller.institution_id
    day = parse_date(reg["date"])
    since = day - dt.timedelta(days=APPEAL_REPEAT_WINDOW_DAYS)
    name = _person(appeal.get("applicant_name"))
    entries = {row[0]: row[1:] for row in c.s.execute(
        select(IssuedNumber.doc_id, IssuedNumber.number, Document.state[("registration", "date")].as_string(),
               Document.state[("registration", "appeal", "applicant_name")].as_string())
        .join(Journal, Journal.id == IssuedNumber.journal_id).join(Document, Document.id == IssuedNumber.doc_id)
        .where(Journal.institution_id == inst, Journal.kind == APPEAL_JOURNAL_KIND,
               IssuedNumber.year.in_({since.year, day.year})))}
    mine = [d for d in c.docs.values() if d.institution_id == inst]
    entries.update((d.id, e) for d in mine if (e := _appeal_entry(d.state)) is not None)
    earlier = {doc_id: num for doc_id, (num, on, who) in entries.items()
               if doc_id != c.state["id"] and _person(who) == name and since <= (parse_date(on) or day) <= day}
    named = next((doc_id for doc_id, num in earlier.items() if num == number), None)
    if named is None:
        raise OpRejected(ErrorCode.NOT_REPEATED_APPEAL,
                         f"The applicant has no earlier appeal numbered {number!r} registered within a year before this one.")
    reply_to = Document.state["reply_to"].as_string()
    answered = set(c.s.scalars(select(reply_to).join(IssuedNumber, IssuedNumber.doc_id == Document.id)
                               .where(Document.institution_id == inst, reply_to.in_(list(earlier)))))
    answered.update(d.state["reply_to"] for d in mine if d.state.get("reply_to") in earlier and d.state.get("registration"))
    if named not in answered:
        raise OpRejected(ErrorCode.NOT_REPEATED_APPEAL,
                         f"Appeal {number} has not been answered on the merits (no registered reply): the new one is not repeated.")
    if len(answered) < APPEAL_REPEAT_ANSWERS:
        raise OpRejected(ErrorCode.NOT_REPEATED_APPEAL,
                         f"The applicant's appeals were answered on the merits {len(answered)} time(s) within a year; "
                         f"an appeal is left unconsidered as repeated only after {APPEAL_REPEAT_ANSWERS}.")


# ---------------------------------------------------------------------------------- disposal
def _require_past_retention(c: OpCall) -> None:
    """The document is filed to a closed case of the server's file plan whose retention has run out."""
    reg = c.state.get("registration") or {}
    case_id = reg.get(CASE_ID.name)
    case = c.s.get(Case, (c.caller.institution_id, case_id)) if case_id else None
    year = c.memo[TODAY].year
    if case is None or not past_retention(case.year, case.retention_years, case.closed, year):
        if case is None:
            why = "it is not filed to a case of the file plan"
        elif not case.closed:
            why = f"its case {case.case_index} of {case.year} is not closed"
        elif case.retention_years is None:
            why = f"its case {case.case_index} of {case.year} is kept permanently"
        else:
            why = f"its case {case.case_index} of {case.year} is kept until the end of {disposal_year(case.year, case.retention_years) - 1}"
        raise OpRejected(ErrorCode.NOT_PAST_RETENTION, f"Document {c.state['id']} is not past its retention period: {why}.",
                         audit=True)


def _act(c: OpCall, act_id: str) -> Optional[DisposalAct]:
    """The institution's act ``act_id`` (one made earlier in the batch too)."""
    key = (DisposalAct.__tablename__, act_id)
    if c.memo.get(key) is None:
        c.memo[key] = c.s.get(DisposalAct, (c.caller.institution_id, act_id))
    return c.memo[key]


def h_disposal_propose(c: OpCall) -> dict:
    """Put the document on act ``act_id`` (made by the first document proposed on it)."""
    act_id = c.payload["act_id"]
    held = c.state.get("disposal")
    if held and held["state"] != DisposalState.REJECTED.value:
        raise OpRejected(ErrorCode.INVALID_STATE, f"The document is already on disposal act {held['act_id']} ({held['state']}).")
    _require_past_retention(c)
    act = _act(c, act_id)
    if act is not None and (act.state != DisposalState.PROPOSED.value or act.proposed_by != c.caller.user_id):
        raise OpRejected(ErrorCode.INVALID_STATE, f"Disposal act {act_id} was decided already, or proposed by someone else.")
    if act is None:
        act = DisposalAct(institution_id=c.caller.institution_id, id=act_id, state=DisposalState.PROPOSED.value, documents=0,
                          proposed_by=c.caller.user_id, proposed_at=c.now)
        c.s.add(act)
        c.memo[(DisposalAct.__tablename__, act_id)] = act
    act.documents += 1
    c.state["disposal"] = {"act_id": act_id, "state": DisposalState.PROPOSED.value, "proposed_by": c.caller.user_id,
                           "proposed_at": c.now_iso, "decided_by": None, "decided_at": None}
    c.audit = {"act_id": act_id, "disposal": DisposalState.PROPOSED.value}
    return {}


def h_disposal_decide(c: OpCall) -> dict:
    """Approve or reject the document on act ``act_id``; the first decision decides the act, the act's other
    documents follow it (approval re-checks the retention)."""
    p = c.payload
    held = c.state.get("disposal")
    if not held or held["act_id"] != p["act_id"]:
        raise OpRejected(ErrorCode.INVALID_STATE, f"The document is not on disposal act {p['act_id']}.")
    if held["state"] != DisposalState.PROPOSED.value:
        raise OpRejected(ErrorCode.INVALID_STATE, f"The document's disposal was already decided ({held['state']}).")
    act = _act(c, p["act_id"])
    if act is None or act.state not in (DisposalState.PROPOSED.value, p["decision"]):
        raise OpRejected(ErrorCode.INVALID_STATE, f"Disposal act {p['act_id']} was already decided otherwise.")
    if p["decision"] == DisposalState.APPROVED.value:
        _require_past_retention(c)
    if act.state == DisposalState.PROPOSED.value:
        act.state, act.decided_by, act.decided_at = p["decision"], c.caller.user_id, c.now
    held.update(state=p["decision"], decided_by=c.caller.user_id, decided_at=c.now_iso)
    c.audit = {"act_id": p["act_id"], "disposal": p["decision"]}
    return {}


HANDLERS = {
    OpType.CONTROL_REMOVE.value: h_control_remove,
    OpType.CONTROL_EXTENSION_REQUEST.value: h_extension_request,
    OpType.CONTROL_EXTENSION_DECIDE.value: h_extension_decide,
    OpType.DOCUMENT_LINK_REPLY.value: h_link_reply,
    OpType.APPEAL_ACT.value: h_appeal_act,
    OpType.DISPOSAL_PROPOSE.value: h_disposal_propose,
    OpType.DISPOSAL_DECIDE.value: h_disposal_decide,
}
