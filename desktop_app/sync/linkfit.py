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

  Once a few cuts have been seen, an upload's records also follow *where* in the stretch between
  two cuts its bytes are (:func:`fitted_record`): a link cut every 150-250 KB is never cut 20 KB
  after a reconnection, so the records there can be large (little framing), and small where the
  cuts came before (little lost); on a link whose cuts come at random the rule is the one above.

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


#: Cuts seen (stretches between two cuts measured) before the records follow the position in the stretch.
MIN_STRETCHES = 2
#: Stretches whose standard deviation is at most this share of their mean are taken for a link cut at
#: regular distances; beyond it (cuts at random: 1) the records follow the mean alone. (Simulated, 10
#: cuts: a link cut every 150-250 KB loses 2.2 KB a cut instead of 3.0; one cut at random every
#: 200 KB on average 3.19 KB as before, where following the stretches regardless lost 3.49.)
REGULAR = 0.4
#: Width of the bell each measured stretch stands for, as a share of their mean (and at least 8 KiB):
#: the next cut comes near, not exactly at, the places the last ones came.
SPREAD = 0.1


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


def fitted_record(stretches: list[float], position: float) -> int:
    """The TLS record size for bytes ``position`` bytes after the last cut, given the ``stretches``
    measured between earlier cuts (bytes; two at least, and cut at regular distances, ``REGULAR``;
    else the rule of :func:`choose`). A record costs 22 bytes of framing and, if the cut comes
    inside it, about half of itself: at a cut rate ``h`` (cuts per byte, given none came before
    ``position``) the best size is ``sqrt(2 · 22 / h)`` -- with cuts at random (``h = 1 / mean``)
    the rule of :func:`choose`. ``h`` here is that of a mix: the stretches seen (each a bell of
    width ``SPREAD`` of their mean) and, with the weight of one more stretch, cuts at random (so
    that a cut sooner than any seen before stays priced in: the records just after a reconnection
    stay a few KiB, not 16)."""
    n = len(stretches)
    mean = sum(stretches) / n
    if n < 2 or math.sqrt(sum((s - mean) ** 2 for s in stretches) / (n - 1)) > REGULAR * mean:
        return choose(None, mean).record  # cuts at random (or one seen): where they come says nothing
    width = max(8 * KIB, SPREAD * mean)
    seen = 1 - 1 / (n + 1)
    z = [(position - s) / width for s in stretches]
    left = seen * sum(0.5 * math.erfc(v / math.sqrt(2)) for v in z) / n \
        + (1 - seen) * math.exp(-position / mean)       # no cut yet at ``position``
    density = seen * sum(math.exp(-v * v / 2) for v in z) / (n * width * math.sqrt(2 * math.pi)) \
        + (1 - seen) * math.exp(-position / mean) / mean  # a cut at ``position``
    if left <= 0 or density <= 0:
        return MIN_RECORD
    best = math.sqrt(2 * RECORD_OVERHEAD * left / density)
    return int(min(MAX_RECORD, max(MIN_RECORD, best // 256 * 256)))


class LinkMeter:
    """What the transfers of this desk measured of its link (thread-safe; kept for the engine's life).

    ``sent(nbytes, seconds)`` after each request that moved file bytes (its bytes and how long from
    the request's start to its end; untimed: learnt after a cut, what a request it broke had
    carried), ``cut(nbytes)`` when a transfer broke (``nbytes``: file bytes it had moved in that
    try). The file bytes moved between two cuts are kept too (the stretches: where the cuts come).
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
        self._stretches: collections.deque[int] = collections.deque(maxlen=self.WINDOW)  # bytes between two cuts
        self._since = 0   # file bytes moved since the last cut

    def sent(self, nbytes: int, seconds: float | None = None) -> None:
        """``nbytes`` of file moved in ``seconds`` (None: untimed, e.g. learnt after a cut)."""
        end = self._clock()
        with self._lock:
            if seconds is not None:
                self._moves.append((end - seconds, end, int(nbytes)))
            self._bytes += int(nbytes)
            if seconds is None and self._stretches:
                self._stretches[-1] += int(nbytes)  # learnt after the cut: it crossed before it
            else:
                self._since += int(nbytes)

    def carried(self, nbytes: int) -> None:
        """``nbytes`` of file moved by a request the cut being reported now broke (a download's
        bytes that came before it): untimed, and in the stretch that cut ends."""
        with self._lock:
            self._bytes += int(nbytes)
            self._since += int(nbytes)

    def cut(self, nbytes: int = 0) -> None:
        """A transfer broke. One cut of the link breaks every stream at once: the streams' reports
        within ``CUT_GAP`` seconds of each other are one cut."""
        now = self._clock()
        with self._lock:
            if now - self._last_cut > self.CUT_GAP:
                self._cuts += 1
                self._stretches.append(self._since)
                self._since = 0
            self._last_cut = now
            self._bytes += int(nbytes)
            self._stretches[-1] += int(nbytes)

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

    @property
    def since_cut(self) -> int:
        """File bytes moved (their answers taken) since the last cut."""
        with self._lock:
            return self._since

    def record_plan(self, start: int, length: int, most: int = 32) -> list[tuple[int, int]] | None:
        """``[(offset, size), ...]``: the record sizes along a body of ``length`` bytes that starts
        ``start`` bytes after the last cut (at most ``most`` changes; a download asks the server for
        them; sizes in powers of two, so that few pairs name them); None while they are those of the
        plan (fewer than ``MIN_STRETCHES`` cuts, or at random)."""
        with self._lock:
            stretches = [s for s in self._stretches if s > 0]
        if len(stretches) < MIN_STRETCHES:
            return None
        plan: list[tuple[int, int]] = []
        at = 0
        while at < length:
            size = min(MAX_RECORD, KIB << max(0, round(math.log2(fitted_record(stretches, start + at) / KIB))))
            if not plan or plan[-1][1] != size:
                if len(plan) == most:
                    break
                plan.append((at, size))
            at += size
        return plan if len(plan) > 1 or (plan and plan[0][1] != self.plan().record) else None

    def record_at(self, position: float) -> int:
        """The TLS record size for file bytes ``position`` bytes after the last cut: fitted to where
        the cuts came (:func:`fitted_record`) once ``MIN_STRETCHES`` were seen, else the plan's."""
        with self._lock:
            stretches = [s for s in self._stretches if s > 0]
        if len(stretches) < MIN_STRETCHES:
            return self.plan().record
        return fitted_record(stretches, position)
