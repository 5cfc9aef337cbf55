"""Qt adapter for the core's plain-Python events (after Electrum's qt_event_listener)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.events import Change, EventBus
from ui.relay import Relay


class QtEventBridge(Relay):
    """Re-emits core events on the GUI thread: ``changed(Change)`` and ``event(object)``."""

    changed = Signal(object)
    event = Signal(object)

    def __init__(self, bus: EventBus, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe = bus.subscribe(self._on_event)

    def _on_event(self, ev: Any) -> None:
        # From any thread: emitted again on the GUI thread (ui/relay.py says why not a queued Signal(object)).
        self.post("changed" if isinstance(ev, Change) else "event", ev)

    def close(self) -> None:
        self._unsubscribe()
