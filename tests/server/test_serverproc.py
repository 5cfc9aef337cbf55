"""The tests' reference servers and private PostgreSQL clusters end with the test run that started
them (tests/server/orphan_guard.py): a pytest killed outright (SIGKILL, no fixture teardown) left its
servers running on their ports before."""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from tests.server.serverproc import REPO_ROOT, start_deadline_seconds

_RUN = textwrap.dedent("""
    import sys, time
    from tests.server.serverproc import start_server
    srv = start_server(sys.argv[1])
    print(srv.proc.pid, srv.port, flush=True)
    time.sleep(600)
""")
_RUN_PG = textwrap.dedent("""
    import sys, time
    from tests.server.serverproc import start_postgres
    pg = start_postgres()
    print(open(pg.root / "data" / "postmaster.pid").readline().strip(), pg.root, flush=True)
    time.sleep(600)
""")


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting for its reaper has ended)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@contextlib.contextmanager
def _killed_run(code: str, *args: str) -> Iterator[tuple[list[str], Callable[[int], None]]]:
    """A stand-in test run running ``code``: yields the words of the line it prints once its process is up,
    and ``kill(pid)``, which kills the run outright (SIGKILL: no teardown) and waits until ``pid`` has
    ended too, or the deadline. Whatever is left of ``pid`` is killed at the end."""
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    run = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, cwd=str(REPO_ROOT), env=env)
    started: list[int] = []

    def kill(pid: int) -> None:
        started.append(pid)
        assert _alive(pid)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=10)
        deadline = time.monotonic() + start_deadline_seconds()
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)

    try:
        line = run.stdout.readline()
        assert line, "the stand-in test run did not start its process"
        yield line.split(), kill
    finally:
        if run.poll() is None:
            run.kill()
            run.wait(timeout=10)
        for pid in started:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)  # a process this test started, if its guard failed
        run.stdout.close()


def test_a_killed_test_run_takes_its_server_with_it(tmp_path):
    with _killed_run(_RUN, str(tmp_path)) as (words, kill):
        server = int(words[0])
        kill(server)
        assert not _alive(server), "the server outlived the test run that started it"


def test_a_killed_test_run_stops_its_postgresql_cluster():
    """The private cluster runs as a daemon of its own (pg_ctl): the run's watcher stops it and removes
    its files when the run is killed."""
    with _killed_run(_RUN_PG) as (words, kill):
        postmaster, root = int(words[0]), Path(words[1])
        kill(postmaster)
        assert not _alive(postmaster), "the cluster outlived the test run that started it"
        deadline = time.monotonic() + 10
        while root.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not root.exists()
