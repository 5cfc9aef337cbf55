"""The az/ru translations: placeholders survive, compiled catalogues exist, core and Qt both pick them up."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from desktop_app import i18n

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGS = ("az", "ru")
# {name}, {n}, {value!r}, {seq:04d}, {{seq}} (a literal brace pair in a format string) and Qt's %n.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def _placeholders(text: str) -> Counter:
    return Counter(_PLACEHOLDER.findall(text))


def _ts_messages(lang: str):
    """(context, source, [translation texts]) for every message of docflow_<lang>.ts."""
    root = ET.parse(TRANSLATIONS / f"docflow_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if msg.get("numerus") == "yes":
                texts = [f.text or "" for f in tr.findall("numerusform")]
            else:
                texts = [tr.text or ""]
            yield name, msg.findtext("source") or "", texts


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_keeps_placeholders_and_accelerators(lang):
    glossary = json.loads((TRANSLATIONS / f"glossary_{lang}.json").read_text("utf-8"))
    assert len(glossary) > 500
    wrong = {src: tr for src, tr in glossary.items() if _placeholders(src) != _placeholders(tr)}
    assert not wrong, f"placeholders differ in glossary_{lang}.json: {wrong}"
    amp = {src: tr for src, tr in glossary.items() if src.count("&") != tr.count("&")}
    assert not amp, f"'&' accelerator markers differ in glossary_{lang}.json: {amp}"
    empty = [src for src, tr in glossary.items() if not tr.strip()]
    assert not empty, f"empty translations in glossary_{lang}.json: {empty}"


@pytest.mark.parametrize("lang", LANGS)
def test_ts_translations_keep_placeholders(lang):
    messages = list(_ts_messages(lang))
    assert messages, f"docflow_{lang}.ts has no messages"
    wrong = [(ctx, src, t) for ctx, src, texts in messages for t in texts
             if t and _placeholders(src) != _placeholders(t)]
    assert not wrong, f"placeholders differ in docflow_{lang}.ts: {wrong}"


@pytest.mark.parametrize("lang", (*LANGS, "en"))
def test_compiled_catalogues_exist(lang):
    qm = TRANSLATIONS / f"docflow_{lang}.qm"
    assert qm.is_file(), f"{qm.name} is missing: run python -m resources.build_translations"
    # Every .qm starts with Qt's magic number.
    assert qm.read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def test_core_follows_the_chosen_language():
    try:
        i18n.set_language("az")
        assert i18n.current_language() == "az"
        assert i18n.translate("Status", "Registered") == "Qeydiyyata alınıb"
        assert i18n.translate("Status", "Draft") == "Layihə"
        i18n.set_language("ru")
        assert i18n.translate("Status", "Registered") == "Зарегистрирован"
        assert i18n.translate("Dispatch", "A {status} document cannot be dispatched.").format(
            status=i18n.translate("Status", "Draft")) == "Документ в состоянии «Проект» нельзя отправить."
    finally:
        i18n.set_language("en")
    assert i18n.translate("Status", "Registered") == "Registered"


@pytest.mark.gui
def test_qt_translator_translates_the_main_window(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui import i18n as ui_i18n

    installed = ui_i18n.install(qapp, "az")
    try:
        assert installed, "docflow_az.qm could not be loaded"
        assert QCoreApplication.translate("MainWindow", "Inbox") == "Daxil olanlar"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fayl"
        # Plural forms come from the .qm as well.
        assert QCoreApplication.translate("SignDialog", "Sign %n document(s)", None, 3) == "3 sənədi imzala"
        # The core followed the UI's language.
        assert i18n.translate("Status", "Registered") == "Qeydiyyata alınıb"
    finally:
        for tr in installed:
            QCoreApplication.removeTranslator(tr)
        i18n.set_language("en")
    assert QCoreApplication.translate("MainWindow", "Inbox") == "Inbox"
