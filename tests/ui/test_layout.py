"""Every screen and dialog on a 1366×768 office laptop, at 100 % and at 200 % scaling, in Azerbaijani,
Russian and English: nothing cut off, nothing off the screen. Each run is its own process (the
screen, the scale and the language are fixed when Qt starts); the screenshots stay in tmp_path
for a person to look at when a run fails."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.layout_probe import screen_config

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scale", [1, 2], ids=["100%", "200%"])
@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_every_screen_fits_and_nothing_is_cut_off(tmp_path, lang, scale):
    cfg = screen_config(tmp_path / "screen.json", scale)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={cfg}", QT_SCALE_FACTOR=str(scale),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    p = subprocess.run([sys.executable, "-m", "tests.ui.layout_probe", "--lang", lang, "--out", str(tmp_path / "shots")],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert p.returncode == 0, p.stderr[-3000:]
    result = json.loads(p.stdout.strip().splitlines()[-1])
    assert len(result["shots"]) >= 20, "the probe did not reach every screen"
    assert result["problems"] == [], f"{lang} at {scale * 100}% (screenshots in {tmp_path / 'shots'}):\n" + "\n".join(
        result["problems"])
