"""Wakes long-polling change-feed requests when a commit added changes to their institution's feed.

A commit in this process wakes this process's waiters at once (``ChangeNotifier.notify``). With
several server processes over one PostgreSQL, the other processes learn of it through
``LISTEN``/``NOTIFY`` (``PgNotifyBridge``): the payload is the institution id, so only that
institution's long-polls wake, not every desk in the country.

Why the ``NOTIFY`` is sent *after* the commit, from a thread of its own, and not inside the write
transaction: PostgreSQL serialises the commits of all transactions that sent a ``NOTIFY`` (a
database-wide lock held until the commit record is flushed). Inside the write transaction that
would put the global write lock this server just got rid of back in place, across every fsync. The
sender thread instead batches the institution ids of many commits into one short transaction with
``synchronous_commit = off`` (a wake-up needs no durability). A wake-up lost (a connection drop, a
process killed between commit and notify) only delays: every waiter re-checks the database every
``recheck_seconds`` regardless, and a listener that reconnects wakes everyone once.
"""
from __future__ import annotations

import asyncio
import logging
import queue
import threading
from typing import Callable, Iterable, Optional

from circulation_server.db import TOKENS_CHANNEL

log = logging.getLogger("circulation_server")

CHANNEL = "docflow_changes"
#: Payload meaning "every institution" (after a listener reconnects, something may have been missed).
EVERYONE = "*"
#: How often a waiting long-poll re-reads the database even without a wake-up.
RECHECK_SECONDS = 15.0


class ChangeNotifier:
    """Per-institution wake-ups for long-polls. ``notify`` may be called from any thread;
    waiters live on the server's event loop."""

    def __init__(self, recheck_seconds: float = RECHECK_SECONDS) -> None:
        self.recheck_seconds = recheck_seconds
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._events: dict[str, asyncio.Event] = {}
        self.bridge: Optional["PgNotifyBridge"] = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._events = {}

    def current(self, institution_id: str) -> asyncio.Event:
        """The event the next change of ``institution_id``'s feed sets (get it *before* reading)."""
        if self._loop is None:
            self.bind(asyncio.get_running_loop())
        event = self._events.get(institution_id)
        if event is None:
            event = self._events[institution_id] = asyncio.Event()
        return event

    def _fire(self, institutions: set[str]) -> None:
        names = list(self._events) if EVERYONE in institutions else institutions
        for name in names:
            event = self._events.pop(name, None)
            if event is not None:
                event.set()

    def wake(self, institutions: Iterable[str]) -> None:
        """Wake this process's waiters of ``institutions`` (thread-safe)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._fire, set(institutions))

    def notify(self, institutions: set[str]) -> None:
        """A commit appended to these feeds: wake the waiters here and in every other process."""
        self.wake(institutions)
        if self.bridge is not None:
            self.bridge.publish(institutions)


class PgNotifyBridge:
    """``LISTEN``/``NOTIFY`` between the server processes sharing one PostgreSQL database.

    Two daemon threads with a connection each: the sender batches institution ids and sends them
    after the commits that produced them; the listener hands other processes' notifications to
    ``on_remote`` (its own are recognised by the sender's backend pid and skipped). The listener
    also hears revocations of bearer tokens (``db.TOKENS_CHANNEL``, sent by the revoking
    transaction itself) and calls ``on_tokens``; also after it (re)connects, as one may have been
    missed meanwhile.
    """

    def __init__(self, conninfo: str, on_remote: Callable[[set[str]], None],
                 on_tokens: Optional[Callable[[], None]] = None):
        self.conninfo = conninfo
        self.on_remote = on_remote
        self.on_tokens = on_tokens or (lambda: None)
        self._queue: "queue.SimpleQueue[Optional[frozenset]]" = queue.SimpleQueue()
        self._stop = threading.Event()
        self._sender_pid: Optional[int] = None
        self._threads = [threading.Thread(target=self._send_loop, name="docflow-notify-send", daemon=True),
                         threading.Thread(target=self._listen_loop, name="docflow-notify-listen", daemon=True)]
        self.listening = threading.Event()

    @classmethod
    def for_engine(cls, engine, on_remote: Callable[[set[str]], None],
                   on_tokens: Optional[Callable[[], None]] = None) -> "PgNotifyBridge":
        url = engine.url.set(drivername="postgresql")
        return cls(url.render_as_string(hide_password=False), on_remote, on_tokens)

    def start(self) -> None:
        for t in self._threads:
            t.start()

    def stop(self) -> None:
        self._stop.set()
        self._queue.put(None)
        for t in self._threads:
            t.join(timeout=5)

    def publish(self, institutions: Iterable[str]) -> None:
        self._queue.put(frozenset(institutions))

    def _connect(self):
        import psycopg

        return psycopg.connect(self.conninfo, autocommit=True, connect_timeout=10)

    def _send_loop(self) -> None:
        import psycopg

        conn = None
        while True:
            item = self._queue.get()
            if item is None:
                break
            pending = set(item)
            while True:  # everything that queued up meanwhile goes in the same transaction
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._stop.set()
                    break
                pending |= more
            try:
                if conn is None or conn.closed:
                    conn = self._connect()
                    conn.execute("SET synchronous_commit = off")
                    self._sender_pid = conn.info.backend_pid
                conn.execute("SELECT pg_notify(%s, name) FROM unnest(%s::text[]) AS name",
                             (CHANNEL, sorted(pending)))
            except psycopg.Error as exc:
                log.warning("could not send change notifications (%s); other processes' long-polls re-check "
                            "within %.0f s", type(exc).__name__, RECHECK_SECONDS)
                if conn is not None:
                    conn.close()
                conn = None
            if self._stop.is_set():
                break
        if conn is not None:
            conn.close()

    def _listen_loop(self) -> None:
        import psycopg

        backoff = 0.5
        while not self._stop.is_set():
            conn = None
            try:
                conn = self._connect()
                conn.execute(f"LISTEN {CHANNEL}")
                conn.execute(f"LISTEN {TOKENS_CHANNEL}")
                self.listening.set()
                backoff = 0.5
                self.on_remote({EVERYONE})  # anything sent while not listening is unknown: re-check all
                self.on_tokens()
                while not self._stop.is_set():
                    for note in conn.notifies(timeout=1.0):  # returns every second to look at _stop
                        if note.channel == TOKENS_CHANNEL:
                            self.on_tokens()
                        elif note.pid != self._sender_pid:
                            self.on_remote({note.payload})
            except psycopg.Error as exc:
                self.listening.clear()
                if self._stop.is_set():
                    break
                log.warning("change-notification listener lost its connection (%s); reconnecting",
                            type(exc).__name__)
                self._stop.wait(backoff)
                backoff = min(10.0, backoff * 2)
            finally:
                if conn is not None:
                    conn.close()
