"""``docflow self-test`` from source: passes on a complete machine, and on one missing its tools
says exactly what to install, exit status 1 (the bundle tests run the frozen programs)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parents[2]


def _self_test(tmp_path: Path, *args: str, **env_extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"), **env_extra)
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", "self-test", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_self_test_passes_on_this_machine_and_leaves_nothing_behind(tmp_path, keyring_env):
    proc = _self_test(tmp_path, "--json", **keyring_env)
    report = json.loads(proc.stdout)
    assert proc.returncode == 0, json.dumps(report, indent=1, ensure_ascii=False)
    assert [c["key"] for c in report["checks"]] == ["profile", "import", "tesseract", "ocr", "signature", "keyring",
                                                     "scanners"]
    assert all(c["status"] == "ok" for c in report["checks"])
    assert "test:0" in next(c for c in report["checks"] if c["key"] == "scanners")["detail"]  # SANE's test device
    assert not (tmp_path / "data" / "Docflow").exists()  # the person's own profile was never opened


def test_self_test_names_what_to_install_when_tools_are_missing(tmp_path):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    proc = _self_test(tmp_path, "--lang", "en", PATH=str(empty), DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path}/none")
    assert proc.returncode == 1
    text = proc.stdout
    assert "sudo apt install tesseract-ocr tesseract-ocr-aze tesseract-ocr-aze-cyrl tesseract-ocr-rus tesseract-ocr-eng" in text
    assert "Not run: Tesseract or its languages are missing" in text
    assert "gnome-keyring" in text and "Scanning is not possible" in text
    assert "Result: 4 of 7 checks FAILED" in text
    # What does not need those tools still passed.
    assert text.count("[  OK   ]") == 3


@pytest.mark.gui
def test_windowed_self_test_shows_the_report(qtbot, tmp_path, keyring_env, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import selftest as ui_selftest

    for key, value in keyring_env.items():
        monkeypatch.setenv(key, value)
    import keyring.core

    keyring.core.init_backend()  # the keyring library picks its back-end once; point it at the test bus
    seen: dict = {}

    def close_when_done() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, ui_selftest.SelfTestDialog) and w.buttons.isEnabled():
                seen["text"] = w.text.toPlainText()
                w.reject()
                return
        QTimer.singleShot(200, close_when_done)

    QTimer.singleShot(200, close_when_done)
    rc = ui_selftest.run(QApplication.instance(), show=True, report_file=str(tmp_path / "r.txt"))
    assert rc == 0, seen.get("text")
    assert "offscreen" in seen["text"] and seen["text"] == (tmp_path / "r.txt").read_text().rstrip("\n")
