"""A smaller ICU data library for the Linux bundle: the languages Docflow speaks, not all of them.

PySide6's Qt links ICU, whose data library ``libicudata.so.<N>`` (32 MB) holds the locale data
of ~800 locales, ~190 legacy character-set converters, transliteration rules and the Chinese,
Japanese, Thai, Lao, Khmer and Burmese word-break dictionaries. Qt uses ICU for collation
(sorting), text boundaries, case mapping and time zones; Docflow needs those for Azerbaijani,
Russian and English only. :func:`filtered_icu_data` extracts the data package from the
library, removes the rest with ICU's own ``icupkg`` (package icu-devtools) and links the result
into a library of the same name and symbol (``icudt<N>_dat``) with gcc. Used by docflow.spec.
"""
from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

KEPT_LANGUAGES = ("az", "ru", "en")
# Legacy 8-bit code pages an Azerbaijani/Russian office may still meet (the Unicode ones and
# Latin-1/ASCII are built into ICU's code, not data): windows-1251/1252/1254, KOI8-R, CP866,
# ISO-8859-5/-9.
KEPT_CONVERTERS = {"ibm-5347_P100-1998.cnv", "ibm-5348_P100-1997.cnv", "ibm-5350_P100-1998.cnv",
                   "ibm-878_P100-1996.cnv", "ibm-866_P100-1995.cnv", "ibm-915_P100-1995.cnv",
                   "ibm-920_P100-1995.cnv"}
# Data no Qt widget application asks for: character names, transliteration, the dictionaries
# for word breaks in scripts without spaces.
DROPPED_TREES = ("translit/",)
DROPPED_ITEMS = {"unames.icu"}
DROPPED_SUFFIXES = (".dict",)
_LOCALE = re.compile(r"^(?:[a-z]+/)?([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")
_NOT_LOCALES = {"res_index", "pool", "root"}


def keep_item(item: str) -> bool:
    """Whether the ICU data item ``item`` (as ``icupkg -l`` names it, e.g. ``coll/ru.res``) stays."""
    name = item.rsplit("/", 1)[-1]
    if item in DROPPED_ITEMS or item.startswith(DROPPED_TREES) or name.endswith(DROPPED_SUFFIXES):
        return False
    if name.endswith(".cnv"):
        return name in KEPT_CONVERTERS
    m = _LOCALE.match(item)
    if m and name[:-4] not in _NOT_LOCALES:
        return m.group(1) in KEPT_LANGUAGES
    return True


def _run(cmd: list[str], **kw) -> str:
    proc = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.strip()[-800:]}")
    return proc.stdout


def _data_symbol(library: Path) -> tuple[str, bytes]:
    """(symbol name, bytes) of the ``icudt<N>_dat`` object in the ICU data library."""
    symbols = _run(["readelf", "-Ws", str(library)])
    m = re.search(r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+DEFAULT\s+(\d+)\s+(icudt\d+_dat)\b", symbols)
    if m is None:
        raise RuntimeError(f"{library} has no icudt<N>_dat symbol")
    addr, size, section = int(m.group(1), 16), int(m.group(2), 0), int(m.group(3))
    for line in _run(["readelf", "-SW", str(library)]).splitlines():
        s = re.match(r"\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if s and int(s.group(1)) == section:
            offset = addr - int(s.group(2), 16) + int(s.group(3), 16)
            with open(library, "rb") as f:
                f.seek(offset)
                return m.group(4), f.read(size)
    raise RuntimeError(f"{library}: section {section} of {m.group(4)} not found")


def filtered_icu_data(library: Path, out_dir: Path) -> Path:
    """Write ``out_dir/<library name>``: ``library`` with only the data :func:`keep_item` keeps."""
    library, out_dir = Path(library), Path(out_dir)
    symbol, data = _data_symbol(library)
    soname = library.name
    with tempfile.TemporaryDirectory(prefix="docflow-icu-") as tmp:
        work = Path(tmp)
        # icupkg wants the package's own name (icudt73l.dat: version 73, little-endian).
        package = symbol.removesuffix("_dat") + "l.dat"
        (work / "in").mkdir()
        (work / "out").mkdir()
        full, small = work / "in" / package, work / "out" / package
        full.write_bytes(data)
        items = [ln.strip() for ln in _run(["icupkg", "-l", str(full)]).splitlines() if ln.strip()]
        dropped = [i for i in items if not keep_item(i)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n")
        # Only the word-break dictionaries may be missing (ICU then breaks those scripts by rules);
        # any other dangling dependency means the lists above are wrong.
        check = subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(full), str(small)],
                               capture_output=True, text=True)
        missing = set(re.findall(r"depends on missing item (\S+)", check.stderr))
        if check.returncode != 0 and (not missing or any(not m.endswith(DROPPED_SUFFIXES) for m in missing)):
            raise RuntimeError(f"icupkg: {check.stderr.strip()[-800:]}")
        if check.returncode != 0:
            _run(["icupkg", "--ignore-deps", "-r", str(work / "drop.txt"), str(full), str(small)])
        (work / "data.S").write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n'
            f'.incbin "{small}"\n.size {symbol}, .-{symbol}\n.section .note.GNU-stack,"",@progbits\n')
        out_dir.mkdir(parents=True, exist_ok=True)
        out = out_dir / soname
        _run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out), str(work / "data.S")])
        _run(["strip", str(out)])
    return out
