"""Told what is happening: the tray icon with the sync state, desktop notifications, the activity view.

``install(window)`` is called once by ``MainWindow.__init__`` (after the sync feature).

* The tray icon shows the one sync state (:mod:`ui.sync_state`) as a coloured dot and a tooltip;
  its menu opens the window, syncs now, or quits.
* Notifications -- a new incoming document, a signature made or completed, a dispatch delivered, a new assignment
  (a step another desk started for this person),
  an assignment due today or overdue -- come from ``ctx.activity`` (read off the GUI thread) and
  show as the system's desktop notification through the tray; a click opens the document.
  Without a system tray they show in the status bar. Every one is also in the activity view.
* The activity view (View → Activity, Ctrl+Shift+Y) lists what happened lately, in words.
"""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget, QHeaderView, QMenu, QSystemTrayIcon, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from desktop_app import locale as loc
from desktop_app.events import SyncStatusChanged
from ui import icons, sync_state

log = logging.getLogger(__name__)

NEWS_DELAY_MS = 1500  # gather a burst of changes (a sync page) into one look at the journal
NOTICE_MS = 15000  # how long a notice stays in the status bar


class _OnResize(QObject):
    """Calls ``fn`` whenever ``widget`` is resized or lays its children out again (a status bar's
    own widgets shown, hidden or grown: the OCR's progress appearing right after a scan is saved)."""

    def __init__(self, widget: QWidget, fn) -> None:  # noqa: ANN001 - a callable
        super().__init__(widget)
        self._fn = fn
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: ANN001, N802 - Qt's names
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._fn()
        return False



class ActivityView(QWidget):
    """Recent events of every document, newest first; Enter or a double-click opens the document."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("activityList")
        self.tree.setAccessibleName(QCoreApplication.translate("Notify", "Activity"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([QCoreApplication.translate("Notify", "When"), QCoreApplication.translate("Notify", "Who"), QCoreApplication.translate("Notify", "What happened"), QCoreApplication.translate("Notify", "Document")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(3, 260)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tree)

    def show_items(self, items) -> None:  # noqa: ANN001 - list[ActivityItem]
        rows = []
        for it in items:
            row = QTreeWidgetItem([loc.format_datetime(it.line.at), it.line.who, it.line.text, it.subject])
            row.setData(0, Qt.ItemDataRole.UserRole, it.line.document_id)
            row.setToolTip(2, it.line.text)
            rows.append(row)
        # One insertion, not one per row: each one re-measured the resize-to-contents columns.
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        self.tree.addTopLevelItems(rows)
        self.tree.setUpdatesEnabled(True)


class NotifyFeature:
    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window = window
        self.ui = window.ui
        self.ctx = window.ctx
        self.shown: list = []  # every notice shown (tests and the activity view read it)
        self._last_doc: str | None = None
        self._closing = False
        self._notice: tuple[str, float, str] = ("", 0.0, "")  # text, shown until (monotonic), as shown
        self._refit: _OnResize | None = None

        # --- tray
        self.tray = QSystemTrayIcon(icons.state_icon(sync_state.NOT_CONFIGURED), window)
        self.tray.setObjectName("trayIcon")
        menu = QMenu(window)
        self.act_show = QAction(QCoreApplication.translate("Notify", "&Open Docflow"), window)
        self.act_show.triggered.connect(self.show_window)
        menu.addAction(self.act_show)
        sync = getattr(window, "sync_feature", None)
        if sync is not None:
            menu.addAction(sync.act_sync)
        menu.addSeparator()
        menu.addAction(window.act_quit)
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(self._tray_activated)
        self.tray.messageClicked.connect(self._open_last)
        self.state = sync_state.NOT_CONFIGURED
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()

        # --- activity view
        self.view = ActivityView()
        self.dock = QDockWidget(QCoreApplication.translate("Notify", "Activity"), window)
        self.dock.setObjectName("activityDock")
        self.dock.setWidget(self.view)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        routing = getattr(window, "routing", None)
        if routing is not None:
            window.tabifyDockWidget(routing.dock, self.dock)
            routing.dock.raise_()
        self.act_activity = self.dock.toggleViewAction()
        self.act_activity.setObjectName("actActivity")
        self.act_activity.setText(QCoreApplication.translate("Notify", "&Activity"))
        self.act_activity.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        window.addAction(self.act_activity)
        window.menu_view.addSeparator()
        window.menu_view.addAction(self.act_activity)
        if routing is not None:
            act = routing.dock.toggleViewAction()
            act.setObjectName("actAssignmentsDock")
            act.setText(QCoreApplication.translate("Notify", "My assignments &panel"))
            window.menu_view.addAction(act)
        self.view.tree.itemActivated.connect(self._open_item)
        self.dock.visibilityChanged.connect(lambda visible: visible and self.refresh_view())

        # --- news
        self._news_timer = QTimer(window, singleShot=True, interval=NEWS_DELAY_MS)
        self._news_timer.timeout.connect(self.check_news)
        self.ui.bridge.changed.connect(lambda _c: self._news_timer.start())
        self.ui.bridge.event.connect(self._on_event)
        QTimer.singleShot(0, self.check_news)  # the first look only marks where news starts
        if sync is not None:
            self.show_status(sync.last_status)

    # ------------------------------------------------------------------ sync state
    def _on_event(self, ev: object) -> None:
        if isinstance(ev, SyncStatusChanged):
            self.show_status(ev.status)

    def show_status(self, status) -> None:  # noqa: ANN001 - SyncStatus | None
        if status is None:
            return
        self.state = sync_state.state_of(status)
        self.tray.setIcon(icons.state_icon(self.state))
        self.tray.setToolTip(sync_state.state_text(status))

    # ------------------------------------------------------------------ news
    def check_news(self) -> None:
        activity = self.ctx.activity
        self.ui.tasks.run(lambda _t: activity.news(), on_success=self._announce,
                          on_failure=lambda exc: log.warning("news not read: %s", exc), label="")
        if self.dock.isVisible():
            self.refresh_view()

    def announce_due(self, assignments) -> None:  # noqa: ANN001 - list[Assignment]
        """Called by the routing reminders: due today and overdue become notifications."""
        self._announce(self.ctx.activity.due_notices(assignments))

    def announce_appeals(self, appeals) -> None:  # noqa: ANN001 - list[AppealInfo]
        """Called by the control reminders: citizens' appeals due soon or overdue become notifications."""
        from desktop_app.services.activity import appeal_notices

        self._announce(appeal_notices(appeals))

    def _announce(self, notices) -> None:  # noqa: ANN001 - list[Notice]
        if self._closing:
            return
        for n in notices:
            self.notify(n)

    def notify(self, notice) -> None:  # noqa: ANN001 - Notice
        """Show one notice as a desktop notification (or in the status bar without a tray)."""
        self.shown.append(notice)
        self._last_doc = notice.document_id
        log.info("notification: %s: %s", notice.title, notice.text)
        if self.tray.isVisible() and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(notice.title, notice.text, icons.app_icon(), 10000)
        else:
            self.show_in_status_bar(f"{notice.title}: {notice.text}")

    def show_in_status_bar(self, text: str, ms: int = NOTICE_MS) -> None:
        """A line in the status bar (every one the window shows goes through here; a notice where there is
        no tray too): cut with "…" to the room the status bar's own widgets leave (it was cut off mid-word
        behind them), whole in the status bar's tooltip; cut again to the new room when the bar is resized
        (a notice at start-up came before the window had its size). Gone after ``ms``."""
        self._notice = (text, time.monotonic() + ms / 1000, "")
        if self._refit is None:
            self._refit = _OnResize(self.window.statusBar(), self._fit_notice)
        self._fit_notice()

    def _fit_notice(self) -> None:
        text, until, shown_before = self._notice
        bar = self.window.statusBar()
        left = int((until - time.monotonic()) * 1000)
        if left <= 0 or not text or bar.currentMessage() != shown_before and shown_before:
            return  # over, or another message has taken its place
        used = sum(c.width() for c in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                   if c.isVisible())
        room = max(120, bar.width() - used - 24)
        shown = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        if shown == shown_before:
            return
        self._notice = (text, until, shown)
        bar.setToolTip(text if shown != text else "")
        bar.showMessage(shown, left)

    # ------------------------------------------------------------------ activity view
    def refresh_view(self) -> None:
        activity, names = self.ctx.activity, self.window.staff_names()
        self.ui.tasks.run(lambda _t: activity.recent(200, names), on_success=self.view.show_items,
                          on_failure=lambda exc: self.window.show_error(QCoreApplication.translate("Notify", "Activity"), exc), label="")

    def _open_item(self, item: QTreeWidgetItem, _col: int) -> None:
        doc_id = item.data(0, Qt.ItemDataRole.UserRole)
        if doc_id:
            self.open_document(doc_id)

    def _open_last(self) -> None:
        self.show_window()
        if self._last_doc:
            self.open_document(self._last_doc)

    def open_document(self, doc_id: str) -> None:
        self.window.reveal(doc_id, "all")

    def show_window(self) -> None:
        w = self.window
        w.showNormal() if w.isMinimized() else w.show()
        w.raise_()
        w.activateWindow()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def close(self) -> None:
        self._closing = True
        self._news_timer.stop()
        self.tray.hide()


def install(window) -> NotifyFeature:  # noqa: ANN001
    window.notify = NotifyFeature(window)
    return window.notify

