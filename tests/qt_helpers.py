"""Shared GUI-test helpers: a dialog service that answers without a screen, and a real main window."""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ui.dialogs import DialogService


class ScriptedDialogs(DialogService):
    """Answers dialogs without a screen; records what the user would have seen."""

    def __init__(self):
        self.files: list[str] = []
        self.dir = ""  # what choose_dir answers (empty: the user cancelled)
        self.save_paths: list[str] = []  # what save_file answers, in order (none left: the user cancelled)
        self.messages: list[tuple[str, str, str]] = []
        self.details: list[str] = []  # the "Details" text of each error, in order
        self.form_actions: list = []  # callables(dialog) -> bool, used in order

    def info(self, parent, title, text):
        self.messages.append(("info", title, text))

    def error(self, parent, title, text, details=""):
        self.messages.append(("error", title, text))
        self.details.append(details)

    def confirm(self, parent, title, text):
        self.messages.append(("confirm", title, text))
        return True

    def open_files(self, parent, title, filters):
        return list(self.files)

    def save_file(self, parent, title, suggested, filters):
        return self.save_paths.pop(0) if self.save_paths else ""

    def choose_dir(self, parent, title):
        return self.dir

    def run(self, dialog):
        action = self.form_actions.pop(0)
        dialog.show()
        ok = action(dialog)
        if ok:
            dialog.accept()
        else:
            dialog.reject()
        return ok


@contextlib.contextmanager
def open_window(qtbot, ctx, dialogs: DialogService, timeout: int = 10000) -> Iterator:
    """A real MainWindow on ``ctx``, shown, with its start-up tasks finished; closed afterwards."""
    from ui.context import UiContext
    from ui.main_window import MainWindow

    ui = UiContext.create(ctx, dialogs)
    w = MainWindow(ui)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not ui.tasks.busy(), timeout=timeout)
    try:
        yield w
    finally:
        ui.close()
