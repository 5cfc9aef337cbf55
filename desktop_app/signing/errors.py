"""Errors raised by the signing core.

Every error carries a stable ``code`` (for programs and tests) and a translated,
human-readable message naming the thing and the reason. No message ever contains a
PIN or passphrase.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.errors import DocflowError
from desktop_app.i18n import translate


class SigningError(DocflowError):
    """Base class: something the user must be told about, with a clear reason."""

    code = "signing_error"

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class IdentityError(SigningError):
    """The key file or token cannot be opened (missing, corrupt, wrong passphrase...)."""

    code = "identity_error"


class CertificateRefused(SigningError):
    """The signer's certificate must not be used for signing (reason in ``code``).

    Codes: ``no_signing_key_usage``, ``expired``, ``not_yet_valid``.
    """

    code = "certificate_refused"


@dataclass(frozen=True)
class PinState:
    """What the token reports about its user PIN retry counter (flags, not numbers).

    PKCS#11 tokens don't report a number of tries; they raise CKF_USER_PIN_COUNT_LOW
    (at least one wrong PIN since the last good one), CKF_USER_PIN_FINAL_TRY (one try
    before the card locks) and CKF_USER_PIN_LOCKED.
    """

    count_low: bool = False
    final_try: bool = False
    locked: bool = False

    def describe(self) -> str:
        """Human-readable tries-left hint, as the token reports it."""
        if self.locked:
            return translate("Signing", "The PIN is locked (no tries left); the card must be unblocked.")
        if self.final_try:
            return translate("Signing", "Only one try is left before the PIN locks.")
        if self.count_low:
            return translate("Signing", "The token reports that few tries are left.")
        return translate("Signing", "The token does not report a lowered try counter.")


class PinError(SigningError):
    """A PIN problem on a token: wrong, locked, or the last try needs confirmation.

    Codes: ``pin_incorrect``, ``pin_locked``, ``pin_final_try`` (not attempted: the caller
    must confirm before the last try), ``pin_required``. ``pin_state`` is what the token
    reported *after* the failure. Docflow never retries a PIN by itself.
    """

    code = "pin_error"

    def __init__(self, message: str, *, code: str, pin_state: PinState):
        super().__init__(message, code=code)
        self.pin_state = pin_state


class NotSignedError(SigningError):
    """The document has no signature where one was expected."""

    code = "not_signed"


class BadDocumentError(SigningError):
    """The input is not a PDF Docflow can sign or read (corrupt, encrypted...)."""

    code = "bad_document"
