"""Update notices in the window: Tools > Check for updates… (Ctrl+Alt+Z), and a quiet check after start and daily.

The check asks the circulation server (ctx.updates, off the GUI thread); a newer version is
announced once, with its release notes and where to get it. Docflow never downloads or runs
anything: the person (or the office's administrator) installs the new version.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.services.updates import UpdateCheck

FIRST_CHECK_MS = 20_000          # after start, once the window has settled
CHECK_EVERY_MS = 24 * 3600 * 1000


class UpdateNotifier(QObject):
    """Owns the menu action and the timer of one main window."""

    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.window = window
        self.ui = window.ui
        self.action = QAction(self.tr("Check for &updates…"), window)
        self.action.setObjectName("actCheckUpdates")
        self.action.setShortcut(QKeySequence("Ctrl+Alt+Z"))
        window.addAction(self.action)  # the shortcut works wherever the focus is in the window
        self.action.triggered.connect(lambda: self.check(quiet=False))
        window.menu_tools.addAction(self.action)
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(lambda: self.check(quiet=True))
        self.last: UpdateCheck | None = None

    def start(self, first_delay_ms: int = FIRST_CHECK_MS) -> None:
        QTimer.singleShot(first_delay_ms, lambda: self.check(quiet=True))
        self.timer.start()

    def check(self, *, quiet: bool) -> None:
        """Ask the server; ``quiet`` checks speak only about a version not announced before."""
        updates = self.ui.ctx.updates
        self.ui.tasks.run(lambda _task: updates.check(), on_success=lambda r: self._done(r, quiet),
                          on_failure=lambda exc: None if quiet else self.window.show_error(self.tr("Check for updates"), exc),
                          label=self.tr("Checking for updates"))

    def _done(self, result: UpdateCheck, quiet: bool) -> None:
        self.last = result
        updates = self.ui.ctx.updates
        if result.available and (not quiet or updates.should_announce(result)):
            updates.mark_announced(result)
            self.ui.dialogs.info(self.window, self.tr("A new version of Docflow"), self.describe(result))
        elif not quiet:
            self.ui.dialogs.info(self.window, self.tr("Check for updates"), self.describe(result))

    def describe(self, result: UpdateCheck) -> str:
        if result.state == "available":
            text = self.tr("Docflow {new} is available (you have {current}).").replace("{new}", result.version).replace(
                "{current}", result.current)
            if result.notes:
                text += "\n\n" + self.tr("What is new:") + "\n" + result.notes
            if result.download_url:
                text += "\n\n" + self.tr("Get it from: {url}").replace("{url}", result.download_url)
            return text + "\n\n" + self.tr("Docflow does not install updates by itself: install the new version "
                                          "(or ask your administrator to). Your documents are kept.")
        if result.state == "up-to-date":
            return self.tr("Docflow {current} is the newest version.").replace("{current}", result.current)
        if result.state == "no-server":
            return self.tr("No circulation server is configured, so there is nobody to ask about new versions.")
        return self.tr("The server could not be asked about new versions: {reason}").replace("{reason}", result.message)


def install(window) -> UpdateNotifier:  # noqa: ANN001 - MainWindow
    """Add Tools > Check for updates to ``window`` (the periodic check starts with ``.start()``)."""
    notifier = UpdateNotifier(window)
    window.update_notifier = notifier
    return notifier
