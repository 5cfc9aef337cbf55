"""desktop_app.retry: the one backoff schedule of the sync cycle, transfers and signature completion."""
from __future__ import annotations

import random
import threading

import pytest

from desktop_app import retry
from desktop_app.errors import TransientError


def test_the_three_schedules():
    assert retry.SYNC_CYCLE.schedule(10) == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    assert retry.TRANSFER_RESUME.schedule(5) == [0, 0.5, 1, 2, 4]       # at once first: a dropped link just reconnects
    assert retry.SIGNATURE_COMPLETION.schedule(4) == [60, 120, 240, 480]
    assert retry.SIGNATURE_COMPLETION.delay(40, jitter=False) == 6 * 3600


def test_jitter_stays_in_its_band_and_under_the_cap():
    rng = random.Random(5)
    sync = [retry.SYNC_CYCLE.delay(3, rng) for _ in range(300)]
    assert min(sync) >= 4 and max(sync) <= 8 and len(set(sync)) > 100      # uniform(½·8, 8)
    capped = [retry.SYNC_CYCLE.delay(30, rng) for _ in range(100)]
    assert all(150 <= d <= 300 for d in capped)
    sig = [retry.SIGNATURE_COMPLETION.delay(2, rng) for _ in range(300)]
    assert min(sig) >= 108 and max(sig) <= 132                             # 120 s ±10 %
    assert retry.SIGNATURE_COMPLETION.delay(0) == 0


def test_retry_in_place_retries_then_lets_the_failure_through():
    calls, slept = [], []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise TransientError("link dropped")
        return "done"

    assert retry.retry_in_place(flaky, retry_on=TransientError, sleep=slept.append) == "done"
    assert len(calls) == 3 and slept[0] == 0 and 0.25 <= slept[1] <= 0.5

    def broken() -> None:
        calls.append(1)
        raise TransientError("still down")

    calls.clear()
    with pytest.raises(TransientError):
        retry.retry_in_place(broken, retry_on=TransientError, retries=2, sleep=lambda s: None)
    assert len(calls) == 3  # the first try and two resumptions

    calls.clear()
    stop = threading.Event()
    stop.set()
    with pytest.raises(TransientError):
        retry.retry_in_place(broken, retry_on=TransientError, stop=stop, sleep=lambda s: None)
    assert len(calls) == 1  # the engine is stopping: no resumption
    with pytest.raises(ValueError):
        retry.retry_in_place(lambda: int("x"), retry_on=TransientError)  # other failures are not retried


def test_a_try_that_got_further_is_not_counted():
    held = [0]

    def cut_every_10_kb() -> str:  # each try gets 10 KB further before the link is cut
        if held[0] >= 60_000:
            return "done"
        held[0] += 10_000
        raise TransientError("link cut")

    assert retry.retry_in_place(cut_every_10_kb, retry_on=TransientError, retries=2, sleep=lambda s: None,
                                progress=lambda: held[0]) == "done"   # six cuts, two resumptions allowed
    stuck = []

    def down() -> None:
        stuck.append(1)
        raise TransientError("down")

    with pytest.raises(TransientError):
        retry.retry_in_place(down, retry_on=TransientError, retries=2, sleep=lambda s: None, progress=lambda: held[0])
    assert len(stuck) == 3  # no progress: counted as before
