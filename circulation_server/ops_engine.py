"""Apply a batch of operations exactly once, in order per document."""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import bindparam, func, insert, inspect, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from circulation_server.db import FLUSHES, JOINED, PENDING_CHANGES, WRITER, Database, LockNotHeld
from circulation_server import batch_read, batch_write, chancellery, dispatching, domain
from circulation_server.batch_read import blobs_of, checks_a_signed_file, visible_files
from circulation_server.domain import (
    OpCall, OpDeferred, OpRejected, emit_change, iso, new_document_state, signed_files,
)
from circulation_server.models import (
    AuditEvent, BlobAccess, Change, Dispatch, Document, IssuedNumber, JournalYear, Op, utcnow,
)
from circulation_server.signed_files import SignedFileChecks
from docflow_protocol import (
    COMMUTATIVE_OP_TYPES, OP_ROLES, ChangeKind, ErrorCode, FileRole, OpStatus, OpType,
)

log = logging.getLogger("circulation_server")
#: The handler of each op type.
HANDLERS = {**domain.HANDLERS, **chancellery.HANDLERS, **dispatching.HANDLERS}


def fingerprint(op: dict) -> str:
    """Hash of what the op means; a replayed op_id must carry the same meaning."""
    canon = json.dumps({k: op.get(k) for k in ("doc_id", "type", "base_version", "payload", "blobs")},
                       sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def json_copy(value):
    """A deep copy of JSON data (dicts, lists, scalars): what ``copy.deepcopy`` gives for it, in a
    quarter of its time (no memo, no dispatch per type); a document's state is copied once per op."""
    kind = type(value)
    if kind is dict:
        return {k: json_copy(v) for k, v in value.items()}
    if kind is list:
        return [json_copy(v) for v in value]
    if kind is tuple:
        return tuple(json_copy(v) for v in value)
    return value if kind in _SCALARS else copy.deepcopy(value)


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _replay(row: Op, op: dict, fp: str, caller) -> dict:
    if row.institution_id != caller.institution_id or row.fingerprint != fp:
        return {"op_id": op["op_id"], "doc_id": op["doc_id"], "status": OpStatus.REJECTED.value,
                "version": None, "seq": None, "result": {}, "replayed": True,
                "error": {"code": ErrorCode.IDEMPOTENCY_KEY_REUSED.value,
                          "message": "This op_id was already used for a different operation."}}
    out = dict(row.result)
    out["replayed"] = True
    return out


def _result(op: dict, status: str, version=None, seq=None, result=None, code=None, message=None,
            current=None) -> dict:
    out = {"op_id": op["op_id"], "doc_id": op["doc_id"], "status": status, "version": version, "seq": seq,
           "result": result or {}, "replayed": False}
    if code is not None:
        out["error"] = {"code": str(code), "message": message}
        if current is not None:
            out["error"]["current"] = current
    return out


class _Decided(Exception):
    """A final non-applied outcome (conflict / rejected) to record in a fresh transaction."""

    def __init__(self, result: dict, audit: bool = False):
        super().__init__(result["status"])
        self.result = result
        self.audit = audit


def _audit(batch: "_Batch", caller, op: dict, outcome: str, details: dict) -> None:
    """Keep an audit event for the batch's one insert of them (in its transaction)."""
    batch.audits.append({"at": utcnow(), "action": op["type"], "outcome": outcome,
                         "institution_id": caller.institution_id, "user_id": caller.user_id,
                         "workstation_id": caller.workstation_id, "doc_id": op["doc_id"], "op_id": op["op_id"],
                         "details": details})


def _precheck(s, caller, ops: list[dict], checks: SignedFileChecks) -> None:
    """Run the signed-file checks of the batch now, outside the write lock (results are memoised)."""
    signed = [o for o in ops if checks_a_signed_file(o)]
    visible = visible_files(s, caller, signed) if signed else set()
    for o in signed:
        p = o["payload"]
        if p["sha256"] not in visible:
            continue  # deferred blob_missing anyway
        if o["type"] == OpType.FILE_ATTACH.value:
            if p["role"] == FileRole.SIGNED.value:
                checks.signed_file(p["sha256"])
        elif o["type"] == OpType.SIGNATURE_ADD.value:
            checks.signed_file(p["sha256"], p.get("certificate_sha256"), p["level"])
        else:
            doc = s.get(Document, o["doc_id"])
            if doc is None or doc.institution_id != caller.institution_id:
                continue
            sig = next((g for g in doc.state["signatures"] if g["signature_id"] == p["signature_id"]), None)
            if sig is not None:
                checks.upgrade(p["sha256"], sig["sha256"], signed_files(doc.state), sig.get("certificate_sha256"),
                               p["level"])


def apply_batch(db: Database, caller, ops: list[dict], storage, today: Optional[dt.date] = None) -> list[dict]:
    """Apply ops in order in ONE write transaction (one commit, one fsync per batch).

    The transaction locks the feeds of the institutions it may write to, so batches of different
    institutions run in parallel: the caller's own, every recipient of a dispatch and the sender
    of every document an acknowledgement answers (``dispatching.named``: found by the locking
    statement itself). A guess that turns out short is corrected by ``LockNotHeld``. No op needs
    a savepoint: every handler decides before it writes anything (``_apply_one``). After a
    non-applied op, later ops of the same document in the batch are deferred. ``storage`` holds
    the blobs (signed files are checked before the transaction); ``today`` is the server's calendar
    date (``Settings.today``, for retention), the UTC date when not given.
    """
    today = today or dt.datetime.now(dt.timezone.utc).date()
    fps = [fingerprint(o) for o in ops]
    checks = SignedFileChecks(storage)
    feeds: set[str] = {caller.institution_id}
    named = dispatching.named(ops)
    signed = any(checks_a_signed_file(o) for o in ops)
    for attempt in range(_ATTEMPTS):
        known = None  # a batch without signed files finds its recorded ops with its documents (batch_read.first_read)
        if signed:  # signed files to check first (outside the lock), for the ops not recorded
            known = {row.op_id: row for row in db.rows(batch_read.known(db), {"ids": [o["op_id"] for o in ops]})}
            if len(known) == len(ops):  # pure replay: no write transaction at all
                return [_replay(known[o["op_id"]], o, fp, caller) for o, fp in zip(ops, fps)]
            with db.read() as s:
                _precheck(s, caller, [o for o in ops if o["op_id"] not in known], checks)
        try:
            return _apply_all(db, caller, ops, fps, checks, feeds, today, known, named, optimistic=attempt == 0)
        except LockNotHeld as missing:  # a feed the locking statement did not find: lock it too
            feeds.add(missing.institution_id)
        except IntegrityError as exc:
            # Two transactions that lock no common feed added the same key at once (the same
            # document id in two institutions, say), or the same op was pushed twice at once (the
            # second found it unknown before the first committed: the ops table's key refuses its
            # record): the retry reads again and sees the winner's row. Or a registration's number
            # was issued before (domain.OPTIMISTIC_NUMBERS): the retry asks and refuses it.
            if attempt == _ATTEMPTS - 1:
                raise
            log.info("batch retried after an insert of a key that exists: %s", type(exc.orig).__name__)
    raise RuntimeError(f"a batch still needed another feed lock after {_ATTEMPTS} attempts")


# A push's writes when they are not one statement (SQLite; PostgreSQL when the ORM has more to
# flush), built once (bound parameters): per request they cost neither building the statement nor
# its cache key. Its reads are in batch_read.
_INSERT_CHANGES = insert(Change.__table__).returning(Change.__table__.c.seq, sort_by_parameter_order=True)
_INSERT_CHANGES_SQLITE = insert(Change.__table__).returning(Change.__table__.c.seq)
_INSERT_OPS = insert(Op.__table__)
_INSERT_AUDITS = insert(AuditEvent.__table__)
_DOC_TABLE = Document.__table__
_INSERT_DOCS = insert(_DOC_TABLE)
#: What a handler changes on a document; one that changed anything else is left to the ORM flush.
_DOC_FIELDS = frozenset({"version", "state", "updated_at"})
_UPDATE_DOCS = (update(_DOC_TABLE).where(_DOC_TABLE.c.id == bindparam("b_id"))
                .values(version=bindparam("version"), state=bindparam("state"), updated_at=bindparam("updated_at")))
_INSERT_ISSUED = insert(IssuedNumber.__table__)
_UPDATE_COUNTERS = (update(JournalYear.__table__)
                    .where(JournalYear.__table__.c.journal_id == bindparam("b_journal_id"),
                           JournalYear.__table__.c.year == bindparam("b_year"))
                    .values(next_seq=bindparam("next_seq")))
_INSERT_DISPATCHES = insert(Dispatch.__table__)
_DISPATCH_T = Dispatch.__table__.c
_UPDATE_DISPATCHES = (update(Dispatch.__table__).where(_DISPATCH_T.incoming_doc_id == bindparam("b_id"))
                      .values(status=bindparam("status"),
                              delivered_at=func.coalesce(bindparam("delivered_at", type_=_DISPATCH_T.delivered_at.type),
                                                         _DISPATCH_T.delivered_at)))
#: Tries of one batch (a retry follows a missing feed lock or a key inserted concurrently).
_ATTEMPTS = 3


@dataclass
class _Batch:
    """What a batch's transaction read once for all its ops (so no op costs a query for it), and
    what it writes at the end in one multi-row insert per table (Core, no ORM flush per op)."""

    decided: dict            # op id -> its record, for the ops decided before the batch (replays)
    visible: set[str]        # files the caller's institution holds
    docs: dict               # id -> Document: the batch's documents, loaded or created by it (also
                             # keeps them alive: the session's identity map holds only weak references)
    held: list               # journals of the batch (rows read with the feed locks; in memo for h_register)
    absent: set[str] = field(default_factory=set)  # document ids the batch names that did not exist
    records: list = field(default_factory=list)   # op outcomes, inserted together at the end
    audits: list = field(default_factory=list)    # audit events, inserted together at the end
    seqs: list = field(default_factory=list)      # (index into the pending changes, result whose seq it is)
    users: set = field(default_factory=set)       # user ids of the caller's institution found so far
    memo: dict = field(default_factory=dict)      # other answers asked once per batch (domain.filed_case), today


def _apply_all(db: Database, caller, ops: list[dict], fps: list[str], checks, feeds: set[str],
               today: dt.date, known: Optional[dict], named: Optional[dict] = None,
               optimistic: bool = False) -> list[dict]:
    """The batch's write transaction. ``known``: the ops recorded before it, as the read before
    it found them, or None: then they are read under the feed lock, with the documents. An op
    recorded by another transaction since the read (the same push sent twice at once) makes this
    one's record of it fail on the ops table's key, and ``apply_batch`` retries."""
    results = []
    blocked: set[str] = set()
    journals = {o["payload"]["journal_id"] for o in ops if o["type"] == OpType.REGISTRATION_REGISTER.value}
    # the batch's journals come with the feed locks' statement (no query of their own)
    joined = (batch_read.journals(db), {"journal_ids": sorted(journals)}) if journals else None
    with db.write(lock=feeds, joined=joined, named=named) as s:
        s.info[WRITER] = caller.workstation_id  # this desk's own long-poll is not woken by the batch
        doc_ids = {o["doc_id"] for o in ops}
        held = s.info.get(JOINED, [])
        memo = {chancellery.TODAY: today, domain.OPTIMISTIC_NUMBERS: optimistic,
                **{(domain.JOURNAL, j.id): j for j in held}}
        docs, visible, users, known = batch_read.first_read(s, caller, ops, doc_ids, held, memo, known)
        batch = _Batch(decided=known, visible=visible, docs=docs, held=held, absent=doc_ids - set(docs), memo=memo,
                       users=users)
        # No autoflush: the ops' documents are written once, at the end (_write); handlers find
        # the batch's documents in batch.docs.
        with s.no_autoflush:
            for o, fp in zip(ops, fps):
                if o["doc_id"] in blocked:
                    results.append(_result(o, OpStatus.DEFERRED.value, code=ErrorCode.PRECEDING_OP_FAILED,
                                           message="An earlier op of this document in the batch did not apply."))
                    continue
                res = _apply_one(s, caller, o, fp, checks, batch)
                if res["status"] != OpStatus.APPLIED.value:
                    blocked.add(o["doc_id"])
                results.append(res)
        _write(s, batch)
    return results


def _write(s, batch: _Batch) -> None:
    """The batch's writes, a few statements for all its ops (Core, no ORM flush on the common
    path): the documents it created (one multi-row insert) and changed (one executemany update),
    the numbers its registrations issued and their journals' counters, whatever else handlers
    added to the session (one ORM flush, usually of nothing), the feed changes (one multi-row
    insert, in order; their seqs go into the results), then the op outcomes (which carry those
    seqs) and the audit events."""
    created, changed = [], []
    for doc in batch.docs.values():
        state = inspect(doc)
        if state.pending:
            created.append(doc)
        elif state.persistent and state.modified and state.committed_state.keys() <= _DOC_FIELDS:
            changed.append(doc)
    issued = batch.memo.get(domain.ISSUED_ROWS) or []
    counters = [c for c in batch.memo.get(domain.COUNTERS, {}).values() if c.next_seq != c.read_seq]
    dispatches = batch_write.Dispatched(
        grants=[{"sha256": sha, "institution_id": inst} for sha, inst in sorted(batch.memo.get(dispatching.GRANTS) or ())],
        new=batch.memo.get(dispatching.NEW) or [],
        changed=[{"b_id": d.incoming_doc_id, "status": d.status, "delivered_at": d.delivered_at}
                 for d in (batch.memo.get(dispatching.CHANGED) or {}).values()])
    postgresql = s.get_bind().dialect.name == "postgresql"
    if postgresql and _only(s, created, changed):
        # nothing else for the ORM to flush: every write of the batch in one statement (none when
        # it has nothing to write: a replay, ops all deferred)
        pending = s.info.pop(PENDING_CHANGES, None) or []
        if not (created or changed or issued or counters or pending or batch.records or batch.audits or dispatches):
            return
        change_of = {id(result): index for index, result in batch.seqs}
        seqs = batch_write.write_all(s, created, changed, issued, counters, pending, batch.records,
                                     {i: change_of[id(r["result"])] for i, r in enumerate(batch.records)
                                      if id(r["result"]) in change_of}, dispatches)
        for index, result in batch.seqs:
            result["seq"] = seqs[index]
        for doc in (*created, *changed):
            s.expunge(doc)
        if batch.audits:
            s.execute(_INSERT_AUDITS, batch.audits)
        return
    with s.no_autoflush:  # the documents go in first (what the ORM still flushes may name them)
        if created:
            s.execute(_INSERT_DOCS, [{"id": d.id, "institution_id": d.institution_id, "version": d.version,
                                      "state": d.state, "created_at": d.created_at, "updated_at": d.updated_at}
                                     for d in created])
        if changed:
            s.execute(_UPDATE_DOCS, [{"b_id": d.id, "version": d.version, "state": d.state, "updated_at": d.updated_at}
                                     for d in changed])
        for doc in (*created, *changed):  # written: the session has nothing left to flush for them
            s.expunge(doc)
        if issued:
            s.execute(_INSERT_ISSUED, issued)
        if counters:
            s.execute(_UPDATE_COUNTERS, [{"b_journal_id": c.journal_id, "b_year": c.year, "next_seq": c.next_seq}
                                         for c in counters])
        if dispatches.grants:
            s.execute((pg_insert if postgresql else sqlite_insert)(BlobAccess.__table__).on_conflict_do_nothing(),
                      dispatches.grants)
        if dispatches.new:
            s.execute(_INSERT_DISPATCHES, dispatches.new)
        if dispatches.changed:
            s.execute(_UPDATE_DISPATCHES, dispatches.changed)
    s.flush()
    pending = s.info.pop(PENDING_CHANGES, None)
    if pending:
        if s.get_bind().dialect.name == "sqlite":
            # SQLite returns a multi-row insert's rows in no set order, so SQLAlchemy would insert
            # them one statement each to pair rows and parameters; the rows go in in order, each
            # taking a larger seq than the one before, so the sorted seqs are in the changes' order
            seqs = sorted(s.execute(_INSERT_CHANGES_SQLITE, pending).scalars())
        else:
            seqs = s.execute(_INSERT_CHANGES, pending).scalars().all()
        for index, result in batch.seqs:
            result["seq"] = seqs[index]
    if batch.records:
        s.execute(_INSERT_OPS, batch.records)
    if batch.audits:
        s.execute(_INSERT_AUDITS, batch.audits)


def _only(s, created: list, changed: list) -> bool:
    """The session holds nothing to write but the batch's ``created`` and ``changed`` documents."""
    if s.deleted:
        return False
    if s.new and not set(s.new) <= set(created):
        return False
    return not s.dirty or set(s.dirty) <= set(changed)


def apply_one(db: Database, caller, op: dict, storage) -> dict:
    """Apply a single op (same semantics as a batch of one)."""
    return apply_batch(db, caller, [op], storage)[0]


def _apply_one(s, caller, op: dict, fp: str, checks: SignedFileChecks, batch: _Batch) -> dict:
    """Apply one op; a refused one leaves nothing behind, without a savepoint: every handler only
    edits a copy of the document state before it decides, and adds rows (to the session or to the
    batch's memo) only once it has (a registration reads its journal's counter, decides, then
    raises it and adds the number; a dispatch checks every recipient before it makes their
    documents). Savepoints are not free: each costs two statements and flushes what came before
    it, and on PostgreSQL each one that writes is a subtransaction."""
    if op["op_id"] in batch.decided:
        return _replay(batch.decided[op["op_id"]], op, fp, caller)
    pending = s.info.setdefault(PENDING_CHANGES, [])
    marks = (len(pending), len(batch.seqs), len(batch.audits))
    # What a handler must leave as it was when it refuses (earlier ops' documents are still
    # unflushed, so the session's dirty set is not looked at: handlers edit only the copy of the
    # state they are given).
    before = (s.info.get(FLUSHES, 0), len(s.new), len(s.deleted), _memo_size(batch.memo))

    def undo() -> None:
        if (s.info.get(FLUSHES, 0), len(s.new), len(s.deleted), _memo_size(batch.memo)) != before \
                or len(pending) != marks[0]:
            # A handler wrote before refusing: the batch cannot be recorded faithfully, so it
            # fails as a whole (500, nothing committed).
            raise RuntimeError(f"{op['type']} wrote to the database before it was refused")
        del pending[marks[0]:], batch.seqs[marks[1]:], batch.audits[marks[2]:]

    try:
        return _apply_locked(s, caller, op, fp, checks, batch)
    except _Decided as decided:
        undo()
        _record(batch, caller, op, fp, decided.result)
        if decided.audit:
            err = decided.result.get("error") or {}
            _audit(batch, caller, op, err.get("code", decided.result["status"]),
                   {"message": err.get("message"), "payload": op["payload"]})
        return decided.result
    except OpDeferred as deferred:
        undo()
        doc = batch.docs.get(op["doc_id"])
        version = doc.version if doc is not None and doc.institution_id == caller.institution_id else None
        return _result(op, OpStatus.DEFERRED.value, version=version, code=deferred.code, message=deferred.message)
    except BaseException:
        del pending[marks[0]:], batch.seqs[marks[1]:], batch.audits[marks[2]:]
        raise


def _memo_size(memo: dict) -> tuple:
    """How many rows the handlers have kept in ``memo`` for the batch's writes."""
    return (len(memo.get(domain.ISSUED_ROWS) or ()), len(memo.get(dispatching.GRANTS) or ()),
            len(memo.get(dispatching.NEW) or ()), len(memo.get(dispatching.CHANGED) or ()))


def _record(batch: _Batch, caller, op: dict, fp: str, result: dict) -> None:
    """Keep the op's outcome for the batch's one insert of outcomes (in its transaction)."""
    batch.records.append({"op_id": op["op_id"], "institution_id": caller.institution_id, "doc_id": op["doc_id"],
                          "type": op["type"], "fingerprint": fp, "status": result["status"], "result": result,
                          "workstation_id": caller.workstation_id, "created_at": utcnow()})


#: Ops an archived document still takes: a receipt for it, and its disposal (archived documents are
#: the ones whose retention runs out).
_ON_ARCHIVED = frozenset({OpType.DISPATCH_ACKNOWLEDGE.value, OpType.DISPOSAL_PROPOSE.value, OpType.DISPOSAL_DECIDE.value})


def _apply_locked(s, caller, op: dict, fp: str, checks: SignedFileChecks, batch: _Batch) -> dict:
    op_type = op["type"]
    now = utcnow()
    now_iso = iso(now)
    # a document the batch's first read did not find is not looked up again (a concurrent insert of
    # the same id by another institution ends in the IntegrityError that apply_batch retries)
    doc = None if op["doc_id"] in batch.absent else batch.docs.get(op["doc_id"])
    mine = doc is not None and doc.institution_id == caller.institution_id
    if op_type == OpType.DOCUMENT_CREATE.value:
        if doc is not None and not mine:
            # Another institution's id: answered exactly as an op on a document that does not
            # exist, so no caller learns whether some institution uses an id.
            raise OpDeferred(ErrorCode.DOCUMENT_NOT_FOUND, "The document does not exist (yet).")
        if doc is not None:
            raise _Decided(_result(op, OpStatus.REJECTED.value, code=ErrorCode.DOCUMENT_ID_TAKEN,
                                   message="A document with this id already exists."))
    elif not mine:
        raise OpDeferred(ErrorCode.DOCUMENT_NOT_FOUND, "The document does not exist (yet).")
    if op_type != OpType.ROUTE_STEP_ACT.value and not caller.has_any(OP_ROLES[op_type]):
        raise _Decided(_result(op, OpStatus.REJECTED.value, version=doc.version if mine else None,
                               code=ErrorCode.FORBIDDEN_ROLE,
                               message=f"Your roles ({', '.join(sorted(caller.roles))}) do not allow {op_type}."))
    if mine:
        base = op.get("base_version")
        if base is not None and base < doc.version:
            raise _Decided(_result(op, OpStatus.CONFLICT.value, version=doc.version, code=ErrorCode.VERSION_CONFLICT,
                                   message=f"The op is based on version {base}, the document is at {doc.version}.",
                                   current=copy.deepcopy(doc.state)))
        if base is not None and base > doc.version:
            raise OpDeferred(ErrorCode.OUT_OF_ORDER,
                             f"The op is based on version {base}, the document is only at {doc.version}.")
        if base is None and op_type not in COMMUTATIVE_OP_TYPES:  # validated earlier; defensive
            raise _Decided(_result(op, OpStatus.REJECTED.value, code=ErrorCode.INVALID_PAYLOAD,
                                   message="base_version is required."))
        if doc.state.get("archived") and op_type not in _ON_ARCHIVED:
            raise _Decided(_result(op, OpStatus.REJECTED.value, version=doc.version, code=ErrorCode.INVALID_STATE,
                                   message="The document is archived."))
    missing = sorted(blobs_of(op) - batch.visible)
    if missing:
        raise OpDeferred(ErrorCode.BLOB_MISSING, f"File(s) not uploaded yet: {', '.join(missing)}.")

    if op_type == OpType.DOCUMENT_CREATE.value:
        p = op["payload"]
        state = new_document_state(op["doc_id"], caller.registry_code, p["kind"], p["fields"], now_iso,
                                   created_by=caller.user_id)
        doc = Document(id=op["doc_id"], institution_id=caller.institution_id, version=1, state=state,
                       created_at=now, updated_at=now)
        s.add(doc)
        batch.docs[doc.id] = doc
        batch.absent.discard(doc.id)
        output = {}
    else:
        state = json_copy(doc.state)
        call = OpCall(s=s, caller=caller, op=op, payload=op["payload"], doc=doc, state=state, now=now,
                      checks=checks, docs=batch.docs, users=batch.users, memo=batch.memo)
        try:
            output = HANDLERS[op_type](call)
        except OpRejected as rej:
            raise _Decided(_result(op, OpStatus.REJECTED.value, version=doc.version, code=rej.code,
                                   message=rej.message), audit=rej.audit)
        if call.audit is not None:
            _audit(batch, caller, op, OpStatus.APPLIED.value, call.audit)
        doc.version += 1
        state["version"] = doc.version
        state["updated_at"] = now_iso
        doc.state = state
        doc.updated_at = now
    # the change waits for the batch's one insert of changes (_write), which fills in its seq
    index = len(s.info[PENDING_CHANGES])
    emit_change(s, caller.institution_id, ChangeKind.DOCUMENT.value, doc.id, {
        "kind": ChangeKind.DOCUMENT.value, "doc_id": doc.id, "version": doc.version, "op_id": op["op_id"],
        "op_type": op_type, "actor": {"user_id": caller.user_id, "username": caller.username,
                                      "workstation_id": caller.workstation_id},
        "at": now_iso, "document": state, "receipt": None}, flush=False)
    result = _result(op, OpStatus.APPLIED.value, version=doc.version, result=output)
    batch.seqs.append((index, result))
    _record(batch, caller, op, fp, result)
    return result
