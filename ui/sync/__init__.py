"""Sync in the main window: the status-bar indicator, "Sync now", the details view, the Conflicts
resolver and the server login. ``install(window)`` is called once by ``MainWindow.__init__``.

The engine (``ctx.sync``) runs on its own thread; this module only shows its plain-data status
(``SyncStatusChanged`` events re-emitted by ``ui.bridge.event``) and calls it through ``ui.tasks``.
Even reading the status touches the OS keyring (is there a token?), so that, too, runs off the
GUI thread: :meth:`SyncFeature.refresh` asks, the answer arrives as ``last_status``.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QProgressBar, QToolButton

from desktop_app import locale as loc
from desktop_app.events import SyncStatusChanged
from desktop_app.services.types import SyncStatus
from ui import sync_state
from ui.sync.dialogs import ConflictsDialog, LoginDialog, SyncDetailsDialog, status_lines

log = logging.getLogger(__name__)


def indicator_text(st: SyncStatus) -> str:
    """One short line: the state (with *sending N of M* while ops go up), what is waiting, conflicts."""
    if not st.configured:
        return QCoreApplication.translate("Sync", "Sync: no server")
    if not st.logged_in:
        return QCoreApplication.translate("Sync", "Sync: log in")
    text = QCoreApplication.translate("Sync", "Sync: {state} · {n} waiting").format(state=sync_state.state_phrase(st),
                                                                                   n=st.ops_waiting)
    if st.bytes_waiting:
        text += f" · {loc.format_size(st.bytes_waiting)}"
    if st.ops_others:
        text += " · " + others_waiting(st.ops_others)
    if st.conflicts:
        text += " · " + QCoreApplication.translate("Sync", "{n} conflicts").format(n=st.conflicts)
    return text


def others_waiting(n: int) -> str:
    """Changes another person made at this shared desk: they leave with that person's own login."""
    return QCoreApplication.translate("Sync", "{n} wait for another person's login").format(n=n)


def session_only_notice() -> str:
    """What a person is told when the login could only be kept in memory (no OS keyring)."""
    return QCoreApplication.translate(
        "Sync", "This computer has no system keyring (such as GNOME Keyring or KWallet), so the login is kept in "
                "memory only: you stay logged in until Docflow closes and will be asked to log in again next time. "
                "Nothing is written to disk.")


class SyncFeature:
    """Owns the sync actions and the status-bar indicator of one main window."""

    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window = window
        self.ui = window.ui
        self.last_status: SyncStatus | None = None
        self.told_session_only = False  # the no-keyring notice was shown in this run
        self.button = QToolButton()
        self.button.setObjectName("syncIndicator")
        self.button.setAutoRaise(True)
        self.button.setText(QCoreApplication.translate("Sync", "Sync: checking…"))
        self.button.setAccessibleName(QCoreApplication.translate("Sync", "Synchronisation state"))
        self.button.clicked.connect(self.show_details)
        self.bar = QProgressBar()
        self.bar.setObjectName("syncProgress")
        self.bar.setAccessibleName(QCoreApplication.translate("Sync", "Transfer progress"))
        self.bar.setMaximumWidth(120)
        self.bar.setVisible(False)
        window.statusBar().addPermanentWidget(self.button)
        window.statusBar().addPermanentWidget(self.bar)
        self.menu = window.menuBar().addMenu(QCoreApplication.translate("Sync", "S&ync"))
        self.act_sync = self._action("actSyncNow", QCoreApplication.translate("Sync", "&Sync now"), "Ctrl+Alt+S", self.sync_now)
        self.act_login = self._action("actSyncLogin", QCoreApplication.translate("Sync", "&Log in to the server…"), "Ctrl+Alt+L",
                                      lambda: self.login())  # not the action's `checked` as offer_last
        self.act_details = self._action("actSyncDetails", QCoreApplication.translate("Sync", "Sync &details…"), "Ctrl+Alt+D",
                                        self.show_details)
        self.act_conflicts = self._action("actConflicts", QCoreApplication.translate("Sync", "&Conflicts…"), "Ctrl+Alt+C",
                                          lambda: self.show_conflicts())
        window.detail.settle_conflict.connect(self.show_conflicts)  # the header's link on a document in conflict
        self.ui.bridge.event.connect(self._on_event)
        self.refresh(start=True)
        ctx = window.ctx
        window.destroyed.connect(lambda *_: "sync" in vars(ctx) and ctx.sync.stop(timeout=0.5))

    @property
    def engine(self):  # noqa: ANN201 - SyncEngine
        """The profile's sync engine (``ctx.sync``). The window's first status read makes it on a
        worker: its HTTP stack (requests, urllib3, ssl) is not imported on the GUI thread."""
        return self.window.ctx.sync

    def _action(self, name: str, text: str, shortcut: str | None, slot) -> QAction:  # noqa: ANN001
        act = QAction(text, self.window)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.menu.addAction(act)
        self.window.addAction(act)
        return act

    # -------------------------------------------------------------- status
    def _on_event(self, ev: object) -> None:
        if isinstance(ev, SyncStatusChanged):
            self.show_status(ev.status)

    def refresh(self, start: bool = False) -> None:
        """Read the engine's status off the GUI thread (it asks the OS keyring) and show it."""
        ctx = self.window.ctx

        def done(st: SyncStatus) -> None:
            self.show_status(st)
            if start and st.configured and st.logged_in:
                ctx.sync.start()

        self.ui.tasks.run(lambda _t: ctx.sync.status(), on_success=done,
                          on_failure=lambda exc: log.warning("sync status not read: %s", exc), label="")

    def show_status(self, st: SyncStatus) -> None:
        self.last_status = st
        text = indicator_text(st)
        if st.configured and self.engine.test_server:  # plain http to this computer: never mistaken for the real one
            text += " · " + QCoreApplication.translate("Sync", "test server")
        self.button.setText(text)
        self.button.setToolTip("\n".join(status_lines(st)))
        cur = st.current
        self.bar.setVisible(cur is not None and cur.total > 0)
        if cur is not None and cur.total > 0:
            self.bar.setMaximum(1000)
            self.bar.setValue(int(cur.done * 1000 / cur.total))
        self.act_conflicts.setText(QCoreApplication.translate("Sync", "&Conflicts ({n})…").format(n=st.conflicts) if st.conflicts else QCoreApplication.translate("Sync", "&Conflicts…"))

    # ------------------------------------------------------------- actions
    def sync_now(self) -> None:
        """Returns at once: the engine's thread runs a cycle now (an idle long-poll is abandoned for
        it); how it goes shows in the indicator, a failure as *offline* / *needs attention* with
        the reason in the details."""
        self.engine.request_sync()
        self.refresh()

    def login(self, offer_last: bool = True) -> None:
        """The login form; ``offer_last=False``: without the last person's user name (they logged out)."""
        settings = self.window.ctx.settings.as_dict()
        if not offer_last:
            settings["server_username"] = ""
        dlg = LoginDialog(settings, self.window)
        if not self.ui.dialogs.run(dlg):
            return
        server, ws = dlg.server.text().strip(), dlg.workstation.text().strip()
        ca, pin, user = dlg.ca_bundle.text().strip(), dlg.pin.text().strip(), dlg.username.text().strip()
        password = dlg.take_password()

        def work(task):  # noqa: ANN001, ANN202
            self.engine.configure(server, ws, ca_bundle=ca, pinned_sha256=pin)
            return self.engine.login(user, password)

        def done(info) -> None:  # noqa: ANN001
            if info.get("session_only") and not self.told_session_only:
                self.told_session_only = True  # once a run: on a shared desk every change of person logs in
                self.ui.dialogs.info(self.window, QCoreApplication.translate("Sync", "Log in"), session_only_notice())
            elif info.get("session_only"):
                self.window.notify.show_in_status_bar(QCoreApplication.translate(
                    "Sync", "Logged in until Docflow closes: this computer has no system keyring."), 15000)
            self.refresh()
            self.window.update_title()
            self.window.refresh()
            self.engine.start()
            self.engine.trigger()

        def failed(exc: BaseException) -> None:
            self.refresh()
            self.window.show_error(QCoreApplication.translate("Sync", "Log in"), exc)

        self.ui.tasks.run(work, on_success=done, on_failure=failed, label=QCoreApplication.translate("Sync", "Logging in"))

    def show_details(self) -> None:
        engine = self.engine

        def show(result) -> None:  # noqa: ANN001 - (SyncStatus, list[WaitingItem])
            status, waiting = result
            self.ui.dialogs.run(SyncDetailsDialog(status, waiting, self.window))

        self.ui.tasks.run(lambda _t: (engine.status(), engine.waiting()), on_success=show,
                          on_failure=lambda exc: self.window.show_error(QCoreApplication.translate("Sync", "Synchronisation"), exc),
                          label=QCoreApplication.translate("Sync", "Reading the sync state"))

    def show_conflicts(self, document_id: str | None = None) -> None:
        """The Conflicts dialog (on ``document_id``'s conflict when it has one)."""
        engine = self.engine

        def show(conflicts) -> None:  # noqa: ANN001 - list[ConflictInfo]
            dlg = ConflictsDialog(conflicts, self.window, document_id)
            if not self.ui.dialogs.run(dlg) or dlg.choice is None:
                return
            cid, choice, merged = dlg.choice

            def failed(exc: BaseException) -> None:
                self.window.show_error(QCoreApplication.translate("Sync", "Conflicts"), exc)

            self.ui.tasks.run(lambda task: engine.resolve_conflict(cid, choice, merged),
                              on_success=lambda _r: (self.refresh(), self.window.refresh()), on_failure=failed,
                              label=QCoreApplication.translate("Sync", "Settling a conflict"), writer=True)

        self.ui.tasks.run(lambda _t: engine.conflicts(), on_success=show,
                          on_failure=lambda exc: self.window.show_error(QCoreApplication.translate("Sync", "Conflicts"), exc),
                          label=QCoreApplication.translate("Sync", "Reading the conflicts"))


def install(window) -> SyncFeature:  # noqa: ANN001
    window.sync_feature = SyncFeature(window)
    return window.sync_feature
