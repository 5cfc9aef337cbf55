"""Wakes long-polling change-feed requests when a commit added changes to their institution's feed.

A commit in this process wakes this process's waiters at once (``ChangeNotifier.notify``). With
several server processes over one PostgreSQL, the other processes learn of it through
``LISTEN``/``NOTIFY`` (``PgNotifyBridge``): the payload is the institution id, so only that
institution's long-polls wake, not every desk in the country.

A wake-up names the workstation whose push made the change when there is one (``writer``): that
desk's own long-poll is not woken for it -- the desk has just pushed the change and reads it with
its cycle's pull anyway, and a long-poll answered with nothing but the desk's own echo is a wasted
round trip (one of five desks per burst). The other desks of the institution wake as before. A
long-poll that only its own desk's changes went by keeps waiting without a read; it reads at its
re-check, at its end, or when any other change of the institution wakes it, and its answer then
carries the desk's own changes too (the feed is unchanged, only the wake-up is spared). The
``NOTIFY`` payload is ``institution`` or ``institution<LF>workstation``.

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

from circulation_server import feed_tail
from circulation_server.db import TOKENS_CHANNEL
from circulation_server.feed_tail import Chunk, FeedTails

log = logging.getLogger("circulation_server")

CHANNEL = "docflow_changes"
#: Payload meaning "every institution" (after a listener reconnects, something may have been missed).
EVERYONE = "*"
#: How often a waiting long-poll re-reads the database even without a wake-up.
RECHECK_SECONDS = 15.0
#: Between an institution and the writing workstation in a ``NOTIFY`` payload.
_SEP = "\n"


def payload(institution: str, writer: Optional[str], chunk: Optional[Chunk] = None) -> str:
    """The ``NOTIFY`` payload of a change of ``institution``'s feed made by ``writer`` (or None),
    with the changes it appended (``chunk``, feed_tail.py) when known."""
    if chunk is not None:
        return f"{institution}{_SEP}{writer or ''}{_SEP}{feed_tail.to_text(chunk)}"
    return institution if writer is None else f"{institution}{_SEP}{writer}"


def parse_payload(text: str) -> tuple[str, Optional[str], Optional[Chunk]]:
    """(institution, writer, chunk) of a ``NOTIFY`` payload; writer None when it names none,
    chunk None when it carries no changes."""
    parts = text.split(_SEP, 2)
    chunk = feed_tail.from_text(parts[2]) if len(parts) > 2 else None
    return parts[0], (parts[1] if len(parts) > 1 else None) or None, chunk


def _by_prev(change: tuple) -> int:
    """Commits heard together are applied in the order they were made (their chunks' ``prev``)."""
    return change[2].prev if len(change) > 2 and change[2] is not None else -1


class Wake(asyncio.Event):
    """An institution's wake-up event; ``writers``: the workstations whose changes set it (None
    stands for a change of no known desk's push, which wakes every long-poll)."""

    def __init__(self) -> None:
        super().__init__()
        self.writers: set = set()
        self.fired_at: Optional[float] = None  # the event loop's time when the first change set it

    def only_by(self, workstation: Optional[str]) -> bool:
        """Whether every change that set it was pushed by ``workstation`` itself."""
        return workstation is not None and self.writers == {workstation}


class ChangeNotifier:
    """Per-institution wake-ups for long-polls. ``notify`` may be called from any thread;
    waiters live on the server's event loop."""

    def __init__(self, recheck_seconds: float = RECHECK_SECONDS) -> None:
        self.recheck_seconds = recheck_seconds
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._events: dict[str, Wake] = {}
        self.bridge: Optional["PgNotifyBridge"] = None
        #: The newest changes of the feeds, as commits announced them (feed_tail.py).
        self.tails = FeedTails()

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._events = {}
        self.tails = FeedTails()

    def current(self, institution_id: str) -> Wake:
        """The event the next change of ``institution_id``'s feed sets (get it *before* reading).

        An event stays current until it is set and asked for again: changes that come while it
        is set (before its waiters ran) add their writers to it, so a waiter that finds only its
        own desk's change can tell, and nothing that came meanwhile is missed."""
        if self._loop is None:
            self.bind(asyncio.get_running_loop())
        event = self._events.get(institution_id)
        if event is None or event.is_set():
            event = self._events[institution_id] = Wake()
        return event

    def _fire(self, changes: set[tuple]) -> None:
        """``changes``: (institution, writer[, chunk]) of commits, in any order."""
        for institution, writer, *chunk in sorted(changes, key=_by_prev):
            if institution == EVERYONE:
                self.tails.forget()
            else:
                self.tails.heard(institution, chunk[0] if chunk else None)
            names = list(self._events) if institution == EVERYONE else (institution,)
            for name in names:
                event = self._events.get(name)
                if event is not None:
                    event.writers.add(writer)
                    if event.fired_at is None:
                        event.fired_at = self._loop.time() if self._loop is not None else None
                    event.set()

    def wake(self, institutions: Iterable[str], writer: Optional[str] = None,
             chunks: Optional[dict] = None) -> None:
        """Wake this process's waiters of ``institutions`` (thread-safe); ``writer``: the
        workstation whose push made the change (its own long-poll is not woken), if any;
        ``chunks``: {institution: the changes appended (feed_tail.Chunk)} where known."""
        chunks = chunks or {}
        self.wake_all({(name, writer, chunks.get(name)) for name in institutions})

    def wake_all(self, changes: Iterable[tuple]) -> None:
        """``wake`` for several (institution, writer[, chunk]) at once."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._fire, set(changes))

    def notify(self, institutions: set[str], writer: Optional[str] = None, tails: Optional[dict] = None) -> None:
        """A commit appended to these feeds: wake the waiters here and in every other process.
        ``tails``: {institution: (prev, rows)} of the changes it appended, where known (db.py)."""
        chunks = {}
        for name, (prev, rows) in (tails or {}).items():
            data = feed_tail.encode([list(row) for row in rows])
            if data is not None:
                chunks[name] = Chunk(prev, rows[-1][0], data)
        self.wake(institutions, writer, chunks)
        if self.bridge is not None:
            self.bridge.publish(institutions, writer, chunks)


class PgNotifyBridge:
    """``LISTEN``/``NOTIFY`` between the server processes sharing one PostgreSQL database.

    Two daemon threads with a connection each: the sender batches the payloads and sends them
    after the commits that produced them; the listener hands other processes' notifications to
    ``on_remote`` as (institution, writer, chunk) (its own are recognised by the sender's backend
    pid and skipped). The listener also hears revocations of bearer tokens (``db.TOKENS_CHANNEL``,
    sent by the revoking transaction itself) and calls ``on_tokens``; also after it (re)connects,
    as one may have been missed meanwhile.
    """

    def __init__(self, conninfo: str, on_remote: Callable[[set[tuple]], None],
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
    def for_engine(cls, engine, on_remote: Callable[[set[tuple]], None],
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

    def publish(self, institutions: Iterable[str], writer: Optional[str] = None,
                chunks: Optional[dict] = None) -> None:
        chunks = chunks or {}
        self._queue.put(frozenset(payload(name, writer, chunks.get(name)) for name in institutions))

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
            pending = dict.fromkeys(item)  # in the commits' order (feed_tail.py: a tail grows in order)
            while True:  # everything that queued up meanwhile goes in the same transaction
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._stop.set()
                    break
                pending.update(dict.fromkeys(more))
            try:
                if conn is None or conn.closed:
                    conn = self._connect()
                    conn.execute("SET synchronous_commit = off")
                    self._sender_pid = conn.info.backend_pid
                conn.execute("SELECT pg_notify(%s, name) FROM unnest(%s::text[]) AS name",
                             (CHANNEL, list(pending)))
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
                self.on_remote({(EVERYONE, None)})  # anything sent while not listening is unknown: re-check all
                self.on_tokens()
                while not self._stop.is_set():
                    for note in conn.notifies(timeout=1.0):  # returns every second to look at _stop
                        if note.channel == TOKENS_CHANNEL:
                            self.on_tokens()
                        elif note.pid != self._sender_pid:
                            self.on_remote({parse_payload(note.payload)})
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
