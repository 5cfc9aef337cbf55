"""The stall watchdog's verdicts (tests/ui/stallwatch.py), on gaps built from what py-spy and /proc report."""
from __future__ import annotations

from tests.ui.stallwatch import Stall, StallWatch

GUI, WORKER = "100", "200"
GUI_WAITING = {f"{GUI} MainThread (idle)": ["exec (ui/app.py:10)"]}


def judge(stall: Stall) -> Stall:
    watch = StallWatch.__new__(StallWatch)  # no watchdog process: only the judging rules
    watch.main, watch.spy = GUI, "py-spy"
    watch._judge(stall)
    return stall


def holding(frame: str) -> dict[str, list[str]]:
    return {**GUI_WAITING, f"{WORKER} Dummy-1 (active+gil)": [frame, "run (/x/desktop_app/intake/files.py:190)"]}


def not_holding() -> dict[str, list[str]]:
    return {**GUI_WAITING, f"{WORKER} Dummy-1 (active)": ["decode (/x/site-packages/PIL/Image.py:1)"]}


def gap(first: dict, *later: dict, worker_ms: float = 900) -> Stall:
    return Stall(0.0, 0.9, first, {f"{GUI} python": 10, f"{WORKER} python": worker_ms}, "S" * 40, later=list(later))


def test_a_worker_holding_the_gil_through_a_long_gap_is_named_with_what_it_ran_later():
    s = judge(gap(holding("read_object (/x/site-packages/pypdf/a.py:1)"), holding("sort (/x/site-packages/numpy/b.py:2)"),
                  holding("read_object (/x/site-packages/pypdf/a.py:1)")))
    assert s.verdict == "gil"
    assert "pypdf" in s.culprit and "later sort" in s.culprit and "the GUI thread at" in s.culprit


def test_a_worker_caught_with_the_gil_once_in_a_long_gap_did_not_cause_it():
    s = judge(gap(holding("read_object (/x/site-packages/pypdf/a.py:1)"), not_holding(), not_holding()))
    assert s.verdict != "gil"


def test_a_worker_that_hardly_ran_is_not_the_cause_even_holding_the_gil():
    s = judge(gap(holding("read_object (/x/site-packages/pypdf/a.py:1)"), worker_ms=20))
    assert s.verdict != "gil"
