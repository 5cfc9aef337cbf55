"""Keyboard and screen readers: every action has a shortcut and a name, every control in the window
and in every dialog has an accessible name, Tab visits every control of a dialog once and follows
the order of its forms, and the high-contrast theme is really high contrast."""
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QFormLayout, QLineEdit, QMenu, QWidget

from tests.qt_helpers import ScriptedDialogs
from tests.ui.screens import dialogs_of, populated_office

pytestmark = pytest.mark.gui


@pytest.fixture
def office_window(qtbot, tmp_path):
    from ui import updates
    from ui.context import UiContext
    from ui.main_window import MainWindow

    ctx = populated_office(tmp_path / "profile")
    ui = UiContext.create(ctx, ScriptedDialogs())
    w = MainWindow(ui)
    updates.install(w)  # Tools ▸ Check for updates… (ui/app.py adds it to the real window; not started here)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not ui.tasks.busy(), timeout=20000)
    yield w
    ui.close()
    ctx.close()


def _owner(w: QWidget) -> QWidget:
    """The control a focusable part belongs to (the line edit of a combo box or a spin box)."""
    parent = w.parentWidget()
    if isinstance(w, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    return w


def _focusables(root: QWidget) -> list[QWidget]:
    out = []
    for w in root.findChildren(QWidget):
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None:
            if w.objectName().startswith("qt_") and w.objectName() not in ("qt_spinbox_lineedit",):
                continue  # Qt's inner parts (scroll bars, calendar navigation) are reached through their owner
            if isinstance(_owner(w), QAbstractSpinBox) and _owner(w).parentWidget().objectName() == "qt_calendar_navigationbar":
                continue
            out.append(w)
    return out


def _name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(_owner(w))
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def test_every_action_has_a_name_and_its_own_shortcut(office_window):
    w = office_window
    actions, missing = [], []
    for menu in w.menuBar().findChildren(QMenu):
        for a in menu.actions():
            if a.isSeparator() or a.menu() is not None:
                continue
            actions.append(a)
            if not a.text().strip() or a.shortcut().isEmpty():
                missing.append(f"{menu.title()} → {a.text()} ({a.objectName()})")
    assert len(actions) > 30
    assert not missing, "actions without a name or a shortcut:\n" + "\n".join(missing)
    dots = [a.text() for a in actions if a.text().rstrip().endswith("...")]
    assert not dots, f"three dots instead of the ellipsis '…': {dots}"
    by_text: dict[str, set[str]] = {}
    for a in actions:
        by_text.setdefault(a.text().replace("&", ""), set()).add(a.shortcut().toString())
    twice = {t: sorted(keys) for t, keys in by_text.items() if len(keys) > 1}
    assert not twice, f"one action in two menus with two shortcuts (make it one QAction): {twice}"
    keys = Counter(a.shortcut().toString() for a in {id(a): a for a in w.findChildren(QAction)}.values()
                   if not a.shortcut().isEmpty())
    assert [k for k, n in keys.items() if n > 1] == [], "one shortcut for two actions"


def test_every_control_of_the_window_has_an_accessible_name(office_window):
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in _focusables(office_window) if not _name(w)]
    assert not unnamed, "controls a screen reader cannot name:\n" + "\n".join(unnamed)


def test_every_dialog_names_its_controls_and_tab_follows_the_form(qtbot, office_window):
    problems = []
    seen = 0
    for name, dlg in dialogs_of(office_window):
        seen += 1
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        focusables = _focusables(dlg)
        problems += [f"{name}: {type(w).__name__}:{w.objectName()} has no accessible name"
                     for w in focusables if not _name(w)]
        # Tab from the first control visits every control exactly once.
        start = focusables[0] if focusables else None
        chain, w = [], start
        for _ in range(500):
            if w is None:
                break
            if w in focusables and w not in chain:
                chain.append(w)
            w = w.nextInFocusChain()
            if w is start:
                break
        missed = [f"{type(x).__name__}:{x.objectName()}" for x in focusables if x not in chain]
        if missed:
            problems.append(f"{name}: Tab never reaches {missed}")
        # Within each form, Tab goes down the rows in order.
        for form in dlg.findChildren(QFormLayout):
            fields = []
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                widget = item.widget() if item is not None else None
                if widget is None and item is not None and item.layout() is not None:
                    lay = item.layout()
                    widget = next((lay.itemAt(i).widget() for i in range(lay.count()) if lay.itemAt(i).widget()), None)
                if widget is not None and widget in chain or (widget is not None and any(_owner(c) is widget for c in chain)):
                    fields.append(widget)
            positions = [next(i for i, c in enumerate(chain) if c is f or _owner(c) is f) for f in fields]
            if positions != sorted(positions):
                problems.append(f"{name}: Tab jumps around the form {[f.objectName() or type(f).__name__ for f in fields]}")
        dlg.close()
    assert seen >= 15
    assert not problems, "\n".join(problems)


def _luminance(c) -> float:  # noqa: ANN001 - QColor
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def _contrast(a, b) -> float:  # noqa: ANN001
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_high_contrast_theme_meets_wcag_aaa(qapp, office_window):
    from ui import theme

    before = qapp.palette()
    try:
        theme.apply(qapp, True)
        p = qapp.palette()
        pairs = [(QPalette.ColorRole.WindowText, QPalette.ColorRole.Window), (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                 (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                 (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)]
        for fg, bg in pairs:
            assert _contrast(p.color(fg), p.color(bg)) >= 7.0, (fg, bg)
        assert "border" in qapp.styleSheet()  # strong frames and focus
        office_window.repaint()  # the whole window repaints with it, without errors
    finally:
        theme.apply(qapp, False)
        qapp.setPalette(before)
    assert qapp.styleSheet() == ""
