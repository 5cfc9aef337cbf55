"""Signing: identities (PKCS#12, PKCS#11), PAdES B-B signing, upgrade to B-T/B-LT, validation.

Pure core: no database, no Qt. The service layer (desktop_app.services.signing) stores
results; the UI calls the service.
"""
import importlib

# Names resolve lazily (PEP 562) so that importing one light name (a state label, an error class,
# the sign options) does not load pyHanko, which costs over a second and 50 MB: the app process
# never needs it (signing, validation and completion run in desktop_app/signing/worker.py's child).
_LAZY = {
    "certs": ("CertificateSummary", "check_signing_certificate", "load_pem_bundle"),
    "errors": ("BadDocumentError", "CertificateRefused", "IdentityError", "PinError", "PinState", "SigningError"),
    "identities": ("Pkcs11Identity", "Pkcs12Identity", "SigningIdentity", "TokenInfo", "TokenKey", "list_token_keys",
                   "list_tokens", "token_pin_state"),
    "options": ("STAMP_POSITIONS", "SignedDocument", "SignOptions", "StampOptions", "stamp_box_for"),
    "sign": ("sign_pdf", "sign_pdf_detailed"),
    "states": ("STATE_COMPLETE", "STATE_FAILED", "STATE_NEEDS_SETTINGS", "STATE_REVOKED", "STATE_WAITING_TIMESTAMP",
               "STATE_WAITING_VALIDATION_DATA", "next_attempt_at", "retry_delay", "retry_schedule", "state_label"),
    "upgrade": ("UpgradeResult", "upgrade_signatures"),
    "validate": ("SignatureReport", "TimestampInfo", "ValidationReport", "validate_pdf"),
    "vault": ("KeyringPassphraseVault", "PassphraseVault"),
}
_WHERE = {name: mod for mod, names in _LAZY.items() for name in names}


def __getattr__(name: str):  # noqa: ANN202
    mod = _WHERE.get(name)
    if mod is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{mod}"), name)
    globals()[name] = value
    return value


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
    "STATE_NEEDS_SETTINGS",
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
