"""``make screenshots`` drives the real window through scripts/screenshots.py, which the suite does not
run (it needs Xvfb, a PKI and minutes). Every window attribute it reaches for must exist, so a
refactor cannot break the guide's pictures unseen (one did: register_selected moved to window_actions)."""
import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


def test_every_window_path_the_screenshot_script_uses_exists(window):
    tree = ast.parse((Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py").read_text(encoding="utf-8"))
    paths = set()
    for node in ast.walk(tree):
        parts, n = [], node
        while isinstance(n, ast.Attribute):
            parts.append(n.attr)
            n = n.value
        if parts and isinstance(n, ast.Name) and n.id == "w":  # the script's main window
            paths.add(tuple(reversed(parts)))
    assert len(paths) > 10, paths
    missing = []
    for path in sorted(paths):
        obj = window
        for name in path:
            if not hasattr(obj, name):
                missing.append("w." + ".".join(path))
                break
            obj = getattr(obj, name)
    assert not missing, f"scripts/screenshots.py uses what the window no longer has: {missing}"
