"""The sync indicator's data: one :class:`SyncState`, what is waiting, and publishing it.

:class:`StatusBoard` is the only place the engine's visible state lives. The engine moves
``state`` as a cycle goes (connecting → sending → receiving → up to date / needs attention, or
offline); the HTTP clients report "the server answered" (``online``); transfers report progress.
Every change is published on ``ctx.events`` as :class:`~desktop_app.events.SyncStatusChanged`
(progress at most four times a second), which the Qt bridge re-emits on the GUI thread.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Conflict, Document, FileVersion, OutboxOp, SyncTransfer
from desktop_app.errors import DocflowError
from desktop_app.events import SyncStatusChanged
from desktop_app.services.types import SyncState, SyncStatus, TransferProgress, WaitingItem
from desktop_app.sync import store

log = logging.getLogger(__name__)

#: Progress events closer together than this are folded into the next one.
PUBLISH_INTERVAL = 0.25


class StatusBoard:
    """What the sync indicator shows for one profile.

    Args:
        ctx: the AppContext (database, events).
        connection: tells whether a server is configured and a token is in the keyring.
        running: tells whether a cycle holds the engine's lock now.
    """

    def __init__(self, ctx, connection, running: Callable[[], bool]):  # noqa: ANN001 - AppContext, Connection
        self.ctx = ctx
        self.connection = connection
        self._running = running
        self._lock = threading.Lock()
        self._online = False
        self._state = SyncState.OFFLINE
        self.current: TransferProgress | None = None
        self.last_error = store.get(ctx.db, store.LAST_ERROR) or ""
        self._last_publish = 0.0

    # ----------------------------------------------------------------- changes
    @property
    def online(self) -> bool:
        return self._online

    @property
    def state(self) -> SyncState:
        return self._state

    def set_online(self, online: bool) -> None:
        """The server answered (True) or the link failed (False)."""
        with self._lock:
            changed = self._online != online
            self._online = online
        if changed:
            self.publish(force=True)

    def set_state(self, state: SyncState) -> None:
        with self._lock:
            changed = self._state != state
            self._state = state
        if changed:
            log.info("sync state: %s", state.value)
            self.publish(force=True)

    def settle(self) -> SyncState:
        """After a cycle went through: up to date, or needs attention while a conflict or a
        refused operation waits for a person."""
        with self.ctx.db.read() as s:
            attention = _open_conflicts(s) > 0 or s.execute(select(OutboxOp.seq).where(
                OutboxOp.state == OutboxOp.FAILED).limit(1)).scalar() is not None
        state = SyncState.NEEDS_ATTENTION if attention else SyncState.UP_TO_DATE
        self.set_state(state)
        return state

    def set_error(self, text: str) -> None:
        """The last failure in words ("" once a cycle went through); kept across restarts."""
        self.last_error = text
        store.put(self.ctx.db, store.LAST_ERROR, text)
        self.publish(force=True)

    def progress(self, direction: str, sha: str, name: str, done: int, total: int) -> None:
        self.current = TransferProgress(direction, sha, name, done, total)
        self.publish()

    def clear_progress(self) -> None:
        self.current = None

    # ------------------------------------------------------------------- reads
    def snapshot(self) -> SyncStatus:
        with self.ctx.db.read() as s:
            ops = s.execute(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == OutboxOp.PENDING)).scalar_one()
            conflicts = _open_conflicts(s)
            up = _bytes_to_upload(s)
            down = s.execute(select(func.coalesce(func.sum(SyncTransfer.size - SyncTransfer.done_bytes), 0)).where(
                SyncTransfer.direction == SyncTransfer.DOWN, SyncTransfer.state == SyncTransfer.PENDING)).scalar_one()
        last = store.get(self.ctx.db, store.LAST_SUCCESS)
        configured = self.connection.configured
        logged_in = False
        if configured:
            try:
                logged_in = self.connection.has_token()
            except DocflowError:
                logged_in = False
        state = self._state
        if not configured or not logged_in:
            state = SyncState.NEEDS_ATTENTION  # nothing can go until a person sets a server up or logs in
        return SyncStatus(
            configured=configured, logged_in=logged_in, online=self._online, running=self._running(),
            ops_waiting=ops, bytes_waiting=int(up + down), conflicts=conflicts, current=self.current,
            last_success=dt.datetime.fromisoformat(last) if last else None, last_error=self.last_error,
            state=state)

    def publish(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_publish < PUBLISH_INTERVAL:
            return
        self._last_publish = now
        try:
            self.ctx.events.publish(SyncStatusChanged(self.snapshot()))
        except Exception:  # noqa: BLE001 - a listener's failure must not stop the sync
            log.exception("sync status listener failed")


def waiting(db, limit: int = 500) -> list[WaitingItem]:  # noqa: ANN001 - Database
    """What is waiting (pending ops) and what needs a person (failed), oldest first."""
    with db.read() as s:
        rows = s.execute(select(OutboxOp, Document.subject).outerjoin(Document, Document.id == OutboxOp.document_id)
                         .where(OutboxOp.state.in_((OutboxOp.PENDING, OutboxOp.FAILED))).order_by(OutboxOp.seq).limit(limit)).all()
        return [WaitingItem(o.id, o.document_id, subject or "", o.op_type, o.state, o.attempts, o.last_error or "",
                            o.created_at) for o, subject in rows]


def _open_conflicts(s: Session) -> int:
    return s.execute(select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None))).scalar_one()


def _bytes_to_upload(s: Session) -> int:
    hashes: set[str] = set()
    for blobs in s.execute(select(OutboxOp.blob_hashes).where(OutboxOp.state == OutboxOp.PENDING)).scalars():
        hashes.update(blobs or [])
    if not hashes:
        return 0
    done = dict(s.execute(select(SyncTransfer.sha256, SyncTransfer.done_bytes).where(
        SyncTransfer.direction == SyncTransfer.UP, SyncTransfer.sha256.in_(hashes))).all())
    sizes = dict(s.execute(select(FileVersion.sha256, FileVersion.size).where(FileVersion.sha256.in_(hashes))).all())
    return sum(max(0, sizes.get(h, 0) - done.get(h, 0)) for h in hashes)
