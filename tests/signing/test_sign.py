"""PAdES B-B signing: refusal before signing, chain, reason/location, stamp, several signatures."""
from __future__ import annotations

import io

import pytest
from asn1crypto import cms
from pyhanko.pdf_utils.reader import PdfFileReader

from desktop_app.signing import (
    BadDocumentError,
    CertificateRefused,
    SigningError,
    SignOptions,
    StampOptions,
    sign_pdf,
    sign_pdf_detailed,
    stamp_box_for,
    validate_pdf,
)


@pytest.mark.parametrize(
    ("label", "code", "words"),
    [
        ("signer-nokeyusage", "no_signing_key_usage", "key usage"),
        ("signer-expired", "expired", "expired on 01.01.2020"),  # dates as the office writes them
        ("signer-future", "not_yet_valid", "not valid yet"),
    ],
)
def test_unusable_certificates_are_refused_before_signing(identity, pdf, label, code, words):
    with pytest.raises(CertificateRefused) as ei:
        sign_pdf(pdf(), identity(label))
    assert ei.value.code == code
    assert words in str(ei.value) and "Test Signer Other" in str(ei.value)


def _sig_dicts(data: bytes):
    r = PdfFileReader(io.BytesIO(data))
    return r, list(r.embedded_signatures)


def test_b_b_signature_content(identity, pdf, trust_roots, pdfsig, tmp_path):
    original = pdf()
    res = sign_pdf_detailed(original, identity("signer-rsa"), SignOptions(reason="Approved", location="Qəbələ"))
    assert res.pdf.startswith(original)  # incremental update: the original bytes are kept
    assert res.field_name == "Signature1" and res.level == "B-B" and res.bytes_added > 0
    _r, (emb,) = _sig_dicts(res.pdf)
    sig = emb.sig_object
    assert sig["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sig["/Reason"] == "Approved" and sig["/Location"] == "Qəbələ"
    assert emb.md_algorithm == "sha256"
    sd: cms.SignedData = emb.signed_data
    embedded_cns = {c.chosen.subject.native["common_name"] for c in sd["certificates"]}
    assert embedded_cns == {"Aygün Məmmədova", "Docflow Test Intermediate CA", "Docflow Test Root CA"}
    # PAdES B-B: signing-certificate-v2 attribute present, no signature timestamp
    attrs = {a["type"].native for a in emb.signer_info["signed_attrs"]}
    assert "signing_certificate_v2" in attrs
    assert not emb.signer_info["unsigned_attrs"].native
    out = tmp_path / "s.pdf"
    out.write_bytes(res.pdf)
    (ps,) = pdfsig(out)
    assert ps["validation"] == "Signature is Valid." and ps["total"] is True
    rep = validate_pdf(res.pdf, trust_roots)
    assert rep.verdict == "valid" and rep.signatures[0].pades_level == "B-B"


def test_visible_stamp_on_chosen_page(identity, pdf, tmp_path):
    doc = pdf(pages=3)
    signed = sign_pdf(
        doc,
        identity("signer-ec"),
        SignOptions(stamp=StampOptions(page=1, position="top-left", registration_number="AZ-2026/17")),
    )
    r, (emb,) = _sig_dicts(signed)
    field = emb.sig_field
    rect = [float(v) for v in field["/Rect"]]
    assert rect == [float(v) for v in stamp_box_for("top-left", (0, 0, 595, 842))]
    page2 = r.root["/Pages"]["/Kids"][1].get_object()
    assert any(a.get_object() is field or a.get_object() == field for a in page2["/Annots"])
    ap = field["/AP"]["/N"].get_object().data
    assert b"BT" in ap and len(ap) > 50  # text drawn in the appearance stream
    # The stamp text (signer name with Azerbaijani letters, registration number) is extractable.
    out = tmp_path / "stamped.pdf"
    out.write_bytes(signed)
    import subprocess

    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(out), "-"], capture_output=True, text=True).stdout
    assert "Rəşad Əliyev" in text and "AZ-2026/17" in text


def test_explicit_box_and_bad_page(identity, pdf):
    signed = sign_pdf(pdf(), identity("signer-ec"), SignOptions(stamp=StampOptions(page=0, box=(50, 50, 250, 110))))
    _r, (emb,) = _sig_dicts(signed)
    assert [float(v) for v in emb.sig_field["/Rect"]] == [50.0, 50.0, 250.0, 110.0]
    with pytest.raises(SigningError) as ei:
        sign_pdf(pdf(pages=2), identity("signer-ec"), SignOptions(stamp=StampOptions(page=5)))
    assert ei.value.code == "bad_stamp_page" and "2 pages" in str(ei.value)
    with pytest.raises(SigningError):
        stamp_box_for("middle", (0, 0, 100, 100))


def test_several_signatures_keep_earlier_ones_valid(identity, pdf, trust_roots, pdfsig, tmp_path):
    one = sign_pdf(pdf(), identity("signer-rsa"), SignOptions(reason="Endorsed (viza)", stamp=StampOptions()))
    two = sign_pdf(one, identity("signer-ec"), SignOptions(reason="Final"))
    assert two.startswith(one)
    rep = validate_pdf(two, trust_roots)
    assert [s.field_name for s in rep.signatures] == ["Signature1", "Signature2"]
    assert rep.verdict == "valid"
    first, second = rep.signatures
    assert first.modified_after and first.modifications_permitted and first.modification_level == "form_filling"
    assert second.covers_whole_file
    out = tmp_path / "two.pdf"
    out.write_bytes(two)
    assert [s["validation"] for s in pdfsig(out)] == ["Signature is Valid."] * 2


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"Hello, this is not a PDF", "not_pdf"),
        (b"%PDF-1.7\n garbage garbage", "corrupt_pdf"),
        (b"", "not_pdf"),
    ],
)
def test_bad_input_is_refused_clearly(identity, data, code):
    with pytest.raises(BadDocumentError) as ei:
        sign_pdf(data, identity("signer-ec"))
    assert ei.value.code == code


def test_encrypted_pdf_is_refused(identity, pdf):
    from pyhanko.pdf_utils.crypt import StandardSecurityHandler
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    src = PdfFileReader(io.BytesIO(pdf()))
    w = copy_into_new_writer(src)
    w.encrypt = None
    w._assign_security_handler(StandardSecurityHandler.build_from_pw("owner", "user"))
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(BadDocumentError) as ei:
        sign_pdf(buf.getvalue(), identity("signer-ec"))
    assert ei.value.code == "encrypted_pdf"
