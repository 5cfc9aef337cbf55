"""A push's writes on PostgreSQL in ONE statement (``ops_engine._write``).

A batch writes up to six tables: the documents it created and changed, the numbers its
registrations issued and their journals' counters, its feed changes and its ops' outcomes, which
carry the seq of their change. Written one statement per table that is five to six round trips,
each ~0.25 ms of SQLAlchemy and psycopg in the server process. Here they are data-modifying CTEs
of one statement whose text never changes: every column is an array parameter taken apart by
``unnest``, so psycopg prepares the statement once per connection (``prepare_threshold``) and
PostgreSQL parses it once. The changes are inserted in the batch's order (``INSERT ... SELECT ...
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

from sqlalchemy.orm import Session

_SQL = """\
WITH new_docs AS (
  INSERT INTO documents (id, institution_id, version, state, created_at, updated_at)
  SELECT * FROM unnest(%(d_id)b::varchar[], %(d_inst)b::varchar[], %(d_version)b::bigint[],
                       %(d_state)b::text[]::json[], %(d_created)b::timestamp[], %(d_updated)b::timestamp[])
), changed_docs AS (
  UPDATE documents SET version = u.version, state = u.state, updated_at = u.updated_at
  FROM unnest(%(u_id)b::varchar[], %(u_version)b::bigint[], %(u_state)b::text[]::json[],
              %(u_updated)b::timestamp[]) AS u(id, version, state, updated_at)
  WHERE documents.id = u.id
), issued AS (
  INSERT INTO issued_numbers (journal_id, year, seq, number, doc_id, block_id, op_id, created_at)
  SELECT * FROM unnest(%(n_journal)b::varchar[], %(n_year)b::bigint[], %(n_seq)b::bigint[], %(n_number)b::varchar[],
                       %(n_doc)b::varchar[], %(n_block)b::varchar[], %(n_op)b::varchar[], %(n_at)b::timestamp[])
), counters AS (
  UPDATE journal_years SET next_seq = k.next_seq
  FROM unnest(%(k_journal)b::varchar[], %(k_year)b::bigint[], %(k_next)b::bigint[]) AS k(journal_id, year, next_seq)
  WHERE journal_years.journal_id = k.journal_id AND journal_years.year = k.year
), feed AS (
  INSERT INTO changes (institution_id, doc_id, kind, body, created_at)
  SELECT c.inst, c.doc, c.kind, c.body, c.at
  FROM unnest(%(c_inst)b::varchar[], %(c_doc)b::varchar[], %(c_kind)b::varchar[], %(c_body)b::text[]::json[],
              %(c_at)b::timestamp[]) WITH ORDINALITY AS c(inst, doc, kind, body, at, n)
  ORDER BY c.n
  RETURNING seq
), numbered AS (
  SELECT seq, row_number() OVER (ORDER BY seq) AS n FROM feed
), recorded AS (
  INSERT INTO ops (op_id, institution_id, doc_id, type, fingerprint, status, result, workstation_id, created_at)
  SELECT o.op_id, o.inst, o.doc, o.type, o.fp, o.status,
         ('{"seq": ' || coalesce(numbered.seq::text, 'null') || ', ' || substr(o.rest, 2))::json, o.ws, o.at
  FROM unnest(%(o_id)b::varchar[], %(o_inst)b::varchar[], %(o_doc)b::varchar[], %(o_type)b::varchar[],
              %(o_fp)b::varchar[], %(o_status)b::varchar[], %(o_rest)b::text[], %(o_ws)b::varchar[],
              %(o_at)b::timestamp[], %(o_change)b::bigint[])
       AS o(op_id, inst, doc, type, fp, status, rest, ws, at, change)
  LEFT JOIN numbered ON numbered.n = o.change
)
SELECT seq FROM numbered ORDER BY n"""

_dumps = json.dumps  # SQLAlchemy's default JSON serialiser: the same text as its JSON columns


def write_all(s: Session, created: list, changed: list, issued: list, counters: list, changes: list,
              records: list, change_of: dict) -> list[int]:
    """Write a batch in one statement; returns the seqs of ``changes``, in their order.

    ``created``/``changed``: Document objects; ``issued``: rows of ``issued_numbers``;
    ``counters``: ``domain.YearCounter``s that moved; ``changes``: rows of ``changes``;
    ``records``: rows of ``ops`` whose ``result`` dict has a ``seq`` to fill in when
    ``change_of`` maps the record's index to the index of its change.
    """
    rests = []
    for r in records:
        result = r["result"]
        rests.append(_dumps({k: v for k, v in result.items() if k != "seq"}))
    params = {
        "d_id": [d.id for d in created], "d_inst": [d.institution_id for d in created],
        "d_version": [d.version for d in created], "d_state": [_dumps(d.state) for d in created],
        "d_created": [d.created_at for d in created], "d_updated": [d.updated_at for d in created],
        "u_id": [d.id for d in changed], "u_version": [d.version for d in changed],
        "u_state": [_dumps(d.state) for d in changed], "u_updated": [d.updated_at for d in changed],
        "n_journal": [n["journal_id"] for n in issued], "n_year": [n["year"] for n in issued],
        "n_seq": [n["seq"] for n in issued], "n_number": [n["number"] for n in issued],
        "n_doc": [n["doc_id"] for n in issued], "n_block": [n["block_id"] for n in issued],
        "n_op": [n["op_id"] for n in issued], "n_at": [n["created_at"] for n in issued],
        "k_journal": [c.journal_id for c in counters], "k_year": [c.year for c in counters],
        "k_next": [c.next_seq for c in counters],
        "c_inst": [c["institution_id"] for c in changes], "c_doc": [c["doc_id"] for c in changes],
        "c_kind": [c["kind"] for c in changes], "c_body": [_dumps(c["body"]) for c in changes],
        "c_at": [c["created_at"] for c in changes],
        "o_id": [r["op_id"] for r in records], "o_inst": [r["institution_id"] for r in records],
        "o_doc": [r["doc_id"] for r in records], "o_type": [r["type"] for r in records],
        "o_fp": [r["fingerprint"] for r in records], "o_status": [r["status"] for r in records],
        "o_rest": rests, "o_ws": [r["workstation_id"] for r in records],
        "o_at": [r["created_at"] for r in records],
        # row_number() counts from 1
        "o_change": [change_of[i] + 1 if i in change_of else None for i in range(len(records))],
    }
    return [row[0] for row in s.connection().exec_driver_sql(_SQL, params)]
