"""Qt table model that pages through the store: 100,000 documents scroll without loading them all.

Pages past the first are read off the GUI thread (a page of a search that hits most of 100,000
documents takes a second to count and sort): until one arrives its rows show "Loading…"."""
from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap

from desktop_app import locale as loc
from desktop_app.services.types import DocumentPage, DocumentQuery, DocumentRow
from desktop_app.states import STATUSES, status_label

PAGE = 200
MAX_PAGES_CACHED = 20



class DocumentTableModel(QAbstractTableModel):
    """Rows come from ``DocumentService.list_documents`` a page at a time, cached LRU."""

    COLUMNS = ("number", "date", "subject", "correspondent", "status", "due", "pages")

    def __init__(self, documents, parent=None,  # noqa: ANN001 - DocumentService
                 background: Callable[[Callable[[], DocumentPage], Callable[[DocumentPage], None]], None] | None = None):
        """``background(read, done)`` runs ``read()`` off the GUI thread and then ``done(page)`` on it
        (the window passes ``ui.tasks``); without it pages are read in place (scripts, tests of the model)."""
        super().__init__(parent)
        self._docs = documents
        self._background = background
        self._query = DocumentQuery(limit=PAGE)
        self._total = 0
        self._pages: OrderedDict[int, tuple[DocumentRow, ...]] = OrderedDict()
        self._loading: set[int] = set()   # pages being read for the current query
        self._generation = 0              # bumped on every reset: pages of an older query are dropped

    def widest_status(self) -> str:
        """The longest status text this column can show (for sizing it in the current language)."""
        return max([self.status_text(st, False, False) for st in STATUSES] + [self.status_text("draft", False, False, True)],
                   key=len)

    @staticmethod
    def status_text(status: str, signed: bool, conflict: bool, received: bool = False) -> str:
        """The status in words (a signed document's mark is an icon before its subject: "· signed" in the
        status made the column too wide for the subject at 1366 px, or clipped)."""
        return status_label(status, received) + (" ⚠" if conflict else "")

    @staticmethod
    def status_words(status: str, signed: bool, received: bool = False) -> str:
        """The status as a sentence says it, "Registered · signed" (tooltips, screen readers)."""
        text = status_label(status, received)
        if signed and status != "signed":
            text += " · " + QCoreApplication.translate("DocumentTableModel", "signed")
        return text

    _signed_icon: QIcon | None = None

    @classmethod
    def signed_icon(cls) -> QIcon:
        """The mark before a signed document's subject (after a batch sign the list shows at a glance
        which documents now are): ✍ drawn in the list's text colour, sharp at any scale."""
        if cls._signed_icon is None:
            icon = QIcon()
            for px in (16, 32):
                pm = QPixmap(px, px)
                pm.fill(Qt.GlobalColor.transparent)
                painter = QPainter(pm)
                font = QFont()
                font.setPixelSize(px * 7 // 8)
                painter.setFont(font)
                painter.setPen(QGuiApplication.palette().text().color())
                painter.drawText(pm.rect(), Qt.AlignmentFlag.AlignCenter, "\u270d")
                painter.end()
                icon.addPixmap(pm)
            cls._signed_icon = icon
        return cls._signed_icon

    # -- query
    def set_query(self, **changes: Any) -> None:
        self.beginResetModel()
        self._query = dataclasses.replace(self._query, offset=0, limit=PAGE, **changes)
        self._forget_pages()
        first = self._docs.list_documents(self._query)
        self._total = first.total
        self._pages[0] = first.rows
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query()

    def show_first_page(self, page: DocumentPage, query: DocumentQuery | None = None) -> None:
        """Show a first page read elsewhere (off the GUI thread) for the current query, or for
        ``query`` (which then becomes the current one)."""
        self.beginResetModel()
        if query is not None:
            self._query = dataclasses.replace(query, offset=0, limit=PAGE)
        self._forget_pages()
        self._total = page.total
        self._pages[0] = page.rows
        self.endResetModel()

    @property
    def query(self) -> DocumentQuery:
        return self._query

    def _forget_pages(self) -> None:
        self._pages.clear()
        self._loading.clear()
        self._generation += 1

    # -- rows
    def row_at(self, row: int) -> DocumentRow | None:
        """The row, or None while its page is being read (the page is then asked for)."""
        if not 0 <= row < self._total:
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            query = dataclasses.replace(self._query, offset=page_no * PAGE, limit=PAGE)
            if self._background is None:
                self._store(page_no, self._docs.list_documents(query).rows)
                page = self._pages[page_no]
            else:
                if page_no not in self._loading:
                    self._loading.add(page_no)
                    gen, docs = self._generation, self._docs
                    self._background(lambda: docs.list_documents(query), lambda p: self._arrived(gen, page_no, p))
                return None
        else:
            self._pages.move_to_end(page_no)
        i = row - page_no * PAGE
        return page[i] if i < len(page) else None

    def loading(self, row: int) -> bool:
        return 0 <= row < self._total and row // PAGE not in self._pages

    def _store(self, page_no: int, rows: tuple[DocumentRow, ...]) -> None:
        self._pages[page_no] = rows
        while len(self._pages) > MAX_PAGES_CACHED:
            self._pages.popitem(last=False)

    def _arrived(self, generation: int, page_no: int, page: DocumentPage) -> None:
        if generation != self._generation:
            return  # the list was reset meanwhile: this page belongs to an older query
        self._loading.discard(page_no)
        self._store(page_no, page.rows)
        first, last = page_no * PAGE, min(self._total, (page_no + 1) * PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def find_row(self, doc_id: str) -> int:
        for page_no, page in self._pages.items():
            for i, r in enumerate(page):
                if r.id == doc_id:
                    return page_no * PAGE + i
        return -1

    # -- Qt API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[section] == "due":
            # the column shows a bare number: say what it counts
            return QCoreApplication.translate("DocumentTableModel", "Working days left until the term (a minus: overdue by so "
                                                                    "many); the date is in each row's tooltip.")
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("DocumentTableModel", "Number"), QCoreApplication.translate("DocumentTableModel", "Date"), QCoreApplication.translate("DocumentTableModel", "Subject"), QCoreApplication.translate("DocumentTableModel", "Correspondent"), QCoreApplication.translate("DocumentTableModel", "Status"), QCoreApplication.translate("DocumentTableModel", "Term"), QCoreApplication.translate("DocumentTableModel", "Pages"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        col = self.COLUMNS[index.column()]
        if r is None:
            if role == Qt.ItemDataRole.DisplayRole and col == "subject" and self.loading(index.row()):
                return QCoreApplication.translate("DocumentTableModel", "Loading…")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "number":
                return r.reg_number or "—"
            if col == "date":
                return loc.format_date(r.reg_date) if r.reg_date else loc.format_date(r.created_at)
            if col == "subject":
                return r.subject
            if col == "correspondent":
                return r.correspondent
            if col == "status":
                return self.status_text(r.status, r.signed, r.has_conflict, r.received)
            if col == "due":  # an appeal's legal clock / the nearest controlled deadline (issue 17)
                return "" if r.due_days is None else loc.format_number(r.due_days) if r.due_days >= 0 else "−" + loc.format_number(-r.due_days)
            if col == "pages":
                return r.page_count
        if role == Qt.ItemDataRole.ToolTipRole and col == "due" and r.due:
            return QCoreApplication.translate("DocumentTableModel", "Due {date}").format(date=loc.format_date(r.due)) + " — " + r.due_text
        if role == Qt.ItemDataRole.ForegroundRole and col == "due" and r.due_days is not None and r.due_days < 0:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and col == "number" and r.provisional:
            return QCoreApplication.translate("DocumentTableModel", "Provisional number: the server replaces it on the next sync")
        if role == Qt.ItemDataRole.DecorationRole and col == "subject" and r.signed:
            return self.signed_icon()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and col == "status" or (
                role == Qt.ItemDataRole.ToolTipRole and col == "subject" and r.signed):
            words = self.status_words(r.status, r.signed, r.received)
            if r.has_conflict and col == "status":
                words += "\n" + QCoreApplication.translate(
                    "DocumentTableModel", "The server and this workstation changed it differently: settle it in Conflicts")
            return words
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("pages", "due"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == "number" and r.provisional:
            f = QFont()
            f.setItalic(True)
            return f
        if role == Qt.ItemDataRole.ForegroundRole and r.has_conflict:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None
