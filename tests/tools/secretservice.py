"""A private, real Secret Service for tests: its own D-Bus session bus plus gnome-keyring.

``SecretServiceSession.start()`` starts ``dbus-daemon --session`` on a private
socket, then ``gnome-keyring-daemon --unlock --components=secrets`` on that bus
(a throwaway password on stdin creates and unlocks the ``login`` collection),
and returns the environment a process needs to talk to it
(``DBUS_SESSION_BUS_ADDRESS`` and a private ``XDG_RUNTIME_DIR``/``HOME`` for the
keyring files). Nothing of the user's own session is touched.
"""
from __future__ import annotations

import ctypes
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


def die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """The daemon gets SIGTERM when the process that started it ends, however it ends (a test run
    killed by its timeout, an xdist worker that crashed): no bus or keyring outlives its test session."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


_PR_SET_PDEATHSIG = 1


@dataclass
class SecretServiceSession:
    """A running private D-Bus session with an unlocked gnome-keyring on it.

    Both daemons are this process's own children (``--nofork`` / ``--foreground``, not daemonised):
    :meth:`stop` ends and reaps them (no zombie left for init), and the kernel ends them if this
    process dies first (``PR_SET_PDEATHSIG``) -- they used to be re-parented to init and outlive
    an interrupted run."""

    root: str
    env: dict[str, str]
    pids: list[int] = field(default_factory=list)
    procs: list[subprocess.Popen] = field(default_factory=list)

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
        session = cls(root=root, env=env)
        try:
            bus = subprocess.Popen(
                ["dbus-daemon", "--session", "--nofork", "--print-address=1", f"--address=unix:path={sock}"],
                env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                preexec_fn=die_with_parent)
            session._own(bus)
            address = bus.stdout.readline().strip()  # printed once the bus listens
            bus.stdout.close()
            if not address:
                raise RuntimeError(f"dbus-daemon did not start (exit status {bus.poll()})")
            env["DBUS_SESSION_BUS_ADDRESS"] = address
            control = open(os.path.join(root, "keyring.out"), "w+")  # noqa: SIM115 - read below, closed here
            with control:
                kr = subprocess.Popen(
                    ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                    env=env, stdin=subprocess.PIPE, stdout=control, stderr=subprocess.DEVNULL, text=True,
                    preexec_fn=die_with_parent)
                session._own(kr)
                kr.stdin.write(password)
                kr.stdin.close()
                session._wait_ready()
                control.seek(0)
                for line in control.read().splitlines():
                    if line.startswith("GNOME_KEYRING_CONTROL="):
                        env["GNOME_KEYRING_CONTROL"] = line.split("=", 1)[1]
        except Exception:
            session.stop()
            raise
        return session

    def _own(self, proc: subprocess.Popen) -> None:
        self.procs.append(proc)
        self.pids.append(proc.pid)

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
        """End the keyring, then the bus (it is the keyring's bus), reaping each; then remove the files
        (after the daemons are gone: the keyring writes on its way out)."""
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        self.procs.clear()
        self.pids.clear()
        shutil.rmtree(self.root, ignore_errors=True)
