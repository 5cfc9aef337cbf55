"""Document ▸ Edit card… (F2): correct a document's subject, summary and confidentiality,
and -- while it has no number -- its correspondent and the sender's number and date (kept on the
document; the register form offers them). The registration card (number, date, the
sender's number and date, the channel) is shown read-only once registered, with the reason: the
chancellery keeps a registration as it was made. The change is saved by
``DocumentService.update_document`` (an outbox ``document.update`` op; an edit that meets another
desk's edit of the same field becomes the usual field conflict).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from desktop_app import card, labels
from desktop_app import locale as loc
from desktop_app.services.types import DocumentDetail
from docflow_protocol import CONFIDENTIALITY_LEVELS, CORR_DATE, CORR_NUMBER, CORRESPONDENT, DocumentKind
from ui.register_dialog import date_edit



class CardDialog(QDialog):
    """The editable fields of one document's card; ``changes()`` is what differs from ``detail``."""

    def __init__(self, detail: DocumentDetail, correspondents: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cardDialog")
        self.setWindowTitle(self.tr("Edit the card"))
        self.detail = detail
        form = QFormLayout()
        self.subject = QLineEdit(detail.subject)
        self.subject.setObjectName("cardSubject")
        self.summary = QPlainTextEdit(detail.summary)
        self.summary.setObjectName("cardSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.confidentiality = QComboBox()
        self.confidentiality.setObjectName("cardConfidentiality")
        for level in CONFIDENTIALITY_LEVELS:
            self.confidentiality.addItem(labels.confidentiality(level), level)
        self.confidentiality.setCurrentIndex(max(0, self.confidentiality.findData(detail.confidentiality)))
        self.correspondent: QComboBox | None = None
        self.corr_number: QLineEdit | None = None
        self.has_corr_date: QCheckBox | None = None
        self.corr_date = None
        self.today = loc.today()
        rows: list[tuple[str, QWidget]] = [(self.tr("&Subject"), self.subject), (self.tr("S&ummary"), self.summary),
                                          (self.tr("&Confidentiality"), self.confidentiality)]
        if detail.registration is None:
            self.correspondent = QComboBox()
            self.correspondent.setObjectName("cardCorrespondent")
            self.correspondent.setEditable(True)
            self.correspondent.addItems(correspondents)
            self.correspondent.setCurrentText(detail.correspondent)
            self.correspondent.lineEdit().setMaxLength(CORRESPONDENT.max_chars + 1)  # one over: the check names the limit
            rows.append((self.tr("C&orrespondent"), self.correspondent))
            if detail.kind != DocumentKind.INTERNAL.value:  # a memo has no sender's number or date
                self.corr_number = QLineEdit(detail.corr_number)
                self.corr_number.setObjectName("cardCorrNumber")
                self.corr_number.setMaxLength(CORR_NUMBER.max_chars)
                rows.append((self.tr("Their &number"), self.corr_number))
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        if self.corr_number is not None:
            self.has_corr_date = QCheckBox(self.tr("Their letter is &dated"))
            self.has_corr_date.setObjectName("cardHasCorrDate")
            self.has_corr_date.setChecked(detail.corr_date is not None)
            self.corr_date = date_edit(detail.corr_date or self.today)
            self.corr_date.setObjectName("cardCorrDate")
            self.corr_date.setAccessibleName(self.has_corr_date.text().replace("&", ""))
            self.corr_date.setEnabled(detail.corr_date is not None)
            self.has_corr_date.toggled.connect(self.corr_date.setEnabled)
            self.has_corr_date.toggled.connect(self.check)
            self.corr_date.dateChanged.connect(self.check)
            form.addRow(self.has_corr_date, self.corr_date)
        self.frozen = QLabel()
        self.frozen.setObjectName("cardFrozen")
        self.frozen.setWordWrap(True)
        reg = detail.registration
        if reg is not None:
            frozen = [(self.tr("Number"), reg.number), (self.tr("Registered on"), loc.format_date(reg.reg_date)),
                      (self.tr("Correspondent"), detail.correspondent or "—")]
            if detail.kind != DocumentKind.INTERNAL.value:  # a memo has no sender's number or date
                frozen += [(self.tr("Their number"), reg.corr_number or "—"),
                           (self.tr("Their date"), loc.format_date(reg.corr_date) or "—")]
            for name, value in frozen:
                form.addRow(name + ":", QLabel(value))
            self.frozen.setText(self.tr("The registration card (number, date, correspondent and the sender's number and date) "
                                        "is kept as it was registered: the journal's entry cannot be rewritten."))
        else:
            self.frozen.setText(self.tr("At registration (Ctrl+R) these become the registration card, which is then "
                                        "kept as registered."))
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.frozen)
        lay.addWidget(self.problems)
        lay.addWidget(self.buttons)
        self.subject.textChanged.connect(self.check)
        if self.correspondent is not None:
            self.correspondent.currentTextChanged.connect(self.check)
        self.resize(self.fontMetrics().horizontalAdvance("x" * 80), self.sizeHint().height())
        self.check()

    def problem_list(self) -> list[str]:
        """What keeps the card from being saved, each naming the field and the reason."""
        out = []
        subject = self.subject.text().strip()
        if not subject:
            out.append(QCoreApplication.translate("CardDialog", "The subject is empty: write what the document is about."))
        elif len(subject) > card.SUBJECT_MAX_CHARS:
            out.append(QCoreApplication.translate("CardDialog", "The subject is longer than {max} characters.").replace(
                "{max}", str(card.SUBJECT_MAX_CHARS)))
        if self.correspondent is not None:
            out += card.problems({CORRESPONDENT.name: " ".join(self.correspondent.currentText().split())})
        date = self._corr_date()
        if date is not None and date > self.today:
            out.append(QCoreApplication.translate("CardDialog", "The correspondent's date cannot be in the future."))
        return out

    def _corr_date(self):  # noqa: ANN202 - datetime.date | None
        if self.has_corr_date is None or not self.has_corr_date.isChecked():
            return None
        return self.corr_date.date().toPython()

    def check(self) -> None:
        problems = self.problem_list()
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def accept(self) -> None:
        if not self.problem_list():
            super().accept()

    def changes(self) -> dict[str, str]:
        """The keyword arguments for ``update_document``: only the fields that changed."""
        d, out = self.detail, {}
        subject = self.subject.text().strip()
        if subject != d.subject:
            out["subject"] = subject
        summary = self.summary.toPlainText()
        if summary != d.summary:
            out["summary"] = summary
        level = self.confidentiality.currentData()
        if level != d.confidentiality:
            out["confidentiality"] = level
        if self.correspondent is not None:
            name = " ".join(self.correspondent.currentText().split())
            if name != d.correspondent:
                out[CORRESPONDENT.name] = name
        if self.corr_number is not None:
            number = self.corr_number.text().strip()
            if number != d.corr_number:
                out[CORR_NUMBER.name] = number
            if (date := self._corr_date()) != d.corr_date:
                out[CORR_DATE.name] = date
        return out
