"""Detail pane: the page preview, the registration card, the files, and the history in words."""
from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from desktop_app import history, labels
from desktop_app import locale as loc
from desktop_app.services.types import DocumentDetail
from desktop_app.states import status_label
from ui.preview import PageView, is_pdf



class DocumentDetailPane(QWidget):
    """Shows one :class:`DocumentDetail`. Extra tabs (signatures, route) are added by other modules.

    ``names`` maps user names to display names for the history (set by the window).
    """

    def __init__(self, parent: QWidget | None = None, names: Callable[[], dict[str, str]] | None = None):
        super().__init__(parent)
        self.detail: DocumentDetail | None = None
        self._names = names or (lambda: {})
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setObjectName("detailHeader")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.setDocumentMode(True)
        self.pdf_view = PageView()  # shows PDFs and images alike, annotations (stamps) included
        self.empty = QLabel(QCoreApplication.translate("DocumentDetailPane", "Select a document to see its pages."))
        self.empty.setObjectName("previewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.preview = QStackedWidget()
        self.preview.addWidget(self.empty)
        self.preview.addWidget(self.pdf_view)
        self.img_scroll = self.pdf_view  # one view for both kinds
        self.info = QTextBrowser()
        self.info.setObjectName("detailInfo")
        self.info.setAccessibleName(QCoreApplication.translate("DocumentDetailPane", "Registration card"))
        self.history = QTextBrowser()
        self.history.setObjectName("detailHistory")
        self.history.setAccessibleName(QCoreApplication.translate("DocumentDetailPane", "History"))
        self.tabs.addTab(self.preview, QCoreApplication.translate("DocumentDetailPane", "Pages"))
        self.tabs.addTab(self.info, QCoreApplication.translate("DocumentDetailPane", "Card"))
        self.tabs.addTab(self.history, QCoreApplication.translate("DocumentDetailPane", "History"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.header)
        lay.addWidget(self.tabs, 1)
        self.show_detail(None, None)

    def show_detail(self, detail: DocumentDetail | None, file_path: str | None, pdf=None) -> None:  # noqa: ANN001
        """Show ``detail``; ``file_path`` is the blob path of its newest file version (``pdf``: that
        file already opened off the GUI thread by :func:`ui.preview.open_pdf`)."""
        same = detail is not None and self.detail is not None and detail.id == self.detail.id
        self.detail = detail
        if detail is None:
            none = html.escape(QCoreApplication.translate("DocumentDetailPane", "No document selected"))
            self.header.setText(f"<i>{none}</i>")
            self.info.clear()
            self.history.clear()
            self.pdf_view.clear()
            self.preview.setCurrentWidget(self.empty)
            return
        reg = detail.registration
        number = html.escape(reg.number) if reg else html.escape(QCoreApplication.translate("DocumentDetailPane", "not registered"))
        if reg and reg.provisional:
            number += " <span style='color:#a15c00'>(" + html.escape(QCoreApplication.translate("DocumentDetailPane", "provisional")) + ")</span>"
        self.header.setText(f"<b>{html.escape(detail.subject)}</b><br>{number} · {html.escape(status_label(detail.status))}"
                            f" · {html.escape(labels.document_kind(detail.kind))}")
        self._show_card(detail)
        self._show_history(detail)
        self._show_file(detail, file_path, keep_position=same, pdf=pdf)

    def _show_card(self, detail: DocumentDetail) -> None:
        reg = detail.registration
        rows = [
            (QCoreApplication.translate("DocumentDetailPane", "Kind"), labels.document_kind(detail.kind)), (QCoreApplication.translate("DocumentDetailPane", "Status"), status_label(detail.status)),
            (QCoreApplication.translate("DocumentDetailPane", "Correspondent"), detail.correspondent or "—"), (QCoreApplication.translate("DocumentDetailPane", "Confidentiality"), labels.confidentiality(detail.confidentiality)),
            (QCoreApplication.translate("DocumentDetailPane", "Pages"), loc.format_number(detail.page_count)), (QCoreApplication.translate("DocumentDetailPane", "Created"), loc.format_datetime(detail.created_at)),
        ]
        if reg:
            rows += [(QCoreApplication.translate("DocumentDetailPane", "Journal"), reg.journal_code), (QCoreApplication.translate("DocumentDetailPane", "Number"), reg.number),
                     (QCoreApplication.translate("DocumentDetailPane", "Registered on"), loc.format_date(reg.reg_date)),
                     (QCoreApplication.translate("DocumentDetailPane", "Their number"), reg.corr_number or "—"), (QCoreApplication.translate("DocumentDetailPane", "Their date"), loc.format_date(reg.corr_date) or "—"),
                     (QCoreApplication.translate("DocumentDetailPane", "Channel"), labels.channel(reg.channel)),
                     (QCoreApplication.translate("DocumentDetailPane", "Sheets"), str(reg.sheets)),
                     (QCoreApplication.translate("DocumentDetailPane", "Attachments"),
                      " — ".join(x for x in (str(reg.attachments_count), reg.attachments_description) if x))]
        files = "".join(
            f"<li>{f.revision}. {html.escape(labels.file_role(f.role))} — {html.escape(f.filename)} "
            f"({html.escape(loc.format_size(f.size))}, {html.escape(loc.format_datetime(f.created_at))})</li>"
            for f in detail.files)
        table = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v or '')}</td></tr>" for k, v in rows)
        summary = f"<p>{html.escape(detail.summary)}</p>" if detail.summary else ""
        files_head = html.escape(QCoreApplication.translate("DocumentDetailPane", "Files"))
        self.info.setHtml(f"<table cellpadding=3>{table}</table><h4>{files_head}</h4><ul>{files}</ul>{summary}")

    def _show_history(self, detail: DocumentDetail) -> None:
        names = self._names()
        items = []
        for e in reversed(detail.audit):  # newest first: what happened last is what one looks for
            ln = history.line(e, names)
            items.append(f"<tr><td style='white-space:nowrap;color:#555'>{html.escape(loc.format_datetime(ln.at))}</td>"
                         f"<td><b>{html.escape(ln.who)}</b></td><td>{html.escape(ln.text)}</td></tr>")
        nothing = html.escape(QCoreApplication.translate("DocumentDetailPane", "Nothing recorded yet."))
        self.history.setHtml("<table cellpadding=3>" + "".join(items) + "</table>" if items else f"<i>{nothing}</i>")

    def _show_file(self, detail: DocumentDetail, file_path: str | None, keep_position: bool, pdf=None) -> None:  # noqa: ANN001
        current = detail.current_file
        if current is None or file_path is None:
            self.pdf_view.clear()
            self.empty.setText(QCoreApplication.translate("DocumentDetailPane", "This document has no file yet."))
            self.preview.setCurrentWidget(self.empty)
            return
        if keep_position and self.pdf_view.path == file_path:
            if pdf is not None:
                pdf.deleteLater()
            return  # the same file of the same document: keep where the reader is
        shown = self.pdf_view.show_pdf(file_path, pdf) if is_pdf(file_path, current.mime) else self.pdf_view.show_image(file_path)
        if shown:
            self.preview.setCurrentWidget(self.pdf_view)
        else:
            self.empty.setText(QCoreApplication.translate("DocumentDetailPane", "The file cannot be shown here; export the document to open it."))
            self.preview.setCurrentWidget(self.empty)
