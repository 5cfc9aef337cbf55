"""SIGKILL the syncing process at random moments during a large upload and during a pull.

After each kill the next run continues where the last one stopped (no completed byte is sent
again), and when it finishes every operation has been applied exactly once on the server.
"""
from __future__ import annotations

import hashlib
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import OutboxOp, SyncTransfer
from desktop_app.sync.client import SyncClient
from tests.sync.conftest import url_via
from tests.sync.desks import Desk
from tests.tools.secretservice import die_with_parent

REPO = Path(__file__).resolve().parents[2]
KILLS_UP, KILLS_DOWN = 30, 30  # 60 SIGKILLs in all
SIZE = 8 * 1024 * 1024


class _Zygote:
    """``tests.sync.child_sync --zygote``: the child runs forked from one process that imported the
    app once (each run is still its own process, SIGKILLed at a random instant)."""

    def __init__(self, logs: Path):
        self.logs = logs
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.sync.child_sync", "--zygote"], cwd=str(REPO),
                                     env=dict(os.environ, PYTHONPATH=str(REPO)), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, preexec_fn=die_with_parent)
        self.lines: queue.Queue = queue.Queue()
        self.exits: dict[int, int] = {}
        self.runs = 0
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.split())
        self.lines.put(None)

    def _next(self, timeout: float) -> list[str]:
        words = self.lines.get(timeout=timeout)
        assert words is not None, f"the zygote ended (exit status {self.proc.poll()})"
        return words

    def spawn(self, profile: Path) -> int:
        self.runs += 1
        log = self.logs / f"run-{self.runs}.log"
        self.proc.stdin.write(f"{profile}\t{log}\n")
        self.proc.stdin.flush()
        words = self._next(60)
        assert words[0] == "pid", words
        return int(words[1])

    def poll(self, pid: int) -> int | None:
        """The run's exit status if it has ended, else None (never waits)."""
        while pid not in self.exits:
            try:
                words = self.lines.get_nowait()
            except queue.Empty:
                return None
            assert words is not None and words[0] == "exit", words
            self.exits[int(words[1])] = int(words[2])
        return self.exits[pid]

    def wait(self, pid: int, timeout: float) -> int:
        end = time.monotonic() + timeout
        while self.poll(pid) is None:
            words = self._next(max(0.0, end - time.monotonic()))
            assert words[0] == "exit", words
            self.exits[int(words[1])] = int(words[2])
        return self.exits[pid]

    def log(self) -> str:
        return (self.logs / f"run-{self.runs}.log").read_text(errors="replace")

    def close(self) -> None:
        self.proc.stdin.close()  # the zygote ends after its run (a run left by a failed test dies with it)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.reader.join(timeout=10)
        self.proc.stdout.close()


def _upload_url(profile: Path, sha: str) -> str | None:
    db = Database(profile / "docflow.sqlite3")
    try:
        with db.read() as s:
            return s.execute(select(SyncTransfer.upload_url).where(SyncTransfer.direction == "up",
                                                                   SyncTransfer.sha256 == sha)).scalar()
    finally:
        db.close()


def _kill_loop(zygote: _Zygote, profile: Path, carried, progress, rng: random.Random, kills: int) -> list[int]:
    """``kills`` runs of the child, each SIGKILLed once the link has carried a random number of
    bytes (30-250 KB) in this run -- a random moment of the transfer, whatever the machine's
    speed. Returns the progress measured after each kill. (The range stays well below
    SIZE / kills: on a loaded machine the kill lands late and more bytes slip through, and the
    transfer must still be unfinished after the last kill.)"""
    seen = []
    for _ in range(kills):
        start = carried()
        at = start + rng.randint(30_000, 250_000)
        pid = zygote.spawn(profile)
        deadline = time.monotonic() + 30
        while carried() < at and zygote.poll(pid) is None and time.monotonic() < deadline:
            time.sleep(0.005)
        if zygote.poll(pid) is None:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it ended (and was reaped) just now
        zygote.wait(pid, timeout=10)
        seen.append(progress())
    return seen


def _finish(zygote: _Zygote, profile: Path) -> None:
    status = zygote.wait(zygote.spawn(profile), timeout=120)
    out = zygote.log()
    assert status == 0 and "DONE" in out, out[-3000:]


@pytest.fixture
def zygote(tmp_path, keyring_backend):
    """Started once the test's Secret Service is this process's (the runs inherit its address)."""
    z = _Zygote(tmp_path)
    yield z
    z.close()


@pytest.mark.slow
def test_sigkill_during_upload_and_pull(tmp_path, link, test_ca, keyring_backend, tls_server, zygote):
    rng = random.Random(20261126)
    link._up.rate_bps = link._down.rate_bps = 4_000_000  # slow enough that a late kill slips little
    a1 = Desk(tmp_path / "a1", url_via(link), test_ca.ca_pem, "ws-a-1", "admin", keyring_backend)
    a2 = Desk(tmp_path / "a2", url_via(link), test_ca.ca_pem, "ws-a-2", "admin", keyring_backend)
    for d in (a1, a2):
        d.engine.sync_now()
    doc = a1.import_pdf("Cadastre map with a big attachment")
    data = os.urandom(SIZE)
    sha = hashlib.sha256(data).hexdigest()
    a1.ctx.documents.add_file_version(doc, data, "attachment", "cadastre.tif", "application/octet-stream")
    with a1.ctx.db.read() as s:
        op_ids = list(s.execute(select(OutboxOp.id).where(OutboxOp.document_id == doc)).scalars())
    a1.close()
    a2.close()

    # --- upload, killed 30 times
    link.reset_stats()
    direct = SyncClient(tls_server.url, "ws-a-1", ca_bundle=test_ca.ca_pem)
    direct.login("admin", "demo-admin")

    def server_offset() -> int:  # what the server holds: exactly what a restart will not send again
        url = _upload_url(a1.root, sha)
        return direct.upload_offset(url, SIZE) if url else 0

    seen = _kill_loop(zygote, a1.root, lambda: link.stats().bytes_up, server_offset, rng, KILLS_UP)
    assert seen == sorted(seen), f"upload progress went backwards: {seen}"
    assert 0 < seen[-1] < SIZE and sum(1 for i in range(1, KILLS_UP) if seen[i] > seen[i - 1]) >= 10, f"{seen}"
    _finish(zygote, a1.root)
    up = link.stats().bytes_up
    # Re-sending from zero after each kill would cost ~30 x 6 MB; what went up is the file once,
    # plus per kill at most the chunk in flight and a TLS handshake.
    assert up < SIZE + KILLS_UP * 200_000, (up, seen)

    # --- exactly once on the server
    api = direct
    state = api.document(doc)
    assert state["version"] == len(op_ids) == 3
    assert {f["sha256"] for f in state["files"]} >= {sha}
    changes = []
    cursor = 0
    while True:
        page = api.changes(cursor, limit=500)
        changes += page.changes
        cursor = page.next_cursor
        if not page.has_more:
            break
    mine = [c["op_id"] for c in changes if c.get("doc_id") == doc]
    assert sorted(mine) == sorted(op_ids)  # each op applied once, none lost

    # --- pull on the other desk, killed 30 times
    part = a2.root / "sync" / "partial" / f"{sha}.part"
    link.reset_stats()
    seen = _kill_loop(zygote, a2.root, lambda: link.stats().bytes_down,
                      lambda: part.stat().st_size if part.exists() else (SIZE if _has_blob(a2.root, sha) else 0),
                      rng, KILLS_DOWN)
    assert seen == sorted(seen), f"download progress went backwards: {seen}"
    assert 0 < seen[-1] < SIZE and sum(1 for i in range(1, KILLS_DOWN) if seen[i] > seen[i - 1]) >= 10, f"{seen}"
    _finish(zygote, a2.root)
    down = link.stats().bytes_down
    assert down < SIZE + KILLS_DOWN * 200_000, (down, seen)
    assert _has_blob(a2.root, sha)
    blob = next((a2.root / "blobs").rglob(sha))
    assert hashlib.sha256(blob.read_bytes()).hexdigest() == sha


def _has_blob(root: Path, sha: str) -> bool:
    return any((root / "blobs").rglob(sha))
