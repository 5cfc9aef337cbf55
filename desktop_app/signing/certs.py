"""Certificate helpers: summaries for display, PEM bundles, and the pre-signing check."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone

from asn1crypto import pem, x509
from cryptography import x509 as pyca_x509

from desktop_app import locale as loc
from desktop_app.i18n import translate

from .errors import CertificateRefused, SigningError

#: Key usages that allow a certificate to make signatures on documents.
SIGNING_KEY_USAGES = frozenset({"digital_signature", "non_repudiation"})


@dataclass(frozen=True)
class CertificateSummary:
    """What a person needs to recognise a certificate."""

    subject: str
    common_name: str
    issuer: str
    serial_hex: str
    not_before: datetime
    not_after: datetime
    key_usage: tuple[str, ...]
    sha256_fingerprint: str

    @classmethod
    def of(cls, cert: x509.Certificate) -> "CertificateSummary":
        ku = cert.key_usage_value
        return cls(
            subject=cert.subject.human_friendly,
            common_name=common_name(cert),
            issuer=cert.issuer.human_friendly,
            serial_hex=format(cert.serial_number, "x"),
            not_before=cert.not_valid_before,
            not_after=cert.not_valid_after,
            key_usage=tuple(sorted(ku.native)) if ku is not None else (),
            sha256_fingerprint=hashlib.sha256(cert.dump()).hexdigest(),
        )


def common_name(cert: x509.Certificate) -> str:
    """The subject's common name, or the whole subject if it has none."""
    cn = cert.subject.native.get("common_name")
    if isinstance(cn, list):
        cn = cn[0] if cn else None
    return cn or cert.subject.human_friendly


def load_pem_bundle(data: bytes | str) -> list[x509.Certificate]:
    """Parse a PEM (or single DER) certificate bundle; clear error if it holds none."""
    if isinstance(data, str):
        data = data.encode("ascii", "replace")
    certs: list[x509.Certificate] = []
    try:
        if pem.detect(data):
            for type_name, _headers, der in pem.unarmor(data, multiple=True):
                if type_name in ("CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"):
                    certs.append(x509.Certificate.load(der))
        elif data.strip():
            cert = x509.Certificate.load(data)
            cert.native  # force parsing so garbage fails here
            certs.append(cert)
    except Exception as exc:  # asn1crypto raises ValueError/TypeError on garbage
        raise SigningError(
            translate("Signing", "The trust-root bundle is not a valid PEM/DER certificate file: {reason}").format(
                reason=type(exc).__name__
            ),
            code="bad_trust_roots",
        ) from None
    return certs


def from_pyca(cert: pyca_x509.Certificate) -> x509.Certificate:
    from cryptography.hazmat.primitives.serialization import Encoding

    return x509.Certificate.load(cert.public_bytes(Encoding.DER))


def check_signing_certificate(cert: x509.Certificate, at: datetime | None = None) -> None:
    """Refuse, before anything is signed, a certificate that must not sign now.

    Raises:
        CertificateRefused: code ``no_signing_key_usage`` (a key-usage extension without
            digitalSignature or nonRepudiation), ``not_yet_valid`` or ``expired``.
    """
    now = at or datetime.now(timezone.utc)
    name = common_name(cert)
    ku = cert.key_usage_value
    # RFC 5280: no key-usage extension means the key may be used for any purpose.
    if ku is not None and not (set(ku.native) & SIGNING_KEY_USAGES):
        raise CertificateRefused(
            translate(
                "Signing",
                "The certificate of {name} may not be used for signing: its key usage ({usages}) "
                "has neither digital signature nor non-repudiation.",
            ).format(name=name, usages=", ".join(sorted(ku.native)) or "-"),
            code="no_signing_key_usage",
        )
    if now < cert.not_valid_before:
        raise CertificateRefused(
            translate("Signing", "The certificate of {name} is not valid yet: it becomes valid on {date}.").format(
                name=name, date=loc.format_datetime(cert.not_valid_before)
            ),
            code="not_yet_valid",
        )
    if now > cert.not_valid_after:
        raise CertificateRefused(
            translate("Signing", "The certificate of {name} expired on {date}.").format(
                name=name, date=loc.format_datetime(cert.not_valid_after)
            ),
            code="expired",
        )
