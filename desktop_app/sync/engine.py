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

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from desktop_app import retry
from desktop_app.db.models import utcnow
from desktop_app.errors import AuthError, DocflowError, SyncError, TransientError
from desktop_app.events import DOCUMENT, SYNC, Change
from desktop_app.i18n import translate
from desktop_app.messages import describe_error
from desktop_app.services.types import ConflictInfo, SyncReport, SyncState, SyncStatus, WaitingItem
from desktop_app.sync import conflicts, fileplan, numbers, store
from desktop_app.sync.client import ChangesPage, SyncClient
from desktop_app.sync.connection import Connection
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.pull import PAGE, FeedAhead, pull, together
from desktop_app.sync.push import Pusher
from desktop_app.sync.status import StatusBoard, waiting
from desktop_app.sync.downloads import Downloader
from desktop_app.sync.tls import abort_requests
from desktop_app.sync.transfers import Uploader
from desktop_app.worker import BackgroundWorker

log = logging.getLogger(__name__)

#: Seconds of long-poll while idle (one request per IDLE_WAIT).
IDLE_WAIT = 25
#: News the idle long-poll brought are applied and the desk long-polls again; a whole cycle (the
#: file plan, number blocks, a pull) runs for them only if the last one is older than this.
IDLE_CYCLE_SECONDS = 300
#: The staff list, journals and the institution's signing settings are read again by a cycle at least
#: this often (and on the first cycle of each run): the administrator's changes reach logged-in desks.
DIRECTORY_MAX_AGE_S = 3600
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
        self._pusher = Pusher(self.connection, self._uploader, self.board)
        self._local = threading.Event()   # set with _wake by what needs a whole cycle (not the poll's answer)
        self._last_cycle = 0.0            # time.monotonic() when the last whole cycle began

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

    @property
    def test_server(self) -> bool:
        """True for a plain-http test server on this computer: the window marks it as such."""
        return self.connection.test_server

    def configure(self, server_url: str, workstation_id: str, *, ca_bundle: str = "", pinned_sha256: str = "") -> None:
        """Save the server address, this desk's workstation id and the TLS settings (no secrets)."""
        self.connection.configure(server_url, workstation_id, ca_bundle=ca_bundle, pinned_sha256=pinned_sha256)

    def login(self, username: str, password: str) -> dict:
        """Log in; the token goes to the OS keyring, the staff list and directory are refreshed."""
        result = self.connection.login(username, password)
        self.board.set_error("")
        return {"user": result.user, "institution": result.institution, "expires_at": result.expires_at,
                "session_only": self.connection.token_session_only}

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
        self.trigger()  # "mine" or a merge queued an op: it goes now, not after the idle long-poll

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
            store.mark_success(self.ctx.db)
            self.board.set_error("")
            self.board.settle()
        self._announce(report)
        return report

    def request_sync(self) -> None:
        """*Sync now*: returns at once. The engine's thread runs a cycle now -- an idle long-poll
        is cancelled for it, a backoff wait cut short (a ``Retry-After`` the server asked for is
        still honoured); the thread is started if it is not running. What happens shows in the
        state (:meth:`status`), never as a wait here."""
        self.start()
        self.trigger()

    def _cycle(self, report: SyncReport) -> None:
        self.board.begin_cycle()
        client = self.connection.client(self.connection.token())
        feed: FeedAhead | None = None
        try:
            # At each start and then hourly: what the administrator changed on the server (a new
            # colleague, a journal, the trust roots or timestamp service) reaches a desk that stays logged in.
            if not self.connection.journals() or self.connection.directory_stale(DIRECTORY_MAX_AGE_S):
                self.connection.refresh_directory(client)
            report.blocks_leased = numbers.lease_blocks(self.connection, client)
            if self.ctx.setup.carry_over_needed():  # work from before the first login waits for its owner's name
                raise SyncError(translate("Sync", "Work done before the first login waits: say which server account it "
                                                  "belongs to (Tools ▸ First-run setup)."), code="carry_over_needed")
            # the transfer connection (files go pipelined on it) is opened while the file plan, the ops and the feed go
            self.connection.warm(min(1, self._pusher.files_waiting() + self._downloader.waiting()))
            # Cases changed here go up before the ops (registrations name their cases); with none,
            # the plan is asked after them -- on the files' connection with the feed, if files go.
            plan = None if fileplan.changed_here(self.ctx) else fileplan.PlanAhead(self.connection, client)
            closures = fileplan.sync_file_plan(self.connection, client) if plan is None else 0
            feed = FeedAhead(self.connection, client)  # its first page comes on the files' connection, if they go
            # "sending N of M"; with no file to send, the push brings the feed's first page back (feed.carried)
            self._pusher.push(client, report, last=lambda submit: _ahead(submit, plan, feed), feed=feed)
            if plan is not None and plan.pending and feed.pending:  # no file went up (or a cut lost them):
                # both here, one round trip; the page's lead file right behind them (its bytes follow the page's)
                feed.hold_lead(together(client, lambda submit: _ahead(submit, plan, feed), lead=feed.lead_request))
            if closures or plan is not None:  # closures: cases closed here after letters were filed to them
                fileplan.sync_file_plan(self.connection, client, plan)
            self._pull_and_download(client, report, feed.first(), feed)  # "receiving" when news arrive
            numbers.lease_blocks(self.connection, client)
        finally:
            if feed is not None:
                feed.drop_lead(settle=False)  # a lead file's connection held when the cycle failed before the pull
            client.close()
            self.connection.close_workers()

    def _pull_and_download(self, client: SyncClient, report: SyncReport, first: tuple[int, ChangesPage] | None,
                           feed: FeedAhead | None = None) -> None:
        """Apply the feed from its ``first`` page on and bring down the files it names: they start
        coming while each page is applied (``Downloader.ahead``; the lead file of the page ``feed``
        asked is on its way already, ``FeedAhead.take_lead``); a failure stops them."""
        lead = feed.take_lead if feed is not None else (lambda page: None)
        try:
            pull(self.connection, client, report, initiator=self, board=self.board, first=first,
                 after_page=self._warm_for_downloads,
                 on_page=lambda page: self._downloader.ahead(page, client, lead(page)))
            self._downloader.download_all(report)
            if feed is not None:
                feed.drop_lead()  # not taken (no file to come): its answer read, the connection kept
        finally:
            if feed is not None:
                feed.drop_lead(settle=False)
            self._downloader.drop_ahead()

    def _warm_for_downloads(self) -> None:
        """A feed page was applied: if it named files not coming down already, open the download connection now."""
        if not self._downloader.started_ahead and self._downloader.waiting():
            self.connection.warm(1)

    def _failed(self, exc: SyncError, state: SyncState) -> None:
        log.warning("sync: %s (%s)", state.value, exc)  # the library's own words stay in the log
        if state == SyncState.OFFLINE:
            self.board.set_online(False)
        self.board.set_state(state)
        self.board.set_error(describe_error(exc).text)  # what a person reads: one translated sentence

    def _announce(self, report: SyncReport) -> None:
        if report.documents:
            self.ctx.events.publish(Change(frozenset(report.documents), SYNCED, self))

    # --------------------------------------------------------------------- thread
    # start() / stop() / trigger() ("Sync now") come from BackgroundWorker: the thread runs at once,
    # on trigger, on local changes, and when the link returns.
    def _on_event(self, event: Any) -> None:
        if isinstance(event, Change) and event.initiator is not self and SYNC not in event.aspects:
            self._local.set()
            self._wake.set()

    def trigger(self) -> None:
        """Wake the thread for a whole cycle now (or at its next chance)."""
        self._local.set()
        super().trigger()

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            not_before = 0.0
            self._local.clear()   # what asks for a cycle from now on asks for the next one
            self._last_cycle = time.monotonic()
            try:
                self.sync_now()
                failures = 0
                delay = None
            except AuthError:
                delay = retry.WAIT_FOR_LOGIN  # a login (which triggers) or a person's "Sync now" wakes it sooner
            except DocflowError as exc:  # the link is down (TransientError) or the server's answer was unusable
                failures += 1
                delay = retry.SYNC_CYCLE.delay(failures)
                asked = getattr(exc, "retry_after", None)
                if asked:  # the server said how long (429/503 Retry-After): not one request before that
                    delay = max(delay, float(asked))
                    not_before = time.monotonic() + float(asked)
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
                self.board.retry_at(utcnow() + dt.timedelta(seconds=delay))
                self._wake.wait(delay)
                while not self._stop.is_set() and time.monotonic() < not_before:
                    self._stop.wait(not_before - time.monotonic())  # "Sync now" does not cut the server's wait short
                self.board.retry_at(None)
            self._wake.clear()

    def _idle(self) -> None:
        """Long-poll the feed, apply what it brings and long-poll again, until a local change,
        *Sync now* or stop() ends the wait -- at once: the poll runs on a helper thread and is
        cancelled (nothing it got is applied; its request is cut and its thread ends before the
        engine goes on, so that however often a cycle is asked for, at most one poll lives).

        News applied do not call for a whole cycle: its pull would read the page just read
        again, and every desk of the institution is woken by each change (two requests per desk
        per change saved). A whole cycle runs after them only every ``IDLE_CYCLE_SECONDS`` (the
        file plan, which the feed does not carry), or when the poll failed."""
        while self._idle_once():
            if self._stop.is_set() or self._local.is_set() \
                    or time.monotonic() - self._last_cycle >= IDLE_CYCLE_SECONDS:
                return

    def _idle_once(self) -> bool:
        """One idle long-poll; True when its news were applied (the engine may long-poll again)."""
        if self._wake.is_set():
            return False
        try:
            client = self.connection.client(self.connection.token())
        except DocflowError:
            self._wake.wait(retry.WAIT_UNCONFIGURED)
            return False
        poll = _LongPoll(client, store.cursor(self.ctx.db), self._wake, store.own_echo(self.ctx.db))
        self._wake.wait()
        if not poll.finish():
            return False  # woken for a cycle: the poll is cancelled
        self._wake.clear()  # the poll's answer; a local change sets _local before it sets _wake again
        try:
            with self._lock:
                report = SyncReport()
                try:
                    self._pull_and_download(client, report, poll.result())
                finally:
                    self.connection.close_workers()
                    self.board.clear_progress()
                self.board.settle()
            store.mark_success(self.ctx.db)  # the server answered
            self._announce(report)
            return True
        except TransientError as exc:
            self._failed(exc, SyncState.OFFLINE)
        except DocflowError as exc:
            self._failed(exc, SyncState.NEEDS_ATTENTION)
        finally:
            client.close()
        return False


def _ahead(submit, plan: fileplan.PlanAhead | None, feed: FeedAhead) -> None:  # noqa: ANN001 - pipeline.Calls.submit
    """The cycle's end on the files' connection: the file plan (when it was not synced before the ops) and the feed."""
    if plan is not None:
        plan.ask(submit)
    feed.ask(submit)


class _LongPoll:
    """One idle long-poll of the changes feed on a helper thread; sets ``wake`` when its answer (or
    failure) is in, unless it was cancelled first. A broken connection is polled again once, at
    once (the long-poll is kept through a cut of the link)."""

    #: Seconds the engine waits for a cancelled poll's thread to end (it ends within milliseconds
    #: once its connection is cut; one still connecting is cut again after half of it).
    CANCEL_WAIT = 2.0

    def __init__(self, client: SyncClient, cursor: int, wake: threading.Event,
                 own: tuple[int, int] | None = None):
        # ``own``: the desk's own-echo window (``store.own_echo``), as a cycle's pull sends it: the
        # echo of its own pushes is left out when another desk's change wakes the poll
        self._client, self._cursor, self._wake, self._own = client, cursor, wake, own
        self._lock = threading.Lock()
        self._done = self._abandoned = False
        self._page: ChangesPage | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="docflow-sync-poll", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        for again in (True, False):
            try:
                self._page = self._client.changes(self._cursor, limit=PAGE, wait=IDLE_WAIT, own=self._own)
                self._error = None
                break
            except TransientError as exc:
                # A cut of a thin link breaks the idle poll: poll again at once (one reconnection)
                # rather than showing the desk offline and backing off; a server that is really
                # gone refuses the second try too, and the engine hears of it as before.
                self._error = exc
                with self._lock:
                    if self._abandoned or not again or exc.status is not None:  # an answer (503 ...): no
                        break
                log.info("sync: the idle long-poll broke (%s); polling again", exc)
            except BaseException as exc:  # noqa: BLE001 - handed to the engine's thread, which decides
                self._error = exc
                break
        with self._lock:
            self._done = True
            abandoned = self._abandoned
        if abandoned:
            self._client.close()
        else:
            self._wake.set()

    def finish(self) -> bool:
        """True if the answer is in (use :meth:`result`); False: the poll is cancelled now -- its
        request is cut (the server's 25 s wait is not lived out on a thread holding a connection)
        and its thread has ended, or is given up on after :data:`CANCEL_WAIT` s (logged)."""
        with self._lock:
            if self._done:
                return True
            self._abandoned = True
        for _ in range(2):  # a connection still connecting has no socket to cut yet: once more after it
            abort_requests(self._client.http)
            self._thread.join(self.CANCEL_WAIT / 2)
            if not self._thread.is_alive():
                return False
        log.warning("sync: a cancelled idle long-poll did not end within %.0f s", self.CANCEL_WAIT)
        return False

    def result(self) -> tuple[int, ChangesPage]:
        """(the cursor asked from, the first page); raises what the poll raised."""
        if self._error is not None:
            raise self._error
        return self._cursor, self._page
