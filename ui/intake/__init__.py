"""Intake in the main window: Scan…, Recognise text (OCR), and the watched scan folder.

``install(window)`` is called once by ``MainWindow.__init__``.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox

from ui.intake.panel import TransferPanel, size_text


class PagePositionDialog(QDialog):
    """Which page: before which one to insert, or which one to replace."""

    def __init__(self, count: int, insert: bool, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("pagePosition")
        self.setWindowTitle(QCoreApplication.translate("Intake", "Insert pages") if insert
                            else QCoreApplication.translate("Intake", "Replace a page"))
        self.number = QSpinBox(objectName="pageNumber")
        self.number.setRange(1, max(1, count + (1 if insert else 0)))
        self.number.setValue(count + 1 if insert else 1)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("Intake", "Before page") if insert
                    else QCoreApplication.translate("Intake", "Page"), self.number)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class IntakeFeature:
    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window = window
        self.ui = window.ui
        self.ctx = window.ctx
        self.act_scan = QAction(QCoreApplication.translate("Intake", "S&can…"), window)
        self.act_scan.setObjectName("actScan")
        self.act_scan.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.act_scan.triggered.connect(self.scan)
        window.toolbar.addAction(self.act_scan)
        window.menu_file.addAction(self.act_scan)
        self.act_ocr = QAction(QCoreApplication.translate("Intake", "&Recognise text (OCR)"), window)
        self.act_ocr.setObjectName("actOcr")
        self.act_ocr.triggered.connect(self.ocr_selected)
        window.menu_document.addAction(self.act_ocr)
        self.act_watch = QAction(QCoreApplication.translate("Intake", "&Watch scan folder…"), window)
        self.act_watch.setObjectName("actWatchFolder")
        self.act_watch.setCheckable(True)
        self.act_watch.toggled.connect(self._toggle_watch)
        window.menu_tools.addAction(self.act_watch)
        self.act_settings = QAction(QCoreApplication.translate("Intake", "Scanning and &OCR settings…"), window)
        self.act_settings.setObjectName("actIntakeSettings")
        self.act_settings.triggered.connect(self.edit_settings)
        window.menu_tools.addAction(self.act_settings)
        self.act_upload_original = QAction(QCoreApplication.translate("Intake", "&Upload the original"), window)
        self.act_upload_original.setObjectName("actUploadOriginal")
        self.act_upload_original.triggered.connect(self.upload_original)
        self.act_insert = QAction(QCoreApplication.translate("Intake", "&Insert scanned pages…"), window)
        self.act_insert.setObjectName("actInsertPages")
        self.act_insert.triggered.connect(lambda: self.edit_pages(insert=True))
        self.act_replace = QAction(QCoreApplication.translate("Intake", "Re&place a page with a new scan…"), window)
        self.act_replace.setObjectName("actReplacePage")
        self.act_replace.triggered.connect(lambda: self.edit_pages(insert=False))
        window.menu_document.addActions([self.act_insert, self.act_replace, self.act_upload_original])
        self.act_separator = QAction(QCoreApplication.translate("Intake", "Save a &separator sheet to print…"), window)
        self.act_separator.setObjectName("actSeparatorSheet")
        self.act_separator.triggered.connect(self.save_separator_sheet)
        window.menu_tools.addAction(self.act_separator)
        self.panel = TransferPanel()
        self.panel.btn_upload.clicked.connect(self.upload_original)
        window.detail.tabs.addTab(self.panel, QCoreApplication.translate("Intake", "Files"))
        window.table.selectionModel().currentRowChanged.connect(lambda *_a: self._follow())
        self.ui.bridge.changed.connect(lambda change: self._follow(force=self.window.current_id() in change.documents))
        self._watch_task = None
        self._ocr_task = None
        self._ocr_again = False
        self.last_scan = None
        self.last_ocr: list = []
        self.last_sweep: int | None = None
        # Read the setting directly: the intake service (NumPy, Tesseract) loads on first use only.
        if self.ctx.settings.get("intake_watch_folder"):
            self.act_watch.setChecked(True)
        # Start-up: finish recognising scans a previous run left waiting, and remove expired originals.
        QTimer.singleShot(0, self._startup)

    def _startup(self) -> None:
        ctx = self.ctx

        def sweep(task):  # noqa: ANN001, ANN202
            # The intake service (NumPy, Pillow, pikepdf, pypdf: ~0.5 s of imports) is first made here,
            # on a worker: made on the GUI thread it froze the new window for as long.
            return ctx.intake.sweep_originals()

        self.ui.tasks.run(sweep, on_success=self._swept, on_failure=self._sweep_failed,
                          label=QCoreApplication.translate("Intake", "Removing expired scan originals"))

    def _swept(self, removed: int) -> None:
        self.last_sweep = removed
        self.recognise_pending()

    def _sweep_failed(self, exc: BaseException) -> None:
        self.ui.tasks.unhandled.emit(exc)  # shown and logged as any unhandled failure of a task
        self.recognise_pending()

    # ----------------------------------------------------------- transfer tab
    def _follow(self, force: bool = False) -> None:
        doc_id = self.window.current_id()
        shown = self.panel.detail.id if self.panel.detail else None
        if doc_id == shown and not force:
            return
        if doc_id is None:
            self.panel.show_detail(None)
            self.act_upload_original.setEnabled(False)
            return
        docs = self.ctx.documents
        self.ui.tasks.run(lambda task: docs.get_document(doc_id), on_success=self._show_transfer,
                          on_failure=lambda e: self.panel.show_detail(None))

    def _show_transfer(self, detail) -> None:  # noqa: ANN001 - DocumentDetail
        if detail.id == self.window.current_id():
            self.panel.show_detail(detail)
            self.act_upload_original.setEnabled(self.panel.btn_upload.isEnabled())

    def upload_original(self) -> None:
        doc_id = self.window.current_id()
        if not doc_id:
            return
        svc = self.ctx.intake
        self.ui.tasks.run(lambda task: svc.upload_original(doc_id), on_success=lambda infos: self.window.notify.show_in_status_bar(
            QCoreApplication.translate("Intake", "The original will be uploaded ({size}).").replace(
                "{size}", size_text(sum(i.size for i in infos))), 8000),
            on_failure=lambda e: self.window.show_error(QCoreApplication.translate("Intake", "Original not uploaded"), e),
            label=QCoreApplication.translate("Intake", "Queueing the original"))

    def edit_pages(self, insert: bool) -> None:
        """Scan new pages and insert them into (or let them replace a page of) the current document."""
        doc_id = self.window.current_id()
        if not doc_id:
            return
        count = self.ctx.documents.get_document(doc_id).page_count
        where = PagePositionDialog(count, insert, self.window)
        if not self.ui.dialogs.run(where):
            return
        number = where.number.value()
        from ui.intake.scan_dialog import ScanDialog  # Pillow loads when a scan is first made, not at start-up

        dlg = ScanDialog(self.ui, self.window)
        if not self.ui.dialogs.run(dlg) or not dlg.pages():
            dlg.spool.close()
            return
        pages, svc, spool = dlg.pages(), self.ctx.intake, dlg.spool

        def work(task):  # noqa: ANN001, ANN202
            try:
                if insert:
                    return svc.insert_pages(doc_id, number, pages)
                return svc.replace_page(doc_id, number, pages)
            finally:
                spool.close()

        self.ui.tasks.run(work, on_success=self._pages_edited,
                          on_failure=lambda e: self.window.show_error(QCoreApplication.translate("Intake", "Pages not changed"), e),
                          label=QCoreApplication.translate("Intake", "Changing the pages"))

    def _pages_edited(self, info) -> None:  # noqa: ANN001 - FileInfo
        self.last_edit = info
        self.window.notify.show_in_status_bar(QCoreApplication.translate("Intake", "The pages were changed."), 8000)
        self.recognise_pending()

    def save_separator_sheet(self) -> None:
        from pathlib import Path

        folder = self.ui.dialogs.choose_dir(self.window, QCoreApplication.translate("Intake", "Folder for the separator sheet"))
        if not folder:
            return
        svc = self.ctx.intake

        def work(task):  # noqa: ANN001, ANN202
            from desktop_app.intake.watch import move_no_replace

            target = Path(folder)
            tmp = target / ".docflow-separator.pdf.part"
            tmp.write_bytes(svc.separator_sheet_pdf())
            return move_no_replace(tmp, target, QCoreApplication.translate("Intake", "separator-sheet") + ".pdf")

        self.ui.tasks.run(work, on_success=self._separator_saved,
                          on_failure=lambda e: self.window.show_error(QCoreApplication.translate("Intake", "Separator sheet not saved"), e))

    def _separator_saved(self, path) -> None:  # noqa: ANN001 - Path
        self.last_separator = path
        self.ui.dialogs.info(self.window, QCoreApplication.translate("Intake", "Separator sheet"),
                             QCoreApplication.translate("Intake", "The separator sheet was saved as {path}. Print it and put a copy "
                                                        "in front of each document of a stack.").replace("{path}", str(path)))

    # --------------------------------------------------------------------- scan
    def scan(self) -> None:
        from ui.intake.scan_dialog import ScanDialog  # Pillow loads when a scan is first made, not at start-up

        dlg = ScanDialog(self.ui, self.window)
        if not self.ui.dialogs.run(dlg):
            return
        pages, subject, spool = dlg.pages(), dlg.subject(), dlg.spool
        if not pages:
            spool.close()
            return
        svc = self.ctx.intake

        def work(task):  # noqa: ANN001, ANN202
            try:
                return svc.create_from_pages(pages, subject=subject, progress=task.progress)
            finally:
                spool.close()

        self.ui.tasks.run(work, on_success=self._saved, on_failure=lambda e: self.window.show_error(QCoreApplication.translate("Intake", "Scan not saved"), e),
                          label=QCoreApplication.translate("Intake", "Saving the scan"))

    def _saved(self, made) -> None:  # noqa: ANN001 - ScannedDocument
        self.last_scan = made
        msg = QCoreApplication.translate("Intake", "Scanned document saved ({n} page(s))").replace("{n}", str(made.pages))
        if made.removed_blank:
            msg += " " + QCoreApplication.translate("Intake", "{n} blank page(s) removed.").replace("{n}", str(made.removed_blank))
        self.window.notify.show_in_status_bar(msg)  # cut with "…" to the room the bar's own widgets leave
        self.window.refresh_in_background(keep=made.document.id)  # the new scan is the one shown, to register it
        self.recognise_pending()

    # ---------------------------------------------------------------------- OCR
    def recognise_pending(self) -> None:
        """Give every waiting scan its text layer, in the background (one run at a time; a call while
        one runs makes it look again when it ends). With OCR off, the waiting PDFs are sent as they are."""
        if self._ocr_task is not None:
            self._ocr_again = True
            return
        svc = self.ctx.intake

        def work(task):  # noqa: ANN001, ANN202
            return svc.ocr_pending(progress=task.progress)

        self._ocr_task = self.ui.tasks.run(
            work, on_success=self._pending_done,
            on_failure=lambda e: self._pending_failed(e),
            label=QCoreApplication.translate("Intake", "Recognising text"))

    def _pending_done(self, outcomes) -> None:  # noqa: ANN001
        self._ocr_task = None
        if outcomes:
            self._ocr_done(outcomes)
        if self._ocr_again:
            self._ocr_again = False
            self.recognise_pending()

    def _pending_failed(self, exc) -> None:  # noqa: ANN001
        self._ocr_task = None
        self.window.show_error(QCoreApplication.translate("Intake", "Text not recognised"), exc)

    def ocr_selected(self) -> None:
        ids = self.window.selected_ids() or ([self.window.current_id()] if self.window.current_id() else [])
        if ids:
            self.run_ocr(ids)

    def run_ocr(self, ids: list[str]) -> None:
        svc = self.ctx.intake

        def work(task):  # noqa: ANN001, ANN202
            out = []
            for doc_id in ids:
                if task.cancelled():
                    break
                out.append(svc.ocr_document(doc_id, progress=task.progress))
            return out

        self.ui.tasks.run(work, on_success=self._ocr_done, on_failure=lambda e: self.window.show_error(QCoreApplication.translate("Intake", "Text not recognised"), e),
                          label=QCoreApplication.translate("Intake", "Recognising text"))

    def _ocr_done(self, outcomes) -> None:  # noqa: ANN001
        self.last_ocr = outcomes
        problems = [o.message for o in outcomes if o.file is None and o.message]
        done = sum(1 for o in outcomes if o.file is not None)
        self.window.notify.show_in_status_bar(QCoreApplication.translate("Intake", "Text recognised in {n} document(s)").replace("{n}", str(done)), 8000)
        if problems:
            self.ui.dialogs.info(self.window, QCoreApplication.translate("Intake", "Text recognition"), "\n".join(problems))

    # ----------------------------------------------------------------- settings
    def edit_settings(self) -> None:
        """The settings form, opened once the installed OCR languages are known: asking Tesseract
        (``tesseract --list-langs``, a process) takes too long for the GUI thread."""
        from desktop_app.intake.ocr import installed_languages

        self.ui.tasks.run(lambda _t: installed_languages(), on_success=self._open_settings,
                          on_failure=lambda e: self.window.show_error(QCoreApplication.translate("Intake", "Something went wrong"), e),
                          label="")

    def _open_settings(self, languages: set[str]) -> None:
        from ui.intake.settings_dialog import IntakeSettingsDialog

        svc = self.ctx.intake
        dlg = IntakeSettingsDialog(svc.settings(), languages, self.window)
        if self.ui.dialogs.run(dlg):
            svc.save_settings(dlg.value())

    # ------------------------------------------------------------- watch folder
    def _toggle_watch(self, on: bool) -> None:
        svc = self.ctx.intake
        if not on:
            if self._watch_task is not None:
                self._watch_task.cancel()
                self._watch_task = None
            from dataclasses import replace

            svc.save_settings(replace(svc.settings(), watch_folder=""))  # stays off after a restart
            return
        conf = svc.settings()
        folder = conf.watch_folder or self.ui.dialogs.choose_dir(self.window, QCoreApplication.translate("Intake", "Folder the scanner writes into"))
        if not folder:
            self.act_watch.setChecked(False)
            return
        if folder != conf.watch_folder:
            from dataclasses import replace

            svc.save_settings(replace(conf, watch_folder=folder))
        watcher = svc.watcher(folder)

        def work(task):  # noqa: ANN001, ANN202
            try:
                while not task.cancelled():
                    outcomes = watcher.poll_once()
                    for outcome in outcomes:
                        task.progress(0, 0, outcome.reason or outcome.name)
                    if any(o.status == "imported" for o in outcomes):
                        svc.ocr_pending()  # scans from the folder become searchable, then travel
                    time.sleep(1.0)
            finally:
                watcher.close()

        self._watch_task = self.ui.tasks.run(work, label=QCoreApplication.translate("Intake", "Watching the scan folder"))


def install(window) -> IntakeFeature:  # noqa: ANN001
    window.intake = IntakeFeature(window)
    return window.intake
