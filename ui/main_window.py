"""Main window: queues on the left, the paged document table, the detail pane, the menus and
toolbars, and the one refresh path for committed changes.

What it does beside that lives in one module per job: the shell's own actions (register, archive,
verify the audit journal, settings, the store check) in ``ui/window_actions.py``, importing files
and drag and drop in ``ui/importing.py``, the status bar's progress of long work in
``ui/task_status.py``, the saved size and layout in ``ui/window_layout.py``, an empty list's hint in
``ui/empty_hint.py``; the features (``ui/signing``, ``ui/routing``, ``ui/intake`` …) install themselves.
"""
from __future__ import annotations

import dataclasses
import logging
import time

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
    QSplitter, QStackedWidget, QTableView, QToolBar,
)

from desktop_app import labels
from desktop_app.errors import DocflowError
from desktop_app.events import Change
from ui import icons
from ui.context import UiContext
from ui.detail import DocumentDetailPane
from ui.preview import is_pdf, open_pdf
from ui.models import DocumentTableModel
from ui import task_status, window_layout
from ui.empty_hint import empty_text
from ui.importing import Importing
from ui.window_actions import WindowActions
from ui import signing as signing_feature
from ui import control as control_feature
from ui import routing as routing_feature
from ui import intake as intake_feature
from ui import compose as compose_feature
from ui import session as session_feature
from ui import fileplan as fileplan_feature
from ui import reports as reports_feature
from ui import sync as sync_feature
from ui import setup as setup_feature
from ui import help as help_feature
from ui import notify as notify_feature
from ui.widgets import plain_headers

log = logging.getLogger(__name__)

#: Committed changes arriving within this time are shown with one refresh (a batch of 20 signatures is
#: 20 changes: one redraw, not twenty, and the GUI thread stays free for the person).
COALESCE_SECONDS = 0.12


class MainWindow(QMainWindow):
    """The shell. Feature modules add actions, tabs and docks through its public attributes.

    ``changes_settled(Change)`` fires after the window refreshed for a burst of committed changes
    (their union); feature modules redraw on it instead of on every single change.
    """

    changes_settled = Signal(object)
    document_shown = Signal(object)  # the DocumentDetail now in the detail pane (or None)

    def __init__(self, ui: UiContext):
        super().__init__()
        self.setObjectName("mainWindow")
        self.ui = ui
        self.ctx = ui.ctx
        self.setWindowIcon(icons.app_icon())
        self.update_title()
        self.setAcceptDrops(True)
        self.importing = Importing(self)
        self.window_actions = WindowActions(self)
        self._counts_generation = 0
        self._names_cache: dict[str, str] | None = None
        self._pending_change: Change | None = None
        self._show_gen = 0
        self._wanted: str | None = None  # the document the pane is to show (asked of show_document last)
        self._shown_gen = 0              # the read whose result the pane shows
        self._list_gen = 0  # a search's result is shown only if no other query was asked for since

        self.queues = QListWidget()
        self.queues.setObjectName("queues")
        self.queues.setAccessibleName(self.tr("Queues"))
        for key, label in self.queue_labels():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.queues.addItem(item)
        self.queues.setMinimumWidth(130)
        self.queues.setMaximumWidth(260)

        self.model = DocumentTableModel(self.ctx.documents, self, background=lambda read, done: self.ui.tasks.run(
            lambda _t: read(), on_success=done, on_failure=lambda exc: self.show_error(self.tr("Something went wrong"), exc), label=""))
        self.table = plain_headers(QTableView())
        self.table.setObjectName("documents")
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(max(24, self.fontMetrics().height() + 8))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self._size_columns()

        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setTextFormat(Qt.TextFormat.RichText)
        self.empty_hint.setMargin(24)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_hint)


        self.detail = DocumentDetailPane(names=self.staff_names, ctx=self.ctx)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.queues)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search subject, number, correspondent, text… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.search.setMaximumWidth(380)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._read_list)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.toolbar = QToolBar(self.tr("Actions"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.search_bar = QToolBar(self.tr("Search"))
        self.search_bar.setObjectName("searchToolbar")
        self.search_bar.addWidget(self.search)
        self.addToolBar(self.search_bar)
        acts = self.window_actions
        self.act_import = self._action("actImport", self.tr("&Import…"), QKeySequence.StandardKey.Open,
                                       self.importing.choose_files)
        self.act_register = self._action("actRegister", self.tr("&Register…"), QKeySequence("Ctrl+R"), acts.register_selected)
        self.act_oral_appeal = self._action("actOralAppeal", self.tr("Register an &oral appeal…"), QKeySequence("Ctrl+Shift+P"),
                                            acts.register_oral_appeal, toolbar=False)
        self.act_edit_card = self._action("actEditCard", self.tr("&Edit card…"), QKeySequence("F2"), acts.edit_card, toolbar=False)
        self.act_archive = self._action("actArchive", self.tr("&Archive"), QKeySequence("Ctrl+E"), acts.archive_selected,
                                        toolbar=False)
        self.act_refresh = self._action("actRefresh", self.tr("Re&fresh"), QKeySequence.StandardKey.Refresh, self.refresh,
                                        toolbar=False)
        self.act_find = self._action("actFind", self.tr("&Find"), QKeySequence.StandardKey.Find,
                                     lambda: (self.search.setFocus(), self.search.selectAll()), toolbar=False)
        self.act_quit = self._action("actQuit", self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.quit, toolbar=False)
        self.act_queues = self._action("actFocusQueues", self.tr("Go to the &queues"), QKeySequence("Ctrl+1"),
                                       lambda: self.queues.setFocus(), toolbar=False)
        self.act_list = self._action("actFocusList", self.tr("Go to the &document list"), QKeySequence("Ctrl+2"),
                                     lambda: self.table.setFocus(), toolbar=False)
        self.act_pages = self._action("actFocusPages", self.tr("Go to the &pages"), QKeySequence("Ctrl+3"),
                                      lambda: (self.detail.tabs.setCurrentIndex(0), self.detail.pdf_view.setFocus()), toolbar=False)
        self.menu_file = self.menuBar().addMenu(self.tr("&File"))
        self.menu_file.addActions([self.act_import, self.act_refresh])
        self.menu_document = self.menuBar().addMenu(self.tr("&Document"))
        self.menu_document.addActions([self.act_register, self.act_oral_appeal, self.act_edit_card, self.act_archive])
        self.menu_view = self.menuBar().addMenu(self.tr("&View"))
        self.menu_view.addActions([self.act_find, self.act_queues, self.act_list, self.act_pages])
        self.menu_tools = self.menuBar().addMenu(self.tr("&Tools"))
        self.act_settings = self._action("actSettings", self.tr("&Settings…"), QKeySequence("Ctrl+,"), acts.open_settings,
                                         toolbar=False)
        self.act_verify = self._action("actVerifyAudit", self.tr("&Verify audit journal"), QKeySequence("Ctrl+Shift+J"),
                                       acts.verify_audit, toolbar=False)
        self.menu_tools.addActions([self.act_settings, self.act_verify])

        task_status.install(self)  # window.progress, window.progress_label
        ui.tasks.unhandled.connect(lambda exc: self.show_error(self.tr("Something went wrong"), exc))
        ui.bridge.changed.connect(self.on_change)

        self.queues.currentItemChanged.connect(self._queue_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.clicked.connect(self._row_clicked)
        self.model.dataChanged.connect(self._page_arrived)
        self.queues.setCurrentRow(0)
        self._update_actions()
        self.refresh_counts()
        signing_feature.install(self)
        routing_feature.install(self)
        control_feature.install(self)
        intake_feature.install(self)
        compose_feature.install(self)
        sync_feature.install(self)
        setup_feature.install(self)
        session_feature.install(self)
        fileplan_feature.install(self)
        reports_feature.install(self)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        notify_feature.install(self)
        help_feature.install(self)
        self._complete_shortcuts()
        window_layout.restore(self)
        QTimer.singleShot(0, self.window_actions.startup_check)

    # ------------------------------------------------------------ structure
    def queue_labels(self) -> list[tuple[str, str]]:
        return [("inbox", self.tr("Inbox")), ("to_register", self.tr("To register")), ("to_sign", self.tr("To sign")),
                ("my_assignments", self.tr("My assignments")), ("on_control", self.tr("On control")),
                ("outgoing", self.tr("Outgoing")), ("sent", self.tr("Sent")),
                ("archive", self.tr("Archive")), ("conflicts", self.tr("Conflicts")), ("all", self.tr("All documents"))]

    def _action(self, name: str, text: str, shortcut, slot, toolbar: bool = True) -> QAction:  # noqa: ANN001
        act = QAction(text, self)
        act.setObjectName(name)
        act.setShortcut(shortcut)
        act.triggered.connect(slot)
        self.addAction(act)  # the shortcut works wherever the focus is in the window
        if toolbar:
            self.toolbar.addAction(act)
        return act

    #: Keys for actions the feature modules leave without one (every action has a shortcut).
    DEFAULT_SHORTCUTS = {
        "actOcr": "Ctrl+Shift+O", "actAssignmentsDock": "Ctrl+Shift+M", "actUpgradeSignatures": "Ctrl+Shift+U",
        "actWatchFolder": "Ctrl+Shift+W", "actIntakeSettings": "Ctrl+Shift+I", "actOpenLog": "Ctrl+Shift+F1",
        "actAbout": "Shift+F1", "actInsertPages": "Ctrl+Alt+I", "actReplacePage": "Ctrl+Alt+R",
        "actUploadOriginal": "Ctrl+Alt+U", "actSeparatorSheet": "Ctrl+Alt+P",
    }

    def _complete_shortcuts(self) -> None:
        for act in self.findChildren(QAction):
            keys = self.DEFAULT_SHORTCUTS.get(act.objectName())
            if keys and act.shortcut().isEmpty():
                act.setShortcut(QKeySequence(keys))
                if act not in self.actions():
                    self.addAction(act)

    def _size_columns(self) -> None:
        """Column widths from the translated headers and typical values, so nothing clips in az/ru."""
        fm = self.table.fontMetrics()
        header_fm = self.table.horizontalHeader().fontMetrics()
        pad = 8  # issue 17 added the Term column: less per column keeps the subject readable in ru at 1366 px
        samples = {0: "OUT-00000/2026", 1: "00.00.0000", 3: "Maliyyə Nazi", 4: self.model.widest_status(),
                   5: "−00", 6: "000"}
        for col, sample in samples.items():
            head = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            if col == 5:  # the Term column (issue 17): a short number, kept as narrow as its header allows
                self.table.setColumnWidth(col, max(fm.horizontalAdvance(sample), header_fm.horizontalAdvance(head)) + 9)
                continue
            # a header needs its words and the section's margins (no sort indicator: the list is not sorted by clicks)
            self.table.setColumnWidth(col, max(fm.horizontalAdvance(sample) + pad, header_fm.horizontalAdvance(head) + 12))


    def update_title(self) -> None:
        """``Docflow — <the logged-in person> (<roles>)``: whose desk this is, always visible."""
        u = self.ctx.user
        if u.nobody:  # the last person logged out (ui/session.py)
            self.setWindowTitle(self.tr("Docflow — {user}").replace("{user}", session_feature.nobody_text()))
        else:
            self.setWindowTitle(self.tr("Docflow — {user} ({roles})").replace("{user}", u.display_name)
                                .replace("{roles}", labels.roles(u.roles)))
        session = getattr(self, "session", None)  # the status bar's "who acts here" (ui/session.py)
        if session is not None:
            session.show_user()

    def staff_names(self) -> dict[str, str]:
        """User name -> display name (for the history); read once, refreshed on sync."""
        if self._names_cache is None:
            try:
                self._names_cache = {m.username: m.display_name for m in self.ctx.routing.staff(include_inactive=True)}
            except DocflowError:
                log.warning("staff list unavailable", exc_info=True)
                self._names_cache = {}
        return self._names_cache

    def reveal(self, doc_id: str, queue: str = "all") -> None:
        """Show ``doc_id`` in the list, switching to ``queue`` (and clearing the search) when the
        current list does not hold it -- for a notification, the activity view or an assignment."""
        if self.model.find_row(doc_id) < 0:
            for i in range(self.queues.count()):
                if self.queues.item(i).data(Qt.ItemDataRole.UserRole) == queue:
                    self.queues.setCurrentRow(i)
                    break
            self.search.clear()
        self.refresh(keep=doc_id)

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
        if self.search.text().strip():
            self._read_list()  # a search may hit most of the store: read it off the GUI thread
            return
        self._list_gen += 1
        self.model.set_query(queue=self.current_queue(), text=self.search.text())
        self._after_reset()

    def _read_list(self, keep: str | None = None) -> None:
        """The list for the current queue and typed text, read off the GUI thread: a word found in
        most of 100,000 documents takes a second to count and sort, which froze the window."""
        self._list_gen += 1
        gen, docs = self._list_gen, self.ctx.documents
        query = dataclasses.replace(self.model.query, queue=self.current_queue(), text=self.search.text(), offset=0)

        def show(page) -> None:  # noqa: ANN001 - DocumentPage
            if gen != self._list_gen:
                return  # another queue or text was asked for meanwhile
            self.model.show_first_page(page, query)
            self._after_reset(keep)

        self.ui.tasks.run(lambda _t: docs.list_documents(query), on_success=show,
                          on_failure=lambda exc: self.show_error(self.tr("Something went wrong"), exc), label="")

    def refresh(self, keep: str | None = None) -> None:
        """Re-read the list (in the background while a search is typed: see :meth:`_read_list`)."""
        keep = keep or self.current_id()
        if self.search.text().strip():
            self._read_list(keep)
        else:
            self.model.refresh()
            self._after_reset(keep)
        self.refresh_counts()
        self.update_title()

    def refresh_in_background(self, keep: str | None = None) -> None:
        """:meth:`refresh` with the list read off the GUI thread (after background work: an import)."""
        self._read_list(keep or self.current_id())
        self.refresh_counts()
        self.update_title()

    def _after_reset(self, keep: str | None = None) -> None:
        row = self.model.find_row(keep) if keep else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.detail.show_detail(None, None)
        self._show_empty_hint()
        self._update_actions()

    def _show_empty_hint(self) -> None:
        """An empty queue or search says what to do next instead of showing a blank table."""
        if self.model.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.table)
            return
        self.empty_hint.setText(empty_text(self.current_queue(), self.search.text().strip()))
        self.list_stack.setCurrentWidget(self.empty_hint)

    def refresh_counts(self) -> None:
        """Queue counts off the GUI thread (COUNTs over 100,000 documents take a moment)."""
        self._counts_generation += 1
        gen, docs = self._counts_generation, self.ctx.documents

        def show(counts: dict[str, int]) -> None:
            if gen != self._counts_generation:
                return
            for i, (key, label) in enumerate(self.queue_labels()):
                n = counts.get(key, 0)
                self.queues.item(i).setText(f"{label} ({n})" if n else label)

        self.ui.tasks.run(lambda _t: docs.queue_counts(), on_success=show,
                          on_failure=lambda exc: log.warning("queue counts failed: %s", exc), label="")

    def _page_arrived(self, top: QModelIndex, bottom: QModelIndex) -> None:
        """A page read in the background came: if the current row is on it, show its document now."""
        current = self.table.currentIndex()
        if current.isValid() and top.row() <= current.row() <= bottom.row():
            self._row_changed(current, current)

    def _row_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        self.show_document(self.model.row_at(current.row()).id if current.isValid() and self.model.row_at(current.row()) else None)
        self._update_actions()

    def _row_clicked(self, index: QModelIndex) -> None:
        """A click on the row that is already current (Qt says nothing then): show its document again
        unless the pane shows it or is reading it -- after a read that failed under load, or a list
        refreshed while the pane was loading, the pane would otherwise keep what it had."""
        r = self.model.row_at(index.row()) if index.isValid() else None
        if r is None:
            return
        shown = self.detail.detail is not None and self.detail.detail.id == r.id
        reading = self._wanted == r.id and self._shown_gen < self._show_gen
        if not shown and not reading:
            self.show_document(r.id)

    def show_document(self, doc_id: str | None) -> None:
        """Show ``doc_id`` in the detail pane; the document is read off the GUI thread. A read of the
        document still wanted is shown when it comes even if another read of it started since (each
        refresh of the list under a stream of changes asks again; none was shown before the last one
        came, so under load the pane stayed on the document before); an older one never replaces a newer."""
        self._show_gen += 1
        gen, docs = self._show_gen, self.ctx.documents
        self._wanted = doc_id
        if doc_id is None:
            self._shown_gen = gen
            self.detail.show_detail(None, None)
            self._update_actions()
            self.document_shown.emit(None)
            return

        def read(_task):  # noqa: ANN001, ANN202
            d = docs.get_document(doc_id)
            f = d.current_file
            path = str(docs.file_path(f.sha256)) if f else None
            pdf = open_pdf(path) if path and is_pdf(path, f.mime) else None
            return d, path, pdf

        def show(result) -> None:  # noqa: ANN001
            if doc_id != self._wanted or gen <= self._shown_gen:
                if result[2] is not None:
                    result[2].deleteLater()
                return  # another document was chosen meanwhile, or a newer read of this one is shown
            self._shown_gen = gen
            self.detail.show_detail(*result)
            self._update_actions()
            self.document_shown.emit(result[0])

        def failed(exc: BaseException) -> None:
            if doc_id != self._wanted or gen != self._show_gen:
                return  # a newer read is on its way (or shown), or another document was chosen
            self._shown_gen = gen
            log.info("document %s could not be shown: %s", doc_id, exc)
            self.detail.show_detail(None, None)
            self._update_actions()
            self.document_shown.emit(None)

        self.ui.tasks.run(read, on_success=show, on_failure=failed, label="")

    def _update_actions(self) -> None:
        self.window_actions.update()

    def on_change(self, change: Change) -> None:
        """One refresh path for every committed change, wherever it came from -- coalesced: the
        changes of the next moment are gathered (off the GUI thread) and shown with one refresh."""
        if change.initiator is self.table:
            return  # we already redrew our own edit
        if "sync" in change.aspects:
            self._names_cache = None
        first = self._pending_change is None
        prev = self._pending_change or Change()
        self._pending_change = Change(prev.documents | change.documents, prev.aspects | change.aspects)
        if first:
            self.ui.tasks.run(lambda _t: time.sleep(COALESCE_SECONDS), on_success=lambda _r: self._settle(), label="")

    def _settle(self) -> None:
        change, self._pending_change = self._pending_change, None
        if change is None:
            return
        keep, docs, query = self.current_id(), self.ctx.documents, self.model.query

        def read(_task):  # noqa: ANN001, ANN202
            return docs.list_documents(dataclasses.replace(query, offset=0))

        def show(page) -> None:  # noqa: ANN001 - DocumentPage
            if self.model.query != query:
                self.refresh(keep)  # the person switched queue or search meanwhile: read that instead
            else:
                self.model.show_first_page(page)
                self._after_reset(keep)
                self.refresh_counts()
                self.update_title()
            self.changes_settled.emit(change)

        self.ui.tasks.run(read, on_success=show, on_failure=lambda exc: self.show_error(self.tr("Something went wrong"), exc),
                          label="")

    def show_error(self, title: str, exc: BaseException) -> None:
        """A failure as a sentence for the person, the raw detail behind "Details", all of it in the log."""
        self.ui.dialogs.failure(self, title, exc)

    def quit(self) -> None:
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # ------------------------------------------------------------ import (ui/importing.py)
    def import_filter(self) -> str:
        return self.importing.file_filter()

    def import_paths(self, paths: list[str]) -> None:
        """Import files through the intake pipeline (menu, drag and drop, the command line)."""
        self.importing.import_paths(paths)

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        self.importing.drag_enter(event)

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        self.importing.drop(event)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        try:
            window_layout.save(self)
        except OSError:
            log.warning("window layout not saved", exc_info=True)
        notify = getattr(self, "notify", None)
        if notify is not None:
            notify.close()
        self.ui.close()
        super().closeEvent(event)
