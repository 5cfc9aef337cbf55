"""How long a long-poll woken by a change gathers more before it reads (``routers.changes``):
``--feed-gather`` while the server process is calm, growing to ``--feed-gather-max`` as it gets busy.

Every change wakes the other desks of its institution, and each woken desk costs a feed read and an
answer (about 0.7 ms of server CPU). Gathering for G seconds bounds what one desk can cost: at most
one answer per G seconds, however many changes its institution makes meanwhile -- they all come in
that one page. A calm server answers in 0.15 s (nothing to save); a busy one answers within a second,
and the changes of a burst (several desks' pushes) come in one answer instead of one each. A person
at another desk does not see the difference: the change has crossed the sender's sync cycle (seconds
on a thin link) before it is gathered at all.

The load is the process's own CPU time (all its threads) per second of wall time over the last
``SAMPLE`` seconds: at ``CALM`` of a core or less the gather is the base, at ``BUSY`` or more it is
the most, in between it grows in proportion.
"""
from __future__ import annotations

import time
from typing import Callable

#: CPU share (of one core) of the process at or below which a long-poll gathers the base time, and
#: at or above which it gathers the most.
CALM, BUSY = 0.5, 0.9
#: Seconds between two looks at the process's CPU time.
SAMPLE = 0.5


def gather_for(busy: float, base: float, top: float) -> float:
    """Seconds a woken long-poll gathers when the process used ``busy`` of a core lately."""
    if top <= base:
        return base
    share = min(1.0, max(0.0, (busy - CALM) / (BUSY - CALM)))
    return base + (top - base) * share


class FeedGather:
    """The gather of this process's woken long-polls (``seconds``), from its CPU time lately.
    ``cpu`` and ``clock``: the process's CPU seconds and a monotonic clock (tests give their own)."""

    def __init__(self, base: float, top: float, cpu: Callable[[], float] = time.process_time,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.base, self.top = base, max(base, top)
        self._cpu, self._clock = cpu, clock
        self._at, self._used = clock(), cpu()
        self.busy = 0.0
        self._seconds = base

    def seconds(self) -> float:
        """The gather now (looks at the CPU time at most every ``SAMPLE`` seconds)."""
        if self.top <= self.base:
            return self.base
        now = self._clock()
        if now - self._at >= SAMPLE:
            used = self._cpu()
            self.busy = (used - self._used) / (now - self._at)
            self._at, self._used = now, used
            self._seconds = gather_for(self.busy, self.base, self.top)
        return self._seconds
