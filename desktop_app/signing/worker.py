"""The signing work in a child process, so that it never holds the app's GIL.

pyHanko's signing (the visible stamp's font subsetting in fontTools: 2.1 s), certificate path
validation (0.9 s) and revocation fetching are pure Python; run on one of the app's threads they
froze the window as long as they ran (the stall watchdog's ``gil`` verdicts, issue 15). Here they
run in one child process per :class:`~desktop_app.services.signing.SigningService`: started on first
use, reused, shut down with the context (:meth:`SigningWorker.shutdown`).

- The child is a :class:`~desktop_app.childproc.ChildProcess` (forkserver with pyHanko preloaded, else
  spawn; the app's language, time zone and log; errors across the pipe).
- Identities are opened IN the child (a PKCS#11 session belongs to the process that logged in);
  the app holds a :class:`WorkerIdentity`: a handle and the public certificates. A PIN or passphrase
  crosses the pipe once, as an argument of the open call, and is not kept by either side.
- Errors come back as the same :class:`~desktop_app.errors.DocflowError` (code and sentence); a
  child that died becomes a :class:`SigningError` and the next call starts a new one.
"""
from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from typing import Any

from desktop_app.childproc import ChildProcess
from desktop_app.errors import SigningError
from desktop_app.i18n import translate

log = logging.getLogger(__name__)

# ------------------------------------------------------------------------------------ the child
# The child's own state: the identities opened in it (by handle). One process, so module state is
# the process's state here (the app never imports these names to use them).
_opened: dict[int, Any] = {}
_handles = itertools.count(1)


def _failed(reason: str) -> SigningError:
    """The error of a failure in the child that cannot cross the pipe as it is."""
    return SigningError(translate("Signing", "Signing failed: {reason}").format(reason=reason), code="sign_failed")


def _open(spec: Any, secret: str | None, module: str, confirm_final_try: bool) -> "WorkerIdentity":
    """In the child: open the identity of ``spec`` and keep it under a new handle."""
    from .identities import Pkcs11Identity, Pkcs12Identity

    if spec.kind == "pkcs12":
        ident = Pkcs12Identity.from_file(spec.path, secret)
    else:
        ident = Pkcs11Identity.open(module, spec.token_label or None, spec.key_id or None, secret,
                                    confirm_final_try=confirm_final_try)
    del secret
    handle = next(_handles)
    _opened[handle] = ident
    return WorkerIdentity(handle, ident.certificate.dump(), tuple(c.dump() for c in ident.chain),
                          getattr(ident, "label", ""))


def _identity(handle: int):  # noqa: ANN202
    ident = _opened.get(handle)
    if ident is None:
        raise SigningError(translate("Signing", "The signing identity is closed; open it again."),
                           code="identity_closed")
    return ident


def _sign(handle: int, pdf: bytes, options: Any) -> Any:
    from .sign import sign_pdf_detailed

    return sign_pdf_detailed(pdf, _identity(handle), options)


def _close(handle: int) -> None:
    ident = _opened.pop(handle, None)
    if ident is not None:
        ident.close()


def _upgrade(pdf: bytes, tsa_url: str | None, roots: bytes, timeout: float) -> tuple[Any, dict[str, str]]:
    """In the child: one completion attempt, and the levels of the completed file's signatures."""
    from .upgrade import upgrade_signatures
    from .validate import validate_pdf

    res = upgrade_signatures(pdf, tsa_url, roots, timeout=timeout)
    levels: dict[str, str] = {}
    if res.changed:
        rep = validate_pdf(res.pdf, roots)
        levels = {r.field_name: r.pades_level for r in rep.signatures if r.kind == "signature"}
    return res, levels


def _scan_tokens(module: str) -> list[tuple[Any, list]]:
    """In the child: every token of ``module`` with its signing keys (CA certificates left out)."""
    from .identities import list_token_keys, list_tokens

    out = []
    for t in list_tokens(module):
        if t.label:
            out.append((t, [k for k in list_token_keys(module, t.label) if "key_cert_sign" not in k.certificate.key_usage]))
    return out


# ------------------------------------------------------------------------------------ the app
@dataclass(frozen=True)
class WorkerIdentity:
    """An identity opened in the signing process: its handle there and its public certificates.

    Implements what the service needs of a :class:`~desktop_app.signing.SigningIdentity` except the
    pyHanko ``signer`` (that lives in the child): ``sign_detailed`` signs through the worker.
    """

    handle: int
    certificate_der: bytes
    chain_der: tuple[bytes, ...]
    label: str
    worker: "SigningWorker | None" = None

    @property
    def certificate(self):  # noqa: ANN201 - asn1crypto x509.Certificate
        from asn1crypto import x509

        return x509.Certificate.load(self.certificate_der)

    @property
    def chain(self) -> tuple:
        from asn1crypto import x509

        return tuple(x509.Certificate.load(c) for c in self.chain_der)

    @property
    def summary(self):  # noqa: ANN201 - CertificateSummary
        from .certs import CertificateSummary

        return CertificateSummary.of(self.certificate)

    def sign_detailed(self, pdf: bytes, options: Any) -> Any:
        return self.worker.call(_sign, self.handle, pdf, options)

    def close(self) -> None:
        if self.worker is not None:
            self.worker.close_identity(self.handle)

    def __enter__(self) -> "WorkerIdentity":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SigningWorker(ChildProcess):
    """The app's side of the signing process (one child, started on first use, reused)."""

    name = "signing process"
    failed = _failed

    def closed(self) -> SigningError:
        return SigningError(translate("Signing", "The application is closing; nothing more is signed."),
                            code="signing_closed")

    def died(self) -> SigningError:
        return SigningError(translate("Signing", "The signing process stopped unexpectedly; try again."),
                            code="signing_process_failed")

    # ------------------------------------------------------------------ the work
    def open_identity(self, spec: Any, secret: str | None, module: str, confirm_final_try: bool) -> WorkerIdentity:
        """Open a key file or a token key in the child (the secret is used there once)."""
        opened = self.call(_open, spec, secret, module, confirm_final_try)
        return WorkerIdentity(opened.handle, opened.certificate_der, opened.chain_der, opened.label, self)

    def close_identity(self, handle: int) -> None:
        with self._lock:
            if self._pool is None:
                return  # the child is gone, and the identity with it
        self.call(_close, handle)

    def validate(self, pdf: bytes, roots: bytes | None, allow_fetching: bool = False) -> Any:
        from .validate import validate_pdf

        return self.call(validate_pdf, pdf, roots, allow_fetching=allow_fetching)

    def upgrade(self, pdf: bytes, tsa_url: str | None, roots: bytes, timeout: float) -> tuple[Any, dict[str, str]]:
        return self.call(_upgrade, pdf, tsa_url, roots, timeout)

    def scan_tokens(self, module: str) -> list[tuple[Any, list]]:
        return self.call(_scan_tokens, module)
