"""The sync engine: one loop that keeps a desk and its circulation server in step.

One cycle (:meth:`SyncEngine.sync_now`) does, in this order, each step in its own module:

1. directory and journals from the server, number blocks leased while online  (``connection``, ``numbers``);
2. **push, metadata first**, then files small before large on one resumable stream, each file's
   ops pushed as soon as it lands                                            (``push``, ``transfers``);
3. **pull** the changes feed from the saved cursor, then download missing files  (``pull``, ``transfers``).

The SQLite writer is only taken for short transactions between network calls, never during one.
The engine runs on its own thread (:meth:`start`); after a failure it waits on the
:data:`~desktop_app.retry.SYNC_CYCLE` backoff; while idle it long-polls the feed; it wakes at once
on :meth:`trigger` ("Sync now") or on a local change. Its one state (:class:`SyncState`:
offline / connecting / sending / receiving / up to date / needs attention) and what is waiting
are published on ``ctx.events`` as :class:`~desktop_app.events.SyncStatusChanged`
(:mod:`~desktop_app.sync.status`). Conflicts wait for a person (:mod:`~desktop_app.sync.conflicts`).
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from desktop_app import retry
from desktop_app.db.models import utcnow
from desktop_app.errors import AuthError, DocflowError, SyncError, TransientError
from desktop_app.events import DOCUMENT, SYNC, Change
from desktop_app.services.types import ConflictInfo, SyncReport, SyncState, SyncStatus, WaitingItem
from desktop_app.sync import conflicts, numbers, store
from desktop_app.sync.client import SyncClient
from desktop_app.sync.connection import Connection
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.pull import pull
from desktop_app.sync.push import Pusher
from desktop_app.sync.status import StatusBoard, waiting
from desktop_app.sync.transfers import Downloader, Uploader
from desktop_app.worker import BackgroundWorker

log = logging.getLogger(__name__)

#: Seconds of long-poll while idle (one request per IDLE_WAIT).
IDLE_WAIT = 25
#: The aspects of the Change this engine publishes for the documents a cycle touched.
SYNCED = frozenset({DOCUMENT, SYNC})


class SyncEngine(BackgroundWorker):
    """Synchronises one profile with its circulation server (``ctx.sync``).

    Args:
        ctx: the :class:`~desktop_app.services.context.AppContext`.
        credentials: where the token lives (default: the OS keyring).
        client_factory: builds a :class:`SyncClient` (tests may route it through a link emulator).
    """

    thread_name = "docflow-sync"

    def __init__(self, ctx, credentials: CredentialStore | None = None,  # noqa: ANN001 - AppContext
                 client_factory: Callable[..., SyncClient] | None = None):
        super().__init__(ctx.events)
        self.ctx = ctx
        self._lock = threading.Lock()  # one cycle at a time
        self.connection = Connection(ctx, credentials, client_factory, on_answer=lambda: self.board.set_online(True))
        self.board = StatusBoard(ctx, self.connection, running=self._lock.locked)
        self._uploader = Uploader(self.connection, self.board, self._stop)
        self._downloader = Downloader(self.connection, self.board, self._stop)
        self._pusher = Pusher(self.connection, self._uploader)

    # ------------------------------------------------------------------ the server
    @property
    def credentials(self) -> CredentialStore:
        return self.connection.credentials

    @property
    def server_url(self) -> str:
        return self.connection.server_url

    @property
    def workstation_id(self) -> str:
        return self.connection.workstation_id

    def configure(self, server_url: str, workstation_id: str, *, ca_bundle: str = "", pinned_sha256: str = "") -> None:
        """Save the server address, this desk's workstation id and the TLS settings (no secrets)."""
        self.connection.configure(server_url, workstation_id, ca_bundle=ca_bundle, pinned_sha256=pinned_sha256)

    def login(self, username: str, password: str) -> dict:
        """Log in; the token goes to the OS keyring, the staff list and directory are refreshed."""
        result = self.connection.login(username, password)
        self.board.set_error("")
        return {"user": result.user, "institution": result.institution, "expires_at": result.expires_at}

    def logout(self) -> None:
        self.connection.logout()
        self.board.publish(force=True)

    # ---------------------------------------------------------------------- reads
    def status(self) -> SyncStatus:
        return self.board.snapshot()

    def waiting(self, limit: int = 500) -> list[WaitingItem]:
        """What is waiting (pending ops) and what needs a person (failed), oldest first."""
        return waiting(self.ctx.db, limit)

    def conflicts(self) -> list[ConflictInfo]:
        """Open conflicts, oldest first (the Conflicts queue)."""
        return conflicts.open_conflicts(self.ctx.db)

    def resolve_conflict(self, conflict_id: str, choice: str, merged: dict | None = None) -> None:
        """Settle a conflict (see :func:`desktop_app.sync.conflicts.resolve`)."""
        doc_id = conflicts.resolve(self.connection, conflict_id, choice, merged)
        self.ctx.events.publish(Change(frozenset({doc_id}), SYNCED, self))
        self.board.publish(force=True)

    # ---------------------------------------------------------------------- cycle
    def sync_now(self) -> SyncReport:
        """Run one full cycle now (blocking). Raises SyncError subclasses on failure."""
        with self._lock:
            report = SyncReport()
            try:
                self._cycle(report)
            except TransientError as exc:
                self._failed(exc, SyncState.OFFLINE)
                raise
            except AuthError as exc:
                if exc.status == 401:
                    self.connection.forget_token()  # the server no longer takes this token: a person logs in again
                self._failed(exc, SyncState.NEEDS_ATTENTION)
                raise
            except SyncError as exc:
                self._failed(exc, SyncState.NEEDS_ATTENTION)
                raise
            finally:
                self.board.clear_progress()
            store.put(self.ctx.db, store.LAST_SUCCESS, utcnow().isoformat())
            self.board.set_error("")
            self.board.settle()
        self._announce(report)
        return report

    def _cycle(self, report: SyncReport) -> None:
        self.board.set_state(SyncState.CONNECTING)
        client = self.connection.client(self.connection.token())
        try:
            if not self.connection.journals():
                self.connection.refresh_directory(client)
            report.blocks_leased = numbers.lease_blocks(self.connection, client)
            self.board.set_state(SyncState.SENDING)
            self._pusher.push(client, report)
            self.board.set_state(SyncState.RECEIVING)
            pull(self.connection, client, report, initiator=self)
            self._downloader.download_all(report)
            numbers.lease_blocks(self.connection, client)
        finally:
            client.close()
            self.connection.close_workers()

    def _failed(self, exc: SyncError, state: SyncState) -> None:
        if state == SyncState.OFFLINE:
            self.board.set_online(False)
        self.board.set_state(state)
        self.board.set_error(str(exc))

    def _announce(self, report: SyncReport) -> None:
        if report.documents:
            self.ctx.events.publish(Change(frozenset(report.documents), SYNCED, self))

    # --------------------------------------------------------------------- thread
    # start() / stop() / trigger() ("Sync now") come from BackgroundWorker: the thread runs at once,
    # on trigger, on local changes, and when the link returns.
    def _on_event(self, event: Any) -> None:
        if isinstance(event, Change) and event.initiator is not self and SYNC not in event.aspects:
            self._wake.set()

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                self.sync_now()
                failures = 0
                delay = None
            except AuthError:
                delay = retry.WAIT_FOR_LOGIN  # a login (which triggers) or a person's "Sync now" wakes it sooner
            except DocflowError:  # the link is down (TransientError) or the server's answer was unusable
                failures += 1
                delay = retry.SYNC_CYCLE.delay(failures)
            except Exception:  # noqa: BLE001 - the thread must survive a bug in one cycle
                log.exception("sync cycle failed")
                self.board.set_state(SyncState.NEEDS_ATTENTION)
                failures += 1
                delay = retry.SYNC_CYCLE.delay(failures)
            if self._stop.is_set():
                return
            if delay is None:
                self._idle()
            else:
                self._wake.wait(delay)
            self._wake.clear()

    def _idle(self) -> None:
        """Long-poll the feed until something arrives or a local change wakes us."""
        if self._wake.is_set():
            return
        try:
            client = self.connection.client(self.connection.token())
        except DocflowError:
            self._wake.wait(retry.WAIT_UNCONFIGURED)
            return
        try:
            with self._lock:
                report = SyncReport()
                try:
                    pull(self.connection, client, report, wait=IDLE_WAIT, initiator=self, board=self.board)
                    self._downloader.download_all(report)
                finally:
                    self.connection.close_workers()
                self.board.settle()
            self._announce(report)
        except TransientError as exc:
            self._failed(exc, SyncState.OFFLINE)
        except DocflowError as exc:
            self._failed(exc, SyncState.NEEDS_ATTENTION)
        finally:
            client.close()
