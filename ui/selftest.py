"""``docflow-app --self-test``: the core self-test (desktop_app.selftest) plus Qt drawing a PDF page.

Without ``--show`` the report goes to stdout (and ``--report FILE``) and the program exits 0 or 1.
With ``--show`` -- the menu's "Docflow self-test" entry, and always when there is no stdout (the
windowed Windows program) -- a window lists the checks as they finish and keeps the report on
screen to copy or save. With no screen at all the checks run offscreen.
"""
from __future__ import annotations

import queue
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout,
)

from desktop_app import selftest


def qt_check(state: dict) -> str:
    """Qt loads its platform plug-in and QtPdf draws the sample page with ink on it."""
    from PySide6.QtCore import qVersion
    from PySide6.QtPdf import QPdfDocument

    path = Path(state["tmp"]) / "qt-sample.pdf"
    path.write_bytes(selftest.sample_pdf())
    doc = QPdfDocument()
    try:
        if doc.load(str(path)) != QPdfDocument.Error.None_ or doc.pageCount() != 1:
            raise selftest.CheckFailed(QApplication.translate("SelfTest", "Qt could not open the sample PDF."))
        image = doc.render(0, QSize(592, 420)).convertToFormat(QImage.Format.Format_Grayscale8)
    finally:
        doc.close()
    dark = _dark_fraction(image)
    if not 0.002 < dark < 0.5:
        raise selftest.CheckFailed(QApplication.translate("SelfTest", "Qt drew the sample page wrongly ({p:.1%} dark).").format(p=dark))
    return QApplication.translate("SelfTest", "Qt {version} on the \"{platform}\" platform drew the sample page.").format(
        version=qVersion(), platform=QGuiApplication.platformName())


def _dark_fraction(image: QImage) -> float:
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())[: stride * height]
    dark = sum(1 for y in range(0, height, 2) for v in data[y * stride: y * stride + width: 2] if v < 128)
    return dark / max(1, ((height + 1) // 2) * ((width + 1) // 2))


def qt_checks() -> list:
    return [("qt", QApplication.translate("SelfTest", "Window toolkit (Qt) and PDF preview"), qt_check)]


def run(app: QApplication, *, show: bool, report_file: str | None) -> int:
    """Run the self-test; print/write the report, or show it in a window when ``show``."""
    if show:
        return _run_shown(app, report_file)
    report = selftest.run(qt_checks(), progress=_print_progress)
    _deliver(report, report_file)
    return report.exit_code


def _print_progress(title: str) -> None:
    if sys.stderr is not None:
        print(QApplication.translate("SelfTest", "checking: {what}").format(what=title), file=sys.stderr, flush=True)


def _deliver(report: selftest.SelfTestReport, report_file: str | None) -> None:
    text = report.to_text()
    if sys.stdout is not None:
        print(text, flush=True)
    if report_file:
        Path(report_file).write_text(text + "\n", encoding="utf-8")


class SelfTestDialog(QDialog):
    """Shows the checks as they finish; the report stays for the person to copy."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Docflow self-test"))
        self.resize(760, 520)
        self.status = QLabel(self.tr("Checking this installation; this takes up to a minute..."))
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # the status column lines up
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))  # Qt has no az catalogue
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addWidget(self.text)
        lay.addWidget(self.buttons)


def _run_shown(app: QApplication, report_file: str | None) -> int:
    dialog = SelfTestDialog()
    events: queue.Queue = queue.Queue()
    outcome: dict = {}

    def work() -> None:  # the core checks off the GUI thread; Qt's own check comes back to it
        outcome["core"] = selftest.run(progress=lambda title: events.put(("progress", title)))
        events.put(("core-done", None))

    def pump() -> None:
        while not events.empty():
            kind, value = events.get()
            if kind == "progress":
                dialog.text.appendPlainText(QApplication.translate("SelfTest", "checking: {what}").format(what=value))
            elif kind == "core-done":
                timer.stop()
                qt_report = selftest.run(qt_checks(), core=False)
                report = selftest.merge(outcome["core"], qt_report)
                outcome["report"] = report
                dialog.text.setPlainText(report.to_text())
                dialog.status.setText(app.translate("SelfTest", "Done. Copy this report for support if they ask for it."))
                dialog.buttons.setEnabled(True)
                _deliver(report, report_file)

    timer = QTimer(dialog, interval=100, timeout=pump)
    timer.start()
    threading.Thread(target=work, name="docflow-selftest", daemon=True).start()
    dialog.exec()
    report = outcome.get("report")
    return report.exit_code if report is not None else 1
