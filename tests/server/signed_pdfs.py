"""Real signed PDFs for the server's signature checks, made with pyHanko and no network.

``Signer`` is a self-signed identity (the server checks integrity and structure, not trust).
A B-T upgrade is a document timestamp from an in-process TSA (pyHanko's DummyTimeStamper), a
B-LT upgrade adds a DSS with the certificates -- each an incremental update, as the desktop
client's upgrade job makes them against a real TSA/OCSP.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko.sign.validation import DocumentSecurityStore
from pyhanko_certvalidator.registry import SimpleCertificateStore

from tests.helpers import make_pdf


def _cert(cn: str, *, tsa: bool = False):
    now = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=5)
    # pyHanko's in-process TSA signs with RSA only; signers use EC (quick to make).
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048) if tsa else ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(now)
               .not_valid_after(now + dt.timedelta(days=30)))
    if tsa:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    cert = builder.sign(key, hashes.SHA256())
    der = cert.public_bytes(serialization.Encoding.DER)
    key_der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return asn1_x509.Certificate.load(der), asn1_keys.PrivateKeyInfo.load(key_der), hashlib.sha256(der).hexdigest()


@dataclass
class Signer:
    cn: str

    def __post_init__(self):
        self.cert, self.key, self.cert_sha256 = _cert(self.cn)
        self.signer = signers.SimpleSigner(signing_cert=self.cert, signing_key=self.key,
                                           cert_registry=SimpleCertificateStore.from_certs([self.cert]))


_TSA = None


def _tsa() -> DummyTimeStamper:
    global _TSA
    if _TSA is None:
        cert, key, _ = _cert("Docflow Test TSA", tsa=True)
        _TSA = DummyTimeStamper(tsa_cert=cert, tsa_key=key, certs_to_embed=SimpleCertificateStore.from_certs([cert]))
    return _TSA


def plain_pdf(text: str = "Reply on water supply") -> bytes:
    return make_pdf(text)


def sign(pdf: bytes, signer: Signer, field: str = "Signature1") -> bytes:
    """B-B: one more signature, as an incremental update."""
    out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False),
                           signers.PdfSignatureMetadata(field_name=field, md_algorithm="sha256"),
                           signer=signer.signer)
    return out.getvalue()


def timestamp(pdf: bytes, field: str = "DocumentTimestamp1") -> bytes:
    """B-T: a document timestamp appended (what the client's upgrade job adds first)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    return signers.PdfTimeStamper(_tsa(), field_name=field).timestamp_pdf(writer, "sha256").getvalue()


def add_dss(pdf: bytes, *signers_: Signer) -> bytes:
    """B-LT: a DSS with the signers' and the TSA's certificates appended."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    out = io.BytesIO(pdf)
    certs = [s.cert for s in signers_] + [_tsa().tsa_cert]
    for emb in reader.embedded_signatures:
        DocumentSecurityStore.add_dss(out, emb.pkcs7_content.hex().encode("ascii"), certs=certs)
    return out.getvalue()


def upgrade_to(pdf: bytes, level: str, *signers_: Signer) -> bytes:
    if level == "B-T":
        return timestamp(pdf)
    return add_dss(timestamp(pdf), *signers_)


def change_page_text(pdf: bytes, text: str = "Pay 1,000,000 AZN to account X") -> bytes:
    """An incremental update that rewrites the first page's text: what a signature must not allow."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    stream = generic.StreamObject(stream_data=f"BT /F1 18 Tf 72 760 Td ({text}) Tj ET".encode("latin-1"))
    page["/Contents"] = writer.add_object(stream)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
