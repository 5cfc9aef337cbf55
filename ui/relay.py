"""Bring a worker thread's results to the GUI thread without handing Python objects to Qt.

A ``Signal(object)`` emitted from a worker thread is queued by Qt with the Python object wrapped
inside; under load the interpreter now and then crashed when such an object reached its slot already
freed. A :class:`Relay` keeps the arguments in a plain Python list under a lock and emits only an
argument-less signal across the threads; on the GUI thread it drains the list and emits each signal
there, where every connection is direct (Anki's ``taskman.run_on_main`` works the same way).
"""
from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot


log = logging.getLogger(__name__)


class Relay(QObject):
    """Subclass it, declare the signals, and call :meth:`post` from any thread."""

    _wake = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._relay_lock = threading.Lock()
        self._relay_pending: list[tuple[str, tuple]] = []
        self._relay_keys: dict[Any, int] = {}  # a key posted with ``latest`` -> its place in the list
        self._wake.connect(self._relay_drain, Qt.ConnectionType.QueuedConnection)

    def post(self, signal: str, *args: Any, latest: Any = None) -> None:
        """Emit ``signal(*args)`` on the thread this object lives in (the GUI thread): at once when
        called there, else at the GUI thread's next turn of the event loop. A post that arrives after
        the receiver is gone (a task finishing after its window closed) has nobody to tell: dropped.

        With a ``latest`` key, a post replaces the one of the same key still waiting (progress: the
        GUI thread, busy or queued for the GIL, then handles one report per task, not every one)."""
        try:
            if QThread.currentThread() is self.thread():
                getattr(self, signal).emit(*args)
                return
            with self._relay_lock:
                place = self._relay_keys.get(latest) if latest is not None else None
                if place is not None:
                    self._relay_pending[place] = (signal, args)
                    return
                if latest is not None:
                    self._relay_keys[latest] = len(self._relay_pending)
                self._relay_pending.append((signal, args))
                first = len(self._relay_pending) == 1
            if first:
                self._wake.emit()
        except RuntimeError:  # "Internal C++ object (...) already deleted"
            log.debug("%s after %s was closed: nobody left to tell", signal, type(self).__name__)

    @Slot()
    def _relay_drain(self) -> None:
        with self._relay_lock:
            pending, self._relay_pending = self._relay_pending, []
            self._relay_keys.clear()
        for signal, args in pending:
            getattr(self, signal).emit(*args)
