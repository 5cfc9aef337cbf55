"""The real entry point starts on a fresh profile with no server and closes cleanly."""
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui


def test_app_starts_on_a_fresh_profile_and_quits(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([sys.executable, "-m", "ui.app", "--profile", str(tmp_path / "fresh"), "--lang", "az",
                        "--quit-after", "3"], env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "fresh" / "docflow.sqlite3").exists()
    assert "Traceback" not in p.stderr


#: What the window must not load to show itself (issue 15/19, start-up <= 2 s): each costs 0.03-0.6 s of
#: imports and is loaded when its work first comes (the heavy stacks on a worker).
HEAVY_STACKS = ("fpdf", "fontTools", "numpy", "PIL", "pikepdf", "img2pdf", "pypdf", "requests", "urllib3", "pyhanko",
                "alembic", "holidays", "cryptography")


def test_the_window_modules_load_no_heavy_stack():
    code = ("import sys, ui.app, ui.main_window; "
            f"print(sorted(m for m in {HEAVY_STACKS!r} if m in sys.modules))")
    p = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "[]", f"imported with the window's modules: {p.stdout.strip()}"
