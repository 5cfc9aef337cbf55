"""Signing keys for the demo set: a demo root CA and a PKCS#12 key file for each demo head.

``docflow-server --demo`` writes them into ``<data dir>/demo-signing/`` (once: a later start keeps
them) and makes the root the trust root of both demo institutions, so the whole day -- an outgoing
letter signed by the head, dispatched, checked by the server and by the receiving desk -- can be
walked without a smart card. The files are throw-away test keys (the passphrase is printed with the
demo's logins); a real institution's trust roots are set with ``docflow-server set-signing``.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

ROOT_FILE = "demo-root.pem"
#: The passphrase of every demo key file (the head's login password: one thing to remember).
KEY_PASSPHRASE = "demo-head"


def key_file_name(registry_code: str) -> str:
    return f"head-{registry_code}.p12"


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "AZ"), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _key_usage(*, signer: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=True, content_commitment=signer, key_encipherment=False, data_encipherment=False,
                         key_agreement=False, key_cert_sign=not signer, crl_sign=not signer, encipher_only=False,
                         decipher_only=False)


def ensure_demo_pki(directory: Path, heads: list[tuple[str, str, str]]) -> tuple[str, list[Path]]:
    """The demo root (PEM text) and the heads' key files, written into ``directory`` unless it holds them
    already. ``heads``: (registry code, full name, institution name) of each demo head."""
    directory.mkdir(parents=True, exist_ok=True)
    root_path = directory / ROOT_FILE
    keys = [directory / key_file_name(code) for code, _, _ in heads]
    if root_path.is_file() and all(p.is_file() for p in keys):
        return root_path.read_text(encoding="ascii"), keys
    now = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=5)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = _name("Docflow Demo Root CA", "Docflow demo PKI (not for real use)")
    root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name).public_key(root_key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_key_usage(signer=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
            .sign(root_key, hashes.SHA256()))
    for (_code, full_name, org), path in zip(heads, keys):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (x509.CertificateBuilder().subject_name(_name(full_name, org)).issuer_name(root_name)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3 * 365))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(_key_usage(signer=True), critical=True)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
                .sign(root_key, hashes.SHA256()))
        path.write_bytes(pkcs12.serialize_key_and_certificates(
            full_name.encode("utf-8"), key, cert, [root],
            serialization.BestAvailableEncryption(KEY_PASSPHRASE.encode("ascii"))))
    pem = root.public_bytes(serialization.Encoding.PEM).decode("ascii")
    root_path.write_text(pem, encoding="ascii")
    return pem, keys
