"""Start the reference server for the tests so that it ends with the test run that started it.

``python -m tests.server.orphan_guard FD ARGS...`` runs ``python -m circulation_server ARGS...`` in this
process, with a thread that waits on FD, the read end of a pipe whose write end only the test run holds
(``serverproc.ServerHandle``). Nothing is ever written to it: when the test run ends however it ends
(killed, SIGKILL included, or crashed) the kernel closes its end, the read returns, and the server is
sent SIGTERM (its own graceful stop, workers included), then ended outright if it is still there after
``GRACE_SECONDS``. A killed pytest left servers running on their ports before.

A pipe rather than ``prctl(PR_SET_PDEATHSIG)``: the death signal follows the *thread* that started the
child (a fixture started from a worker thread would lose its server when that thread ends) and needs a
``preexec_fn``, which is unsafe in a process with threads (Qt's, the tests' servers').
"""
from __future__ import annotations

import os
import runpy
import signal
import sys
import threading
import time

GRACE_SECONDS = 15.0


def _watch(fd: int) -> None:
    while True:
        try:
            if not os.read(fd, 1):
                break  # end of file: the test run that started this server is gone
        except InterruptedError:
            continue
        except OSError:
            break
    print("orphan_guard: the test run that started this server ended; stopping", file=sys.stderr, flush=True)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(GRACE_SECONDS)
    os._exit(1)


def main() -> None:
    fd = int(sys.argv[1])
    sys.argv = [sys.argv[0], *sys.argv[2:]]
    threading.Thread(target=_watch, args=(fd,), name="orphan-guard", daemon=True).start()
    runpy.run_module("circulation_server", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
