"""Start the reference server for the tests so that it ends with the test run that started it.

``python -m tests.server.orphan_guard FD ARGS...`` runs ``python -m circulation_server ARGS...`` in this
process, with a thread that waits on FD, the read end of a pipe whose write end only the test run holds
(``serverproc.ServerHandle``). Nothing is ever written to it: when the test run ends however it ends
(killed, SIGKILL included, or crashed) the kernel closes its end, the read returns, and the server is
sent SIGTERM (its own graceful stop, workers included), then ended outright if it is still there after
``GRACE_SECONDS``. A killed pytest left servers running on their ports before.

The private PostgreSQL cluster (``start_postgres``: ``pg_ctl`` runs it as a daemon) gets a watcher of
its own (``--then``): a small process in its own session that waits on such a pipe, then stops the
cluster and removes its files.

A pipe rather than ``prctl(PR_SET_PDEATHSIG)``: the death signal follows the *thread* that started the
child (a fixture started from a worker thread would lose its server when that thread ends) and needs a
``preexec_fn``, which is unsafe in a process with threads (Qt's, the tests' servers').
"""
from __future__ import annotations

import os
import runpy
import shutil
import signal
import subprocess
import sys
import threading
import time

GRACE_SECONDS = 15.0


def _watch(fd: int) -> None:
    _wait_for_end(fd)  # end of file: the test run that started this server is gone
    print("orphan_guard: the test run that started this server ended; stopping", file=sys.stderr, flush=True)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(GRACE_SECONDS)
    os._exit(1)


def _wait_for_end(fd: int) -> None:
    while True:
        try:
            if not os.read(fd, 1):
                return
        except InterruptedError:
            continue
        except OSError:
            return


def then(fd: int, folder: str, cmd: list[str]) -> None:
    """``--then FD FOLDER CMD...``: a process of its own that, at the test run's end (or when the handle
    lets go), runs CMD (stopping the private PostgreSQL cluster, which ``pg_ctl`` started as a daemon)
    and removes FOLDER (the cluster's files)."""
    _wait_for_end(fd)
    try:
        subprocess.run(cmd, capture_output=True, timeout=60)  # an already stopped cluster: pg_ctl says so, no harm
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    if sys.argv[1] == "--then":
        then(int(sys.argv[2]), sys.argv[3], sys.argv[4:])
        return
    fd = int(sys.argv[1])
    sys.argv = [sys.argv[0], *sys.argv[2:]]
    threading.Thread(target=_watch, args=(fd,), name="orphan-guard", daemon=True).start()
    runpy.run_module("circulation_server", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
