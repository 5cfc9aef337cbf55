"""Settings: interface language and OCR/scan defaults (nothing secret is ever stored here)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop_app.config import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("Azərbaycan dili", "az")
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        i = self.language.findData(settings.get("language") or "")
        self.language.setCurrentIndex(max(0, i))
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        note = QCoreApplication.translate("SettingsDialog", "A new language applies the next time Docflow starts.")
        form.addRow(QLabel(note))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.set("language", self.language.currentData())
        super().accept()
