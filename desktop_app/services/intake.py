"""Intake service: scanners, scan -> clean pages -> compact PDF -> document, OCR versions, watched folder.

Slow steps (scan, clean-up, OCR) run outside any database transaction; the document and its
versions are written through :class:`DocumentService`, which owns sessions, audit, outbox and
the search index. OCR text lands in the search index because the OCR version's ``text`` is the
newest text of the document (see ``services.documents.indexed_text``).
"""
from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.db.models import FileVersion
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from desktop_app.intake import ocr as ocr_mod
from desktop_app.intake.cleanup import CleanupOptions, CleanupReport, clean_pages
from desktop_app.intake.images import pages_from_image_bytes
from desktop_app.intake.pages import IntakeError, PageImage
from desktop_app.intake.pdf import PdfOptions, build_pdf
from desktop_app.intake.scanner import (
    ProgressCallback, ScannerBackend, ScannerDevice, ScanOptions, ScanProfile, ScanResult, platform_backends,
    profiles_from_settings, profiles_to_settings,
)
from desktop_app.intake.validate import PDF_MIME
from desktop_app.intake.watch import FolderWatcher
from desktop_app.services.types import DocumentRow, FileInfo

ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class IntakeSettings:
    """Intake's part of the settings file."""

    ocr_languages: tuple[str, ...] = tuple(ocr_mod.DEFAULT_LANGUAGES)
    ocr_enabled: bool = True
    cleanup: CleanupOptions = field(default_factory=CleanupOptions)
    pdf: PdfOptions = field(default_factory=PdfOptions)
    watch_folder: str = ""


@dataclass(frozen=True)
class ScannedDocument:
    """A document made from pages, with what clean-up did."""

    document: DocumentRow
    pages: int
    removed_blank: int
    size: int
    reports: tuple[CleanupReport, ...] = ()


@dataclass(frozen=True)
class OcrOutcome:
    """The OCR version, or why there is none (the document is kept either way)."""

    document_id: str
    file: FileInfo | None
    message: str = ""
    characters: int = 0


class IntakeService:
    def __init__(self, ctx, backends: Sequence[ScannerBackend] | None = None):  # noqa: ANN001 - AppContext
        self.ctx = ctx
        self._backends = list(backends) if backends is not None else None
        self._device_backends: dict[str, ScannerBackend] = {}

    # ------------------------------------------------------------------ settings
    def settings(self) -> IntakeSettings:
        s = self.ctx.settings
        return IntakeSettings(
            ocr_languages=tuple(s.get("ocr_languages") or ocr_mod.DEFAULT_LANGUAGES),
            ocr_enabled=bool(s.get("intake_ocr_enabled", True)),
            cleanup=CleanupOptions.from_dict(s.get("intake_cleanup") or {}),
            pdf=PdfOptions.from_dict(s.get("intake_pdf") or {}),
            watch_folder=s.get("intake_watch_folder") or "",
        )

    def save_settings(self, value: IntakeSettings) -> None:
        s = self.ctx.settings
        s.set("ocr_languages", list(value.ocr_languages))
        s.set("intake_ocr_enabled", value.ocr_enabled)
        s.set("intake_cleanup", value.cleanup.to_dict())
        s.set("intake_pdf", value.pdf.to_dict())
        s.set("intake_watch_folder", value.watch_folder)

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

    def scan(self, device_id: str, options: ScanOptions, *, cancel: threading.Event | None = None,
             progress: ProgressCallback | None = None, backend: ScannerBackend | None = None) -> ScanResult:
        """Scan one batch. A device failure comes back in ``result.error`` with the pages so far."""
        backend = backend or self._backend_for(device_id)
        return backend.scan(device_id, options, cancel=cancel, progress=progress)

    # ------------------------------------------------------------- pages -> doc
    def create_from_pages(self, pages: list[PageImage], *, subject: str | None = None, kind: str = "incoming",
                          filename: str | None = None, progress: ProgressFn | None = None,
                          initiator: Any = None) -> ScannedDocument:
        """Clean the pages, build the compact PDF and store it as a new document's original.

        Raises:
            IntakeError: every page was blank or the PDF could not be built (nothing is stored).
        """
        conf = self.settings()
        n = len(pages)
        kept, reports = clean_pages(pages, conf.cleanup,
                                    (lambda i, t: progress(i, t + 1, translate("Intake", "Cleaning page {i} of {n}").format(i=i, n=t)))
                                    if progress else None)
        pdf = build_pdf(kept, conf.pdf)
        if progress:
            progress(n, n + 1, translate("Intake", "Saving the document"))
        name = filename or dt.datetime.now().strftime("scan-%Y%m%d-%H%M%S.pdf")
        row = self.ctx.documents.create_document(pdf, name, kind=kind, subject=subject, initiator=initiator)
        if progress:
            progress(n + 1, n + 1, "")
        return ScannedDocument(row, len(kept), sum(1 for r in reports if r.blank and conf.cleanup.remove_blank),
                               len(pdf), tuple(reports))

    # ------------------------------------------------------------------------ OCR
    def ocr_document(self, doc_id: str, *, progress: ProgressFn | None = None, cancel: threading.Event | None = None,
                     initiator: Any = None) -> OcrOutcome:
        """Add a searchable ("ocr") version of the document's original; the original is untouched.

        A missing language pack, a damaged file or a cancel gives an outcome with a message and
        no new version: the document stays as it was, without text.
        """
        conf = self.settings()
        with self.ctx.db.read() as s:
            original = s.execute(select(FileVersion).where(FileVersion.document_id == doc_id)
                                 .order_by(FileVersion.revision).limit(1)).scalar_one_or_none()
            has_ocr = s.execute(select(FileVersion.id).where(FileVersion.document_id == doc_id,
                                                              FileVersion.role == "ocr").limit(1)).scalar()
            if original is None:
                raise InvalidInput(translate("Documents", "There is no document with id {id}.").format(id=doc_id))
            sha, mime, name, text = original.sha256, original.mime, original.filename, original.text
        if has_ocr:
            return OcrOutcome(doc_id, None, translate("OCR", "The document already has a text layer."))
        if mime == PDF_MIME and text.strip():
            return OcrOutcome(doc_id, None, translate("OCR", "The PDF already contains text; no OCR is needed."))
        data = self.ctx.blobs.read(sha)

        def page_progress(done: int, total: int) -> None:
            if progress:
                progress(done, total, translate("OCR", "Recognising text: page {i} of {n}").format(i=done, n=total))

        try:
            if mime == PDF_MIME:
                result = ocr_mod.ocr_pdf(data, conf.ocr_languages, progress=page_progress, cancel=cancel)
            else:  # an imported image: make the compact PDF first, then the text layer
                pages, _ = clean_pages(pages_from_image_bytes(name, data), conf.cleanup)
                pdf = build_pdf(pages, conf.pdf)
                result = ocr_mod.ocr_pdf(pdf, conf.ocr_languages, images=pages, progress=page_progress, cancel=cancel)
        except (IntakeError, InvalidInput) as exc:
            return OcrOutcome(doc_id, None, str(exc))
        body = result.text
        info = self.ctx.documents.add_file_version(doc_id, result.pdf, "ocr", f"{Path(name).stem}-ocr.pdf",
                                                   PDF_MIME, text=body, parent_id=None, initiator=initiator)
        return OcrOutcome(doc_id, info, "", len(body))

    # -------------------------------------------------------------- watch folder
    def import_one(self, path: Path) -> DocumentRow:
        """Import one file as a new document; raises with the reason when it is refused."""
        result = self.ctx.documents.import_files([path])
        if result.failures:
            raise InvalidInput(result.failures[0].reason)
        return result.imported[0]

    def watcher(self, folder: str | Path | None = None, *, settle_seconds: float = 3.0,
                clock: Callable[[], float] | None = None) -> FolderWatcher:
        """A watcher for ``folder`` (default: the folder in the settings) importing through DocumentService."""
        folder = folder or self.settings().watch_folder
        if not folder:
            raise IntakeError(translate("Intake", "No scan folder is set in the settings."))
        kw = {"clock": clock} if clock else {}
        return FolderWatcher(folder, self.import_one, self.ctx.profile.root / "watch-ledger.sqlite",
                             settle_seconds=settle_seconds, **kw)
