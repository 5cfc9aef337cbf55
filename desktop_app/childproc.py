"""Heavy work in a child process, so that it never holds the app's GIL.

Pure-Python and GIL-holding work run on one of the app's threads makes the window queue for the GIL
behind it (the stall watchdog's ``gil`` and ``contention`` verdicts, issue 15). A :class:`ChildProcess`
is one child, started on first use, reused, shut down with its service; the signing process
(``desktop_app/signing/worker.py``) and the intake process (``desktop_app/intake/child.py``) are two.

- Started with ``forkserver`` where the platform has it (the modules of :data:`PRELOAD` imported once
  in the fork server, so that a child is ready in milliseconds), else ``spawn``; never ``fork`` (the
  app has Qt and threads). The fork server is one per app process, so its preload names every
  child's modules.
- The child runs at the priority of the app's background threads, below the window's
  (:func:`desktop_app.worker.lower_priority`).
- Every call carries the app's language and time zone (a sentence written in the child is in the
  person's language) and the child's log records go to the app's log.
- Errors come back as the same :class:`~desktop_app.errors.DocflowError` (code and sentence); an
  error that cannot cross the pipe, a child that died, a call after shutdown become the subclass's
  own error (:meth:`ChildProcess.died`, :meth:`ChildProcess.closed`, its ``failed`` function).
"""
from __future__ import annotations

import logging
import logging.handlers
import multiprocessing
import os
import pickle
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable

from desktop_app import i18n, locale
from desktop_app.errors import DocflowError
from desktop_app.worker import background_nice, set_priority

log = logging.getLogger(__name__)

#: Imported once in the fork server, so that each child starts with them loaded.
PRELOAD = ["desktop_app.signing.sign", "desktop_app.signing.validate", "desktop_app.signing.upgrade",
           "desktop_app.signing.identities", "desktop_app.intake.child"]


def _child_init(env: dict[str, str], log_queue, level: int, nice: int | None) -> None:  # noqa: ANN001 - a Queue
    """In the child: the app's environment (a fork server's may be older), its log, and the priority of
    the app's background threads (the window's thread runs first: desktop_app/worker.py). The child
    ends with the app, however the app ends."""
    _end_with_the_app()
    set_priority(0, nice)
    os.environ.clear()
    os.environ.update(env)
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(log_queue)]
    root.setLevel(level)
    logging.getLogger("fontTools").setLevel(logging.ERROR)


def _end_with_the_app() -> None:
    """In the child: exit once the app that started it is gone. An app ended by a signal (a session's
    logout sends SIGTERM) or killed never shuts its pool down, and the pool's worker waits on its call
    queue for ever -- it holds that queue's writing end itself -- keeping the fork server alive with it
    (seen after the walks: both still running hours later). The parent's sentinel (multiprocessing's
    pipe from the app, or the app's process handle on Windows) becomes ready when the app ends."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(0)  # nothing to hand back to: the app is gone (its files are written atomically)

    threading.Thread(target=watch, name="docflow-app-watch", daemon=True).start()


def _child_call(language: str, time_zone: str, failed: Callable[[str], DocflowError], fn: Callable,
                args: tuple, kwargs: dict) -> Any:
    """In the child: run ``fn`` in the app's language and time zone; an error the app cannot
    unpickle comes back as ``failed(reason)``."""
    if i18n.current_language() != language:
        i18n.set_language(language)
    locale.set_time_zone(time_zone)
    try:
        return fn(*args, **kwargs)
    except DocflowError:
        raise
    except Exception as exc:
        logging.getLogger(failed.__module__).warning(  # the log of the module the child's work belongs to
            "work %s failed in the child process", getattr(fn, "__name__", fn), exc_info=True)
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # noqa: BLE001 - any failure to carry it back: send a sentence instead
            raise failed(f"{type(exc).__name__}: {exc}"[:300]) from None
        raise


class _Relay(logging.Handler):
    """The child's log records, handed to the app's loggers of the same name."""

    def handle(self, record: logging.LogRecord) -> bool:
        logging.getLogger(record.name).handle(record)
        return True

    def emit(self, record: logging.LogRecord) -> None:  # pragma: no cover - handle() does the work
        self.handle(record)


def _context():  # noqa: ANN202 - a multiprocessing context
    if sys.platform != "win32" and not getattr(sys, "frozen", False) and "forkserver" in multiprocessing.get_all_start_methods():
        mp = multiprocessing.get_context("forkserver")
        mp.set_forkserver_preload(PRELOAD)  # only read when the fork server starts (once per app)
        return mp
    return multiprocessing.get_context("spawn")


class ChildProcess:
    """The app's side of one child process (started on first use, reused).

    Subclasses name it (:attr:`name`, for the log), give :attr:`failed` (a module-level function:
    reason -> the error to raise for an exception that cannot cross the pipe) and the errors of
    :meth:`closed` and :meth:`died`."""

    name = "child process"
    failed: Callable[[str], DocflowError]

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._listener: logging.handlers.QueueListener | None = None
        self._closed = False

    def closed(self) -> DocflowError:
        """The error of a call made after :meth:`shutdown`."""
        raise NotImplementedError

    def died(self) -> DocflowError:
        """The error of a call whose child stopped unexpectedly (the next call starts a new one)."""
        raise NotImplementedError

    def _ensure(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise self.closed()
            if self._pool is None:
                mp = _context()
                queue = mp.Queue()
                self._listener = logging.handlers.QueueListener(queue, _Relay())
                self._listener.start()
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=mp, initializer=_child_init,
                                                 initargs=(dict(os.environ), queue,
                                                           logging.getLogger().getEffectiveLevel(), background_nice()))
                log.info("%s starting (%s)", self.name, mp.get_start_method())
            return self._pool

    def call(self, fn: Callable, *args: Any, **kwargs: Any) -> Any:
        """Run ``fn(*args, **kwargs)`` in the child and return its result (or raise its error)."""
        pool = self._ensure()
        try:
            return pool.submit(_child_call, i18n.current_language(), locale.zone_name(), type(self).failed,
                               fn, args, kwargs).result()
        except BrokenProcessPool:
            log.error("the %s stopped unexpectedly; the next call starts a new one", self.name)
            self._reset(pool)
            raise self.died() from None

    def _reset(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                self._pool = None
                listener, self._listener = self._listener, None
            else:
                listener = None
        broken.shutdown(wait=False, cancel_futures=True)
        if listener is not None:
            listener.stop()

    def running(self) -> bool:
        with self._lock:
            return self._pool is not None

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop the child (the app is closing); later calls are refused. A child still busy after
        ``timeout`` seconds (a long render, or one stuck) is killed: closing never waits for ever."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
            listener, self._listener = self._listener, None
        if pool is not None:
            _stop(pool, timeout, self.name)
        if listener is not None:
            listener.stop()


def _stop(pool: ProcessPoolExecutor, timeout: float, name: str) -> None:
    """Shut ``pool`` down, waiting at most ``timeout`` s for its child to finish its call."""
    children = list((getattr(pool, "_processes", None) or {}).values())  # no public list of them
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + timeout
    for child in children:
        child.join(max(0.0, deadline - time.monotonic()))
        if child.is_alive():
            log.warning("the %s did not stop within %.0f s; stopped by force", name, timeout)
            child.kill()
            child.join(5)
    log.info("%s stopped", name)
