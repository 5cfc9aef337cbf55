"""Document state and the effect of each operation type (called inside one write transaction)."""
from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from circulation_server.db import PENDING_CHANGES, insert_ignore, require_lock
from circulation_server.models import (
    Blob, BlobAccess, Case, Change, Document, IssuedNumber, Journal, JournalYear, NumberBlock,
    User, utcnow,
)
from docflow_protocol import (
    CARD_FIELD_NAMES, CASE_ID, NUMBER_MAX_CHARS, OFFICE_ROLES, SIGNATURE_LEVEL_ORDER, SIGNING_ROLES, STEP_STATE_AFTER, STOPPED_ROUTE,
    DocumentStatus, ErrorCode, FileRole, OpType,
    RegistrationMode, RouteState, StepKind, StepState, active_order, format_instant, format_number, parse_date,
    route_state, status_after, uses_index,
)


class OpRejected(Exception):
    """The op can never apply; recorded as ``rejected`` with this code (and audited if ``audit``)."""

    def __init__(self, code: str, message: str, audit: bool = False):
        super().__init__(message)
        self.code = str(code)
        self.message = message
        self.audit = audit


class OpDeferred(Exception):
    """Not decided yet (not recorded); the client resends the same op later."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = str(code)
        self.message = message


def iso(ts: dt.datetime) -> str:
    """A stored (naive UTC) time as the protocol writes instants."""
    return format_instant(ts)


def take_seqs(s: Session, journal: Journal, year: int, count: int = 1) -> int:
    """Take ``count`` consecutive numbers of ``journal`` in ``year`` (each year starts at 1); returns the first.

    The year's counter row is locked until commit, so two transactions never take the same numbers
    (a registration and a block lease need no other lock for it). One statement: the counter is
    raised and read back by the same ``UPDATE ... RETURNING`` (the update locks the row)."""
    params = {"b_journal_id": journal.id, "b_year": year, "count": count}
    end = _core(s, _RAISE_COUNTER, params).scalar()
    if end is None:  # the year's first number: two transactions may add the row at once
        insert_ignore(s, JournalYear, journal_id=journal.id, year=year, next_seq=1)
        end = _core(s, _RAISE_COUNTER, params).scalar()
    return end - count


# Statements of the hot handlers, built once (bound parameters): no building, no cache key per call.
# They name table columns, not mapped attributes, and run on the session's connection (``_core``):
# plain Core, without the ORM's per-statement work (they load no objects).
_CASES, _USER_T = Case.__table__.c, User.__table__.c
_ISSUED_T, _YEARS_T = IssuedNumber.__table__.c, JournalYear.__table__.c
_PLANNED = select(_CASES.id).where(_CASES.institution_id == bindparam("institution_id"),
                                   _CASES.year == bindparam("year")).limit(1)
_USERS = select(_USER_T.id).where(_USER_T.id.in_(bindparam("ids", expanding=True)),
                                  _USER_T.institution_id == bindparam("institution_id"))
_NUMBER_TAKEN = select(_ISSUED_T.seq).where(_ISSUED_T.journal_id == bindparam("journal_id"),
                                            _ISSUED_T.year == bindparam("year"),
                                            _ISSUED_T.number == bindparam("number"))


def _core(s: Session, statement, params: dict):
    """Run a Core statement of the handlers on the session's connection (its transaction)."""
    return s.connection().execute(statement, params)


@dataclass
class YearCounter:
    """A journal's counter of one year as a batch holds it: locked by the read, written back (Core,
    one statement for the batch's counters) by the batch's ``_write`` when ``next_seq`` moved."""

    journal_id: str
    year: int
    next_seq: int
    read_seq: int  # next_seq as read


#: ``OpCall.memo`` key: the batch's counters (``YearCounter`` by (journal id, year)).
COUNTERS = "counters"
#: ``OpCall.memo`` key: True when a registration need not ask whether its number's text was issued
#: before the batch: a batch's first try, in which such a number makes the batch's insert of its
#: numbers fail on their unique key (journal, year, number); ``ops_engine.apply_batch`` then tries
#: the batch again without it, and the registration is refused as ``number_already_used``.
OPTIMISTIC_NUMBERS = "optimistic_numbers"
#: ``OpCall.memo`` keys: (BLOCK, block id) -> the ``Block`` read (None: no such block); (SEQ_USED,
#: journal id, year, seq) -> whether that number was issued before the batch.
BLOCK = "leased_block"
SEQ_USED = "seq_used"
#: ``OpCall.memo`` keys: (BLOB_SIZE, sha256) -> the size of a file the batch names and the caller's
#: institution holds (read with the batch's documents: ``batch_read.first_read``).
BLOB_SIZE = "blob_size"


@dataclass
class Block:
    """A number block as a registration reads it (``ops_engine._first_read``; a ``NumberBlock`` row)."""

    id: str
    journal_id: str
    year: int
    workstation_id: str
    start: int
    end: int
    released_at: Optional[dt.datetime]


#: ``OpCall.memo`` keys: (JOURNAL, journal id) -> the journal as the feed locks' statement read it
#: (a Core row: id, institution_id, code, kind, format...).
JOURNAL = "journal"
#: ``OpCall.memo`` key: the issued numbers' rows the batch's registrations added (one insert at the end).
ISSUED_ROWS = "issued_rows"

_RAISE_COUNTER = (update(JournalYear.__table__)
                  .where(_YEARS_T.journal_id == bindparam("b_journal_id"), _YEARS_T.year == bindparam("b_year"))
                  .values(next_seq=_YEARS_T.next_seq + bindparam("count")).returning(_YEARS_T.next_seq))
_COUNTER = (select(_YEARS_T.next_seq).where(_YEARS_T.journal_id == bindparam("journal_id"),
                                            _YEARS_T.year == bindparam("year")).with_for_update())


def year_counter(s: Session, journal: Journal, year: int, memo: dict) -> YearCounter:
    """The locked counter of ``journal``'s numbers in ``year``, read once per batch (``memo``).

    A registration takes ``next_seq`` and raises it only once it has decided to apply (nothing
    written before a refusal, so it needs no savepoint); the batch writes the counters back at its
    end (``ops_engine._write``). The row lock holds until commit, as in ``take_seqs``."""
    counters = memo.setdefault(COUNTERS, {})
    row = counters.get((journal.id, year))
    if row is None:
        params = {"journal_id": journal.id, "year": year}
        seq = _core(s, _COUNTER, params).scalar()
        if seq is None:  # the year's first number: two transactions may add the row at once
            insert_ignore(s, JournalYear, journal_id=journal.id, year=year, next_seq=1)
            seq = _core(s, _COUNTER, params).scalar()
        row = counters[(journal.id, year)] = YearCounter(journal.id, year, seq, seq)
    return row


def filed_case(s: Session, institution_id: str, case_id: Optional[str], day: dt.date, fmt: str,
               memo: Optional[dict] = None) -> Optional[Case]:
    """The case a registration dated ``day`` is filed to; refuses a missing case where the institution has
    a file plan for that year (or the number format needs the case index), a case of another year and a
    case closed before ``day`` (as the desk refuses a closed case: desktop_app/fileplan.py). A letter
    registered offline while the case was open and synced after it was closed keeps its case.
    ``memo`` (a batch's) keeps whether the institution has a plan for the year, asked once per batch."""
    year = day.year
    if case_id is None:
        key = ("planned", institution_id, year)
        if memo is not None and key in memo:
            planned = memo[key]
        else:
            planned = _core(s, _PLANNED, {"institution_id": institution_id, "year": year}).scalar()
            if memo is not None:
                memo[key] = planned
        if planned is not None or uses_index(fmt):
            raise OpRejected(ErrorCode.CASE_REQUIRED,
                             f"The institution has a file plan for {year}: file the document to one of its cases.")
        return None
    case = s.get(Case, (institution_id, case_id))
    if case is None or case.year != year:
        raise OpRejected(ErrorCode.UNKNOWN_CASE, f"Case {case_id} is not in the institution's file plan for {year}.")
    if case.closed and (case.closed_on is None or day > case.closed_on):
        since = f" since {case.closed_on.isoformat()}" if case.closed_on else ""
        raise OpRejected(ErrorCode.CASE_CLOSED,
                         f"Case {case.case_index} of {year} is closed{since}: no documents dated later are filed to it.")
    return case


def emit_change(s: Session, institution_id: str, kind: str, doc_id: str, body: dict,
                flush: bool = True) -> Optional[int]:
    """Append a change to an institution's feed; returns its sequence number.

    The transaction must hold the institution's feed lock (``db.require_lock``). With
    ``flush=False`` the change waits for ``write_changes``, which inserts all waiting ones in one
    statement, and no sequence number is returned.
    """
    require_lock(s, institution_id)
    values = {"institution_id": institution_id, "doc_id": doc_id, "kind": kind, "body": body,
              "created_at": utcnow()}
    if not flush:
        s.info.setdefault(PENDING_CHANGES, []).append(values)
        return None
    row = Change(**values)
    s.add(row)
    s.flush()
    return row.seq


def write_changes(s: Session) -> None:
    """Insert the changes ``emit_change(flush=False)`` kept back, in order, in one statement."""
    rows = s.info.pop(PENDING_CHANGES, None)
    if rows:
        s.execute(insert(Change), rows)


def new_document_state(doc_id: str, registry_code: str, kind: str, fields: dict, now: str,
                       created_by: Optional[str] = None) -> dict:
    return {
        "id": doc_id, "institution": registry_code, "kind": kind, "status": DocumentStatus.DRAFT.value,
        "created_by": created_by,
        "version": 1, "fields": {k: v for k, v in fields.items() if v is not None}, "files": [],
        "registration": None, "resolutions": [], "route": {"state": RouteState.NONE.value, "steps": []},
        "signatures": [], "dispatches": [], "origin": None, "acknowledgement": None,
        "archived": False, "created_at": now, "updated_at": now,
    }


@dataclass
class OpCall:
    """Everything a handler needs: session, caller, the op, and the document state to modify."""

    s: Session
    caller: Any              # deps.Caller
    op: dict
    payload: dict
    doc: Optional[Document]
    state: dict              # deep copy of doc.state (mutated by the handler)
    now: dt.datetime
    checks: Any = None       # signed_files.SignedFileChecks of the batch
    audit: Optional[dict] = None  # set by a handler whose applied op goes to the audit journal
    #: the batch's documents by id (those it created are not in the database before its end)
    docs: dict = field(default_factory=dict)
    #: user ids of the caller's institution the batch has already found (one query per new name)
    users: set = field(default_factory=set)
    #: answers a batch asks once for all its ops (``filed_case``: is there a file plan for the year)
    memo: dict = field(default_factory=dict)

    def document(self, doc_id: str) -> Optional[Document]:
        """A document by id: one of the batch's, else from the database."""
        found = self.docs.get(doc_id)
        return found if found is not None else self.s.get(Document, doc_id)

    @property
    def now_iso(self) -> str:
        return iso(self.now)


def _check_users(c: OpCall, user_ids) -> None:
    ids = {u for u in user_ids if u} - c.users
    if not ids:
        return
    found = set(_core(c.s, _USERS, {"ids": sorted(ids), "institution_id": c.caller.institution_id}).scalars())
    c.users.update(found)
    missing = sorted(ids - found)
    if missing:
        raise OpRejected(ErrorCode.UNKNOWN_USER, f"Unknown user id(s) in your institution: {', '.join(missing)}.")


def blob_visible(s: Session, institution_id: str, sha256: str) -> bool:
    return s.get(BlobAccess, (sha256, institution_id)) is not None


def grant_blob(s: Session, institution_id: str, sha256: str) -> None:
    insert_ignore(s, BlobAccess, sha256=sha256, institution_id=institution_id)


# ---------------------------------------------------------------------------------- handlers

def h_update(c: OpCall) -> dict:
    for key, value in c.payload["fields"].items():
        if value is None:
            c.state["fields"].pop(key, None)
        else:
            c.state["fields"][key] = value
    return {}


def signed_files(state: dict) -> dict[str, list[dict]]:
    """Every file a signature names (its current file and earlier ones) -> those signatures."""
    out: dict[str, list[dict]] = {}
    for sig in state["signatures"]:
        for sha in [sig["sha256"], *(h["sha256"] for h in sig.get("history") or [])]:
            out.setdefault(sha, []).append(sig)
    return out


def is_signer(caller, sig: dict) -> bool:
    """The signature's own user, or the workstation it was made on, is asking."""
    return caller.user_id == sig.get("user_id") or (
        sig.get("workstation_id") is not None and caller.workstation_id == sig.get("workstation_id"))


def _refuse_signed(refusal) -> None:
    if refusal is not None:
        raise OpRejected(refusal.code, refusal.message, audit=True)


def blob_size(c: OpCall, sha256: str) -> Optional[int]:
    """The size of a stored file (None: not stored), as the batch's first read found it, else asked."""
    key = (BLOB_SIZE, sha256)
    if key in c.memo:
        return c.memo[key]
    blob = c.s.get(Blob, sha256)
    return None if blob is None else blob.size


def h_attach(c: OpCall) -> dict:
    """Attach a file. A signed file's entry is only ever changed by its signer, and stays ``signed``;
    a file attached as ``signed`` must be a soundly signed PDF."""
    p = c.payload
    entry = {"sha256": p["sha256"], "role": p["role"], "name": p["name"], "media_type": p["media_type"],
             "size": p["size"]}
    size = blob_size(c, p["sha256"])
    if size is not None and size != p["size"]:
        raise OpRejected(ErrorCode.INVALID_STATE,
                         f"File {p['sha256']} has {size} bytes, not the {p['size']} the op states.")
    current = next((f for f in c.state["files"] if f["sha256"] == p["sha256"]), None)
    signers = signed_files(c.state).get(p["sha256"], [])
    if current is not None and current != entry and (current["role"] == FileRole.SIGNED.value or signers):
        if p["role"] != FileRole.SIGNED.value or not any(is_signer(c.caller, sig) for sig in signers):
            raise OpRejected(ErrorCode.NOT_SIGNER,
                             f"File {p['sha256']} is a signed file of this document; only its signer may change "
                             "its entry, and it stays 'signed'.", audit=True)
    if p["role"] == FileRole.SIGNED.value:
        _refuse_signed(c.checks.signed_file(p["sha256"]))
    files = [f for f in c.state["files"] if f["sha256"] != p["sha256"]]
    files.append(entry)
    c.state["files"] = files
    return {}


def h_register(c: OpCall) -> dict:
    p = c.payload
    if c.state["registration"] is not None:
        raise OpRejected(ErrorCode.ALREADY_REGISTERED,
                         f"The document is already registered as {c.state['registration']['number']}.")
    journal = c.memo.get((JOURNAL, p["journal_id"])) or c.s.get(Journal, p["journal_id"])
    issued = c.memo.setdefault("issued", set())  # numbers the batch gave before this op (not flushed yet)
    if journal is None or journal.institution_id != c.caller.institution_id:
        raise OpRejected(ErrorCode.UNKNOWN_JOURNAL, f"Journal {p['journal_id']} does not exist.")
    mode = p["mode"]
    block_id = None
    day = parse_date(p["date"])  # the op validator has checked it is a date
    year = day.year
    if mode == RegistrationMode.BLOCK.value:
        # shared lock: a release of the block (numbers.release_block) waits until this number is issued
        # (taken by the batch's first read for its first block-numbered registration: ops_engine._first_read)
        key = (BLOCK, p["block_id"])
        block = c.memo[key] if key in c.memo else c.s.get(NumberBlock, p["block_id"], with_for_update={"read": True})
        if (block is None or block.workstation_id != c.caller.workstation_id
                or block.journal_id != journal.id):
            raise OpRejected(ErrorCode.NUMBER_NOT_IN_BLOCK,
                             f"Block {p['block_id']} is not leased to this workstation for this journal.")
        if block.released_at is not None:
            raise OpRejected(ErrorCode.NUMBER_NOT_IN_BLOCK, f"Block {block.id} was released.")
        if not block.start <= p["seq"] <= block.end:
            raise OpRejected(ErrorCode.NUMBER_NOT_IN_BLOCK,
                             f"Number {p['seq']} is outside block {block.id} ({block.start}..{block.end}).")
        if block.year != year:
            # A block belongs to one year: a letter registered on 31 December keeps that year's number
            # however late it is synced, and next year's letters never take this year's numbers.
            raise OpRejected(ErrorCode.NUMBER_NOT_IN_BLOCK,
                             f"Block {block.id} holds numbers of {block.year}; the registration is dated {p['date']}.")
        seq = p["seq"]
        block_id = block.id
        used = c.memo.get((SEQ_USED, journal.id, year, seq))
        if used is None:
            used = c.s.get(IssuedNumber, (journal.id, year, seq)) is not None
        if (journal.id, year, seq) in issued or used:
            raise OpRejected(ErrorCode.NUMBER_ALREADY_USED,
                             f"Number {seq} of journal {journal.code} in {year} is already used.")
    appeal = chancellery.check_appeal_registration(journal.kind, c.state, p)
    case = filed_case(c.s, c.caller.institution_id, p.get(CASE_ID.name), day, journal.format, c.memo)
    counter = None
    if mode != RegistrationMode.BLOCK.value:
        counter = year_counter(c.s, journal, year, c.memo)
        seq = counter.next_seq
    number = format_number(journal.format, journal.code, seq, day, case.case_index if case else None)
    if len(number) > NUMBER_MAX_CHARS:  # a format set before formats were checked for it: refused, never cut
        raise OpRejected(ErrorCode.INVALID_PAYLOAD, f"Journal {journal.code} would give the number {number!r}, longer than "
                                                    f"the {NUMBER_MAX_CHARS} characters a registration number may have; "
                                                    "an administrator must shorten its number format.")
    # A batch's first try leaves a number taken before it to the issued numbers' unique key (the
    # batch's insert of them fails, and its retry asks here: OPTIMISTIC_NUMBERS)
    taken = (journal.id, year, number) in issued or (not c.memo.get(OPTIMISTIC_NUMBERS) and _core(
        c.s, _NUMBER_TAKEN, {"journal_id": journal.id, "year": year, "number": number}).scalar() is not None)
    if taken:
        raise OpRejected(ErrorCode.NUMBER_ALREADY_USED, f"Number {number} is already used.")
    # Decided: from here on nothing refuses the op. The number's row and the counter are written
    # at the batch's end (ops_engine._write); the batch's later registrations see them in ``issued``.
    if counter is not None:
        counter.next_seq = seq + 1
    issued.update({(journal.id, year, seq), (journal.id, year, number)})
    c.memo.setdefault(ISSUED_ROWS, []).append({
        "journal_id": journal.id, "year": year, "seq": seq, "number": number, "doc_id": c.state["id"],
        "block_id": block_id, "op_id": c.op["op_id"], "created_at": c.now})
    reg = {"journal_id": journal.id, "number": number, "seq": seq, "year": year, "date": p["date"], "mode": mode,
           "case_index": case.case_index if case else None,
           "provisional_number": p.get("provisional_number"), "block_id": block_id,
           **{k: p[k] for k in CARD_FIELD_NAMES if p.get(k) is not None}}  # the card, kept as sent
    if appeal is not None:
        reg["appeal"] = appeal
    c.state["registration"] = reg
    c.state["status"] = status_after(OpType.REGISTRATION_REGISTER.value, c.state["status"])
    return {"number": number, "seq": seq, "year": year, "journal_id": journal.id,
            "provisional_number": p.get("provisional_number")}


def h_resolution(c: OpCall) -> dict:
    p = c.payload
    if any(r["resolution_id"] == p["resolution_id"] for r in c.state["resolutions"]):
        raise OpRejected(ErrorCode.INVALID_STATE, f"Resolution {p['resolution_id']} already exists.")
    co = p.get("co_executor_user_ids") or []
    _check_users(c, [p["executor_user_id"], *co])
    control = p.get("control")
    c.state["resolutions"].append({
        "resolution_id": p["resolution_id"], "executor_user_id": p["executor_user_id"],
        "co_executor_user_ids": co, "deadline": p.get("deadline"), "text": p["text"],
        "control": (p.get("deadline") is not None) if control is None else control,
        "author_user_id": c.caller.user_id, "created_at": c.now_iso,
    })
    return {}


def h_resolution_update(c: OpCall) -> dict:
    p = c.payload
    res = next((r for r in c.state["resolutions"] if r["resolution_id"] == p["resolution_id"]), None)
    if res is None:
        raise OpRejected(ErrorCode.UNKNOWN_RESOLUTION, f"Resolution {p['resolution_id']} does not exist.")
    users = []
    if "executor_user_id" in p:
        users.append(p["executor_user_id"])
    users += p.get("co_executor_user_ids") or []
    _check_users(c, users)
    chancellery.check_resolution_update(c, res, p)
    for key in ("executor_user_id", "co_executor_user_ids", "deadline", "text", "control"):
        if key in p:
            res[key] = p[key] if not (key == "co_executor_user_ids" and p[key] is None) else []
    res["updated_at"] = c.now_iso
    res["updated_by"] = c.caller.user_id
    return {}


def _stopped_by(route: dict) -> str | None:
    """Who stopped the route with a reject or a return, while it stays stopped (else None)."""
    if route["state"] not in STOPPED_ROUTE.values():
        return None
    stops = [st for st in route["steps"] if st["state"] in STOPPED_ROUTE and st.get("acted_at")]
    return max(stops, key=lambda st: st["acted_at"])["acted_by"] if stops else None


def h_route_set(c: OpCall) -> dict:
    """Replace the pending steps; steps already acted on stay (history of the route). The person
    whose reject or return stopped the route may set the route that follows it (the rework: the
    author's step and the stopped stages again), while it is stopped -- an executor returning a
    resolution is neither office nor the document's creator."""
    if (not c.caller.has_any(OFFICE_ROLES) and c.state.get("created_by") != c.caller.user_id
            and _stopped_by(c.state["route"]) != c.caller.user_id):
        raise OpRejected(ErrorCode.FORBIDDEN_ROLE,
                         "Only a clerk, head or admin, the document's creator, or the person who has just stopped "
                         "its route, may set its route.")
    acted = [st for st in c.state["route"]["steps"] if st["state"] != StepState.PENDING.value]
    acted_ids = {st["step_id"] for st in acted}
    steps = c.payload["steps"]
    reused = [st["step_id"] for st in steps if st["step_id"] in acted_ids]
    if reused:
        raise OpRejected(ErrorCode.INVALID_STATE, f"Step(s) already acted on cannot be set again: {', '.join(reused)}.")
    _check_users(c, [st["assignee_user_id"] for st in steps])
    new = [{"step_id": st["step_id"], "order": st["order"], "kind": st["kind"],
            "assignee_user_id": st["assignee_user_id"], "deadline": st.get("deadline"), "days": st.get("days"), "label": st.get("label") or "",
            "state": StepState.PENDING.value, "acted_by": None, "action": None, "comment": None, "acted_at": None}
           for st in sorted(steps, key=lambda x: x["order"])]
    all_steps = acted + new
    c.state["route"] = {"state": route_state(all_steps), "steps": all_steps}
    return {}


def h_step_act(c: OpCall) -> dict:
    p = c.payload
    route = c.state["route"]
    step = next((st for st in route["steps"] if st["step_id"] == p["step_id"]), None)
    if step is None:
        raise OpRejected(ErrorCode.UNKNOWN_STEP, f"Route step {p['step_id']} does not exist.")
    is_signer = c.caller.has_any(SIGNING_ROLES)
    if step["kind"] == StepKind.SIGN.value and not is_signer:
        raise OpRejected(ErrorCode.FORBIDDEN_ROLE, "Only a head or admin may act on a signing step.")
    if step["assignee_user_id"] != c.caller.user_id and not is_signer:
        raise OpRejected(ErrorCode.NOT_ASSIGNEE, "Only the step's assignee (or a head/admin) may act on it.")
    if (route["state"] != RouteState.ACTIVE.value or step["state"] != StepState.PENDING.value
            or step["order"] != active_order(route["steps"])):
        raise OpRejected(ErrorCode.STEP_NOT_ACTIVE, f"Route step {p['step_id']} is not the active step.")
    step.update(state=STEP_STATE_AFTER[p["action"]], acted_by=c.caller.user_id, action=p["action"],
                comment=p.get("comment"), acted_at=c.now_iso)
    # a reject or a return stops the route (its later steps stay pending until a route.set replaces them)
    route["state"] = STOPPED_ROUTE.get(step["state"]) or route_state(route["steps"])
    _started_deadlines(route, p.get("deadlines") or ())
    return {"step": copy.deepcopy(step)}


def _started_deadlines(route: dict, deadlines) -> None:  # noqa: ANN001 - the payload's list
    """The deadlines the acting desk counted for the steps its act started (a step's allowance of
    working days counts from the day its stage starts). Whoever may act on a step may fill them in:
    only a pending step of the stage now active, with an allowance and no deadline yet, takes one
    (a route set again meanwhile named other steps: their deadlines come with it)."""
    if route["state"] != RouteState.ACTIVE.value:
        return
    active = active_order(route["steps"])
    by_id = {st["step_id"]: st for st in route["steps"]}
    for item in deadlines:
        st = by_id.get(item["step_id"])
        if (st is not None and st["state"] == StepState.PENDING.value and st["order"] == active
                and st.get("days") is not None and st.get("deadline") is None):
            st["deadline"] = item["deadline"]


def _add_signed_file(c: OpCall, sha256: str) -> None:
    """List the signed PDF among the document's files (once)."""
    if not any(f["sha256"] == sha256 for f in c.state["files"]):
        c.state["files"].append({"sha256": sha256, "role": FileRole.SIGNED.value, "name": f"signed-{sha256[:12]}.pdf",
                                 "media_type": "application/pdf", "size": blob_size(c, sha256) or 0})


def h_signature(c: OpCall) -> dict:
    """Record a signature: the file must hold it (by ``certificate_sha256`` when given), intact."""
    p = c.payload
    if any(sg["signature_id"] == p["signature_id"] for sg in c.state["signatures"]):
        raise OpRejected(ErrorCode.INVALID_STATE, f"Signature {p['signature_id']} already exists.")
    _refuse_signed(c.checks.signed_file(p["sha256"], p.get("certificate_sha256"), p["level"]))
    c.state["signatures"].append({
        "signature_id": p["signature_id"], "sha256": p["sha256"], "level": p["level"],
        "signer_name": p["signer_name"], "certificate_sha256": p.get("certificate_sha256"),
        "signed_at": p["signed_at"], "step_id": p.get("step_id"), "user_id": c.caller.user_id,
        "workstation_id": c.caller.workstation_id,
    })
    _add_signed_file(c, p["sha256"])
    return {}


def h_signature_upgrade(c: OpCall) -> dict:
    """A signature was upgraded (B-B -> B-T -> B-LT): the newer signed file replaces the older.

    Only the signer's own user or workstation may do it; the new file must be an incremental
    update of the signed one that keeps the signature intact and shows the new level
    (``signed_files.check_upgrade``). Refusals and upgrades go to the audit journal.
    """
    p = c.payload
    sig = next((sg for sg in c.state["signatures"] if sg["signature_id"] == p["signature_id"]), None)
    if sig is None:
        raise OpRejected(ErrorCode.UNKNOWN_SIGNATURE, f"Signature {p['signature_id']} does not exist.")
    if not is_signer(c.caller, sig):
        raise OpRejected(ErrorCode.NOT_SIGNER, f"Only the signer of signature {p['signature_id']} (their user or "
                                               "the workstation it was made on) may upgrade it.", audit=True)
    if SIGNATURE_LEVEL_ORDER.index(p["level"]) <= SIGNATURE_LEVEL_ORDER.index(sig["level"]):
        raise OpRejected(ErrorCode.INVALID_STATE,
                         f"Signature {p['signature_id']} is already at {sig['level']}; {p['level']} is no upgrade.")
    _refuse_signed(c.checks.upgrade(p["sha256"], sig["sha256"], signed_files(c.state),
                                    sig.get("certificate_sha256"), p["level"]))
    c.audit = {"signature_id": sig["signature_id"], "from": {"sha256": sig["sha256"], "level": sig["level"]},
               "to": {"sha256": p["sha256"], "level": p["level"]}}
    sig.setdefault("history", []).append({"sha256": sig["sha256"], "level": sig["level"], "until": c.now_iso})
    sig["sha256"] = p["sha256"]
    sig["level"] = p["level"]
    _add_signed_file(c, p["sha256"])
    return {}


def h_archive(c: OpCall) -> dict:
    c.state["archived"] = True
    c.state["status"] = status_after(OpType.DOCUMENT_ARCHIVE.value, c.state["status"])
    c.state["archive_reason"] = c.payload.get("reason")
    return {}


HANDLERS: dict[str, Callable[[OpCall], dict]] = {
    OpType.DOCUMENT_UPDATE.value: h_update,
    OpType.FILE_ATTACH.value: h_attach,
    OpType.REGISTRATION_REGISTER.value: h_register,
    OpType.RESOLUTION_CREATE.value: h_resolution,
    OpType.RESOLUTION_UPDATE.value: h_resolution_update,
    OpType.ROUTE_SET.value: h_route_set,
    OpType.ROUTE_STEP_ACT.value: h_step_act,
    OpType.SIGNATURE_ADD.value: h_signature,
    OpType.SIGNATURE_UPGRADE.value: h_signature_upgrade,
    OpType.DOCUMENT_ARCHIVE.value: h_archive,
}


# The chancellery's rules (docs/chancellery.md) live in their own module, which takes OpCall and
# OpRejected from this one: imported last, it works whichever of the two is imported first.
# Its handlers join these in ops_engine, with those of the dispatch between institutions
# (circulation_server/dispatching.py).
from circulation_server import chancellery  # noqa: E402
