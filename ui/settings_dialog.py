"""Settings: interface language, high contrast, the institution's time zone, the bandwidth cap of sync,
and this desk's override of the institution's signature settings (trust roots, timestamp service,
revocation data; nothing secret)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QWidget,
)

from desktop_app import labels
from desktop_app.config import BANDWIDTH_CAP, Settings
from desktop_app.errors import InvalidInput
from desktop_app.locale import DEFAULT_TIME_ZONE
from desktop_app.signing import settings as signing_settings

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
        for tz in TIME_ZONES:  # by its city and offset, not "Asia/Baku"; another zone's identifier can be typed
            self.time_zone.addItem(labels.time_zone(tz), tz)
        current = settings.get("time_zone") or DEFAULT_TIME_ZONE
        self.time_zone.setCurrentText(labels.time_zone(current))
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        note = QCoreApplication.translate("SettingsDialog", "A new language applies the next time Docflow starts.")
        form.addRow(QLabel(note))
        form.addRow("", self.high_contrast)
        form.addRow(self.tr("Institution's &time zone"), self.time_zone)
        tz_note = QLabel(self.tr("Used for the time on signature stamps, in the history and for deadlines."))
        tz_note.setWordWrap(True)
        form.addRow(tz_note)
        self.bandwidth_cap = QLineEdit(str(settings.get(BANDWIDTH_CAP) or ""))
        self.bandwidth_cap.setObjectName("bandwidthCap")
        self.bandwidth_cap.setPlaceholderText(self.tr("no cap"))
        form.addRow(self.tr("Sync band&width cap (kbit/s)"), self.bandwidth_cap)
        cap_note = QLabel(self.tr("The most sync may use of the link, each way, so the link keeps room for other use."))
        cap_note.setWordWrap(True)
        form.addRow(cap_note)
        form.addRow(self._signatures_box(settings))
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _signatures_box(self, settings: Settings) -> QGroupBox:
        """This desk's override of the institution's signature settings (empty: the server's)."""
        box = QGroupBox(self.tr("Signatures"))
        box.setObjectName("signatureSettings")
        self.trust_bundle = QLineEdit(settings.get(signing_settings.LOCAL_TRUST) or "")
        self.trust_bundle.setObjectName("trustBundle")
        self.trust_bundle.setPlaceholderText(
            self.tr("the institution's, from the server") if settings.get(signing_settings.SERVER_ROOTS_SHA)
            else self.tr("none yet: they come from the server"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("trustBundleBrowse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.trust_bundle, 1)
        row.addWidget(browse)
        self.tsa = QLineEdit(settings.get(signing_settings.LOCAL_TSA) or "")
        self.tsa.setObjectName("tsaUrl")
        self.tsa.setPlaceholderText(settings.get(signing_settings.SERVER_TSA) or self.tr("none yet: it comes from the server"))
        self.revocation = QComboBox()
        self.revocation.setObjectName("revocationFetch")
        self.revocation.addItem(self.tr("As the institution says"), None)
        self.revocation.addItem(self.tr("Fetch OCSP and CRL data"), True)
        self.revocation.addItem(self.tr("Do not fetch (offline desk)"), False)
        self.revocation.setCurrentIndex(max(0, self.revocation.findData(settings.get(signing_settings.LOCAL_REVOCATION))))
        for w in (self.trust_bundle, self.tsa):
            w.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 36))
        inner = QFormLayout(box)
        for text, buddy, field in ((self.tr("T&rust roots (PEM)"), self.trust_bundle, row),
                                   (self.tr("Ti&mestamp service"), self.tsa, self.tsa),
                                   (self.tr("Re&vocation data"), self.revocation, self.revocation)):
            label = QLabel(text)
            label.setBuddy(buddy)
            inner.addRow(label, field)
        note = QLabel(self.tr("Leave empty to use the institution's settings, which come from the server with the login."))
        note.setWordWrap(True)
        inner.addRow(note)
        return box

    def _browse(self) -> None:
        ui = getattr(self.parent(), "ui", None)
        if ui is None:
            return
        files = ui.dialogs.open_files(self, self.tr("Trust roots (PEM)"), self.tr("Certificates (*.pem *.crt *.cer)"))
        if files:
            self.trust_bundle.setText(files[0])

    def zone_chosen(self) -> str:
        """The time zone's identifier: the listed one whose name is shown, else what was typed (checked)."""
        from desktop_app.services.settings import check_value

        text = self.time_zone.currentText().strip()
        listed = self.time_zone.findText(text)
        if listed >= 0:
            return self.time_zone.itemData(listed)
        return check_value("time_zone", text, self.tr("Institution's &time zone").replace("&", "")) if text else DEFAULT_TIME_ZONE

    def accept(self) -> None:
        from desktop_app import locale

        from desktop_app.services.settings import check_value

        ctx = getattr(self.parent(), "ctx", None)
        try:  # the same checks as `docflow settings set`
            # the message names each field as its label does, not by the settings key
            trust = check_value(signing_settings.LOCAL_TRUST, self.trust_bundle.text(), self.tr("T&rust roots (PEM)").replace("&", ""))
            tsa = check_value(signing_settings.LOCAL_TSA, self.tsa.text(), self.tr("Ti&mestamp service").replace("&", ""))
            cap = check_value(BANDWIDTH_CAP, self.bandwidth_cap.text(), self.tr("Sync band&width cap (kbit/s)").replace("&", ""))
            tz = self.zone_chosen()
        except InvalidInput as exc:
            self.error.setText(str(exc))
            return
        self.settings.set(signing_settings.LOCAL_TRUST, trust)
        self.settings.set(signing_settings.LOCAL_TSA, tsa)
        self.settings.set(BANDWIDTH_CAP, cap)
        self.settings.set(signing_settings.LOCAL_REVOCATION, self.revocation.currentData())
        ui = getattr(self.parent(), "ui", None)
        if ctx is not None and ui is not None:  # signatures that waited for these settings are due now
            ui.tasks.run(lambda _t: signing_settings.settings_changed(ctx), label="", writer=True)
        self.settings.set("language", self.language.currentData())
        self.settings.set("high_contrast", self.high_contrast.isChecked())
        self.settings.set("time_zone", tz)
        locale.set_time_zone(tz)
        super().accept()
