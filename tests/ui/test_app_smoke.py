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
