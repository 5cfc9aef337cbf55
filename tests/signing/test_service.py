"""The signing service on a real profile (SQLite file + blob store): sign, batch, upgrade job, CLI."""
from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from sqlalchemy import func, select

from desktop_app.cli import main as cli_main
from desktop_app.db.models import AuditEvent, FileVersion, OutboxOp, Signature
from desktop_app.errors import InvalidInput, PermissionDenied
from desktop_app.services.signing import IdentitySpec
from desktop_app.signing import (
    STATE_COMPLETE,
    STATE_REVOKED,
    STATE_WAITING_TIMESTAMP,
    CertificateRefused,
    Pkcs11Identity,
    SignOptions,
    StampOptions,
    validate_pdf,
)
from tests import helpers
from tests.signing.conftest import P12_PASSPHRASE


def _new_doc(ctx, text="Letter"):
    return ctx.documents.create_document(helpers.make_pdf(text), f"{text}.pdf", kind="outgoing", subject=text).id


def _protocol_problems(op: OutboxOp) -> list:
    """What the protocol's own validator says about this outbox op as it will be sent."""
    from docflow_protocol.ops import validate_operation

    return validate_operation({"op_id": op.id, "doc_id": op.document_id, "type": op.op_type, "base_version": None,
                               "payload": op.payload, "blobs": op.blob_hashes})


def _count(ctx, model, *where):
    with ctx.db.read() as s:
        return s.execute(select(func.count()).select_from(model).where(*where)).scalar()


def test_sign_document_records_everything_in_one_go(sctx, identity, trust_roots):
    doc_id = _new_doc(sctx)
    before_files = _count(sctx, FileVersion, FileVersion.document_id == doc_id)
    out = sctx.signing.sign_document(doc_id, identity("signer-rsa"), SignOptions(reason="Approved"))
    assert out.file.role == "signed" and out.signature.level == "B-B"
    assert out.signature.upgrade_state == STATE_WAITING_TIMESTAMP and not out.signature.revoked
    assert _count(sctx, FileVersion, FileVersion.document_id == doc_id) == before_files + 1  # previous kept
    data = sctx.blobs.read(out.file.sha256)
    assert validate_pdf(data, trust_roots).verdict == "valid"
    with sctx.db.read() as s:
        sig = s.get(Signature, out.signature.id)
        assert sig.file_version_id == out.file.id and sig.signer_name == "Aygün Məmmədova"
        assert len(sig.signer_cert_sha256) == 64
        ops = s.execute(select(OutboxOp).where(OutboxOp.document_id == doc_id).order_by(OutboxOp.seq)).scalars().all()
        assert [o.op_type for o in ops][-2:] == ["file.attach", "signature.add"]
        assert ops[-1].payload["signature_id"] == sig.id and ops[-1].payload["sha256"] == out.file.sha256
        assert ops[-1].blob_hashes == [out.file.sha256]
        assert _protocol_problems(ops[-1]) == []
        actions = s.execute(select(AuditEvent.action).where(AuditEvent.document_id == doc_id)).scalars().all()
        assert "signature.add" in actions
    detail = sctx.documents.get_document(doc_id)
    assert [g.id for g in detail.signatures] == [out.signature.id]


def test_endorsement_then_final_signature(sctx, identity, trust_roots):
    doc_id = _new_doc(sctx)
    sctx.signing.sign_document(doc_id, identity("signer-rsa"), SignOptions(reason="Viza", stamp=StampOptions()))
    second = sctx.signing.sign_document(doc_id, identity("signer-ec"), SignOptions(reason="Final"))
    rep = validate_pdf(sctx.blobs.read(second.file.sha256), trust_roots)
    assert [s.signer.common_name for s in rep.signatures] == ["Aygün Məmmədova", "Rəşad Əliyev"]
    assert rep.verdict == "valid"
    assert len(sctx.signing.signatures(doc_id)) == 2
    assert sctx.signing.verify_document(doc_id).verdict == "valid"


def test_refused_certificate_leaves_nothing_behind(sctx, identity):
    doc_id = _new_doc(sctx)
    counts = (_count(sctx, FileVersion), _count(sctx, Signature), _count(sctx, OutboxOp), len(list(sctx.blobs.iter_hashes())))
    with pytest.raises(CertificateRefused):
        sctx.signing.sign_document(doc_id, identity("signer-expired"))
    assert counts == (_count(sctx, FileVersion), _count(sctx, Signature), _count(sctx, OutboxOp),
                      len(list(sctx.blobs.iter_hashes())))


def test_batch_sign_with_one_token_login(sctx, softhsm_token, trust_roots):
    ids = [_new_doc(sctx, f"Letter {i}") for i in range(3)]
    progress = []
    with Pkcs11Identity.open(softhsm_token.module, softhsm_token.label, "01", softhsm_token.pin) as ident:
        res = sctx.signing.sign_documents(ids[:2] + ["no-such-document"] + ids[2:], ident,
                                          progress=lambda d, t, _x: progress.append((d, t)))
    assert [r.document_id for r in res.signed] == ids
    assert [f.document_id for f in res.failed] == ["no-such-document"]
    assert "1 failed" in res.summary and "no-such-document" in res.summary
    assert progress[-1] == (4, 4)
    for r in res.signed:
        assert validate_pdf(sctx.blobs.read(r.file.sha256), trust_roots).verdict == "valid"


def test_batch_stops_on_refused_certificate(sctx, identity):
    ids = [_new_doc(sctx, f"L{i}") for i in range(3)]
    res = sctx.signing.sign_documents(ids, identity("signer-future"))
    assert not res.signed and [f.code for f in res.failed] == ["not_yet_valid"] * 3


def test_open_identity_pkcs12_remembers_passphrase_only_when_asked(sctx, p12_bytes, tmp_path):
    from tests.signing.test_identities import _MemoryKeyring
    from desktop_app.signing import KeyringPassphraseVault

    path = tmp_path / "me.p12"
    path.write_bytes(p12_bytes("signer-ec"))
    backend = _MemoryKeyring()
    sctx.signing.vault = KeyringPassphraseVault(keyring_backend=backend)
    spec = IdentitySpec(kind="pkcs12", path=str(path))
    sctx.signing.open_identity(spec, P12_PASSPHRASE)
    assert backend.data == {}
    sctx.signing.open_identity(spec, P12_PASSPHRASE, remember=True)
    assert list(backend.data.values()) == [P12_PASSPHRASE]
    assert sctx.signing.open_identity(spec, None).summary.common_name == "Rəşad Əliyev"
    # the passphrase never reaches settings or the database
    assert P12_PASSPHRASE not in sctx.profile.settings_path.read_text()
    assert P12_PASSPHRASE.encode() not in sctx.profile.db_path.read_bytes()


def test_non_signer_may_not_sign(sctx, identity):
    doc_id = _new_doc(sctx)
    sctx.admin.add_user("clerk1", "Clerk", ["clerk"])
    sctx.switch_user("clerk1")
    with pytest.raises(PermissionDenied):
        sctx.signing.sign_document(doc_id, identity("signer-ec"))


def test_upgrade_job_offline_then_online(sctx, identity, pki, trust_roots):
    doc_id = _new_doc(sctx)
    sctx.signing.sign_document(doc_id, identity("signer-ec"))
    assert sctx.signing.due_documents() == [doc_id]

    pki.stop()
    run = sctx.signing.upgrade_due(timeout=2)
    (r,) = run.results
    assert r.state == STATE_WAITING_TIMESTAMP and "waiting for timestamp" in r.label
    (g,) = sctx.signing.signatures(doc_id)
    assert g.upgrade_state == STATE_WAITING_TIMESTAMP and g.level == "B-B"
    with sctx.db.read() as s:
        row = s.execute(select(Signature).where(Signature.document_id == doc_id)).scalar_one()
        assert row.upgrade_attempts == 1 and row.next_attempt_at > dt.datetime.utcnow() + dt.timedelta(seconds=30)
    assert sctx.signing.due_documents() == []  # backing off
    assert sctx.signing.due_documents(force=True) == [doc_id]

    pki.start()
    run = sctx.signing.upgrade_due(force=True)
    (r,) = run.results
    assert r.state == STATE_COMPLETE and r.level == "B-LT" and r.label == "complete (B-LT)"
    (g,) = sctx.signing.signatures(doc_id)
    assert g.level == "B-LT" and g.upgrade_state == STATE_COMPLETE
    with sctx.db.read() as s:
        newest = s.execute(select(FileVersion).where(FileVersion.document_id == doc_id)
                           .order_by(FileVersion.revision.desc()).limit(1)).scalar_one()
        assert newest.role == "signed"
        newest_sha = newest.sha256
        attach, upgrade = s.execute(select(OutboxOp).where(OutboxOp.document_id == doc_id)
                                    .order_by(OutboxOp.seq.desc()).limit(2)).scalars().all()[::-1]
        assert attach.op_type == "file.attach" and attach.blob_hashes == [newest.sha256]
        assert upgrade.op_type == "signature.upgrade" and upgrade.blob_hashes == [newest.sha256]
        assert upgrade.payload == {"signature_id": g.id, "sha256": newest.sha256, "level": "B-LT"}
        assert _protocol_problems(upgrade) == []
        assert "signature.upgrade" in s.execute(select(AuditEvent.action).where(AuditEvent.document_id == doc_id)).scalars().all()
    # a second run that finds the document complete (the background job beside "Complete now") records nothing
    assert sctx.signing.upgrade_document(doc_id).state == STATE_COMPLETE
    with sctx.db.read() as s:
        actions = s.execute(select(AuditEvent.action).where(AuditEvent.document_id == doc_id)).scalars().all()
        assert actions.count("signature.upgrade") == 1, actions
    pki.stop()
    rep = validate_pdf(sctx.blobs.read(newest_sha), trust_roots)
    assert rep.signatures[0].pades_level == "B-LT"
    assert sctx.signing.due_documents(force=True) == []


def test_upgrade_job_flags_revoked_signer(sctx, identity):
    doc_id = _new_doc(sctx)
    sctx.signing.sign_document(doc_id, identity("signer-revoked"))
    (r,) = sctx.signing.upgrade_due().results
    assert r.state == STATE_REVOKED and r.revoked and "REVOKED" in r.label
    (g,) = sctx.signing.signatures(doc_id)
    assert g.revoked and g.level == "B-B" and "REVOKED" in g.message
    assert sctx.signing.due_documents(force=True) == []
    with sctx.db.read() as s:
        assert "signature.revoked" in s.execute(select(AuditEvent.action).where(AuditEvent.document_id == doc_id)).scalars().all()


def test_cli_verify_and_upgrade(sctx, identity, tmp_path, capsys):
    doc_id = _new_doc(sctx)
    out = sctx.signing.sign_document(doc_id, identity("signer-ec"))
    f = tmp_path / "signed.pdf"
    f.write_bytes(sctx.blobs.read(out.file.sha256))
    profile = str(sctx.profile.root)
    assert cli_main(["--profile", profile, "verify", str(f), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "valid" and data["signatures"][0]["pades_level"] == "B-B"
    assert cli_main(["--profile", profile, "verify", str(f)]) == 0
    text = capsys.readouterr().out
    assert "Rəşad Əliyev" in text and "Verdict: valid" in text
    tampered = bytearray(f.read_bytes())
    at = tampered.index(b"/Contents") - 40  # a byte inside the first signed range
    tampered[at] = ord("A") if tampered[at] != ord("A") else ord("B")
    (tmp_path / "tampered.pdf").write_bytes(bytes(tampered))
    assert cli_main(["--profile", profile, "verify", str(tmp_path / "tampered.pdf")]) == 1
    assert "invalid" in capsys.readouterr().out.lower()
    (tmp_path / "plain.pdf").write_bytes(sctx.blobs.read(sctx.documents.get_document(doc_id).files[0].sha256))
    assert cli_main(["--profile", profile, "verify", str(tmp_path / "plain.pdf")]) == 4
    capsys.readouterr()
    assert cli_main(["--profile", profile, "--json", "signatures", "upgrade"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"document": doc_id, "state": "complete", "level": "B-LT", "message": rows[0]["message"]}]


def test_background_upgrader_completes_when_the_office_comes_online(sctx, identity, pki):
    from desktop_app.services.signing import SignatureUpgrader

    doc_id = _new_doc(sctx)
    pki.stop()
    sctx.signing.sign_document(doc_id, identity("signer-ec"))
    job = SignatureUpgrader(sctx.signing, idle_seconds=30, timeout=2)
    job.start()
    try:
        deadline = dt.datetime.now() + dt.timedelta(seconds=20)
        while job.runs < 1 and dt.datetime.now() < deadline:
            time.sleep(0.05)
        (g,) = sctx.signing.signatures(doc_id)
        assert g.upgrade_state == STATE_WAITING_TIMESTAMP  # offline: waits, backs off (1 min)

        pki.start()

        from desktop_app.events import SyncStatusChanged
        from desktop_app.services.types import SyncStatus

        status = SyncStatus(configured=True, logged_in=True, online=True, running=False, ops_waiting=2,
                            bytes_waiting=0, conflicts=0, current=None, last_success=None, last_error="")
        sctx.events.publish(SyncStatusChanged(status))  # what the sync engine publishes when the link is back
        deadline = dt.datetime.now() + dt.timedelta(seconds=20)
        while sctx.signing.signatures(doc_id)[0].upgrade_state != STATE_COMPLETE and dt.datetime.now() < deadline:
            time.sleep(0.05)
        (g,) = sctx.signing.signatures(doc_id)
        assert g.upgrade_state == STATE_COMPLETE and g.level == "B-LT"
    finally:
        job.stop()


def test_only_the_revoked_signature_is_flagged(sctx, identity):
    doc_id = _new_doc(sctx)
    sctx.signing.sign_document(doc_id, identity("signer-ec"))  # a good endorsement
    sctx.signing.sign_document(doc_id, identity("signer-revoked"))
    (r,) = sctx.signing.upgrade_due().results
    assert r.state == STATE_REVOKED
    by_name = {g.signer_name: g for g in sctx.signing.signatures(doc_id)}
    assert by_name["Revoked Signer"].revoked and by_name["Revoked Signer"].upgrade_state == STATE_REVOKED
    good = by_name["Rəşad Əliyev"]
    assert not good.revoked and good.upgrade_state == "failed" and "another signature" in good.message
    assert sctx.signing.due_documents(force=True) == []


def test_online_events_do_not_hammer_a_tsa_that_is_down(sctx, identity, pki):
    """One schedule: the sync engine's "online" (published many times a second during transfers)
    does not make the job retry; each signature's next-try time stands; only the link coming back
    retries, once, what failed for want of the link; "Complete now" (trigger) tries at once.
    The TSA that is down is a loopback HTTP endpoint answering 503 and counting the requests (a
    stand-in for a broken TSA: the test PKI's TSA cannot be made to fail while its OCSP stays up)."""
    import dataclasses
    import http.server
    import threading

    from desktop_app.events import SyncStatusChanged
    from desktop_app.services.signing import SignatureUpgrader
    from desktop_app.services.types import SyncStatus

    hits: list[float] = []

    class DownTSA(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            hits.append(time.monotonic())
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *a):
            pass

    tsa = http.server.ThreadingHTTPServer(("127.0.0.1", 0), DownTSA)
    threading.Thread(target=tsa.serve_forever, daemon=True).start()
    sctx.settings.set("tsa_url", f"http://127.0.0.1:{tsa.server_address[1]}/tsa")
    doc_id = _new_doc(sctx)
    sctx.signing.sign_document(doc_id, identity("signer-ec"))
    online = SyncStatus(configured=True, logged_in=True, online=True, running=True, ops_waiting=3, bytes_waiting=10**6,
                        conflicts=0, current=None, last_success=None, last_error="")
    offline = dataclasses.replace(online, online=False)
    job = SignatureUpgrader(sctx.signing, idle_seconds=30, timeout=10)  # OCSP must answer even on a busy machine

    def runs(n: int) -> None:
        deadline = time.monotonic() + 30
        while job.runs < n:
            assert time.monotonic() < deadline, f"the job did not run ({job.runs} runs)"
            threading.Event().wait(0.02)

    def settled(n: int) -> None:
        """The job ran exactly ``n`` times, hit the TSA once per run, and nothing wakes it again."""
        runs(n)
        assert not job._wake.is_set() and job.runs == n and len(hits) == n, (job.runs, len(hits))

    def burst(status: SyncStatus, n: int = 50) -> None:
        for _ in range(n):
            sctx.events.publish(SyncStatusChanged(status))

    try:
        job.start()
        settled(1)  # tried before the job heard from sync: counted as tried offline
        (g,) = sctx.signing.signatures(doc_id)
        assert g.upgrade_state == STATE_WAITING_TIMESTAMP
        burst(online)  # sync says online 50 times: the link is back -- one retry, not fifty
        settled(2)
        burst(online)
        burst(offline, 1)
        burst(online)  # the link flapped, but the last try was made online: the TSA's own backoff stands
        assert not job._wake.is_set()
        job.trigger()  # a person: "Complete now"
        settled(3)
        burst(online)
        assert not job._wake.is_set()
        job.stop()
        assert len(hits) == 3
        with sctx.db.read() as s:
            row = s.execute(select(Signature).where(Signature.document_id == doc_id)).scalar_one()
            assert row.upgrade_attempts == 3 and row.next_attempt_at > dt.datetime.utcnow() + dt.timedelta(minutes=3)
    finally:
        job.stop()
        tsa.shutdown()
        tsa.server_close()


def test_a_letter_from_a_template_is_signed_only_once_it_has_its_number(sctx, identity, trust_roots):
    """A letter's number and date are written into it at registration and a signed file is never changed: a
    letter signed first would keep 'No. ____' forever, so signing waits for the registration (refused with
    the reason, nothing written); registered, the letter signed is the numbered one, the stamp names it."""
    from desktop_app.services.types import RegisterInput
    from desktop_app.signing import StampOptions as Stamp

    sctx.switch_user("clerk")
    row = sctx.templates.create_draft("letter", {"addressee": "Təhsil Nazirliyi", "subject": "Damın təmiri",
                                                 "body": "Məktubunuza cavab olaraq bildiririk."})
    sctx.switch_user("head")
    counts = (_count(sctx, FileVersion), _count(sctx, Signature), _count(sctx, OutboxOp))
    with pytest.raises(InvalidInput, match="“Damın təmiri” is not registered yet.*Register it first"):
        sctx.signing.sign_document(row.id, identity("signer-rsa"), SignOptions(stamp=Stamp()))
    assert sctx.templates.not_ready_to_sign(row.id) is not None
    assert counts == (_count(sctx, FileVersion), _count(sctx, Signature), _count(sctx, OutboxOp))
    sctx.switch_user("clerk")
    number = sctx.documents.register(row.id, RegisterInput("OUT", correspondent="Təhsil Nazirliyi")).number
    sctx.switch_user("head")
    assert sctx.templates.not_ready_to_sign(row.id) is None
    out = sctx.signing.sign_document(row.id, identity("signer-rsa"), SignOptions(stamp=Stamp()))
    import io

    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(sctx.blobs.read(out.file.sha256))).pages)
    assert f"No. {number}" in text and "____" not in text
    assert validate_pdf(sctx.blobs.read(out.file.sha256), trust_roots).verdict == "valid"
