"""Validation of every signature in a PDF: ``validate_pdf(pdf_bytes, trust_roots_pem) -> ValidationReport``.

Per signature: integrity (digest + cryptographic check), whether the document changed
after it (coverage and what kind of change), the signer, the chain to the institution's
trust roots, revocation status when known, the timestamp, and the PAdES level.
By default nothing is fetched from the network: revocation data come from the
document's DSS. The verdicts are meant to agree with poppler's ``pdfsig``.
"""
from __future__ import annotations

import asyncio
import dataclasses
import io
import json
import logging
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from asn1crypto import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import (
    DocumentSecurityStore,
    EmbeddedPdfSignature,
    KeyUsageConstraints,
    SignatureCoverageLevel,
    validate_pdf_signature,
    validate_pdf_timestamp,
)
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, RevokedError
from pyhanko_certvalidator.fetchers.requests_fetchers import RequestsFetcherBackend

from desktop_app import locale as loc
from desktop_app.i18n import translate
from docflow_protocol import SIGNATURE_LEVEL_ORDER, SignatureLevel

from .certs import CertificateSummary, load_pem_bundle

log = logging.getLogger(__name__)

LEVELS = SIGNATURE_LEVEL_ORDER  # B-B, B-T, B-LT: upgrade order

# pyHanko logs every failed path build with a traceback; without a handler anywhere Python's
# last-resort handler would print them on stderr (CLI). Records still reach the app's handlers.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())

# Any key usage suitable for document signatures is accepted (not only nonRepudiation).
_KEY_USAGE = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)


@dataclass(frozen=True)
class TimestampInfo:
    """A trusted time attached to a signature (its own token or a later document timestamp)."""

    time: datetime
    kind: str  # "signature-timestamp" | "document-timestamp"
    tsa: str
    intact: bool
    trusted: bool


@dataclass(frozen=True)
class SignatureReport:
    """Everything checked for one signature (or document timestamp) in the file."""

    field_name: str
    kind: str  # "signature" | "document-timestamp"
    signer: CertificateSummary | None
    claimed_signing_time: datetime | None
    intact: bool  # the signed byte ranges hash to the signed digest
    valid: bool  # the cryptographic signature over that digest is correct
    covers_whole_file: bool
    modified_after: bool  # bytes were appended after this signature
    modification_level: str  # none | lta_updates | form_filling | annotations | other | unknown
    modifications_permitted: bool  # later changes are only signatures/DSS/timestamps/form fill
    trusted: bool  # chains to one of the configured trust roots
    chain_problem: str | None
    revocation: str  # good | revoked | unknown
    revoked_since: datetime | None
    timestamp: TimestampInfo | None
    pades_level: str | None  # B-B | B-T | B-LT (None for document timestamps)
    signed_revision: int
    problems: tuple[str, ...] = ()

    @property
    def integrity_ok(self) -> bool:
        return self.intact and self.valid

    @property
    def verdict(self) -> str:
        """``invalid`` (broken, changed or revoked), ``valid``, or ``indeterminate`` (e.g. untrusted)."""
        if not self.integrity_ok or self.modification_level == "other" or self.revocation == "revoked":
            return "invalid"
        if self.trusted:
            return "valid"
        return "indeterminate"


@dataclass(frozen=True)
class ValidationReport:
    """The report for a whole document."""

    signatures: tuple[SignatureReport, ...]
    error: str | None = None  # the document itself could not be read
    validated_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def signed(self) -> bool:
        return any(s.kind == "signature" for s in self.signatures)

    @property
    def verdict(self) -> str:
        """``unsigned``, ``unreadable``, ``invalid``, ``indeterminate`` or ``valid`` (worst wins)."""
        if self.error is not None:
            return "unreadable"
        if not self.signatures:
            return "unsigned"
        verdicts = {s.verdict for s in self.signatures}
        for v in ("invalid", "indeterminate"):
            if v in verdicts:
                return v
        return "valid"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["signed"] = self.signed
        d["verdict"] = self.verdict
        for s_dict, s in zip(d["signatures"], self.signatures):
            s_dict["verdict"] = s.verdict
            s_dict["integrity_ok"] = s.integrity_ok
        return d

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, default=_json_default, ensure_ascii=False)

    def headline(self) -> str:
        """The document's one verdict in a sentence, with the PAdES level reached (worst signature)."""
        from desktop_app import labels

        v = self.verdict
        if v == "unreadable":
            return translate("Signing", "The signatures cannot be checked: {reason}").format(reason=self.error)
        if v == "unsigned":
            return translate("Signing", "The document has no signatures.")
        sigs = [s for s in self.signatures if s.kind == "signature"]
        levels = [s.pades_level for s in sigs if s.pades_level]
        level = min(levels, key=LEVELS.index) if levels else ""
        n = len(sigs)
        if v == "valid":
            return translate("Signing", "Valid: {n} signature(s), level {level}.").format(n=n, level=level)
        if v == "invalid":
            why = next((p for s in self.signatures for p in s.problems), "")
            return translate("Signing", "INVALID: {reason}").format(reason=why or labels.signature_verdict("invalid"))
        why = next((s.chain_problem for s in self.signatures if s.chain_problem), "") or \
            translate("Signing", "the signer's certificate could not be checked")
        return translate("Signing", "Cannot be confirmed: {reason}. Level {level}.").format(reason=why, level=level)

    def to_text(self, with_verdict: bool = True) -> str:
        """A readable report (translated) for the CLI and the signature panel.

        ``with_verdict=False`` leaves out each signature's verdict line: the panel shows the
        document's one verdict (:meth:`headline`) above the details, once."""
        from desktop_app import labels

        lines = []
        if self.error:
            return translate("Signing", "The document cannot be checked: {reason}").format(reason=self.error)
        if not self.signatures:
            return translate("Signing", "The document has no signatures.")
        several = sum(1 for s in self.signatures if s.kind == "signature") > 1
        for n, s in enumerate(self.signatures, start=1):
            if s.kind == "document-timestamp":
                # The PDF's field name ("Signature1") is the library's, not the person's: "#n" tells them apart.
                head = translate("Signing", "#{n} document timestamp").format(n=n)
            else:
                head = translate("Signing", "#{n} signature by {name}").format(
                    n=n, name=s.signer.common_name if s.signer else "?"
                )
            lines.append(head)
            if with_verdict or (several and s.kind == "signature"):
                lines.append("  " + translate("Signing", "Verdict: {verdict}").format(verdict=labels.signature_verdict(s.verdict)))
            lines.append(
                "  "
                + (
                    translate("Signing", "Integrity: intact")
                    if s.integrity_ok
                    else translate("Signing", "Integrity: BROKEN (the signed bytes were changed)")
                )
            )
            if s.covers_whole_file:
                lines.append("  " + translate("Signing", "Changes after signing: none"))
            else:
                lines.append(
                    "  "
                    + translate("Signing", "Changes after signing: {level}").format(level=labels.modification_level(s.modification_level))
                )
            lines.append(
                "  "
                + (
                    translate("Signing", "Chain: trusted")
                    if s.trusted
                    else translate("Signing", "Chain: not trusted ({reason})").format(reason=s.chain_problem or "?")
                )
            )
            lines.append("  " + translate("Signing", "Revocation: {status}").format(status=labels.revocation(s.revocation)))
            if s.timestamp is not None:
                lines.append(
                    "  "
                    + translate("Signing", "Timestamp: {time} ({kind})").format(
                        time=loc.format_datetime(s.timestamp.time, seconds=True), kind=labels.timestamp_kind(s.timestamp.kind)
                    )
                )
            if s.pades_level:
                lines.append("  " + translate("Signing", "PAdES level: {level}").format(level=s.pades_level))
            for p in s.problems:
                lines.append("  ! " + p)
        return "\n".join(lines)


def _json_default(obj):
    if isinstance(obj, datetime):
        return obj.isoformat()
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    return str(obj)


def _mod_level_name(level) -> str:
    if level is None:
        return "unknown"
    return {
        ModificationLevel.NONE: "none",
        ModificationLevel.LTA_UPDATES: "lta_updates",
        ModificationLevel.FORM_FILLING: "form_filling",
        ModificationLevel.ANNOTATIONS: "annotations",
        ModificationLevel.OTHER: "other",
    }.get(level, "unknown")


def _cms_certs(emb: EmbeddedPdfSignature) -> list[x509.Certificate]:
    try:
        return list(emb.other_embedded_certs)
    except Exception as exc:  # noqa: BLE001 - a CMS without extra certificates
        log.debug("no embedded certificates: %s", exc)
        return []


def _revocation_check(
    cert: x509.Certificate,
    intermediates: list[x509.Certificate],
    vc_kwargs: dict,
    allow_fetching: bool,
    moment: datetime | None,
) -> tuple[str, datetime | None, bool]:
    """(status, revoked_since, complete_in_document) for ``cert``.

    ``moment`` is the signature's trusted time (its timestamp) when it has one: long-term
    validation data prove the status *then*; OCSP responses soon go stale for "now".
    Without a trusted time the check is for the current time.

    The first check uses only what the document carries (DSS) in hard-fail mode: when it
    passes, the document holds complete long-term validation data (needed for B-LT).
    """

    def run(vc: ValidationContext):
        validator = CertificateValidator(cert, intermediate_certs=intermediates, validation_context=vc)
        return asyncio.run(validator.async_validate_usage(set()))

    try:
        # retroactive: data issued after the trusted time (a signature completed days after its
        # timestamp) still prove the status at that time -- a revocation carries its own date.
        run(
            ValidationContext(
                **vc_kwargs, allow_fetching=False, revocation_mode="hard-fail", moment=moment,
                retroactive_revinfo=moment is not None,
            )
        )
        return "good", None, True
    except RevokedError as exc:
        return "revoked", _revocation_date(exc), True
    except (PathValidationError, PathBuildingError, Exception):
        pass
    if allow_fetching:
        try:
            # Fresh data fetched now say "good" -> good at the (earlier) trusted time as well.
            run(
                ValidationContext(
                    **vc_kwargs, allow_fetching=True, revocation_mode="hard-fail", moment=moment,
                    retroactive_revinfo=moment is not None,
                )
            )
            return "good", None, False
        except RevokedError as exc:
            return "revoked", _revocation_date(exc), False
        except Exception as exc:  # noqa: BLE001 - no usable revocation data: the status stays unknown
            log.info("revocation not determined: %s: %s", type(exc).__name__, exc)
    return "unknown", None, False


def _revocation_date(exc: RevokedError) -> datetime | None:
    date = getattr(exc, "revocation_dt", None) or getattr(exc, "revocation_date", None)
    return date if isinstance(date, datetime) else None


def validate_pdf(
    pdf_bytes: bytes,
    trust_roots_pem_bundle: bytes | str | None,
    allow_fetching: bool = False,
    *,
    fetch_timeout: float = 10.0,
) -> ValidationReport:
    """Check every signature and document timestamp in ``pdf_bytes``.

    ``trust_roots_pem_bundle`` is the institution's CA bundle (PEM); None or empty means
    no signer can be trusted (integrity is still checked). Never raises for a bad
    document: the report's ``error`` says why it could not be read.
    """
    roots = load_pem_bundle(trust_roots_pem_bundle) if trust_roots_pem_bundle else []
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        if reader.encrypted:
            return ValidationReport(signatures=(), error=translate("Signing", "the document is encrypted"))
        embedded = list(reader.embedded_signatures)
    except Exception as exc:
        return ValidationReport(
            signatures=(),
            error=translate("Signing", "not a readable PDF ({reason})").format(reason=f"{type(exc).__name__}: {exc}"[:200]),
        )
    if not embedded:
        return ValidationReport(signatures=())

    try:
        dss = DocumentSecurityStore.read_dss(reader)
        dss_certs = list(dss.load_certs())
        dss_vc = dss.as_validation_context({"trust_roots": roots})
        dss_ocsps, dss_crls = list(dss_vc.ocsps), list(dss_vc.crls)
    except Exception as exc:  # noqa: BLE001 - no DSS (NoDSSFoundError) or an unreadable one
        log.debug("no usable DSS: %s: %s", type(exc).__name__, exc)
        dss_certs, dss_ocsps, dss_crls = [], [], []

    # requests-based fetchers (the aiohttp default would leave sessions open across asyncio.run calls)
    base_kwargs = dict(
        trust_roots=roots,
        other_certs=dss_certs,
        ocsps=dss_ocsps,
        crls=dss_crls,
        fetcher_backend=RequestsFetcherBackend(per_request_timeout=fetch_timeout),
    )

    # Revisions holding document timestamps (for B-T by a later document timestamp).
    doc_ts_revisions: list[tuple[int, TimestampInfo]] = []
    pending: list[tuple[SignatureReport, EmbeddedPdfSignature | None, object]] = []
    for emb in embedded:
        is_doc_ts = emb.sig_object_type == "/DocTimeStamp"
        # Chain/trust pass: DSS certificates but no DSS OCSP/CRLs -- in soft-fail mode pyhanko-certvalidator
        # fails a path when revocation data are present but belong to another certificate (e.g. the
        # OCSP response kept for an earlier signer). Revocation is judged by _revocation_check below.
        vc = ValidationContext(
            trust_roots=roots,
            other_certs=dss_certs,
            fetcher_backend=base_kwargs["fetcher_backend"],
            allow_fetching=allow_fetching,
            revocation_mode="soft-fail",
        )
        problems: list[str] = []
        try:
            if is_doc_ts:
                status = validate_pdf_timestamp(emb, validation_context=vc)
            else:
                status = validate_pdf_signature(emb, signer_validation_context=vc, key_usage_settings=_KEY_USAGE)
        except Exception as exc:  # noqa: BLE001 - reported as a broken signature, with the reason
            log.info("signature %s cannot be validated", getattr(emb, "field_name", "?"), exc_info=True)
            pending.append((_broken_report(emb, is_doc_ts, f"{type(exc).__name__}: {exc}"), None, None))
            continue

        signer_cert = status.signing_cert
        cover = status.coverage
        covers_whole = cover == SignatureCoverageLevel.ENTIRE_FILE
        mod_level = _mod_level_name(status.modification_level)
        trusted = bool(status.trusted)
        chain_problem = None
        if not trusted and not (status.intact and status.valid):
            chain_problem = translate("Signing", "not checked: the signature itself is broken")
        elif not trusted:
            from desktop_app import labels

            indic = status.trust_problem_indic
            chain_problem = labels.trust_problem(indic.name) if indic is not None else translate("Signing", "no path to a trust root")
        if not status.intact:
            problems.append(translate("Signing", "The signed bytes do not match the signed digest."))
        elif not status.valid:
            problems.append(translate("Signing", "The cryptographic signature is not valid."))
        if mod_level == "other":
            problems.append(translate("Signing", "The document was changed after signing in a way that is not allowed."))

        ts_info = None
        if is_doc_ts:
            ts_info = TimestampInfo(
                time=status.timestamp,
                kind="document-timestamp",
                tsa=CertificateSummary.of(signer_cert).common_name,
                intact=bool(status.intact and status.valid),
                trusted=trusted,
            )
            doc_ts_revisions.append((emb.signed_revision, ts_info))
        elif status.timestamp_validity is not None:
            tv = status.timestamp_validity
            ts_info = TimestampInfo(
                time=tv.timestamp,
                kind="signature-timestamp",
                tsa=CertificateSummary.of(tv.signing_cert).common_name,
                intact=bool(tv.intact and tv.valid),
                trusted=bool(tv.trusted),
            )

        report = SignatureReport(
            field_name=str(emb.field_name),
            kind="document-timestamp" if is_doc_ts else "signature",
            signer=CertificateSummary.of(signer_cert),
            claimed_signing_time=getattr(status, "signer_reported_dt", None),
            intact=bool(status.intact),
            valid=bool(status.valid),
            covers_whole_file=covers_whole,
            modified_after=not covers_whole,
            modification_level=mod_level,
            modifications_permitted=mod_level in ("none", "lta_updates", "form_filling")
            and status.docmdp_ok is not False,
            trusted=trusted,
            chain_problem=chain_problem,
            revocation="unknown",
            revoked_since=None,
            timestamp=ts_info,
            pades_level=None,
            signed_revision=emb.signed_revision,
            problems=tuple(problems),
        )
        pending.append((report, emb, status.revocation_details))

    reports: list[tuple[SignatureReport, bool]] = []  # (report, LT data complete in the document)
    for rep, emb, details in pending:
        if rep.kind == "signature" and rep.timestamp is None:
            # A document timestamp in a later revision gives the signature its trusted time.
            later = [ts for rev, ts in doc_ts_revisions if rev > rep.signed_revision and ts.intact]
            if later:
                rep = dataclasses.replace(rep, timestamp=min(later, key=lambda t: t.time))
        revocation, revoked_since, lt_complete = "unknown", None, False
        if roots and emb is not None:
            moment = rep.timestamp.time if rep.timestamp is not None else None
            revocation, revoked_since, lt_complete = _revocation_check(
                emb.signer_cert, _cms_certs(emb), base_kwargs, allow_fetching, moment
            )
        if details is not None:
            revocation, revoked_since = "revoked", details.revocation_date
        problems = rep.problems
        if revocation == "revoked":
            problems += (
                translate("Signing", "The signer's certificate is revoked (since {date}).").format(
                    date=loc.format_date(revoked_since) if revoked_since else "?"
                ),
            )
        rep = dataclasses.replace(rep, revocation=revocation, revoked_since=revoked_since, problems=problems)
        reports.append((rep, lt_complete))

    final = []
    for rep, lt_complete in reports:
        if rep.kind == "signature":
            rep = dataclasses.replace(rep, pades_level=pades_level(rep, lt_complete))
        final.append(rep)
    return ValidationReport(signatures=tuple(final))


def pades_level(rep: SignatureReport, lt_complete: bool) -> str:
    """B-B without a trusted time; B-T with one; B-LT when the document also carries
    complete revocation data for the signer (checkable offline, hard-fail)."""
    if rep.timestamp is None:
        return SignatureLevel.B_B.value
    if lt_complete and rep.revocation == "good":
        return SignatureLevel.B_LT.value
    return SignatureLevel.B_T.value


def _broken_report(emb: EmbeddedPdfSignature, is_doc_ts: bool, reason: str) -> SignatureReport:
    try:
        signer = CertificateSummary.of(emb.signer_cert)
    except Exception as exc:  # noqa: BLE001 - the signer is unknown in a broken signature
        log.debug("signer certificate unreadable: %s", exc)
        signer = None
    return SignatureReport(
        field_name=str(getattr(emb, "field_name", "?")),
        kind="document-timestamp" if is_doc_ts else "signature",
        signer=signer,
        claimed_signing_time=None,
        intact=False,
        valid=False,
        covers_whole_file=False,
        modified_after=True,
        modification_level="unknown",
        modifications_permitted=False,
        trusted=False,
        chain_problem=None,
        revocation="unknown",
        revoked_since=None,
        timestamp=None,
        pades_level=None,
        signed_revision=getattr(emb, "signed_revision", -1),
        problems=(translate("Signing", "The signature cannot be checked: {reason}").format(reason=reason[:200]),),
    )
