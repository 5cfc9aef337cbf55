"""Outbox: every local change queues its sync operation in the same transaction as the change."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop_app.db.engine import AUTHOR, nobody_at_the_desk
from desktop_app.db.models import OutboxOp, new_id


def enqueue(
    session: Session,
    op_type: str,
    document_id: str | None,
    payload: dict[str, Any],
    *,
    base_version: int | None = None,
    blob_hashes: list[str] | None = None,
    op_id: str | None = None,
) -> OutboxOp:
    """Add one operation to the outbox inside the caller's write transaction, as the work of the
    person at the desk (``Database.write`` names them: ``AUTHOR`` in the session's info)."""
    author = session.info.get(AUTHOR)
    if author == "":  # NOBODY: the last person logged out (None: a session no desk named, e.g. a tool's)
        raise nobody_at_the_desk()
    op = OutboxOp(
        id=op_id or new_id(), document_id=document_id, op_type=op_type, payload=payload,
        base_version=base_version, blob_hashes=list(blob_hashes or []), author_id=author,
    )
    session.add(op)
    session.flush()
    return op
