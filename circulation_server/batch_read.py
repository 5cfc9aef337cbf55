"""A push's reads (``ops_engine.apply_batch``): the ops already recorded, the batch's journals
(with the feed locks) and its first read -- its documents with what its handlers would each ask
the database once.

The statements are built once per dialect: on PostgreSQL a list is bound as one array
(``db.one_of``).
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from sqlalchemy import JSON, bindparam, func, literal, select, true

from circulation_server import dispatching, domain
from circulation_server.db import one_of
from circulation_server.models import (
    Blob, BlobAccess, Case, Dispatch, Document, Institution, IssuedNumber, Journal, JournalYear, NumberBlock, Op, User,
)
from docflow_protocol import CASE_ID, FileRole, OpType, RegistrationMode, parse_date

SIGNED_FILE_OPS = (OpType.FILE_ATTACH.value, OpType.SIGNATURE_ADD.value, OpType.SIGNATURE_UPGRADE.value)
_NAMING_USERS = frozenset({OpType.RESOLUTION_CREATE.value, OpType.RESOLUTION_UPDATE.value, OpType.ROUTE_SET.value})


def checks_a_signed_file(op: dict) -> bool:
    """The op's file is checked as a signed PDF (``signed_files``): a signature added or upgraded,
    a file attached as ``signed``. (A scan or a draft attached is not: its push reads nothing
    before its transaction.)"""
    kind = op["type"]
    return kind in SIGNED_FILE_OPS and (kind != OpType.FILE_ATTACH.value
                                        or op["payload"].get("role") == FileRole.SIGNED.value)


def blobs_of(op: dict) -> set[str]:
    """Every file an op needs the caller's institution to hold."""
    needed = set(op.get("blobs") or [])
    if op["type"] in SIGNED_FILE_OPS:
        needed.add(op["payload"]["sha256"])
    return needed


def _visible(pg: bool):
    return select(BlobAccess.sha256).where(one_of(BlobAccess.sha256, "shas", pg),
                                           BlobAccess.institution_id == bindparam("institution_id"))


def visible_files(s, caller, ops: list[dict]) -> set[str]:
    """The files of the batch that the caller's institution holds (one query; its statement built
    once, not per call with an ``IN`` list SQLAlchemy would make a cache key of each time)."""
    needed = set().union(*(blobs_of(o) for o in ops))
    if not needed:
        return set()
    return set(s.scalars(_statement(_visible, s), {"shas": sorted(needed), "institution_id": caller.institution_id}))


def _known_json(pg: bool):
    """The ops recorded (``op_ids``) as one JSON array of [op_id, institution_id, fingerprint, result]."""
    t = Op.__table__.c
    if pg:
        agg = func.json_agg(func.json_build_array(t.op_id, t.institution_id, t.fingerprint, t.result), type_=JSON)
    else:
        agg = func.json_group_array(func.json_array(t.op_id, t.institution_id, t.fingerprint, func.json(t.result)),
                                    type_=JSON)
    return select(agg).where(one_of(t.op_id, "op_ids", pg)).scalar_subquery()


class Recorded(NamedTuple):
    """An op recorded before the batch, as ``ops_engine._replay`` reads it."""

    op_id: str
    institution_id: str
    fingerprint: str
    result: dict


def _known(pg: bool):
    t = Op.__table__.c
    return select(t.op_id, t.institution_id, t.fingerprint, t.result).where(one_of(t.op_id, "ids", pg))


def _journals(pg: bool):
    """The batch's journals, read by the statement that locks the feeds (``Database.write(joined=...)``)."""
    journals = Journal.__table__
    return journals, (journals.c.institution_id == Institution.id) & one_of(journals.c.id, "journal_ids", pg)


def _json_rows(pg: bool, *columns):
    """The rows of ``columns`` as one JSON array of arrays (a scalar subquery's column)."""
    if pg:
        return func.json_agg(func.json_build_array(*columns), type_=JSON)
    return func.json_group_array(func.json_array(*columns), type_=JSON)


def _dispatching(pg: bool):
    """The answers a batch with dispatches or acknowledgements asks besides (``first_read``): which
    of its dispatch ids were used before, the institutions of its recipients' registry codes, and
    the dispatches its acknowledgements answer (their senders' documents come with the batch's)."""
    d = Dispatch.__table__.c
    return (
        select(_json_rows(pg, d.dispatch_id)).where(one_of(d.dispatch_id, "dispatch_ids", pg))
        .scalar_subquery().label("dispatch_used"),
        select(_json_rows(pg, Institution.registry_code, Institution.id))
        .where(one_of(Institution.registry_code, "codes", pg)).scalar_subquery().label("recipients"),
        select(_json_rows(pg, d.incoming_doc_id, d.dispatch_id, d.sender_institution_id, d.sender_doc_id,
                          d.recipient_institution_id, d.status))
        .where(one_of(d.incoming_doc_id, "acks", pg)).scalar_subquery().label("acked"),
    )


def _first_dispatching(pg: bool):
    return _first(pg, dispatching=True)


def _first(pg: bool, dispatching: bool = False):
    """The first read (``first_read``): one row per document of the batch (one row of None when it
    has none), each with the answers asked; ``dispatching``: with ``_dispatching``'s too."""
    inst = bindparam("institution_id")
    # the block of the batch's first block-numbered registration, share-locked as
    # domain.h_register locks it (a release waits until the number is issued)
    block = (select(*(NumberBlock.__table__.c[name].label("block_" + name)
                      for name in ("id", "journal_id", "year", "workstation_id", "start", "end", "released_at")))
             .where(NumberBlock.__table__.c.id == bindparam("block_id")).with_for_update(read=True).subquery("leased"))
    asked = select(
        select(func.count()).where(one_of(User.id, "user_ids", pg), User.institution_id == inst)
        .scalar_subquery().label("users"),
        select(Case.id).where(Case.institution_id == inst, Case.year == bindparam("plan_year")).limit(1)
        .scalar_subquery().label("planned"),
        select(JournalYear.next_seq).where(JournalYear.journal_id == bindparam("k_journal"),
                                           JournalYear.year == bindparam("k_year")).with_for_update()
        .scalar_subquery().label("counter"),
        select(_json_rows(pg, BlobAccess.sha256, Blob.size)).select_from(BlobAccess)
        .outerjoin(Blob, Blob.sha256 == BlobAccess.sha256)
        .where(one_of(BlobAccess.sha256, "shas", pg), BlobAccess.institution_id == inst)
        .scalar_subquery().label("visible"),
        select(func.count()).where(IssuedNumber.journal_id == bindparam("b_journal"),
                                   IssuedNumber.year == bindparam("b_year"), IssuedNumber.seq == bindparam("b_seq"))
        .scalar_subquery().label("seq_used"),
        _known_json(pg).label("known"),
        *(_dispatching(pg) if dispatching else ()),
        *block.c,
    ).select_from(select(literal(1).label("one")).subquery("one").outerjoin(block, true())).subquery("asked")
    wanted = one_of(Document.id, "ids", pg)
    if dispatching:  # and the documents of the senders the batch's acknowledgements answer
        wanted = wanted | Document.id.in_(select(Dispatch.sender_doc_id).where(one_of(Dispatch.incoming_doc_id,
                                                                                     "acks", pg)))
    return select(Document, *asked.c).select_from(asked).outerjoin(Document, wanted)


_BUILT: dict = {}


def _statement(kind, db_or_session):
    dialect = (db_or_session.engine if hasattr(db_or_session, "engine") else db_or_session.get_bind()).dialect.name
    key = (kind, dialect)
    found = _BUILT.get(key)
    if found is None:
        found = _BUILT[key] = kind(dialect == "postgresql")
    return found


def known(db):
    """The statement reading the ops recorded (``ids``), for ``db``'s dialect."""
    return _statement(_known, db)


def journals(db):
    """The ``joined`` pair of ``Database.write`` bringing the batch's journals (``journal_ids``)."""
    return _statement(_journals, db)


def first_read(s, caller, ops: list[dict], doc_ids: set, held: list, memo: dict,
               known: Optional[dict]) -> tuple[dict, set, set, dict]:
    """The batch's documents, with what its handlers would each ask the database once, in one
    statement: whether the users its resolutions and routes name are of the caller's institution,
    whether the institution has a file plan for the year of its first registration without a case,
    the (locked) counter of its first server-numbered registration, the (share-locked) block of its
    first block-numbered one and whether that number's seq is issued, and whether the caller's
    institution holds the files it names, with their sizes (``domain.BLOB_SIZE`` in ``memo``: a
    ``file.attach`` or ``signature.add`` asks no query of its own for them); a batch that
    dispatches or acknowledges also what ``dispatching.Asked`` lists (its recipients' documents and
    its senders' documents come with the batch's). An answer that is not "all of them" is left to
    the handlers' own queries (they name what is missing). Unless ``known`` (the ops recorded, read
    before the transaction), also the ops of the batch recorded before it.

    Returns (documents by id, files visible, user ids found, recorded ops by id); the file plan,
    the counter and the block go into ``memo`` where ``domain.filed_case``, ``year_counter`` and
    ``h_register`` look."""
    user_ids, plan_year, counter_key, block = set(), None, None, None
    mine = {j.id for j in held if j.institution_id == caller.institution_id}
    for o in ops:
        p, kind = o["payload"], o["type"]
        if kind in _NAMING_USERS:
            user_ids.update(u for u in (p.get("executor_user_id"), *(p.get("co_executor_user_ids") or ()),
                                        *(st["assignee_user_id"] for st in p.get("steps") or ())) if u)
        elif kind == OpType.REGISTRATION_REGISTER.value:
            year = parse_date(p["date"]).year
            if plan_year is None and p.get(CASE_ID.name) is None:
                plan_year = year
            if counter_key is None and p["mode"] != RegistrationMode.BLOCK.value and p["journal_id"] in mine:
                counter_key = (p["journal_id"], year)
            if block is None and p["mode"] == RegistrationMode.BLOCK.value:
                block = (p["block_id"], p["journal_id"], year, p["seq"])
    needed = set().union(*(blobs_of(o) for o in ops))
    asked = dispatching.asked(ops)
    rows = s.execute(_statement(_first_dispatching if asked else _first, s), {
        **(asked.params if asked else {}),
        "ids": sorted(doc_ids | asked.incoming) if asked else list(doc_ids),
        "institution_id": caller.institution_id, "user_ids": sorted(user_ids),
        "plan_year": plan_year, "k_journal": counter_key and counter_key[0], "k_year": counter_key and counter_key[1],
        "shas": sorted(needed), "block_id": block and block[0], "b_journal": block and block[1],
        "b_year": block and block[2], "b_seq": block and block[3],
        "op_ids": [o["op_id"] for o in ops] if known is None else []}).all()
    docs = {row[0].id: row[0] for row in rows if row[0] is not None}
    first = rows[0]
    if asked:
        asked.remember(memo, first.dispatch_used, first.recipients, first.acked)
    if block is not None:
        memo[(domain.BLOCK, block[0])] = None if first.block_id is None else domain.Block(
            first.block_id, first.block_journal_id, first.block_year, first.block_workstation_id,
            first.block_start, first.block_end, first.block_released_at)
        memo[(domain.SEQ_USED, *block[1:])] = bool(first.seq_used)
    if plan_year is not None:
        memo[("planned", caller.institution_id, plan_year)] = first.planned
    if first.counter is not None:
        memo.setdefault(domain.COUNTERS, {})[counter_key] = domain.YearCounter(*counter_key, first.counter,
                                                                               first.counter)
    held_files = first.visible or ()   # [sha256, size] of the files named that the institution holds
    for sha, size in held_files:
        memo[(domain.BLOB_SIZE, sha)] = size
    visible = needed if len(held_files) == len(needed) else visible_files(s, caller, ops)
    if known is None:
        known = {r[0]: Recorded(*r) for r in first.known or ()}
    return docs, visible, (user_ids if first.users == len(user_ids) else set()), known
