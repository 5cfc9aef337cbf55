"""Plain-Python events: what changed, and who asked for it.

Services publish a :class:`Change` after each committed mutation; background jobs publish
their own small event objects (the sync engine: :class:`SyncStatusChanged`). The UI's Qt adapter
(``ui/events.py``) re-emits them on the GUI thread. Callbacks run on the publisher's thread and
must be quick.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop_app.services.types.sync import SyncStatus

#: The aspects a :class:`Change` names (what a view may have to redraw).
DOCUMENT, FILES, REGISTRATION, RESOLUTION, ROUTE, DISPATCH, SIGNATURES, DIRECTORY, SYNC, USER, FILE_PLAN = (
    "document", "files", "registration", "resolution", "route", "dispatch", "signatures", "directory", "sync", "user",
    "fileplan",
)

@dataclass(frozen=True)
class Change:
    """A committed mutation: which documents, which aspects, and the initiator (or None)."""

    documents: frozenset[str] = frozenset()
    aspects: frozenset[str] = frozenset()  # e.g. {"document", "files", "registration", "route", "sync"}
    initiator: Any = None


@dataclass(frozen=True)
class SyncStatusChanged:
    """Published by the sync engine whenever its status changes (the Qt bridge re-emits it)."""

    status: SyncStatus


class EventBus:
    """Publish/subscribe for plain objects. Thread-safe."""

    def __init__(self) -> None:
        self._subs: list[Callable[[Any], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, callback: Callable[[Any], None]) -> Callable[[], None]:
        with self._lock:
            self._subs.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subs:
                    self._subs.remove(callback)

        return unsubscribe

    def publish(self, event: Any) -> None:
        with self._lock:
            subs = list(self._subs)
        for cb in subs:
            cb(event)
