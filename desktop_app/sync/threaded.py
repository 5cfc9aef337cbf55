"""Iterate a generator on a thread of its own, its items handed over as they come: the transfer
pipe's runs (:func:`desktop_app.sync.pipeline.run`) go on while the cycle's thread lands what they
yield (moved here from ``pipeline.py``, which is over 500 lines on purpose and must stay under 600)."""
from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")


def in_background(produce: Callable[[], Iterator[T]]) -> "Background[T]":
    """Iterate ``produce()`` on a thread of its own, started now (see :class:`Background`)."""
    return Background(produce)


class Background(Iterator[T]):
    """Iterate ``produce()`` on a thread of its own, started at once, yielding its items here as
    they come (so the caller's work between items does not hold the producer up); its error is
    raised here after the items before it. :meth:`close` (the caller stopping early) waits for
    the producer's current step."""

    def __init__(self, produce: Callable[[], Iterator[T]]):
        self._items: queue.SimpleQueue = queue.SimpleQueue()
        self._stopped = threading.Event()
        self._over = False
        self._thread = threading.Thread(target=self._work, args=(produce,), name="sync-pipe", daemon=True)
        self._thread.start()

    def _work(self, produce: Callable[[], Iterator[T]]) -> None:
        source = produce()
        try:
            for item in source:
                self._items.put(("item", item))
                if self._stopped.is_set():
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            self._items.put(("error", exc))
        finally:
            source.close()
            self._items.put(("end", None))

    def __next__(self) -> T:
        if self._over:
            raise StopIteration
        kind, value = self._items.get()
        if kind == "item":
            return value
        self.close()
        if kind == "error":
            raise value
        raise StopIteration

    def close(self) -> None:
        self._over = True
        self._stopped.set()
        self._thread.join()

    def ended(self, within: float) -> bool:
        """Wait up to ``within`` s for the producer's thread to end; True once it has."""
        self._thread.join(within)
        return not self._thread.is_alive()
