"""The hand-off of the hot paths' blocking work (a feed read, a push, a whole-file upload, a
``HEAD``) from the event loop to a worker thread, at half the CPU of ``run_in_threadpool``.

``starlette.concurrency.run_in_threadpool`` goes through anyio: a capacity limiter, a cancel
scope, a task-local lookup of the worker, a queue with a condition per hand-off; about 45 µs of
CPU per call (20 µs here: ``bench/edge_asgi.py``, and a microbench of the hand-off alone). Here
the caller's future goes on a ``SimpleQueue``; a thread runs the function in the caller's
context (so the request's SQL statements are counted against it) and sets the future through
``call_soon_threadsafe``.

One ``Workers`` per application (``app.Services.workers``). Threads: at most ``EDGE_THREADS``, started as work comes and none idle; the framework's own
(anyio, for the endpoints FastAPI answers and the sweeper) are limited to ``FRAMEWORK_THREADS``,
so that at most 40 threads of a process hold a database connection at once, as before
(``db.POOL_SIZE`` + ``db.MAX_OVERFLOW`` = 45, two of them the notifier's).

A caller that is cancelled while its function runs does not wait for it (anyio's default does);
the function finishes in its thread and its result is dropped.
"""
from __future__ import annotations

import asyncio
import contextvars
import threading
from queue import SimpleQueue
from typing import Callable

#: Worker threads of the hot paths; the framework's (anyio's) threads, per process.
EDGE_THREADS, FRAMEWORK_THREADS = 30, 10


def _settle(future: asyncio.Future, ok: bool, value) -> None:
    if not future.cancelled():
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)


class Workers:
    """Up to ``size`` daemon threads running functions handed over by ``run`` (see the module)."""

    def __init__(self, size: int, name: str = "docflow-worker") -> None:
        self.size = size
        self.name = name
        self._queue: SimpleQueue = SimpleQueue()
        self._lock = threading.Lock()
        self._threads = 0
        #: threads waiting for work that no hand-off has counted on yet
        self._idle = 0

    def run(self, fn: Callable, *args) -> asyncio.Future:
        """A future of ``fn(*args)``, run in a worker thread in a copy of the caller's context."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        start = False
        with self._lock:
            if self._idle:
                self._idle -= 1       # that thread takes this
            elif self._threads < self.size:
                self._threads += 1    # a new one takes this
                start = True
        self._queue.put((loop, future, contextvars.copy_context(), fn, args))
        if start:
            threading.Thread(target=self._work, name=f"{self.name}-{self._threads}", daemon=True).start()
        return future

    def _work(self) -> None:
        while True:
            loop, future, context, fn, args = self._queue.get()
            try:
                value, ok = context.run(fn, *args), True
            except BaseException as exc:  # noqa: BLE001 - handed to the awaiting request, raised there
                value, ok = exc, False
            try:
                loop.call_soon_threadsafe(_settle, future, ok, value)
            except RuntimeError:  # the loop closed meanwhile (server shutdown): nobody awaits it
                pass
            del loop, future, context, fn, args, value
            with self._lock:
                self._idle += 1


def limit_framework_threads() -> None:
    """Limit anyio's worker threads (the framework's endpoints) to ``FRAMEWORK_THREADS``; call on
    the event loop at start-up."""
    import anyio.to_thread

    anyio.to_thread.current_default_thread_limiter().total_tokens = FRAMEWORK_THREADS
