"""Build the az/ru/en translations: extract with pyside6-lupdate, fill from the glossaries, compile with lrelease.

    make translations      (or: python -m resources.build_translations)

Sources: every ``translate("Ctx", "...")`` in desktop_app/ and ``tr()``/``translate()`` in ui/.
``resources/translations/glossary_<lang>.json`` maps source text to its translation; a translator can also
edit the ``.ts`` files directly in Qt Linguist (lupdate keeps their work).
"""
from __future__ import annotations

import json
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
    tree = ET.parse(ts)
    filled = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None or src not in glossary:
            continue
        if tr.get("type") == "unfinished" or not tr.text:
            tr.text = glossary[src]
            tr.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    files = sources()
    for lang in LANGS:
        ts = OUT / f"docflow_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-source-language", "en",
                        "-target-language", lang, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
        gl = OUT / f"glossary_{lang}.json"
        n = fill(ts, json.loads(gl.read_text("utf-8"))) if gl.exists() else 0
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(OUT / f"docflow_{lang}.qm")],
                       cwd=ROOT, check=True, capture_output=True)
        print(f"{lang}: {ts.name} (+{n} from glossary) -> docflow_{lang}.qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
