"""A loopback TCP proxy that behaves like a thin, flaky mobile link.

``LinkEmulator`` listens on 127.0.0.1 and forwards every accepted connection to
a target address. Each direction of the link (``up`` = client to server,
``down`` = server to client) is one shared serial line: its bytes are clocked
out at ``rate_bps`` (all connections share it, like one radio bearer) and then
delivered after half the round-trip time. The link can be cut after a random
number of bytes drawn from a seeded generator (``cut_range``): when the running
byte count of the whole link crosses the next cut point, the bytes up to the
point are delivered and every open connection is ended, as happens when
a mobile connection drops. ``set_online(False)`` takes the link down entirely
(open connections are ended and new ones are refused with a reset).

The proxy only shapes and counts bytes; it never looks at them.

Usage::

    with LinkEmulator(("127.0.0.1", 8443), rate_bps=100_000, rtt=0.4,
                      cut_range=(150_000, 250_000), seed=7) as link:
        requests.get(f"https://127.0.0.1:{link.port}/v1/...")
        print(link.stats())
"""
from __future__ import annotations

import multiprocessing
import queue
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass

__all__ = ["ConnectionRecord", "LinkEmulator", "LinkProcess", "LinkStats"]


@dataclass(frozen=True)
class LinkStats:
    """Counters of a link since it started (or since ``reset_stats``)."""

    bytes_up: int
    bytes_down: int
    connections: int
    cuts: int

    @property
    def bytes_total(self) -> int:
        return self.bytes_up + self.bytes_down


@dataclass
class ConnectionRecord:
    """Bytes one connection carried (``LinkEmulator.connection_log()``), for breakdowns:
    ``client_port`` is the client's local port, so a client can match its own sockets."""

    client_port: int
    bytes_up: int = 0
    bytes_down: int = 0
    cut: bool = False  # ended by a cut of the link (or by going offline)
    raw_up: bytearray | None = None    # the bytes themselves, with ``capture=True`` only
    raw_down: bytearray | None = None


class _Line:
    """One direction of the link: a serial line clocked at ``rate_bps``."""

    #: A pause of the line at least this long is kept in ``gaps`` (for benchmark timelines).
    GAP = 0.05

    def __init__(self, rate_bps: float | None, one_way_delay: float):
        self.rate_bps = rate_bps
        self.delay = one_way_delay
        self._free_at = 0.0  # monotonic time at which the line finishes its last byte
        self._lock = threading.Lock()
        self.busy = 0.0  # seconds of line time used since the start (or ``reset``)
        self.gaps: list[tuple[float, float]] = []  # (monotonic start, seconds) of the line's pauses

    def reset(self) -> None:
        with self._lock:
            self.busy, self.gaps = 0.0, []

    def chunk_size(self) -> int:
        if not self.rate_bps:
            return 65536
        # ~20 ms of line time per chunk keeps pacing smooth at any rate.
        return int(max(256, min(65536, self.rate_bps / 8 / 50)))

    def transmit(self, nbytes: int) -> float:
        """Reserve line time for ``nbytes``; sleep while the line is busy; return delivery time."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._free_at)
            tx = (nbytes * 8 / self.rate_bps) if self.rate_bps else 0.0
            if self._free_at and start - self._free_at >= self.GAP:
                self.gaps.append((self._free_at, start - self._free_at))
            self.busy += tx
            self._free_at = start + tx
            done = self._free_at
        # Pace the sender: it may only push the next chunk once this one is on the line,
        # which gives it TCP back-pressure instead of an infinite buffer.
        wait = start - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        return done + self.delay


def _reset(sock: socket.socket) -> None:
    """Close ``sock`` with an RST (SO_LINGER 0): used to refuse connections while offline."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    try:
        # SHUT_RD wakes a thread blocked in recv() without sending anything; the close
        # then (once that thread lets go) resets the connection.
        sock.shutdown(socket.SHUT_RD)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


def _drop(sock: socket.socket) -> None:
    """End ``sock`` after the bytes already handed to it: what crossed the link before the
    cut stays delivered (a reset would make the peer's kernel throw away unread bytes,
    which a real radio drop does not do); the peer then sees the stream end mid-message."""
    try:
        sock.shutdown(socket.SHUT_RDWR)  # also wakes our own thread blocked in recv()
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


class _Conn:
    def __init__(self, emu: "LinkEmulator", client: socket.socket, server: socket.socket):
        self.emu = emu
        self.client = client
        self.server = server
        self.dead = threading.Event()
        self._closed = 0
        self._lock = threading.Lock()
        try:
            port = client.getpeername()[1]
        except OSError:
            port = 0
        self.record = emu._new_record(port)

    def start(self) -> None:
        for src, dst, line, direction in (
            (self.client, self.server, self.emu._up, "up"),
            (self.server, self.client, self.emu._down, "down"),
        ):
            q: queue.Queue = queue.Queue()
            threading.Thread(target=self._read, args=(src, line, direction, q), daemon=True,
                             name=f"linkemu-{direction}-read").start()
            threading.Thread(target=self._write, args=(dst, q), daemon=True,
                             name=f"linkemu-{direction}-write").start()

    def kill(self) -> None:
        """Cut the connection now: both ends see it end (bytes not yet delivered are lost)."""
        if self.dead.is_set():
            return
        self.dead.set()
        _drop(self.client)
        _drop(self.server)
        self.emu._forget(self)

    def _read(self, src: socket.socket, line: _Line, direction: str, q: queue.Queue) -> None:
        size = line.chunk_size()
        try:
            while not self.dead.is_set():
                try:
                    data = src.recv(size)
                except OSError:
                    break
                if not data:
                    q.put((time.monotonic() + line.delay, None))  # orderly EOF
                    return
                data, cut = self.emu._account(self, direction, data)
                if data:
                    due = line.transmit(len(data))
                    q.put((due, data))
                if cut:
                    break
        except Exception:  # noqa: BLE001 - a broken pump must still reset the connection
            pass
        q.put((None, "cut"))

    def _write(self, dst: socket.socket, q: queue.Queue) -> None:
        while True:
            due, data = q.get()
            if due is None:  # the link was cut: deliver nothing more, reset both ends
                self.kill()
                return
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            if self.dead.is_set():
                return
            if data is None:
                try:
                    dst.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                with self._lock:
                    self._closed += 1
                    both = self._closed == 2
                if both:
                    self.dead.set()
                    for s in (self.client, self.server):
                        try:
                            s.close()
                        except OSError:
                            pass
                    self.emu._forget(self)
                return
            try:
                dst.sendall(data)
            except OSError:
                self.kill()
                return


class LinkEmulator:
    """Loopback TCP proxy with per-direction rate, round-trip delay and seeded cuts.

    Args:
        target: ``(host, port)`` to forward to.
        rate_bps: bits per second in each direction (``None`` = unlimited); or use
            ``up_bps`` / ``down_bps`` to set the directions separately.
        rtt: round-trip delay in seconds (half is added to each direction).
        cut_range: ``(low, high)`` bytes: the link is cut each time the bytes carried
            (both directions, all connections) reach a point drawn uniformly from the
            range after the previous cut. ``None`` = never cut.
        seed: seed of the cut-point generator; the same seed gives the same cut points.
        listen_port: port to listen on (0 = any free port).
        capture: keep the bytes of every connection in ``connection_log()`` (for byte breakdowns
            in benchmarks; the proxy still never acts on them).
    """

    def __init__(self, target: tuple[str, int], rate_bps: float | None = None, rtt: float = 0.0,
                 cut_range: tuple[int, int] | None = None, seed: int = 0,
                 up_bps: float | None = None, down_bps: float | None = None,
                 listen_port: int = 0, capture: bool = False):
        self.target = target
        self.capture = capture
        self._up = _Line(up_bps if up_bps is not None else rate_bps, rtt / 2)
        self._down = _Line(down_bps if down_bps is not None else rate_bps, rtt / 2)
        self.cut_range = cut_range
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._conns: set[_Conn] = set()
        self._online = True
        self._bytes = {"up": 0, "down": 0}
        self._connections = 0
        self._cuts = 0
        self._log: list[ConnectionRecord] = []
        self._carried = 0  # bytes since the last cut
        self._cut_direction: str | None = None  # cut_once's: only these bytes count
        self._cut_counts: dict[_Conn, int] | None = None  # cut_once's per connection: bytes each carried
        self.cut_points: list[int] = []  # the drawn cut points, for checking reproducibility
        self._next_cut = self._draw_cut()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", listen_port))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self._stopping = False
        self._thread = threading.Thread(target=self._accept_loop, daemon=True, name="linkemu-accept")
        self._thread.start()

    # -- public API -------------------------------------------------------------------------
    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    @property
    def url_netloc(self) -> str:
        return f"127.0.0.1:{self.port}"

    def stats(self) -> LinkStats:
        with self._lock:
            return LinkStats(self._bytes["up"], self._bytes["down"], self._connections, self._cuts)

    def reset_stats(self) -> None:
        with self._lock:
            self._bytes = {"up": 0, "down": 0}
            self._connections = 0
            self._cuts = 0
            for c in self._conns:  # still open: they count from now on, like the totals
                c.record = self._new_record(c.record.client_port)
            self._log = [c.record for c in self._conns]
        self._up.reset()
        self._down.reset()

    def line_use(self) -> dict[str, tuple[float, list[tuple[float, float]]]]:
        """Per direction (``up``, ``down``): seconds of line time used since the start (or
        ``reset_stats``) and the line's pauses of 50 ms or more, as (monotonic start, seconds)."""
        return {"up": (self._up.busy, list(self._up.gaps)), "down": (self._down.busy, list(self._down.gaps))}

    def connection_log(self) -> list[ConnectionRecord]:
        """One record per connection carried since the start (or ``reset_stats``); their bytes
        add up to ``stats()``."""
        with self._lock:
            return list(self._log)

    def set_online(self, online: bool) -> None:
        """Bring the link up or down. Going down resets every open connection."""
        with self._lock:
            self._online = online
            conns = list(self._conns) if not online else []
            for c in conns:
                c.record.cut = True
        for c in conns:
            c.kill()

    def set_cut_range(self, cut_range: tuple[int, int] | None) -> None:
        with self._lock:
            self.cut_range = cut_range
            self._carried = 0
            self._cut_direction, self._cut_counts = None, None
            self._next_cut = self._draw_cut()

    def cut_once(self, after: int, direction: str | None = None, per_connection: bool = False) -> None:
        """Cut the link once, when ``after`` more bytes have been carried; no cut after that one
        (``cut_range`` is cleared). ``direction`` ("up" or "down"): only the bytes that way count;
        ``per_connection``: the bytes of each connection count apart, and the first connection to
        carry ``after`` bytes from now cuts the link -- a cut ``after`` bytes into one transfer,
        wherever the bytes of other connections fall (arm it just before the transfer's request)."""
        assert direction in (None, "up", "down"), direction
        with self._lock:
            self.cut_range = None
            self._carried = 0
            self._next_cut = after
            self._cut_direction = direction
            self._cut_counts = {} if per_connection else None
            self.cut_points.append(after)

    def cut_now(self) -> None:
        """Reset every open connection (the link stays up)."""
        with self._lock:
            conns = list(self._conns)
            self._cuts += 1
            for c in conns:
                c.record.cut = True
        for c in conns:
            c.kill()

    def close(self) -> None:
        self._stopping = True
        try:
            self._sock.close()
        except OSError:
            pass
        with self._lock:
            conns = list(self._conns)
        for c in conns:
            c.kill()

    def __enter__(self) -> "LinkEmulator":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- internals --------------------------------------------------------------------------
    def _new_record(self, port: int) -> ConnectionRecord:
        if self.capture:
            return ConnectionRecord(port, raw_up=bytearray(), raw_down=bytearray())
        return ConnectionRecord(port)

    def _draw_cut(self) -> int | None:
        if not self.cut_range:
            return None
        point = self._rng.randint(*self.cut_range)
        self.cut_points.append(point)
        return point

    def _forget(self, conn: _Conn) -> None:
        with self._lock:
            self._conns.discard(conn)

    def _account(self, conn: _Conn, direction: str, data: bytes) -> tuple[bytes, bool]:
        """Count ``data``; return the part that passes and whether the link is cut now."""
        n = len(data)
        cut_victims: list[_Conn] = []
        with self._lock:
            if not self._online:
                return b"", True
            passed = n
            cut = False
            counts = self._cut_counts
            carried = (counts.get(conn, 0) if counts is not None else self._carried)
            if self._cut_direction not in (None, direction):
                pass  # these bytes do not count towards the cut
            elif self._next_cut is not None and carried + n >= self._next_cut:
                passed = self._next_cut - carried
                cut = True
                self._cuts += 1
                self._carried = 0
                self._cut_direction, self._cut_counts = None, None
                self._next_cut = self._draw_cut()
                cut_victims = [c for c in self._conns if c is not conn]
            elif counts is not None:
                counts[conn] = carried + n
            else:
                self._carried += n
            self._bytes[direction] += passed
            rec = conn.record
            if direction == "up":
                rec.bytes_up += passed
            else:
                rec.bytes_down += passed
            if self.capture:
                (rec.raw_up if direction == "up" else rec.raw_down).extend(data[:passed])
            if cut:
                rec.cut = True
                for c in cut_victims:
                    c.record.cut = True
        # Other connections die with the link at once; this one is reset by its writer
        # after the bytes before the cut point are delivered.
        for c in cut_victims:
            c.kill()
        return data[:passed], cut

    def _accept_loop(self) -> None:
        while not self._stopping:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            with self._lock:
                online = self._online
                if online:
                    self._connections += 1
            if not online:
                _reset(client)
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
                server.settimeout(None)
            except OSError:
                _reset(client)
                continue
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn = _Conn(self, client, server)
            with self._lock:
                self._conns.add(conn)
                self._log.append(conn.record)
            conn.start()



class LinkProcess:
    """A :class:`LinkEmulator` run in a process of its own (a fresh interpreter), driven from here
    with the same calls (``port``, ``stats``, ``reset_stats``, ``connection_log``, ``set_cut_range``,
    ``cut_once``, ``cut_now``, ``set_online``, ``close``).

    For benchmarks: a real link is not in the desk's process. In it, the emulator's pacing threads
    queue for the GIL behind the desk's busy threads (the sync thread, the transfer pipe's thread),
    wake late and carry less than their rate -- with two busy Python threads beside it, raw TCP
    through it reached 89 % of its rate on an otherwise quiet interpreter -- and the desk pays for a
    link it would not have. Here each side has its own interpreter."""

    #: Seconds a call to the emulator's process may take before it is taken for dead.
    CALL_TIMEOUT = 60.0

    def __init__(self, target: tuple[str, int], **options):  # noqa: ANN003 - LinkEmulator's arguments
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve_link, args=(child, target, options), daemon=True,
                                 name="linkemu-process")
        self._proc.start()
        child.close()
        self._lock = threading.Lock()
        self.port = self._call("port")

    def _call(self, name: str, *args):  # noqa: ANN002, ANN202
        with self._lock:
            self._conn.send((name, args))
            if not self._conn.poll(self.CALL_TIMEOUT):
                raise TimeoutError(f"the link emulator's process did not answer {name} in time")
            ok, value = self._conn.recv()
        if not ok:
            raise RuntimeError(f"the link emulator's process failed in {name}: {value}")
        return value

    def __getattr__(self, name: str):  # noqa: ANN204 - the emulator's own calls, run in its process
        if name.startswith("_") or not callable(getattr(LinkEmulator, name, None)):
            raise AttributeError(name)
        return lambda *args: self._call(name, *args)

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    def close(self) -> None:
        if self._proc.is_alive():
            try:
                self._call("close")
                self._conn.send(("exit", ()))
            except (OSError, EOFError, TimeoutError, RuntimeError):
                pass
        self._proc.join(10)
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join(10)
        self._conn.close()

    def __enter__(self) -> "LinkProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _serve_link(conn, target: tuple[str, int], options: dict) -> None:  # noqa: ANN001 - multiprocessing Connection
    """The emulator's process: runs the calls :class:`LinkProcess` sends until told to exit."""
    emu = LinkEmulator(target, **options)
    try:
        while True:
            try:
                if not conn.poll(3600):
                    return  # nobody drives it any more
                name, args = conn.recv()
            except (EOFError, OSError):
                return
            if name == "exit":
                return
            try:
                value = emu.port if name == "port" else getattr(emu, name)(*args)
                conn.send((True, value))
            except Exception as exc:  # noqa: BLE001 - handed to the driving process
                conn.send((False, repr(exc)))
    finally:
        emu.close()
