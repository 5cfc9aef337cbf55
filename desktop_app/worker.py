"""A background job on its own daemon thread, woken by events or by hand.

The sync engine and the signature upgrader share this: ``start()`` subscribes ``_on_event`` to the
profile's event bus and runs ``_run`` on a thread; ``trigger()`` wakes it; ``stop()`` unsubscribes,
wakes and joins. Subclasses loop on ``while not self._stop.is_set()`` and sleep with
``self._wake.wait(seconds)``.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from desktop_app.events import EventBus


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
        self._thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
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

    def _run(self) -> None:  # pragma: no cover
        raise NotImplementedError
