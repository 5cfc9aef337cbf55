"""Errors raised by the signing core (defined in the one hierarchy, :mod:`desktop_app.errors`),
and :class:`PinState`, what a token reports about its PIN retry counter.

Every error carries a stable ``code`` (for programs and tests) and a translated,
human-readable message naming the thing and the reason. No message ever contains a
PIN or passphrase.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.errors import (  # noqa: F401 - re-exported: the signing core raises these
    BadDocumentError, CertificateRefused, IdentityError, NotSignedError, PinError, SigningError,
)
from desktop_app.i18n import translate


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
