"""The sign dialog: identity (key file or token), PIN, reason/location, visible stamp with preview."""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSpinBox, QStackedWidget, QVBoxLayout, QWidget,
)

from desktop_app.errors import DocflowError
from desktop_app.services.signing import IdentitySpec
from desktop_app.signing import STAMP_POSITIONS, SignOptions, StampOptions, list_token_keys, list_tokens, stamp_box_for

A4 = (0.0, 0.0, 595.0, 842.0)


class StampPreview(QWidget):
    """A page outline with the stamp rectangle where it will be drawn (PDF points, origin bottom-left)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumSize(120, 170)
        self.mediabox = A4
        self.box: tuple[float, float, float, float] | None = None

    def set_box(self, box: tuple[float, float, float, float] | None) -> None:
        self.box = box
        self.update()

    def page_rect(self) -> QRectF:
        x0, y0, x1, y1 = self.mediabox
        w, h = x1 - x0, y1 - y0
        scale = min((self.width() - 8) / w, (self.height() - 8) / h)
        return QRectF((self.width() - w * scale) / 2, (self.height() - h * scale) / 2, w * scale, h * scale)

    def stamp_rect(self) -> QRectF | None:
        if self.box is None:
            return None
        page = self.page_rect()
        x0, y0, x1, y1 = self.mediabox
        scale = page.width() / (x1 - x0)
        bx0, by0, bx1, by1 = self.box
        return QRectF(page.left() + (bx0 - x0) * scale, page.bottom() - (by1 - y0) * scale,
                      (bx1 - bx0) * scale, (by1 - by0) * scale)

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt override
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        page = self.page_rect()
        p.fillRect(page, QColor("white"))
        p.setPen(QPen(QColor("#888"), 1))
        p.drawRect(page)
        r = self.stamp_rect()
        if r is not None:
            p.fillRect(r, QColor(40, 90, 200, 60))
            p.setPen(QPen(QColor("#2855c8"), 1.5))
            p.drawRect(r)
        p.end()


class SignDialog(QDialog):
    """Collects an identity, its secret and the signing options. The secret is read once by the caller."""

    def __init__(self, doc_count: int, pkcs11_module: str = "", parent: QWidget | None = None,
                 pick_file=None):  # noqa: ANN001 - callable() -> str, e.g. through the DialogService
        super().__init__(parent)
        self._pick_file = pick_file
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Sign %n document(s)", "", doc_count))
        self._tokens = []

        self.use_file = QRadioButton(self.tr("Key file (PKCS#12)"))
        self.use_token = QRadioButton(self.tr("Smart card / token (PKCS#11)"))
        self.use_file.setChecked(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.use_file)
        kinds.addWidget(self.use_token)

        # key file page
        self.p12_path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.p12_path, 1)
        path_row.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the passphrase in the system keyring"))
        file_page = QWidget()
        ff = QFormLayout(file_page)
        ff.addRow(self.tr("Key file"), path_row)
        ff.addRow(self.tr("Passphrase"), self.passphrase)
        ff.addRow("", self.remember)

        # token page
        self.module = QLineEdit(pkcs11_module)
        self.token = QComboBox()
        self.key = QComboBox()
        refresh = QPushButton(self.tr("Find tokens"))
        refresh.clicked.connect(self.refresh_tokens)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_note = QLabel()
        self.pin_note.setWordWrap(True)
        token_page = QWidget()
        tf = QFormLayout(token_page)
        mod_row = QHBoxLayout()
        mod_row.addWidget(self.module, 1)
        mod_row.addWidget(refresh)
        tf.addRow(self.tr("PKCS#11 module"), mod_row)
        tf.addRow(self.tr("Token"), self.token)
        tf.addRow(self.tr("Key"), self.key)
        tf.addRow(self.tr("PIN"), self.pin)
        tf.addRow("", self.pin_note)
        self.token.currentIndexChanged.connect(self._token_changed)

        self.pages = QStackedWidget()
        self.pages.addWidget(file_page)
        self.pages.addWidget(token_page)
        self.use_token.toggled.connect(lambda on: self.pages.setCurrentIndex(1 if on else 0))

        # options
        self.reason = QLineEdit()
        self.location = QLineEdit()
        self.stamp = QGroupBox(self.tr("Visible stamp (signer, date, registration number)"))
        self.stamp.setCheckable(True)
        self.stamp.setChecked(False)
        self.page = QSpinBox()
        self.page.setRange(-99, 9999)
        self.page.setValue(-1)
        self.page.setSpecialValueText("")
        self.page.setToolTip(self.tr("1 = first page, -1 = last page"))
        self.position = QComboBox()
        labels = {
            "bottom-right": self.tr("Bottom right"), "bottom-left": self.tr("Bottom left"),
            "top-right": self.tr("Top right"), "top-left": self.tr("Top left"), "bottom-center": self.tr("Bottom centre"),
        }
        for pos in STAMP_POSITIONS:
            self.position.addItem(labels.get(pos, pos), pos)
        self.preview = StampPreview()
        sf = QFormLayout()
        sf.addRow(self.tr("Page"), self.page)
        sf.addRow(self.tr("Position"), self.position)
        sl = QHBoxLayout(self.stamp)
        sl.addLayout(sf, 1)
        sl.addWidget(self.preview)
        self.position.currentIndexChanged.connect(self._update_preview)
        self.stamp.toggled.connect(self._update_preview)

        opts = QFormLayout()
        opts.addRow(self.tr("Reason"), self.reason)
        opts.addRow(self.tr("Location"), self.location)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(kinds)
        lay.addWidget(self.pages)
        lay.addLayout(opts)
        lay.addWidget(self.stamp)
        lay.addWidget(self.buttons)
        self._update_preview()

    # ------------------------------------------------------------------ helpers
    def _browse(self) -> None:
        if self._pick_file is not None:
            path = self._pick_file()
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Key file"), "",
                                                  self.tr("Key files (*.p12 *.pfx);;All files (*)"))
        if path:
            self.p12_path.setText(path)

    def refresh_tokens(self) -> None:
        """List tokens and their keys (public objects; no PIN needed)."""
        self.token.clear()
        self.key.clear()
        self._tokens = []
        try:
            self._tokens = list_tokens(self.module.text().strip())
        except DocflowError as exc:
            self.pin_note.setText(str(exc))
            return
        for t in self._tokens:
            if t.label:
                self.token.addItem(f"{t.label} ({t.model})", t.label)
        if not self.token.count():
            self.pin_note.setText(self.tr("No token found."))

    def _token_changed(self) -> None:
        self.key.clear()
        label = self.token.currentData()
        info = next((t for t in self._tokens if t.label == label), None)
        if info is None:
            return
        try:
            for k in list_token_keys(self.module.text().strip(), label):
                if "key_cert_sign" in k.certificate.key_usage:
                    continue  # CA certificates stored on the card
                self.key.addItem(f"{k.certificate.common_name} — {k.label}", k.key_id_hex)
        except DocflowError as exc:
            self.pin_note.setText(str(exc))
        self.pin.setEnabled(not info.protected_auth_path)
        notes = []
        if info.protected_auth_path:
            notes.append(self.tr("Enter the PIN on the reader's keypad when asked."))
        if info.pin_state.count_low or info.pin_state.final_try or info.pin_state.locked:
            notes.append(info.pin_state.describe())
        self.pin_note.setText(" ".join(notes))

    def _update_preview(self) -> None:
        self.preview.set_box(stamp_box_for(self.position.currentData(), A4) if self.stamp.isChecked() else None)

    # ------------------------------------------------------------------ values
    def identity_spec(self) -> IdentitySpec:
        if self.use_token.isChecked():
            return IdentitySpec(kind="pkcs11", module=self.module.text().strip(),
                                token_label=self.token.currentData() or "", key_id=self.key.currentData() or "")
        return IdentitySpec(kind="pkcs12", path=self.p12_path.text().strip())

    def take_secret(self) -> str | None:
        """The passphrase/PIN typed (None: keyring or PIN pad); the field is cleared at once."""
        field = self.pin if self.use_token.isChecked() else self.passphrase
        value = field.text() or None
        self.pin.clear()
        self.passphrase.clear()
        return value

    def remember_passphrase(self) -> bool:
        return self.use_file.isChecked() and self.remember.isChecked()

    def sign_options(self) -> SignOptions:
        stamp = None
        if self.stamp.isChecked():
            page = self.page.value()
            stamp = StampOptions(page=page - 1 if page > 0 else page, position=self.position.currentData())
        return SignOptions(reason=self.reason.text().strip() or None, location=self.location.text().strip() or None,
                           stamp=stamp)
