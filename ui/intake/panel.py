"""The "Transfer" tab of the document pane: what the document costs on the wire, which versions stay on
this computer (a copier's or camera's original) and until when, and "Upload the original"."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.services.types import DocumentDetail


def size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return QCoreApplication.translate("Intake", "{n} MB").replace("{n}", f"{n / 1024 / 1024:.1f}")
    return QCoreApplication.translate("Intake", "{n} KB").replace("{n}", str(max(1, round(n / 1024))))


def role_text(role: str) -> str:
    names = {
        "original": QCoreApplication.translate("Intake", "document"),
        "scan": QCoreApplication.translate("Intake", "copier or camera original"),
        "ocr": QCoreApplication.translate("Intake", "searchable copy"),
        "signed": QCoreApplication.translate("Intake", "signed"),
        "cleaned": QCoreApplication.translate("Intake", "cleaned copy"),
        "attachment": QCoreApplication.translate("Intake", "attachment"),
    }
    return names.get(role, role)


def upload_text(upload: str, keep_until) -> str:  # noqa: ANN001 - datetime | None
    if upload == "local":
        if keep_until is None:
            return QCoreApplication.translate("Intake", "kept on this computer")
        return QCoreApplication.translate("Intake", "kept on this computer until {date}").replace("{date}", keep_until.strftime("%d.%m.%Y"))
    if upload == "ocr":
        return QCoreApplication.translate("Intake", "sent once its text is recognised")
    return QCoreApplication.translate("Intake", "sent to the server")


class TransferPanel(QWidget):
    """Shows one document's wire cost and its local originals."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("transferPanel")
        self.text = QTextBrowser(objectName="transferText")
        self.btn_upload = QPushButton(QCoreApplication.translate("Intake", "Upload the original"), objectName="uploadOriginal")
        self.btn_upload.setToolTip(QCoreApplication.translate("Intake", "Send the copier's or camera's file too (it is large)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_upload)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addLayout(buttons)
        self.detail: DocumentDetail | None = None
        self.show_detail(None)

    def show_detail(self, detail: DocumentDetail | None) -> None:
        self.detail = detail
        has_local = bool(detail and any(f.role == "scan" and f.upload == "local" for f in detail.files))
        self.btn_upload.setEnabled(has_local)
        if detail is None:
            self.text.clear()
            return
        wire = QCoreApplication.translate("Intake", "On the wire: {size}").replace("{size}", size_text(detail.wire_bytes))
        parts = [f"<p><b>{html.escape(wire)}</b></p>"]
        if detail.local_bytes:
            local = QCoreApplication.translate("Intake", "Kept only on this computer: {size}").replace("{size}", size_text(detail.local_bytes))
            parts.append(f"<p>{html.escape(local)}</p>")
        rows = "".join(
            f"<li>{f.revision}. {html.escape(role_text(f.role))} — {html.escape(f.filename)}, {html.escape(size_text(f.size))}, "
            f"{html.escape(upload_text(f.upload, f.keep_until))}</li>" for f in detail.files)
        parts.append(f"<ul>{rows}</ul>")
        self.text.setHtml("".join(parts))
