"""The sign dialog: identity (key file or token), PIN, reason/location, visible stamp with preview.

Sign opens the identity (off the GUI thread) before the dialog closes: a wrong passphrase or
PIN is shown in the dialog, which stays open with everything else as it was. The last identity
used is remembered (a path or a token label and key id -- never a secret); tokens are listed as
soon as the token page is shown, without a click; an empty PIN is refused before signing.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QRectF, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QValidator
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSpinBox, QStackedWidget, QVBoxLayout, QWidget,
)

from desktop_app.errors import DocflowError
from desktop_app.services.signing import IdentitySpec
from desktop_app.errors import PinError
from desktop_app.signing.options import STAMP_POSITIONS, SignOptions, StampOptions, stamp_box_for

log = logging.getLogger(__name__)

A4 = (0.0, 0.0, 595.0, 842.0)
#: Settings key of the last identity used (kind, path or module/token/key -- no secret).
LAST_IDENTITY = "last_signing_identity"


class PageSpin(QSpinBox):
    """The stamp's page: 1 = the first, -1 = the last (shown in words, not as a bare "-1")."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's name
        return self.tr("last") if value == -1 else self.tr("{n} from the end").format(n=-value) if value < 0 else str(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        text = text.strip()
        for v in (-1, *range(-2, self.minimum() - 1, -1)):
            if text == self.textFromValue(v):
                return v
        try:
            return int(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:  # words are accepted as well as numbers
        t = text.strip()
        words = [self.textFromValue(v) for v in range(self.minimum(), 0)]
        try:
            number = int(t)
        except ValueError:
            number = None
        if t in words or (number is not None and self.minimum() <= number <= self.maximum()):
            return QValidator.State.Acceptable, text, pos
        if not t or t == "-" or any(w.startswith(t) for w in words):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


def scan_tokens(module: str) -> list[tuple[object, list]]:
    """Every token of ``module`` with its signing keys (CA certificates on the card left out).
    Talks to the card reader: run it off the GUI thread. (The window lists them in the signing
    process instead: ``SigningService.scan_tokens``.)"""
    from desktop_app.signing.identities import list_token_keys, list_tokens

    out = []
    for t in list_tokens(module):
        if not t.label:
            continue
        keys = [k for k in list_token_keys(module, t.label) if "key_cert_sign" not in k.certificate.key_usage]
        out.append((t, keys))
    return out


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
    """Collects an identity, its secret and the signing options, and opens the identity.

    Args:
        doc_count: how many documents will be signed (the title says it).
        pkcs11_module: the token module path from the settings.
        pick_file: ``() -> path`` choosing a key file (through the dialog service).
        tasks: the window's :class:`~ui.tasks.TaskManager`; with ``opener`` the dialog opens the
            identity itself before it closes, and emits :attr:`identity_ready`.
        opener: ``(spec, secret, remember, confirm_final_try) -> identity`` (runs on a worker).
        scanner: ``(module) -> [(TokenInfo, [TokenKey])]`` lists the tokens (runs on a worker; the
            window's reads them in the signing process); default :func:`scan_tokens`, in this one.
        confirm: ``(text) -> bool`` asks the person (the last PIN try).
        last: the last identity used (``LAST_IDENTITY`` setting) to preselect.
    """

    identity_ready = Signal(object)  # the opened identity; the dialog has accepted

    def __init__(self, doc_count: int, pkcs11_module: str = "", parent: QWidget | None = None,
                 pick_file=None, *, tasks=None, opener: Callable | None = None,  # noqa: ANN001
                 confirm: Callable[[str], bool] | None = None, last: dict | None = None,
                 scanner: Callable[[str], list] | None = None):
        super().__init__(parent)
        self._scanner = scanner or scan_tokens
        self._pick_file = pick_file
        self._tasks = tasks
        self._opener = opener
        self._confirm = confirm
        self._last = dict(last or {})
        self._busy = False
        self._scan_generation = 0
        self.identity = None
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Sign %n document(s)", "", doc_count))
        self._tokens = []
        self._token_keys: dict[str, list] = {}

        self.use_file = QRadioButton(self.tr("&Key file (PKCS#12)"))
        self.use_file.setObjectName("useFile")
        self.use_token = QRadioButton(self.tr("Smart &card / token (PKCS#11)"))
        self.use_token.setObjectName("useToken")
        self.use_file.setChecked(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.use_file)
        kinds.addWidget(self.use_token)

        # key file page
        self.p12_path = QLineEdit()
        self.p12_path.setObjectName("keyFile")
        self.p12_path.setAccessibleName(self.tr("Key file"))
        self.browse_btn = QPushButton(self.tr("&Browse…"))
        self.browse_btn.setObjectName("browse")
        self.browse_btn.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.p12_path, 1)
        path_row.addWidget(self.browse_btn)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the passphrase in the system keyring"))
        self.remember.setObjectName("remember")
        file_page = QWidget()
        ff = QFormLayout(file_page)
        ff.addRow(self.tr("Key file"), path_row)
        ff.addRow(self.tr("&Passphrase"), self.passphrase)
        ff.addRow("", self.remember)

        # token page
        self.module = QLineEdit(pkcs11_module)
        self.module.setObjectName("module")
        self.module.setAccessibleName(self.tr("PKCS#11 module"))
        self.token = QComboBox()
        self.token.setObjectName("token")
        self.key = QComboBox()
        self.key.setObjectName("key")
        self.refresh_btn = QPushButton(self.tr("&Find tokens again"))
        self.refresh_btn.setObjectName("findTokens")
        self.refresh_btn.clicked.connect(self.scan_tokens_async)
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_note = QLabel()
        self.pin_note.setObjectName("pinNote")
        self.pin_note.setWordWrap(True)
        token_page = QWidget()
        tf = QFormLayout(token_page)
        mod_row = QHBoxLayout()
        mod_row.addWidget(self.module, 1)
        mod_row.addWidget(self.refresh_btn)
        tf.addRow(self.tr("PKCS#11 module"), mod_row)
        tf.addRow(self.tr("&Token"), self.token)
        tf.addRow(self.tr("K&ey"), self.key)
        tf.addRow(self.tr("P&IN"), self.pin)
        tf.addRow("", self.pin_note)
        self.token.currentIndexChanged.connect(self._token_changed)

        self.pages = QStackedWidget()
        self.pages.addWidget(file_page)
        self.pages.addWidget(token_page)
        self.use_token.toggled.connect(self._kind_changed)

        # options
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.location = QLineEdit()
        self.location.setObjectName("location")
        self.stamp = QGroupBox(self.tr("&Visible stamp (signer, date, registration number)"))
        self.stamp.setObjectName("stamp")
        self.stamp.setCheckable(True)
        self.stamp.setChecked(False)
        self.page = PageSpin()
        self.page.setObjectName("stampPage")
        self.page.setRange(-99, 9999)
        self.page.setValue(-1)
        self.page.setToolTip(self.tr("1 = first page, -1 = last page"))
        self.position = QComboBox()
        self.position.setObjectName("stampPosition")
        labels = {
            "bottom-right": self.tr("Bottom right"), "bottom-left": self.tr("Bottom left"),
            "top-right": self.tr("Top right"), "top-left": self.tr("Top left"), "bottom-center": self.tr("Bottom centre"),
        }
        for pos in STAMP_POSITIONS:
            self.position.addItem(labels.get(pos, pos), pos)
        self.preview = StampPreview()
        self.preview.setAccessibleName(self.tr("Where the stamp goes on the page"))
        sf = QFormLayout()
        sf.addRow(self.tr("Pa&ge"), self.page)
        sf.addRow(self.tr("P&osition"), self.position)
        sl = QHBoxLayout(self.stamp)
        sl.addLayout(sf, 1)
        sl.addWidget(self.preview)
        self.position.currentIndexChanged.connect(self._update_preview)
        self.stamp.toggled.connect(self._update_preview)

        opts = QFormLayout()
        opts.addRow(self.tr("Rea&son"), self.reason)
        opts.addRow(self.tr("&Location"), self.location)

        self.error = QLabel()
        self.error.setObjectName("signError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("&Sign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(kinds)
        lay.addWidget(self.pages)
        lay.addLayout(opts)
        lay.addWidget(self.stamp)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        for w in (self.pin, self.p12_path):
            w.textChanged.connect(self._update_sign_button)
        self.key.currentIndexChanged.connect(self._update_sign_button)
        self._module_timer = QTimer(self, singleShot=True, interval=600)
        self._module_timer.timeout.connect(self.scan_tokens_async)
        self.module.textEdited.connect(lambda _t: self._module_timer.start())
        self._update_preview()
        self._apply_last()
        self._update_sign_button()

    # ------------------------------------------------------------------ helpers
    def _apply_last(self) -> None:
        last = self._last
        if last.get("kind") == "pkcs12" and last.get("path"):
            self.p12_path.setText(last["path"])
            self.use_file.setChecked(True)
            self.passphrase.setFocus()
        elif last.get("kind") == "pkcs11":
            if last.get("module") and not self.module.text():
                self.module.setText(last["module"])
            self.use_token.setChecked(True)

    def _kind_changed(self, token: bool) -> None:
        self.pages.setCurrentIndex(1 if token else 0)
        if token and not self._tokens and self.module.text().strip():
            self.scan_tokens_async()
        self._update_sign_button()

    def _browse(self) -> None:
        if self._pick_file is not None:
            path = self._pick_file()
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Key file"), "",
                                                  self.tr("Key files (*.p12 *.pfx);;All files (*)"),
                                                  options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.p12_path.setText(path)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ------------------------------------------------------------------ tokens
    def refresh_tokens(self) -> None:
        """List tokens and their keys now (public objects; no PIN needed). Blocks: the dialog itself
        uses :meth:`scan_tokens_async`; this is for callers that want the answer at once."""
        try:
            found = self._scanner(self.module.text().strip())
        except DocflowError as exc:
            self._show_tokens_failed(exc)
            return
        self._show_tokens(found)

    def scan_tokens_async(self) -> None:
        """List the tokens off the GUI thread (a card reader may take seconds to answer)."""
        module = self.module.text().strip()
        if not module:
            self.pin_note.setText(self.tr("Enter the path of the token's PKCS#11 module (your administrator has it)."))
            return
        if self._tasks is None:
            self.refresh_tokens()
            return
        self._scan_generation += 1
        gen = self._scan_generation
        self.pin_note.setText(self.tr("Looking for tokens…"))
        self.refresh_btn.setEnabled(False)

        def done(found) -> None:  # noqa: ANN001
            if gen == self._scan_generation:
                self.refresh_btn.setEnabled(True)
                self._show_tokens(found)

        def failed(exc: BaseException) -> None:
            if gen == self._scan_generation:
                self.refresh_btn.setEnabled(True)
                self._show_tokens_failed(exc)

        scanner = self._scanner
        self._tasks.run(lambda _t: scanner(module), on_success=done, on_failure=failed, label=self.tr("Looking for tokens"))

    def _show_tokens_failed(self, exc: BaseException) -> None:
        self.token.clear()
        self.key.clear()
        self._tokens = []
        text = str(exc) if isinstance(exc, DocflowError) else self.tr("The token module could not be used.")
        if not isinstance(exc, DocflowError):
            log.warning("token listing failed: %r", exc)
        self.pin_note.setText(text)

    def _show_tokens(self, found) -> None:  # noqa: ANN001 - list[(TokenInfo, list[TokenKey])]
        self.token.blockSignals(True)
        self.token.clear()
        self.key.clear()
        self._tokens = [t for t, _keys in found]
        self._token_keys = {t.label: keys for t, keys in found}
        for t in self._tokens:
            self.token.addItem(f"{t.label} ({t.model})", t.label)
        self.token.blockSignals(False)
        if not self.token.count():
            self.pin_note.setText(self.tr("No token found. Insert the card and press “Find tokens again”."))
            self._update_sign_button()
            return
        want = self._last.get("token_label")
        i = self.token.findData(want) if want else -1
        self.token.setCurrentIndex(i if i >= 0 else 0)
        self._token_changed()

    def _token_changed(self) -> None:
        self.key.clear()
        label = self.token.currentData()
        info = next((t for t in self._tokens if t.label == label), None)
        if info is None:
            return
        keys = self._token_keys.get(label)
        if keys is None:  # listed by an older caller: read the keys now
            from desktop_app.signing.identities import list_token_keys

            try:
                keys = [k for k in list_token_keys(self.module.text().strip(), label)
                        if "key_cert_sign" not in k.certificate.key_usage]
            except DocflowError as exc:
                self.pin_note.setText(str(exc))
                keys = []
        for k in keys:
            self.key.addItem(f"{k.certificate.common_name} — {k.label}", k.key_id_hex)
        want = self._last.get("key_id")
        if want and label == self._last.get("token_label"):
            j = self.key.findData(want)
            if j >= 0:
                self.key.setCurrentIndex(j)
        self.pin.setEnabled(not info.protected_auth_path)
        notes = []
        if info.protected_auth_path:
            notes.append(self.tr("Enter the PIN on the reader's keypad when asked."))
        if info.pin_state.count_low or info.pin_state.final_try or info.pin_state.locked:
            notes.append(info.pin_state.describe())
        self.pin_note.setText(" ".join(notes))
        self._update_sign_button()

    def _pin_pad(self) -> bool:
        info = next((t for t in self._tokens if t.label == self.token.currentData()), None)
        return bool(info and info.protected_auth_path)

    def _update_preview(self) -> None:
        self.preview.set_box(stamp_box_for(self.position.currentData(), A4) if self.stamp.isChecked() else None)

    # ------------------------------------------------------------------ checks and signing
    def problems(self) -> list[str]:
        """What stops signing (shown before anything is tried)."""
        if self.use_token.isChecked():
            out = []
            if self.key.currentData() is None:
                out.append(self.tr("Choose the token and the key to sign with."))
            if not self._pin_pad() and not self.pin.text():
                out.append(self.tr("Enter the PIN."))
            return out
        return [] if self.p12_path.text().strip() else [self.tr("Choose the key file.")]

    def _update_sign_button(self) -> None:
        self.sign_button.setEnabled(not self._busy and not self.problems())

    def accept(self) -> None:
        """Sign: refuse an incomplete form, then open the identity; close only when it opened."""
        problems = self.problems()
        if problems:
            self.show_error(" ".join(problems))
            return
        if self._opener is None or self._tasks is None:
            super().accept()  # the caller opens the identity itself
            return
        self._open(confirm_final_try=False)

    def _open(self, confirm_final_try: bool) -> None:
        spec, remember = self.identity_spec(), self.remember_passphrase()
        box = [self.take_secret(clear=False)]
        opener = self._opener
        self._busy = True
        self._update_sign_button()
        self.show_error("")
        self.sign_button.setText(self.tr("Checking…"))

        def work(_task):  # noqa: ANN001, ANN202
            return opener(spec, box[0], remember, confirm_final_try)

        def done(identity) -> None:  # noqa: ANN001
            box.clear()
            self.take_secret()  # the fields forget the secret now that the identity is open
            self._busy = False
            self.identity = identity
            self.sign_button.setText(self.tr("&Sign"))
            self.identity_ready.emit(identity)
            super(SignDialog, self).accept()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.sign_button.setText(self.tr("&Sign"))
            if isinstance(exc, PinError) and exc.code == "pin_final_try" and not confirm_final_try and self._confirm:
                if self._confirm(str(exc)):
                    self._open(confirm_final_try=True)
                    return
            box.clear()
            text = str(exc) if isinstance(exc, DocflowError) else self.tr("The key could not be opened.")
            if not isinstance(exc, DocflowError):
                log.error("identity could not be opened: %r", exc)
            self.show_error(text)
            # Only the secret is typed again; everything else stays as it was.
            field = self.pin if self.use_token.isChecked() else self.passphrase
            field.clear()
            field.setFocus()
            self._update_sign_button()

        self._tasks.run(work, on_success=done, on_failure=failed, label=self.tr("Opening the key"))

    # ------------------------------------------------------------------ values
    def identity_spec(self) -> IdentitySpec:
        if self.use_token.isChecked():
            return IdentitySpec(kind="pkcs11", module=self.module.text().strip(),
                                token_label=self.token.currentData() or "", key_id=self.key.currentData() or "")
        return IdentitySpec(kind="pkcs12", path=self.p12_path.text().strip())

    def remembered_identity(self) -> dict:
        """What to remember for next time (no secret)."""
        spec = self.identity_spec()
        if spec.kind == "pkcs11":
            return {"kind": "pkcs11", "module": spec.module, "token_label": spec.token_label, "key_id": spec.key_id}
        return {"kind": "pkcs12", "path": spec.path}

    def take_secret(self, clear: bool = True) -> str | None:
        """The passphrase/PIN typed (None: keyring or PIN pad); with ``clear`` the fields forget it."""
        field = self.pin if self.use_token.isChecked() else self.passphrase
        value = field.text() or None
        if self.use_token.isChecked() and self._pin_pad():
            value = None
        if clear:
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
