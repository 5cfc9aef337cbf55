"""B-B -> B-T -> B-LT against the real test PKI on loopback: offline waits, online completes."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from desktop_app.signing import (
    STATE_COMPLETE,
    STATE_FAILED,
    STATE_REVOKED,
    STATE_WAITING_TIMESTAMP,
    SignOptions,
    StampOptions,
    next_attempt_at,
    retry_delay,
    retry_schedule,
    sign_pdf,
    state_label,
    upgrade_signatures,
    validate_pdf,
)
from tests.signing.testpki import free_port


def test_offline_waits_then_online_completes_to_b_lt(identity, pdf, pki, trust_roots, pdfsig, tmp_path):
    signed = sign_pdf(pdf(), identity("signer-rsa"), SignOptions(reason="Endorsed", stamp=StampOptions()))
    signed = sign_pdf(signed, identity("signer-ec"), SignOptions(reason="Final"))

    pki.stop()  # the office is offline: TSA, OCSP and CRL services unreachable
    waiting = upgrade_signatures(signed, pki.tsa_url, trust_roots, timeout=2)
    assert waiting.state == STATE_WAITING_TIMESTAMP and waiting.waiting
    assert waiting.level == "B-B" and not waiting.revoked and not waiting.changed
    assert waiting.pdf == signed
    assert "waiting for timestamp" in state_label(waiting.state, waiting.level)

    pki.start()  # connection appears
    done = upgrade_signatures(signed, pki.tsa_url, trust_roots)
    assert done.state == STATE_COMPLETE, done.message
    assert done.level == "B-LT" and done.changed and not done.revoked
    assert done.pdf.startswith(signed)  # incremental: the signed revisions are untouched
    assert "complete (B-LT)" in state_label(done.state, done.level)

    # Checked offline: the document now carries everything needed (DSS + timestamp).
    pki.stop()
    rep = validate_pdf(done.pdf, trust_roots, allow_fetching=False)
    sigs = [s for s in rep.signatures if s.kind == "signature"]
    assert [s.pades_level for s in sigs] == ["B-LT", "B-LT"]
    assert all(s.revocation == "good" and s.timestamp.kind == "document-timestamp" for s in sigs)
    assert [s.kind for s in rep.signatures][-1] == "document-timestamp"
    assert rep.verdict == "valid"

    # Independent check: poppler still finds both signatures intact.
    out = tmp_path / "lt.pdf"
    out.write_bytes(done.pdf)
    theirs = [s for s in pdfsig(out) if s.get("type") == "ETSI.CAdES.detached"]
    assert [s["validation"] for s in theirs] == ["Signature is Valid."] * 2

    # Nothing left to do, even offline.
    again = upgrade_signatures(done.pdf, pki.tsa_url, trust_roots, timeout=2)
    assert again.state == STATE_COMPLETE and not again.changed and again.pdf == done.pdf


def test_tsa_unreachable_while_ocsp_online_waits_for_timestamp(identity, pdf, pki, trust_roots):
    signed = sign_pdf(pdf(), identity("signer-ec"))
    dead_tsa = f"http://127.0.0.1:{free_port()}/tsa"
    res = upgrade_signatures(signed, dead_tsa, trust_roots, timeout=2)
    assert res.state == STATE_WAITING_TIMESTAMP and res.pdf == signed
    assert "timestamp service is not reachable" in res.message


def test_revoked_signer_is_flagged_and_not_upgraded(identity, pdf, pki, trust_roots):
    signed = sign_pdf(pdf(), identity("signer-revoked"))
    res = upgrade_signatures(signed, pki.tsa_url, trust_roots)
    assert res.state == STATE_REVOKED and res.revoked
    assert res.pdf == signed and not res.changed and res.level == "B-B"
    assert "REVOKED" in res.message and "Revoked Signer" in res.message
    assert res.revoked_since == datetime(2021, 1, 1, tzinfo=timezone.utc)
    assert "REVOKED" in state_label(res.state, res.level)


def test_broken_or_unsigned_documents_are_not_upgraded(identity, pdf, pki, trust_roots):
    assert upgrade_signatures(pdf(), pki.tsa_url, trust_roots).state == STATE_FAILED
    signed = sign_pdf(pdf(), identity("signer-ec"))
    i = signed.index(b"Docflow")
    tampered = signed[:i] + b"X" + signed[i + 1 :]
    res = upgrade_signatures(tampered, pki.tsa_url, trust_roots)
    assert res.state == STATE_FAILED and res.pdf == tampered and "broken" in res.message
    # roots that the signer does not chain to: a person must fix the settings
    res = upgrade_signatures(signed, pki.tsa_url, pki.cert_pem("tsa"))
    assert res.state == STATE_FAILED and res.pdf == signed


def test_retry_schedule_is_exponential_capped_and_jittered():
    assert retry_schedule(6) == [60, 120, 240, 480, 960, 1920]
    assert retry_delay(50, jitter=0) == 6 * 3600
    assert retry_delay(0) == 0
    rng = random.Random(7)
    delays = [retry_delay(3, rng=rng) for _ in range(200)]
    assert all(240 * 0.9 <= d <= 240 * 1.1 for d in delays) and len(set(delays)) > 100
    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert next_attempt_at(t0, 2, jitter=0) == t0 + timedelta(minutes=2)


def test_sign_after_completion_then_complete_again(identity, pdf, pki, trust_roots, pdfsig, tmp_path):
    """Endorsement completed to B-LT, then the final signature, completed in turn: every
    signature and timestamp stays valid (earlier DSS/VRI entries are not rewritten)."""
    first = upgrade_signatures(sign_pdf(pdf(), identity("signer-rsa"), SignOptions(stamp=StampOptions())),
                               pki.tsa_url, trust_roots)
    assert first.state == STATE_COMPLETE
    second = sign_pdf(first.pdf, identity("signer-ec"), SignOptions(stamp=StampOptions(position="bottom-left")))
    mid = validate_pdf(second, trust_roots)
    assert [(s.field_name, s.pades_level, s.verdict) for s in mid.signatures if s.kind == "signature"] == [
        ("Signature1", "B-LT", "valid"),
        ("Signature2", "B-B", "valid"),
    ]
    done = upgrade_signatures(second, pki.tsa_url, trust_roots)
    assert done.state == STATE_COMPLETE and done.level == "B-LT"
    rep = validate_pdf(done.pdf, trust_roots)
    assert rep.verdict == "valid"
    assert [s.field_name for s in rep.signatures] == ["Signature1", "DocumentTimestamp1", "Signature2", "DocumentTimestamp2"]
    assert all(s.modification_level in ("none", "form_filling", "lta_updates") for s in rep.signatures)
    out = tmp_path / "both.pdf"
    out.write_bytes(done.pdf)
    theirs = [s for s in pdfsig(out) if s.get("type") == "ETSI.CAdES.detached"]
    assert [s["validation"] for s in theirs] == ["Signature is Valid."] * 2


def test_b_lt_is_judged_at_the_timestamp_time(identity, pdf, trust_roots):
    """Long-term data prove the status at the trusted time; OCSP responses (10 minutes) and CRLs
    (30/90 days) being stale *now* must not demote a completed signature. Services run with a
    clock 200 days in the past, as if the document had been completed then."""
    from tests.signing.testpki import TestPKI

    from desktop_app.signing import Pkcs12Identity

    past = datetime.now(timezone.utc) - timedelta(days=200)
    old_pki = TestPKI(at_time=past)  # its certificates point at its own OCSP/CRL URLs
    signer = Pkcs12Identity.from_bytes(old_pki.pkcs12("signer-rsa", b"pw"), "pw")
    old_pki.start()
    try:
        done = upgrade_signatures(sign_pdf(pdf(), signer), old_pki.tsa_url, trust_roots, now=past)
    finally:
        old_pki.stop()
    assert done.state == STATE_COMPLETE, done.message
    rep = validate_pdf(done.pdf, trust_roots)
    (sig,) = [s for s in rep.signatures if s.kind == "signature"]
    assert abs((sig.timestamp.time - past).total_seconds()) < 60
    assert sig.pades_level == "B-LT" and sig.revocation == "good"


def test_completing_days_after_the_timestamp(identity, pdf, pki, trust_roots):
    """B-T reached two days ago (TSA then), validation data fetched today: still B-LT."""
    from tests.signing.testpki import TestPKI

    old_tsa = TestPKI(at_time=datetime.now(timezone.utc) - timedelta(days=2))
    old_tsa.start()
    try:
        from pyhanko.sign.timestamps.requests_client import RequestsHTTPTimeStamper

        done = upgrade_signatures(sign_pdf(pdf(), identity("signer-ec")), None, trust_roots,
                                  timestamper=RequestsHTTPTimeStamper(old_tsa.tsa_url))
    finally:
        old_tsa.stop()
    assert done.state == STATE_COMPLETE, done.message
    (sig,) = [s for s in validate_pdf(done.pdf, trust_roots).signatures if s.kind == "signature"]
    assert sig.pades_level == "B-LT" and sig.timestamp.time < datetime.now(timezone.utc) - timedelta(days=1)
