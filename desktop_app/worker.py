"""A background job on its own daemon thread, woken by events or by hand.

The sync engine and the signature upgrader share this: ``start()`` subscribes ``_on_event`` to the
profile's event bus and runs ``_run`` on a thread; ``trigger()`` wakes it; ``stop()`` unsubscribes,
wakes and joins. Subclasses loop on ``while not self._stop.is_set()`` and sleep with
``self._wake.wait(seconds)``.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
from typing import Any, Callable

from desktop_app.events import EventBus

log = logging.getLogger(__name__)

#: How much nicer than the window's thread a background thread runs (Linux: a thread's own nice value).
BACKGROUND_NICE = 5
_lowered = threading.local()


def lower_priority() -> None:
    """Run the calling background thread -- and the threads and processes it starts, which inherit its
    nice value -- at a lower CPU priority than the window's thread. When more threads want to run
    than there are cores, the scheduler then runs the GUI thread first as soon as it wakes (for its
    turn of the GIL among busy workers, or for an event): it queued behind them otherwise (the stall
    watchdog's ``contention`` and ``os`` gaps, issue 15). Linux only; once per thread; the work itself
    is not slower on a machine with a core to spare."""
    if getattr(_lowered, "done", False):
        return
    _lowered.done = True
    set_priority(threading.get_native_id(), background_nice())


def background_nice() -> int | None:
    """The nice value of background work: the app's main thread's plus :data:`BACKGROUND_NICE` (None
    off Linux, where a thread has no nice value of its own)."""
    if not sys.platform.startswith("linux"):
        return None
    return min(19, os.getpriority(os.PRIO_PROCESS, os.getpid()) + BACKGROUND_NICE)  # the pid: the main thread


def set_priority(tid: int, nice: int | None) -> None:
    """Give thread ``tid`` (0: the calling one) the nice value ``nice`` (a child process's main thread:
    ``background_nice()`` of its app)."""
    if nice is None:
        return
    try:
        os.setpriority(os.PRIO_PROCESS, tid, nice)
    except OSError as exc:  # a higher priority than now needs a privilege: keep the one it has
        log.debug("thread %s keeps its priority: %s", tid, exc)


class BackgroundWorker:
    thread_name = "docflow-worker"

    def __init__(self, events: EventBus) -> None:
        self._events = events
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._unsubscribe: Callable[[], None] | None = None

    def start(self) -> None:
        """Run ``_run`` on its own thread (once; a second call while it runs does nothing)."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._unsubscribe = self._events.subscribe(self._on_event)
        self._thread = threading.Thread(target=self._run_lowered, name=self.thread_name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def trigger(self) -> None:
        """Wake the thread now (or at its next chance)."""
        self._wake.set()

    def _on_event(self, event: Any) -> None:  # pragma: no cover - subclasses decide what wakes them
        pass

    def _run_lowered(self) -> None:
        lower_priority()
        self._run()

    def _run(self) -> None:  # pragma: no cover
        raise NotImplementedError
