"""The transfer plan chosen from the measured link (desktop_app/sync/linkfit.py), and the bandwidth
cap's token bucket: pure decisions, on a clock of the test's own."""
from __future__ import annotations

import dataclasses
import math

import pytest

from desktop_app.sync.http import TokenBucket
from desktop_app.sync.linkfit import DEFAULT_PLAN, KIB, MAX_CHUNK, MIN_CHUNK, LinkMeter, choose


@pytest.mark.parametrize("rate, per_cut, chunk, record", [
    # the 2G link of issue 20: 100 kbit/s, 400 ms, a cut every ~200 KB -> ~20 s chunks
    (100_000, 200_000, 240 * KIB, 3 * KIB),
    # the harsh rural link: 20 kbit/s, 650 ms, a cut every ~45 KB -> the smallest chunk and records
    (20_000, 45_000, MIN_CHUNK, 1 * KIB),
    # an office line never cut: the largest chunk, full-size records
    (10_000_000, math.inf, MAX_CHUNK, 16 * KIB),
    # 100 kbit/s without cuts: 16 KiB records
    (100_000, math.inf, 240 * KIB, 16 * KIB),
])
def test_the_plan_follows_the_link(rate, per_cut, chunk, record):
    plan = choose(rate, per_cut)
    assert (plan.chunk, plan.record) == (chunk, record)


def test_an_unmeasured_link_gets_the_2g_plan():
    assert choose(None, None) == DEFAULT_PLAN
    assert choose(100_000, None).record == DEFAULT_PLAN.record  # no cut seen yet: the 2G records
    # cut every ~45 KB before any request ended whole (the rural link): small records at once
    assert choose(None, 45_000) == dataclasses.replace(DEFAULT_PLAN, record=1 * KIB)


def test_the_meter_adds_up_the_streams_and_counts_cuts():
    now = [100.0]
    meter = LinkMeter(clock=lambda: now[0])
    assert meter.plan() == DEFAULT_PLAN
    # two streams side by side, each 25 KB in 4 s: together 50 KB in 4 s = 100 kbit/s
    meter.sent(25_000, 4.0)
    meter.sent(25_000, 4.0)
    assert meter.rate_bps == pytest.approx(100_000)
    meter.cut(10_000)
    meter.cut(0)  # the other stream, broken by the same cut
    assert meter.bytes_per_cut == 60_000
    meter.sent(40_000)  # learnt from the server's offset after the cut: bytes, no time
    assert meter.bytes_per_cut == 100_000 and meter.rate_bps == pytest.approx(100_000)


def test_the_token_bucket_paces_bytes_at_its_rate():
    now = [0.0]
    slept = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    bucket = TokenBucket(10_000, clock=lambda: now[0], sleep=sleep)  # 10 KB/s, bursts of 2.5 KB
    for _ in range(40):
        bucket.take(1000)
    # 40 KB at 10 KB/s: the first 2.5 KB free, the rest waits -> 3.75 s in all
    assert now[0] == pytest.approx(3.75)
    assert max(slept) <= 0.1 + 1e-9
