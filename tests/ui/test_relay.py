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
