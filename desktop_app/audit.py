"""Hash-chained audit journal.

Each event stores the hash of the one before it; the event's own hash covers its fields
and that previous hash, so editing, deleting or reordering history breaks the chain at
the first changed event, which :func:`verify` reports.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import AuditEvent, utcnow

GENESIS = "0" * 64
#: The actor named for what the server did by itself (another desk's changes name ``server:<user>@<desk>``,
#: :func:`server_actor`).
SERVER = "server"
#: The actor of what a desk's sync does, as ``sync:<user>`` (the person logged in): ``sync.Connection.actor``.
SYNC = "sync"


def server_actor(username: Any, workstation_id: Any) -> str:
    """The actor of a change another desk made, as it came through the server: ``server:<user>@<desk>``."""
    return f"{SERVER}:{username}@{workstation_id}"


def _canonical(details: dict[str, Any]) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def event_hash(prev_hash: str, at: dt.datetime, actor: str, action: str, document_id: str | None, details: str) -> str:
    material = "\x1f".join([prev_hash, at.isoformat(timespec="microseconds"), actor, action, document_id or "", details])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def append(session: Session, actor: str, action: str, document_id: str | None = None, **details: Any) -> AuditEvent:
    """Append one event to the chain inside the caller's (write) transaction."""
    last = session.execute(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).scalar()
    prev = last or GENESIS
    at = utcnow()
    body = _canonical(details)
    ev = AuditEvent(
        at=at, actor=actor, action=action, document_id=document_id, details=body, prev_hash=prev,
        hash=event_hash(prev, at, actor, action, document_id, body),
    )
    session.add(ev)
    session.flush()
    return ev


@dataclass(frozen=True)
class AuditVerifyReport:
    """Outcome of walking the chain."""

    ok: bool
    events: int
    first_broken_seq: int | None = None
    reason: str = ""


def verify(session: Session) -> AuditVerifyReport:
    """Walk the whole chain in order; report the first event whose link or hash is wrong."""
    from desktop_app.i18n import translate

    prev = GENESIS
    count = 0
    rows = session.execute(
        select(AuditEvent.seq, AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.document_id,
               AuditEvent.details, AuditEvent.prev_hash, AuditEvent.hash).order_by(AuditEvent.seq)
    )
    for seq, at, actor, action, doc_id, details, prev_hash, h in rows:
        count += 1
        if prev_hash != prev:
            return AuditVerifyReport(False, count, seq, translate("Audit", "event {seq} does not follow the event before it (an event was removed or reordered)").format(seq=seq))
        if event_hash(prev_hash, at, actor, action, doc_id, details) != h:
            return AuditVerifyReport(False, count, seq, translate("Audit", "event {seq} was changed after it was written").format(seq=seq))
        prev = h
    return AuditVerifyReport(True, count)
