"""The app's child processes (desktop_app/childproc.py) end with the app, however it ends."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

APP = textwrap.dedent("""
    import os, sys, time
    from desktop_app.signing.worker import SigningWorker
    worker = SigningWorker()
    print(worker.call(os.getpid), flush=True)  # the child's pid, once it runs
    time.sleep(600)
""")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as f:  # a zombie waiting for its parent to read it has ended
        return f.read().split(")")[-1].split()[0] != "Z"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals; on Windows the child watches the app's process handle")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_the_signing_child_ends_with_an_app_ended_by_a_signal(sig):
    """Seen after the walks: desks ended with SIGTERM left their signing process and its fork server
    running for hours, one pair per desk. A real app process, a real child; the child is gone within
    seconds of the app."""
    app = subprocess.Popen([sys.executable, "-c", APP], stdout=subprocess.PIPE, text=True)
    try:
        child = int(app.stdout.readline())
        assert child != app.pid and _alive(child)
        with open(f"/proc/{child}/stat") as f:
            server = int(f.read().split(")")[-1].split()[1])  # the fork server that forked it (or the app)
        app.send_signal(sig)
        app.wait(30)
        end = time.monotonic() + 30
        while (_alive(child) or (server != app.pid and _alive(server))) and time.monotonic() < end:
            time.sleep(0.1)
        assert not _alive(child), "the signing child outlived the app"
        assert server == app.pid or not _alive(server), "the fork server outlived the app"
    finally:
        for pid in (locals().get("child"), locals().get("server")):  # never left behind by a failure
            if pid and pid != app.pid and _alive(pid):
                os.kill(pid, signal.SIGKILL)
        app.kill()
        app.wait(10)
        app.stdout.close()
