"""Completing offline signatures later: PAdES B-B -> B-T (document timestamp) -> B-LT (DSS).

``upgrade_signatures`` is what the background job calls whenever the office may be
online. It never raises because the network is down: the result then says it is
waiting (and the job retries on :func:`retry_delay`'s schedule). A signer certificate
found revoked is flagged loudly and the document is left as it was.
"""
from __future__ import annotations

import logging

import asyncio
import io
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.signers import PdfTimeStamper
from pyhanko.sign.timestamps import TimestampRequestError
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.timestamps.requests_client import RequestsHTTPTimeStamper
from pyhanko.sign.validation import DocumentSecurityStore
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import (
    InsufficientRevinfoError,
    PathBuildingError,
    PathValidationError,
    RevokedError,
)
from pyhanko_certvalidator.fetchers.requests_fetchers import RequestsFetcherBackend

from desktop_app import locale as loc
from desktop_app.i18n import translate
from docflow_protocol import SignatureLevel

from .certs import common_name, load_pem_bundle
from .validate import LEVELS, ValidationReport, validate_pdf

from .states import (  # noqa: E402,F401 - re-exported: the states live in a light module
    RETRY_BASE_SECONDS, RETRY_CAP_SECONDS, RETRY_FACTOR, STATE_COMPLETE, STATE_FAILED, STATE_REVOKED,
    STATE_WAITING_TIMESTAMP, STATE_WAITING_VALIDATION_DATA, WAITING_STATES, next_attempt_at, retry_delay, retry_schedule,
    state_label,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UpgradeResult:
    """What one upgrade attempt achieved. ``pdf`` is the (possibly unchanged) document."""

    pdf: bytes
    level: str  # lowest level over the document's signatures: B-B | B-T | B-LT
    state: str  # one of the STATE_* constants
    revoked: bool
    message: str
    changed: bool = False
    revoked_signer: str | None = None
    revoked_since: datetime | None = None
    revoked_field: str | None = None  # the signature whose certificate is revoked

    @property
    def waiting(self) -> bool:
        return self.state in WAITING_STATES


B_B, B_LT = SignatureLevel.B_B.value, SignatureLevel.B_LT.value

# ----------------------------------------------------------------------- retry schedule
# ----------------------------------------------------------------------- upgrade
class _Offline(Exception):
    """A service needed for the upgrade did not answer."""


def _min_level(report: ValidationReport) -> str:
    levels = [s.pades_level for s in report.signatures if s.kind == "signature" and s.pades_level]
    return min(levels, key=LEVELS.index) if levels else B_B


def _result(pdf, report, state, message, *, changed=False, **kw) -> UpgradeResult:
    return UpgradeResult(
        pdf=pdf,
        level=_min_level(report) if report is not None else B_B,
        state=state,
        revoked=state == STATE_REVOKED,
        message=message,
        changed=changed,
        **kw,
    )


def _validate_path(cert: x509.Certificate, intermediates, vc: ValidationContext):
    validator = CertificateValidator(cert, intermediate_certs=intermediates, validation_context=vc)
    return asyncio.run(validator.async_validate_usage(set()))


def upgrade_signatures(
    pdf_bytes: bytes,
    tsa_url: str | None,
    trust_roots_pem_bundle: bytes | str,
    *,
    timeout: float = 10.0,
    fetcher_backend=None,
    timestamper: TimeStamper | None = None,
    now: datetime | None = None,
) -> UpgradeResult:
    """Bring every signature in ``pdf_bytes`` as far as possible towards PAdES B-LT.

    Steps: check each signer's chain and revocation online (OCSP/CRL, hard-fail); add one
    RFC 3161 document timestamp if a signature lacks a trusted time (B-T); then store the
    certificates, OCSP responses and CRLs for the signers and the timestamp in the DSS
    (B-LT). Each step is an incremental update; earlier signatures stay valid.

    Args:
        tsa_url: the RFC 3161 timestamp service (ignored when ``timestamper`` is given).
        trust_roots_pem_bundle: the institution's CA bundle.
        timeout: seconds per network request.
        fetcher_backend: pyhanko-certvalidator fetcher backend (default: requests).
        timestamper: a pyHanko TimeStamper to use instead of plain HTTP to ``tsa_url``.
        now: the validation time for the online checks (default: the current time; tests
            replaying a past day set it).
    """
    roots = load_pem_bundle(trust_roots_pem_bundle)
    report = validate_pdf(pdf_bytes, trust_roots_pem_bundle, allow_fetching=False)
    if report.error is not None:
        return _result(pdf_bytes, None, STATE_FAILED, report.error)
    sigs = [s for s in report.signatures if s.kind == "signature"]
    if not sigs:
        return _result(pdf_bytes, report, STATE_FAILED, translate("Signing", "The document has no signatures."))
    broken = [s for s in sigs if not s.integrity_ok or s.modification_level == "other"]
    if broken:
        return _result(
            pdf_bytes,
            report,
            STATE_FAILED,
            translate("Signing", "Signature {field} is broken; the document is not completed.").format(
                field=broken[0].field_name
            ),
        )
    if all(s.pades_level == B_LT for s in sigs):
        return _result(pdf_bytes, report, STATE_COMPLETE, translate("Signing", "All signatures are complete (B-LT)."))

    backend = fetcher_backend or RequestsFetcherBackend(per_request_timeout=timeout)
    contexts: dict[datetime | None, ValidationContext] = {}

    def vc_at(moment: datetime | None) -> ValidationContext:
        """Online, hard-fail context; at a signature's trusted time when it already has one
        (a revocation after that time does not touch it), else at the current time."""
        if moment not in contexts:
            contexts[moment] = ValidationContext(
                trust_roots=roots,
                allow_fetching=True,
                revocation_mode="hard-fail",
                fetcher_backend=backend,
                moment=moment or now,
                retroactive_revinfo=moment is not None,
            )
        return contexts[moment]

    vc = vc_at(None)
    reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
    embedded = {str(e.field_name): e for e in reader.embedded_signatures}

    # 1. Chain + revocation of every signer still to complete, online.
    paths = {}
    for s in sigs:
        if s.pades_level == B_LT:
            continue  # completed earlier; its data are in the DSS already
        emb = embedded[s.field_name]
        s_vc = vc_at(s.timestamp.time if s.timestamp is not None else None)
        try:
            paths[s.field_name] = (_validate_path(emb.signer_cert, list(emb.other_embedded_certs), s_vc), s_vc)
        except RevokedError as exc:
            name = s.signer.common_name if s.signer else "?"
            since = exc.revocation_dt
            return _result(
                pdf_bytes,
                report,
                STATE_REVOKED,
                translate(
                    "Signing",
                    "The certificate of {name} (signature {field}) is REVOKED since {date}. "
                    "The signature is not valid and was not completed.",
                ).format(name=name, field=s.field_name, date=loc.format_datetime(since)),
                revoked_signer=name,
                revoked_since=since,
                revoked_field=s.field_name,
            )
        except InsufficientRevinfoError:
            return _result(
                pdf_bytes,
                report,
                STATE_WAITING_TIMESTAMP if _min_level(report) == B_B else STATE_WAITING_VALIDATION_DATA,
                translate(
                    "Signing",
                    "The revocation service (OCSP/CRL) for {name} is not reachable; will try again.",
                ).format(name=s.signer.common_name if s.signer else "?"),
            )
        except (PathBuildingError, PathValidationError) as exc:
            return _result(
                pdf_bytes,
                report,
                STATE_FAILED,
                translate("Signing", "The certificate of signature {field} does not chain to a trusted root: {reason}").format(
                    field=s.field_name, reason=str(exc)[:200]
                ),
            )

    current = pdf_bytes
    changed = False

    # 2. A document timestamp for the signatures that have no trusted time yet (-> B-T).
    if any(s.timestamp is None for s in sigs):
        ts = timestamper or (RequestsHTTPTimeStamper(tsa_url, timeout=timeout) if tsa_url else None)
        if ts is None:
            return _result(
                current,
                report,
                STATE_WAITING_TIMESTAMP,
                translate("Signing", "No timestamp service is configured."),
            )
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(current), strict=False)
            out = PdfTimeStamper(ts, field_name=_next_ts_field(writer)).timestamp_pdf(writer, "sha256")
            current = out.getvalue()
            changed = True
        except (TimestampRequestError, OSError) as exc:
            return _result(
                current,
                report,
                STATE_WAITING_TIMESTAMP,
                translate("Signing", "The timestamp service is not reachable ({reason}); will try again.").format(
                    reason=type(exc).__name__
                ),
            )
        except PyHankoSigningError as exc:
            return _result(
                current,
                report,
                STATE_WAITING_TIMESTAMP,
                translate("Signing", "The timestamp service gave no usable answer ({reason}); will try again.").format(
                    reason=str(exc)[:120]
                ),
            )

    # 3. Validation data (certificates, OCSP, CRLs) for signers and timestamps in the DSS (-> B-LT).
    try:
        current = _add_dss(current, vc, paths)
        changed = True
    except _Offline as exc:
        rep = validate_pdf(current, trust_roots_pem_bundle)
        return _result(
            current,
            rep,
            STATE_WAITING_VALIDATION_DATA,
            translate("Signing", "Validation data could not be fetched ({reason}); will try again.").format(
                reason=str(exc)[:120]
            ),
            changed=changed,
        )

    final = validate_pdf(current, trust_roots_pem_bundle)
    level = _min_level(final)
    if level == B_LT:
        return _result(current, final, STATE_COMPLETE, translate("Signing", "Completed to PAdES B-LT."), changed=changed)
    return _result(
        current,
        final,
        STATE_WAITING_VALIDATION_DATA,
        translate("Signing", "Reached {level}; validation data are still incomplete.").format(level=level),
        changed=changed,
    )


def _next_ts_field(writer) -> str:
    from pyhanko.sign.fields import enumerate_sig_fields

    names = {name for name, _v, _r in enumerate_sig_fields(writer)}
    n = 1
    while f"DocumentTimestamp{n}" in names:
        n += 1
    return f"DocumentTimestamp{n}"


def _add_dss(pdf: bytes, vc: ValidationContext, signer_paths: dict) -> bytes:
    """One incremental update adding DSS (+VRI) entries for every signature and timestamp."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    try:
        existing_vri = set(DocumentSecurityStore.read_dss(reader).vri_entries)
    except Exception as exc:  # noqa: BLE001 - no DSS yet
        log.debug("no DSS yet: %s", type(exc).__name__)
        existing_vri = set()
    for emb in reader.embedded_signatures:
        name = str(emb.field_name)
        sig_contents = emb.pkcs7_content.hex().encode("ascii")
        if DocumentSecurityStore.sig_content_identifier(sig_contents) in existing_vri:
            # Completed earlier. Rewriting its VRI entry would count as a forbidden change
            # for the signatures made since.
            continue
        paths = []
        sig_vc = vc
        try:
            if name in signer_paths:
                path, sig_vc = signer_paths[name]
                paths.append(path)
            else:  # a document timestamp (or a signature done earlier): validate its signer now
                paths.append(_validate_path(emb.signer_cert, list(emb.other_embedded_certs), vc))
            # timestamp tokens embedded in signatures need their TSA's data too
            from pyhanko.sign.general import extract_certificate_info
            from pyhanko.sign.validation.generic_cms import extract_tst_data_iter

            for signed in (False, True):
                for tst in extract_tst_data_iter(emb.signer_info, signed=signed):
                    info = extract_certificate_info(tst)
                    paths.append(_validate_path(info.signer_cert, list(info.other_certs), sig_vc))
        except RevokedError as exc:
            raise _Offline(str(exc)) from None
        except (InsufficientRevinfoError, PathBuildingError, PathValidationError) as exc:
            raise _Offline(f"{common_name(emb.signer_cert)}: {type(exc).__name__}") from None
        DocumentSecurityStore.supply_dss_in_writer(
            writer,
            sig_contents,
            validation_context=sig_vc,
            paths=paths,
            embed_roots=True,
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


__all__ = [
    "STATE_COMPLETE",
    "STATE_FAILED",
    "STATE_REVOKED",
    "STATE_WAITING_TIMESTAMP",
    "STATE_WAITING_VALIDATION_DATA",
    "UpgradeResult",
    "next_attempt_at",
    "retry_delay",
    "retry_schedule",
    "state_label",
    "upgrade_signatures",
]
