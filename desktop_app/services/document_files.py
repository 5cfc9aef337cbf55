"""A document's files around their rows: the import loop every batch import shares, the text taken
from a PDF for the search index, a file name safe to store and export, and the sync payloads of a
new document and of a file version (used by ``services/documents.py``).
"""
from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Document, FileVersion, Registration
from desktop_app.errors import DocflowError, InvalidInput
from desktop_app.i18n import translate
from desktop_app.intake.validate import PDF_MIME
from desktop_app.services.types import DocumentRow, ImportFailure, ImportResult
from docflow_protocol import NUMBERED_COPY_KEYWORD

log = logging.getLogger(__name__)

EXTRACT_TEXT_PAGES = 50

ProgressFn = Callable[[int, int, str], None]


def refuse_if_imported(s: Session, sha256: str, name: str) -> None:
    """Raise when ``sha256`` is already a document's original or scan, naming that document as people
    know it -- its registration number and subject -- not by its internal id (the walk's clerk read
    "already imported (document ea6ba2af)")."""
    row = s.execute(select(Document.subject, Registration.number).select_from(FileVersion)
                    .join(Document, Document.id == FileVersion.document_id)
                    .outerjoin(Registration, Registration.document_id == Document.id)
                    .where(FileVersion.sha256 == sha256, FileVersion.role.in_(("original", "scan"))).limit(1)).first()
    if row is None:
        return
    subject, number = row
    subject = subject if len(subject) <= 60 else subject[:59].rstrip() + "…"
    known = f"{number} «{subject}»" if number else f"«{subject}»"
    raise InvalidInput(translate("Import", "{name}: this file was already imported, as {document}.").format(name=name, document=known))


def import_each(paths: Iterable[os.PathLike[str] | str], one: Callable[[Path], list[DocumentRow]],
                progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Run ``one`` on each path: its documents are collected, a :class:`DocflowError` becomes a
    failure naming the file, and the batch goes on (shared by every import of files)."""
    paths = [Path(p) for p in paths]
    imported: list[DocumentRow] = []
    failures: list[ImportFailure] = []
    for i, path in enumerate(paths):
        if cancelled and cancelled():
            break
        if progress:
            progress(i, len(paths), path.name)
        try:
            imported += one(path)
        except DocflowError as exc:
            log.info("import of %s refused: %s", path, exc)
            failures.append(ImportFailure(path.name, str(exc)))
    if progress:
        progress(len(paths), len(paths), "")
    return ImportResult(tuple(imported), tuple(failures))


def extract_text(data: bytes, mime: str) -> str:
    """The text of a PDF's first pages (empty for another kind of file or one pypdf cannot read)."""
    return text_and_pages(data, mime)[0]


def text_and_pages(data: bytes, mime: str) -> tuple[str, int]:
    """(the text of a PDF's first pages, its page count); ("", 1) for an image, ("", 0) when unknown."""
    if mime != PDF_MIME:
        return "", 1 if mime.startswith("image/") else 0
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        text = "\n".join((p.extract_text() or "") for p in reader.pages[:EXTRACT_TEXT_PAGES])[:1_000_000]
        return text, len(reader.pages)
    except Exception:  # noqa: BLE001 - text is a bonus; a page pypdf cannot read just has none
        return "", 0


def received_role(role: str, data: bytes | None, mime: str) -> str:
    """The local role of a file that came from the server as ``role`` (``LOCAL_FILE_ROLES``): a derived
    PDF marked as a letter made again with its number (``NUMBERED_COPY_KEYWORD`` in its /Keywords) is a
    numbered copy, not a cleaned scan."""
    if role != FileVersion.CLEANED or data is None or mime != PDF_MIME:
        return role
    from pypdf import PdfReader

    try:
        keywords = str((PdfReader(io.BytesIO(data), strict=False).metadata or {}).get("/Keywords") or "")
    except Exception:  # noqa: BLE001 - an unreadable file keeps the role the server gave
        log.info("the metadata of a received derived file could not be read; it stays a cleaned copy", exc_info=True)
        return role
    return FileVersion.NUMBERED if NUMBERED_COPY_KEYWORD in keywords.split() else role


def safe_name(name: str) -> str:
    """``name`` without its folders and the characters a file system refuses, at most 200 characters."""
    base = Path(name.replace("\\", "/")).name or "file"
    cleaned = "".join(c if c.isprintable() and c not in '<>:"/\\|?*' else "_" for c in base)
    return cleaned[:200] or "file"


def doc_payload(doc: Document) -> dict[str, Any]:
    """The ``document.create`` operation's payload of ``doc``."""
    return {"kind": doc.kind, "subject": doc.subject, "summary": doc.summary, "confidentiality": doc.confidentiality,
            "status": doc.status, "created_at": doc.created_at.isoformat()}


def file_payload(fv: FileVersion) -> dict[str, Any]:
    """The ``file.attach`` operation's payload of the version ``fv``."""
    return {"sha256": fv.sha256, "size": fv.size, "role": fv.role, "revision": fv.revision, "mime": fv.mime,
            "filename": fv.filename}
