"""Who acts at this desk: the current person always on screen (status bar and title), an explicit
"Switch user…" (File menu, Ctrl+Alt+W, or a click on the person in the status bar) and "Log out"
(File menu, Ctrl+Shift+Q: the desk is nobody's at once and the login form opens).

A desk nobody is logged in at (``ctx.user.nobody``) shows no name, and every action that could
record work is disabled (kept so: an action enabled again meanwhile is disabled again) -- the login,
the sync state, the help and Quit stay. The core refuses a change recorded without a person anyway
(``outbox.enqueue``).

The switch itself is ``ctx.session.switch_user`` (a login of the other account); the window follows
the ``user`` change it publishes like any other change (lists, queues, assignments, actions, title).
``install(window)`` is called once by ``MainWindow.__init__``.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDockWidget, QFormLayout, QLabel, QLineEdit, QToolBar, QToolButton, QVBoxLayout,
    QWidget,
)

from desktop_app import labels
from desktop_app.errors import DocflowError
from desktop_app.events import USER

log = logging.getLogger(__name__)


#: What stays usable at a desk nobody is logged in at: logging in, the sync state, help, quitting.
OPEN_WHILE_NOBODY = frozenset({"actSyncLogin", "actSyncDetails", "actQuit", "actAbout", "actGuide", "actShortcuts"})


def nobody_text() -> str:
    """What the title and the status bar say at a desk nobody is logged in at."""
    return QCoreApplication.translate("Session", "Nobody is logged in")


def user_text(display_name: str, roles) -> str:  # noqa: ANN001 - an iterable of role words
    """``Name (roles)`` as the status bar and the title show it."""
    return QCoreApplication.translate("Session", "{user} ({roles})").replace("{user}", display_name).replace(
        "{roles}", labels.roles(roles))


class SwitchUserDialog(QDialog):
    """The other person's user name (from the staff list, or typed) and password."""

    def __init__(self, current: str, usernames: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("switchUserDialog")
        self.setWindowTitle(self.tr("Switch user"))
        self.intro = QLabel(self.tr("Now working: {user}. The person who takes over logs in with their own account.")
                            .replace("{user}", current))
        self.intro.setWordWrap(True)
        self.username = QComboBox(objectName="switchUsername")
        self.username.setEditable(True)
        self.username.setAccessibleName(self.tr("User name"))
        for username, name in usernames:
            self.username.addItem(name or username, username)  # the person by name; typing a user name works too
        self.username.setCurrentIndex(-1)
        self.password = QLineEdit(objectName="switchPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        for i in range(form.rowCount()):
            form.itemAt(i, QFormLayout.ItemRole.LabelRole).widget().setBuddy(form.itemAt(i, QFormLayout.ItemRole.FieldRole).widget())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Switch"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 56))

    def chosen_username(self) -> str:
        text = self.username.currentText().strip()
        i = self.username.currentIndex()
        if i >= 0 and self.username.itemText(i) == text:
            return self.username.itemData(i) or text
        return text

    def take_password(self) -> str:
        """The password, once: the field is cleared so it does not linger in the widget."""
        pw = self.password.text()
        self.password.clear()
        return pw


class SessionFeature:
    """The current person in the status bar, and the Switch user action."""

    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window = window
        self.ui = window.ui
        self.ctx = window.ctx
        self.indicator = QToolButton(objectName="userIndicator")
        self.indicator.setAutoRaise(True)
        self.indicator.setAccessibleName(QCoreApplication.translate("Session", "Current user"))
        self.indicator.setToolTip(QCoreApplication.translate("Session", "Who is working at this desk. Click to switch the user."))
        window.statusBar().insertPermanentWidget(0, self.indicator)
        self.act_switch = QAction(QCoreApplication.translate("Session", "S&witch user…"), window)
        self.act_switch.setObjectName("actSwitchUser")
        self.act_switch.setShortcut(QKeySequence("Ctrl+Alt+W"))
        self.act_switch.triggered.connect(self.switch_user)
        window.addAction(self.act_switch)
        window.menu_file.addAction(self.act_switch)
        self.act_logout = QAction(QCoreApplication.translate("Session", "Log &out"), window)
        self.act_logout.setObjectName("actLogOut")
        self.act_logout.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.act_logout.triggered.connect(self.log_out)
        window.addAction(self.act_logout)
        window.menu_file.addAction(self.act_logout)
        self.indicator.clicked.connect(self._indicator_clicked)
        window.changes_settled.connect(lambda change: USER in change.aspects and self.window.show_document(self.window.current_id()))
        self.locked = False
        self.leaving = False  # a log-out is under way: the desk shows nobody already
        self._guarded: set[int] = set()
        self._wanted: dict[int, bool] = {}  # each locked action's state for when someone logs in
        self.show_user()
        if self.ctx.user.nobody:  # the last person logged out before the program was closed
            QTimer.singleShot(0, self._ask_login)

    def show_user(self) -> None:
        u = self.ctx.user
        if u.nobody or self.leaving:
            self.indicator.setText(nobody_text())
            self.indicator.setToolTip(QCoreApplication.translate("Session", "Nobody is logged in at this desk. Click to log in."))
        else:
            self.indicator.setText(user_text(u.display_name, u.roles))
            self.indicator.setToolTip(QCoreApplication.translate("Session", "Who is working at this desk. Click to switch the user."))
        self.lock(u.nobody or self.leaving)

    def lock(self, locked: bool) -> None:
        """Disable (or enable again) everything that could record work: the desk is nobody's."""
        if locked == self.locked:
            return
        self.locked = locked
        w = self.window
        for widget in [w.centralWidget(), *w.findChildren(QDockWidget), *w.findChildren(QToolBar)]:
            if widget is not None:
                widget.setEnabled(not locked)
        for act in w.findChildren(QAction):
            if act.menu() is not None or act.objectName() in OPEN_WHILE_NOBODY:
                continue  # a menu itself, or what stays open
            if id(act) not in self._guarded:  # kept disabled while locked, whoever enables it meanwhile
                self._guarded.add(id(act))
                act.enabledChanged.connect(lambda on, a=act: self._keep_locked(a, on))
            if locked:
                self._wanted[id(act)] = act.isEnabled()
                act.setEnabled(False)
            else:
                act.setEnabled(self._wanted.pop(id(act), act.isEnabled()))
        if not locked:
            w.refresh()  # each feature sets its actions again for the person now at the desk

    def _keep_locked(self, act: QAction, on: bool) -> None:
        if on and self.locked:
            self._wanted[id(act)] = True  # what it is to be once someone logs in
            act.setEnabled(False)

    def _indicator_clicked(self) -> None:
        if self.ctx.user.nobody:
            self._ask_login()
        else:
            self.act_switch.trigger()

    def _ask_login(self) -> None:
        sync = getattr(self.window, "sync_feature", None)
        if sync is not None:
            sync.login(offer_last=False)  # the next person logs in (or cancels: the desk stays nobody's)

    def switch_user(self) -> None:
        staff = []
        try:
            staff = [(m.username, m.display_name) for m in self.ctx.routing.staff() if m.username != self.ctx.user.username]
        except DocflowError as exc:  # the list only helps; typing the name works without it
            log.warning("staff list for switching unavailable: %s", exc)
        dlg = SwitchUserDialog(self.ctx.user.display_name, staff, self.window)
        if not self.ui.dialogs.run(dlg):
            return
        username, password, session = dlg.chosen_username(), dlg.take_password(), self.ctx.session

        def done(user) -> None:  # noqa: ANN001 - CurrentUser
            self.window.refresh()
            sync = getattr(self.window, "sync_feature", None)
            if sync is not None:  # a login: an engine that was not running (the token had lapsed) starts now
                sync.refresh(start=True)
            self.window.notify.show_in_status_bar(QCoreApplication.translate("Session", "{user} is working now.")
                                                .replace("{user}", user.display_name), 8000)

        self.ui.tasks.run(lambda _t: session.switch_user(username, password), on_success=done,
                          on_failure=lambda e: self.window.show_error(QCoreApplication.translate("Session", "User not switched"), e),
                          label=QCoreApplication.translate("Session", "Switching the user"))

    def log_out(self) -> None:
        """End the session (``ctx.session.log_out``): the desk is nobody's at once -- no name on
        screen, nothing to record work with -- and the login form opens for the next person at once;
        their login waits until the leaving person's last sync and the end of their session are done
        (``Connection.session_lock``). What the person could not send yet waits for *their* next login."""
        session, who = self.ctx.session, self.ctx.user.display_name
        ends = self.ctx.sync.connection.configured  # else the service says there is no session to end
        if ends:
            self.window.setWindowTitle(QCoreApplication.translate("MainWindow", "Docflow — {user}").replace("{user}", nobody_text()))
            self.leaving = True
            self.show_user()

        def done(waiting: int) -> None:
            self.leaving = False
            self.window.update_title()
            sync = getattr(self.window, "sync_feature", None)
            if sync is not None:
                sync.refresh()
            text = (QCoreApplication.translate("Session", "{user} logged out. {n} change(s) of theirs wait for their next login "
                                                          "at this desk.")
                    if waiting else QCoreApplication.translate("Session", "{user} logged out."))
            self.window.notify.show_in_status_bar(text.replace("{user}", who).replace("{n}", str(waiting)), 15000)

        def failed(exc: BaseException) -> None:
            self.leaving = False
            self.window.update_title()  # still the person's desk (or nobody's, if that much was done)
            self.window.show_error(QCoreApplication.translate("Session", "Not logged out"), exc)

        self.ui.tasks.run(lambda _t: session.log_out(), on_success=done, on_failure=failed,
                          label=QCoreApplication.translate("Session", "Logging out"))
        if ends:
            self._ask_login()


def install(window) -> SessionFeature:  # noqa: ANN001 - MainWindow
    window.session = SessionFeature(window)
    return window.session
