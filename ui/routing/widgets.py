"""Routing widgets: the "My assignments" dock with the deadline summary, and the route tab."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListWidget, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from desktop_app import labels as words
from desktop_app import locale as loc
from desktop_app.routing import steps as K
from desktop_app.routing.calendar import DUE_SOON, DUE_TODAY, OVERDUE
from desktop_app.services.types import Assignment, DeadlineSummary, RouteTimeline
from ui.widgets import ActionBar, plain_headers, wrapping_list

OVERDUE_BG = QColor("#f8d7da")
TODAY_BG = QColor("#fff3cd")
SOON_BG = QColor("#e7f1ff")


def _date(d: dt.date | None) -> str:
    return loc.format_date(d)


def _when(t: dt.datetime | None) -> str:
    return loc.format_datetime(t)


def step_title(label: str | None, kind: str) -> str:
    """A route step as the route tab names it: its own name with its kind after it, or the kind
    alone (an unnamed sign step is "Sign", not "Sign (Sign)")."""
    kind_text = K.kind_label(kind)
    name = words.builtin_text(label) if label else ""
    return f"{name} ({kind_text})" if name and name != kind_text else kind_text


class AssignmentsModel(QAbstractTableModel):
    """Rows of :class:`Assignment`; overdue rows red and bold, due today amber, due soon blue."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[Assignment] = []
        self.headers = [self.tr("Due"), self.tr("Task"), self.tr("Subject"), self.tr("Number"), self.tr("Kind")]

    def set_rows(self, rows: list[Assignment]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def state_text(self, a: Assignment) -> str:
        return {OVERDUE: self.tr("Overdue"), DUE_TODAY: self.tr("Due today"), DUE_SOON: self.tr("Due soon")}.get(
            a.deadline_state or "", "")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return _date(a.deadline) or self.tr("—")
            if col == 1:
                return words.builtin_text(a.label) if a.label else K.kind_label(a.kind)
            if col == 2:
                return a.subject
            if col == 3:
                return a.reg_number
            return words.document_kind(a.doc_kind)
        if role == Qt.ItemDataRole.BackgroundRole:
            return {OVERDUE: QBrush(OVERDUE_BG), DUE_TODAY: QBrush(TODAY_BG), DUE_SOON: QBrush(SOON_BG)}.get(a.deadline_state or "")
        if role == Qt.ItemDataRole.FontRole and a.deadline_state == OVERDUE:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.state_text(a) or None
        if role == Qt.ItemDataRole.UserRole:
            return a
        return None


class SummaryBar(QWidget):
    """Due today / this week / overdue counts; a click on a count filters the list."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.overdue = QLabel()
        self.overdue.setObjectName("summaryOverdue")
        self.today = QLabel()
        self.today.setObjectName("summaryToday")
        self.week = QLabel()
        self.week.setObjectName("summaryWeek")
        self.control = QLabel()
        self.control.setObjectName("summaryControl")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        for w in (self.overdue, self.today, self.week, self.control):
            lay.addWidget(w)
        lay.addStretch(1)
        self.summary: DeadlineSummary | None = None

    def show_summary(self, s: DeadlineSummary) -> None:
        self.summary = s
        self.overdue.setText(self.tr("Overdue: {n}").replace("{n}", str(s.overdue)))
        self.overdue.setStyleSheet("color: #b00020; font-weight: bold" if s.overdue else "")
        self.today.setText(self.tr("Due today: {n}").replace("{n}", str(s.due_today)))
        self.week.setText(self.tr("This week: {n}").replace("{n}", str(s.this_week)))
        self.control.setText(self.tr("My controlled resolutions overdue: {n}").replace("{n}", str(s.controlled_overdue)))
        self.control.setVisible(bool(s.controlled_overdue))


class AssignmentsPanel(QWidget):
    """The "My assignments" list: multi-select, keyboard-driven, double-click opens the document."""

    open_document = Signal(str)

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.summary = SummaryBar()
        self.toolbar = ActionBar()
        self.toolbar.setObjectName("assignmentActions")
        self.model = AssignmentsModel(self)
        self.table = plain_headers(QTableView())
        self.table.setObjectName("assignments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in (0, 1, 3, 4):  # sized to the translated words, never clipped
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("My assignments"))
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.total = QLabel()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.summary)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.total)

    def _open(self, index: QModelIndex) -> None:
        a = self.model.data(index, Qt.ItemDataRole.UserRole)
        if a is not None:
            self.open_document.emit(a.document_id)

    def show_page(self, rows: list[Assignment], total: int) -> None:
        keep = {a.step_id for a in self.selected()}
        self.model.set_rows(rows)
        sel = self.table.selectionModel()
        for r, a in enumerate(rows):
            if a.step_id in keep:
                sel.select(self.model.index(r, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
        shown = len(rows)
        self.total.setText(self.tr("{n} assignment(s)").replace("{n}", str(total)) if shown >= total else
                           self.tr("{shown} of {n} assignment(s), soonest first").replace("{shown}", str(shown)).replace("{n}", str(total)))

    def selected(self) -> list[Assignment]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if r < len(self.model.rows)]

    def select_all(self) -> None:
        self.table.selectAll()


class WrappingDelegate(QStyledItemDelegate):
    """A tree's cells as tall as their words need when wrapped at their column's width (Qt's tree
    measures a wrapped cell as one line: the words past the first were hidden under the next row)."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint(option, index)
        text = str(index.data() or "")
        if not text:
            return hint
        width = self.tree.header().sectionSize(index.column())
        if index.column() == 0:  # the branch and the indentation come off the first column
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * self.tree.indentation()
        margin = 2 * (self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree) + 1)
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if font is not None else self.tree.fontMetrics()
        rect = metrics.boundingRect(QRect(0, 0, max(1, width - margin), 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), rect.height() + hint.height() - metrics.height()))


class RoutePanel(QWidget):
    """The route tab on a document: resolutions, stages of steps, dispatches, and who did what when."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.toolbar = ActionBar()
        self.toolbar.setObjectName("routeActions")
        self.state = QLabel()
        self.state.setObjectName("routeState")
        self.tree = QTreeWidget()
        self.tree.setObjectName("routeTree")
        self.tree.setHeaderLabels([self.tr("Step"), self.tr("Assignee"), self.tr("Due"), self.tr("State")])
        self.tree.setAccessibleName(self.tr("Route"))
        # The words wrap within their column rather than end in "…" (a step, a role and a state in
        # Azerbaijani or Russian are long; at the pane's default width they were cut to a few letters)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)  # who acted when, and comments: in the tooltip and the history below
        self.tree.viewport().installEventFilter(self)  # the columns share the pane again when it is resized
        self.events = wrapping_list(QListWidget())
        self.events.setObjectName("routeEvents")
        lay = QVBoxLayout(self)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.state)
        lay.addWidget(self.tree, 3)  # the steps first: their words wrap, so they take more lines
        lay.addWidget(QLabel(self.tr("History:")))
        lay.addWidget(self.events, 1)
        self.timeline: RouteTimeline | None = None
        self.doc_id: str | None = None

    def show_timeline(self, tl: RouteTimeline | None) -> None:
        self.timeline = tl
        self.doc_id = tl.document_id if tl else None
        self.tree.clear()
        self.events.clear()
        if tl is None:
            self.state.clear()
            return
        labels = {"none": self.tr("No route"), "active": self.tr("In route"), "completed": self.tr("Route completed"),
                  "returned": self.tr("Returned to the author")}
        self.state.setText(labels.get(tl.route_state, tl.route_state))
        if tl.resolutions:
            top = QTreeWidgetItem(self.tree, [self.tr("Resolutions")])
            for r in tl.resolutions:
                who = r.executor_name + (" + " + ", ".join(r.co_executor_names) if r.co_executor_names else "")
                ctl = self.tr(" · under control") if r.control else ""  # words: a symbol may be missing from the font
                state = {"active": self.tr("In work"), "done": self.tr("Executed"), "returned": self.tr("Returned")}.get(r.state, r.state)
                item = QTreeWidgetItem(top, [r.text[:80], who, _date(r.deadline), state + ctl])
                item.setToolTip(0, r.text)
                item.setToolTip(1, who)
                item.setToolTip(3, state + ctl + " · " + r.author_name)
                if r.deadline_state == OVERDUE:
                    for c in range(4):
                        item.setBackground(c, QBrush(OVERDUE_BG))
            top.setExpanded(True)
        stages: dict[int, QTreeWidgetItem] = {}
        for n, st in enumerate(sorted({s.stage for s in tl.steps}), 1):
            stages[st] = QTreeWidgetItem(self.tree, [self.tr("Stage {n}").replace("{n}", str(n))])
            stages[st].setExpanded(True)
        for s in tl.steps:
            item = QTreeWidgetItem(stages[s.stage], [step_title(s.label, s.kind), s.assignee_name, _date(s.deadline),
                                                     K.state_label(s.state)])
            item.setData(0, Qt.ItemDataRole.UserRole, s.id)
            acted = f"{s.acted_by_name} {_when(s.finished_at)}" if s.finished_at and s.acted_by_name else ""
            tip = " · ".join(x for x in (item.text(0), K.state_label(s.state), acted, s.comment) if x)
            for c in range(4):
                item.setToolTip(c, tip)
            if s.state == K.ACTIVE:
                f = QFont()
                f.setBold(True)
                item.setFont(0, f)
            if s.deadline_state == OVERDUE:
                for c in range(4):
                    item.setBackground(c, QBrush(OVERDUE_BG))
        if tl.dispatches:
            top = QTreeWidgetItem(self.tree, [self.tr("Dispatch")])
            for d in tl.dispatches:
                state = {"sent": self.tr("Sent"), "delivered": self.tr("Delivered"), "registered": self.tr("Registered"),
                         "refused": self.tr("Refused")}.get(d.state, d.state)
                extra = d.recipient_number or d.reason
                row = QTreeWidgetItem(top, [d.recipient_name or d.recipient_code, d.recipient_code, _date(d.sent_at.date()),
                                            state])
                row.setToolTip(0, d.recipient_name or d.recipient_code)
                row.setToolTip(3, extra or state)
            top.setExpanded(True)
        for e in reversed(tl.events):  # newest first: an executor's report was below the fold, at the end
            self.events.addItem("  ".join(x for x in (_when(e.at), e.who, e.what) if x))
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the pane's width so that no column is squeezed to nothing: the date as it needs, the
        assignee at most a quarter and the state at most three tenths of the rest, the step the
        remainder (a step shown as "İ…" told nothing); what does not fit on one line wraps at its
        words. Any width to spare goes to the step."""
        tree, header = self.tree, self.tree.header()
        width = tree.viewport().width()
        if width <= 0:
            return
        need = [max(tree.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(tree.columnCount())]
        word = self._longest_words()  # a column is never narrower than its longest word: words wrap, never break
        room = max(0, width - need[2])
        who = max(word[1], min(need[1], room // 4))
        state = max(word[3], min(need[3], room * 3 // 10))
        for c in range(tree.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, who)
        header.resizeSection(2, need[2])
        header.resizeSection(3, state)
        header.resizeSection(0, max(word[0], room - who - state))
        tree.doItemsLayout()  # the rows take the height their wrapped words need in the new widths

    def _longest_words(self) -> list[int]:
        """Per column, the width of its longest word with the cell's margins (and, in the first
        column, the indentation of its deepest row)."""
        tree = self.tree
        margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1)
        out = [0] * tree.columnCount()
        items = [(tree.topLevelItem(i), 1) for i in range(tree.topLevelItemCount())]
        while items:
            item, depth = items.pop()
            items += [(item.child(i), depth + 1) for i in range(item.childCount())]
            for c in range(tree.columnCount()):
                metrics = QFontMetrics(item.font(c))
                longest = max((metrics.horizontalAdvance(w) for w in item.text(c).split()), default=0)
                out[c] = max(out[c], longest + margin + (depth * tree.indentation() if c == 0 else 0))
        return out

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 - Qt's name
        if obj is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False
