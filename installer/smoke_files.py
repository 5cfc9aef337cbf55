"""Make the files the bundle smoke test feeds to the bundled ``docflow``; run with the build's Python.

``python smoke_files.py DIR`` writes ``DIR/letter.pdf`` (one blank A4 page) and ``DIR/signed.pdf``
(the same page signed by a throw-away self-signed certificate, so the bundled validator has a
real signature to check: its verdict is "indeterminate" -- intact, but not from a trusted root).
"""
from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pikepdf
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers


def blank_pdf() -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def signed_pdf(data: bytes) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Docflow bundle smoke test")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        cert_registry=None)
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data)),
                     signers.PdfSignatureMetadata(field_name="Signature1"), signer=signer, output=out)
    return out.getvalue()


def main(folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    data = blank_pdf()
    (out / "letter.pdf").write_bytes(data)
    (out / "signed.pdf").write_bytes(signed_pdf(data))


if __name__ == "__main__":
    main(sys.argv[1])
