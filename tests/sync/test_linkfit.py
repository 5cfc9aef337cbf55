"""The transfer plan chosen from the measured link (desktop_app/sync/linkfit.py), and the bandwidth
cap's token bucket: pure decisions, on a clock of the test's own."""
from __future__ import annotations

import collections
import dataclasses
import math

import pytest

from desktop_app.sync.http import TokenBucket
from desktop_app.sync.http import Pieces
from desktop_app.sync.linkfit import DEFAULT_PLAN, KIB, MAX_CHUNK, MIN_CHUNK, LinkMeter, choose, fitted_record


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


def _cost(stretch: float, records) -> float:  # noqa: ANN001 - position -> record size
    """Bytes a stretch of ``stretch`` bytes ended by a cut costs: 22 a record, and the record it cut."""
    at = cost = 0.0
    while at + records(at) + 22 <= stretch:
        at += records(at) + 22
        cost += 22
    return cost + stretch - at


def test_records_follow_where_the_cuts_of_a_regularly_cut_link_came():
    """Cut every 150-250 KB (the 2G link of issue 20): after a reconnection no cut comes for
    150 KB, so the records there are large (little framing), and small where the cuts came (little
    lost); beyond every stretch seen, the rule of the mean. What a stretch costs drops by a third
    (2.95 -> 1.84 KB on these)."""
    stretches = [180_000, 235_000, 160_000, 210_000, 195_000]
    mean_rule = choose(None, sum(stretches) / len(stretches)).record
    assert mean_rule == 3 * KIB
    assert fitted_record(stretches, 0) >= 2 * mean_rule and fitted_record(stretches, 100_000) >= 2 * mean_rule
    assert fitted_record(stretches, 200_000) <= mean_rule // 2
    fitted = sum(_cost(c, lambda at: fitted_record(stretches, at)) for c in range(150_000, 250_001, 5_000))
    fixed = sum(_cost(c, lambda at: mean_rule) for c in range(150_000, 250_001, 5_000))
    assert fitted < 0.8 * fixed, (fitted, fixed)


def test_records_of_a_link_cut_at_random_follow_the_mean_alone():
    """Cuts at random (stretches as spread as their mean): where they came says nothing about the
    next one, and every record is the size the mean asks for."""
    stretches = [19_000, 28_000, 58_000, 119_000, 136_000, 210_000, 288_000, 310_000, 376_000]
    rule = choose(None, sum(stretches) / len(stretches)).record
    assert {fitted_record(stretches, at) for at in range(0, 400_000, 10_000)} == {rule}
    assert fitted_record([200_000], 0) == choose(None, 200_000).record  # one cut seen: the mean's rule


def test_the_meter_keeps_the_stretches_between_cuts_and_fits_records_once_it_has_two():
    """The bytes between two cuts: those answered before the cut, those a broken download had
    carried (reported as the cut comes), and those an upload learns after it (the server's offset)."""
    now = [0.0]
    meter = LinkMeter(clock=lambda: now[0])
    for stretch in (180_000, 220_000):
        assert meter.record_at(0) == meter.plan().record  # fewer than two stretches: the plan's records
        meter.sent(stretch - 30_000, 10.0)
        meter.carried(10_000)      # a download broken by the cut coming now
        meter.cut()
        now[0] += 5
        assert meter.since_cut == 0
        meter.sent(20_000)         # learnt after the cut: the server's offset of a cut upload
    meter.sent(7_000, 1.0)
    assert meter.since_cut == 7_000 and meter._stretches == collections.deque([180_000, 220_000])
    assert meter.record_at(0) == fitted_record([180_000, 220_000], 0) > meter.plan().record


def test_a_downloads_record_plan_names_where_the_sizes_change():
    """The sizes along a download's body as ``(offset, size)``: none while the plan's one size holds
    (fewer than two cuts seen), else large records first and small ones where the cuts came."""
    now = [0.0]
    meter = LinkMeter(clock=lambda: now[0])
    assert meter.record_plan(0, 240_000) is None
    for stretch in (180_000, 235_000, 160_000, 210_000, 195_000):
        meter.sent(stretch, 20.0)
        meter.cut()
        now[0] += 30
    plan = meter.record_plan(100_000, 140_000)
    assert plan[0][0] == 0 and [a for a, _ in plan] == sorted({a for a, _ in plan})
    assert plan[0][1] >= 6 * KIB and min(size for _, size in plan) <= 2 * KIB
    assert all(size % KIB == 0 for _, size in plan)


def test_pieces_follow_a_record_size_that_depends_on_the_offset():
    sizes = [len(p) for p in Pieces(b"x" * 10_000, lambda at: 1000 if at < 3000 else 4000)]
    assert sizes == [1000, 1000, 1000, 4000, 3000]


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
