"""Small shared widgets: a row of action buttons that wraps instead of hiding what does not fit."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLayout, QLayoutItem, QListView, QSizePolicy, QToolButton, QWidget


class FlowLayout(QLayout):
    """Lays its items out left to right and wraps to a new line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self.spacing(), 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class ActionBar(QWidget):
    """Buttons for actions (like a tool bar) that wrap onto a second line in a narrow pane, so an
    action is never hidden behind an overflow arrow. ``addAction`` takes a QAction, as QToolBar does."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._flow = FlowLayout(self)
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        self.buttons: list[QToolButton] = []

    def addAction(self, action: QAction) -> None:  # noqa: N802 - same name as QToolBar's
        super().addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(False)
        self._flow.addWidget(button)
        self.buttons.append(button)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._flow.heightForWidth(width)



class DetailsExpander(QWidget):
    """A "Details" button that shows or hides the raw text behind a sentence (a server's own words, a
    library's message): there for support, out of the way for the person."""

    def __init__(self, parent: QWidget | None = None):
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout

        super().__init__(parent)
        self.button = QToolButton(self)
        self.button.setObjectName("detailsButton")
        self.button.setCheckable(True)
        self.button.setText(QCoreApplication.translate("DetailsExpander", "&Details"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("detailsText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(QCoreApplication.translate("DetailsExpander", "Technical details"))
        self.text.setMaximumHeight(110)
        self.text.setVisible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.text)
        self.button.toggled.connect(self._toggled)
        self.set_details("")

    def _toggled(self, on: bool) -> None:
        self.text.setVisible(on)
        self.button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def set_details(self, text: str) -> None:
        self.text.setPlainText(text)
        self.button.setEnabled(bool(text))
        if not text:
            self.button.setChecked(False)


def menu_action(window: QWidget, menu, name: str, text: str, keys, slot) -> QAction:  # noqa: ANN001 - QMenu, key, callable
    """An action of the main window in ``menu``: named ``name`` (tests and the shortcut list find it
    by it), its shortcut ``keys`` live wherever the focus is in the window, ``slot`` on trigger."""
    act = QAction(text, window)
    act.setObjectName(name)
    act.setShortcut(QKeySequence(keys))
    act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    act.triggered.connect(slot)
    menu.addAction(act)
    return act


def plain_headers(view):  # noqa: ANN001, ANN201 - QTableView / QTableWidget, returned for chaining
    """Column titles that stay in their font when a row or cell is selected. A table's header
    draws the sections of a selection bold by default, and a title sized to its words is then cut
    off (the document list's 'Korrespondent' was, whenever a letter was selected)."""
    view.horizontalHeader().setHighlightSections(False)
    return view


def wrapping_list(view):  # noqa: ANN001, ANN201 - QListWidget, returned for chaining
    """A list whose long entries (an institution's full name, a letter's subject) wrap onto more
    lines within the list's width instead of running off its right edge behind a scroll bar (the
    dispatch list cut 'Şəki rayon mərkəzi xəstəxanası — AZ-0003' before its code)."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)  # the lines are laid out again when the list is resized
    return view
