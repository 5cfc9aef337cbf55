"""What the engine keeps between cycles, in the ``sync_state`` key/value table (never secrets).

``cursor`` (the changes feed position), ``journals`` (the server's journals by id), ``last_success``,
``last_error`` and one ``lease:<journal id>`` request id per block lease in flight.
"""
from __future__ import annotations

import json

from sqlalchemy.orm import Session

from desktop_app.db.engine import Database
from desktop_app.db.models import SyncState as Saved

CURSOR = "cursor"
JOURNALS = "journals"
LAST_SUCCESS = "last_success"
LAST_ERROR = "last_error"


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


def cursor(db: Database) -> int:
    return int(get(db, CURSOR) or 0)


def journals(db: Database) -> dict[str, dict]:
    """The server's journals by id, as last fetched (empty before the first directory refresh)."""
    raw = get(db, JOURNALS)
    return json.loads(raw) if raw else {}


def save_journals(db: Database, items: list[dict]) -> None:
    put(db, JOURNALS, json.dumps({j["id"]: j for j in items}))
