"""ui.relay.Relay: results posted from worker threads reach the GUI thread, and a post after the
receiver is gone is dropped quietly instead of raising in the worker."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Signal
from shiboken6 import Shiboken

from ui.relay import Relay

pytestmark = pytest.mark.gui


class _Results(Relay):
    done = Signal(object)


def _post_from_worker(relay: _Results, value) -> list[BaseException]:
    errors: list[BaseException] = []

    def work():
        try:
            relay.post("done", value)
        except BaseException as exc:  # noqa: BLE001 - the test reports whatever the worker met
            errors.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    return errors


def test_a_worker_result_arrives_on_the_gui_thread(qtbot):
    relay = _Results()
    seen = []
    relay.done.connect(lambda v: seen.append((v, threading.current_thread() is threading.main_thread())))
    assert _post_from_worker(relay, {"n": 1}) == []
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [({"n": 1}, True)]


def test_a_result_after_the_receiver_is_gone_is_dropped_not_raised(qtbot):
    relay = _Results()
    Shiboken.delete(relay)
    assert not Shiboken.isValid(relay)
    assert _post_from_worker(relay, "late") == []


def test_a_report_replaces_the_one_of_its_key_still_waiting_in_order(qtbot):
    """Progress: the GUI thread gets each task's latest report once, in the place of its first."""
    relay = _Results()
    seen = []
    relay.done.connect(seen.append)

    def work():
        for i in range(50):
            relay.post("done", ("a", i), latest="a")
        relay.post("done", "result")
        relay.post("done", ("b", 1), latest="b")
        relay.post("done", ("a", 99), latest="a")

    t = threading.Thread(target=work)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=5000)
    qtbot.wait(20)
    assert seen == [("a", 99), "result", ("b", 1)]


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="a thread's own nice value is Linux's")
def test_task_threads_run_below_the_window_thread(qtbot):
    """Background work yields the cores to the GUI thread (desktop_app/worker.py lower_priority)."""
    import os

    from desktop_app.worker import BACKGROUND_NICE
    from ui.tasks import TaskManager

    tasks = TaskManager()
    got = []
    tasks.run(lambda _t: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), on_success=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    main = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert got == [min(19, main + BACKGROUND_NICE)] and main == os.getpriority(os.PRIO_PROCESS, os.getpid())
