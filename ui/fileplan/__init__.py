"""The file plan in the main window: Tools ▸ File plan… shows a year's cases (add, edit, fill from the
model list, close the year), the disposal of documents past retention (propose, approve, reject) and the
registration journals with their number formats (``ui/fileplan/journals.py``).

Every rule is ``ctx.fileplan``'s; this module only shows and calls it (changes through ``ui.tasks`` on
the writer). The dialog follows the store's change notifications (``ui.bridge.changed``): a sync that
brings cases, registrations or disposal acts redraws it while it is open, its tables read on a worker
(``ui.tasks``), never on the GUI thread. ``install(window)`` is called once by ``MainWindow.__init__``.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)
from shiboken6 import isValid

from desktop_app import labels
from desktop_app import locale as loc
from desktop_app.events import FILE_PLAN, REGISTRATION, SYNC, Change
from desktop_app.services.types import CaseInfo, CaseInput
from docflow_protocol import CASE_ARTICLE_MAX_CHARS, CASE_INDEX_MAX_CHARS, CASE_TITLE_MAX_CHARS, RETENTION_MAX_YEARS
from ui.fileplan.journals import JournalsPage
from ui.widgets import plain_headers

log = logging.getLogger(__name__)

#: What a change must name for the open dialog to redraw; changes of the next moment are redrawn once.
FOLLOWED_ASPECTS = frozenset({FILE_PLAN, REGISTRATION, SYNC})
FOLLOW_DELAY_MS = 150


def retention_text(years: int | None) -> str:
    if years is None:
        return QCoreApplication.translate("FilePlan", "permanently")
    return QCoreApplication.translate("FilePlan", "{n} years").format(n=years)


def _table(headers: list[str], name: str, stretch: int = 1) -> QTableWidget:
    t = plain_headers(QTableWidget(0, len(headers)))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # the long text column
    t.setWordWrap(False)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # a long title is elided in its column
            table.setItem(r, c, item)


class CaseDialog(QDialog):
    """One case: index, title, retention (years, or permanent), the model list's article."""

    def __init__(self, year: int, case: CaseInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseDialog")
        self.setWindowTitle(self.tr("Case of the file plan"))
        self._year, self._id = year, case.id if case else None
        self.index = QLineEdit(case.index if case else "")
        self.index.setObjectName("caseIndex")
        self.index.setMaxLength(CASE_INDEX_MAX_CHARS)
        self.index.setPlaceholderText(self.tr("e.g. 01-05"))
        self.title_edit = QLineEdit(case.title if case else "")
        self.title_edit.setObjectName("caseTitle")
        self.title_edit.setMaxLength(CASE_TITLE_MAX_CHARS)
        self.retention = QSpinBox()
        self.retention.setObjectName("caseRetention")
        self.retention.setRange(0, RETENTION_MAX_YEARS)
        self.retention.setSpecialValueText(self.tr("permanently"))
        self.retention.setSuffix(self.tr(" years"))
        self.retention.setValue((case.retention_years or 0) if case else 5)
        self.article = QLineEdit(case.article if case else "")
        self.article.setObjectName("caseArticle")
        self.article.setMaxLength(CASE_ARTICLE_MAX_CHARS)
        form = QFormLayout(self)
        for text, w in ((self.tr("&Index"), self.index), (self.tr("&Title"), self.title_edit),
                        (self.tr("&Kept"), self.retention), (self.tr("&Article of the model list"), self.article)):
            label = QLabel(text)
            label.setBuddy(w)
            w.setAccessibleName(text.replace("&", ""))
            form.addRow(label, w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 60))

    def value(self) -> CaseInput:
        return CaseInput(self._year, self.index.text(), self.title_edit.text(), self.retention.value() or None,
                         self.article.text(), self._id)


class FilePlanDialog(QDialog):
    """A year's cases and the disposal acts; buttons call ``ctx.fileplan`` (rights are its own)."""

    def __init__(self, ui: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filePlanDialog")
        self.setWindowTitle(self.tr("File plan"))
        self.ui, self.fp = ui, ui.ctx.fileplan
        self.year = QComboBox()
        self.year.setObjectName("fileplanYear")
        self.year.setAccessibleName(self.tr("Year"))
        this = ui.ctx.today().year
        for y in (this - 1, this, this + 1):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(self.year.findData(this))
        self.year.currentIndexChanged.connect(self.refresh)
        self.cases = _table([self.tr("Index"), self.tr("Title"), self.tr("Kept"), self.tr("Documents"), self.tr("State")],
                            "fileplanCases")
        self.cases.setAccessibleName(self.tr("Cases"))
        self.cases.doubleClicked.connect(self.edit_case)
        self.btn_add = self._button("fileplanAdd", self.tr("&Add case…"), self.add_case)
        self.btn_edit = self._button("fileplanEdit", self.tr("&Edit…"), self.edit_case)
        self.btn_seed = self._button("fileplanSeed", self.tr("Fill from the &model list"), self.seed)
        self.btn_close = self._button("fileplanCloseYear", self.tr("&Close the year…"), self.close_year)
        self.btn_close.setEnabled(self.fp.may_close())
        for b in (self.btn_add, self.btn_edit, self.btn_seed):
            b.setEnabled(self.fp.may_edit())
        cases_page = QWidget()
        lay = QVBoxLayout(cases_page)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        lay.addLayout(top)
        lay.addWidget(self.cases)
        row = QHBoxLayout()
        for b in (self.btn_add, self.btn_edit, self.btn_seed, self.btn_close):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)

        self.candidates = _table([self.tr("Number"), self.tr("Date"), self.tr("Subject"), self.tr("Case"),
                                  self.tr("May be disposed of from")], "disposalCandidates", stretch=2)
        self.candidates.setAccessibleName(self.tr("Documents past retention"))
        self.acts = _table([self.tr("Proposed"), self.tr("By"), self.tr("Documents"), self.tr("State")], "disposalActs",
                           stretch=1)
        self.acts.setAccessibleName(self.tr("Disposal acts"))
        self.btn_propose = self._button("disposalPropose", self.tr("&Propose for disposal"), self.propose)
        self.btn_propose.setEnabled(self.fp.may_edit())
        self.btn_approve = self._button("disposalApprove", self.tr("A&pprove"), lambda: self.decide(True))
        self.btn_reject = self._button("disposalReject", self.tr("&Reject"), lambda: self.decide(False))
        for b in (self.btn_approve, self.btn_reject):
            b.setEnabled(self.fp.may_close())
        disposal_page = QWidget()
        dl = QVBoxLayout(disposal_page)
        note = QLabel(self.tr("Documents of closed cases whose retention period has run out. Nothing is disposed of "
                              "until the head or an administrator approves an act; approved documents stay listed "
                              "in the act."))
        note.setWordWrap(True)
        dl.addWidget(note)
        dl.addWidget(self.candidates)
        dl.addWidget(self.btn_propose)
        dl.addWidget(self.acts)
        arow = QHBoxLayout()
        arow.addWidget(self.btn_approve)
        arow.addWidget(self.btn_reject)
        arow.addStretch(1)
        dl.addLayout(arow)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("fileplanTabs")
        self.tabs.addTab(cases_page, self.tr("Cases"))
        self.tabs.addTab(disposal_page, self.tr("Disposal"))
        self.journals = JournalsPage(ui, _table, _fill)
        self.tabs.addTab(self.journals, self.tr("Journals"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        main = QVBoxLayout(self)
        main.addWidget(self.tabs)
        main.addWidget(buttons)
        self._shown_cases: list[CaseInfo] = []
        self._shown_acts: list = []
        self._read_gen = 0
        self.reads_shown = 0  # reads drawn so far (the first one comes shortly after the dialog opens)
        self.resize(self.fontMetrics().horizontalAdvance("x" * 110), self.fontMetrics().height() * 30)
        self._follow_timer = QTimer(self, singleShot=True, interval=FOLLOW_DELAY_MS)
        self._follow_timer.timeout.connect(self.refresh)
        ui.bridge.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        """A committed change anywhere (a sync, another window): redraw once the burst is over."""
        if change.aspects & FOLLOWED_ASPECTS and self.isVisible():
            self._follow_timer.start()

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(slot)
        return b

    def current_year(self) -> int:
        return int(self.year.currentData())

    def refresh(self) -> None:
        """Read the year's cases, the documents past retention and the acts on a worker (``ui.tasks``),
        then draw them: the dialog redraws on every burst of a sync while it is open, and counting a
        year's documents per case and the candidates over a large store must not hold the window. A read
        overtaken by a newer one (another year chosen, another burst) is dropped."""
        self._read_gen += 1
        gen, fp, year = self._read_gen, self.fp, self.current_year()

        def read(_task: Any) -> tuple:
            return fp.years(), fp.cases(year), fp.disposal_candidates(), fp.acts()

        def show(result: tuple) -> None:
            if isValid(self) and gen == self._read_gen:  # not after the dialog was closed and deleted
                self._show(*result)

        self.ui.tasks.run(read, on_success=show, label="",
                          on_failure=lambda e: log.warning("the file plan could not be read: %s", e))

    def _show(self, years: list[int], cases: list[CaseInfo], candidates: list, acts: list) -> None:
        self._add_years(years)
        row = self.cases.currentRow()
        selected = self._shown_cases[row].id if 0 <= row < len(self._shown_cases) else None
        self._shown_cases = cases
        closed, open_ = self.tr("closed"), self.tr("open")
        _fill(self.cases, [[c.index, c.title, retention_text(c.retention_years), str(c.documents),
                            closed if c.closed else open_] for c in self._shown_cases])
        _fill(self.candidates, [[d.number, loc.format_date(d.reg_date), d.subject, f"{d.case_index} ({d.case_year})",
                                 str(d.disposable_from)] for d in candidates])
        self._shown_acts = acts
        _fill(self.acts, [[loc.format_datetime(a.proposed_at), a.proposed_by, str(len(a.documents)),
                           labels.disposal_state(a.state)] for a in self._shown_acts])
        again = next((r for r, c in enumerate(self._shown_cases) if c.id == selected), None)
        if again is not None:
            self.cases.selectRow(again)
        self.reads_shown += 1

    def _add_years(self, years: list[int]) -> None:
        """Years the file plan gained (a year closed on another desk makes the next) join the list."""
        shown = {self.year.itemData(i) for i in range(self.year.count())}
        if set(years) <= shown:
            return
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for y in sorted(shown | set(years)):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(self.year.findData(current))
        self.year.blockSignals(False)

    def _change(self, fn: Any, label: str) -> None:
        self.ui.tasks.run(lambda task: fn(), on_success=lambda _: self.refresh(),
                          on_failure=lambda e: self.ui.dialogs.failure(self, self.tr("File plan"), e),
                          label=label, writer=True)

    def add_case(self) -> None:
        dlg = CaseDialog(self.current_year(), None, self)
        if self.ui.dialogs.run(dlg):
            value = dlg.value()
            self._change(lambda: self.fp.save_case(value), self.tr("Saving the case"))

    def edit_case(self) -> None:
        row = self.cases.currentRow()
        if not 0 <= row < len(self._shown_cases):
            return
        dlg = CaseDialog(self.current_year(), self._shown_cases[row], self)
        if self.ui.dialogs.run(dlg):
            value = dlg.value()
            self._change(lambda: self.fp.save_case(value), self.tr("Saving the case"))

    def seed(self) -> None:
        year = self.current_year()
        self._change(lambda: self.fp.seed_from_model_list(year), self.tr("Filling the file plan"))

    def close_year(self) -> None:
        year = self.current_year()
        if self.ui.dialogs.confirm(self, self.tr("Close the year"), self.tr(
                "Close every case of {year}? No document can be filed to them afterwards; the file plan of {next} "
                "is made from this one.").format(year=year, next=year + 1)):
            self._change(lambda: self.fp.close_year(year), self.tr("Closing the year"))

    def propose(self) -> None:
        self._change(lambda: self.fp.propose_disposal(), self.tr("Proposing for disposal"))

    def decide(self, approve: bool) -> None:
        row = self.acts.currentRow()
        if not 0 <= row < len(self._shown_acts):
            return
        act_id = self._shown_acts[row].id
        self._change(lambda: self.fp.decide_disposal(act_id, approve), self.tr("Deciding on disposal"))


def _open(window: Any) -> None:
    dlg = FilePlanDialog(window.ui, window)
    try:
        window.ui.dialogs.run(dlg)
    finally:
        dlg.deleteLater()  # closed: it follows the store's changes no longer


def install(window: Any) -> None:
    """Tools ▸ File plan…"""
    act = QAction(QCoreApplication.translate("FilePlan", "&File plan…"), window)
    act.setObjectName("actFilePlan")
    act.setShortcut(QKeySequence("Ctrl+Alt+F"))
    act.triggered.connect(lambda: _open(window))
    window.addAction(act)
    window.menu_tools.addAction(act)
    window.act_file_plan = act
