"""The core stays readable: a module of desktop_app/ over ~500 lines says at its top why it is one
piece, and every return type of the services is importable from desktop_app.services.types."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import desktop_app.services.types as types

REPO = Path(__file__).resolve().parents[2]
LIMIT = 520  # "about 500"


def test_long_modules_say_why():
    unexplained = []
    for path in sorted((REPO / "desktop_app").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") <= LIMIT or "/migrations/" in path.as_posix():
            continue
        doc = ast.get_docstring(ast.parse(text)) or ""
        if "500 lines" not in doc:
            unexplained.append(f"{path.relative_to(REPO)} ({text.count(chr(10))} lines)")
    assert not unexplained, "split these, or say at their top why they are one piece: " + ", ".join(unexplained)


def test_every_service_type_is_importable_from_one_place():
    for module in ("activity", "documents", "routing", "signing", "sync", "updates", "intake"):
        mod = importlib.import_module(f"desktop_app.services.types.{module}")
        defined = [n.name for n in ast.parse(Path(mod.__file__).read_text(encoding="utf-8")).body
                   if isinstance(n, ast.ClassDef) and not n.name.startswith("_")]
        assert defined and all(getattr(types, name) is getattr(mod, name) for name in defined), module


def _private_reaches(tree: ast.AST) -> list[str]:
    """``from m import _x`` and ``m._x`` where ``m`` is an imported module: another module's private."""
    modules = {a.asname or a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    modules |= {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    out = []
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom) and n.level == 0 and (n.module or "").split(".")[0] in ("desktop_app", "ui"):
            out += [f"from {n.module} import {a.name}" for a in n.names if a.name.startswith("_") and not a.name.startswith("__")]
        elif (isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id in modules
              and n.attr.startswith("_") and not n.attr.startswith("__")):
            out.append(f"{n.value.id}.{n.attr}")
    return out


#: Reaching into the standard library where it offers no public way: argparse's words ("usage:",
#: "the following arguments are required") pass through its module-level gettext ``_``; replacing it is
#: the only way to translate them short of shipping a gettext catalogue for argparse.
STDLIB_HOOKS = {"desktop_app/cli/__init__.py: argparse._",
                # the documented way for a child process to end without running its parent's cleanup
                "desktop_app/childproc.py: os._exit"}


def test_no_module_reaches_into_another_modules_privates():
    found = []
    for top in ("desktop_app", "ui"):
        for path in sorted((REPO / top).rglob("*.py")):
            if "/migrations/" in path.as_posix():
                continue
            found += [f"{path.relative_to(REPO)}: {r}"
                      for r in _private_reaches(ast.parse(path.read_text(encoding="utf-8")))]
    found = [f for f in found if f not in STDLIB_HOOKS]
    assert not found, "make these public (a helper with a docstring) or keep them in their module: " + "; ".join(found)


def test_the_private_check_sees_both_forms():
    tree = ast.parse("from desktop_app.search import _reindex\nfrom desktop_app import blobs\nblobs._drop(1)\nself._ok()\n")
    assert _private_reaches(tree) == ["from desktop_app.search import _reindex", "blobs._drop"]


#: Exceptions that are signals inside one module, never errors a caller handles: the self-test's
#: verdicts (a check raises one to set its status; the report catches it).
SIGNALS = {"desktop_app/selftest.py": {"CheckFailed", "CheckWarning"},
           # a command's outcome other than plain success (result, sentence, exit code), caught by the CLI's _run
           "desktop_app/cli/common.py": {"CliExit"}}


def test_every_error_class_is_in_the_one_hierarchy():
    """An error a caller may see is a class of desktop_app/errors.py (with a code), nowhere else."""
    stray = []
    for top in ("desktop_app", "ui"):
        for path in sorted((REPO / top).rglob("*.py")):
            rel = path.relative_to(REPO).as_posix()
            if rel == "desktop_app/errors.py" or "/migrations/" in rel:
                continue
            for n in ast.parse(path.read_text(encoding="utf-8")).body:
                bases = {ast.unparse(b).split(".")[-1] for b in n.bases} if isinstance(n, ast.ClassDef) else set()
                if (bases & {"Exception", "BaseException", "RuntimeError", "ValueError", "OSError"}
                        or any(b.endswith("Error") for b in bases)) and not n.name.startswith("_") \
                        and n.name not in SIGNALS.get(rel, ()):
                    stray.append(f"{rel}: {n.name}")
    assert not stray, "put these in desktop_app/errors.py with a code: " + ", ".join(stray)


def test_no_warnings_filter_is_swapped_at_run_time():
    """``warnings.catch_warnings`` swaps the process-wide filters: on a pool thread it changes them under
    every other thread (a warning elsewhere silenced, or an error filter lost). Libraries are quieted
    by their own options (Pillow's ``MAX_IMAGE_PIXELS``) or not asked to warn (pypdf logs what it
    mends; the preview's copy keeps no widget outside a form)."""
    uses = [str(p.relative_to(REPO)) for area in ("desktop_app", "ui") for p in sorted((REPO / area).rglob("*.py"))
            if "catch_warnings" in p.read_text(encoding="utf-8")]
    assert not uses, uses
