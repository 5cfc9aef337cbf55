"""Signature upgrade states and their labels (no pyHanko import: the UI reads these at start-up)."""
from __future__ import annotations

import dataclasses
import random
from datetime import datetime, timedelta

from desktop_app.i18n import translate
from desktop_app.retry import SIGNATURE_COMPLETION

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


# The schedule is the one backoff module's (desktop_app.retry.SIGNATURE_COMPLETION).
RETRY_BASE_SECONDS = SIGNATURE_COMPLETION.base
RETRY_FACTOR = SIGNATURE_COMPLETION.factor
RETRY_CAP_SECONDS = SIGNATURE_COMPLETION.cap


def retry_delay(
    attempt: int,
    *,
    base: float | None = None,
    factor: float | None = None,
    cap: float | None = None,
    jitter: float | None = None,
    rng: random.Random | None = None,
) -> float:
    """Seconds to wait after failed attempt number ``attempt`` (1-based): exponential, capped.

    ``desktop_app.retry.SIGNATURE_COMPLETION`` (1 min, 2, 4, 8 ... up to 6 h, each ±10 % so that many
    workstations coming online together don't hit the TSA in step); any argument given overrides
    that part of it (``jitter`` as a fraction). Pure: pass ``rng`` for repeatability.
    """
    policy = dataclasses.replace(SIGNATURE_COMPLETION, **{k: v for k, v in (("base", base), ("factor", factor),
                                                                           ("cap", cap)) if v is not None})
    if jitter is not None:
        policy = dataclasses.replace(policy, low=1 - jitter, high=1 + jitter)
    return policy.delay(attempt, rng)


def next_attempt_at(last_attempt: datetime, attempt: int, **kw) -> datetime:
    """When to try again after failed attempt ``attempt`` made at ``last_attempt``."""
    return last_attempt + timedelta(seconds=retry_delay(attempt, **kw))


def retry_schedule(attempts: int, **kw) -> list[float]:
    """The first ``attempts`` delays (no jitter unless asked), e.g. for docs and the UI."""
    kw.setdefault("jitter", 0.0)
    return [retry_delay(n, **kw) for n in range(1, attempts + 1)]
