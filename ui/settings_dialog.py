"""Settings: interface language, high contrast, the institution's time zone (nothing secret is stored)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop_app.config import Settings
from desktop_app.locale import DEFAULT_TIME_ZONE

#: Time zones offered (the institution's; others can be typed).
TIME_ZONES = ("Asia/Baku", "Europe/Moscow", "Europe/Istanbul", "Asia/Tbilisi", "UTC")


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("Azərbaycan dili", "az")
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        i = self.language.findData(settings.get("language") or "")
        self.language.setCurrentIndex(max(0, i))
        self.high_contrast = QCheckBox(self.tr("&High contrast (black on white, strong frames)"))
        self.high_contrast.setObjectName("highContrast")
        self.high_contrast.setChecked(bool(settings.get("high_contrast", False)))
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("timeZone")
        self.time_zone.setEditable(True)
        for tz in TIME_ZONES:
            self.time_zone.addItem(tz)
        self.time_zone.setCurrentText(settings.get("time_zone") or DEFAULT_TIME_ZONE)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        note = QCoreApplication.translate("SettingsDialog", "A new language applies the next time Docflow starts.")
        form.addRow(QLabel(note))
        form.addRow("", self.high_contrast)
        form.addRow(self.tr("Institution's &time zone"), self.time_zone)
        tz_note = QLabel(self.tr("Used for the time on signature stamps, in the history and for deadlines."))
        tz_note.setWordWrap(True)
        form.addRow(tz_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        from desktop_app import locale

        self.settings.set("language", self.language.currentData())
        self.settings.set("high_contrast", self.high_contrast.isChecked())
        tz = self.time_zone.currentText().strip() or DEFAULT_TIME_ZONE
        self.settings.set("time_zone", tz)
        locale.set_time_zone(tz)
        super().accept()
