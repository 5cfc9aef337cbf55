"""A feed page's lead file (docs/protocol.md §6.1) as a receiving desk takes it -- or does not: a
server from before, a server whose pick is not the desk's, a file the desk holds already. Each
time every file lands once, whole."""
from __future__ import annotations

import contextlib
import hashlib
import os

from sqlalchemy import select

from desktop_app.db.models import SyncTransfer
from desktop_app.sync import client as client_module
from desktop_app.sync import downloads, pipeline
from tests.sync.conftest import url_via
from tests.sync.desks import Desk
from tests.tools.linkemu import LinkEmulator


@contextlib.contextmanager
def _received(tmp_path, server, test_ca, keyring_backend):  # noqa: ANN001, ANN202 - fixtures
    """A desk sends three documents with a file each; a second desk of the office (synced once
    before) is yielded with the bodies and the (sha256, size) of every file that went up, then syncs
    after the ``with`` body set it up; the files it asked by GET are recorded (``gets``)."""
    with LinkEmulator(("127.0.0.1", server.port), rate_bps=2_000_000) as link:
        sender = Desk(tmp_path / "ws-a-1", url_via(link), test_ca.ca_pem, "ws-a-1", "admin", keyring_backend)
        other = Desk(tmp_path / "ws-a-2", url_via(link), test_ca.ca_pem, "ws-a-2", "admin", keyring_backend)
        try:
            other.engine.sync_now()
            bodies = []
            for i in range(3):
                doc = sender.import_pdf(f"Lead {i} of {tmp_path.name}")  # a module server: bytes of its own
                bodies.append(os.urandom(20_000 + 7_919 * i))
                sender.ctx.documents.add_file_version(doc, bodies[-1], "attachment", f"scan-{i}.tif", "image/tiff")
            sender.engine.sync_now()
            with sender.ctx.db.read() as s:
                sent = sorted({(size, sha) for sha, size in s.execute(select(SyncTransfer.sha256, SyncTransfer.size).where(
                    SyncTransfer.direction == SyncTransfer.UP, SyncTransfer.state == SyncTransfer.DONE)).all()})
            yield sender, other, bodies, [(sha, size) for size, sha in sent]
        finally:
            other.close()
            sender.close()


def _gets(monkeypatch) -> list[str]:  # noqa: ANN001 - the fixture
    """The sha256 of each file a desk asks by ``GET /v1/files/{sha256}`` on a pipe, from now on."""
    asked: list[str] = []
    send = pipeline.Pipe.send

    def recorded(pipe, method, target, *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        if target.startswith("/v1/files/"):
            asked.append(target.split("?")[0].rsplit("/", 1)[1])
        return send(pipe, method, target, *a, **kw)

    monkeypatch.setattr(pipeline.Pipe, "send", recorded)
    return asked


def _all_here(desk: Desk, sent: list[tuple[str, int]], bodies: list[bytes]) -> None:
    for sha, _ in sent:
        assert desk.ctx.blobs.has(sha), sha
    for body in bodies:
        assert desk.ctx.blobs.read(hashlib.sha256(body).hexdigest()) == body
    with desk.ctx.db.read() as s:
        states = s.execute(select(SyncTransfer.state).where(SyncTransfer.direction == SyncTransfer.DOWN)).scalars().all()
    assert states and set(states) == {SyncTransfer.DONE}, states


def test_the_lead_file_comes_behind_the_page_and_only_the_other_files_are_asked(tmp_path, fresh_server, test_ca,
                                                                               keyring_backend, monkeypatch):
    with _received(tmp_path, fresh_server, test_ca, keyring_backend) as (_, other, bodies, sent):
        gets = _gets(monkeypatch)
        other.engine.sync_now()
        _all_here(other, sent, bodies)
        assert sorted(gets) == sorted(sha for sha, _ in sent[1:]), (gets, sent)  # the smallest came as the lead


def test_a_server_from_before_answers_404_and_every_file_is_asked(tmp_path, fresh_server, test_ca, keyring_backend,
                                                                 monkeypatch):
    with _received(tmp_path, fresh_server, test_ca, keyring_backend) as (_, other, bodies, sent):
        monkeypatch.setattr(client_module, "LEAD_FILE_PATH", "/changes/a-path-this-server-does-not-know")
        gets = _gets(monkeypatch)
        other.engine.sync_now()
        _all_here(other, sent, bodies)
        assert sorted(gets) == sorted(sha for sha, _ in sent), (gets, sent)  # each once, by its own GET


def test_a_lead_file_other_than_the_desks_pick_is_not_taken(tmp_path, fresh_server, test_ca, keyring_backend,
                                                           monkeypatch):
    """The server's pick differs from the desk's (a change committed between the page's read and
    the lead's): the answer names another file than the one its job waits for; the connection ends
    there and every file comes down whole, once."""
    with _received(tmp_path, fresh_server, test_ca, keyring_backend) as (_, other, bodies, sent):
        picked = []
        monkeypatch.setattr(downloads, "lead_file", lambda changes, ws: picked.append(sent[-1]) or sent[-1])
        gets = _gets(monkeypatch)
        other.engine.sync_now()
        _all_here(other, sent, bodies)
        # every file asked by GET (those on their way when the connection ended: asked again there)
        assert picked and set(gets) == {sha for sha, _ in sent}, (gets, sent)


def test_a_lead_file_the_desk_holds_already_is_not_read(tmp_path, fresh_server, test_ca, keyring_backend,
                                                       monkeypatch):
    """The server's pick is a file this desk holds (the same bytes came with another document): its
    answer's body is not read (the connection ends), the other files are asked."""
    with _received(tmp_path, fresh_server, test_ca, keyring_backend) as (sender, other, bodies, sent):
        other.ctx.blobs.put_bytes(sender.ctx.blobs.read(sent[0][0]))
        read, bodies_read = pipeline.Pipe.read, []
        monkeypatch.setattr(pipeline.Pipe, "read", lambda pipe, *a, **kw: (lambda r: (
            bodies_read.append(r.headers.get("X-Docflow-File")), r)[1])(read(pipe, *a, **kw)))
        gets = _gets(monkeypatch)
        other.engine.sync_now()
        _all_here(other, sent, bodies)
        assert sorted(gets) == sorted(sha for sha, _ in sent[1:]), (gets, sent)
        assert sent[0][0] not in bodies_read  # its answer was never read whole


def test_a_lead_file_the_desk_has_in_part_is_resumed_not_taken(tmp_path, fresh_server, test_ca, keyring_backend,
                                                              monkeypatch):
    """The server's pick is a file this desk has half of (a cycle that failed mid-way): the lead's
    answer (the whole file) is not read; the file is resumed from its part by a GET with a Range."""
    with _received(tmp_path, fresh_server, test_ca, keyring_backend) as (sender, other, bodies, sent):
        sha = sent[0][0]
        part = other.ctx.profile.root / "sync" / "partial" / f"{sha}.part"
        part.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(sender.ctx.blobs.read(sha)[:sent[0][1] // 2])
        ranges: list[str] = []
        send = pipeline.Pipe.send
        monkeypatch.setattr(pipeline.Pipe, "send", lambda pipe, method, target, headers, *a, **kw: (
            target.split("?")[0].endswith(sha) and ranges.append(headers.get("Range")),  # (not a delta's base=)
            send(pipe, method, target, headers, *a, **kw))[1])
        other.engine.sync_now()
        _all_here(other, sent, bodies)
        assert ranges == [f"bytes={sent[0][1] // 2}-"], ranges
