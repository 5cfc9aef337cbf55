"""The setup wizard's pages for this desk's devices: the scanner (a test scan keeps nothing) and the
signing identity (a key file, picked with Browse…, or a token; its PIN tested, nothing signed; the
identity that opened is the one the Sign dialog offers first)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout,
)

from desktop_app.services.types import IdentitySpec
from ui.setup.page import P_DONE, P_SIGNING, SetupPage, note

if TYPE_CHECKING:
    from ui.setup.wizard import SetupWizard


class ScannerPage(SetupPage):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__(wizard)
        self.setObjectName("setupScanner")
        self.devices = QComboBox()
        self.devices.setObjectName("setupScannerDevice")
        self.find = QPushButton()
        self.find.setObjectName("setupFindScanners")
        self.test = QPushButton()
        self.test.setObjectName("setupTestScan")
        self.test.setEnabled(False)
        self.find.clicked.connect(self.find_scanners)
        self.test.clicked.connect(self.test_scan)
        row = QHBoxLayout()
        row.addWidget(self.devices, 1)
        row.addWidget(self.find)
        row.addWidget(self.test)
        self.intro = note("setupScannerIntro")
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Scanner"))
        self.setSubTitle(self.tr("Check that the scanner answers: a test scan keeps nothing."))
        self.intro.setText(self.tr("Turn the scanner on, then look for it. No scanner? Skip this step; "
                                   "files can always be imported."))
        self.find.setText(self.tr("&Find scanners"))
        self.test.setText(self.tr("&Test scan"))
        self.devices.setAccessibleName(self.tr("Scanner"))

    def find_scanners(self) -> None:
        def show(result) -> None:  # noqa: ANN001
            devices, problems = result
            self.devices.clear()
            for d in devices:
                self.devices.addItem(d.label, d.id)
            self.test.setEnabled(bool(devices))
            if devices:
                self.status.setText(self.tr("{n} scanners found.").format(n=len(devices)))
            else:
                self.status.setText(" ".join([self.tr("No scanner was found."), *problems]))

        self.run(self.ui.ctx.intake.devices, show, self.tr("Looking for scanners"))

    def test_scan(self) -> None:
        device = self.devices.currentData()
        if not device:
            return
        self.run(lambda: self.ui.ctx.setup.test_scan(device),
                 lambda c: self.show_ok(self.tr("The scanner works: {n} page, {w} × {h} pixels at {dpi} dpi.").format(
                     n=c.pages, w=c.width_px, h=c.height_px, dpi=c.dpi)), self.tr("Scanning a test page"))

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return P_SIGNING if self.wiz.signs() else P_DONE  # a clerk or an executor does not sign


class SigningPage(SetupPage):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__(wizard)
        self.setObjectName("setupSigning")
        s = self.ui.ctx.settings
        self.use_file, self.use_token = QRadioButton(), QRadioButton()
        self.use_file.setObjectName("setupKeyFile")
        self.use_token.setObjectName("setupToken")
        group = QButtonGroup(self)
        group.addButton(self.use_file)
        group.addButton(self.use_token)
        self.use_token.setChecked(True)
        self.path = QLineEdit()
        self.path.setObjectName("setupKeyPath")
        self.browse = QPushButton()  # nobody types a key file's path from memory
        self.browse.setObjectName("setupKeyBrowse")
        self.browse.clicked.connect(self.pick_key_file)
        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.module = QLineEdit(s.get("pkcs11_module") or "")
        self.module.setObjectName("setupModule")
        self.token_label = QLineEdit()
        self.token_label.setObjectName("setupTokenLabel")
        self.key_id = QLineEdit()  # a token holding several keys needs the one to check
        self.key_id.setObjectName("setupKeyId")
        self.secret = QLineEdit()
        self.secret.setObjectName("setupPin")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.check = QPushButton()
        self.check.setObjectName("setupTestPin")
        self.check.clicked.connect(self.test_pin)
        self.use_file.toggled.connect(self._kind_changed)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.row_labels = [QLabel() for _ in range(5)]
        for lbl, w, row in zip(self.row_labels, (self.path, self.module, self.token_label, self.key_id, self.secret),
                               (path_row, self.module, self.token_label, self.key_id, self.secret)):
            lbl.setBuddy(w)
            self.form.addRow(lbl, row)
        radios = QHBoxLayout()
        radios.addWidget(self.use_token)
        radios.addWidget(self.use_file)
        radios.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(radios)
        lay.addLayout(self.form)
        lay.addWidget(self.check, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.status)
        lay.addStretch(1)
        self._kind_changed()

    def _kind_changed(self) -> None:
        key_file = self.use_file.isChecked()
        self.path.setEnabled(key_file)
        self.browse.setEnabled(key_file)
        self.module.setEnabled(not key_file)
        self.token_label.setEnabled(not key_file)
        self.key_id.setEnabled(not key_file)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Signing identity"))
        self.setSubTitle(self.tr("Check the smart card, token or key file and its PIN. Nothing is signed."))
        self.use_token.setText(self.tr("Smart card or &token"))
        self.use_file.setText(self.tr("&Key file (PKCS#12)"))
        for lbl, text in zip(self.row_labels, (self.tr("Key &file"), self.tr("Token &driver (PKCS#11 module)"),
                                               self.tr("Token &name"), self.tr("&Key id"), self.tr("&PIN or passphrase"))):
            lbl.setText(text)
        self.check.setText(self.tr("Test the &PIN (nothing is signed)"))
        self.browse.setText(self.tr("&Browse…"))
        self.token_label.setPlaceholderText(self.tr("optional: the only token present is used"))
        self.key_id.setPlaceholderText(self.tr("optional: needed when the token holds several keys (e.g. 02)"))

    def spec(self) -> IdentitySpec:
        if self.use_file.isChecked():
            return IdentitySpec("pkcs12", path=self.path.text().strip())
        return IdentitySpec("pkcs11", module=self.module.text().strip(), token_label=self.token_label.text().strip(),
                            key_id=self.key_id.text().strip())

    def pick_key_file(self) -> None:
        files = self.ui.dialogs.open_files(self, self.tr("Key file"), self.tr("Key files (*.p12 *.pfx);;All files (*)"))
        if files:
            self.path.setText(files[0])

    def remember(self, spec: IdentitySpec) -> None:
        """The identity that opened is the one the Sign dialog offers first (no secret is kept)."""
        from ui.signing.sign_dialog import LAST_IDENTITY

        settings = self.ui.ctx.settings
        if spec.kind == "pkcs11":
            settings.set(LAST_IDENTITY, {"kind": "pkcs11", "module": spec.module, "token_label": spec.token_label,
                                         "key_id": spec.key_id})
            if spec.module:
                settings.set("pkcs11_module", spec.module)
        else:
            settings.set(LAST_IDENTITY, {"kind": "pkcs12", "path": spec.path})

    def test_pin(self) -> None:
        spec, secret = self.spec(), self.secret.text() or None
        self.secret.clear()

        def show(c) -> None:  # noqa: ANN001
            self.remember(spec)
            text = self.tr("The PIN is right. Certificate of {subject}, issued by {issuer}, valid {start} – {end}.").format(
                subject=c.subject, issuer=c.issuer, start=c.valid_from, end=c.valid_to)
            if c.expired:
                text += " " + self.tr("It has EXPIRED: ask for a new one before signing.")
            self.show_ok(text)

        self.run(lambda: self.ui.ctx.setup.check_identity(spec, secret), show, self.tr("Checking the identity"))
