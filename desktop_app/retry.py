"""When to try again: the one backoff schedule of every job that retries.

Three jobs retry, each with its own :class:`Backoff` below so the numbers sit side by side:

* the sync cycle after a failure (``SYNC_CYCLE``: 1-2 s, 2-4 s, ... up to 5 min);
* a file transfer resumed in place after a broken connection (``TRANSFER_RESUME``: at once, then
  ~0.5 s, 1 s, ... up to 4 s -- a dropped mobile connection is simply reconnected; a try that got
  further than the one before is not counted, so a long file on a link cut every few tens of KB
  goes on as long as each try moves it);
* completing an offline signature (``SIGNATURE_COMPLETION``: 1 min, 2, 4 ... up to 6 h, ±10 %, so
  desks coming online together do not hit the timestamp authority in step).

Pure: pass ``rng`` for repeatable jitter.
"""
from __future__ import annotations

import datetime as dt
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Backoff:
    """Exponential delays with jitter: after failed attempt ``n`` (1-based) wait
    ``min(cap, base·factor^(n-free-1)) × uniform(low, high)`` (never above ``cap``);
    the first ``free`` attempts are retried at once."""

    base: float
    cap: float
    factor: float = 2.0
    low: float = 1.0
    high: float = 1.0
    free: int = 0

    def delay(self, attempt: int, rng: random.Random | None = None, *, jitter: bool = True) -> float:
        """Seconds to wait after failed attempt ``attempt``."""
        if attempt <= self.free:
            return 0.0
        d = min(self.cap, self.base * self.factor ** (attempt - self.free - 1))
        if jitter and (self.low, self.high) != (1.0, 1.0):
            d = min(self.cap, max(0.0, d * (rng or random).uniform(self.low, self.high)))
        return d

    def schedule(self, attempts: int) -> list[float]:
        """The first ``attempts`` delays without jitter (for docs, the UI and tests)."""
        return [self.delay(n, jitter=False) for n in range(1, attempts + 1)]

    def next_at(self, last_attempt: dt.datetime, attempt: int, rng: random.Random | None = None) -> dt.datetime:
        """When to try again after failed attempt ``attempt`` made at ``last_attempt``."""
        return last_attempt + dt.timedelta(seconds=self.delay(attempt, rng))


#: A failed sync cycle: uniform in [½·d, d], d = min(300 s, 2 s·2^(n-1)).
SYNC_CYCLE = Backoff(base=2.0, cap=300.0, low=0.5)
#: A cycle refused for want of a login waits this long (a login or "Sync now" wakes it sooner).
WAIT_FOR_LOGIN = 3600.0
#: The idle loop could not even build a client (no server, no token): look again after this long.
WAIT_UNCONFIGURED = 60.0
#: A transfer broken mid-way: resumed at once, then after ~0.5 s, 1 s, 2 s (each × uniform(½, 1)).
TRANSFER_RESUME = Backoff(base=0.5, cap=4.0, low=0.5, free=1)
#: In-place resumptions of one transfer before the cycle gives up (and the cycle's backoff takes over).
TRANSFER_ATTEMPTS = 4
#: Completing a signature offline-made: 1 min, 2, 4 ... 6 h, each ±10 %.
SIGNATURE_COMPLETION = Backoff(base=60.0, cap=6 * 3600.0, low=0.9, high=1.1)


def retry_in_place(attempt: Callable[[], T], *, retry_on: type[BaseException] | tuple[type[BaseException], ...],
                   policy: Backoff = TRANSFER_RESUME, retries: int = TRANSFER_ATTEMPTS,
                   stop: threading.Event | None = None,
                   sleep: Callable[[float], None] | None = None,
                   progress: Callable[[], int] | None = None) -> T:
    """Run ``attempt`` until it returns; after a ``retry_on`` failure wait ``policy`` and try again,
    at most ``retries`` more times (or none once ``stop`` is set), then let the failure through.

    ``progress()`` (e.g. the bytes a transfer holds): a try that moved it forward is not counted
    -- on a link cut every few tens of KB a long file is many tries, each getting further."""
    fails = 0
    mark = progress() if progress else 0
    while True:
        try:
            return attempt()
        except retry_on:
            now = progress() if progress else 0
            fails = 1 if now > mark else fails + 1
            mark = now
            if fails > retries or (stop is not None and stop.is_set()):
                raise
            (sleep or time.sleep)(policy.delay(fails))
