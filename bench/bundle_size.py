"""What the Linux bundle weighs, part by part, and packed: a table, before -> after.

    python bench/bundle_size.py                       build the bundle (installer/linux/build.sh) and measure it
    python bench/bundle_size.py DIST                  measure a build's output folder (DIST/Docflow + packages)
    python bench/bundle_size.py DIST --before OLD     compare with another output folder, or a JSON saved by --save
    python bench/bundle_size.py DIST --save FILE      also write the measurement as JSON (to compare later)

Sizes are the files' own sizes in MB (10^6 bytes; symbolic links count 0), grouped by the parts
listed in PARTS (first match wins). "Packed" are the files build.sh leaves beside the bundle:
the tarball, the .deb and the AppImage. The issue's targets: <= 200 MB unpacked, <= 90 MB packed.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1e6
TARGET_UNPACKED_MB, TARGET_PACKED_MB = 200, 90

# (part, globs relative to the bundle folder Docflow/; "*" stays inside one folder, "**" crosses
# folders); the first matching part takes a file.
PARTS: list[tuple[str, tuple[str, ...]]] = [
    ("programs (docflow, docflow-app)", ("docflow", "docflow-app", "docflow.exe", "docflow-app.exe")),
    ("OpenCV (cv2 + its libraries)", ("_internal/cv2/**", "_internal/opencv_python_headless.libs/**")),
    ("Qt: plug-ins", ("_internal/PySide6/Qt/plugins/**", "_internal/PySide6/plugins/**")),
    ("Qt: translations", ("_internal/PySide6/Qt/translations/**", "_internal/PySide6/translations/**")),
    ("Qt: ICU data and libraries", ("_internal/PySide6/Qt/lib/libicu*", "_internal/PySide6/icu*.dll")),
    ("Qt: libraries", ("_internal/PySide6/**", "_internal/shiboken6/**")),
    ("Python (libpython, stdlib)", ("_internal/libpython*", "_internal/python3*/**", "_internal/base_library.zip",
                                    "_internal/lib-dynload/**", "_internal/python3*.dll")),
    ("NumPy (+ OpenBLAS)", ("_internal/numpy/**", "_internal/numpy.libs/**", "_internal/numpy-*/**")),
    ("Pillow", ("_internal/PIL/**", "_internal/pillow.libs/**", "_internal/pillow-*/**")),
    ("PDF: pikepdf/qpdf, lxml", ("_internal/pikepdf*/**", "_internal/lxml/**", "_internal/lxml-*/**")),
    ("signing: cryptography, pyHanko, PKCS#11", ("_internal/cryptography*/**", "_internal/pyhanko*/**", "_internal/pkcs11/**",
                                                 "_internal/asn1crypto*/**", "_internal/oscrypto*/**", "_internal/_cffi*")),
    ("signing: stamp fonts (fontTools, HarfBuzz)", ("_internal/fontTools/**", "_internal/uharfbuzz/**")),
    ("signing: timestamps (aiohttp and helpers)", ("_internal/aiohttp/**", "_internal/multidict/**", "_internal/yarl/**",
                                                   "_internal/propcache/**", "_internal/frozenlist/**")),
    ("SQLAlchemy", ("_internal/sqlalchemy/**",)),
    ("Docflow (code data, translations)", ("_internal/desktop_app/**", "_internal/ui/**", "_internal/resources/**",
                                           "_internal/docflow_protocol/**")),
    ("system libraries (libssl, libxcb, ...)", ("_internal/*.so*", "_internal/*.dll")),
    ("other", ("**",)),
]
PACKED = (("tarball (.tar.gz)", "*.tar.gz"), ("Debian package (.deb)", "*.deb"), ("AppImage", "*.AppImage"))


def _regex(glob: str) -> re.Pattern:
    return re.compile("".join(".*" if tok == "**" else "[^/]*" if tok == "*" else re.escape(tok)
                              for tok in re.split(r"(\*\*|\*)", glob)) + r"\Z")


_COMPILED = [(name, [_regex(g) for g in globs]) for name, globs in PARTS]


def part_of(rel: str) -> str:
    for name, patterns in _COMPILED:
        if any(p.match(rel) for p in patterns):
            return name
    return "other"


def measure(dist: Path) -> dict:
    """{"parts": {part: bytes}, "total": bytes, "packed": {label: bytes}} of the output folder ``dist``."""
    bundle = dist / "Docflow"
    if not bundle.is_dir():
        raise SystemExit(f"bundle_size: {bundle} is not a bundle folder (no Docflow/ inside {dist})")
    parts: dict[str, int] = {name: 0 for name, _ in PARTS}
    for dirpath, _dirs, files in os.walk(bundle):
        for f in files:
            path = Path(dirpath) / f
            if path.is_symlink():
                continue
            parts[part_of(path.relative_to(bundle).as_posix())] += path.stat().st_size
    packed = {}
    for label, pattern in PACKED:
        found = sorted(dist.glob(pattern))
        if found:
            packed[label] = found[0].stat().st_size
    return {"parts": parts, "total": sum(parts.values()), "packed": packed}


def load(spec: str) -> dict:
    path = Path(spec)
    return json.loads(path.read_text()) if path.is_file() else measure(path)


def table(after: dict, before: dict | None) -> str:
    def mb(v: int | None) -> str:
        return "-" if v is None else f"{v / MB:.1f}"

    rows = [("part", "before MB", "after MB", "change MB")] if before else [("part", "MB")]
    names = list(after["parts"]) + [n for n in (before or {}).get("parts", {}) if n not in after["parts"]]
    for name in names:
        a, b = after["parts"].get(name, 0), (before or {}).get("parts", {}).get(name, 0)
        if not a and not b:
            continue
        rows.append((name, mb(b), mb(a), f"{(a - b) / MB:+.1f}") if before else (name, mb(a)))
    rows.append(("TOTAL unpacked (target <= %d MB)" % TARGET_UNPACKED_MB,) + (
        (mb(before["total"]), mb(after["total"]), f"{(after['total'] - before['total']) / MB:+.1f}")
        if before else (mb(after["total"]),)))
    for label, _ in PACKED:
        a, b = after["packed"].get(label), (before or {}).get("packed", {}).get(label)
        if a is None and b is None:
            continue
        name = f"packed: {label} (target <= {TARGET_PACKED_MB} MB)"
        rows.append((name, mb(b), mb(a), "" if a is None or b is None else f"{(a - b) / MB:+.1f}") if before
                    else (name, mb(a)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for i, r in enumerate(rows):
        lines.append("| " + " | ".join(c.ljust(widths[0]) if j == 0 else c.rjust(widths[j]) for j, c in enumerate(r)) + " |")
        if i == 0:
            lines.append("|" + "|".join("-" * (w + 2) if j == 0 else "-" * (w + 1) + ":" for j, w in enumerate(widths)) + "|")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dist", nargs="?", help="a build's output folder (default: build one into a temporary folder)")
    ap.add_argument("--before", help="an older output folder, or a JSON written by --save")
    ap.add_argument("--save", help="write this measurement as JSON")
    args = ap.parse_args(argv)
    if args.dist:
        after = measure(Path(args.dist))
    else:
        with tempfile.TemporaryDirectory(prefix="docflow-bundle-") as tmp:
            env = dict(os.environ, PYTHON=os.environ.get("PYTHON", sys.executable))
            subprocess.run(["bash", str(ROOT / "installer" / "linux" / "build.sh"), tmp], cwd=ROOT, env=env, check=True)
            after = measure(Path(tmp))
    before = load(args.before) if args.before else None
    print(table(after, before))
    if args.save:
        Path(args.save).write_text(json.dumps(after, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
