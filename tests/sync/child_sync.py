"""A desk's sync run in its own process, so a test can SIGKILL it at any instant.

    python -m tests.sync.child_sync PROFILE_DIR

Opens the profile (settings already name the server and workstation; the token is in the
Secret Service named by DBUS_SESSION_BUS_ADDRESS), syncs until one cycle succeeds, prints DONE.
"""
from __future__ import annotations

import sys
import time

from keyring.backends.SecretService import Keyring

from desktop_app.services.context import AppContext
from desktop_app.sync.client import TransientError
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.engine import SyncEngine


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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
