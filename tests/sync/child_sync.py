"""A desk's sync run in its own process, so a test can SIGKILL it at any instant.

    python -m tests.sync.child_sync PROFILE_DIR
    python -m tests.sync.child_sync --zygote

Opens the profile (settings already name the server and workstation; the token is in the
Secret Service named by DBUS_SESSION_BUS_ADDRESS), syncs until one cycle succeeds, prints DONE.

``--zygote`` imports all that once and then forks one such run per line read from stdin
(``PROFILE<TAB>LOG``): it prints ``pid N`` as the run starts and ``exit N STATUS`` when it has
ended (killed: minus the signal). A test that kills 60 runs pays the 1.6 s of imports once, not
60 times (the kill test came near its 300 s timeout on a loaded machine); each run is still a
process of its own, killed at a random instant.
"""
from __future__ import annotations

import os
import sys
import time
import traceback

from keyring.backends.SecretService import Keyring

from desktop_app.services.context import AppContext
from desktop_app.sync.client import TransientError
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.engine import SyncEngine
from tests.tools.secretservice import die_with_parent


def main(profile: str) -> int:
    ctx = AppContext.open(profile)
    engine = SyncEngine(ctx, CredentialStore(Keyring()))
    for _ in range(100):
        try:
            engine.sync_now()
            print("DONE", flush=True)
            return 0
        except TransientError:
            time.sleep(0.2)
    return 1


def zygote() -> int:
    for line in sys.stdin:
        profile, log = line.rstrip("\n").split("\t")
        pid = os.fork()  # this process has no threads: nothing is running when it forks
        if pid == 0:
            code = 1
            try:
                die_with_parent()  # a run never outlives its zygote
                fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(fd, 1)
                os.dup2(fd, 2)
                os.close(fd)
                devnull = os.open(os.devnull, os.O_RDONLY)
                os.dup2(devnull, 0)  # the zygote's orders are not the run's
                code = main(profile)
            except BaseException:  # noqa: BLE001 - the run's failure goes to its log, the test reads it
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {pid} {os.waitstatus_to_exitcode(status)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(zygote() if sys.argv[1] == "--zygote" else main(sys.argv[1]))
