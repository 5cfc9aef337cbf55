"""A push's writes on PostgreSQL in ONE statement (``ops_engine._write``).

A batch writes up to six tables: the documents it created and changed, the numbers its
registrations issued and their journals' counters, its feed changes and its ops' outcomes, which
carry the seq of their change. Written one statement per table that is five to six round trips,
each ~0.25 ms of SQLAlchemy and psycopg in the server process. Here they are data-modifying CTEs
of one statement whose text never changes: each table's rows are one JSON parameter taken apart
by ``json_to_recordset`` (one ``json.dumps`` of them, in C; an array parameter per column was
dumped by psycopg element by element, in Python), so psycopg prepares the statement once per
connection (``prepare_threshold``) and PostgreSQL parses it once. The changes are inserted in the batch's order (``INSERT ... SELECT ...
ORDER BY``: the sequence hands out their seqs in that order, the same assumption SQLAlchemy's
``insertmanyvalues`` makes for a serial key), so the i-th smallest seq returned is the i-th
change's, and each op's outcome gets its seq in the same statement.

The JSON is written as SQLAlchemy writes it (``json.dumps``, the engine's serialiser), so the rows
are the same as the per-table statements' (only the keys of an op's stored outcome come in
another order: ``seq`` first; replays read it into a dict). Unique violations raise
``IntegrityError`` as before, and the batch is retried by ``ops_engine.apply_batch``.
"""
from __future__ import annotations

import json
from typing import NamedTuple, Optional

from sqlalchemy.orm import Session

from circulation_server.db import record_feed

_SQL = """\
WITH new_docs AS (
  INSERT INTO documents (id, institution_id, version, state, created_at, updated_at)
  SELECT * FROM json_to_recordset(%(docs)s::json)
         AS d(id varchar, institution_id varchar, version bigint, state json, created_at timestamp, updated_at timestamp)
), changed_docs AS (
  UPDATE documents SET version = u.version, state = u.state, updated_at = u.updated_at
  FROM json_to_recordset(%(changed)s::json) AS u(id varchar, version bigint, state json, updated_at timestamp)
  WHERE documents.id = u.id
), issued AS (
  INSERT INTO issued_numbers (journal_id, year, seq, number, doc_id, block_id, op_id, created_at)
  SELECT * FROM json_to_recordset(%(issued)s::json)
         AS n(journal_id varchar, year bigint, seq bigint, number varchar, doc_id varchar, block_id varchar,
              op_id varchar, created_at timestamp)
), counters AS (
  UPDATE journal_years SET next_seq = k.next_seq
  FROM json_to_recordset(%(counters)s::json) AS k(journal_id varchar, year bigint, next_seq bigint)
  WHERE journal_years.journal_id = k.journal_id AND journal_years.year = k.year
{dispatching}), feed AS (
  INSERT INTO changes (institution_id, doc_id, kind, body, created_at)
  SELECT c.institution_id, c.doc_id, c.kind, c.body, c.created_at
  FROM json_to_recordset(%(changes)s::json)
       AS c(institution_id varchar, doc_id varchar, kind varchar, body json, created_at timestamp, n bigint)
  ORDER BY c.n
  RETURNING seq, body::text AS body,
            coalesce((SELECT max(p.seq) FROM changes p WHERE p.institution_id = changes.institution_id), 0) AS prev
), numbered AS (
  SELECT seq, body, prev, row_number() OVER (ORDER BY seq) AS n FROM feed
), recorded AS (
  INSERT INTO ops (op_id, institution_id, doc_id, type, fingerprint, status, result, workstation_id, created_at)
  SELECT o.op_id, o.institution_id, o.doc_id, o.type, o.fingerprint, o.status,
         ('{"seq": ' || coalesce(numbered.seq::text, 'null') || ', ' || substr(o.result::text, 2))::json,
         o.workstation_id, o.created_at
  FROM json_to_recordset(%(ops)s::json)
       AS o(op_id varchar, institution_id varchar, doc_id varchar, type varchar, fingerprint varchar,
            status varchar, result json, workstation_id varchar, created_at timestamp, change bigint)
  LEFT JOIN numbered ON numbered.n = o.change
)
SELECT seq, body, prev FROM numbered ORDER BY n"""

#: A batch's dispatches and acknowledgements: the files granted to recipients (a file granted
#: before stays as it was), the dispatches made, and the dispatches whose status changed
#: (``delivered_at`` only where set).
_DISPATCHING = """\
), grants AS (
  INSERT INTO blob_access (sha256, institution_id)
  SELECT * FROM json_to_recordset(%(grants)s::json) AS g(sha256 varchar, institution_id varchar)
  ON CONFLICT DO NOTHING
), new_dispatches AS (
  INSERT INTO dispatches (incoming_doc_id, dispatch_id, sender_institution_id, sender_doc_id,
                          recipient_institution_id, status, created_at, delivered_at)
  SELECT * FROM json_to_recordset(%(new_dispatches)s::json)
         AS x(incoming_doc_id varchar, dispatch_id varchar, sender_institution_id varchar, sender_doc_id varchar,
              recipient_institution_id varchar, status varchar, created_at timestamp, delivered_at timestamp)
), changed_dispatches AS (
  UPDATE dispatches SET status = x.status, delivered_at = coalesce(x.delivered_at, dispatches.delivered_at)
  FROM json_to_recordset(%(changed_dispatches)s::json) AS x(b_id varchar, status varchar, delivered_at timestamp)
  WHERE dispatches.incoming_doc_id = x.b_id
"""
_PLAIN, _WITH_DISPATCHES = _SQL.replace("{dispatching}", ""), _SQL.replace("{dispatching}", _DISPATCHING)


class Dispatched(NamedTuple):
    """Rows of a batch's dispatches and acknowledgements (``dispatching``), as dicts of columns:
    ``grants`` of ``blob_access``, ``new`` rows of ``dispatches``, ``changed``: b_id (the
    incoming document's id), status, delivered_at (None: left as stored)."""

    grants: list
    new: list
    changed: list

    def __bool__(self) -> bool:
        return bool(self.grants or self.new or self.changed)


def _iso(value):
    return None if value is None else value.isoformat()

_dumps = json.dumps  # SQLAlchemy's default JSON serialiser: the same text as its JSON columns


def write_all(s: Session, created: list, changed: list, issued: list, counters: list, changes: list,
              records: list, change_of: dict, dispatched: Optional[Dispatched] = None) -> list[int]:
    """Write a batch in one statement; returns the seqs of ``changes``, in their order.

    ``created``/``changed``: Document objects; ``issued``: rows of ``issued_numbers``;
    ``counters``: ``domain.YearCounter``s that moved; ``changes``: rows of ``changes``;
    ``records``: rows of ``ops`` whose ``result`` dict has a ``seq`` to fill in when
    ``change_of`` maps the record's index to the index of its change; ``dispatched``: the rows of
    its dispatches and acknowledgements (then the statement has three more parts).
    """
    ops = []
    for i, r in enumerate(records):
        change = change_of.get(i)
        ops.append({**r, "created_at": r["created_at"].isoformat(), "change": None if change is None else change + 1,
                    "result": {k: v for k, v in r["result"].items() if k != "seq"}})
    params = {
        "docs": _dumps([{"id": d.id, "institution_id": d.institution_id, "version": d.version, "state": d.state,
                         "created_at": d.created_at.isoformat(), "updated_at": d.updated_at.isoformat()}
                        for d in created]),
        "changed": _dumps([{"id": d.id, "version": d.version, "state": d.state, "updated_at": d.updated_at.isoformat()}
                           for d in changed]),
        "issued": _dumps([{**n, "created_at": n["created_at"].isoformat()} for n in issued]),
        "counters": _dumps([{"journal_id": c.journal_id, "year": c.year, "next_seq": c.next_seq} for c in counters]),
        "changes": _dumps([{**c, "created_at": c["created_at"].isoformat(), "n": i} for i, c in enumerate(changes)]),
        "ops": _dumps(ops),
    }
    if dispatched:
        params.update(
            grants=_dumps(dispatched.grants),
            new_dispatches=_dumps([{**d, "created_at": _iso(d["created_at"]), "delivered_at": _iso(d["delivered_at"])}
                                   for d in dispatched.new]),
            changed_dispatches=_dumps([{**d, "delivered_at": _iso(d["delivered_at"])} for d in dispatched.changed]))
    sql = _WITH_DISPATCHES if dispatched else _PLAIN
    rows = s.connection().exec_driver_sql(sql, params).all()
    if rows and not dispatched:  # (a dispatched copy's change is not one a tail may carry: feed_tail.py)
        record_feed(s, [(c["institution_id"], seq, prev, c["kind"], c["doc_id"], body)
                        for c, (seq, body, prev) in zip(changes, rows)])
    return [row[0] for row in rows]
