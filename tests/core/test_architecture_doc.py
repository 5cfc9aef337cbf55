"""docs/architecture.md stays honest: every file or folder it names exists, and its map of where
each kind of change goes covers the four kinds the code review measured."""
from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "architecture.md"
TOPS = ("desktop_app/", "ui/", "circulation_server/", "docflow_protocol/", "tests/", "docs/", "bench/", "resources/")
#: `path/like/this.py` or `path/like/this/`, written from the repository root.
_PATH = re.compile(r"`([A-Za-z_][\w./-]*)`")


def _named_paths(text: str) -> list[str]:
    found = []
    for token in _PATH.findall(text):
        if token.startswith(TOPS) and "<" not in token and (token.endswith("/") or "." in token.rsplit("/", 1)[-1]):
            found.append(token)
    return found


def test_every_path_it_names_exists():
    paths = _named_paths(DOC.read_text(encoding="utf-8"))
    assert len(paths) >= 40, paths  # the map names files, not only ideas
    missing = [p for p in paths if not (REPO / p).exists()]
    assert not missing, f"docs/architecture.md names files that do not exist: {missing}"


def test_the_map_covers_the_kinds_of_change():
    text = DOC.read_text(encoding="utf-8")
    for heading in ("**A word both sides of the protocol share**", "**A field on the registration card**",
                    "**An action on a route step**", "**A step of the sync cycle, or a change to one**"):
        assert heading in text, heading


def test_the_check_would_see_a_wrong_path():
    assert _named_paths("see `desktop_app/sync/nothing_here.py` and `docflow_protocol/`") == [
        "desktop_app/sync/nothing_here.py", "docflow_protocol/"]
