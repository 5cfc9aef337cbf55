"""Translation of user-visible strings in the Qt-free core.

Core code marks every user-visible string where it is written with
``translate("Context", "Source text")`` -- the same call shape ``pyside6-lupdate``
extracts -- so the az/ru/en ``.ts`` files in ``resources/translations`` carry them.
The core reads those ``.ts`` files itself (plain XML), so the CLI and the
services translate without importing Qt; the UI loads the compiled ``.qm`` files.
"""
from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from pathlib import Path

SUPPORTED_LANGUAGES = ("en", "az", "ru")
_TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

_lock = threading.Lock()
_catalog: dict[tuple[str, str], str] = {}
_language = "en"


def load_catalog(language: str, directory: Path = _TRANSLATIONS_DIR) -> dict[tuple[str, str], str]:
    """Return {(context, source): translation} read from ``docflow_<language>.ts``."""
    path = directory / f"docflow_{language}.ts"
    catalog: dict[tuple[str, str], str] = {}
    if not path.exists():
        return catalog
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            node = msg.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                catalog[(name, src)] = node.text
    return catalog


def set_language(language: str) -> None:
    """Switch the core's language (one of SUPPORTED_LANGUAGES; anything else means English)."""
    global _catalog, _language
    lang = language if language in SUPPORTED_LANGUAGES else "en"
    catalog = {} if lang == "en" else load_catalog(lang)
    with _lock:
        _catalog, _language = catalog, lang


def current_language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    """Translate ``text`` of ``context`` into the current language (source text if none)."""
    return _catalog.get((context, text), text)
