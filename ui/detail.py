"""Detail pane: the page preview, the registration card, the files, and the history in words."""
from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from desktop_app import history, labels
from desktop_app import locale as loc
from desktop_app.errors import DocflowError
from desktop_app.services.types import DocumentDetail
from desktop_app.states import status_label
from docflow_protocol import DocumentKind
from ui.preview import PageView, is_pdf

log = logging.getLogger(__name__)


class DocumentDetailPane(QWidget):
    """Shows one :class:`DocumentDetail`. Extra tabs (signatures, route) are added by other modules.

    ``names`` maps user names to display names for the history (set by the window); with ``ctx``
    the card names the journal and the file-plan case instead of showing their codes.
    """

    #: The header's "Settle…" link on a document in conflict: the document's id.
    settle_conflict = Signal(str)

    def __init__(self, parent: QWidget | None = None, names: Callable[[], dict[str, str]] | None = None,
                 ctx=None):  # noqa: ANN001 - AppContext
        super().__init__(parent)
        self.detail: DocumentDetail | None = None
        self._names = names or (lambda: {})
        self._ctx = ctx
        self._journals: dict[str, str] = {}  # code -> "IN — Incoming journal" (read again on a miss)
        self._cases: dict[str, str] = {}  # case id -> "02-01 — title"
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setObjectName("detailHeader")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.header.linkActivated.connect(lambda _link: self.detail and self.settle_conflict.emit(self.detail.id))
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
        number = html.escape(reg.number) if reg else html.escape(QCoreApplication.translate("DocumentDetailPane", "Not registered yet"))
        if reg and reg.provisional:
            number += " <span style='color:#a15c00'>(" + html.escape(QCoreApplication.translate("DocumentDetailPane", "provisional")) + ")</span>"
        received = detail.sender is not None
        self.header.setText(f"<b>{html.escape(detail.subject)}</b><br>{number} · {html.escape(status_label(detail.status, received))}"
                            f" · {html.escape(labels.document_kind(detail.kind))}" + sender_line(detail) + conflict_line(detail))
        self._show_card(detail)
        self._show_history(detail)
        self._show_file(detail, file_path, keep_position=same, pdf=pdf)

    def _show_card(self, detail: DocumentDetail) -> None:
        reg = detail.registration
        rows = [
            (QCoreApplication.translate("DocumentDetailPane", "Kind"), labels.document_kind(detail.kind)), (QCoreApplication.translate("DocumentDetailPane", "Status"), status_label(detail.status, detail.sender is not None)),
            (QCoreApplication.translate("DocumentDetailPane", "Correspondent"), detail.correspondent or "—"), (QCoreApplication.translate("DocumentDetailPane", "Confidentiality"), labels.confidentiality(detail.confidentiality)),
            (QCoreApplication.translate("DocumentDetailPane", "Pages"), loc.format_number(detail.page_count)), (QCoreApplication.translate("DocumentDetailPane", "Created"), loc.format_datetime(detail.created_at)),
        ]
        if reg:
            rows += [(QCoreApplication.translate("DocumentDetailPane", "Journal"), self._journal(reg.journal_code)), (QCoreApplication.translate("DocumentDetailPane", "Number"), reg.number),
                     (QCoreApplication.translate("DocumentDetailPane", "Registered on"), loc.format_date(reg.reg_date))]
            if detail.kind != DocumentKind.INTERNAL.value:  # a memo has no sender's number or date and is not delivered
                rows += [(QCoreApplication.translate("DocumentDetailPane", "Their number"), reg.corr_number or "—"),
                         (QCoreApplication.translate("DocumentDetailPane", "Their date"), loc.format_date(reg.corr_date) or "—"),
                         (QCoreApplication.translate("DocumentDetailPane", "Channel"), labels.channel(reg.channel))]
            rows += [(QCoreApplication.translate("DocumentDetailPane", "Sheets"), str(reg.sheets)),
                     (QCoreApplication.translate("DocumentDetailPane", "Attachments"),
                      " — ".join(x for x in (str(reg.attachments_count), reg.attachments_description) if x)),
                     (QCoreApplication.translate("DocumentDetailPane", "Case (file plan)"), self._case(reg))]
        rows += sender_rows(detail)
        rows += self._chancellery_rows(detail)
        files = "".join(
            f"<li>{f.revision}. {html.escape(labels.file_role(f.role))} — {html.escape(f.filename)} "
            f"({html.escape(loc.format_size(f.size))}, {html.escape(loc.format_datetime(f.created_at))})</li>"
            for f in detail.files)
        table = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v or '')}</td></tr>" for k, v in rows)
        summary = f"<p>{html.escape(detail.summary)}</p>" if detail.summary else ""
        files_head = html.escape(QCoreApplication.translate("DocumentDetailPane", "Files"))
        self.info.setHtml(f"<table cellpadding=3>{table}</table><h4>{files_head}</h4><ul>{files}</ul>{summary}")

    def _journal(self, code: str) -> str:
        """A journal as the register form shows it: its code and name (a bare code says little)."""
        if code not in self._journals and self._ctx is not None:
            try:
                self._journals = {j.code: f"{j.code} — {labels.journal_name(j.code, j.name, j.kind)}"
                                  for j in self._ctx.documents.journals()}
            except DocflowError:
                log.warning("journals not read", exc_info=True)
        return self._journals.get(code, code)

    def _case(self, reg) -> str:  # noqa: ANN001 - RegistrationInfo
        """The case of the year's file plan the document is filed to: index and title."""
        if not reg.case_id:
            return "—"
        if reg.case_id not in self._cases and self._ctx is not None:
            try:
                self._cases.update({c.id: f"{c.index} — {c.title}" for c in self._ctx.fileplan.cases(reg.reg_date.year)})
            except DocflowError:
                log.warning("file plan not read", exc_info=True)
        return self._cases.get(reg.case_id, reg.case_index or "—")

    @staticmethod
    def _chancellery_rows(detail: DocumentDetail) -> list[tuple[str, str]]:
        """A citizen's appeal's card and the clock (issue 17)."""
        rows = []
        a = detail.appeal
        if a is not None:
            rows += [(QCoreApplication.translate("DocumentDetailPane", "Applicant"), a.applicant_name),
                     (QCoreApplication.translate("DocumentDetailPane", "Applicant's address"), a.applicant_address),
                     (QCoreApplication.translate("DocumentDetailPane", "Contact"), a.applicant_contact or "—"),
                     (QCoreApplication.translate("DocumentDetailPane", "Appeal type"), labels.appeal_type(a.appeal_type)),
                     (QCoreApplication.translate("DocumentDetailPane", "Made"), labels.appeal_form(a.appeal_form))]
            if a.received_on:
                rows.append((QCoreApplication.translate("DocumentDetailPane", "Received"),
                             QCoreApplication.translate("DocumentDetailPane", "on {date} by {official}").format(
                                 date=loc.format_date(a.received_on), official=a.received_by)))
            rows.append((QCoreApplication.translate("DocumentDetailPane", "Answer due"), loc.format_date(a.deadline)))
            if a.extension_days:
                rows.append((QCoreApplication.translate("DocumentDetailPane", "Extended"),
                             QCoreApplication.translate("DocumentDetailPane", "by {n} working day(s): {reason}; the citizen told on {date}").format(
                                 n=a.extension_days, reason=a.extension_reason, date=loc.format_date(a.extension_told_on))))
            if a.forwarded_on:
                rows.append((QCoreApplication.translate("DocumentDetailPane", "Passed on"),
                             QCoreApplication.translate("DocumentDetailPane", "to {body} on {date}; the citizen told on {told}").format(
                                 body=a.forwarded_to, date=loc.format_date(a.forwarded_on), told=loc.format_date(a.forward_told_on))))
            if a.repeated_of:
                rows.append((QCoreApplication.translate("DocumentDetailPane", "Repeated appeal"),
                             QCoreApplication.translate("DocumentDetailPane", "of {number}, already answered on the merits").format(number=a.repeated_of)))
            if a.answered_on:
                rows.append((QCoreApplication.translate("DocumentDetailPane", "Answered on"), loc.format_date(a.answered_on)))
        if detail.due_text:
            rows.append((QCoreApplication.translate("DocumentDetailPane", "Term"), detail.due_text))
        if detail.reply_to:
            rows.append((QCoreApplication.translate("DocumentDetailPane", "Answers"), detail.reply_to))
        return rows

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
            oral = detail.appeal is not None and detail.appeal.received_on is not None  # made orally: no letter
            self.empty.setText(QCoreApplication.translate("DocumentDetailPane", "An oral appeal has no letter: what the citizen "
                                                                                "said is on the Card.") if oral
                               else QCoreApplication.translate("DocumentDetailPane", "This document has no file yet."))
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


def conflict_line(detail: DocumentDetail) -> str:
    """The header's line for a document in conflict: what happened, and a link that opens the
    Conflicts dialog on it (HTML). Seen in the walk: in the Conflicts queue the document showed
    nothing of its conflict, and nothing said where it is settled."""
    if not detail.has_conflict:
        return ""
    text = QCoreApplication.translate("DocumentDetailPane", "Changed on the server too: this desk's change waits until you choose.")
    link = QCoreApplication.translate("DocumentDetailPane", "Settle the conflict…")
    return f"<br><span style='color:#b00020'>{html.escape(text)}</span> <a href='settle'>{html.escape(link)}</a>"


def sender_line(detail: DocumentDetail) -> str:
    """The header's line for a letter that arrived by dispatch: who sent it, their number and date (HTML)."""
    o = detail.sender
    if o is None:
        return ""
    text = QCoreApplication.translate("DocumentDetailPane", "From {sender}, their No. {number} of {date}").replace(
        "{sender}", o.institution_name).replace("{number}", o.number or "—").replace("{date}", loc.format_date(o.reg_date) or "—")
    return "<br>" + html.escape(text)


def sender_rows(detail: DocumentDetail) -> list[tuple[str, str]]:
    """The card's rows of what the sender told (institution, their number and date, covering note,
    pages, sheets and attachments as sent)."""
    o = detail.sender
    if o is None:
        return []
    attached = " — ".join(x for x in (str(o.attachments_count) if o.attachments_count else "", o.attachments_description) if x)
    return [(QCoreApplication.translate("DocumentDetailPane", "Sent by"), o.institution_name),
            (QCoreApplication.translate("DocumentDetailPane", "Sender's number"), o.number or "—"),
            (QCoreApplication.translate("DocumentDetailPane", "Sender's date"), loc.format_date(o.reg_date) or "—"),
            (QCoreApplication.translate("DocumentDetailPane", "Covering note"), o.note or "—"),
            (QCoreApplication.translate("DocumentDetailPane", "Pages as sent"), loc.format_number(o.pages) if o.pages else "—"),
            (QCoreApplication.translate("DocumentDetailPane", "Sheets as sent"), loc.format_number(o.sheets) if o.sheets else "—"),
            (QCoreApplication.translate("DocumentDetailPane", "Attachments as sent"), attached or "—")]
