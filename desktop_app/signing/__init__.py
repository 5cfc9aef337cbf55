"""Signing: identities (PKCS#12, PKCS#11), PAdES B-B signing, upgrade to B-T/B-LT, validation.

Pure core: no database, no Qt. The service layer (desktop_app.services.signing) stores
results; the UI calls the service.
"""
from .certs import CertificateSummary, check_signing_certificate, load_pem_bundle
from .errors import (
    BadDocumentError,
    CertificateRefused,
    IdentityError,
    PinError,
    PinState,
    SigningError,
)
from .identities import (
    KeyringPassphraseVault,
    PassphraseVault,
    Pkcs11Identity,
    Pkcs12Identity,
    SigningIdentity,
    TokenInfo,
    TokenKey,
    list_token_keys,
    list_tokens,
    token_pin_state,
)
from .sign import STAMP_POSITIONS, SignedDocument, SignOptions, StampOptions, sign_pdf, sign_pdf_detailed, stamp_box_for
from .upgrade import (
    STATE_COMPLETE,
    STATE_FAILED,
    STATE_REVOKED,
    STATE_WAITING_TIMESTAMP,
    STATE_WAITING_VALIDATION_DATA,
    UpgradeResult,
    next_attempt_at,
    retry_delay,
    retry_schedule,
    state_label,
    upgrade_signatures,
)
from .validate import SignatureReport, TimestampInfo, ValidationReport, validate_pdf

__all__ = [
    "BadDocumentError",
    "CertificateRefused",
    "CertificateSummary",
    "IdentityError",
    "KeyringPassphraseVault",
    "PassphraseVault",
    "PinError",
    "PinState",
    "Pkcs11Identity",
    "Pkcs12Identity",
    "STAMP_POSITIONS",
    "STATE_COMPLETE",
    "STATE_FAILED",
    "STATE_REVOKED",
    "STATE_WAITING_TIMESTAMP",
    "STATE_WAITING_VALIDATION_DATA",
    "SignOptions",
    "SignatureReport",
    "SignedDocument",
    "SigningError",
    "SigningIdentity",
    "StampOptions",
    "TimestampInfo",
    "TokenInfo",
    "TokenKey",
    "UpgradeResult",
    "ValidationReport",
    "check_signing_certificate",
    "list_token_keys",
    "list_tokens",
    "load_pem_bundle",
    "next_attempt_at",
    "retry_delay",
    "retry_schedule",
    "sign_pdf",
    "sign_pdf_detailed",
    "stamp_box_for",
    "state_label",
    "token_pin_state",
    "upgrade_signatures",
    "validate_pdf",
]
