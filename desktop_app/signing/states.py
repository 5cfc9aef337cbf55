"""Signature upgrade states and their labels (no pyHanko import: the UI reads these at start-up)."""
from __future__ import annotations

from desktop_app.i18n import translate

# Upgrade states (stored by the service; shown on the document).
STATE_COMPLETE = "complete"  # every signature is B-LT
STATE_WAITING_TIMESTAMP = "waiting_timestamp"  # signed offline, TSA/OCSP not reachable yet
STATE_WAITING_VALIDATION_DATA = "waiting_validation_data"  # B-T; OCSP/CRL not reachable yet
STATE_REVOKED = "revoked"  # the signer's certificate is revoked: flagged, not upgraded
STATE_FAILED = "failed"  # will not succeed by waiting (broken/untrusted/not signed); needs a person
STATE_NEEDS_SETTINGS = "needs_settings"  # no trust roots yet: retried as soon as the settings arrive or change
STATE_REMOTE = "remote"  # made on another desk: completed there (B-T/B-LT arrive by sync), never from here
WAITING_STATES = (STATE_WAITING_TIMESTAMP, STATE_WAITING_VALIDATION_DATA)
#: States of a signature the completion job still works on ("waiting": an older word for waiting_timestamp).
PENDING_STATES = ("waiting", STATE_WAITING_TIMESTAMP, STATE_WAITING_VALIDATION_DATA)


def state_label(state: str, level: str) -> str:
    """The short state line shown on the document."""
    return {
        STATE_COMPLETE: translate("Signing", "complete ({level})").format(level=level),
        STATE_WAITING_TIMESTAMP: translate("Signing", "signed offline · waiting for timestamp"),
        STATE_WAITING_VALIDATION_DATA: translate("Signing", "timestamped ({level}) · waiting for validation data").format(
            level=level
        ),
        STATE_REVOKED: translate("Signing", "SIGNER CERTIFICATE REVOKED · not completed"),
        STATE_FAILED: translate("Signing", "cannot be completed · see the report"),
        STATE_NEEDS_SETTINGS: translate("Signing", "signed · waiting for the signature settings (trust roots)"),
        STATE_REMOTE: translate("Signing", "{level} · signed on another workstation, completed there").format(level=level),
    }.get(state, state)
