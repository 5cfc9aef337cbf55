"""A private, real Secret Service for tests: its own D-Bus session bus plus gnome-keyring.

``SecretServiceSession.start()`` starts ``dbus-daemon --session`` with a private
config, then ``gnome-keyring-daemon --unlock --components=secrets`` on that bus
(a throwaway password on stdin creates and unlocks the ``login`` collection),
and returns the environment a process needs to talk to it
(``DBUS_SESSION_BUS_ADDRESS`` and a private ``XDG_RUNTIME_DIR``/``HOME`` for the
keyring files). Nothing of the user's own session is touched.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field

_DAEMONS = ("dbus-daemon", "gnome-keyring-daemon")


def available() -> str | None:
    """Return None if the daemons are installed, else a sentence saying what is missing."""
    missing = [d for d in _DAEMONS if shutil.which(d) is None]
    if missing:
        return "not installed: " + ", ".join(missing) + " (see scripts/apt-packages.txt)"
    return None


@dataclass
class SecretServiceSession:
    """A running private D-Bus session with an unlocked gnome-keyring on it."""

    root: str
    env: dict[str, str]
    pids: list[int] = field(default_factory=list)

    @classmethod
    def start(cls, password: str = "throwaway-test-keyring") -> "SecretServiceSession":
        root = tempfile.mkdtemp(prefix="docflow-secrets-")
        runtime = os.path.join(root, "run")
        home = os.path.join(root, "home")
        os.makedirs(runtime, mode=0o700)
        os.makedirs(os.path.join(home, ".local", "share", "keyrings"), mode=0o700)
        env = dict(os.environ, XDG_RUNTIME_DIR=runtime, HOME=home,
                   XDG_DATA_HOME=os.path.join(home, ".local", "share"))
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        sock = os.path.join(runtime, "bus")
        out = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1",
             f"--address=unix:path={sock}"],
            env=env, capture_output=True, text=True, timeout=20, check=True)
        lines = out.stdout.split()
        address, dbus_pid = lines[0], int(lines[1])
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        session = cls(root=root, env=env, pids=[dbus_pid])
        try:
            kr = subprocess.run(
                ["gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize"],
                input=password, env=env, capture_output=True, text=True, timeout=20, check=True)
            for line in kr.stdout.splitlines():
                if line.startswith("GNOME_KEYRING_CONTROL="):
                    env["GNOME_KEYRING_CONTROL"] = line.split("=", 1)[1]
            session._wait_ready()
        except Exception:
            session.stop()
            raise
        return session

    def _wait_ready(self, timeout: float = 15.0) -> None:
        """Wait until org.freedesktop.secrets answers on the private bus."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            r = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                 "/org/freedesktop/DBus", "org.freedesktop.DBus.GetConnectionUnixProcessID",
                 "string:org.freedesktop.secrets"],
                env=self.env, capture_output=True, text=True, timeout=10)
            if r.returncode == 0:
                pid = int(r.stdout.split()[-1])
                if pid not in self.pids:
                    self.pids.append(pid)
                return
            time.sleep(0.1)
        raise RuntimeError("gnome-keyring did not register org.freedesktop.secrets on the test bus")

    def apply(self) -> dict[str, str | None]:
        """Point this process at the private bus; return the old values for ``restore``."""
        keys = ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")
        old = {k: os.environ.get(k) for k in keys}
        for k in keys:
            os.environ[k] = self.env[k]
        return old

    @staticmethod
    def restore(old: dict[str, str | None]) -> None:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v

    def keyring_files(self) -> list[str]:
        """Paths of the keyring's on-disk files (encrypted by gnome-keyring)."""
        found = []
        for dirpath, _dirs, files in os.walk(os.path.join(self.root, "home")):
            found.extend(os.path.join(dirpath, f) for f in files)
        return found

    def stop(self) -> None:
        # Keyring first (it is a client of the bus), then the bus; only our own pids.
        for pid in reversed(self.pids):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        self.pids.clear()
        shutil.rmtree(self.root, ignore_errors=True)
