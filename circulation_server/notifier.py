"""Wakes long-polling change-feed requests when a write transaction added changes."""
from __future__ import annotations

import asyncio
from typing import Optional


class ChangeNotifier:
    """Callable from any thread; waiters live on the server's event loop."""

    def __init__(self) -> None:
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._event: Optional[asyncio.Event] = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._event = asyncio.Event()

    def current(self) -> asyncio.Event:
        if self._event is None:
            self.bind(asyncio.get_running_loop())
        return self._event

    def _fire(self) -> None:
        old, self._event = self._event, asyncio.Event()
        if old is not None:
            old.set()

    def notify(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._fire)
