"""Every word in the person's language: the catalogues are complete and current, no string in ui/ is
left unmarked, and the real window and every dialog, opened in Azerbaijani and Russian on a lived-in
profile, show no English, no raw value and no ISO date."""
from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("az", "ru")


def _messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """{(context, source): [translations]} of a .ts file (numerus forms as several)."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None:
                texts = []
            elif msg.get("numerus") == "yes":
                texts = [f.text or "" for f in tr.findall("numerusform")]
            else:
                texts = [] if tr.get("type") == "unfinished" else [tr.text or ""]
            out[(name, msg.findtext("source") or "")] = texts
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_has_a_translation(lang):
    missing = [k for k, texts in _messages(TRANSLATIONS / f"docflow_{lang}.ts").items()
               if not texts or any(not t.strip() for t in texts)]
    assert not missing, f"docflow_{lang}.ts: {len(missing)} strings without a translation " \
                        f"(add them to glossary_{lang}.json, then python -m resources.build_translations): {missing[:20]}"


def test_ts_files_are_not_stale(tmp_path):
    """The .ts files hold exactly the strings the code has now (regenerate after changing a string)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert tool, "pyside6-lupdate is not installed"
    from resources.build_translations import sources

    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool, *sources(), "-no-obsolete", "-locations", "none", "-source-language", "en",
                    "-target-language", "az", "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    want = set(_messages(fresh))
    for lang in (*LANGS, "en"):
        have = set(_messages(TRANSLATIONS / f"docflow_{lang}.ts"))
        assert have == want, (f"docflow_{lang}.ts is stale: run python -m resources.build_translations. "
                              f"New: {sorted(want - have)[:10]}; gone: {sorted(have - want)[:10]}")
    for lang in LANGS:
        qm = TRANSLATIONS / f"docflow_{lang}.qm"
        assert qm.stat().st_mtime >= (TRANSLATIONS / f"docflow_{lang}.ts").stat().st_mtime - 5 or qm.stat().st_size > 0


@pytest.mark.parametrize("lang", LANGS)
def test_a_state_or_kind_is_not_named_like_a_queue(lang):
    """English says "Outgoing" and "Sent" for a queue and for a document's kind or a dispatch's state;
    the person's language does not ("Çıxanlar" is the queue, "Çıxan" the kind)."""
    m = _messages(TRANSLATIONS / f"docflow_{lang}.ts")
    assert m[("Labels", "Outgoing")] != m[("MainWindow", "Outgoing")]
    assert m[("RoutePanel", "Sent")] != m[("MainWindow", "Sent")]


def test_qt_strings_are_translated_in_both_languages():
    az = json.loads((TRANSLATIONS / "qt_glossary_az.json").read_text("utf-8"))
    ru = json.loads((TRANSLATIONS / "qt_glossary_ru.json").read_text("utf-8"))
    assert set(az) == set(ru)
    for ctx in az:
        assert set(az[ctx]) == set(ru[ctx]), ctx
        empty = [s for s, t in az[ctx].items() if not t.strip()]
        assert not empty, (ctx, empty)
    for name in ("qtbase_az.qm", "qtbase_ru.qm"):
        assert (TRANSLATIONS / name).read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


# Qt calls whose string arguments a person reads.
_TEXT_CALLS = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "addItem", "addTab",
               "setTabText", "showMessage", "setTitle", "setHeaderLabels", "setHorizontalHeaderLabels", "addRow",
               "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolBar", "QDockWidget",
               "addMenu", "setSpecialValueText", "setSuffix", "setAccessibleName", "information", "warning", "question"}
#: Literals a person may see untranslated on purpose (language names in their own language, symbols).
_ALLOWED = {"Azərbaycan dili", "Русский", "English", "—", "·", "⚠", "⏱", "dpi", "*", "PDF", "UTC"}


def _literal_texts(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value for v in node.values if isinstance(v, ast.Constant))]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for e in node.elts for t in _literal_texts(e)]
    return []


def test_no_user_visible_literal_in_ui_is_left_unmarked():
    """A string written straight into a widget (not through tr()/translate()) stays English forever."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else ""
            if name not in _TEXT_CALLS:
                continue
            if isinstance(fn, ast.Attribute) and isinstance(fn.value, ast.Name) and fn.value.id in ("log", "logger", "logging"):
                continue  # the log is for support, in English on purpose
            for arg in node.args[:2] if name in ("addRow", "addItem", "addTab") else node.args[:1]:
                for text in _literal_texts(arg):
                    words = re.sub(r"\{[^}]*\}|&|<[^>]+>|\bDocflow\b", "", text).strip()
                    if re.search(r"[A-Za-z]{3,}", words) and words not in _ALLOWED:
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({text!r})")
    assert not found, "user-visible strings not wrapped in tr()/translate():\n" + "\n".join(found)


def test_no_translation_call_hides_inside_an_f_string():
    """pyside6-lupdate does not see tr()/translate() inside an f-string's braces: such a string never
    reaches the catalogue and shows in English (the card's "Files" heading did)."""
    found = []
    for pkg in ("ui", "desktop_app"):
        for path in sorted((ROOT / pkg).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if not isinstance(node, ast.JoinedStr):
                    continue
                for call in ast.walk(node):
                    fn = getattr(call, "func", None)
                    name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else ""
                    if isinstance(call, ast.Call) and name in ("tr", "translate"):
                        found.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert not found, "translation calls inside f-strings (lupdate misses them):\n" + "\n".join(found)


def test_no_translation_function_goes_under_another_name():
    """pyside6-lupdate reads only calls spelled tr()/translate(): ``T = translate`` then ``T("Reports",
    "Case")`` hides the string from the catalogue (a register's column headings showed in English)."""
    found = []
    for pkg in ("ui", "desktop_app"):
        for path in sorted((ROOT / pkg).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Name, ast.Attribute)):
                    value = node.value.id if isinstance(node.value, ast.Name) else node.value.attr
                    if value in ("tr", "translate"):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                elif isinstance(node, ast.alias) and node.name in ("tr", "translate") and node.asname:
                    found.append(f"{path.relative_to(ROOT)}: import {node.name} as {node.asname}")
    assert not found, "translation functions under another name (lupdate misses their strings):\n" + "\n".join(found)


# ----------------------------------------------------------------------------------- the real window
def _enum_values() -> set[str]:
    """Every machine word that must never reach a person as it is."""
    from desktop_app import history, states
    from desktop_app.routing import steps
    from desktop_app.services.documents import CONFIDENTIALITY
    from docflow_protocol import DOCUMENT_KINDS as KINDS
    from desktop_app.services.registration_form import CHANNELS
    from desktop_app.signing import states as sig_states
    from docflow_protocol import ALL_OP_TYPES, ErrorCode, FileRole, ReceiptStatus, Role

    values = set(states.STATUSES) | set(steps.KINDS) | set(steps.STATES) | set(steps.ACTIONS) | set(CHANNELS)
    values |= set(CONFIDENTIALITY) | set(KINDS) | {r.value for r in Role} | {f.value for f in FileRole}
    values |= {r.value for r in ReceiptStatus} | {e.value for e in ErrorCode} | set(ALL_OP_TYPES)
    values |= set(history.known_actions()) | {"ocr", "cleaned", "numbered", "unknown", "good", "revoked", "lta_updates",
                                              "form_filling", "NO_CERTIFICATE_CHAIN_FOUND", "in_route"}
    values |= {sig_states.STATE_COMPLETE, sig_states.STATE_WAITING_TIMESTAMP, sig_states.STATE_FAILED}
    values.discard("")
    return values


def _visible_texts(root) -> list[tuple[str, str]]:  # noqa: ANN001 - QWidget
    """(where, text) for everything a person can read on ``root``: widgets, menus, headers, cells, tooltips."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QPlainTextEdit, QTabBar,
        QTextEdit, QWidget,
    )

    out = [("title", root.windowTitle())]
    for w in root.findChildren(QWidget):
        where = type(w).__name__ + ":" + w.objectName()
        if w.toolTip():
            out.append((where + " tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append((where, _plain(w.text())))
        elif isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((where + " placeholder", w.placeholderText()))
        elif isinstance(w, QTabBar):
            out += [(where, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [(where, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):  # the conflict's two versions are plain text
            out.append((where, w.toPlainText()))
        elif isinstance(w, QMenu):
            out += [(where, a.text()) for a in w.actions()]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            root_index = QModelIndex()
            try:
                cols = m.columnCount(root_index)
            except TypeError:  # list models keep columnCount private: one column
                cols = 1
            for c in range(cols):
                out.append((where + " header", str(m.headerData(c, Qt.Orientation.Horizontal) or "")))
            for r in range(min(m.rowCount(root_index), 30)):
                for c in range(cols):
                    idx = m.index(r, c, root_index)
                    out.append((where + " cell", str(m.data(idx) or "")))
                    out.append((where + " cell tooltip", str(m.data(idx, Qt.ItemDataRole.ToolTipRole) or "")))
                    for cr in range(min(m.rowCount(idx), 30)):  # tree children (route stages)
                        out.append((where + " cell", str(m.data(m.index(cr, c, idx)) or "")))
    for a in root.actions():
        out.append(("action", a.text()))
    return [(w, t) for w, t in out if t and t.strip()]


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&amp;", "&")


def _english_sources(lang: str) -> dict[str, str]:
    """English source -> translation, for the strings whose translation is not the same text."""
    out = {}
    for (_ctx, src), texts in _messages(TRANSLATIONS / f"docflow_{lang}.ts").items():
        if texts and texts[0] and texts[0] != src:
            out[src] = texts[0]
    qt = json.loads((TRANSLATIONS / f"qt_glossary_{lang}.json").read_text("utf-8"))
    for strings in qt.values():
        out.update({s: t for s, t in strings.items() if s != t and len(s) > 2})
    for strings in qt.values():  # words Qt keeps as they are in this language ("OK" in Russian)
        for s, t in strings.items():
            if s == t:
                out.pop(s, None)
    return out


@pytest.mark.gui
@pytest.mark.parametrize("lang", LANGS)
def test_the_window_and_every_dialog_speak_the_language(qtbot, qapp, tmp_path, lang):
    from tests.qt_helpers import ScriptedDialogs
    from tests.ui.screens import dialogs_of, populated_office, select_document
    from ui import i18n as ui_i18n
    from ui.context import UiContext
    from ui.main_window import MainWindow

    ctx = populated_office(tmp_path / "profile")
    installed = ui_i18n.install(qapp, lang)
    ui = UiContext.create(ctx, ScriptedDialogs())
    try:
        w = MainWindow(ui)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda: not ui.tasks.busy(), timeout=20000)
        ids = ctx.__dict__["_screens_ids"]
        texts: list[tuple[str, str]] = []
        for doc in (ids["letters"][0], ids["letters"][1], ids["outgoing"]):
            select_document(w, doc)
            qtbot.waitUntil(lambda: not ui.tasks.busy(), timeout=20000)
            w.notify.refresh_view()
            qtbot.waitUntil(lambda: not ui.tasks.busy(), timeout=20000)
            texts += _visible_texts(w)
            for menu in w.menuBar().findChildren(__import__("PySide6.QtWidgets", fromlist=["QMenu"]).QMenu):
                texts += [("menu", a.text()) for a in menu.actions()]
        for name, dlg in dialogs_of(w):
            texts += [(f"{name}/{where}", t) for where, t in _visible_texts(dlg)]
            dlg.deleteLater()
        # A message box: Qt's own buttons and the Details expander.
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "x", "y", QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Ok
                          | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save, w)
        box.setDetailedText("raw detail")
        box.show()
        texts += [(f"messagebox/{where}", t) for where, t in _visible_texts(box)]
        box.close()
        # The file dialog (Qt's own, as Docflow uses it) and a text field's context menu.
        from PySide6.QtWidgets import QFileDialog

        fd = QFileDialog(w, "t", str(tmp_path), w.import_filter())
        fd.setOption(QFileDialog.Option.DontUseNativeDialog)
        fd.show()
        texts += [(f"filedialog/{where}", t) for where, t in _visible_texts(fd)]
        fd.close()
        menu = w.search.createStandardContextMenu()
        texts += [("contextmenu", a.text()) for a in menu.actions()]
    finally:
        ui.close()
        ui_i18n.uninstall(qapp, installed)
        ctx.close()

    english = _english_sources(lang)
    # Qt writes some words with a mnemonic of its own ("&Look in:", "Files of &type:"): a source known
    # without it is still English when shown
    plain = {src.replace("&", "").strip() for src in english}
    enums = _enum_values()
    problems = []
    for where, text in texts:
        clean = text.replace("&", "").strip().rstrip(":…").strip()
        if clean in english or text in english or text.replace("&", "").strip() in plain:
            problems.append(f"{where}: English '{text}'")
        for token in re.findall(r"[A-Za-z_][\w.]*", text):
            if token in enums or token.lower() in {e for e in enums if "." in e or "_" in e}:
                problems.append(f"{where}: raw value '{token}' in '{text[:80]}'")
        # Qt's file dialog dates follow the process's system locale, which the app sets before Qt starts
        # (ui.i18n.prepare_process_locale; checked in test_desktop) -- this test process keeps C.
        if not where.startswith("filedialog") and re.search(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} \d{1,2} \d{4}\b", text):
            problems.append(f"{where}: date not in the office's format: '{text[:80]}'")
    problems = sorted(set(problems))
    assert not problems, f"{lang}: {len(problems)} problems:\n" + "\n".join(problems[:60])
