"""The signing work in a child process, so that it never holds the app's GIL.

pyHanko's signing (the visible stamp's font subsetting in fontTools: 2.1 s), certificate path
validation (0.9 s) and revocation fetching are pure Python; run on one of the app's threads they
froze the window as long as they ran (the stall watchdog's ``gil`` verdicts, issue 15). Here they
run in one child process per :class:`~desktop_app.services.signing.SigningService`: started on first
use, reused, shut down with the context (:meth:`SigningWorker.shutdown`).

- The child is started with ``forkserver`` (pyHanko preloaded in the server, so a child is ready in
  milliseconds) where the platform has it, else ``spawn``; never ``fork`` (the app has Qt and threads).
- Identities are opened IN the child (a PKCS#11 session belongs to the process that logged in);
  the app holds a :class:`WorkerIdentity`: a handle and the public certificates. A PIN or passphrase
  crosses the pipe once, as an argument of the open call, and is not kept by either side.
- Every call carries the app's language and time zone (a stamp's text, an error's sentence are
  written in the child) and the child's log records go to the app's log.
- Errors come back as the same :class:`~desktop_app.errors.DocflowError` (code and sentence); a
  child that died becomes a :class:`SigningError` and the next call starts a new one.
"""
from __future__ import annotations

import itertools
import logging
import logging.handlers
import multiprocessing
import os
import pickle
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Callable

from desktop_app import i18n, locale
from desktop_app.errors import DocflowError, SigningError
from desktop_app.i18n import translate

log = logging.getLogger(__name__)

# Imported once in the fork server, so that each child starts with them loaded.
_PRELOAD = ["desktop_app.signing.sign", "desktop_app.signing.validate", "desktop_app.signing.upgrade",
            "desktop_app.signing.identities"]


# ------------------------------------------------------------------------------------ the child
# The child's own state: the identities opened in it (by handle). One process, so module state is
# the process's state here (the app never imports these names to use them).
_opened: dict[int, Any] = {}
_handles = itertools.count(1)


def _child_init(env: dict[str, str], log_queue, level: int) -> None:  # noqa: ANN001 - multiprocessing.Queue
    """In the child: the app's environment (a fork server's may be older) and its log."""
    os.environ.clear()
    os.environ.update(env)
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(log_queue)]
    root.setLevel(level)
    logging.getLogger("fontTools").setLevel(logging.ERROR)


def _child_call(language: str, time_zone: str, fn: Callable, args: tuple, kwargs: dict) -> Any:
    """In the child: run ``fn`` in the app's language and time zone; an error the app cannot
    unpickle comes back as a :class:`SigningError` naming it."""
    if i18n.current_language() != language:
        i18n.set_language(language)
    locale.set_time_zone(time_zone)
    try:
        return fn(*args, **kwargs)
    except DocflowError:
        raise
    except Exception as exc:
        log.warning("signing work %s failed in the signing process", getattr(fn, "__name__", fn), exc_info=True)
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # noqa: BLE001 - any failure to carry it back: send a sentence instead
            raise SigningError(
                translate("Signing", "Signing failed: {reason}").format(reason=f"{type(exc).__name__}: {exc}"[:300]),
                code="sign_failed",
            ) from None
        raise


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


class _Relay(logging.Handler):
    """The child's log records, handed to the app's loggers of the same name."""

    def handle(self, record: logging.LogRecord) -> bool:
        logging.getLogger(record.name).handle(record)
        return True

    def emit(self, record: logging.LogRecord) -> None:  # pragma: no cover - handle() does the work
        self.handle(record)


def _context():  # noqa: ANN202 - a multiprocessing context
    if sys.platform != "win32" and not getattr(sys, "frozen", False) and "forkserver" in multiprocessing.get_all_start_methods():
        mp = multiprocessing.get_context("forkserver")
        mp.set_forkserver_preload(_PRELOAD)  # only read when the fork server starts (once per app)
        return mp
    return multiprocessing.get_context("spawn")


class SigningWorker:
    """The app's side of the signing process (one child, started on first use, reused)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._listener: logging.handlers.QueueListener | None = None
        self._closed = False

    def _ensure(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise SigningError(translate("Signing", "The application is closing; nothing more is signed."),
                                   code="signing_closed")
            if self._pool is None:
                mp = _context()
                queue = mp.Queue()
                self._listener = logging.handlers.QueueListener(queue, _Relay())
                self._listener.start()
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=mp, initializer=_child_init,
                                                 initargs=(dict(os.environ), queue,
                                                           logging.getLogger().getEffectiveLevel()))
                log.info("signing process starting (%s)", mp.get_start_method())
            return self._pool

    def call(self, fn: Callable, *args: Any, **kwargs: Any) -> Any:
        """Run ``fn(*args, **kwargs)`` in the child and return its result (or raise its error)."""
        pool = self._ensure()
        try:
            return pool.submit(_child_call, i18n.current_language(), locale.zone_name(), fn, args, kwargs).result()
        except BrokenProcessPool:
            log.error("the signing process stopped unexpectedly; the next call starts a new one")
            self._reset(pool)
            raise SigningError(translate("Signing", "The signing process stopped unexpectedly; try again."),
                               code="signing_process_failed") from None

    def _reset(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                self._pool = None
                listener, self._listener = self._listener, None
            else:
                listener = None
        broken.shutdown(wait=False, cancel_futures=True)
        if listener is not None:
            listener.stop()

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

    def shutdown(self) -> None:
        """Stop the child (the app is closing); later calls are refused."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
            listener, self._listener = self._listener, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
            log.info("signing process stopped")
        if listener is not None:
            listener.stop()
