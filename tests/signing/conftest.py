"""Signing fixtures: a real test PKI served over HTTP on loopback, and a SoftHSM2 token.

Both are session-scoped and started here, so the suite runs on a fresh machine that has
only the apt packages from scripts/apt-packages.txt.
"""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from desktop_app.signing import Pkcs12Identity
from tests.signing.pdfs import make_pdf
from tests.signing.softhsm import create_token, find_module
from tests.signing.testpki import TestPKI

P12_PASSPHRASE = "correct horse 7"


@pytest.fixture(scope="session")
def pki_session():
    pki = TestPKI()
    pki.start()
    yield pki
    pki.stop()


@pytest.fixture
def pki(pki_session):
    """The test PKI with its CA/OCSP/CRL/TSA services online (restarted if a test stopped it)."""
    pki_session.start()
    yield pki_session
    pki_session.start()


@pytest.fixture(scope="session")
def trust_roots(pki_session) -> bytes:
    return pki_session.trust_roots_pem()


@pytest.fixture(scope="session")
def p12_bytes(pki_session):
    cache: dict[str, bytes] = {}

    def get(label: str) -> bytes:
        if label not in cache:
            cache[label] = pki_session.pkcs12(label, P12_PASSPHRASE.encode())
        return cache[label]

    return get


@pytest.fixture(scope="session")
def identity(p12_bytes):
    """identity(label) -> Pkcs12Identity for a signer of the test PKI."""
    cache: dict[str, Pkcs12Identity] = {}

    def get(label: str = "signer-ec") -> Pkcs12Identity:
        if label not in cache:
            cache[label] = Pkcs12Identity.from_bytes(p12_bytes(label), P12_PASSPHRASE, label=label)
        return cache[label]

    return get


@pytest.fixture(scope="session")
def softhsm_token(tmp_path_factory, pki_session):
    """A SoftHSM2 token (private config + token dir) holding signer-ec (id 01) and signer-rsa (id 02)."""
    if find_module() is None or shutil.which("softhsm2-util") is None:
        pytest.fail("SoftHSM2 is not installed; scripts/apt-packages.txt lists softhsm2 and opensc")
    token = create_token(tmp_path_factory.mktemp("softhsm"), pki_session)
    old = os.environ.get("SOFTHSM2_CONF")
    # libsofthsm2 reads SOFTHSM2_CONF when it is first loaded in this process.
    os.environ["SOFTHSM2_CONF"] = str(token.conf)
    yield token
    if old is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = old


@pytest.fixture
def pdf():
    return make_pdf


def run_pdfsig(path, nssdir=None) -> list[dict]:  # noqa: ANN001
    """Run poppler's pdfsig on a file and parse its per-signature verdicts.

    With ``nssdir`` (an NSS database, see :func:`nss_trust_store`) pdfsig also judges each signer's
    chain against the roots trusted there, offline (no OCSP); without it the chain is not judged.
    """
    cmd = ["pdfsig", "-nssdir", f"sql:{nssdir}", "-no-ocsp", str(path)] if nssdir else ["pdfsig", "-nocert", str(path)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    sigs: list[dict] = []
    cur = None
    for line in (proc.stdout + proc.stderr).splitlines():
        line = line.strip()
        if line.startswith("Signature #"):
            cur = {"raw": []}
            sigs.append(cur)
            continue
        if cur is None:
            continue
        cur["raw"].append(line)
        if line.startswith("- Signature Field Name:"):
            cur["field"] = line.split(":", 1)[1].strip()
        elif line.startswith("- Signature Type:"):
            cur["type"] = line.split(":", 1)[1].strip()
        elif line.startswith("- Signature Validation:"):
            cur["validation"] = line.split(":", 1)[1].strip()
        elif line.startswith("- Certificate Validation:"):
            cur["certificate"] = line.split(":", 1)[1].strip()
        elif line == "- Total document signed":
            cur["total"] = True
        elif line == "- Not total document signed":
            cur["total"] = False
    if "does not contain any signatures" in proc.stdout + proc.stderr:
        return []
    return sigs


@pytest.fixture
def pdfsig():
    if shutil.which("pdfsig") is None:
        pytest.fail("poppler-utils (pdfsig) is not installed; it is in scripts/apt-packages.txt")
    return run_pdfsig


def nss_trust_store(directory, roots_pem: bytes):  # noqa: ANN001
    """An NSS database (what pdfsig trusts) holding the PEM ``roots_pem`` as trusted CAs."""
    directory.mkdir(parents=True, exist_ok=True)
    subprocess.run(["certutil", "-N", "-d", f"sql:{directory}", "--empty-password"], check=True, capture_output=True)
    text = roots_pem.decode()
    blocks = [b + "-----END CERTIFICATE-----\n" for b in text.split("-----END CERTIFICATE-----") if "BEGIN" in b]
    for i, block in enumerate(blocks):
        pem = directory / f"root{i}.pem"
        pem.write_text(block.strip() + "\n")
        subprocess.run(["certutil", "-A", "-d", f"sql:{directory}", "-n", f"root{i}", "-t", "C,C,C", "-a", "-i", str(pem)],
                       check=True, capture_output=True)
    return directory


@pytest.fixture
def nss_trust(tmp_path):
    """``nss_trust(roots_pem)`` -> an NSS database directory trusting exactly those roots."""
    if shutil.which("certutil") is None:
        pytest.fail("certutil (libnss3-tools) is not installed; it is in scripts/apt-packages.txt")
    made = iter(range(100))
    return lambda roots_pem: nss_trust_store(tmp_path / f"nss{next(made)}", roots_pem)


@pytest.fixture
def sctx(ctx, pki, tmp_path):
    """A profile configured for signing: the test root as trust bundle, the loopback TSA."""
    bundle = tmp_path / "roots.pem"
    bundle.write_bytes(pki.trust_roots_pem())
    ctx.settings.set("trust_bundle", str(bundle))
    ctx.settings.set("tsa_url", pki.tsa_url)
    return ctx
