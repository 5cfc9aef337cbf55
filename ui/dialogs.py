"""Dialogs behind one small service, so tests can replace it (after Picard's user_dialog_service).

Every message box and file picker is Qt's own widget dialog (never the platform's native one),
so each word on it comes from our translations -- Qt ships no Azerbaijani, and a native dialog
would speak the operating system's language instead of the person's choice.
"""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop_app.errors import DocflowError
from desktop_app.messages import describe_error

log = logging.getLogger(__name__)

_FILE_OPTIONS = QFileDialog.Option.DontUseNativeDialog


class DialogService:
    """Message boxes and file pickers. Tests pass a subclass that answers without a screen."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self._box(parent, QMessageBox.Icon.Information, title, text, "")

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        """A readable sentence; the raw detail (server words, traceback) behind "Show Details…"."""
        log.info("error shown: %s: %s", title, text)
        self._box(parent, QMessageBox.Icon.Warning, title, text, details)

    def failure(self, parent: QWidget | None, title: str, exc: BaseException) -> None:
        """Show a failure as a translated sentence with the raw detail behind "Details"; log it in full."""
        msg = describe_error(exc)
        if isinstance(exc, DocflowError):
            log.info("%s: %s", title, exc)
        else:
            log.error("%s: %s\n%s", title, exc, getattr(exc, "__docflow_traceback__", ""),
                      exc_info=(type(exc), exc, exc.__traceback__) if exc.__traceback__ else None)
        self.error(parent, title, msg.text, msg.details)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(parent, title, "", filters, options=_FILE_OPTIONS)
        return files

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
        """A file to write (``suggested``: the name offered); "" when the user cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters, options=_FILE_OPTIONS)
        return path

    def choose_dir(self, parent: QWidget | None, title: str) -> str:
        return QFileDialog.getExistingDirectory(parent, title, "", _FILE_OPTIONS | QFileDialog.Option.ShowDirsOnly)

    def run(self, dialog: QDialog) -> bool:
        """Show a modal form dialog; True when the user accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    @staticmethod
    def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, parent)
        box.setObjectName("messageBox")
        if details:
            box.setDetailedText(details)
        box.exec()
