"""The office's paper in the window (issue 17): File ▸ Print… / Export… / Stamped copy… for the
shown document's card, and a Reports menu (registers for a period, the control report, the appeals
report). Each report is built and rendered off the GUI thread (``ui.tasks``), previewed in the
window (the PDF in a :class:`~ui.preview.PageView`), then printed or saved as PDF or XLSX.

Shortcuts: Ctrl+P print the card · Ctrl+Alt+E export the card · Ctrl+Alt+B stamped copy ·
Ctrl+Alt+J registers · Ctrl+Alt+N control report (the Control menu's own action: its table, then
"Print or save…" for the paper) · Ctrl+Alt+H appeals report · Ctrl+Alt+V archive
inventory.
"""
from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from desktop_app.locale import today as local_today
from desktop_app import labels, reports
from desktop_app.blobs import atomic_write
from docflow_protocol import APPEAL_JOURNAL_KIND, DocumentKind
from ui.preview import PageView
from ui.register_dialog import date_edit
from ui.widgets import menu_action

log = logging.getLogger(__name__)


class PreviewDialog(QDialog):
    """A rendered report (or stamped copy) in the window, with Print…, Save as PDF… and Save as XLSX…"""

    def __init__(self, feature: "ReportsFeature", title: str, pdf: bytes, report: reports.Report | None,
                 stem: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.feature, self.report, self.pdf, self.stem = feature, report, pdf, stem
        self.setWindowTitle(title)
        self.setObjectName("reportPreview")
        self.resize(900, 700)
        self._tmp = tempfile.TemporaryDirectory(prefix="docflow-preview-")
        self.path = Path(self._tmp.name) / f"{stem}.pdf"
        self.path.write_bytes(pdf)
        self.view = PageView(self)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # kept: the dialog opens with the last choice
        self.view.setAccessibleName(title)
        self.view.show_pdf(str(self.path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(QCoreApplication.translate("Reports", "&Print…"))
        self.pdf_button = QPushButton(QCoreApplication.translate("Reports", "Save as P&DF…"))
        self.xlsx_button = QPushButton(QCoreApplication.translate("Reports", "Save as &XLSX…"))
        for b in (self.print_button, self.pdf_button, self.xlsx_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.xlsx_button.setVisible(report is not None)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addWidget(buttons)

    def done(self, result: int) -> None:  # noqa: D102 - the preview's file goes with the dialog
        super().done(result)
        self.view.clear()
        self._tmp.cleanup()

    def save(self, fmt: str) -> None:
        self.feature.save(self, self.report, self.pdf if fmt == "pdf" else None, fmt, self.stem)

    def print_(self) -> None:
        """The PDF's pages, rendered at the printer's resolution, on the chosen printer."""
        printer = self.printer
        dlg = QPrintDialog(printer, self)
        if not self.feature.ui.dialogs.run(dlg):
            return
        doc = self.view.document
        painter = QPainter()
        if not painter.begin(printer):
            self.feature.ui.dialogs.error(self, self.windowTitle(), QCoreApplication.translate("Reports", "The printer could not be started."))
            return
        try:
            for i in range(doc.pageCount()):
                if i:
                    printer.newPage()
                target = painter.viewport()
                size = doc.pagePointSize(i).toSize().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(0, 0, doc.render(i, size))
        finally:
            painter.end()
        log.info("printed %s (%d pages)", self.stem, doc.pageCount())


class PeriodDialog(QDialog):
    """A period (and a journal, for a register; a year, for the archive inventory)."""

    def __init__(self, title: str, journals: list | None = None, year: bool = False,
                 parent: QWidget | None = None, all_journals: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        today = local_today()
        self.journal = None
        if journals is not None:
            self.journal = QComboBox()
            self.journal.setObjectName("reportJournal")
            if all_journals is not None:  # the appeals report: all appeals journals, or one of them
                self.journal.addItem(all_journals, None)
            for j in journals:
                self.journal.addItem(f"{j.code} — {labels.journal_name(j.code, j.name, j.kind)}", j.code)
            # the register asked for most is the incoming one, not the first in the alphabet
            first = next((i for i, j in enumerate(journals) if j.kind == DocumentKind.INCOMING.value), 0)
            self.journal.setCurrentIndex(0 if all_journals is not None else first)
            form.addRow(QCoreApplication.translate("Reports", "&Journal"), self.journal)
        if year:
            self.year = QSpinBox()
            self.year.setObjectName("reportYear")
            self.year.setRange(1990, 2999)
            self.year.setValue(today.year)
            form.addRow(QCoreApplication.translate("Reports", "&Year"), self.year)
        else:
            self.date_from, self.date_to = date_edit(today.replace(month=1, day=1)), date_edit(today)
            self.date_from.setObjectName("reportFrom")
            self.date_to.setObjectName("reportTo")
            form.addRow(QCoreApplication.translate("Reports", "&From"), self.date_from)
            form.addRow(QCoreApplication.translate("Reports", "&To"), self.date_to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()


class ReportsFeature:
    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window, self.ui, self.ctx = window, window.ui, window.ctx
        self.menu = window.menuBar().addMenu(QCoreApplication.translate("Reports", "Re&ports"))
        file_menu = window.menu_file
        self.act_print = self._action("actPrintCard", QCoreApplication.translate("Reports", "&Print the card…"), QKeySequence.StandardKey.Print, self.print_card, file_menu)
        self.act_export = self._action("actExportCard", QCoreApplication.translate("Reports", "E&xport the card…"), "Ctrl+Alt+E", self.export_card, file_menu)
        self.act_stamp = self._action("actStampedCopy", QCoreApplication.translate("Reports", "Copy with the registration &stamp…"), "Ctrl+Alt+B", self.stamped_copy, file_menu)
        self.act_register = self._action("actRegisters", QCoreApplication.translate("Reports", "&Registers for a period…"), "Ctrl+Alt+J", self.registers, self.menu)
        self.act_control = window.control.act_report  # one action, one shortcut, in both menus
        self.menu.addAction(self.act_control)
        self.act_appeals = self._action("actAppealsReport", QCoreApplication.translate("Reports", "&Appeals report…"), "Ctrl+Alt+H", self.appeals_report, self.menu)
        self.act_inventory = self._action("actArchiveInventory", QCoreApplication.translate("Reports", "Archive &inventory…"), "Ctrl+Alt+V",
                                          self.inventory, self.menu)
        window.document_shown.connect(lambda _d: self.update_actions())
        self.update_actions()

    def _action(self, name: str, text: str, keys, slot: Callable[[], None], menu) -> QAction:  # noqa: ANN001
        return menu_action(self.window, menu, name, text, keys, slot)

    def _detail(self):  # noqa: ANN202 - DocumentDetail | None
        return self.window.detail.detail

    def update_actions(self) -> None:
        d = self._detail()
        self.act_print.setEnabled(d is not None)
        self.act_export.setEnabled(d is not None)
        self.act_stamp.setEnabled(d is not None and d.registration is not None)

    # ------------------------------------------------------------------ running
    def _build(self, title: str, build: Callable[[], reports.Report], stem: str) -> None:
        """Build and render off the GUI thread, then show the preview."""
        def work(_task):  # noqa: ANN001, ANN202
            report = build()
            return report, reports.render(report, "pdf")

        self.ui.tasks.run(work, on_success=lambda r: self._preview(title, r[1], r[0], stem),
                          on_failure=lambda exc: self.ui.dialogs.failure(self.window, title, exc), label=title)

    def _preview(self, title: str, pdf: bytes, report: reports.Report | None, stem: str) -> None:
        dlg = PreviewDialog(self, title, pdf, report, stem, self.window)
        self.window.report_preview = dlg  # tests reach the open preview here
        self.ui.dialogs.run(dlg)

    def save(self, parent: QWidget, report: reports.Report | None, pdf: bytes | None, fmt: str, stem: str) -> None:
        """Ask for a file and write the report there (off the GUI thread), whole or not at all."""
        filters = QCoreApplication.translate("Reports", "PDF files (*.pdf)") if fmt == "pdf" else QCoreApplication.translate("Reports", "Excel workbooks (*.xlsx)")
        path = self.ui.dialogs.save_file(parent, QCoreApplication.translate("Reports", "Save the report"), f"{stem}.{fmt}", filters)
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        title = QCoreApplication.translate("Reports", "Save the report")

        def work(_task):  # noqa: ANN001, ANN202
            if pdf is not None:
                atomic_write(reports.check_target(path), pdf)
            else:
                reports.write(report, fmt, path)
            return path

        self.ui.tasks.run(work, on_success=lambda p: self.window.notify.show_in_status_bar(QCoreApplication.translate("Reports", "Saved to {path}").replace("{path}", p), 5000),
                          on_failure=lambda exc: self.ui.dialogs.failure(parent, title, exc), label=title)

    # ------------------------------------------------------------------ the shown document
    def _stem(self, d) -> str:  # noqa: ANN001
        number = d.registration.number if d.registration else d.id[:8]
        return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in number)

    def print_card(self) -> None:
        d = self._detail()
        if d is not None:
            svc = self.ctx.reports
            self._build(QCoreApplication.translate("Reports", "Registration-control card"), lambda: svc.card(d.id), f"card-{self._stem(d)}")

    def export_card(self) -> None:
        d = self._detail()
        if d is None:
            return
        path = self.ui.dialogs.save_file(self.window, QCoreApplication.translate("Reports", "Export the card"), f"card-{self._stem(d)}.pdf",
                                         ";;".join((QCoreApplication.translate("Reports", "PDF files (*.pdf)"), QCoreApplication.translate("Reports", "Excel workbooks (*.xlsx)"))))
        if not path:
            return
        fmt = "xlsx" if path.lower().endswith(".xlsx") else "pdf"
        svc, title = self.ctx.reports, QCoreApplication.translate("Reports", "Export the card")
        self.ui.tasks.run(lambda _t_: reports.write(svc.card(d.id), fmt, path),
                          on_success=lambda p: self.window.notify.show_in_status_bar(QCoreApplication.translate("Reports", "Saved to {path}").replace("{path}", str(p)), 5000),
                          on_failure=lambda exc: self.ui.dialogs.failure(self.window, title, exc), label=title)

    def stamped_copy(self) -> None:
        d = self._detail()
        if d is None or d.registration is None:
            return
        svc, title = self.ctx.reports, QCoreApplication.translate("Reports", "Copy with the registration stamp")
        self.ui.tasks.run(lambda _t_: svc.stamped_copy(d.id), on_success=lambda pdf: self._preview(title, pdf, None, f"stamped-{self._stem(d)}"),
                          on_failure=lambda exc: self.ui.dialogs.failure(self.window, title, exc), label=title)

    # ------------------------------------------------------------------ the Reports menu
    def registers(self) -> None:
        dlg = PeriodDialog(QCoreApplication.translate("Reports", "Registers for a period"), self.ctx.documents.journals(), parent=self.window)
        if not self.ui.dialogs.run(dlg):
            return
        code, (start, end), svc = dlg.journal.currentData(), dlg.period(), self.ctx.reports
        self._build(QCoreApplication.translate("Reports", "Register"), lambda: svc.register(code, start, end), f"register-{code}-{start}-{end}")

    def control_paper(self, month: dt.date) -> None:
        """The control report of ``month`` on paper (the Control report's "Print or save…")."""
        month, svc = month.replace(day=1), self.ctx.reports
        self._build(QCoreApplication.translate("Reports", "Control report"), lambda: svc.control(month), f"control-{month:%Y-%m}")

    def appeals_report(self) -> None:
        journals = [j for j in self.ctx.documents.journals() if j.kind == APPEAL_JOURNAL_KIND]
        dlg = PeriodDialog(QCoreApplication.translate("Reports", "Appeals report"), journals, parent=self.window,
                           all_journals=QCoreApplication.translate("Reports", "All appeals journals"))
        if not self.ui.dialogs.run(dlg):
            return
        (start, end), code, svc = dlg.period(), dlg.journal.currentData(), self.ctx.reports
        self._build(QCoreApplication.translate("Reports", "Appeals report"), lambda: svc.appeals(start, end, journal=code),
                    f"appeals-{code or 'all'}-{start}-{end}")

    def inventory(self) -> None:
        dlg = PeriodDialog(QCoreApplication.translate("Reports", "Archive inventory"), year=True, parent=self.window)
        if not self.ui.dialogs.run(dlg):
            return
        year, svc = dlg.year.value(), self.ctx.reports
        self._build(QCoreApplication.translate("Reports", "Archive inventory"), lambda: svc.inventory(year), f"inventory-{year}")


def install(window) -> ReportsFeature:  # noqa: ANN001 - MainWindow
    feature = ReportsFeature(window)
    window.reports = feature
    return feature
