"""The link as the transfers measure it, and the transfer settings chosen from it (issue 20).

A thin 2G line and an office's 10 Mbit/s line want different settings. :class:`LinkMeter` learns
the link from the file transfers themselves -- no probe traffic: the bytes each request carried
and how long it took (the throughput, all streams together), the answer delay of requests that
carry next to nothing (the round trip), and how many bytes cross between two cuts.
:func:`choose` turns that into a :class:`LinkPlan` (pure, so its decisions are unit-tested):

* **chunk** -- bytes per upload request: about 20 s of link time (64 KiB ... 4 MiB). Each request
  costs a round trip and a saved progress; a cut costs nothing extra for a large chunk, since the
  server keeps what reached it.
* **record** -- bytes per TLS record the desk sends: a cut loses the record it broke (half of one
  on average) and every record costs 22 bytes of framing, so the best size is
  ``sqrt(2 · 22 · bytes between cuts)`` (1 ... 16 KiB; 16 KiB on a link not seen cut).

Until the link has been measured the plan is the one for the 2G link (256 KiB, 4 KiB records).
The transfers go pipelined on one connection each way (:mod:`~desktop_app.sync.pipeline`), so
there is no number of streams to choose.
"""
from __future__ import annotations

import collections
import dataclasses
import math
import threading
import time

KIB = 1024
MIN_CHUNK, MAX_CHUNK = 64 * KIB, 4 * 1024 * KIB
#: Link time one upload request should take (its round trip is then a small share of it).
CHUNK_SECONDS = 20.0
MIN_RECORD, MAX_RECORD = 1 * KIB, 16 * KIB
#: Bytes of framing each TLS record adds (5 header, 1 content type, 16 AEAD tag).
RECORD_OVERHEAD = 22
#: File bytes moved without a cut after which the link is taken for one that is not cut. Taken too
#: early, the next cut loses up to a 16 KiB record once (then the cuts set the record); taken late,
#: every byte until then pays 4 KiB framing (at 1 MiB: 4 KB more of a 2G download, 0.3 s).
NO_CUTS_AFTER = 256 * KIB


@dataclasses.dataclass(frozen=True)
class LinkPlan:
    """How the transfers go on the link as measured."""

    chunk: int    # bytes per upload request (and the most sent with an upload's creation)
    record: int   # bytes per TLS record the desk sends


DEFAULT_PLAN = LinkPlan(chunk=256 * KIB, record=4 * KIB)


def choose(rate_bps: float | None, bytes_per_cut: float | None) -> LinkPlan:
    """The plan for a link of ``rate_bps`` bits/s and a cut every ``bytes_per_cut`` bytes
    (None: not measured yet; ``math.inf``: never cut)."""
    chunk = DEFAULT_PLAN.chunk
    if rate_bps:
        chunk = int(min(MAX_CHUNK, max(MIN_CHUNK, rate_bps / 8 * CHUNK_SECONDS)))
        chunk -= chunk % (16 * KIB)
    # the record follows the cuts alone: on a link cut every few tens of KB few requests end
    # whole, so its rate may stay unknown long after the cuts have shown how often they come
    if bytes_per_cut is None:
        record = DEFAULT_PLAN.record
    elif math.isinf(bytes_per_cut):
        record = MAX_RECORD
    else:
        best = math.sqrt(2 * RECORD_OVERHEAD * bytes_per_cut)
        record = int(min(MAX_RECORD, max(MIN_RECORD, round(best / KIB) * KIB)))
    return LinkPlan(chunk=chunk, record=record)


class LinkMeter:
    """What the transfers of this desk measured of its link (thread-safe; kept for the engine's life).

    ``sent(nbytes, seconds)`` after each request that moved file bytes (its bytes and how long from
    the request's start to its end), ``cut(nbytes)`` when a transfer broke (``nbytes``: file
    bytes it had moved in that try).
    """

    #: Requests remembered for the rate (the newest ones: the link of now, not of this morning).
    WINDOW = 16
    #: Seconds within which the broken streams are one cut of the link.
    CUT_GAP = 1.0

    def __init__(self, clock=time.monotonic):  # noqa: ANN001 - a monotonic clock (tests pass their own)
        self._clock = clock
        self._lock = threading.Lock()
        self._moves: collections.deque[tuple[float, float, int]] = collections.deque(maxlen=self.WINDOW)
        self._bytes = 0   # file bytes moved since the meter started
        self._cuts = 0
        self._last_cut = -math.inf

    def sent(self, nbytes: int, seconds: float | None = None) -> None:
        """``nbytes`` of file moved in ``seconds`` (None: untimed, e.g. learnt after a cut)."""
        end = self._clock()
        with self._lock:
            if seconds is not None:
                self._moves.append((end - seconds, end, int(nbytes)))
            self._bytes += int(nbytes)

    def cut(self, nbytes: int = 0) -> None:
        """A transfer broke. One cut of the link breaks every stream at once: the streams' reports
        within ``CUT_GAP`` seconds of each other are one cut."""
        now = self._clock()
        with self._lock:
            if now - self._last_cut > self.CUT_GAP:
                self._cuts += 1
            self._last_cut = now
            self._bytes += int(nbytes)

    @property
    def rate_bps(self) -> float | None:
        """Bits per second the link carried for the newest requests, all streams together."""
        with self._lock:
            if len(self._moves) < 2:
                return None
            start = min(m[0] for m in self._moves)
            end = max(m[1] for m in self._moves)
            moved = sum(m[2] for m in self._moves)
        return moved * 8 / (end - start) if end > start and moved else None

    @property
    def bytes_per_cut(self) -> float | None:
        """File bytes moved between two cuts (inf: no cut seen; None: too little moved to say)."""
        with self._lock:
            if self._cuts:
                return self._bytes / self._cuts
            return math.inf if self._bytes >= NO_CUTS_AFTER else None

    def plan(self) -> LinkPlan:
        return choose(self.rate_bps, self.bytes_per_cut)
