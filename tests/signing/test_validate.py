"""Validation report, checked against poppler's pdfsig on the same files."""
from __future__ import annotations

import json

import pytest

from desktop_app.signing import SignOptions, StampOptions, sign_pdf, validate_pdf
from desktop_app.signing.certs import load_pem_bundle
from desktop_app.signing.errors import SigningError
from tests.tools.testca import make_test_ca


def _integrity_from_pdfsig(sig: dict) -> bool:
    return sig.get("validation") == "Signature is Valid."


def _flip_inside_signed_range(data: bytes, needle: bytes = b"Docflow test letter") -> bytes:
    i = data.index(needle) + 3  # inside the page text, which every signature covers
    return data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :]


@pytest.fixture
def cases(identity, pdf):
    signed = sign_pdf(pdf(), identity("signer-ec"), SignOptions(reason="Approved"))
    twice = sign_pdf(
        sign_pdf(pdf(), identity("signer-rsa"), SignOptions(stamp=StampOptions())), identity("signer-ec")
    )
    return {
        "signed": signed,
        "tampered": _flip_inside_signed_range(signed),
        "twice": twice,
        "twice_tampered": _flip_inside_signed_range(twice),
        "unsigned": pdf(),
    }


def test_verdicts_agree_with_pdfsig(cases, trust_roots, pdfsig, tmp_path):
    expected = {
        "signed": ("valid", [True]),
        "tampered": ("invalid", [False]),
        "twice": ("valid", [True, True]),
        "twice_tampered": ("invalid", [False, False]),
        "unsigned": ("unsigned", []),
    }
    for name, data in cases.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        theirs = pdfsig(path)
        ours = validate_pdf(data, trust_roots)
        assert [s.field_name for s in ours.signatures] == [s["field"] for s in theirs], name
        assert [s.integrity_ok for s in ours.signatures] == [_integrity_from_pdfsig(s) for s in theirs], name
        assert [s.covers_whole_file for s in ours.signatures] == [s["total"] for s in theirs], name
        verdict, integrity = expected[name]
        assert ours.verdict == verdict, name
        assert [s.integrity_ok for s in ours.signatures] == integrity, name


# pdfsig's chain verdicts that name a failure. Poppler 22.12 (Debian 12) reads NSS's error code
# even after CERT_PKIXVerifyCert succeeded, so a chain NSS accepts may print "Unknown issue with
# Certificate or corrupted data." instead of "Certificate is Trusted." (fixed upstream by checking
# the return value): agreement is therefore "pdfsig names no trust failure" <-> trusted.
_PDFSIG_TRUST_FAILURES = ("Certificate issuer isn't Trusted.", "Certificate issuer is unknown.",
                          "Certificate has been Revoked.", "Certificate has Expired")


def _trusted_by_pdfsig(sig: dict) -> bool:
    verdict = sig.get("certificate", "")
    assert verdict, sig  # pdfsig judged the chain
    return verdict == "Certificate is Trusted." or not verdict.startswith(_PDFSIG_TRUST_FAILURES)


def test_trust_verdicts_agree_with_pdfsig(cases, trust_roots, pdfsig, nss_trust, tmp_path):
    """The chain to the institution's trust roots: pdfsig (NSS database) and our report agree, both
    when the test root is trusted and when only an unrelated root (another test CA) is."""
    other_root = make_test_ca(tmp_path / "other-ca").ca_pem.read_bytes()
    stores = {"trusted": (trust_roots, nss_trust(trust_roots)), "untrusted": (other_root, nss_trust(other_root))}
    for name in ("signed", "twice"):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(cases[name])
        for label, (roots, nssdir) in stores.items():
            theirs = pdfsig(path, nssdir=nssdir)
            ours = validate_pdf(cases[name], roots)
            assert [_trusted_by_pdfsig(s) for s in theirs] == [s.trusted for s in ours.signatures], (
                name, label, [s.get("certificate") for s in theirs])
            assert all(s.trusted is (label == "trusted") for s in ours.signatures), (name, label)


def test_every_single_byte_flip_in_signed_content_is_caught(identity, pdf, trust_roots):
    signed = sign_pdf(pdf(), identity("signer-ec"))
    rep = validate_pdf(signed, trust_roots)
    assert rep.verdict == "valid"
    start = signed.index(b"stream\n") + 7  # the page content stream
    for i in range(start, start + 40, 3):
        bad = signed[:i] + bytes([signed[i] ^ 0x20]) + signed[i + 1 :]
        rep = validate_pdf(bad, trust_roots)
        assert rep.verdict == "invalid", i
        assert not rep.signatures[0].intact


def test_report_fields(identity, pdf, trust_roots):
    data = sign_pdf(pdf(), identity("signer-rsa"), SignOptions(reason="r"))
    rep = validate_pdf(data, trust_roots)
    (s,) = rep.signatures
    assert s.kind == "signature" and s.signer.common_name == "Aygün Məmmədova"
    assert s.intact and s.valid and s.trusted and s.covers_whole_file and not s.modified_after
    assert s.modification_level == "none"
    assert s.revocation == "unknown"  # offline, and the document carries no revocation data yet
    assert s.timestamp is None and s.pades_level == "B-B"
    assert s.claimed_signing_time is not None
    as_json = json.loads(rep.to_json())
    assert as_json["verdict"] == "valid" and as_json["signed"] is True
    assert as_json["signatures"][0]["signer"]["common_name"] == "Aygün Məmmədova"
    assert as_json["signatures"][0]["pades_level"] == "B-B"
    text = rep.to_text()
    assert "Aygün Məmmədova" in text and "B-B" in text and "intact" in text


def test_untrusted_roots_make_it_indeterminate_not_invalid(identity, pdf, pki):
    data = sign_pdf(pdf(), identity("signer-ec"))
    # trust only the TSA certificate: the signer does not chain to it
    rep = validate_pdf(data, pki.cert_pem("tsa"))
    (s,) = rep.signatures
    assert s.integrity_ok and not s.trusted and s.chain_problem
    assert rep.verdict == "indeterminate"
    assert validate_pdf(data, None).verdict == "indeterminate"


def test_revoked_signer_is_reported_when_fetching_allowed(identity, pdf, trust_roots, pki):
    data = sign_pdf(pdf(), identity("signer-revoked"))
    offline = validate_pdf(data, trust_roots, allow_fetching=False)
    assert offline.signatures[0].revocation == "unknown"
    online = validate_pdf(data, trust_roots, allow_fetching=True)
    (s,) = online.signatures
    assert s.revocation == "revoked" and s.revoked_since.year == 2021
    assert online.verdict == "invalid"


@pytest.mark.parametrize("data", [b"", b"not a pdf at all", b"%PDF-1.4\n\x00\x01\x02 trailer"])
def test_unreadable_input_gives_a_report_not_an_exception(data, trust_roots):
    rep = validate_pdf(data, trust_roots)
    assert rep.verdict == "unreadable" and rep.error
    assert json.loads(rep.to_json())["verdict"] == "unreadable"


def test_bad_trust_bundle_is_named():
    with pytest.raises(SigningError) as ei:
        load_pem_bundle(b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    assert ei.value.code == "bad_trust_roots"
