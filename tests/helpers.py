"""Shared test helpers: profiles and sample files made on the fly (no binary fixtures)."""
from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# Counts of hostile requests and fuzz cases per back-end (tests/server), printed by tests/conftest.py.
SERVER_TALLY = pytest.StashKey[dict]()


@contextmanager
def statements_on(engine) -> Iterator[list[str]]:  # noqa: ANN001 - a SQLAlchemy Engine
    """The SQL statements ``engine`` runs inside the block (to prove there is no N+1)."""
    from sqlalchemy import event

    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # noqa: ANN001 - SQLAlchemy's event signature
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def make_ctx(root: Path, username: str | None = None):
    from desktop_app.services.context import AppContext

    return AppContext.open(root, username=username)


def make_pdf(text: str = "Hello", pages: int = 1) -> bytes:
    """A small valid PDF with a real text layer (so extraction/search can find ``text``)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()
    for i in range(pages):
        page = w.add_blank_page(595, 842)
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica")})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): w._add_object(font)})})
        stream = DecodedStreamObject()
        safe = text.replace("(", "").replace(")", "").encode("latin-1", "replace").decode("latin-1")
        stream.set_data(f"BT /F1 18 Tf 72 760 Td ({safe} p{i + 1}) Tj ET".encode("latin-1"))
        page[NameObject("/Contents")] = w._add_object(stream)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def make_png(width: int = 200, height: int = 100, text: str = "scan") -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("L", (width, height), 255)
    ImageDraw.Draw(im).text((5, 5), text, fill=0)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def bulk_documents(ctx, n: int, kind: str = "incoming") -> None:
    """Insert ``n`` documents straight into the store (for paging tests and benchmarks)."""
    import datetime as dt
    import uuid

    from sqlalchemy import insert

    from desktop_app.db.models import Document

    base = dt.datetime(2026, 1, 1)
    rows = [{"id": str(uuid.uuid4()), "kind": kind, "status": "draft", "subject": f"bulk {i:06d}", "summary": "",
             "confidentiality": "internal", "page_count": 1, "created_at": base + dt.timedelta(minutes=i),
             "updated_at": base, "version": 0, "has_conflict": False, "origin": "local"} for i in range(n)]
    with ctx.db.write() as s:
        for k in range(0, n, 5000):
            s.execute(insert(Document), rows[k:k + 5000])
