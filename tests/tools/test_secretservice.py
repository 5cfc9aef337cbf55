"""The private Secret Service of the tests leaves nothing running: stopped, its daemons are ended and
reaped and its files removed; and when the process that started it dies without stopping it (a run
killed by its timeout, a crashed xdist worker) the daemons end with it (they used to be re-parented
to init and stay, a dbus-daemon and a gnome-keyring-daemon per interrupted session)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.tools import secretservice

ROOT = Path(__file__).resolve().parents[2]


def _alive(pid: int) -> bool:
    """Running (a zombie counts as gone: it has ended and waits only for its parent)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def _gone(pids: list[int], seconds: float = 20.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.05)
    return False


def test_stop_ends_and_reaps_both_daemons_and_removes_the_files():
    session = secretservice.SecretServiceSession.start()
    pids, root = list(session.pids), session.root
    assert len(pids) == 2 and all(_alive(p) for p in pids)
    session.stop()
    for pid in pids:  # reaped by us: not even a zombie is left
        assert not Path(f"/proc/{pid}").exists()
    assert not os.path.exists(root)


def test_the_daemons_end_with_the_process_that_started_them():
    child = ("import os, sys\n"
             "from tests.tools.secretservice import SecretServiceSession\n"
             "s = SecretServiceSession.start()\n"
             "print(' '.join(map(str, s.pids)), s.root, flush=True)\n"
             "os._exit(0)\n")  # no stop(): as a killed test run
    out = subprocess.run([sys.executable, "-c", child], cwd=ROOT, capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.returncode == 0, out.stderr
    *pids, root = out.stdout.split()
    try:
        assert _gone([int(p) for p in pids]), "a daemon outlived the test session that started it"
    finally:
        shutil.rmtree(root, ignore_errors=True)
