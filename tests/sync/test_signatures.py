"""A signature made on one desk is a signature record on the other desk of the institution (and in
the recipient institution after dispatch), not only bytes in a PDF: the document shows who signed,
when and at which level, and the receiving desk never tries to complete someone else's signature."""
from __future__ import annotations

import copy
import hashlib

from sqlalchemy import select

from desktop_app.db.models import AuditEvent, FileVersion, Signature, SyncRemote
from desktop_app.signing.identities import Pkcs12Identity
from desktop_app.signing.states import STATE_COMPLETE, STATE_REMOTE, state_label
from desktop_app.sync import apply as applying
from desktop_app.sync import pipeline
from tests.sync.desks import Desk
from tests.tools.testca import make_signer_p12



def _rows(desk: Desk, doc_id: str) -> list[tuple]:
    with desk.ctx.db.read() as s:
        return [(g.id, g.signer_name, g.signer_cert_sha256, g.signed_at.replace(microsecond=0), g.level,
                 s.get(FileVersion, g.file_version_id).sha256)
                for g in s.execute(select(Signature).where(Signature.document_id == doc_id)).scalars()]


def test_signature_made_offline_on_one_desk_is_recorded_on_the_other(pair, link):
    a1, a2 = pair
    a1.engine.sync_now()
    a2.engine.sync_now()
    link.set_online(False)
    doc = a1.import_pdf("Order on heating season", kind="outgoing")
    a1.register(doc, journal="OUT", correspondent="AZ-0002")
    identity = Pkcs12Identity.from_bytes(make_signer_p12(), "signer-pass", label="test signer")
    signed = a1.ctx.signing.sign_document(doc, identity)
    link.set_online(True)
    a1.engine.sync_now()
    a2.engine.sync_now()  # the snapshot arrives before its signed file: the record waits for the download

    (mine,) = _rows(a1, doc)
    assert mine[5] == signed.file.sha256 and len(mine[2]) == 64
    assert _rows(a2, doc) == [mine]
    (info,) = a2.ctx.signing.signatures(doc)
    assert info.upgrade_state == STATE_REMOTE and info.level == "B-B"
    assert "another workstation" in state_label(info.upgrade_state, info.level)
    # The signer's own desk keeps its record as the signing service made it (waiting for a timestamp).
    assert a1.ctx.signing.signatures(doc)[0].upgrade_state != STATE_REMOTE
    # The receiving desk's upgrade job leaves it alone; its journal says where the record came from.
    assert a2.ctx.signing.upgrade_due().results == ()
    with a2.ctx.db.read() as s:
        actions = s.execute(select(AuditEvent.action).where(AuditEvent.document_id == doc)).scalars().all()
    assert actions.count("signature.received") == 1
    # A second pull of the same news adds nothing.
    a2.engine.sync_now()
    assert len(_rows(a2, doc)) == 1


def test_upgrade_from_the_signing_desk_follows_and_own_records_stay(pair, link):
    """The B-LT upgrade made on the signer's desk arrives as a newer server state. Driving that state
    through ``apply_snapshot`` on a real profile stands in for a second desk with a live PKI (the sync
    suite runs no TSA/OCSP): the state is the one the server sent, only its level and file advanced."""
    a1, a2 = pair
    a1.engine.sync_now()
    doc = a1.import_pdf("Letter to be completed")
    identity = Pkcs12Identity.from_bytes(make_signer_p12(), "signer-pass", label="test signer")
    a1.ctx.signing.sign_document(doc, identity)
    a1.engine.sync_now()
    a2.engine.sync_now()
    with a2.ctx.db.read() as s:
        snap = copy.deepcopy(s.get(SyncRemote, doc).state)
    (sig,) = snap["signatures"]
    upgraded = b"%PDF-1.7 stand-in for the B-LT revision\n"
    sha = hashlib.sha256(upgraded).hexdigest()
    a2.ctx.blobs.put_bytes(upgraded)
    snap["version"] += 1
    snap["files"].append({"sha256": sha, "role": "signed", "name": "signed-lt.pdf", "media_type": "application/pdf",
                          "size": len(upgraded)})
    sig.update(sha256=sha, level="B-LT")
    bad = dict(sig, signature_id="../../etc", level="B-LT")  # not a UUID: ignored, never a row
    snap["signatures"].append(bad)
    with a2.ctx.db.write() as s:
        assert applying.apply_snapshot(a2.ctx, s, snap, {}, "sync:test") == []
    (row,) = _rows(a2, doc)
    assert row[4] == "B-LT" and row[5] == sha
    assert a2.ctx.signing.signatures(doc)[0].upgrade_state == STATE_COMPLETE
    # A stale state (lower level) does not take it back.
    with a2.ctx.db.write() as s:
        older = copy.deepcopy(snap)
        older["signatures"][0].update(level="B-T")
        applying.remember_remote(s, dict(older, version=snap["version"] + 1), applied=True)
        assert applying.record_signatures(s, doc, "sync:test") == 0
    assert _rows(a2, doc)[0][4] == "B-LT"

    # The same server state on the signer's own desk changes nothing in its record.
    before = _rows(a1, doc)
    with a1.ctx.db.write() as s:
        applying.remember_remote(s, dict(snap, version=snap["version"] + 5), applied=True)
        assert applying.record_signatures(s, doc, "sync:test") == 0
    assert _rows(a1, doc) == before


# The signing suite's real test PKI (CA, OCSP, CRL, TSA on loopback), for a true upgrade below.
from tests.signing.conftest import identity, p12_bytes, pki, pki_session, trust_roots  # noqa: E402,F401


def test_own_signature_completed_to_b_lt_goes_through_the_server(pair, link, pki, trust_roots, identity, tmp_path,
                                                                  monkeypatch):
    """B-B made offline, completed to B-LT by the signing desk's job against the real TSA/OCSP, pushed
    through sync: the server accepts the signer's incremental update (issue 12), and the other desk
    gets the B-LT record and file."""
    a1, a2 = pair
    bundle = tmp_path / "roots.pem"
    bundle.write_bytes(trust_roots)
    a1.ctx.settings.set("trust_bundle", str(bundle))
    a1.ctx.settings.set("tsa_url", pki.tsa_url)
    doc = a1.import_pdf("Order on the water tower", kind="outgoing")
    signed = a1.ctx.signing.sign_document(doc, identity("signer-ec"))
    a1.engine.sync_now()
    a2.engine.sync_now()
    (r,) = a1.ctx.signing.upgrade_due(force=True).results
    assert r.level == "B-LT", r.message
    link.reset_stats()
    report = a1.engine.sync_now()
    assert a1.engine.conflicts() == [] and a1.engine.status().ops_waiting == 0, report
    with a1.ctx.db.read() as s:
        lt_size = s.execute(select(FileVersion.size).order_by(FileVersion.id.desc()).limit(1)).scalar()
    # Both ways the B-LT file travels as the bytes appended to the B-B one (deltas, issue 20); the
    # other desk's download is cut mid-way by the link and resumed from the bytes it holds.
    assert link.stats().bytes_up < lt_size - signed.file.size + 4000, (link.stats(), lt_size)
    link.reset_stats()
    send, asked = pipeline.Pipe.send, []

    def cut_into_the_delta(pipe, method, target, *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        if "/files/" in target and not asked:  # ~10 KB into the delta (two of its 4 KiB TLS records in), whatever came before it
            asked.append(link.stats().bytes_down)
            link.cut_once(11000)
        return send(pipe, method, target, *a, **kw)

    monkeypatch.setattr(pipeline.Pipe, "send", cut_into_the_delta)
    a2.engine.sync_now()
    delta = lt_size - signed.file.size
    assert link.stats().cuts == 1 and link.stats().bytes_down - asked[0] < lt_size, (link.stats(), asked, lt_size)
    assert link.connection_log()[-1].bytes_down < delta * 3 // 4, link.connection_log()  # resumed, not again
    (row,) = _rows(a2, doc)
    (mine,) = _rows(a1, doc)
    assert row[4] == "B-LT" and row[5] == mine[5] != signed.file.sha256
