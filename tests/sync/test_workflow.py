"""Three workstations, two institutions, offline work, then sync through a thin, flaky link."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.locale import today as local_today
from desktop_app.db.models import AuditEvent, Dispatch, Resolution
from desktop_app.services.types import ResolutionInput
from desktop_app.signing.identities import Pkcs12Identity
from desktop_app.sync.credentials import SERVICE
from tests.sync.conftest import url_via
from tests.sync.desks import Desk, settle
from tests.tools.testca import make_signer_p12


def _source_of(desk: Desk, doc_id: str) -> str | None:
    """The sender's document a dispatched document came from (its server state's ``origin``)."""
    from desktop_app.db.models import SyncRemote

    with desk.ctx.db.read() as s:
        row = s.get(SyncRemote, doc_id)
        return ((row.state if row else {}).get("origin") or {}).get("source_doc_id")


@pytest.fixture
def three(tmp_path, link, test_ca, keyring_backend):
    desks = [Desk(tmp_path / ws, url_via(link), test_ca.ca_pem, ws, user, keyring_backend)
             for ws, user in (("ws-a-1", "admin"), ("ws-a-2", "head"), ("ws-b-1", "admin"))]
    yield desks
    for d in desks:
        d.close()


def test_three_desks_two_institutions_converge(three, link, tls_server, secret_service, keyring_backend):
    a1, a2, b1 = three
    settle(a1, a2, b1)  # online first: staff lists, journals, number blocks
    link.set_online(False)

    # --- a whole morning offline on every desk
    x = a1.import_pdf("Incoming water supply complaint", pages=2)
    x_number = a1.register(x)
    y = a1.import_pdf("Reply to the district school", kind="outgoing", pages=3)
    a1.register(y, journal="OUT", correspondent="AZ-0002")
    identity = Pkcs12Identity.from_bytes(make_signer_p12(), "signer-pass", label="test signer")
    signed = a1.ctx.signing.sign_document(y, identity)
    a1.ctx.routing.dispatch(y, ["AZ-0002"], note="For your records")
    z = a2.import_pdf("Head's own memo")
    w = b1.import_pdf("School heating request")
    w_number = b1.register(w)
    for d in three:
        assert d.engine.status().ops_waiting > 0

    # --- the link returns: 2 Mbit/s, 60 ms RTT, cut every 20-40 KB (the day's traffic here is ~100 KB)
    link._up.rate_bps = link._down.rate_bps = 2_000_000
    link._up.delay = link._down.delay = 0.03
    link.set_cut_range((20_000, 40_000))
    link.set_online(True)
    settle(a1, a2, b1)
    assert link.stats().cuts >= 1

    # --- offline again: the head writes a resolution on the letter a1 registered
    link.set_online(False)
    res = a2.ctx.routing.create_resolution(x, ResolutionInput("Prepare an answer by Friday", "u-a-executor",
                                                              deadline=local_today() + dt.timedelta(days=7)))
    link.set_online(True)
    settle(a2, a1, b1)
    settle(a1, a2, b1)  # receipts and cross-desk news need a second round

    # Institution A's two desks hold the same documents, numbers and files.
    snap_a1, snap_a2 = a1.snapshot(), a2.snapshot()
    assert {x, y, z} <= set(snap_a1) and snap_a1 == snap_a2
    assert a2.number(x) == x_number
    with a1.ctx.db.read() as s:
        got = s.get(Resolution, res.id)
        assert got is not None and got.document_id == x and got.executor_id == "u-a-executor"

    # Institution B got exactly the dispatched document, with the signed PDF byte for byte.
    snap_b = b1.snapshot()
    assert w in snap_b and not ({x, y, z} & set(snap_b))
    # (other tests on the session's server dispatch to B too: count what came from this test's letter)
    incoming = [d for d in snap_b if d != w and _source_of(b1, d) == y]
    assert len(incoming) == 1
    kind, subject, _, files = snap_b[incoming[0]]
    assert kind == "incoming" and subject == "Reply to the district school"
    assert signed.file.sha256 in files
    assert b1.ctx.blobs.read(signed.file.sha256) == a1.ctx.blobs.read(signed.file.sha256)
    assert b1.number(w) == w_number
    # The signature is a record on every desk that has the document, not only bytes in its PDF.
    mine = [(g.id, g.signer_name, g.level) for g in a1.ctx.signing.signatures(y)]
    assert len(mine) == 1
    assert [(g.id, g.signer_name, g.level) for g in a2.ctx.signing.signatures(y)] == mine
    assert [(g.id, g.signer_name, g.level) for g in b1.ctx.signing.signatures(incoming[0])] == mine

    # B registers it, which says so; A's dispatch record gets the receipts.
    b_number = b1.register(incoming[0])
    settle(b1, a1)
    with a1.ctx.db.read() as s:
        row = s.execute(select(Dispatch).where(Dispatch.document_id == y)).scalar_one()
        assert row.state == "registered" and row.recipient_number == b_number
        assert row.incoming_doc_id == incoming[0]

    # The token lives in the keyring only: not in any profile file, log or the server's log.
    tokens = [keyring_backend.get_password(SERVICE, d.engine.credentials.account(d.engine.server_url, d.engine.workstation_id))
              for d in three]
    assert all(tokens)
    places = [p for d in three for p in Path(d.root).rglob("*") if p.is_file()]
    places += [p for p in Path(tls_server.data_dir).rglob("*") if p.is_file() and p.suffix in (".log", ".txt", ".json")]
    assert any(p.name.endswith(".sqlite3") for p in places)
    for p in places:
        data = p.read_bytes()
        for t in tokens:
            assert t.encode() not in data, f"token found in {p}"
    for d in three:
        with d.ctx.db.read() as s:
            for ev in s.execute(select(AuditEvent.details)).scalars():
                assert not any(t in ev for t in tokens)
        assert not any(t in str(d.engine.status()) for t in tokens)
        assert not any(t in v for t in tokens for v in map(str, d.ctx.settings.as_dict().values()))
