"""The sync indicator's data: one :class:`SyncState`, what is waiting, and publishing it.

:class:`StatusBoard` is the only place the engine's visible state lives. The engine moves
``state`` as a cycle goes (connecting → sending N of M → receiving → up to date / needs attention,
or offline); the HTTP clients report "the server answered" (``online``); transfers report progress.
Once the server could not be reached the state stays *offline* through the retries until the
server answers again (no flicker through *connecting*). The state and since when are kept in the
profile (``sync_state['state']``) so another process (``docflow status``) shows the same one.
Every change is published on ``ctx.events`` as :class:`~desktop_app.events.SyncStatusChanged`
(progress at most four times a second), which the Qt bridge re-emits on the GUI thread.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from desktop_app.db.models import Conflict, Document, FileVersion, OutboxOp, SyncTransfer, utcnow
from desktop_app.errors import DocflowError
from desktop_app.events import SyncStatusChanged
from desktop_app.i18n import translate
from desktop_app.services.types import SyncState, SyncStatus, TransferProgress, WaitingItem
from desktop_app.sync import store

log = logging.getLogger(__name__)

#: States that say a cycle is under way: not shown while the server has not answered since it was unreachable.
_UNDER_WAY = frozenset({SyncState.CONNECTING, SyncState.SENDING, SyncState.RECEIVING})
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
        self._known_offline = False  # a cycle failed for want of the server; cleared when it answers
        self._wanted: SyncState | None = None  # the state a cycle moved to while still offline
        self._state, self._since = _saved_state(ctx.db)
        self.sent = self.to_send = 0
        self.next_try: dt.datetime | None = None
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
            was_offline, self._known_offline = self._known_offline, not online
            wanted, self._wanted = self._wanted, None
        if online and was_offline and self._state == SyncState.OFFLINE:
            self.set_state(wanted or SyncState.CONNECTING)  # the server answers again: the cycle goes on
        elif changed:
            self.publish(force=True)

    def begin_cycle(self) -> None:
        """A cycle starts: *connecting* -- unless the desk is up to date (the cycle that follows each
        idle long-poll must not flash through the states: it shows *sending* / *receiving* only
        when something goes up or comes down) or the server was unreachable (then *offline* stays
        until it answers)."""
        self.next_try = None
        if self._state != SyncState.UP_TO_DATE:
            self.set_state(SyncState.CONNECTING)

    def set_state(self, state: SyncState) -> None:
        with self._lock:
            if self._known_offline and state in _UNDER_WAY:
                self._wanted = state  # no answer from the server yet: offline it stays until one comes
                return
            changed = self._state != state
            if changed:
                self._state, self._since = state, utcnow()
            if state != SyncState.SENDING:
                self.sent = self.to_send = 0
        if changed:
            log.info("sync state: %s", state.value)
            try:
                store.put(self.ctx.db, store.STATE, f"{state.value} {self._since.isoformat()}")
            except Exception:  # noqa: BLE001 - the indicator must not stop the sync; the log says why
                log.exception("sync state not saved")
            self.publish(force=True)

    def sending(self, done: int, total: int) -> None:
        """Operations of this cycle answered so far (``done`` of ``total``): *sending N of M*."""
        self.sent, self.to_send = done, total
        self.publish(force=done in (0, total))

    def retry_at(self, when: dt.datetime | None) -> None:
        """When the engine tries again after a failure (None: not waiting)."""
        self.next_try = when
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
        """No transfer now -- said at once: a file received by the idle long-poll left the bar at
        100 % with "receiving mektub3.pdf" in the details until the next cycle (seen in the walk)."""
        if self.current is not None:
            self.current = None
            self.publish(force=True)

    # ------------------------------------------------------------------- reads
    def snapshot(self) -> SyncStatus:
        with self.ctx.db.read() as s:
            ops = s.execute(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == OutboxOp.PENDING)).scalar_one()
            me = self.connection.account_id() if ops else None
            others = _others_waiting(s, me) if me else 0
            conflicts = _open_conflicts(s)
            up = _bytes_to_upload(s, me if others else None)
            down = s.execute(select(func.coalesce(func.sum(SyncTransfer.size - SyncTransfer.done_bytes), 0)).where(
                SyncTransfer.direction == SyncTransfer.DOWN, SyncTransfer.state == SyncTransfer.PENDING)).scalar_one()
        last = store.get(self.ctx.db, store.LAST_SUCCESS)
        configured = self.connection.configured
        logged_in = False
        if configured:
            try:
                # during a cycle (whose start read the token) the last answer stands: no keyring call per tick
                logged_in = self.connection.has_token(cached=self._running())
            except DocflowError:
                logged_in = False
        state = self._state
        if not configured or not logged_in:
            state = SyncState.NEEDS_ATTENTION  # nothing can go until a person sets a server up or logs in
        return SyncStatus(
            configured=configured, logged_in=logged_in, online=self._online, running=self._running(),
            ops_waiting=ops - others, ops_others=others, bytes_waiting=int(up + down), conflicts=conflicts, current=self.current,
            last_success=dt.datetime.fromisoformat(last) if last else None, last_error=self.last_error,
            state=state, sent=self.sent, to_send=self.to_send, next_try=self.next_try, state_since=self._since)

    def publish(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_publish < PUBLISH_INTERVAL:
            return
        self._last_publish = now
        try:
            self.ctx.events.publish(SyncStatusChanged(self.snapshot()))
        except Exception:  # noqa: BLE001 - a listener's failure must not stop the sync
            log.exception("sync status listener failed")


def state_words(state: SyncState | str | None) -> str:
    """The state in words, as every indicator shows it (the status bar and the tray through
    ``ui/sync_state.py``, ``docflow status`` directly)."""
    return {
        SyncState.OFFLINE: translate("SyncState", "offline"),
        SyncState.CONNECTING: translate("SyncState", "connecting"),
        SyncState.SENDING: translate("SyncState", "sending"),
        SyncState.RECEIVING: translate("SyncState", "receiving"),
        SyncState.UP_TO_DATE: translate("SyncState", "up to date"),
        SyncState.NEEDS_ATTENTION: translate("SyncState", "needs attention"),
    }.get(SyncState(state) if state in {s.value for s in SyncState} else state, translate("SyncState", "offline"))


def _saved_state(db) -> tuple[SyncState, dt.datetime | None]:  # noqa: ANN001 - Database
    """The state the profile's engine last entered (in this or another process), and since when."""
    raw = (store.get(db, store.STATE) or "").split(" ", 1)
    try:
        state, since = SyncState(raw[0]), dt.datetime.fromisoformat(raw[1])
    except (ValueError, IndexError):
        return SyncState.OFFLINE, None
    return state, since


def waiting(db, limit: int = 500) -> list[WaitingItem]:  # noqa: ANN001 - Database
    """What is waiting (pending ops) and what needs a person (failed), oldest first."""
    with db.read() as s:
        rows = s.execute(select(OutboxOp, Document.subject).outerjoin(Document, Document.id == OutboxOp.document_id)
                         .where(OutboxOp.state.in_((OutboxOp.PENDING, OutboxOp.FAILED))).order_by(OutboxOp.seq).limit(limit)).all()
        return [WaitingItem(o.id, o.document_id, subject or "", o.op_type, o.state, o.attempts, o.last_error or "",
                            o.created_at) for o, subject in rows]


def _others_waiting(s: Session, me: str) -> int:
    """Pending changes of another person than the account logged in: on a shared desk they wait for their
    author's own login (``push.Pusher.pending``). With nobody logged in, every change waits alike."""
    return s.execute(select(func.count()).select_from(OutboxOp).where(
        OutboxOp.state == OutboxOp.PENDING, OutboxOp.author_id.is_not(None), OutboxOp.author_id != me)).scalar_one()


def _open_conflicts(s: Session) -> int:
    return s.execute(select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None))).scalar_one()


def _bytes_to_upload(s: Session, me: str | None = None) -> int:
    """The file bytes pending changes still have to send; ``me``: only those of that account's changes (and of
    nobody in particular), as the others' wait for their authors' logins."""
    hashes: set[str] = set()
    mine = (OutboxOp.author_id.is_(None) | (OutboxOp.author_id == me)) if me else true()
    for blobs in s.execute(select(OutboxOp.blob_hashes).where(OutboxOp.state == OutboxOp.PENDING, mine)).scalars():
        hashes.update(blobs or [])
    if not hashes:
        return 0
    done = dict(s.execute(select(SyncTransfer.sha256, SyncTransfer.done_bytes).where(
        SyncTransfer.direction == SyncTransfer.UP, SyncTransfer.sha256.in_(hashes))).all())
    sizes = dict(s.execute(select(FileVersion.sha256, FileVersion.size).where(FileVersion.sha256.in_(hashes))).all())
    return sum(max(0, sizes.get(h, 0) - done.get(h, 0)) for h in hashes)
