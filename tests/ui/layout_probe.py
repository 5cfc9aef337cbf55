"""Open every screen and dialog on a 1366×768 screen in one language and scale, look for what a person
would see as broken, and save a screenshot of each. Run in its own process (the screen size, the
scale factor and the language are fixed when Qt starts):

    QT_QPA_PLATFORM="offscreen:configfile=SCREEN.json" QT_SCALE_FACTOR=2 \\
        python -m tests.ui.layout_probe --lang az --out DIR

Prints one JSON object: {"problems": [...], "shots": [...]}. A problem is text cut off (a label,
button or tab narrower than its text, a table header narrower than its title), a dialog or the
window larger than the screen, or the status bar off the screen.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

#: The office laptop's screen, in logical pixels (at 200 % it is a 2732×1536 panel).
SCREEN = (1366, 768)
TASKBAR = 40  # a Windows/GNOME panel takes this much of the height


def screen_config(path: Path, scale: int) -> Path:
    """The offscreen platform's screen: 1366×768 logical pixels at ``scale`` (physical = logical × scale)."""
    path.write_text(json.dumps({"synchronousWindowSystemEvents": True, "windowFrameMargins": False, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0] * scale, "height": SCREEN[1] * scale,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return path


def clipped(root) -> list[str]:  # noqa: ANN001 - QWidget
    """Texts of ``root`` that do not fit their widget (what a person sees cut off)."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import (
        QAbstractButton, QAbstractItemView, QCheckBox, QComboBox, QGroupBox, QLabel, QLineEdit, QRadioButton, QTabBar,
        QTableView, QTreeView,
    )

    out = []

    def visible(w) -> bool:  # noqa: ANN001
        return w.isVisible() and w.width() > 0 and w.visibleRegion().boundingRect().width() > 0

    for w in root.findChildren(QLabel):
        if not visible(w) or not w.text() or w.wordWrap() or w.pixmap() is not None and not w.pixmap().isNull():
            continue
        if isinstance(w.parent(), (QAbstractItemView,)):
            continue
        need = w.minimumSizeHint().width()
        if w.width() + 1 < need:
            out.append(f"label '{w.text()[:60]}' {w.width()}<{need}")
    for w in root.findChildren(QAbstractButton):
        if not visible(w) or not w.text() or w.objectName().startswith("qt_"):
            continue
        need = w.sizeHint().width() if isinstance(w, (QCheckBox, QRadioButton)) else w.minimumSizeHint().width()
        if w.width() + 1 < need:
            out.append(f"button '{w.text()[:60]}' {w.width()}<{need}")
    for w in root.findChildren(QGroupBox):
        if visible(w) and w.title() and w.width() + 1 < w.fontMetrics().horizontalAdvance(w.title()) + 30:
            out.append(f"group '{w.title()[:60]}' too narrow")
    for w in root.findChildren(QComboBox):
        if not visible(w) or w.isEditable() or w.currentIndex() < 0:
            continue
        text_w = w.fontMetrics().horizontalAdvance(w.currentText())
        if w.width() < min(text_w, 260) + 24:
            out.append(f"combo '{w.currentText()[:60]}' {w.width()}px")
    for w in root.findChildren(QLineEdit):
        if visible(w) and not w.isReadOnly() and w.width() < 140 and w.parent() is not None \
                and not isinstance(w.parent(), (QComboBox,)) and w.objectName() not in ("qt_spinbox_lineedit",):
            if "QAbstractSpinBox" not in [c.__name__ for c in type(w.parent()).__mro__]:
                out.append(f"text field '{w.objectName() or w.placeholderText()[:30]}' only {w.width()}px wide")
    from PySide6.QtWidgets import QToolBar, QToolButton

    for tb in root.findChildren(QToolBar):
        ext = tb.findChild(QToolButton, "qt_toolbar_ext_button")
        if visible(tb) and ext is not None and ext.isVisible():
            hidden = [a.text() for a in tb.actions() if a.isVisible() and tb.widgetForAction(a) is not None
                      and not tb.widgetForAction(a).isVisible()]
            out.append(f"toolbar hides {hidden}")
    from PySide6.QtWidgets import QListWidget

    for lw in root.findChildren(QListWidget):
        if not visible(lw) or lw.count() == 0:
            continue
        room = lw.viewport().width() - 2 * lw.spacing() - 8  # the item's margins and focus frame
        for i in range(lw.count()):
            item = lw.item(i)
            if item.isHidden() or not item.text():
                continue
            fm = QFontMetrics(item.font())
            icon = lw.iconSize().width() + 4 if not item.icon().isNull() else 0
            longest = max(fm.horizontalAdvance(x) for x in item.text().split()) if lw.wordWrap() else fm.horizontalAdvance(item.text())
            if longest + icon > room:
                out.append(f"list item '{item.text()[:60]}' cut in {room}px")
    for bar in root.findChildren(QTabBar):
        if visible(bar) and bar.count() and bar.sizeHint().width() > bar.width() + 1:
            out.append(f"tabs {[bar.tabText(i) for i in range(bar.count())]} need {bar.sizeHint().width()}>{bar.width()}")
    for view in root.findChildren(QTableView) + root.findChildren(QTreeView):
        if not visible(view) or view.model() is None:
            continue
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        if header.isHidden():
            continue
        font = header.font()
        # a header that highlights the sections of a selection draws them bold: measure that way
        font.setBold(font.bold() or header.highlightSections())
        fm = QFontMetrics(font)
        for col in range(view.model().columnCount()):
            if header.isSectionHidden(col):
                continue
            title = str(view.model().headerData(col, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Horizontal) or "")
            width = header.sectionSize(col)
            if title and width + 2 < fm.horizontalAdvance(title) + 10:
                out.append(f"column '{title}' {width}px")
            if header.sectionViewportPosition(col) + min(width, 40) > view.viewport().width() and col < 6:
                out.append(f"column '{title}' is off the visible area")
    return out


def cut_cells(tree) -> list[str]:  # noqa: ANN001 - QTreeWidget
    """Cells of ``tree`` whose text a person sees cut short: a word wider than its cell, or wrapped
    words taller than the row shows (with word wrap), or a line wider than its cell (without)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle

    margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1)
    out = []
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while items:
        item = items.pop(0)
        items += [item.child(i) for i in range(item.childCount())]
        for c in range(tree.columnCount()):
            text, rect = item.text(c), tree.visualItemRect(item)
            if not text or rect.height() <= 0:
                continue
            left = tree.header().sectionViewportPosition(c) + (rect.x() if c == 0 else 0)
            width = tree.header().sectionViewportPosition(c) + tree.header().sectionSize(c) - left - margin
            fm = QFontMetrics(item.font(c))
            if tree.wordWrap():
                words = max(fm.horizontalAdvance(w) for w in text.split())
                lines = fm.boundingRect(QRect(0, 0, max(1, width), 100_000), Qt.TextFlag.TextWordWrap, text).height()
                cut = words > width or lines > rect.height()
            else:
                cut = fm.horizontalAdvance(text) > width
            if cut:
                out.append(f"cell '{text[:60]}' cut in {width}px")
    return out


def check_window(w) -> list[str]:  # noqa: ANN001 - MainWindow
    probs = []
    screen = w.screen().availableGeometry()
    geo = w.frameGeometry()
    if not screen.contains(geo):
        probs.append(f"window {geo.width()}×{geo.height()} larger than the screen's {screen.width()}×{screen.height()}")
    hint = w.minimumSizeHint()
    if hint.width() > SCREEN[0] or hint.height() > SCREEN[1] - TASKBAR:
        probs.append(f"window needs at least {hint.width()}×{hint.height()}")
    bar = w.statusBar()
    bottom = bar.mapTo(w, bar.rect().bottomLeft()).y() + w.geometry().y()
    if not bar.isVisible() or bottom > screen.bottom() + 1:
        probs.append("status bar off the screen")
    return probs


def check_list(w) -> list[str]:  # noqa: ANN001 - MainWindow
    """The document list's subject (what a person reads a letter by) is its widest column and has at
    least a quarter of the list, beside the document pane (in ru it had 115 of 659 px)."""
    header, view = w.table.horizontalHeader(), w.table.viewport().width()
    subject = w.model.COLUMNS.index("subject")
    widths = [header.sectionSize(c) for c in range(header.count())]
    if widths[subject] < max(widths) or widths[subject] < view // 4:
        return [f"subject column {widths[subject]}px of the list's {view}px (columns {widths})"]
    return []


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--lang", required=True, choices=["az", "ru", "en"])
    p.add_argument("--out", required=True)
    args = p.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from tests.qt_helpers import ScriptedDialogs
    from tests.ui.screens import dialogs_of, populated_office, select_document
    from ui import i18n as ui_i18n
    from ui.context import UiContext
    from ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    scale = app.primaryScreen().devicePixelRatio()
    tag = f"{args.lang}-{int(scale * 100)}"
    problems: list[str] = []
    shots: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        ctx = populated_office(Path(tmp) / "profile")
        ctx.settings.set("language", args.lang)
        installed = ui_i18n.install(app, args.lang)
        ui = UiContext.create(ctx, ScriptedDialogs())
        w = MainWindow(ui)
        w.show()
        w.setWindowState(w.windowState())  # as restore_layout left it (fitted to the screen)
        _settle(app, ui)
        ids = ctx.__dict__["_screens_ids"]

        def shoot(widget, name: str) -> None:  # noqa: ANN001
            path = out / f"{tag}-{name}.png"
            widget.grab().save(str(path))
            shots.append(str(path))

        problems += [f"window: {x}" for x in check_window(w)]
        problems += [f"list: {x}" for x in check_list(w)]
        select_document(w, ids["letters"][0])
        _settle(app, ui)
        for i in range(w.detail.tabs.count()):
            w.detail.tabs.setCurrentIndex(i)
            _settle(app, ui)
            problems += [f"main/{w.detail.tabs.tabText(i)}: {x}" for x in clipped(w)]
            shoot(w, f"main-tab{i}")
        # the route tab of a letter on a route of five stages (step names, roles, states: long in az and ru)
        longest = max(ctx.routing.templates("outgoing"), key=lambda t: len(t.stages))  # named in the language shown
        ctx.routing.apply_template(ids["outgoing"], longest.name)
        select_document(w, ids["outgoing"])
        _settle(app, ui)
        w.detail.tabs.setCurrentWidget(w.routing.route_panel)
        _settle(app, ui)
        tree = w.routing.route_panel.tree
        if tree.topLevelItemCount() < 5:
            problems.append("route: the routed letter shows no stages")
        problems += [f"route: {x}" for x in cut_cells(tree) + clipped(w.routing.route_panel)]
        shoot(w, "main-route")
        select_document(w, ids["letters"][0])
        _settle(app, ui)
        w.detail.tabs.setCurrentIndex(0)
        sizes = w.splitter.sizes()  # the document pane dragged as narrow as it goes: its tabs still show whole
        w.splitter.setSizes([sizes[0], sizes[1] + sizes[2], 0])
        _settle(app, ui)
        problems += [f"narrowest document pane: {x}" for x in clipped(w.detail)]
        shoot(w, "main-narrowest-detail")
        w.splitter.setSizes(sizes)
        _settle(app, ui)
        w.routing.focus_assignments()
        _settle(app, ui)
        problems += [f"assignments: {x}" for x in clipped(w.routing.dock)]
        for key in ("inbox", "to_sign", "sent"):
            for i in range(w.queues.count()):
                if w.queues.item(i).data(0x0100) == key:
                    w.queues.setCurrentRow(i)
            _settle(app, ui)
            shoot(w, f"queue-{key}")
        for name, dlg in dialogs_of(w):
            dlg.show()
            hint = dlg.sizeHint().expandedTo(dlg.minimumSizeHint())
            if hint.width() > SCREEN[0] or hint.height() > SCREEN[1] - TASKBAR:
                problems.append(f"{name}: needs {hint.width()}×{hint.height()}, larger than the screen")
            dlg.resize(dlg.size().expandedTo(dlg.minimumSizeHint()).boundedTo(QSize(SCREEN[0], SCREEN[1] - TASKBAR)))
            _settle(app, ui)
            problems += [f"{name}: {x}" for x in clipped(dlg)]
            shoot(dlg, f"dialog-{name}")
            dlg.close()
        ui.close()
        w.close()
        ui_i18n.uninstall(app, installed)
        ctx.close()
    print(json.dumps({"problems": problems, "shots": shots}, ensure_ascii=False))
    return 0


def _settle(app, ui) -> None:  # noqa: ANN001
    import time

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        if not ui.tasks.busy():
            break
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
