"""The Docflow test PKI: certomancer's CA, OCSP, CRL and TSA served over real HTTP on loopback.

Used by the signing tests (session fixtures in conftest.py) and by bench/signing.py.
The server is werkzeug's threaded WSGI server running certomancer's Animator app in a
background thread; ``stop()`` closes the listening socket (clients then get "connection
refused", i.e. the office is offline) and ``start()`` listens again on the same port.
"""
from __future__ import annotations

import socket
import threading
from pathlib import Path

import yaml
from asn1crypto import pem, x509
from certomancer.integrations.animator import Animator, AnimatorArchStore
from certomancer.registry import ArchLabel, CertLabel, CertomancerConfig
from werkzeug.serving import WSGIRequestHandler, make_server

PKI_DIR = Path(__file__).resolve().parent / "pki"
ARCH = "docflow"

#: Certificate labels of the signers in pki/docflow-pki.yml.
GOOD_SIGNERS = ("signer-rsa", "signer-ec")
BAD_SIGNERS = ("signer-nokeyusage", "signer-expired", "signer-future")
REVOKED_SIGNER = "signer-revoked"


class _QuietHandler(WSGIRequestHandler):
    def log(self, type, message, *args):  # noqa: A002 - werkzeug's signature
        pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TestPKI:
    """A certomancer PKI whose services answer on http://127.0.0.1:<port>."""

    __test__ = False  # not a pytest test class

    def __init__(self, port: int | None = None, at_time=None):
        """``at_time``: a fixed clock for the services (OCSP/CRL/TSA answer "as of" then)."""
        self.port = port or free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        cfg = yaml.safe_load((PKI_DIR / "docflow-pki.yml").read_text(encoding="utf-8"))
        cfg["external-url-prefix"] = self.base_url
        self.config = CertomancerConfig(cfg, key_search_dir=str(PKI_DIR))
        self.arch = self.config.get_pki_arch(ArchLabel(ARCH))
        self._app = Animator(AnimatorArchStore(self.config.pki_archs), at_time=at_time, with_web_ui=False)
        self._server = None
        self._thread: threading.Thread | None = None

    # -- service control -------------------------------------------------
    @property
    def tsa_url(self) -> str:
        return f"{self.base_url}/{ARCH}/tsa/tsa"

    @property
    def online(self) -> bool:
        return self._server is not None

    def start(self) -> None:
        if self._server is not None:
            return
        self._server = make_server("127.0.0.1", self.port, self._app, threaded=True, request_handler=_QuietHandler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="certomancer", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        assert self._thread is not None
        self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    # -- material ----------------------------------------------------------
    def cert(self, label: str) -> x509.Certificate:
        return self.arch.get_cert(CertLabel(label))

    def cert_pem(self, label: str) -> bytes:
        return pem.armor("CERTIFICATE", self.cert(label).dump())

    def trust_roots_pem(self) -> bytes:
        """The institution's CA bundle: the test root only."""
        return self.cert_pem("root")


    def pkcs12(self, label: str, passphrase: bytes) -> bytes:
        """The signer's key, certificate and chain as a PKCS#12 file."""
        return self.arch.package_pkcs12(CertLabel(label), password=passphrase)

    def private_key_der(self, label: str) -> bytes:
        """PKCS#8 DER of the key certified by ``label`` (for loading onto a token)."""
        spec = self.arch.get_cert_spec(CertLabel(label))
        return self.arch.key_set.get_private_key(spec.subject_key).dump()
