"""Qt adapter for the core's plain-Python events (after Electrum's qt_event_listener)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.events import Change, EventBus


class QtEventBridge(QObject):
    """Re-emits core events on the GUI thread: ``changed(Change)`` and ``event(object)``."""

    changed = Signal(object)
    event = Signal(object)

    def __init__(self, bus: EventBus, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe = bus.subscribe(self._on_event)

    def _on_event(self, ev: Any) -> None:
        # Emitting from a worker thread queues the call to receivers living on the GUI thread.
        if isinstance(ev, Change):
            self.changed.emit(ev)
        else:
            self.event.emit(ev)

    def close(self) -> None:
        self._unsubscribe()
