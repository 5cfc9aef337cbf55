"""What the intake service returns and takes.

Imported on first use by ``desktop_app.services.types`` (it carries intake's option types, whose
modules load the imaging libraries: the UI's start-up does not pay for them).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.intake import ocr as ocr_mod
from desktop_app.intake.batch import SplitOptions
from desktop_app.intake.cleanup import CleanupOptions, CleanupReport
from desktop_app.intake.pdf import PdfOptions
from desktop_app.services.types.documents import DocumentRow, FileInfo


@dataclass(frozen=True)
class IntakeSettings:
    """Intake's part of the settings file."""

    ocr_languages: tuple[str, ...] = tuple(ocr_mod.DEFAULT_LANGUAGES)
    ocr_enabled: bool = True            # recognise text of every scan and imported scan (in the background)
    cleanup: CleanupOptions = field(default_factory=CleanupOptions)
    pdf: PdfOptions = field(default_factory=PdfOptions)
    watch_folder: str = ""
    split: SplitOptions = field(default_factory=SplitOptions)
    code_field: str = "summary"         # where a QR/barcode found on page 1 goes: summary | subject | "" (nowhere)
    keep_originals_days: int = 30       # how long a copier/camera original stays on this computer
    upload_originals: bool = False      # the institution's rule: upload originals too


@dataclass(frozen=True)
class ScannedDocument:
    """A document made from pages, with what clean-up did (``documents``: every document when a
    separator sheet split the batch; ``document`` is the first)."""

    document: DocumentRow
    pages: int
    removed_blank: int
    size: int
    reports: tuple[CleanupReport, ...] = ()
    documents: tuple[DocumentRow, ...] = ()


@dataclass(frozen=True)
class OcrOutcome:
    """The OCR version, or why there is none (the document is kept either way)."""

    document_id: str
    file: FileInfo | None
    message: str = ""
    characters: int = 0


__all__ = [
    "IntakeSettings",
    "ScannedDocument",
    "OcrOutcome",
]
