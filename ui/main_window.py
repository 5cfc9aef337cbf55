"""Main window: queues on the left, the paged document table, the detail pane, actions."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QProgressBar,
    QSplitter, QTableView, QToolBar,
)

from desktop_app.errors import DocflowError
from desktop_app.events import Change
from desktop_app.services.types import ImportResult
from ui.context import UiContext
from ui.detail import DocumentDetailPane
from ui.models import DocumentTableModel
from ui.register_dialog import RegisterDialog
from ui import signing as signing_feature
from ui import routing as routing_feature
from ui import intake as intake_feature
from ui import sync as sync_feature

IMPORT_FILTER = "Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"


class MainWindow(QMainWindow):
    """The shell. Feature modules add actions, tabs and docks through its public attributes."""

    def __init__(self, ui: UiContext):
        super().__init__()
        self.ui = ui
        self.ctx = ui.ctx
        self.setWindowTitle(self.tr("Docflow — {user}").replace("{user}", self.ctx.user.display_name))
        self.resize(1280, 800)
        self.setAcceptDrops(True)
        self._running: dict[int, str] = {}

        self.queues = QListWidget()
        self.queues.setObjectName("queues")
        for key, label in self.queue_labels():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.queues.addItem(item)
        self.queues.setMaximumWidth(230)

        self.model = DocumentTableModel(self.ctx.documents, self)
        self.table = QTableView()
        self.table.setObjectName("documents")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        for col, width in ((0, 120), (1, 85), (3, 150), (4, 95), (5, 70)):
            self.table.setColumnWidth(col, width)

        self.detail = DocumentDetailPane()
        splitter = QSplitter()
        splitter.addWidget(self.queues)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([190, 690, 400])  # the table gets room for the subject column
        self.setCentralWidget(splitter)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search subject, number, correspondent, text… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(420)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.toolbar = QToolBar(self.tr("Actions"))
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        self.act_import = self._action(self.tr("&Import…"), QKeySequence.StandardKey.Open, self.import_dialog)
        self.act_register = self._action(self.tr("&Register…"), QKeySequence("Ctrl+R"), self.register_selected)
        self.act_archive = self._action(self.tr("&Archive"), QKeySequence("Ctrl+E"), self.archive_selected)
        self.act_refresh = self._action(self.tr("Re&fresh"), QKeySequence.StandardKey.Refresh, self.refresh)
        self.act_find = QAction(self.tr("Find"), self, shortcut=QKeySequence.StandardKey.Find)
        self.act_find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(self.act_find)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.search)
        self.menu_file = self.menuBar().addMenu(self.tr("&File"))
        self.menu_file.addActions([self.act_import, self.act_refresh])
        self.menu_document = self.menuBar().addMenu(self.tr("&Document"))
        self.menu_document.addActions([self.act_register, self.act_archive])
        self.menu_tools = self.menuBar().addMenu(self.tr("&Tools"))
        act_settings = QAction(self.tr("&Settings…"), self, shortcut=QKeySequence("Ctrl+,"))
        act_settings.triggered.connect(self.open_settings)
        act_verify = QAction(self.tr("&Verify audit journal"), self)
        act_verify.triggered.connect(self.verify_audit)
        self.menu_tools.addActions([act_settings, act_verify])

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.statusBar().addPermanentWidget(self.progress_label)
        self.statusBar().addPermanentWidget(self.progress)
        ui.tasks.started.connect(self._task_started)
        ui.tasks.progressed.connect(self._task_progress)
        ui.tasks.finished.connect(self._task_finished)
        ui.tasks.unhandled.connect(lambda exc: self.show_error(self.tr("Unexpected error"), exc))
        ui.bridge.changed.connect(self.on_change)

        self.queues.currentItemChanged.connect(self._queue_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.queues.setCurrentRow(0)
        self._update_actions()
        self.refresh_counts()
        signing_feature.install(self)
        routing_feature.install(self)
        intake_feature.install(self)
        sync_feature.install(self)
        QTimer.singleShot(0, self._startup_check)

    # ------------------------------------------------------------ structure
    def queue_labels(self) -> list[tuple[str, str]]:
        return [("inbox", self.tr("Inbox")), ("to_register", self.tr("To register")), ("to_sign", self.tr("To sign")),
                ("my_assignments", self.tr("My assignments")), ("outgoing", self.tr("Outgoing")), ("sent", self.tr("Sent")),
                ("archive", self.tr("Archive")), ("conflicts", self.tr("Conflicts")), ("all", self.tr("All documents"))]

    def _action(self, text: str, shortcut, slot) -> QAction:  # noqa: ANN001
        act = QAction(text, self)
        act.setShortcut(shortcut)
        act.triggered.connect(slot)
        self.toolbar.addAction(act)
        return act

    def current_queue(self) -> str:
        item = self.queues.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "inbox"

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r.id for r in (self.model.row_at(x) for x in rows) if r]

    def current_id(self) -> str | None:
        idx = self.table.currentIndex()
        r = self.model.row_at(idx.row()) if idx.isValid() else None
        return r.id if r else None

    # ------------------------------------------------------------ queries
    def _queue_changed(self, *_a) -> None:  # noqa: ANN002
        self.model.set_query(queue=self.current_queue(), text=self.search.text())
        self._after_reset()

    def _apply_search(self) -> None:
        self.model.set_query(text=self.search.text())
        self._after_reset()

    def refresh(self, keep: str | None = None) -> None:
        keep = keep or self.current_id()
        self.model.refresh()
        self._after_reset(keep)
        self.refresh_counts()

    def _after_reset(self, keep: str | None = None) -> None:
        row = self.model.find_row(keep) if keep else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.detail.show_detail(None, None)
        self._update_actions()

    def refresh_counts(self) -> None:
        counts = self.ctx.documents.queue_counts()
        for i, (key, label) in enumerate(self.queue_labels()):
            n = counts.get(key, 0)
            self.queues.item(i).setText(f"{label} ({n})" if n else label)

    def _row_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        self.show_document(self.model.row_at(current.row()).id if current.isValid() and self.model.row_at(current.row()) else None)
        self._update_actions()

    def show_document(self, doc_id: str | None) -> None:
        if doc_id is None:
            self.detail.show_detail(None, None)
            return
        try:
            d = self.ctx.documents.get_document(doc_id)
        except DocflowError:
            self.detail.show_detail(None, None)
            return
        f = d.current_file
        self.detail.show_detail(d, str(self.ctx.documents.file_path(f.sha256)) if f else None)

    def _update_actions(self) -> None:
        d = self.detail.detail
        self.act_register.setEnabled(bool(d and d.registration is None and d.status in ("draft", "signed", "in_route")))
        self.act_archive.setEnabled(bool(d and d.status != "archived"))

    def on_change(self, change: Change) -> None:
        """One refresh path for every committed change, wherever it came from."""
        if change.initiator is self.table:
            return  # we already redrew our own edit
        self.refresh()

    # ------------------------------------------------------------ actions
    def import_dialog(self) -> None:
        files = self.ui.dialogs.open_files(self, self.tr("Import documents"), IMPORT_FILTER)
        if files:
            self.import_paths(files)

    def import_paths(self, paths: list[str]) -> None:
        """Import files (menu, drag and drop) through the intake pipeline; scans are recognised afterwards
        in the background (ui/intake)."""
        intake = self.ctx.intake
        self.ui.tasks.run(lambda task: intake.import_files(paths, progress=task.progress, cancelled=task.cancelled),
                          on_success=self._imported, on_failure=lambda e: self.show_error(self.tr("Import failed"), e),
                          label=self.tr("Importing"))

    def _imported(self, result: ImportResult) -> None:
        if result.imported:
            self.refresh(keep=result.imported[-1].id)
            self.intake.recognise_pending()
        if result.failures:
            lines = "\n".join(f"• {f.reason}" for f in result.failures)
            self.ui.dialogs.error(self, self.tr("Some files were not imported"),
                                  self.tr("{ok} imported, {bad} refused:").replace("{ok}", str(len(result.imported)))
                                  .replace("{bad}", str(len(result.failures))) + "\n" + lines)
        else:
            self.statusBar().showMessage(self.tr("{n} document(s) imported").replace("{n}", str(len(result.imported))), 5000)

    def register_selected(self) -> None:
        d = self.detail.detail
        if d is None:
            return
        dlg = RegisterDialog(d, self.ctx.documents.journals(), self.ctx.documents.correspondents(), self)
        dlg.setObjectName("registerDialog")
        if not self.ui.dialogs.run(dlg):
            return
        value, doc_id, docs = dlg.value(), d.id, self.ctx.documents
        self.ui.tasks.run(lambda task: docs.register(doc_id, value),
                          on_success=lambda info: self.statusBar().showMessage(self.tr("Registered as {n}").replace("{n}", info.number), 8000),
                          on_failure=lambda e: self.show_error(self.tr("Not registered"), e),
                          label=self.tr("Registering"), writer=True)

    def archive_selected(self) -> None:
        ids, docs = self.selected_ids(), self.ctx.documents

        def work(task):  # noqa: ANN001, ANN202
            errors = []
            for i, doc_id in enumerate(ids):
                task.progress(i, len(ids))
                try:
                    docs.set_status(doc_id, "archived")
                except DocflowError as exc:
                    errors.append(str(exc))
            return errors

        self.ui.tasks.run(work, on_success=lambda errs: errs and self.ui.dialogs.error(self, self.tr("Not archived"), "\n".join(errs)),
                          label=self.tr("Archiving"), writer=True)

    def verify_audit(self) -> None:
        admin = self.ctx.admin

        def done(rep) -> None:  # noqa: ANN001
            if rep.ok:
                self.ui.dialogs.info(self, self.tr("Audit journal"), self.tr("The audit journal is intact ({n} events).").replace("{n}", str(rep.events)))
            else:
                self.ui.dialogs.error(self, self.tr("Audit journal"), self.tr("The audit journal is broken: {reason}").replace("{reason}", rep.reason))

        self.ui.tasks.run(lambda task: admin.verify_audit(), on_success=done, label=self.tr("Verifying audit journal"))

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        self.ui.dialogs.run(SettingsDialog(self.ctx.settings, self))

    def _startup_check(self) -> None:
        admin = self.ctx.admin

        def done(rep) -> None:  # noqa: ANN001
            if rep.missing or rep.integrity != "ok":
                self.ui.dialogs.error(self, self.tr("Store check"), self.tr(
                    "The local store has problems: {n} file(s) are missing; database check: {integrity}.")
                    .replace("{n}", str(len(rep.missing))).replace("{integrity}", rep.integrity))

        self.ui.tasks.run(lambda task: admin.check_store(), on_success=done, label=self.tr("Checking the local store"))

    def show_error(self, title: str, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, DocflowError) else f"{type(exc).__name__}: {exc}"
        self.ui.dialogs.error(self, title, text)

    # ------------------------------------------------------------ progress
    def _task_started(self, tid: int, label: str) -> None:
        self._running[tid] = label
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.progress_label.setText(label)

    def _task_progress(self, tid: int, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if text:
            self.progress_label.setText(f"{self._running.get(tid, '')}: {text}")

    def _task_finished(self, tid: int) -> None:
        self._running.pop(tid, None)
        if not self._running:
            self.progress.setVisible(False)
            self.progress_label.clear()
        else:
            self.progress_label.setText(next(iter(self._running.values())))

    # ------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)  # anything that is not a regular file is refused with its reason

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.ui.close()
        super().closeEvent(event)


