"""Signing service: sign documents, complete their signatures later, verify them.

Each signing writes the signed PDF to the blob store first, then, in ONE write
transaction: a new FileVersion (role ``signed``, the previous version kept), a
Signature record, an audit event and the ``signature.add`` outbox operation.
The slow parts (token, PDF work, network) never run inside a transaction.
"""
from __future__ import annotations

import logging

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import audit, outbox
from desktop_app.db.engine import AUTHOR
from desktop_app.db.models import Document, FileVersion, Registration, Signature, utcnow
from desktop_app.errors import DocflowError, InvalidInput, PermissionDenied
from desktop_app.events import Change
from desktop_app.i18n import translate
from desktop_app.routing import steps as K
from desktop_app.services.documents import load_document
from desktop_app.services.templates import unnumbered_letter
from desktop_app.services.types import (
    BatchSignResult, FileInfo, IdentitySpec, SignatureInfo, SignedDocumentInfo, SignFailure, UpgradeDocResult, UpgradeRun,
)
from desktop_app.signing import settings as signing_settings
from desktop_app.signing.settings import read_trust_bundle  # noqa: F401 - re-exported (docflow verify --trust)
from desktop_app.services.signing_job import SignatureUpgrader
from desktop_app.errors import CertificateRefused, PinError, SigningError
from desktop_app.signing.options import SignedDocument, SignOptions
from desktop_app.signing.states import (
    STATE_COMPLETE,
    STATE_FAILED,
    STATE_NEEDS_SETTINGS,
    STATE_WAITING_TIMESTAMP,
    STATE_WAITING_VALIDATION_DATA,
    next_attempt_at,
    state_label,
)
from desktop_app.signing.vault import KeyringPassphraseVault, PassphraseVault

if TYPE_CHECKING:  # pyHanko: loaded in the signing process, not here (desktop_app/signing/worker.py)
    from desktop_app.signing.identities import SigningIdentity, TokenInfo, TokenKey
    from desktop_app.signing.validate import ValidationReport
from desktop_app.signing.worker import SigningWorker
from desktop_app.signing.states import PENDING_STATES
from docflow_protocol import SIGNATURE_LEVEL_ORDER, SIGNING_ROLES, OpType, Role, SignatureLevel

log = logging.getLogger(__name__)

PDF_MIME = "application/pdf"
SIGNER_ROLES = tuple(sorted(SIGNING_ROLES))
LEVEL_ORDER = {level: i for i, level in enumerate(SIGNATURE_LEVEL_ORDER)}
B_B = SignatureLevel.B_B.value


@dataclass(frozen=True)
class _Prepared:
    """A document signed in memory, not yet stored."""

    doc_id: str
    src_id: int
    src_name: str
    src_text: str
    result: SignedDocument
    cert_sha: str
    step_id: str | None


def verify_file(path: str | Path, trust_roots: bytes | None, allow_fetching: bool = False) -> ValidationReport:
    """Check every signature of a PDF file against ``trust_roots`` (PEM); needs no profile
    (``docflow verify FILE --trust CA.pem`` on a machine that has none)."""
    from desktop_app.signing.validate import validate_pdf

    return validate_pdf(Path(path).read_bytes(), trust_roots, allow_fetching=allow_fetching)


class SigningService:
    """The signing API for the UI, the CLI and the sync engine."""

    def __init__(self, ctx, vault: PassphraseVault | None = None):  # noqa: ANN001 - AppContext (import cycle)
        self.ctx = ctx
        self.vault = vault if vault is not None else KeyringPassphraseVault(session=ctx.session_secrets)
        # The signing process: signing, validation and completion run there, off the app's GIL.
        self.worker = SigningWorker()

    def close(self) -> None:
        """Stop the background completion job and the signing process (the context is closing)."""
        upgrader = getattr(self, "_upgrader", None)
        if upgrader is not None:
            upgrader.stop()
        self.worker.shutdown()

    # ------------------------------------------------------------------ helpers
    @property
    def _actor(self) -> str:
        return self.ctx.user.username

    def _require_signer(self) -> None:
        if not any(self.ctx.user.has_role(r) for r in SIGNER_ROLES):
            raise PermissionDenied(
                translate("Permissions", "{user} may not {action}: the role '{role}' is needed.").format(
                    user=self.ctx.user.username, action=translate("Signing", "sign documents"), role=Role.HEAD.value
                )
            )

    def _publish(self, doc_ids: Iterable[str], initiator: Any = None) -> None:
        self.ctx.events.publish(Change(frozenset(doc_ids), frozenset({"files", "signatures"}), initiator))

    _doc = staticmethod(load_document)

    @staticmethod
    def _newest_pdf(s: Session, doc_id: str, role: str | None = None) -> FileVersion | None:
        q = select(FileVersion).where(FileVersion.document_id == doc_id, FileVersion.mime == PDF_MIME)
        if role is not None:
            q = q.where(FileVersion.role == role)
        return s.execute(q.order_by(FileVersion.revision.desc()).limit(1)).scalar_one_or_none()

    # ----------------------------------------------------------------- settings
    def tsa_url(self) -> str:
        """The timestamp service: Settings ▸ Signatures, else the institution's (desktop_app/signing/settings.py)."""
        return signing_settings.tsa_url(self.ctx)

    def trust_roots(self) -> bytes | None:
        """The trust roots (PEM): the local override, else the institution's from the server; None if neither."""
        return signing_settings.trust_roots(self.ctx)

    def trust_roots_configured(self) -> bool:
        return signing_settings.trust_roots_source(self.ctx) is not None

    # --------------------------------------------------------------- identities
    def open_identity(self, spec: IdentitySpec, secret: str | None, *, remember: bool = False,
                      confirm_final_try: bool = False) -> SigningIdentity:
        """Open a PKCS#12 file or a token key in the signing process (the PIN or passphrase is used
        there once; a token's session belongs to that process). ``secret=None``: the keyring
        (PKCS#12, if remembered) or the reader's PIN pad (PKCS#11). ``remember`` keeps a PKCS#12
        passphrase in the OS keyring. Close the identity when done."""
        if spec.kind not in ("pkcs12", "pkcs11"):
            raise InvalidInput(translate("Signing", "Unknown identity kind {kind}.").format(kind=spec.kind))
        if spec.kind == "pkcs12" and secret is None:
            secret = self.vault.get(spec.identity_id)
        module = spec.module or self.ctx.settings.get("pkcs11_module", "")
        ident = self.worker.open_identity(spec, secret, module, confirm_final_try)
        if spec.kind == "pkcs12" and remember and secret:
            self.vault.remember(spec.identity_id, secret)
        return ident

    def scan_tokens(self, module: str) -> list[tuple[TokenInfo, list[TokenKey]]]:
        """Every token of the PKCS#11 ``module`` with its signing keys (read in the signing process)."""
        return self.worker.scan_tokens(module)

    # ------------------------------------------------------------------ signing
    def sign_document(self, doc_id: str, identity: SigningIdentity, options: SignOptions = SignOptions(),
                      *, initiator: Any = None) -> SignedDocumentInfo:
        """Sign the document's newest PDF; the result becomes a new ``signed`` file version. The
        route's signing step this person holds on the document is completed by the signing."""
        self._require_signer()
        steps = self.ctx.routing.my_active_steps([doc_id], K.SIGN)
        out = self._persist(self._prepare(doc_id, identity, options, steps.get(doc_id)))
        self._complete_steps([out], steps, initiator)
        self._publish([doc_id], initiator)
        return out

    def _complete_steps(self, signed: Iterable[SignedDocumentInfo], steps: Mapping[str, str], initiator: Any) -> None:
        """Approve the signing step each signature was made for (``{document id: step id}``), as
        registering a letter completes "Register the letter": the window and ``docflow sign`` alike
        (the head signed and the route stood still at "Sign", the letter never reaching the clerk).
        A step that cannot be approved stays for the person to see; the signature stands."""
        for r in signed:
            if (step_id := steps.get(r.document_id)) is None:
                continue
            try:
                self.ctx.routing.act(step_id, K.APPROVE, initiator=initiator)
            except DocflowError as exc:
                log.warning("signing step of %s not completed: %s", r.document_id, exc)

    def _prepare(self, doc_id: str, identity: SigningIdentity, options: SignOptions,
                 step_id: str | None) -> "_Prepared":
        """Read the newest PDF and sign it (token/PDF work: outside any transaction)."""
        with self.ctx.db.read() as s:
            doc = self._doc(s, doc_id)
            if refusal := unnumbered_letter(s, doc):
                raise InvalidInput(refusal)
            src = self._newest_pdf(s, doc_id)
            if src is None:
                raise InvalidInput(
                    translate("Signing", "Document {subject} has no PDF file to sign.").format(subject=doc.subject or doc_id)
                )
            src_id, src_sha, src_name, src_text = src.id, src.sha256, src.filename, src.text
            reg_number = None
            if options.stamp is not None and options.stamp.registration_number is None:
                reg = s.execute(select(Registration).where(Registration.document_id == doc_id)).scalar_one_or_none()
                reg_number = reg.number if reg is not None else None
        if reg_number:
            options = replace(options, stamp=replace(options.stamp, registration_number=reg_number))
        pdf = self.ctx.blobs.read(src_sha)
        in_worker = getattr(identity, "sign_detailed", None)  # opened by open_identity: signed in the signing process
        if in_worker is not None:
            result = in_worker(pdf, options)
        else:  # an identity opened in this process (tests, benchmarks): signed here
            from desktop_app.signing.sign import sign_pdf_detailed

            result = sign_pdf_detailed(pdf, identity, options)
        return _Prepared(doc_id, src_id, src_name, src_text, result,
                         hashlib.sha256(identity.certificate.dump()).hexdigest(), step_id)

    def _persist(self, p: "_Prepared") -> SignedDocumentInfo:
        """The blob first, then ONE write transaction: file version, signature, audit, outbox."""
        result = p.result
        existed = self.ctx.blobs.has(hashlib.sha256(result.pdf).hexdigest())
        sha = self.ctx.blobs.put_bytes(result.pdf)
        signed_at = result.signed_at.astimezone(dt.timezone.utc).replace(tzinfo=None)
        try:
            with self.ctx.db.write() as s:
                doc = self._doc(s, p.doc_id)
                newest = self._newest_pdf(s, p.doc_id)
                if newest is None or newest.id != p.src_id:
                    raise InvalidInput(
                        translate("Signing", "Document {subject} changed while it was being signed; sign it again.").format(
                            subject=doc.subject or p.doc_id
                        )
                    )
                stem = Path(p.src_name).stem or "document"
                fv = self.ctx.documents.add_version_in(
                    s, doc, sha, len(result.pdf), "signed", f"{stem}.signed.pdf", PDF_MIME, p.src_text, p.src_id
                )
                sig = Signature(
                    document_id=doc.id, file_version_id=fv.id, field_name=result.field_name,
                    signer_name=result.signer.common_name, signer_cert_sha256=p.cert_sha, signed_at=signed_at,
                    level=B_B, upgrade_state=STATE_WAITING_TIMESTAMP, upgrade_attempts=0,
                    next_attempt_at=utcnow(), revoked=False,
                    message=translate("Signing", "signed offline · waiting for timestamp"),
                )
                s.add(sig)
                s.flush()
                audit.append(s, self._actor, OpType.SIGNATURE_ADD.value, doc.id, signature_id=sig.id, field=result.field_name,
                             signer=result.signer.common_name, level=B_B, sha256=sha)
                payload = {"signature_id": sig.id, "sha256": sha, "level": B_B,
                           "signer_name": result.signer.common_name, "certificate_sha256": p.cert_sha,
                           "signed_at": result.signed_at.isoformat()}
                if p.step_id:
                    payload["step_id"] = p.step_id
                outbox.enqueue(s, OpType.SIGNATURE_ADD.value, doc.id, payload, blob_hashes=[sha])
                return SignedDocumentInfo(doc.id, FileInfo.of(fv), SignatureInfo.of(sig))
        except BaseException:
            self.ctx.documents.drop_blob_if_unused(sha, existed)
            raise

    def sign_documents(self, doc_ids: Iterable[str], identity: SigningIdentity, options: SignOptions = SignOptions(),
                       *, progress: Callable[[int, int, str], None] | None = None,
                       cancelled: Callable[[], bool] | None = None, initiator: Any = None) -> BatchSignResult:
        """Sign many documents with one opened identity (one PIN). A failing document does not stop
        the rest; a refused certificate or a PIN problem stops the batch (it would fail them all).
        The route's signing step this person holds on a signed document is completed by the signing.

        Pipelined: while document N is written durably (blob fsync, commit) on a helper thread,
        document N+1 is already being signed here (the token is only used on this thread).
        """
        self._require_signer()
        ids = list(dict.fromkeys(doc_ids))  # the same document twice would only conflict with itself
        step_ids = self.ctx.routing.my_active_steps(ids, K.SIGN)
        signed: list[SignedDocumentInfo] = []
        failed: list[SignFailure] = []
        stop: DocflowError | None = None

        def fail(doc_id: str, exc: BaseException) -> None:
            failed.append(SignFailure(doc_id, self._subject(doc_id), getattr(exc, "code", type(exc).__name__), str(exc)))

        def collect(pending) -> None:  # noqa: ANN001 - (doc_id, Future)
            doc_id, fut = pending
            try:
                signed.append(fut.result())
            except DocflowError as exc:
                fail(doc_id, exc)

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="docflow-sign-persist") as writer:
            pending = None
            for n, doc_id in enumerate(ids):
                if progress:
                    progress(n, len(ids), translate("Signing", "Signing {n} of {total}").format(n=n + 1, total=len(ids)))
                if stop is None and cancelled is not None and cancelled():
                    stop = DocflowError(translate("Signing", "Cancelled before signing."))
                if stop is not None:
                    fail(doc_id, stop)
                    continue
                try:
                    prepared = self._prepare(doc_id, identity, options, step_ids.get(doc_id))
                except (CertificateRefused, PinError) as exc:
                    stop = exc
                    fail(doc_id, exc)
                    continue
                except DocflowError as exc:
                    fail(doc_id, exc)
                    continue
                if pending is not None:
                    collect(pending)
                pending = (doc_id, writer.submit(self._persist, prepared))
            if pending is not None:
                collect(pending)
        order = {d: i for i, d in enumerate(ids)}
        signed.sort(key=lambda r: order[r.document_id])
        failed.sort(key=lambda f: order.get(f.document_id, 0))
        self._complete_steps(signed, step_ids, initiator)
        if signed:
            self._publish([r.document_id for r in signed], initiator)
        if progress:
            progress(len(ids), len(ids), translate("Signing", "Done"))
        return BatchSignResult(tuple(signed), tuple(failed))

    def _subject(self, doc_id: str) -> str:
        try:
            with self.ctx.db.read() as s:
                doc = s.get(Document, doc_id)
                return doc.subject if doc is not None else ""
        except Exception as exc:  # noqa: BLE001 - only for the failure summary
            log.debug("subject of %s not read: %s", doc_id, exc)
            return ""

    def signatures(self, doc_id: str) -> tuple[SignatureInfo, ...]:
        with self.ctx.db.read() as s:
            rows = s.execute(select(Signature).where(Signature.document_id == doc_id).order_by(Signature.signed_at)).scalars()
            return tuple(SignatureInfo.of(g) for g in rows)

    # --------------------------------------------------------------- validation
    def verify_document(self, doc_id: str, allow_fetching: bool = False) -> ValidationReport:
        """Validation report for the document's newest PDF (incoming or own)."""
        with self.ctx.db.read() as s:
            self._doc(s, doc_id)
            fv = self._newest_pdf(s, doc_id)
            if fv is None:
                raise InvalidInput(translate("Signing", "The document has no PDF file."))
            sha = fv.sha256
        return self.worker.validate(self.ctx.blobs.read(sha), self.trust_roots(), self._may_fetch(allow_fetching))

    def _may_fetch(self, asked: bool) -> bool:
        """Revocation data (OCSP/CRL) are fetched only when asked and the signature settings allow it."""
        return asked and signing_settings.revocation_fetch(self.ctx)

    def verify_file(self, path: str | Path, allow_fetching: bool = False) -> ValidationReport:
        return self.worker.validate(Path(path).read_bytes(), self.trust_roots(), self._may_fetch(allow_fetching))

    # ------------------------------------------------------------------ upgrade
    def background(self, **kw) -> "SignatureUpgrader":
        """The background upgrade job for this profile (not started; call ``.start()``)."""
        if getattr(self, "_upgrader", None) is None:
            self._upgrader = SignatureUpgrader(self, **kw)
        return self._upgrader

    def due_documents(self, now: dt.datetime | None = None, *, force: bool = False,
                      also: Iterable[str] = ()) -> list[str]:
        """Documents with signatures waiting to be completed whose retry time has come (every
        waiting one with ``force``; ``also``: documents to try now whatever their time)."""
        now = now or utcnow()
        also = set(also)
        with self.ctx.db.read() as s:
            states = list(PENDING_STATES)
            if force or self.trust_roots_configured():  # waited only for settings: due once they exist
                states.append(STATE_NEEDS_SETTINGS)
            q = select(Signature.document_id).where(Signature.upgrade_state.in_(states), Signature.revoked.is_(False))
            if not force:
                due = (Signature.next_attempt_at.is_(None)) | (Signature.next_attempt_at <= now)
                q = q.where(due | Signature.document_id.in_(also)) if also else q.where(due)
            return sorted(set(s.execute(q).scalars()))

    def upgrade_due(self, now: dt.datetime | None = None, *, force: bool = False, timeout: float = 10.0,
                    progress: Callable[[int, int, str], None] | None = None, also: Iterable[str] = ()) -> UpgradeRun:
        """Try to complete every due signature (the background job, :class:`SignatureUpgrader`, and
        ``docflow signatures upgrade``): each signature's own next-try time
        (:data:`desktop_app.retry.SIGNATURE_COMPLETION`) decides, unless ``force`` (a person asked)
        or the document is in ``also``. Offline it just reschedules."""
        ids = self.due_documents(now, force=force, also=also)
        results = []
        for n, doc_id in enumerate(ids):
            if progress:
                progress(n, len(ids), translate("Signing", "Completing signatures {n} of {total}").format(
                    n=n + 1, total=len(ids)))
            try:
                results.append(self.upgrade_document(doc_id, timeout=timeout))
            except Exception as exc:  # noqa: BLE001 - one document must not stop the job for the others
                log.warning("signatures of %s not completed", doc_id, exc_info=True)
                msg = str(exc)[:300] or type(exc).__name__
                results.append(UpgradeDocResult(doc_id, STATE_FAILED, "", False, msg, state_label(STATE_FAILED, "")))
        return UpgradeRun(tuple(results))

    def upgrade_document(self, doc_id: str, *, timeout: float = 10.0, initiator: Any = None) -> UpgradeDocResult:
        """One upgrade attempt for one document's newest signed file."""
        with self.ctx.db.read() as s:
            doc = self._doc(s, doc_id)
            fv = self._newest_pdf(s, doc_id, role="signed")
            if fv is None:
                raise InvalidInput(translate("Signing", "The document has no signed file."))
            src_id, src_sha, src_name, src_text = fv.id, fv.sha256, fv.filename, fv.text
        roots = self.trust_roots()
        data = self.ctx.blobs.read(src_sha)
        revoked_field = None
        if roots is None:  # not a failure of the signature: it waits for the settings (retried when they come)
            res_state, res_level, res_msg, res_pdf, revoked, changed = (
                STATE_NEEDS_SETTINGS, B_B, translate(
                    "Signing", "No trust roots are configured yet: they come from the server with the institution's "
                               "settings, or set them in Settings ▸ Signatures."),
                data, False, False)
            levels: dict[str, str] = {}
        else:
            res, levels = self.worker.upgrade(data, self.tsa_url() or None, roots, timeout)
            res_state, res_level, res_msg, res_pdf, revoked, changed = (
                res.state, res.level, res.message, res.pdf, res.revoked, res.changed)
            revoked_field = res.revoked_field

        new_sha = None
        existed = True
        if changed:
            existed = self.ctx.blobs.has(hashlib.sha256(res_pdf).hexdigest())
            new_sha = self.ctx.blobs.put_bytes(res_pdf)
        now = utcnow()
        try:
            with self.ctx.db.write() as s:
                # the upgrade is the signature's, not the work of whoever is at the desk now (nobody, even):
                # its op goes with any login, the server takes it from the workstation the signature was made on
                s.info[AUTHOR] = None
                doc = self._doc(s, doc_id)
                newest = self._newest_pdf(s, doc_id, role="signed")
                if newest is None or newest.id != src_id:
                    # signed again meanwhile: the next run works on the new file
                    if new_sha:
                        self.ctx.documents.drop_blob_if_unused(new_sha, existed)
                    return UpgradeDocResult(doc_id, STATE_WAITING_TIMESTAMP, B_B, False,
                                            translate("Signing", "The document changed meanwhile; will try again."),
                                            state_label(STATE_WAITING_TIMESTAMP, B_B))
                fv_id = src_id
                if changed:
                    fv = self.ctx.documents.add_version_in(s, doc, new_sha, len(res_pdf), "signed", src_name,
                                                           PDF_MIME, src_text, src_id)
                    fv_id = fv.id
                rows = s.execute(select(Signature).where(
                    Signature.document_id == doc_id,
                    Signature.upgrade_state.in_((*PENDING_STATES, STATE_NEEDS_SETTINGS)))).scalars().all()
                for g in rows:
                    if changed:
                        g.file_version_id = fv_id
                        new_level = levels.get(g.field_name, g.level)
                        if LEVEL_ORDER.get(new_level, 0) > LEVEL_ORDER.get(g.level, 0):
                            # the server's record follows: protocol op signature.upgrade (after file.attach)
                            outbox.enqueue(s, OpType.SIGNATURE_UPGRADE.value, doc_id,
                                           {"signature_id": g.id, "sha256": new_sha, "level": new_level},
                                           blob_hashes=[new_sha])
                        g.level = new_level
                    g.upgrade_state = res_state
                    g.message = res_msg
                    if revoked:
                        if revoked_field is None or g.field_name == revoked_field:
                            g.revoked = True
                        else:  # valid itself, but the document is not completed while it holds a revoked one
                            g.upgrade_state = STATE_FAILED
                            g.message = translate(
                                "Signing", "Not completed: another signature on this document is revoked."
                            ) + " " + res_msg
                    if res_state in (STATE_WAITING_TIMESTAMP, STATE_WAITING_VALIDATION_DATA):
                        g.upgrade_attempts += 1
                        g.next_attempt_at = next_attempt_at(now, g.upgrade_attempts)
                    else:
                        g.next_attempt_at = None
                if revoked:
                    audit.append(s, self._actor, "signature.revoked", doc_id, message=res_msg)
                elif rows and (changed or res_state in (STATE_COMPLETE, STATE_FAILED)):  # not again for a second run that found it done
                    audit.append(s, self._actor, OpType.SIGNATURE_UPGRADE.value, doc_id, state=res_state, level=res_level,
                                 sha256=new_sha or src_sha)
        except BaseException:
            if new_sha:
                self.ctx.documents.drop_blob_if_unused(new_sha, existed)
            raise
        self._publish([doc_id], initiator)
        return UpgradeDocResult(doc_id, res_state, res_level, revoked, res_msg, state_label(res_state, res_level))


__all__ = [
    "SignatureUpgrader",
    "BatchSignResult",
    "IdentitySpec",
    "SignFailure",
    "SignedDocumentInfo",
    "SigningError",
    "SigningService",
    "UpgradeDocResult",
    "UpgradeRun",
]
