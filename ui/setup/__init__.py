"""First-run setup in the main window: Tools ▸ First-run setup, and the wizard on a new profile.

``install(window)`` is called once by ``MainWindow.__init__``; ``ui/app.py`` opens the wizard by
itself while the profile has never finished or skipped it (``ctx.setup.first_run()``).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ui.setup.wizard import SetupWizard


class SetupFeature:
    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window = window
        self.ui = window.ui
        self.action = QAction(QCoreApplication.translate("Setup", "&First-run setup…"), window)
        self.action.setObjectName("actFirstRunSetup")
        self.action.setShortcut(QKeySequence("Ctrl+Alt+G"))
        self.action.triggered.connect(lambda: self.open())
        window.menu_tools.addAction(self.action)
        window.addAction(self.action)
        self.wizard: SetupWizard | None = None

    def open(self, first_run: bool = False) -> SetupWizard:
        """Show the wizard (not modal: the window stays usable behind it); returns it (tests drive it)."""
        wiz = SetupWizard(self.ui, self.window, first_run=first_run)
        wiz.finished_setup.connect(self._finished)
        self.wizard = wiz
        wiz.show()
        return wiz

    def _finished(self, logged_in: bool) -> None:
        sync = getattr(self.window, "sync_feature", None)
        if logged_in and sync is not None:
            sync.refresh()
            self.window.ctx.sync.start()
            self.window.ctx.sync.trigger()
        self.window.update_title()
        self.window.refresh()


def install(window) -> SetupFeature:  # noqa: ANN001
    window.setup_feature = SetupFeature(window)
    return window.setup_feature
