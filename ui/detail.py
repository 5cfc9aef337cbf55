"""Detail pane: metadata, registration, files, history, and a page preview (QtPdf)."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.services.types import DocumentDetail
from desktop_app.states import status_label



class DocumentDetailPane(QWidget):
    """Shows one :class:`DocumentDetail`. Extra tabs (signatures, route) are added by other modules."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail: DocumentDetail | None = None
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setObjectName("detailHeader")
        self.tabs = QTabWidget()
        self.pdf_doc = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf_doc)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.img_scroll = QScrollArea()
        self.img_scroll.setWidget(self.image)
        self.img_scroll.setWidgetResizable(True)
        self.preview = QStackedWidget()
        self.empty = QLabel(QCoreApplication.translate("DocumentDetailPane", "Select a document to see its pages."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.addWidget(self.empty)
        self.preview.addWidget(self.pdf_view)
        self.preview.addWidget(self.img_scroll)
        self.info = QTextBrowser()
        self.history = QTextBrowser()
        self.tabs.addTab(self.preview, QCoreApplication.translate("DocumentDetailPane", "Pages"))
        self.tabs.addTab(self.info, QCoreApplication.translate("DocumentDetailPane", "Details"))
        self.tabs.addTab(self.history, QCoreApplication.translate("DocumentDetailPane", "History"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.header)
        lay.addWidget(self.tabs, 1)
        self.show_detail(None, None)

    def show_detail(self, detail: DocumentDetail | None, file_path: str | None) -> None:
        """Show ``detail``; ``file_path`` is the blob path of its newest file version."""
        self.detail = detail
        self.pdf_doc.close()
        if detail is None:
            nothing = QCoreApplication.translate("DocumentDetailPane", "No document selected")
            self.header.setText(f"<i>{html.escape(nothing)}</i>")
            self.info.clear()
            self.history.clear()
            self.preview.setCurrentWidget(self.empty)
            return
        reg = detail.registration
        number = html.escape(reg.number) if reg else html.escape(QCoreApplication.translate("DocumentDetailPane", "not registered"))
        if reg and reg.provisional:
            number += " <span style='color:#a15c00'>(" + html.escape(QCoreApplication.translate("DocumentDetailPane", "provisional")) + ")</span>"
        self.header.setText(f"<b>{html.escape(detail.subject)}</b><br>{number} · {html.escape(status_label(detail.status))}")
        rows = [
            (QCoreApplication.translate("DocumentDetailPane", "Kind"), detail.kind), (QCoreApplication.translate("DocumentDetailPane", "Status"), status_label(detail.status)),
            (QCoreApplication.translate("DocumentDetailPane", "Correspondent"), detail.correspondent), (QCoreApplication.translate("DocumentDetailPane", "Confidentiality"), detail.confidentiality),
            (QCoreApplication.translate("DocumentDetailPane", "Pages"), str(detail.page_count)), (QCoreApplication.translate("DocumentDetailPane", "Created"), detail.created_at.strftime("%Y-%m-%d %H:%M")),
        ]
        if reg:
            rows += [(QCoreApplication.translate("DocumentDetailPane", "Journal"), reg.journal_code), (QCoreApplication.translate("DocumentDetailPane", "Number"), reg.number), (QCoreApplication.translate("DocumentDetailPane", "Registered on"), reg.reg_date.isoformat()),
                     (QCoreApplication.translate("DocumentDetailPane", "Their number"), reg.corr_number), (QCoreApplication.translate("DocumentDetailPane", "Their date"), reg.corr_date.isoformat() if reg.corr_date else ""),
                     (QCoreApplication.translate("DocumentDetailPane", "Channel"), reg.channel)]
        files = "".join(f"<li>{f.revision}. {html.escape(f.role)} — {html.escape(f.filename)} ({f.size // 1024 + 1} KB)</li>"
                        for f in detail.files)
        table = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v or '')}</td></tr>" for k, v in rows)
        files_title = QCoreApplication.translate("DocumentDetailPane", "Files")
        self.info.setHtml(f"<table cellpadding=3>{table}</table><h4>{html.escape(files_title)}</h4><ul>{files}</ul>"
                          f"<p>{html.escape(detail.summary)}</p>")
        self.history.setHtml("<ul>" + "".join(
            f"<li>{e.at:%Y-%m-%d %H:%M} — {html.escape(e.actor)}: {html.escape(e.action)}</li>" for e in detail.audit) + "</ul>")
        current = detail.current_file
        if current is None or file_path is None:
            self.preview.setCurrentWidget(self.empty)
        elif current.mime == "application/pdf":
            self.pdf_doc.load(file_path)
            self.preview.setCurrentWidget(self.pdf_view)
        else:
            pix = QPixmap(file_path)
            self.image.setPixmap(pix.scaledToWidth(min(900, max(1, pix.width())), Qt.TransformationMode.SmoothTransformation))
            self.preview.setCurrentWidget(self.img_scroll)
