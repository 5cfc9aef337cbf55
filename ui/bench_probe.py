"""Measurements taken inside the real app for ``bench/startup.py`` (hidden ``--bench-report`` option).

Nothing here runs in normal use. With ``--bench-report FILE`` the app writes JSON to FILE:

* ``interactive_at``: wall time when the window is shown and the event loop has turned once
  (the parent subtracts the time it started the process: the cold start, imports included);
* ``rss_idle_mb``: resident memory after three idle seconds;
* with ``--bench-scan N``: ``scan_peak_mb`` (the process's peak resident memory, VmHWM) through an
  N-page scan from the SANE test device with clean-up and OCR, done by the same services the Scan
  dialog and the OCR action use (pages spooled to disk as they arrive, as the dialog does), and ``rss_after_mb`` five seconds after it finished.
"""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)


def _status_mb(field: str) -> float:
    """VmRSS / VmHWM of this process in MB (Linux); 0 elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class BenchProbe:
    def __init__(self, window, report: str, scan_pages: int = 0):  # noqa: ANN001 - MainWindow
        self.window = window
        self.path = Path(report)
        self.scan_pages = scan_pages
        self.data: dict = {}
        QTimer.singleShot(0, self._interactive)

    def _write(self) -> None:
        self.path.write_text(json.dumps(self.data))

    def _interactive(self) -> None:
        self.data["interactive_at"] = time.time()
        self.data["rows"] = self.window.model.rowCount()
        self._write()
        QTimer.singleShot(3000, self._idle)

    def _idle(self) -> None:
        self.data["rss_idle_mb"] = _status_mb("VmRSS")
        self.data["hwm_before_scan_mb"] = _status_mb("VmHWM")
        self._write()
        if self.scan_pages:
            self._scan()
        else:
            self.window.quit()

    def _scan(self) -> None:
        from desktop_app.intake.scanner import ScanMode, ScanOptions, ScanSource
        from desktop_app.intake.spool import PageSpool

        ctx, n = self.window.ctx, self.scan_pages

        def work(task):  # noqa: ANN001, ANN202 - the Scan dialog's and the OCR action's path
            svc = ctx.intake
            devices, problems = svc.devices()
            test = next((d for d in devices if d.id.startswith("test")), None)
            if test is None:
                raise RuntimeError(f"no SANE test device: {problems}")
            # As the Scan dialog does: each page spooled to disk as it arrives, none held in memory.
            spool, pages = PageSpool(), []
            try:
                svc.scan(test.id, ScanOptions(ScanMode.GREY, 300, ScanSource.ADF, "A4", max_pages=n),
                         progress=lambda p: pages.append(spool.add(p.page)), keep_pages=False)
                made = svc.create_from_pages(pages, subject="bench scan")
            finally:
                spool.close()
            outcome = svc.ocr_document(made.document.id)
            return made.pages, outcome.file is not None

        def done(res) -> None:  # noqa: ANN001
            self.data["scanned_pages"], self.data["ocr_done"] = res
            self.data["scan_peak_mb"] = _status_mb("VmHWM")
            self._write()
            QTimer.singleShot(5000, self._after)

        def failed(exc: BaseException) -> None:
            self.data["scan_error"] = f"{type(exc).__name__}: {exc}"
            self._write()
            self.window.quit()

        self.ui_run(work, done, failed)

    def ui_run(self, work, done, failed) -> None:  # noqa: ANN001
        self.window.ui.tasks.run(work, on_success=done, on_failure=failed, label="bench", writer=True)

    def _after(self) -> None:
        self.data["rss_after_mb"] = _status_mb("VmRSS")
        self._write()
        self.window.quit()
