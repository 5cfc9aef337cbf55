"""Intake service: every path in (scanner, file import, drag and drop, the watched folder) -> one
compact, searchable PDF per document.

* A **scan** (the scanner's pages, an image file, an image-only PDF such as a copier's) goes
  through the same pipeline: clean-up -> per-page plan (G4 text + colour patches, or JPEG) ->
  compact PDF, split into documents at separator sheets (and blank pages, if chosen). That PDF is
  the document's ``original`` and the one file that travels. It waits (``upload="ocr"``) until
  its invisible text layer is added -- in the background by default -- and then goes to the
  outbox, so the searchable PDF is sent once, not the image PDF and then an OCR copy.
* The **camera/copier original** of an imported scan is kept as a ``scan`` version on this
  computer only (``upload="local"``) for ``keep_originals_days``; it is uploaded only when the
  person asks (:meth:`IntakeService.upload_original`) or the institution's setting
  ``upload_originals`` says so. :meth:`sweep_originals` removes expired ones (audited).
* **Born-digital PDFs with text, and any signed PDF,** are kept byte-for-byte, as before.

Slow steps (clean-up, OCR) run outside any database transaction; documents and versions are
written through :class:`DocumentService` (sessions, audit, outbox, search index).

Over 500 lines on purpose: it is the one intake API (scan, import, watched folder, OCR, local
originals), each a short path through the pipeline modules in ``desktop_app/intake/``, where the
work itself is.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app import audit, locale, search
from desktop_app.db.models import FileVersion, utcnow
from desktop_app.errors import InvalidInput
from desktop_app.events import Change
from desktop_app.i18n import translate
from desktop_app.intake import batch as batch_mod
from desktop_app.intake.child import IntakeProcess
from desktop_app.intake import files as files_mod
from desktop_app.intake import ocr as ocr_mod
from desktop_app.intake.batch import PageGroup, SplitOptions
from desktop_app.intake.cleanup import CleanupOptions
from desktop_app.intake.pages import IntakeError, PageImage
from desktop_app.intake.pdf import PdfOptions, assemble
from desktop_app.intake.spool import SpooledPage
from desktop_app.intake.scanner import (
    ProgressCallback, ScannerBackend, ScannerDevice, ScanOptions, ScanProfile, ScanResult, ScanSource,
    platform_backends, profiles_from_settings, profiles_to_settings,
)
from desktop_app.intake.validate import PDF_MIME, pdf_is_signed
from desktop_app.intake.watch import FolderWatcher
from desktop_app.services.document_files import import_each, refuse_if_imported
from desktop_app.services.documents import load_document
from desktop_app.services.types import DocumentRow, FileInfo, ImportResult, NewFile
from desktop_app.services.types.intake import IntakeSettings, OcrOutcome, ScannedDocument
from docflow_protocol import DocumentKind

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
CODE_FIELDS = ("summary", "subject", "")
OCR_MODES = ("background", "now", "off")


class IntakeService:
    def __init__(self, ctx, backends: Sequence[ScannerBackend] | None = None):  # noqa: ANN001 - AppContext
        self.ctx = ctx
        self._backends = list(backends) if backends is not None else None
        self._device_backends: dict[str, ScannerBackend] = {}
        self._ocr_lock = threading.Lock()
        self.process = IntakeProcess()  # a scan's page work runs there (desktop_app/intake/child.py)

    def close(self) -> None:  # the context is closing
        self.process.shutdown()

    # ------------------------------------------------------------------ settings
    def settings(self) -> IntakeSettings:
        s = self.ctx.settings
        code_field = s.get("intake_code_field", "summary")
        return IntakeSettings(
            ocr_languages=tuple(s.get("ocr_languages") or ocr_mod.DEFAULT_LANGUAGES),
            ocr_enabled=bool(s.get("intake_ocr_enabled", True)),
            cleanup=CleanupOptions.from_dict(s.get("intake_cleanup") or {}),
            pdf=PdfOptions.from_dict(s.get("intake_pdf") or {}),
            watch_folder=s.get("intake_watch_folder") or "",
            split=SplitOptions.from_dict(s.get("intake_split") or {}),
            code_field=code_field if code_field in CODE_FIELDS else "summary",
            keep_originals_days=max(0, int(s.get("intake_keep_originals_days", 30))),
            upload_originals=bool(s.get("intake_upload_originals", False)),
        )

    def save_settings(self, value: IntakeSettings) -> None:
        s = self.ctx.settings
        s.set("ocr_languages", list(value.ocr_languages))
        s.set("intake_ocr_enabled", value.ocr_enabled)
        s.set("intake_cleanup", value.cleanup.to_dict())
        s.set("intake_pdf", value.pdf.to_dict())
        s.set("intake_watch_folder", value.watch_folder)
        s.set("intake_split", value.split.to_dict())
        s.set("intake_code_field", value.code_field)
        s.set("intake_keep_originals_days", value.keep_originals_days)
        s.set("intake_upload_originals", value.upload_originals)

    def profiles(self) -> list[ScanProfile]:
        return profiles_from_settings(self.ctx.settings.get("scan_profiles"))

    def save_profiles(self, profiles: list[ScanProfile]) -> None:
        self.ctx.settings.set("scan_profiles", profiles_to_settings(profiles))

    # ------------------------------------------------------------------ scanners
    def backends(self) -> list[ScannerBackend]:
        if self._backends is None:
            self._backends = platform_backends()
        return self._backends

    def devices(self) -> tuple[list[ScannerDevice], list[str]]:
        """(devices of every usable backend, sentences about backends that are not usable)."""
        devices, problems = [], []
        for backend in self.backends():
            ok, reason = backend.availability()
            if not ok:
                problems.append(reason)
                continue
            try:
                found = backend.list_devices()
            except IntakeError as exc:
                problems.append(str(exc))
                continue
            devices += found
            self._device_backends.update({d.id: backend for d in found})
        return devices, problems

    def _backend_for(self, device_id: str) -> ScannerBackend:
        known = self._device_backends.get(device_id)
        if known is not None and known in self.backends():
            return known  # listing devices can take seconds (network scanners): reuse the last listing
        usable = [b for b in self.backends() if b.availability()[0]]
        for backend in usable:
            if any(d.id == device_id for d in backend.list_devices()):
                return backend
        if usable:
            return usable[0]  # let the backend say what is wrong with the id
        raise IntakeError(self.devices()[1][0] if self.devices()[1] else translate("Scan", "No scanner backend is available."))

    def device_sources(self, device_id: str) -> frozenset[ScanSource]:
        """The paper sources the device offers (opening it can take a second: not on the GUI thread)."""
        return self._backend_for(device_id).sources(device_id)

    def scan(self, device_id: str, options: ScanOptions, *, cancel: threading.Event | None = None,
             progress: ProgressCallback | None = None, backend: ScannerBackend | None = None,
             keep_pages: bool = True) -> ScanResult:
        """Scan one batch. A device failure comes back in ``result.error`` with the pages so far.

        ``keep_pages=False``: the pages reach only ``progress`` (the caller spools them as they come)."""
        backend = backend or self._backend_for(device_id)
        return backend.scan(device_id, options, cancel=cancel, progress=progress, keep_pages=keep_pages)

    # ------------------------------------------------------------- pages -> doc
    def create_from_pages(self, pages: Iterable[PageImage | SpooledPage], *, subject: str | None = None, kind: str = DocumentKind.INCOMING.value,
                          filename: str | None = None, progress: ProgressFn | None = None, initiator: Any = None) -> ScannedDocument:
        """Clean the pages, split the batch at separator sheets, build each compact PDF and store it
        as a new document's original (waiting for its text layer when OCR is on).

        Raises IntakeError when every page was blank or the PDF could not be built (nothing is stored)."""
        conf = self.settings()
        pages = list(pages) if not isinstance(pages, list) else pages
        n = len(pages)

        def page_done(i: int) -> None:
            if progress:
                progress(i, n + 1, translate("Intake", "Cleaning page {i} of {n}").format(i=i, n=n))

        groups = batch_mod.process(pages, conf.cleanup, conf.pdf, conf.split, progress=page_done)
        reports = tuple(r for g in groups for r in g.reports)
        if not groups:
            raise IntakeError(translate("PDF", "There are no pages to put into the PDF (all pages were blank or deleted)."))
        if progress:
            progress(n, n + 1, translate("Intake", "Saving the document"))
        name = filename or dt.datetime.now().strftime("scan-%Y%m%d-%H%M%S.pdf")
        if not subject and filename is None:  # the list shows a scan by words a person reads, not its file name
            subject = translate("Intake", "Scan of {when}").format(when=locale.format_datetime(utcnow()))
        rows, size = [], 0
        for i, group in enumerate(groups):
            pdf = assemble(group.pages)
            size += len(pdf)
            part = name if len(groups) == 1 else f"{Path(name).stem}-{i + 1}{Path(name).suffix or '.pdf'}"
            rows.append(self._store_scan(pdf, part, group, conf, kind=kind, subject=subject, initiator=initiator))
        if progress:
            progress(n + 1, n + 1, "")
        removed, kept = sum(g.removed_blank for g in groups), sum(len(g.pages) for g in groups)
        del groups, pages
        batch_mod.release_memory()
        return ScannedDocument(rows[0], kept, removed, size, reports, tuple(rows))

    def _store_scan(self, pdf: bytes, filename: str, group: PageGroup, conf: IntakeSettings, *, kind: str,
                    subject: str | None, original: files_mod.StagedFile | None = None, original_mime: str = "",
                    first: bool = True, initiator: Any = None) -> DocumentRow:
        """Store one compact PDF (and the local-only original it came from) as a new document."""
        sha = self.ctx.blobs.put_bytes(pdf)
        files: list[NewFile] = []
        details: dict[str, Any] = {"filename": filename, "pages": len(group.pages),
                                   "plans": [p.plan.label for p in group.pages]}
        if original is not None:
            self.ctx.blobs.put_file(original.path)
            keep = None if conf.upload_originals else utcnow() + dt.timedelta(days=conf.keep_originals_days)
            files.append(NewFile(original.sha256, original.size, "scan", original.name, original_mime,
                                 upload="queued" if conf.upload_originals else "local", keep_until=keep))
            details.update(filename=original.name, original_sha256=original.sha256, original_size=original.size)
        files.append(NewFile(sha, len(pdf), "original", filename if filename.lower().endswith(".pdf") else f"{Path(filename).stem}.pdf",
                             PDF_MIME, upload="ocr" if conf.ocr_enabled else "queued"))
        summary, title = "", subject
        if group.code and conf.code_field == "summary":
            summary = translate("Intake", "Code on the first page: {code}").format(code=group.code)
        elif group.code and conf.code_field == "subject":
            title = group.code
        if group.code:
            details["code"] = group.code
        try:
            return self.ctx.documents.create_with_files(
                files, kind=kind, subject=title or Path(filename).stem, summary=summary, pages=len(group.pages),
                action="document.scan" if original is None else "document.import", details=details,
                duplicate_of=original.sha256 if original is not None and first else None, initiator=initiator)
        except BaseException:
            for f in files:
                self._drop_blob_if_unused(f.sha256)
            raise

    def _drop_blob_if_unused(self, sha: str) -> None:
        with self.ctx.db.read() as s:
            if s.execute(select(FileVersion.id).where(FileVersion.sha256 == sha).limit(1)).scalar() is None:
                self.ctx.blobs.delete(sha)

    # -------------------------------------------------------------- file import
    def import_files(self, paths: Iterable[str | Path], kind: str = DocumentKind.INCOMING.value, progress: ProgressFn | None = None,
                     cancelled: Callable[[], bool] | None = None, initiator: Any = None,
                     ocr: str = "background") -> ImportResult:
        """Import each file; a bad file is reported (naming it and the reason) and the rest go on.

        Scans (images, image-only PDFs) go through the scan pipeline and may split into several
        documents at separator sheets; PDFs with text and signed PDFs are kept byte-for-byte.

        Args:
            ocr: ``background`` (the scans' PDFs wait for :meth:`ocr_pending`, run by the app
                after the import), ``now`` (recognised before returning: the command line), or
                ``off`` (sent without a text layer, whatever the settings say).
        """
        if ocr not in OCR_MODES:
            raise InvalidInput(f"ocr={ocr!r}")
        return import_each(paths, lambda path: self.import_path(path, kind=kind, initiator=initiator, ocr=ocr),
                           progress, cancelled)

    def import_path(self, path: str | Path, *, kind: str = DocumentKind.INCOMING.value, initiator: Any = None,
                    ocr: str = "background") -> list[DocumentRow]:
        """Import one file as one or more documents (see :meth:`import_files`).

        Raises:
            InvalidInput / IntakeError: the file is refused (nothing of it is stored).
        """
        conf = self.settings()
        if ocr == "off" and conf.ocr_enabled:
            from dataclasses import replace

            conf = replace(conf, ocr_enabled=False)
        staged = files_mod.stage(path, self.ctx.blobs.tmp)
        try:
            self._refuse_if_imported(staged)
            what = files_mod.inspect(staged)
            if not what.is_scan:
                data = files_mod.read_bytes(staged)
                return [self.ctx.documents.create_document(data, staged.name, kind=kind, initiator=initiator)]
            groups = self.process.scan_groups(staged, what, conf.cleanup, conf.pdf, conf.split)  # off the app's GIL
            if not groups:
                raise InvalidInput(translate("Import", "{name}: every page is blank; nothing was imported.").format(name=staged.name))
            rows = []
            for i, group in enumerate(groups):
                name = staged.name if len(groups) == 1 else f"{Path(staged.name).stem}-{i + 1}.pdf"
                rows.append(self._store_scan(assemble(group.pages), name, group, conf, kind=kind, subject=None,
                                             original=staged, original_mime=what.mime, first=i == 0, initiator=initiator))
        finally:
            staged.discard()
            batch_mod.release_memory()
        if ocr == "now" and conf.ocr_enabled:
            for row in rows:
                self.ocr_document(row.id, initiator=initiator)
        return rows

    def _refuse_if_imported(self, staged: files_mod.StagedFile) -> None:
        """Refuse a file whose exact content is already a document's original (before any work)."""
        with self.ctx.db.read() as s:
            refuse_if_imported(s, staged.sha256, staged.name)

    def import_one(self, path: Path) -> list[DocumentRow]:
        """Import one file (the watched folder's step); raises with the reason when it is refused."""
        return self.import_path(path)

    # ------------------------------------------------------------------------ OCR
    def pending_ocr(self) -> list[str]:
        """Documents whose compact PDF is waiting for its text layer (oldest first)."""
        with self.ctx.db.read() as s:
            return list(dict.fromkeys(s.execute(select(FileVersion.document_id).where(FileVersion.upload == "ocr")
                                                .order_by(FileVersion.id)).scalars()))

    def ocr_pending(self, *, progress: ProgressFn | None = None, cancel: threading.Event | None = None,
                    initiator: Any = None) -> list[OcrOutcome]:
        """Recognise every waiting document (the app runs this in the background after imports and
        at start-up); when OCR is switched off, the waiting PDFs are queued without a text layer."""
        out = []
        conf = self.settings()
        for doc_id in self.pending_ocr():
            if cancel is not None and cancel.is_set():
                break
            if not conf.ocr_enabled:
                self.release_waiting(doc_id, initiator=initiator)
                continue
            out.append(self.ocr_document(doc_id, progress=progress, cancel=cancel, initiator=initiator))
        if out:
            batch_mod.release_memory()
        return out

    def release_waiting(self, doc_id: str, initiator: Any = None) -> None:
        """Queue a document's waiting compact PDF for upload as it is (no text layer)."""
        with self.ctx.db.write() as s:
            for fv in s.execute(select(FileVersion).where(FileVersion.document_id == doc_id, FileVersion.upload == "ocr")).scalars():
                self.ctx.documents.queue_file_in(s, fv)
                audit.append(s, self.ctx.user.username, "file.queued_without_text", doc_id, revision=fv.revision, sha256=fv.sha256)
        self._changed([doc_id], {"files"}, initiator)

    def ocr_document(self, doc_id: str, *, progress: ProgressFn | None = None, cancel: threading.Event | None = None,
                     initiator: Any = None) -> OcrOutcome:
        """Give the document its invisible text layer.

        * A compact PDF waiting for it (a scan): the text layer is added to that same version,
          which is then queued for upload -- one searchable file travels.
        * Otherwise an image-only original gets a searchable ``ocr`` version (an imported image: a
          compact PDF first); the original stays byte-for-byte. The copy of a *signed* PDF stays
          on this computer (its text feeds the search here; the signed file is what travels).

        A missing language pack or a damaged file gives an outcome with a message and no text
        (a waiting PDF is then queued without one, so sync is never held up); a cancel leaves
        everything as it was. One document is recognised at a time (each already runs one
        Tesseract per core); a second caller for the same document finds it done.
        """
        with self._ocr_lock:
            try:
                return self._ocr_document(doc_id, progress, cancel, initiator)
            finally:
                # The PDF reader's and writer's objects of the merge are gone now: hand their heap
                # back, as after a batch (glibc keeps it otherwise).
                batch_mod.release_memory()

    def _ocr_document(self, doc_id: str, progress: ProgressFn | None, cancel: threading.Event | None,
                      initiator: Any) -> OcrOutcome:
        conf = self.settings()
        with self.ctx.db.read() as s:
            load_document(s, doc_id)
            waiting = s.execute(select(FileVersion).where(FileVersion.document_id == doc_id, FileVersion.upload == "ocr")
                                .order_by(FileVersion.revision.desc()).limit(1)).scalar_one_or_none()
            original = s.execute(select(FileVersion).where(FileVersion.document_id == doc_id, FileVersion.role == "original")
                                 .order_by(FileVersion.revision).limit(1)).scalar_one_or_none()
            if original is None:
                original = s.execute(select(FileVersion).where(FileVersion.document_id == doc_id)
                                     .order_by(FileVersion.revision).limit(1)).scalar_one_or_none()
            has_ocr = s.execute(select(FileVersion.id).where(FileVersion.document_id == doc_id,
                                                              FileVersion.role == "ocr").limit(1)).scalar()
            target = waiting or original
            if target is None:
                raise InvalidInput(translate("Documents", "There is no document with id {id}.").format(id=doc_id))
            fv_id, sha, mime, name, text = target.id, target.sha256, target.mime, target.filename, target.text
        if waiting is None:
            if has_ocr:
                return OcrOutcome(doc_id, None, translate("OCR", "The document already has a text layer."))
            if mime == PDF_MIME and text.strip():
                return OcrOutcome(doc_id, None, translate("OCR", "The PDF already contains text; no OCR is needed."))
        data = self.ctx.blobs.read(sha)
        signed = waiting is None and (self._has_signed_version(doc_id) or (mime == PDF_MIME and pdf_is_signed(data)))

        def page_progress(done: int, total: int) -> None:
            if progress:
                progress(done, total, translate("OCR", "Recognising text: page {i} of {n}").format(i=done, n=total))

        try:
            if mime == PDF_MIME:
                result = ocr_mod.ocr_pdf(data, conf.ocr_languages, embedded=True, progress=page_progress, cancel=cancel)
            else:  # an image imported as it is: make the compact PDF first, then the text layer
                del data
                staged = files_mod.StagedFile(name, self.ctx.blobs.path(sha), sha, 0)
                groups = self.process.scan_groups(staged, files_mod.Inspection(mime, 0), conf.cleanup, conf.pdf)
                if not groups:
                    raise IntakeError(translate("PDF", "There are no pages to put into the PDF (all pages were blank or deleted)."))
                pdf = assemble([p for g in groups for p in g.pages])
                result = ocr_mod.ocr_pdf(pdf, conf.ocr_languages, embedded=True, progress=page_progress, cancel=cancel)
        except ocr_mod.OcrCancelled as exc:
            return OcrOutcome(doc_id, None, str(exc))
        except (IntakeError, InvalidInput) as exc:
            if waiting is not None:
                self.release_waiting(doc_id, initiator=initiator)
            return OcrOutcome(doc_id, None, str(exc))
        body = result.text
        if waiting is not None:
            info = self._complete_waiting(doc_id, fv_id, result.pdf, body, initiator)
        else:
            info = self.ctx.documents.add_file_version(doc_id, result.pdf, "ocr", f"{Path(name).stem}-ocr.pdf", PDF_MIME,
                                                       text=body, parent_id=None, initiator=initiator,
                                                       upload="local" if signed else "queued")
        return OcrOutcome(doc_id, info, "", len(body))

    def _has_signed_version(self, doc_id: str) -> bool:
        with self.ctx.db.read() as s:
            return bool(s.execute(select(FileVersion.id).where(FileVersion.document_id == doc_id,
                                                                FileVersion.role == "signed").limit(1)).scalar())

    def _complete_waiting(self, doc_id: str, fv_id: int, pdf: bytes, text: str, initiator: Any) -> FileInfo:
        """The waiting version becomes the searchable PDF (it was never sent) and is queued."""

        sha = self.ctx.blobs.put_bytes(pdf)
        with self.ctx.db.write() as s:
            fv = s.get(FileVersion, fv_id)
            doc = load_document(s, doc_id)
            old = fv.sha256 if fv is not None else None
            if fv is None:
                info = None
            elif fv.upload != "ocr":  # queued meanwhile (OCR switched off): keep what was queued
                info, old = FileInfo.of(fv), None
            else:
                fv.sha256, fv.size, fv.text = sha, len(pdf), text
                self.ctx.documents.queue_file_in(s, fv)
                doc.updated_at = utcnow()
                audit.append(s, self.ctx.user.username, "file.text_layer", doc_id, revision=fv.revision,
                             before_sha256=old, sha256=sha, size=len(pdf), characters=len(text))
                search.reindex(s, doc)
                info = FileInfo.of(fv)
        if info is None or info.sha256 != sha:
            self._drop_blob_if_unused(sha)
        if info is None:
            raise IntakeError(translate("OCR", "The document's file was removed while its text was being recognised."))
        if old and old != sha:
            self._drop_blob_if_unused(old)
        self._changed([doc_id], {"files"}, initiator)
        return info

    def _changed(self, doc_ids: Iterable[str], aspects: set[str], initiator: Any = None) -> None:
        self.ctx.events.publish(Change(frozenset(doc_ids), frozenset(aspects), initiator))

    # ------------------------------------------------------------ originals
    def upload_original(self, doc_id: str, initiator: Any = None) -> list[FileInfo]:
        """Queue the document's copier/camera original(s) kept on this computer for upload (audited)."""

        with self.ctx.db.write() as s:
            load_document(s, doc_id)
            out = []
            for fv in s.execute(select(FileVersion).where(FileVersion.document_id == doc_id, FileVersion.upload == "local",
                                                          FileVersion.role == "scan")).scalars():
                if not self.ctx.blobs.has(fv.sha256):
                    raise InvalidInput(translate("Intake", "The original of this document is no longer on this computer."))
                self.ctx.documents.queue_file_in(s, fv)
                fv.keep_until = None
                audit.append(s, self.ctx.user.username, "file.upload_original", doc_id, revision=fv.revision,
                             sha256=fv.sha256, size=fv.size)
                out.append(FileInfo.of(fv))
        if not out:
            raise InvalidInput(translate("Intake", "This document has no original kept on this computer."))
        self._changed([doc_id], {"files"}, initiator)
        return out

    def sweep_originals(self, now: dt.datetime | None = None) -> int:
        """Remove the local-only originals whose time is up (each removal audited); returns how many."""
        now = now or utcnow()
        removed: list[tuple[str, str]] = []
        with self.ctx.db.write() as s:
            for fv in s.execute(select(FileVersion).where(FileVersion.upload == "local", FileVersion.role == "scan",
                                                          FileVersion.keep_until.is_not(None),
                                                          FileVersion.keep_until < now)).scalars().all():
                audit.append(s, "system", "file.original_removed", fv.document_id, revision=fv.revision, sha256=fv.sha256,
                             size=fv.size, kept_until=fv.keep_until.isoformat())
                removed.append((fv.document_id, fv.sha256))
                s.delete(fv)
        for _doc, sha in removed:
            self._drop_blob_if_unused(sha)
        if removed:
            self._changed([d for d, _ in removed], {"files"}, None)
        return len(removed)

    # ------------------------------------------------------------ page editing
    def insert_pages(self, doc_id: str, at: int, pages: list[PageImage], initiator: Any = None) -> FileInfo:
        """Insert newly scanned ``pages`` before page ``at`` (1-based; ``page_count + 1`` appends)."""
        return self._edit_pages(doc_id, at, 0, pages, "document.pages_inserted", initiator)

    def replace_page(self, doc_id: str, number: int, pages: list[PageImage], initiator: Any = None) -> FileInfo:
        """Replace page ``number`` (1-based) with the newly scanned ``pages`` (usually one re-scan)."""
        return self._edit_pages(doc_id, number, 1, pages, "document.page_replaced", initiator)

    def _edit_pages(self, doc_id: str, at: int, remove: int, pages: list[PageImage], action: str,
                    initiator: Any) -> FileInfo:
        """The scan's PDF with ``remove`` pages at ``at`` swapped for ``pages`` (cleaned, compressed and
        recognised like any scan). The other pages are copied as they are (images and text layer).
        A PDF still waiting for its text layer (never sent) is changed in place; otherwise the
        result is a new revision of the original, queued for upload."""
        import io

        import pikepdf

        from desktop_app.intake.pdf import compact_pdf

        conf = self.settings()
        with self.ctx.db.read() as s:
            load_document(s, doc_id)
            current = s.execute(select(FileVersion).where(FileVersion.document_id == doc_id, FileVersion.mime == PDF_MIME,
                                                          FileVersion.role.in_(("original", "cleaned", "ocr")))
                                .order_by(FileVersion.revision.desc()).limit(1)).scalar_one_or_none()
            if current is None:
                raise InvalidInput(translate("Intake", "This document has no scanned PDF whose pages could be changed."))
            cur_id, cur_sha, cur_upload, cur_name, cur_text = current.id, current.sha256, current.upload, current.filename, current.text
        if self._has_signed_version(doc_id):
            raise InvalidInput(translate("Intake", "The document is signed; changing its pages would break the signature."))
        data = self.ctx.blobs.read(cur_sha)
        if pdf_is_signed(data):
            raise InvalidInput(translate("Intake", "The document is signed; changing its pages would break the signature."))
        groups = batch_mod.process(pages, conf.cleanup, conf.pdf)
        new_pages = [p for g in groups for p in g.pages]
        if not new_pages:
            raise IntakeError(translate("PDF", "There are no pages to put into the PDF (all pages were blank or deleted)."))
        addition = assemble(new_pages)
        new_texts: list[str] = []
        if conf.ocr_enabled and cur_upload != "ocr":
            try:
                result = ocr_mod.ocr_pdf(addition, conf.ocr_languages, embedded=True)
                addition, new_texts = result.pdf, result.text_per_page
            except IntakeError as exc:
                log.info("the new pages of %s stay without text: %s", doc_id, exc)
        with pikepdf.open(io.BytesIO(data)) as pdf, pikepdf.open(io.BytesIO(addition)) as extra:
            count = len(pdf.pages)
            if not 1 <= at <= count + (0 if remove else 1):
                raise InvalidInput(translate("Intake", "There is no page {n} in this document (it has {count}).").format(n=at, count=count))
            for _ in range(remove):
                del pdf.pages[at - 1]
            for i, page in enumerate(extra.pages):
                pdf.pages.insert(at - 1 + i, page)
            total = len(pdf.pages)
            out = io.BytesIO()
            pdf.save(out)
        merged = compact_pdf(out.getvalue())
        texts = cur_text.split("\n\f") if cur_text else [""] * count
        if len(texts) != count:
            texts = [""] * count
        texts[at - 1:at - 1 + remove] = new_texts or [""] * len(new_pages)
        text = "\n\f".join(t.strip() for t in texts) if any(t.strip() for t in texts) else ""
        sha = self.ctx.blobs.put_bytes(merged)
        try:
            with self.ctx.db.write() as s:
                doc = load_document(s, doc_id)
                fv = s.get(FileVersion, cur_id)
                if fv is not None and fv.upload == "ocr":
                    old = fv.sha256
                    fv.sha256, fv.size, fv.text = sha, len(merged), text
                else:
                    old = None
                    fv = self.ctx.documents.add_version_in(s, doc, sha, len(merged), "original", cur_name, PDF_MIME, text)
                doc.page_count = total
                doc.updated_at = utcnow()
                audit.append(s, self.ctx.user.username, action, doc_id, at=at, removed=remove, added=len(new_pages),
                             pages=total, sha256=sha, size=len(merged))
                search.reindex(s, doc)
                info = FileInfo.of(fv)
        except BaseException:
            self._drop_blob_if_unused(sha)
            raise
        if old and old != sha:
            self._drop_blob_if_unused(old)
        self._changed([doc_id], {"document", "files"}, initiator)
        return info

    # ------------------------------------------------------------ separator sheet
    @staticmethod
    def separator_sheet_pdf() -> bytes:
        """The printable separator sheet (see :mod:`desktop_app.intake.codes`)."""
        from desktop_app.intake.codes import separator_sheet_pdf

        return separator_sheet_pdf()

    # -------------------------------------------------------------- watch folder
    def watcher(self, folder: str | Path | None = None, *, settle_seconds: float = 3.0,
                clock: Callable[[], float] | None = None) -> FolderWatcher:
        """A watcher for ``folder`` (default: the folder in the settings) importing through :meth:`import_path`;
        its ledger is the profile database's ``watched_file`` table."""
        from desktop_app.intake.watch import DatabaseLedger

        folder = folder or self.settings().watch_folder
        if not folder:
            raise IntakeError(translate("Intake", "No scan folder is set in the settings."))
        kw = {"clock": clock} if clock else {}
        ledger = DatabaseLedger(self.ctx.db, str(folder))
        ledger.adopt_legacy(self.ctx.profile.root / "watch-ledger.sqlite")
        return FolderWatcher(folder, self.import_one, ledger, settle_seconds=settle_seconds, **kw)
