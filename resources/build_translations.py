"""Build the az/ru/en translations: extract with pyside6-lupdate, fill from the glossaries, compile with lrelease.

    make translations      (or: python -m resources.build_translations)

Sources: every ``translate("Ctx", "...")`` in desktop_app/ and ``tr()``/``translate()`` in ui/.
``resources/translations/glossary_<lang>.json`` maps source text to its translation; a translator can also
edit the ``.ts`` files directly in Qt Linguist (lupdate keeps their work).

Qt's own words (OK, Cancel, the file dialog, the context menus of text fields, ...) come from
``qt_glossary_<lang>.json`` ({Qt context: {source: translation}}), compiled into ``qtbase_<lang>.qm``:
Qt ships no Azerbaijani catalogue, and shipping ours for Russian as well keeps a bundle that drops
Qt's translations folder in the person's language.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
LANGS = ("az", "ru", "en")


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    files = []
    for pkg in ("desktop_app", "ui"):
        files += [str(p.relative_to(ROOT)) for p in sorted((ROOT / pkg).rglob("*.py"))]
    return files


def fill(ts: Path, glossary: dict[str, str]) -> int:
    """Write the glossary's translations into ``ts``. A key ``"Context|source"`` translates that
    source in that context only (e.g. a short column header) and wins over the plain ``"source"``."""
    tree = ET.parse(ts)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            text = glossary.get(f"{name}|{src}", glossary.get(src))
            if tr is None or text is None:
                continue
            # The glossary is the source of truth (parallel branches merge glossaries, then regenerate).
            if tr.get("type") == "unfinished" or tr.text != text:
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def qt_ts(glossary: dict[str, dict[str, str]], lang: str) -> str:
    """A Qt Linguist file for Qt's own strings (contexts and sources exactly as Qt writes them)."""
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    for context in sorted(glossary):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source in sorted(glossary[context]):
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation").text = glossary[context][source]
    ET.indent(root)
    return "<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n" + ET.tostring(root, encoding="unicode") + "\n"


def build_qt(lang: str) -> Path | None:
    """qt_glossary_<lang>.json -> qtbase_<lang>.ts -> qtbase_<lang>.qm (None when there is no glossary)."""
    gl = OUT / f"qt_glossary_{lang}.json"
    if not gl.exists():
        return None
    ts = OUT / f"qtbase_{lang}.ts"
    ts.write_text(qt_ts(json.loads(gl.read_text("utf-8")), lang), "utf-8")
    qm = OUT / f"qtbase_{lang}.qm"
    _release(ts, qm)
    return qm


def _release(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` beside it, then rename it into place: a running Docflow maps its .qm
    files into memory, and one rewritten in place under it reads garbage (or crashes)."""
    tmp = qm.with_name(qm.name + ".new")
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(tmp)], cwd=ROOT, check=True, capture_output=True)
    os.replace(tmp, qm)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    files = sources()
    for lang in LANGS:
        ts = OUT / f"docflow_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-source-language", "en",
                        "-target-language", lang, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
        gl = OUT / f"glossary_{lang}.json"
        n = fill(ts, json.loads(gl.read_text("utf-8"))) if gl.exists() else 0
        _release(ts, OUT / f"docflow_{lang}.qm")
        print(f"{lang}: {ts.name} (+{n} from glossary) -> docflow_{lang}.qm")
        qm = build_qt(lang)
        if qm is not None:
            print(f"{lang}: Qt's own strings -> {qm.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
