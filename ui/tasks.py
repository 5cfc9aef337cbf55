"""The one way to run work off the GUI thread.

Two executors, after Anki's taskman: a *single* writer thread for work that mutates the
SQLite store (so writes never contend) and a pool for everything else (HTTP, PDF, OCR,
signing). Results and errors come back on the GUI thread; every task reports progress to
the window's status bar through :class:`TaskManager` signals.

    ui.tasks.run(lambda task: ctx.documents.import_files(paths, progress=task.progress,
                                                          cancelled=task.cancelled),
                 on_success=show_result, label=self.tr("Importing"), writer=True)
"""
from __future__ import annotations

import gc
import itertools
import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from desktop_app.errors import DocflowError
from desktop_app.worker import lower_priority
from ui.relay import Relay

log = logging.getLogger(__name__)


class TaskHandle:
    """What a running task sees: report progress, notice cancellation."""

    #: Progress reaches the window at most this often (s): every report is a call on the GUI thread.
    PROGRESS_INTERVAL = 0.1

    def __init__(self, task_id: int, emitter: "_Emitter"):
        self.id = task_id
        self._emitter = emitter
        self._cancel = threading.Event()
        self._last_progress = 0.0

    def progress(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if now - self._last_progress < self.PROGRESS_INTERVAL and not (total and done >= total):
            return
        self._last_progress = now
        self._emitter.post("progress", self.id, int(done), int(total), str(text), latest=("progress", self.id))

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Emitter(Relay):
    """A worker's progress and result, emitted on the GUI thread (see ui/relay.py)."""

    progress = Signal(int, int, int, str)
    succeeded = Signal(int, object)
    failed = Signal(int, object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskHandle], Any], handle: TaskHandle, emitter: _Emitter):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._handle, self._emitter = fn, handle, emitter

    def run(self) -> None:
        lower_priority()  # the window's thread first when the cores are busy (desktop_app/worker.py)
        try:
            result = self._fn(self._handle)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            exc.__docflow_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emitter.post("failed", self._handle.id, exc)
        else:
            self._emitter.post("succeeded", self._handle.id, result)


class TaskManager(QObject):
    """Owns the writer thread and the pool; emits start/progress/finish for the status bar."""

    started = Signal(int, str)
    progressed = Signal(int, int, int, str)
    finished = Signal(int)

    #: How long a worker may hold the GIL while the GUI thread waits for it (seconds). Python's default
    #: (5 ms) lets busy workers (signing, PDF, sync) make each of the GUI thread's many short Python
    #: calls (a table paints through hundreds of ``data()`` calls) wait 5 ms: seconds of frozen window.
    GIL_SWITCH_INTERVAL = 0.0005

    def __init__(self, parent: QObject | None = None, pool_size: int = 4):
        super().__init__(parent)
        if sys.getswitchinterval() > self.GIL_SWITCH_INTERVAL:
            sys.setswitchinterval(self.GIL_SWITCH_INTERVAL)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(pool_size)
        self._ids = itertools.count(1)
        self._emitter = _Emitter()
        self._emitter.progress.connect(self.progressed)
        self._emitter.succeeded.connect(self._on_success)
        self._emitter.failed.connect(self._on_failure)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._labels: dict[int, str] = {}
        self._closed = False
        # After the last job of a burst, give the memory it freed back to the system (a scan with OCR
        # frees hundreds of MB that the C allocator would otherwise keep mapped).
        self._release_timer = QTimer(self, singleShot=True, interval=2000)
        self._release_timer.timeout.connect(self._release_memory)
        self.handles: dict[int, TaskHandle] = {}

    def run(self, fn: Callable[[TaskHandle], Any], *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None, label: str = "", writer: bool = False) -> TaskHandle:
        """Run ``fn(handle)`` off the GUI thread; callbacks run on the GUI thread."""
        tid = next(self._ids)
        handle = TaskHandle(tid, self._emitter)
        self._callbacks[tid] = (on_success, on_failure)
        self.handles[tid] = handle
        self._labels[tid] = label
        log.debug("task %d started: %s", tid, label)
        self.started.emit(tid, label)
        (self._writer if writer else self._pool).start(_Runnable(fn, handle, self._emitter))
        return handle

    def cancel_all(self) -> None:
        for h in list(self.handles.values()):
            h.cancel()

    def close(self) -> None:
        """The window is going: cancel what runs and drop the callbacks still to come (their widgets
        are being deleted); results that arrive later are only logged."""
        self._closed = True
        self.cancel_all()

    def busy(self) -> bool:
        return bool(self.handles)

    def wait(self, msecs: int = 30000) -> bool:
        return self._writer.waitForDone(msecs) and self._pool.waitForDone(msecs)

    def _release_memory(self) -> None:
        if self.handles or self._closed:
            return
        threading.Thread(target=release_memory, name="release-memory", daemon=True).start()

    def _finished(self, tid: int) -> None:
        self.finished.emit(tid)
        if not self.handles:
            keep_out_of_full_collections()
            self._release_timer.start()

    @Slot(int, object)
    def _on_success(self, tid: int, result: Any) -> None:
        ok, _ = self._callbacks.pop(tid, (None, None))
        self.handles.pop(tid, None)
        log.debug("task %d done: %s", tid, self._labels.pop(tid, ""))
        self._finished(tid)
        if ok is not None and not self._closed:
            ok(result)

    @Slot(int, object)
    def _on_failure(self, tid: int, exc: BaseException) -> None:
        _, fail = self._callbacks.pop(tid, (None, None))
        self.handles.pop(tid, None)
        label = self._labels.pop(tid, "")
        # Every failure leaves a trace: the person's mistakes briefly, anything else with its traceback.
        if isinstance(exc, DocflowError):
            log.info("task %d (%s) refused: %s", tid, label, exc)
        else:
            log.error("task %d (%s) failed: %s: %s\n%s", tid, label, type(exc).__name__, exc,
                      getattr(exc, "__docflow_traceback__", ""))
        self._finished(tid)
        if self._closed:
            return
        if fail is not None:
            fail(exc)
        else:
            self.unhandled.emit(exc)

    unhandled = Signal(object)


_modules_kept = [0]


def keep_out_of_full_collections() -> None:
    """After a burst of work that imported something new (the intake stack, the sync client, pyHanko
    on first use), move everything alive to the garbage collector's permanent generation
    (``gc.freeze``). A full collection walks every tracked object while holding the GIL -- a pause
    of the window of 0.1-0.3 s per pass on a loaded process (tests/ui/test_stall.py found them
    behind its longest gaps); modules and what they keep never become garbage. The young
    generations are collected first, so little garbage is kept; nothing happens while no new
    module came, so this runs a handful of times per session."""
    loaded = len(sys.modules)
    if loaded <= _modules_kept[0]:
        return
    _modules_kept[0] = loaded
    gc.collect(1)
    gc.freeze()


_libc = []


def release_memory() -> None:
    """Return the C heap's free pages to the system (glibc ``malloc_trim``). No ``gc.collect()``
    here: a full collection holds the GIL for as long as it takes and would freeze the window."""
    if not sys.platform.startswith("linux"):
        return
    try:
        if not _libc:
            import ctypes

            _libc.append(ctypes.CDLL("libc.so.6"))
        _libc[0].malloc_trim(0)  # ctypes releases the GIL during the call
    except (OSError, AttributeError) as exc:
        log.debug("malloc_trim unavailable: %s", exc)
