"""The tests' reference servers end with the test run that started them: a pytest killed outright
(SIGKILL, no fixture teardown) left its servers running on their ports before."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from tests.server.serverproc import REPO_ROOT, start_deadline_seconds

_RUN = textwrap.dedent("""
    import sys, time
    from tests.server.serverproc import start_server
    srv = start_server(sys.argv[1])
    print(srv.proc.pid, srv.port, flush=True)
    time.sleep(600)
""")


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting for its reaper has ended)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_killed_test_run_takes_its_server_with_it(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    run = subprocess.Popen([sys.executable, "-c", _RUN, str(tmp_path)], stdout=subprocess.PIPE, text=True, cwd=str(REPO_ROOT),
                           env=env)
    server = None
    try:
        line = run.stdout.readline()
        assert line, "the stand-in test run did not start its server"
        server = int(line.split()[0])
        assert _alive(server)
        run.send_signal(signal.SIGKILL)  # as a killed pytest: no teardown runs
        run.wait(timeout=10)
        deadline = time.monotonic() + start_deadline_seconds()
        while _alive(server) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(server), "the server outlived the test run that started it"
    finally:
        if run.poll() is None:
            run.kill()
            run.wait(timeout=10)
        if server is not None and _alive(server):
            os.kill(server, signal.SIGKILL)  # the process this test started, if the guard failed
        run.stdout.close()
