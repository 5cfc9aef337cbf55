"""Dialogs behind one small service, so tests can replace it (after Picard's user_dialog_service)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


class DialogService:
    """Message boxes and file pickers. Tests pass a subclass that answers without a screen."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return files

    def choose_dir(self, parent: QWidget | None, title: str) -> str:
        return QFileDialog.getExistingDirectory(parent, title)

    def run(self, dialog: QDialog) -> bool:
        """Show a modal form dialog; True when the user accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted
