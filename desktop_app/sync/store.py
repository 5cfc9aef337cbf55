"""What the engine keeps between cycles, in the ``sync_state`` key/value table (never secrets).

``cursor`` (the changes feed position), ``journals`` (the server's journals by id), ``last_success``,
``first_sync_seq`` (the audit journal's last event when the desk's first sync ended: what came before
is the office's backlog, not news -- ``services/activity.py``), ``last_error``, ``state``, one
``lease:<journal id>`` request id per block lease in flight, ``push_in_flight`` (the op batch
sent last whose answer has not been recorded: ``push.py`` sends it again as it was) and
``own_echo`` (the feed numbers of this desk's own applied ops whose answers are recorded here: the
feed leaves their echo out, docs/protocol.md §6).
"""
from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.engine import Database
from desktop_app.db.models import AuditEvent, utcnow
from desktop_app.db.models import SyncState as Saved

CURSOR = "cursor"
JOURNALS = "journals"
LAST_SUCCESS = "last_success"
FIRST_SYNC_SEQ = "first_sync_seq"
LAST_ERROR = "last_error"
#: The loop's SyncState and since when (``"<state> <ISO instant>"``): every indicator of every process reads it.
STATE = "state"
#: The op batch on its way (JSON list of the ops as sent), saved before it goes, cleared with its verdicts.
PUSH_IN_FLIGHT = "push_in_flight"
#: "<from> <to>": every op this desk pushed whose change is numbered from..to has its answer recorded here.
OWN_ECHO = "own_echo"


def lease_key(journal_id: str) -> str:
    """The key of the request id of a block lease for ``journal_id`` (saved before asking)."""
    return f"lease:{journal_id}"


def get(db: Database, key: str) -> str | None:
    with db.read() as s:
        row = s.get(Saved, key)
        return row.value if row else None


def put(db: Database, key: str, value: str | None) -> None:
    """Save ``value`` under ``key`` in its own short transaction (None deletes it)."""
    with db.write() as s:
        put_in(s, key, value)


def put_in(s: Session, key: str, value: str | None) -> None:
    """Save ``value`` under ``key`` inside the caller's write transaction (None deletes it)."""
    row = s.get(Saved, key)
    if value is None:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(Saved(key=key, value=value))
    else:
        row.value = value


def mark_success(db: Database) -> None:
    """A cycle ended well: its time; after the desk's first one ever, also where the backlog ends."""
    with db.write() as s:
        if s.get(Saved, FIRST_SYNC_SEQ) is None:  # a desk that had synced before this was kept starts at 0
            first = s.get(Saved, LAST_SUCCESS) is None
            put_in(s, FIRST_SYNC_SEQ, str(int(s.execute(select(func.max(AuditEvent.seq))).scalar() or 0) if first else 0))
        put_in(s, LAST_SUCCESS, utcnow().isoformat())


def first_sync_seq(db: Database) -> int | None:
    """The audit journal's last event when the first sync ended; None before it has ended."""
    value = get(db, FIRST_SYNC_SEQ)
    return int(value) if value else None


def own_echo(db: Database) -> tuple[int, int] | None:
    """The feed numbers (from, to) of this desk's own changes it holds the answers of; None before any."""
    value = get(db, OWN_ECHO)
    if not value:
        return None
    low, high = (int(x) for x in value.split())
    return low, high


def widen_own_echo_in(s: Session, seqs: list[int], lost: int | None = None) -> None:
    """Add the feed numbers of own changes whose answers the caller's transaction records. ``lost``:
    the number of an own change whose answer is not recorded here -- the window starts after it."""
    row = s.get(Saved, OWN_ECHO)
    window = [int(x) for x in row.value.split()] if row is not None and row.value else None
    if lost is not None:
        window = None
        seqs = [q for q in seqs if q > lost]
    if seqs:
        window = [min(seqs), max(seqs)] if window is None else [window[0], max(window[1], *seqs)]
    put_in(s, OWN_ECHO, f"{window[0]} {window[1]}" if window else None)


def cursor(db: Database) -> int:
    return int(get(db, CURSOR) or 0)


def journals(db: Database) -> dict[str, dict]:
    """The server's journals by id, as last fetched (empty before the first directory refresh)."""
    raw = get(db, JOURNALS)
    return json.loads(raw) if raw else {}


def save_journals(db: Database, items: list[dict]) -> None:
    put(db, JOURNALS, json.dumps({j["id"]: j for j in items}))
