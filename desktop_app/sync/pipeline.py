"""HTTP/1.1 pipelining on one connection: the next request goes out while the answer to the one
before is still on its way (issue 20).

On a 2G link every request that waits for the answer before it leaves costs a round trip of idle
link (0.4 s = 5 KB at 100 kbit/s). Two transfer streams hid those round trips, but a cut of the
link ends every open connection: each stream then pays a TLS reconnection, its request head again
and the half record the cut broke. One pipelined connection hides the round trips and pays the
cut once. The reference server (uvicorn's httptools protocol) answers pipelined requests in
order (it queues them); so does any HTTP/1.1 server.

:class:`Pipe` writes whole requests on the socket and reads the answers in order, each parsed by
its own ``h11`` connection (h11 itself does not pipeline; one exchange each does). The socket is
taken from the client's ``requests`` pool -- urllib3 opened it, with the client's TLS settings,
session resumption, CA and pinned certificate -- so nothing about trust is done twice.
:func:`run` drives jobs (one per file) on a pipe: a job has one request at a time; up to
``depth`` requests with a body are on their way (one while a probe is), requests without one (a
probe after a cut) go along with them. A cut fails every request on its way; their jobs learn
what the server kept from the next answer (one behind a cut file body: as never sent,
``BODY_AHEAD``), and the pipe reconnects at once (``retry.TRANSFER_RESUME``).

:class:`Calls` lets another thread put requests of its own on a running pipe -- the metadata push
at the start of the uploads, the ops each file unlocks (as its last bytes go, :class:`Sent`): each
goes ahead of the next file's request on the same connection, so it opens no connection of its own
(after a cut, one more TLS handshake) and waits for no file: one made while the pipe waits for an
answer is written at once (the pipe's thread waits on a wake-up pipe too). ``submit`` puts one on
its way without waiting for its answer (the feed page of the cycle's end, behind the last push).

Over 500 lines on purpose: the pipe, the runner that drives the files' jobs on it and the calls
other threads put on it share one socket and one order of answers; apart, each would have to
reach into the others' state.
"""
from __future__ import annotations

import collections
import io
import logging
import os
import selectors
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any, Protocol

import h11
import requests
import urllib3
from requests.structures import CaseInsensitiveDict
from urllib3.util import SKIP_HEADER

from desktop_app import retry
from desktop_app.errors import TransientError
from desktop_app.i18n import translate
from desktop_app.sync.file_transfer import SLOWEST_BYTES_PER_S
from desktop_app.sync.http import Pieces, short

log = logging.getLogger(__name__)

#: Most bytes of an answer's body read (tus answers have none; an error's JSON is small).
MAX_ANSWER = 256 * 1024
#: A job cut behind an unanswered body this large is told ``unreached()`` if it can (the cut came inside it).
BODY_AHEAD = 16 * 1024


class Pipe:
    """One connection of ``client`` (a :class:`~desktop_app.sync.client.SyncClient`) with its
    requests pipelined: :meth:`send` writes a whole request, :meth:`read` returns the answer of
    the oldest request not answered yet (a ``requests.Response`` with its body read). A broken
    connection raises TransientError and forgets the requests on their way; the next
    :meth:`send` connects again."""

    def __init__(self, client: Any):
        self.client = client
        self.sock: Any = None
        self._waiting: collections.deque[tuple[h11.Connection, str, int]] = collections.deque()
        self._rest = b""        # bytes received after the answers read so far
        self._closing = False   # the server said it closes after the answer read last
        self._host = urllib3.util.parse_url(client.base_url).netloc
        self._at: int | None = None  # where this connection's next body starts: bytes after the last cut
        self.limit = MAX_ANSWER  # most bytes of an answer's body (a feed page may be more: see pull.together)
        self.carried = 0  # answer body bytes handed to a job's sink (a download's file): what the link moved

    @property
    def waiting(self) -> int:
        """Requests sent and not answered yet."""
        return len(self._waiting)

    def _open(self) -> None:
        warmed = self.client.take_warmed()  # the connection the engine warmed, if it did
        if warmed is not None:
            if self._usable(warmed):
                self.sock, self._closing, self._rest = warmed, False, b""
                return
            warmed.close()
        url = self.client.base_url + "/"
        try:
            pool = self.client.http.get_adapter(url).get_connection_with_tls_context(
                requests.Request("GET", url).prepare(), self.client._verify)
            conn = pool._get_conn()
            try:
                if conn.sock is None or urllib3.util.wait_for_read(conn.sock, timeout=0):  # none, or dropped while idle
                    conn.close()
                    conn.connect()
                self.sock, conn.sock = conn.sock, None
            except BaseException:
                # A handshake that failed (the link cut mid-way) leaves the connection holding its
                # TCP socket, detached by the TLS wrap (fd -1): put back so, urllib3's pool would
                # raise ValueError on the next take instead of connecting again (as urllib3 does).
                conn.close()
                raise
            finally:
                pool._put_conn(conn)
        except (OSError, ssl.SSLError, urllib3.exceptions.HTTPError) as exc:
            raise self.client.connection_failure(exc) from None
        self._closing, self._rest = False, b""

    def _position(self) -> int:
        """Bytes after the last cut at which this connection's next body starts (a new connection:
        the file bytes moved since the cut, 0 right after one)."""
        if self._at is None:
            meter = getattr(self.client, "meter", None)
            self._at = meter.since_cut if meter is not None else 0
        return self._at

    def answer_at(self, expect: int) -> int:
        """Where the body of the answer to the request about to be sent starts (bytes after the last
        cut), its ``expect`` bytes counted as on their way: a download asks for its records by it."""
        at = self._position()
        self._at = at + expect
        return at

    def _usable(self, sock: Any) -> bool:
        """The connection warmed for the pipe (``SyncClient.warm(wait_tickets=0)``) can carry
        requests: nothing is readable on it, or only TLS handshake messages -- the session tickets
        a TLS 1.3 server sends a round trip after the handshake, which the warm did not wait for.
        Not an end of file, nor bytes the server sent unasked."""
        if not urllib3.util.wait_for_read(sock, timeout=0):
            return True
        if not isinstance(sock, ssl.SSLSocket):
            return False
        try:
            self.client._read_tickets(sock, 0)  # the tickets it holds are read (none is waited for)
        except (ConnectionError, OSError, ssl.SSLError, ValueError):
            return False
        self.client._tls.keep(sock)
        return True

    def send(self, method: str, target: str, headers: dict[str, str], body: bytes = b"",
             record: int | Callable[[int], int] = 16384, cap: Any = None) -> None:
        """Write a request (``body`` in ``record``-byte TLS records, paced by the bandwidth ``cap``).
        ``record`` may be a function of the bytes sent since the last cut (``LinkMeter.record_at``)."""
        if self._closing and not self._waiting:
            self.close()
        if self.sock is None:
            self._open()
        elif self._closing:
            raise TransientError(translate("Sync", "The server closed the connection."))
        exchange = h11.Connection(h11.CLIENT)
        lines = [("Host", self._host)] + [(k, v) for k, v in self.client._headers(headers).items() if v != SKIP_HEADER]
        try:
            self.sock.settimeout(self.client.timeout[1] + len(body) / SLOWEST_BYTES_PER_S)
            head = exchange.send(h11.Request(method=method, target=target, headers=lines))
            at = self._position()
            for piece in Pieces(body, (lambda i: record(at + i)) if callable(record) else record, cap):
                self.sock.sendall(head + exchange.send(h11.Data(data=piece)))  # the head rides in the first
                head = b""                                                        # record: 22 bytes less a request
            if head:
                self.sock.sendall(head)
            self._at = at + len(body)
            exchange.send(h11.EndOfMessage())
        except (OSError, ssl.SSLError) as exc:
            self.close()
            raise TransientError(translate("Sync", "No connection to the server ({reason}).").format(
                reason=short(str(exc)))) from None
        self._waiting.append((exchange, method, len(body)))
        self.client.requests_made += 1

    def read(self, on_head: Callable[[requests.Response], Callable[[bytes], None] | None] | None = None
             ) -> requests.Response:
        """The answer to the oldest request on its way. ``on_head(r)`` is called once its status
        and headers are in and may return where its body goes (a download's file), piece by piece
        as it arrives; else the body is read into the answer."""
        exchange, method, _ = self._waiting[0]
        r, sink, body = None, None, bytearray()
        try:
            # the answer comes once every body before it has crossed the link
            self.sock.settimeout(self.client.timeout[1] + sum(w[2] for w in self._waiting) / SLOWEST_BYTES_PER_S)
            while True:
                event = exchange.next_event()
                if event is h11.NEED_DATA:
                    data, self._rest = (self._rest, b"") if self._rest else (self.sock.recv(65536), b"")
                    exchange.receive_data(data)  # b"": the server closed
                elif isinstance(event, h11.Response):
                    r = self._answer(method, event)
                    sink = on_head(r) if on_head is not None else None
                elif isinstance(event, h11.Data):
                    if sink is not None:
                        sink(event.data)
                        self.carried += len(event.data)
                        continue
                    body += event.data
                    if len(body) > self.limit:
                        raise h11.RemoteProtocolError("answer too large")
                elif isinstance(event, h11.EndOfMessage):
                    break
                else:  # ConnectionClosed (or an informational answer we never ask for)
                    raise ConnectionError("the connection ended before the answer")
        except (OSError, ssl.SSLError, h11.ProtocolError) as exc:
            self.close()
            raise TransientError(translate("Sync", "The connection broke while reading the answer ({reason}).").format(
                reason=short(str(exc)))) from None
        self._waiting.popleft()
        self._rest, closed = exchange.trailing_data
        self._closing = closed or exchange.their_state is h11.MUST_CLOSE or exchange.our_state is h11.MUST_CLOSE
        if r.headers.get("Content-Encoding", "").lower() == "gzip" and sink is None:
            body = _gunzip(body, self.limit)
            del r.headers["Content-Encoding"]
            r.headers.pop("Content-Length", None)
        r.raw = io.BytesIO(bytes(body))
        return r

    def ready(self, wake: int) -> bool:
        """Wait until the next answer can be read (True) or file descriptor ``wake`` is readable
        first (False: another thread has a request for the pipe). TransientError when neither
        comes within the time :meth:`read` would wait."""
        if self._rest or (isinstance(self.sock, ssl.SSLSocket) and self.sock.pending()):
            return True  # bytes of the answer are already here
        limit = self.client.timeout[1] + sum(w[2] for w in self._waiting) / SLOWEST_BYTES_PER_S
        try:
            with selectors.DefaultSelector() as waiting:  # not select(): a descriptor may be above 1023
                waiting.register(self.sock, selectors.EVENT_READ, True)
                waiting.register(wake, selectors.EVENT_READ, False)
                readable = [key.data for key, _ in waiting.select(limit)]
        except (OSError, ValueError) as exc:
            self.close()
            raise TransientError(translate("Sync", "No connection to the server ({reason}).").format(
                reason=short(str(exc)))) from None
        if not readable:
            self.close()
            raise TransientError(translate("Sync", "The server did not answer in time."))
        return True in readable

    def _answer(self, method: str, event: h11.Response) -> requests.Response:
        self.client._tls.keep(self.sock)
        if self.client.on_answer is not None:
            self.client.on_answer()
        r = requests.Response()
        r.status_code = event.status_code
        r.headers = CaseInsensitiveDict({k.decode("latin-1"): v.decode("latin-1") for k, v in event.headers})
        r.request = requests.Request(method, self.client.base_url).prepare()
        r.url = self.client.base_url
        return r

    def give_back(self) -> None:
        """Every answer is read: the connection goes back to the client's pool, where its next
        request (``requests``) takes it, open. Closed instead when an answer is awaited or the
        server said it closes."""
        sock, self.sock = self.sock, None
        if sock is None or self._waiting or self._closing or self._rest:
            self.sock = sock
            self.close()
            return
        url = self.client.base_url + "/"
        try:
            pool = self.client.http.get_adapter(url).get_connection_with_tls_context(
                requests.Request("GET", url).prepare(), self.client._verify)
            conn = pool._get_conn()
        except (OSError, urllib3.exceptions.HTTPError) as exc:
            log.debug("the pipe's connection could not go back to the pool: %s", exc)
            sock.close()
            return
        if conn.sock is None:  # the pool's connection this pipe took it from (or one never connected)
            conn.sock, conn.is_verified = sock, isinstance(sock, ssl.SSLSocket)  # verified as it was made
        else:
            sock.close()
        pool._put_conn(conn)

    def close(self) -> None:
        """End the connection (the requests on their way are lost)."""
        sock, self.sock = self.sock, None
        self._waiting.clear()
        self._rest, self._closing, self._at = b"", False, None
        if sock is not None:
            try:
                sock.close()
            except OSError as exc:
                log.debug("closing a broken connection: %s", exc)


def _gunzip(body: bytes | bytearray, limit: int = MAX_ANSWER) -> bytes:
    """A gzip answer's body (a request that asked for gzip: the op push, a feed page), at most ``limit`` bytes."""
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(bytes(body), limit)
        if d.unconsumed_tail:
            raise zlib.error("answer too large")
        return out + d.flush()
    except zlib.error as exc:
        raise TransientError(translate("Sync", "The connection broke while reading the answer ({reason}).").format(
            reason=short(str(exc)))) from None


class Job(Protocol):
    """One file's transfer as a series of requests, one at a time."""

    done: bool

    def request(self) -> tuple[str, str, dict[str, str], bytes] | None:
        """The next request ``(method, target, headers, body)``; None once done."""

    def answer(self, r: requests.Response) -> None:
        """The answer to the job's request (raises SyncError for one that fails the cycle)."""

    def on_head(self, r: requests.Response) -> Callable[[bytes], None] | None:
        """The answer's status and headers are in: where its body goes as it comes (see
        :meth:`Pipe.read`), or None to have it read into the answer."""

    def broken(self) -> None:
        """The job's request was lost to a broken connection."""


class Call:
    """A request of another thread on the pipe (see :class:`Calls`), its answer (or the break that
    lost it) handed to the thread waiting for it."""

    def __init__(self, method: str, target: str, headers: dict[str, str], body: bytes):
        self._request = (method, target, headers, body)
        self.done = False
        self.answered = threading.Event()
        self.response: requests.Response | None = None
        self.error: BaseException | None = None

    def request(self) -> tuple[str, str, dict[str, str], bytes] | None:
        return None if self.done else self._request

    def result(self) -> requests.Response:
        """Wait for the answer (its body read); raises what lost it."""
        self.answered.wait()
        if self.error is not None:
            raise self.error
        return self.response

    def answer(self, r: requests.Response) -> None:
        self.response, self.done = r, True
        self.answered.set()

    def on_head(self, r: requests.Response) -> None:
        return None

    def broken(self) -> None:
        self.fail(TransientError(translate("Sync", "The server closed the connection.")))

    def fail(self, exc: BaseException) -> None:
        if not self.done:
            self.error, self.done = exc, True
            self.answered.set()


class Calls:
    """Requests another thread puts on a running :func:`run` (see the module's docstring). Each
    goes ahead of the next job's request. :meth:`call` waits for the answer; a cut raises
    TransientError there, as on a connection of the caller's own (the caller decides whether to
    send it again: an op push is sent with the next push). Once the caller said :meth:`end` (no more calls: the run ends after its jobs) or the
    run ended, a call raises TransientError. ``hold``: the run sends nothing before the first call
    or :meth:`start` (the metadata push goes ahead of the first file).

    A call made while the run waits for an answer goes on the wire at once (the run waits on the
    socket and on a wake-up pipe together): an op push does not wait out the file on its way
    before it, only its answer does (answers come in order)."""

    def __init__(self, hold: bool = False) -> None:
        self._cond = threading.Condition()
        self._new: collections.deque[Call] = collections.deque()
        self._ended = False
        self._held = hold
        self._wake: tuple[int, int] | None = None  # the run's wake-up pipe (read end, write end)

    def call(self, method: str, target: str, headers: dict[str, str], body: bytes = b"") -> requests.Response:
        """Send a request on the pipe and return its answer (its body read)."""
        return self.submit(method, target, headers, body).result()

    def submit(self, method: str, target: str, headers: dict[str, str], body: bytes = b"") -> Call:
        """Put a request on the pipe and return at once; its ``result()`` waits for the answer."""
        job = Call(method, target, headers, body)
        with self._cond:
            if self._ended:
                raise TransientError(translate("Sync", "The transfer connection is closed."))
            self._new.append(job)
            self._held = False
            self._cond.notify_all()
            if self._wake is not None:
                os.write(self._wake[1], b"!")
        return job

    def wake_fd(self) -> int:
        """The read end of the pipe :meth:`submit` writes a byte to (made on first use)."""
        with self._cond:
            if self._wake is None:
                self._wake = os.pipe()
                os.set_blocking(self._wake[0], False)
                if self._new:
                    os.write(self._wake[1], b"!")
            return self._wake[0]

    def woken(self) -> None:
        """The run saw the wake-up: its bytes are read (the calls are taken next)."""
        with self._cond:
            if self._wake is not None:
                try:
                    while os.read(self._wake[0], 512):
                        pass
                except BlockingIOError:
                    pass

    def _close_wake(self) -> None:
        with self._cond:
            wake, self._wake = self._wake, None
        if wake is not None:
            os.close(wake[0])
            os.close(wake[1])

    def take(self, wait: bool = False) -> list[Call]:
        """The calls made since the last take; with ``wait``, at least one unless the calls ended."""
        with self._cond:
            while (wait or self._held) and not self._new and not self._ended:
                self._cond.wait()
            new = list(self._new)
            self._new.clear()
            return new

    def start(self) -> None:
        """The run may go on without a first call (see ``hold``)."""
        with self._cond:
            self._held = False
            self._cond.notify_all()

    @property
    def ended(self) -> bool:
        with self._cond:
            return self._ended and not self._new

    def end(self, error: BaseException | None = None) -> None:
        """No more calls; with ``error`` (the run ended) every call not answered yet raises it."""
        with self._cond:
            self._ended, self._held = True, False
            left = list(self._new) if error is not None else []
            if error is not None:
                self._new.clear()
            self._cond.notify_all()
        for job in left:
            job.fail(error)


class Sent:
    """Yielded by :func:`run` with ``sent=True`` once a job's last request is on the socket (a job
    that says so: ``sent_whole``), before its answer: what follows the job on the connection is
    handled by the server after it (answers and requests go in order on one HTTP/1.1 connection)."""

    def __init__(self, job: Job):
        self.job = job


def run(pipe: Pipe, jobs: list[Job], *, depth: int = 2,
        record: Callable[[], int | Callable[[int], int]] = lambda: 16384,
        cap: Any = None, halt: Callable[[], bool] = lambda: False, on_cut: Callable[[], None] = lambda: None,
        sleep: Callable[[float], None] = time.sleep, calls: Calls | None = None,
        sent: bool = False, on_way: Job | None = None) -> Iterator[Job | Sent]:
    """Run ``jobs`` in their order on ``pipe`` (see the module's docstring); yields each job as it is
    done (and, with ``sent``, a :class:`Sent` as its last request goes). With ``calls``, their requests
    go ahead of the next job's, and the run waits for more until ``calls.end()``. A broken connection
    is reconnected at once, then after the resumption backoff; after ``retry.TRANSFER_ATTEMPTS`` breaks
    in a row with no answer between (or once ``halt()``), TransientError goes through. A break after
    which an answer's body had come down in part (a download) counts as a first one, as
    ``retry.retry_in_place`` counts a try that moved the transfer on: on a link cut every few tens
    of KB a long file is many tries, each resumed at once (a backoff there idled the rural link
    0.3-0.8 s at every second cut of a file, and a file cut five times failed the cycle).
    ``on_way``: one of ``jobs`` whose request is already on ``pipe``, unanswered (a feed page's lead file)."""
    todo = collections.deque(j for j in jobs if j is not on_way)
    active: list[Job] = [] if on_way is None else [on_way]
    flying: collections.deque[tuple[Job, int]] = collections.deque([] if on_way is None else [(on_way, 1)])
    fails = 0
    mark = pipe.carried
    ended: BaseException = TransientError(translate("Sync", "The transfer connection is closed."))
    try:
        while todo or active or (calls is not None and not calls.ended):
            try:
                if calls is not None:  # ahead of the jobs' next requests (and of calls sent again after a cut)
                    new = calls.take(wait=not (todo or active or flying))
                    at = sum(1 for j in active if isinstance(j, Call))
                    active[at:at] = new
                while True:
                    busy = {id(j) for j, _ in flying}
                    # a probe unanswered: one body goes, not depth (the probed job's data goes next)
                    probing = any(not n and not isinstance(j, Call) for j, n in flying)
                    full = sum(1 for _, n in flying if n) >= (1 if probing else depth)  # a call goes even then
                    job = next((j for j in active if id(j) not in busy and (not full or isinstance(j, Call))), None)
                    if job is None and todo and not full:
                        job = todo.popleft()
                        active.append(job)
                    if job is None:
                        break
                    req = job.request()
                    if req is None:
                        active.remove(job)
                        if job.done and not isinstance(job, Call):
                            yield job
                        continue
                    method, target, headers, body = req
                    # a call is small: it does not wait for a place among the bodies on their way
                    flying.append((job, 0 if isinstance(job, Call) else len(body) or int(method == "GET")))
                    pipe.send(method, target, headers, body, record(), cap)
                    if sent and getattr(job, "sent_whole", False):
                        yield Sent(job)
                if not flying:
                    continue
                if calls is not None and not calls.ended and not pipe.ready(calls.wake_fd()):
                    calls.woken()  # a call came while the answer is on its way: it goes out now
                    continue
                r = pipe.read(flying[0][0].on_head)
                job, _ = flying.popleft()
                job.answer(r)
                fails = 0  # an answer taken (a 5xx raises TransientError above: it counts as a break)
                if job.done:
                    active.remove(job)
                    if not isinstance(job, Call):
                        yield job
            except TransientError as exc:
                ahead, probes = False, set()  # a file body ahead, cut unanswered: the cut came (most likely) inside it
                for job, n in flying:
                    if isinstance(job, Call):
                        job.fail(exc)
                    elif not (ahead and hasattr(job, "unreached") and job.unreached()):
                        if not ahead or not hasattr(job, "unreached"):
                            job.broken()
                        probes.add(id(job))  # it asks the server what it kept
                    ahead = ahead or n >= BODY_AHEAD
                # the probes first (answered a round trip after the reconnection; while one waits, one
                # body goes), the rest behind them: a break before any answer counts as one more in a row
                active.sort(key=lambda j: id(j) not in probes)
                flying.clear()
                pipe.close()
                on_cut()
                fails = 1 if pipe.carried > mark else fails + 1  # bytes came down since the last break: it moved on
                mark = pipe.carried
                if fails > retry.TRANSFER_ATTEMPTS or halt():
                    ended = exc
                    raise
                sleep(retry.TRANSFER_RESUME.delay(fails))
    finally:
        pipe.close()
        if calls is not None:  # the calls not answered yet (the caller's thread waits for them) fail
            calls.end(ended)
            calls._close_wake()
            for job in active:
                if isinstance(job, Call):
                    job.fail(ended)
