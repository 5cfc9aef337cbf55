"""Every error the core reports, in one hierarchy: a translated sentence for a person, a code for programs.

``str(err)`` is a sentence naming the thing and the reason (written with ``translate`` where it is
raised); ``err.code`` is a stable machine-readable word (tests, the CLI's exit, logs). Each class
has a default code; a raise site may give a more precise one (``code="pin_locked"``). No message
ever contains a secret (token, PIN, passphrase, password).

::

    DocflowError                      docflow_error
    ├── NotFound                      not_found
    ├── InvalidInput                  invalid_input
    ├── ForbiddenTransition           forbidden_transition
    ├── PermissionDenied              permission_denied
    ├── NumberingError                numbering_error
    ├── StorageError                  storage_error
    ├── CredentialError               keyring_unavailable
    ├── IntakeError                   intake_error        (scan, clean-up, PDF, OCR)
    │   ├── ScannerUnavailable        scanner_unavailable
    │   ├── OcrLanguageMissing        ocr_language_missing
    │   └── OcrCancelled              ocr_cancelled
    ├── SigningError                  signing_error
    │   ├── IdentityError             identity_error
    │   ├── CertificateRefused        certificate_refused  (no_signing_key_usage, expired, not_yet_valid)
    │   ├── PinError                  pin_error            (pin_incorrect, pin_locked, pin_final_try, pin_required)
    │   ├── NotSignedError            not_signed
    │   └── BadDocumentError          bad_document
    └── SyncError                     sync_error   (+ ``status``: the HTTP status, if the server answered)
        ├── TransientError            transient    the link or the server failed for now: retry later
        │   └── LoginThrottled        login_throttled (+ ``retry_after``): too many failed logins, wait
        ├── AuthError                 the server's code (unauthenticated, token_expired, ...): log in again
        ├── RequestRefused            the server's code: the request itself was refused (+ ``body``)
        ├── BadResponse               bad_response the answer is malformed or does not match the question
        └── TLSError                  tls_untrusted the certificate is not trusted / not the pinned one
"""
from __future__ import annotations

from typing import Any

from docflow_protocol import ErrorCode


class DocflowError(Exception):
    """Base of every error the core reports to a person."""

    code = "docflow_error"

    def __init__(self, message: str = "", *, code: str | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code

    def __reduce__(self):  # noqa: ANN204
        # Errors cross a process boundary (the signing process, desktop_app/signing/worker.py):
        # keep the sentence, the code and the extra fields (pin_state, status...) the default loses.
        return _restore_error, (type(self), self.args, dict(self.__dict__))


def _restore_error(cls: type, args: tuple, state: dict) -> DocflowError:
    err = cls.__new__(cls)
    Exception.__init__(err, *args)
    err.__dict__.update(state)
    return err


class NotFound(DocflowError):
    """A document, journal or other record does not exist."""

    code = ErrorCode.NOT_FOUND.value


class InvalidInput(DocflowError):
    """Input that the user can correct (bad file, bad field value)."""

    code = "invalid_input"


class ForbiddenTransition(DocflowError):
    """A document state change the state machine does not allow."""

    code = "forbidden_transition"


class PermissionDenied(DocflowError):
    """The current user's roles do not allow the action."""

    code = "permission_denied"


class NumberingError(DocflowError):
    """A registration number could not be issued."""

    code = "numbering_error"


class StorageError(DocflowError):
    """The profile's disk or database could not complete the change."""

    code = "storage_error"


class CredentialError(DocflowError):
    """The OS keyring could not be used (no Secret Service, locked, refused)."""

    code = "keyring_unavailable"


# ---------------------------------------------------------------------------------- intake
class IntakeError(DocflowError):
    """A scan, clean-up, PDF or OCR step failed; the message names the thing and the reason."""

    code = "intake_error"


class ScannerUnavailable(IntakeError):
    """The backend cannot run on this machine (wrong platform, missing driver or tool)."""

    code = "scanner_unavailable"


class OcrLanguageMissing(IntakeError):
    """A chosen OCR language has no traineddata installed; the document is kept without text."""

    code = "ocr_language_missing"


class OcrCancelled(IntakeError):
    """The OCR run was cancelled; nothing was produced."""

    code = "ocr_cancelled"


# --------------------------------------------------------------------------------- signing
class SigningError(DocflowError):
    """Something about signing the user must be told about, with a clear reason."""

    code = "signing_error"


class IdentityError(SigningError):
    """The key file or token cannot be opened (missing, corrupt, wrong passphrase...)."""

    code = "identity_error"


class CertificateRefused(SigningError):
    """The signer's certificate must not be used for signing (reason in ``code``:
    ``no_signing_key_usage``, ``expired``, ``not_yet_valid``)."""

    code = "certificate_refused"


class PinError(SigningError):
    """A PIN problem on a token: wrong, locked, or the last try needs confirmation.

    Codes: ``pin_incorrect``, ``pin_locked``, ``pin_final_try`` (not attempted: the caller must
    confirm before the last try), ``pin_required``. ``pin_state`` is what the token reported
    *after* the failure (:class:`desktop_app.signing.errors.PinState`). Docflow never retries a
    PIN by itself.
    """

    code = "pin_error"

    def __init__(self, message: str, *, code: str, pin_state: Any):
        super().__init__(message, code=code)
        self.pin_state = pin_state


class NotSignedError(SigningError):
    """The document has no signature where one was expected."""

    code = "not_signed"


class BadDocumentError(SigningError):
    """The input is not a PDF Docflow can sign or read (corrupt, encrypted...)."""

    code = "bad_document"


# ------------------------------------------------------------------------------------ sync
class SyncError(DocflowError):
    """Base of every sync failure; ``status`` is the HTTP status when the server answered."""

    code = "sync_error"

    def __init__(self, message: str, *, code: str = "", status: int | None = None):
        super().__init__(message, code=code or None)
        self.status = status


class TransientError(SyncError):
    """The link or the server failed for now (network, timeout, 5xx, 429): retry later.

    ``retry_after``: the seconds the server asked to wait (its ``Retry-After``), or None."""

    code = "transient"
    retry_after: int | None = None


class LoginThrottled(TransientError):
    """Too many failed logins (for this user name or from this address): the server asks to wait.

    ``retry_after`` is the wait in seconds (None when the server did not say); the message says it
    to the person.
    """

    def __init__(self, message: str, *, retry_after: int | None, code: str = "", status: int | None = None):
        super().__init__(message, code=code, status=status)
        self.retry_after = retry_after


class AuthError(SyncError):
    """The server refused the credentials or the token (401/403): log in again."""

    code = ErrorCode.UNAUTHENTICATED.value


class RequestRefused(SyncError):
    """The server refused the request as the client's fault (4xx other than auth)."""

    code = "request_refused"

    def __init__(self, message: str, *, code: str = "", status: int | None = None, body: Any = None):
        super().__init__(message, code=code, status=status)
        self.body = body


class BadResponse(SyncError):
    """The server's answer is malformed, oversized or does not match what was asked."""

    code = "bad_response"


class TLSError(SyncError):
    """The server's certificate is not trusted or does not match the pinned fingerprint."""

    code = "tls_untrusted"
