"""New document: an outgoing letter or an internal document, started from a template, a scan or a file.

One action (File ▸ New document…, the toolbar, Ctrl+N) opens :class:`NewDocumentDialog`; the document
is made through the services (``TemplateService.create_draft`` -- the letter or memo with the addressee
and the text typed here --, ``IntakeService.create_from_pages``,
``IntakeService.import_files`` with the chosen kind) and shown selected in its queue. The register form
then offers that kind's journal with its own labels (``ui/register_dialog.py``).
``install(window)`` is called once by ``MainWindow.__init__``.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton,
    QVBoxLayout, QWidget,
)

from desktop_app import card, labels, letters
from desktop_app import locale as loc
from desktop_app.errors import InvalidInput
from docflow_protocol import DocumentKind, Role

log = logging.getLogger(__name__)

#: Where a new document starts.
FROM_TEMPLATE, FROM_SCAN, FROM_FILE = "template", "scan", "file"
#: The kinds a person writes here (an incoming letter arrives: Import, Scan, or from the server).
KINDS = (DocumentKind.OUTGOING.value, DocumentKind.INTERNAL.value)


class NewDocumentDialog(QDialog):
    """Kind, where it starts (template / scan / file) and the subject; for a template also what the
    letter says (addressee, the letter it answers, attachments, the text)."""

    def __init__(self, kind: str = DocumentKind.OUTGOING.value, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newDocumentDialog")
        self.setWindowTitle(self.tr("New document"))
        self.kind = QComboBox(objectName="newKind")
        self.kind.setAccessibleName(self.tr("Kind of document"))
        for k in KINDS:
            self.kind.addItem(labels.document_kind(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.source_group = QButtonGroup(self)
        self.from_template = QRadioButton(self.tr("From a &template"), objectName="fromTemplate")
        self.from_scan = QRadioButton(self.tr("From a &scan"), objectName="fromScan")
        self.from_file = QRadioButton(self.tr("From a &file…"), objectName="fromFile")
        for b, key in ((self.from_template, FROM_TEMPLATE), (self.from_scan, FROM_SCAN), (self.from_file, FROM_FILE)):
            b.setProperty("source", key)
            self.source_group.addButton(b)
        self.from_template.setChecked(True)
        self.template = QComboBox(objectName="template")
        self.template.setAccessibleName(self.tr("Template"))
        self.subject = QLineEdit(objectName="newSubject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.setMaxLength(card.SUBJECT_MAX_CHARS + 1)  # one over: a longer paste is refused by name, not cut
        self.subject.setPlaceholderText(self.tr("What the document is about"))
        self.addressee = QLineEdit(objectName="letterAddressee")
        self.addressee.setMaxLength(letters.DEFAULT_MAX_CHARS + 1)  # one over: refused by name, not cut
        self.reply_to_number = QLineEdit(objectName="letterReplyNumber")
        self.reply_to_number.setMaxLength(letters.DEFAULT_MAX_CHARS + 1)  # one over: refused by name, not cut
        self.reply_to_date = QLineEdit(objectName="letterReplyDate")
        self.reply_to_date.setMaxLength(letters.DEFAULT_MAX_CHARS + 1)  # one over: refused by name, not cut
        self.attachments = QLineEdit(objectName="letterAttachments")
        self.attachments.setMaxLength(letters.DEFAULT_MAX_CHARS + 1)  # one over: refused by name, not cut
        self.body = QPlainTextEdit(objectName="letterBody")
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.problem = QLabel(objectName="newDocumentProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("Start"), self.from_template)
        form.addRow("", self.template)
        form.addRow("", self.from_scan)
        form.addRow("", self.from_file)
        form.addRow(self.tr("S&ubject"), self.subject)
        #: The letter's own rows, shown for a template (the reply and covering rows for those templates).
        self.letter_rows = {
            "addressee": self.addressee, "reply_to_number": self.reply_to_number,
            "reply_to_date": self.reply_to_date, "attachments": self.attachments, "body": self.body,
        }
        form.addRow(self.tr("&Addressee"), self.addressee)
        form.addRow(self.tr("In reply to &No."), self.reply_to_number)
        form.addRow(self.tr("Of (&date)"), self.reply_to_date)
        form.addRow(self.tr("Attach&ments"), self.attachments)
        form.addRow(self.tr("&Text"), self.body)
        for i in range(form.rowCount()):
            label = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setBuddy(form.itemAt(i, QFormLayout.ItemRole.FieldRole).widget())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._fill_templates)
        self.template.currentIndexChanged.connect(lambda *_a: self._update())
        self.source_group.buttonToggled.connect(lambda *_a: self._update())
        for w in (self.subject, self.addressee, self.reply_to_number):
            w.textChanged.connect(lambda *_a: self._update())
        self.body.textChanged.connect(self._update)
        self._fill_templates()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 60))

    def answer(self, letter) -> None:  # noqa: ANN001 - DocumentDetail of an incoming letter
        """Start as the reply to ``letter``: the reply template, its sender as the addressee, its number
        and date as the letter answered (the executor retyped them from the letter on the screen)."""
        reg = letter.registration
        number = (reg.corr_number if reg else "") or letter.corr_number
        day = (reg.corr_date if reg else None) or letter.corr_date
        i = self.template.findData("reply")
        if i < 0:
            return
        self.template.setCurrentIndex(i)
        self.addressee.setText((reg.correspondent if reg else "") or letter.correspondent)
        self.reply_to_number.setText(number or "")
        self.reply_to_date.setText(loc.format_date(day) if day else "")

    def _fill_templates(self) -> None:
        self.template.clear()
        for t in letters.templates(self.chosen_kind()):
            self.template.addItem(t.name, t.kind)
        if self.template.count() == 0 and self.from_template.isChecked():
            self.from_scan.setChecked(True)
        self._update()

    def _update(self) -> None:
        has_templates = self.template.count() > 0
        self.from_template.setEnabled(has_templates)
        templated = has_templates and self.from_template.isChecked()
        self.template.setEnabled(templated)
        key = self.template_key()
        shown = {"addressee": templated, "body": templated, "reply_to_number": templated and key == "reply",
                 "reply_to_date": templated and key == "reply", "attachments": templated and key == "cover"}
        for name, widget in self.letter_rows.items():
            self.form.setRowVisible(widget, shown[name])
        problems = self.problems()
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        self.adjustSize()

    def problems(self) -> list[str]:
        """What the letter still needs before it can be drawn (the template's own rules, letters.clean_fields);
        a subject too long for any source."""
        if too_long := card.subject_problem(self.subject.text()):
            return [too_long]
        if self.source() != FROM_TEMPLATE or not self.template_key():
            return []
        try:
            letters.clean_fields(self.template_key(), self.letter_fields())
        except InvalidInput as exc:  # its sentence is shown as it is
            return [str(exc)]
        return []

    def letter_fields(self) -> dict[str, str]:
        """The letter's fields as typed (the subject included)."""
        out = {"subject": self.subject.text().strip(), "body": self.body.toPlainText().strip()}
        for name in ("addressee", "reply_to_number", "reply_to_date", "attachments"):
            if self.form.isRowVisible(self.letter_rows[name]):
                out[name] = self.letter_rows[name].text().strip()
        return out

    def chosen_kind(self) -> str:
        return self.kind.currentData() or DocumentKind.OUTGOING.value

    def source(self) -> str:
        b = self.source_group.checkedButton()
        return b.property("source") if b is not None else FROM_TEMPLATE

    def template_key(self) -> str:
        return self.template.currentData() or ""


class ComposeFeature:
    """Owns the "New document…" action of one main window."""

    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window = window
        self.ui = window.ui
        self.ctx = window.ctx
        self.last_created: list[str] = []
        self.act_new = QAction(QCoreApplication.translate("Compose", "&New document…"), window)
        self.act_new.setObjectName("actNewDocument")
        self.act_new.setShortcut(QKeySequence.StandardKey.New)
        self.act_new.setToolTip(QCoreApplication.translate("Compose", "A new outgoing letter or internal document "
                                                                      "from a template, a scan or a file"))
        self.act_new.triggered.connect(lambda: self.new_document())
        window.addAction(self.act_new)
        first = window.toolbar.actions()[0] if window.toolbar.actions() else None
        window.toolbar.insertAction(first, self.act_new)
        file_first = window.menu_file.actions()[0] if window.menu_file.actions() else None
        window.menu_file.insertAction(file_first, self.act_new)

    def new_document(self, kind: str = DocumentKind.OUTGOING.value) -> None:
        dlg = NewDocumentDialog(kind, self.window)
        shown = self.window.detail.detail
        if shown is not None and shown.kind == DocumentKind.INCOMING.value and kind == DocumentKind.OUTGOING.value:
            dlg.answer(shown)  # New document while a letter is shown: most often its reply
        if not self.ui.dialogs.run(dlg):
            return
        kind, source, subject = dlg.chosen_kind(), dlg.source(), dlg.subject.text().strip()
        if source == FROM_TEMPLATE:
            self._from_template(dlg.template_key(), dlg.letter_fields())
        elif source == FROM_SCAN:
            self._from_scan(kind, subject)
        else:
            self._from_files(kind, subject)

    def _from_template(self, key: str, fields: dict[str, str]) -> None:
        templates = self.ctx.templates
        self.ui.tasks.run(lambda _t: [templates.create_draft(key, fields)], on_success=self._created,
                          on_failure=self._failed, label=QCoreApplication.translate("Compose", "Creating the document"))

    def _from_scan(self, kind: str, subject: str) -> None:
        from ui.intake.scan_dialog import ScanDialog

        dlg = ScanDialog(self.ui, self.window)
        if subject:
            dlg.subject_edit.setText(subject)
        if not self.ui.dialogs.run(dlg) or not dlg.pages():
            dlg.spool.close()
            return
        pages, spool, svc = dlg.pages(), dlg.spool, self.ctx.intake
        subject = dlg.subject() or subject or None

        def work(task):  # noqa: ANN001, ANN202
            try:
                return svc.create_from_pages(pages, subject=subject, kind=kind, progress=task.progress).documents
            finally:
                spool.close()

        self.ui.tasks.run(work, on_success=self._created, on_failure=self._failed,
                          label=QCoreApplication.translate("Compose", "Saving the scan"))

    def _from_files(self, kind: str, subject: str) -> None:
        files = self.ui.dialogs.open_files(self.window, QCoreApplication.translate("Compose", "New document from a file"),
                                           self.window.import_filter())
        if not files:
            return
        svc, docs = self.ctx.intake, self.ctx.documents

        def work(task):  # noqa: ANN001, ANN202
            result = svc.import_files(files, kind=kind, progress=task.progress, cancelled=task.cancelled)
            if subject:
                for row in result.imported:
                    docs.update_document(row.id, subject=subject)
            return result

        self.ui.tasks.run(work, on_success=self._imported, on_failure=self._failed,
                          label=QCoreApplication.translate("Compose", "Importing"))

    def _imported(self, result) -> None:  # noqa: ANN001 - ImportResult
        if result.failures:
            self.ui.dialogs.error(self.window, QCoreApplication.translate("Compose", "Document not created"),
                                  "\n".join(f"• {f.reason}" for f in result.failures))
        if result.imported:
            self._created(result.imported)

    def _created(self, rows) -> None:  # noqa: ANN001 - list[DocumentRow]
        if not rows:
            return
        self.last_created = [r.id for r in rows]
        row = rows[-1]
        self.window.reveal(row.id)  # in the list shown, else in "All documents"
        if self.ctx.user.has_role(Role.CLERK.value):
            text = QCoreApplication.translate("Compose", "{kind} document created. Register it when it is ready (Ctrl+R).")
        else:  # only a clerk registers: the draft goes on its route for endorsement and signature first
            text = QCoreApplication.translate("Compose", "{kind} document created. When it is ready, send it for endorsement "
                                                         "and signature: Route ▸ Route builder (Ctrl+Shift+B).")
        self.window.notify.show_in_status_bar(text.replace("{kind}", labels.document_kind(row.kind)), 8000)
        self.window.intake.recognise_pending()  # a scan or an imported image gets its text layer

    def _failed(self, exc: BaseException) -> None:
        self.window.show_error(QCoreApplication.translate("Compose", "Document not created"), exc)


def install(window) -> ComposeFeature:  # noqa: ANN001 - MainWindow
    window.compose = ComposeFeature(window)
    return window.compose
