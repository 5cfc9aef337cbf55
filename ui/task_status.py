"""Long work in the main window's status bar: while a task of ``ui/tasks.py`` with a label runs, a
progress bar and its words ("Importing: letter.pdf") show at the right of the status bar; quiet
background reads (no label) show nothing.

``install(window)`` is called once by ``MainWindow.__init__``; it sets ``window.progress`` and
``window.progress_label``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar


class TaskStatus:
    """The status bar's progress bar and label, following every labelled task."""

    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self._running: dict[int, str] = {}
        # Progress is shown at most every 100 ms, the latest report winning: several tasks report at
        # once, and each shown report relays out the status bar on the GUI thread.
        self._latest: tuple[int, int, int, str] | None = None
        self._show_timer = QTimer(window, singleShot=True, interval=100)
        self._show_timer.timeout.connect(self._show_latest)
        self.progress = QProgressBar()
        self.progress.setObjectName("taskProgress")
        self.progress.setAccessibleName(QCoreApplication.translate("MainWindow", "Progress"))
        self.progress.setMaximumWidth(180)
        self.progress.setVisible(False)
        self.label = QLabel()
        self.label.setObjectName("taskLabel")
        window.statusBar().addPermanentWidget(self.label)
        window.statusBar().addPermanentWidget(self.progress)
        tasks = window.ui.tasks
        tasks.started.connect(self.started)
        tasks.progressed.connect(self.progressed)
        tasks.finished.connect(self.finished)

    def started(self, tid: int, label: str) -> None:
        if not label:
            return  # quiet background reads (queue counts) do not flicker the status bar
        self._running[tid] = label
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.label.setText(label)

    def progressed(self, tid: int, done: int, total: int, text: str) -> None:
        if tid not in self._running:
            return
        self._latest = (tid, done, total, text)
        if not self._show_timer.isActive():
            self._show_timer.start()

    def _show_latest(self) -> None:
        latest, self._latest = self._latest, None
        if latest is None or latest[0] not in self._running:
            return
        tid, done, total, text = latest
        if total > 0:
            if self.progress.maximum() != total:
                self.progress.setRange(0, total)
            self.progress.setValue(done)
        if text:
            words = progress_text(self._running.get(tid, ""), text)
            if self.label.text() != words:
                self.label.setText(words)

    def finished(self, tid: int) -> None:
        self._running.pop(tid, None)
        if self._latest is not None and self._latest[0] == tid:
            self._latest = None
        if not self._running:
            self.progress.setVisible(False)
            self.label.clear()
        else:
            self.label.setText(next(iter(self._running.values())))


def progress_text(label: str, text: str) -> str:
    """``label: text`` -- unless the task's text already says it (no "Recognising: Recognising: …")."""
    if not label or not text:
        return text or label
    if text.casefold().startswith(label.casefold()):
        return text
    return f"{label}: {text}"


def install(window) -> TaskStatus:  # noqa: ANN001 - MainWindow
    """Put the task display in ``window``'s status bar."""
    status = TaskStatus(window)
    window.task_status = status
    window.progress, window.progress_label = status.progress, status.label
    return status
