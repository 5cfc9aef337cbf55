"""The long-poll's gather grows with the server process's load (circulation_server/gather.py)."""
from __future__ import annotations

import pytest

from circulation_server.gather import BUSY, CALM, SAMPLE, FeedGather, gather_for


class Clocks:
    """The process's CPU seconds and the wall clock, moved by the test."""

    def __init__(self) -> None:
        self.cpu = self.wall = 100.0

    def spend(self, wall: float, busy: float) -> None:
        self.wall += wall
        self.cpu += wall * busy


def test_the_gather_is_the_base_when_calm_the_most_when_busy_and_grows_between():
    assert gather_for(0.0, 0.15, 1.0) == gather_for(CALM, 0.15, 1.0) == 0.15
    assert gather_for(BUSY, 0.15, 1.0) == gather_for(1.8, 0.15, 1.0) == 1.0   # two threads busy: still the most
    assert gather_for((CALM + BUSY) / 2, 0.15, 1.0) == pytest.approx(0.575)
    assert gather_for(1.0, 0.15, 0.15) == 0.15 and gather_for(1.0, 0.0, 0.0) == 0.0   # fixed (--feed-gather-max = base)


def test_the_gather_follows_the_process_cpu_time_sampled_every_half_second():
    clocks = Clocks()
    gather = FeedGather(0.15, 1.0, cpu=lambda: clocks.cpu, clock=lambda: clocks.wall)
    assert gather.seconds() == 0.15
    clocks.spend(1.0, 0.95)
    assert gather.seconds() == 1.0 and gather.busy == pytest.approx(0.95)
    clocks.spend(SAMPLE / 2, 0.1)
    assert gather.seconds() == 1.0          # not looked at again yet
    clocks.spend(SAMPLE, 0.1)
    assert gather.seconds() == 0.15         # calm again: (0.25 s x 0.1 + 0.5 s x 0.1) / 0.75 s
    clocks.spend(1.0, (CALM + BUSY) / 2)
    assert gather.seconds() == pytest.approx(0.575)
