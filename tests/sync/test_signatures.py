"""A signature made on one desk is a signature record on the other desk of the institution (and in
the recipient institution after dispatch), not only bytes in a PDF: the document shows who signed,
when and at which level, and the receiving desk never tries to complete someone else's signature."""
from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable

from sqlalchemy import select

from desktop_app.db.models import AuditEvent, FileVersion, Signature, SyncRemote
from desktop_app.errors import TransientError
from desktop_app.signing.identities import Pkcs12Identity
from desktop_app.signing.states import STATE_COMPLETE, STATE_REMOTE, state_label
from desktop_app.sync import apply as applying
from desktop_app.sync import linkfit, pipeline
from docflow_protocol import DELTA_BASE_PARAM
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


#: How far into a delta's transfer the link is cut: bytes of its request (upload) or answer (download)
#: on its own connection, whatever else the cycle carries meanwhile.
INTO_DELTA = 8_000
#: TLS records of a link not measured yet: both desks' meters start again before the cuts. The
#: history of the shared server (what other test modules left there) would otherwise have a desk
#: take the link for one never cut (256 KiB moved whole): 16 KiB records, the whole 14 KB delta one
#: record, lost whole to a cut inside it -- the resumed answer then carries it all again, as it
#: should (a cut costs the record it broke), but there is no resume inside the delta to see.
RECORD = linkfit.DEFAULT_PLAN.record
_SEND = pipeline.Pipe.send


def _cut_into(monkeypatch, link, delta_request: Callable[[str, str, dict], bool]) -> list[tuple[str, str, dict, int]]:
    """Every request the transfer pipes send, as ``(method, target, headers, body length)``; the link
    is cut once, ``INTO_DELTA`` bytes into the first request ``delta_request(method, target,
    headers)`` picks (its bytes up for one with a body, its answer's bytes down for a GET), counted
    on its connection alone. A spy: the requests go as they were."""
    sent = []

    def spy(pipe, method, target, headers, body=b"", *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        if delta_request(method, target, headers) and not any(delta_request(*s[:3]) for s in sent):
            link.cut_once(INTO_DELTA, direction="down" if method == "GET" else "up", per_connection=True)
        sent.append((method, target, dict(headers), len(body)))
        return _SEND(pipe, method, target, headers, body, *a, **kw)

    monkeypatch.setattr(pipeline.Pipe, "send", spy)
    return sent


def test_own_signature_completed_to_b_lt_goes_through_the_server(pair, link, pki, trust_roots, identity, tmp_path,
                                                                  monkeypatch):
    """B-B made offline, completed to B-LT by the signing desk's job against the real TSA/OCSP, pushed
    through sync: the server accepts the signer's incremental update (issue 12), and the other desk
    gets the B-LT record and file. Both ways the B-LT file travels as the bytes appended to the B-B
    one (a delta, issue 20), and a cut of the link 8 KB into it is resumed from the bytes the
    server (upload) or the desk (download) holds: the rest goes, not the delta again."""
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
    with a1.ctx.db.read() as s:
        lt_sha, lt_size = s.execute(select(FileVersion.sha256, FileVersion.size).order_by(FileVersion.id.desc())
                                    .limit(1)).one()
    base, delta = signed.file.size, lt_size - signed.file.size
    assert delta > INTO_DELTA + RECORD, delta  # the cut leaves some of it to resume

    # Up: the delta goes with its creation (POST), pipelined behind the metadata push. The cut may
    # come before the server began the creation (it answers pipelined requests in order; the body
    # of one queued behind the push is lost with the connection) -- then it holds none of the delta
    # -- or after, when it keeps the records that reached it. Either way the rest goes from the
    # server's offset. The cut may lose the push's answer too: that cycle fails, the next pushes it.
    sent = _cut_into(monkeypatch, link, lambda m, _t, h: m == "POST" and h.get("Upload-Length") == str(lt_size))
    a1.engine.connection.meter = linkfit.LinkMeter()
    link.reset_stats()
    try:
        a1.engine.sync_now()
    except TransientError:
        a1.engine.sync_now()
    assert a1.engine.conflicts() == [] and a1.engine.status().ops_waiting == 0
    posts = [s for s in sent if s[0] == "POST" and s[2].get("Upload-Length") == str(lt_size)]
    assert link.stats().cuts == 1 and posts and posts[0][3] == delta, (link.stats(), sent)  # the delta only, in the creation
    assert all(s[3] == 0 for s in posts[1:]), sent  # the creation asked again names what the server holds: no body
    patches = [s for s in sent if s[0] == "PATCH"]
    assert patches, sent
    held = int(patches[0][2]["Upload-Offset"])  # the server's offset, as the creation asked again said
    assert base <= held <= base + INTO_DELTA, (held - base, sent)  # still a delta: the base is not sent
    assert sum(s[3] for s in patches) == lt_size - held, sent  # the rest, once

    # Down: the other desk asks for the delta; the cut comes 8 KB into its answer.
    sent = _cut_into(monkeypatch, link, lambda m, t, _h: m == "GET" and lt_sha in t)
    a2.engine.connection.meter = linkfit.LinkMeter()
    link.reset_stats()
    a2.engine.sync_now()
    gets = [s for s in sent if s[0] == "GET" and lt_sha in s[1]]
    assert link.stats().cuts == 1 and len(gets) == 2, (link.stats(), sent)
    assert DELTA_BASE_PARAM in gets[0][1] and "Range" not in gets[0][2], gets  # a delta from the B-B file
    held = int(gets[1][2].get("Range", "bytes=0-")[len("bytes="):-1])  # what the desk held at the cut
    assert base + RECORD <= held <= base + INTO_DELTA and DELTA_BASE_PARAM not in gets[1][1], (held - base, gets)
    log = link.connection_log()
    cut = max(i for i, c in enumerate(log) if c.cut)
    after = sum(c.bytes_down for c in log[cut + 1:])
    # the rest and the reconnection (a TLS handshake, the answer's head), not the delta again
    assert lt_size - held <= after < lt_size - held + RECORD, (after, lt_size - held, log)
    (row,) = _rows(a2, doc)
    (mine,) = _rows(a1, doc)
    assert row[4] == "B-LT" and row[5] == mine[5] == lt_sha != signed.file.sha256
