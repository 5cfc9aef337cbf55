"""The registration stamp on page 1 of a DERIVED copy of a document's PDF (issue 17): number,
date, institution, and a QR code with a verification payload. The original -- and above all a
signed original -- is never touched: the stamp is drawn on a new page with fpdf2 and laid over a
copy of page 1 with pypdf; the caller gets new bytes and the store keeps what it had.

The stamp goes where page 1 is blank: the page is rendered small with poppler's ``pdftoppm`` and
the first corner (top right, bottom right, bottom left, top left, then the middles of the top and
bottom edges) without ink is taken; if every place has some, the one with the least.

The QR code (segno, error correction M) carries compact JSON: ``{"v":1,"id":…,"no":…,"date":
"YYYY-MM-DD","sha256":…}`` -- the document's id, its registration number and date, and the SHA-256
of the file the copy was made from, so a reader can check a paper copy against the registry.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import logging
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import segno
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, NameObject

from desktop_app import locale
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from desktop_app.letters import new_pdf

log = logging.getLogger(__name__)

MM = 72 / 25.4
STAMP_W, STAMP_H = 70 * MM, 26 * MM   # the stamp's box, points
EDGE = 8 * MM                          # distance from the page's edge
QR_SIZE = 22 * MM
PROBE_DPI = 36                         # enough to see text lines, cheap to render
INK_LEVEL = 200                        # a grey pixel darker than this is ink
BLANK_SHARE = 0.002                    # a box with less ink than this share of its pixels is blank


@dataclass(frozen=True)
class StampInfo:
    """What the stamp says."""

    document_id: str
    number: str
    date: dt.date
    institution: str
    sha256: str           # of the file the copy was made from

    def payload(self) -> str:
        return json.dumps({"v": 1, "id": self.document_id, "no": self.number, "date": self.date.isoformat(),
                           "sha256": self.sha256}, separators=(",", ":"), ensure_ascii=False)


def qr(info: StampInfo) -> segno.QRCode:
    """The stamp's QR code (the same every time for the same payload)."""
    return segno.make_qr(info.payload(), error="m", boost_error=False)


def _places(w: float, h: float) -> list[tuple[str, float, float]]:
    """Candidate boxes (name, x, y from the top-left) in order of preference."""
    return [("top-right", w - EDGE - STAMP_W, EDGE), ("bottom-right", w - EDGE - STAMP_W, h - EDGE - STAMP_H),
            ("bottom-left", EDGE, h - EDGE - STAMP_H), ("top-left", EDGE, EDGE),
            ("top-centre", (w - STAMP_W) / 2, EDGE), ("bottom-centre", (w - STAMP_W) / 2, h - EDGE - STAMP_H)]


def _ink(grey, box: tuple[float, float, float, float], scale: float) -> float:  # noqa: ANN001 - PIL image
    x, y, bw, bh = (round(v * scale) for v in box)
    crop = grey.crop((max(0, x), max(0, y), min(grey.width, x + bw), min(grey.height, y + bh)))
    hist = crop.histogram()
    pixels = sum(hist) or 1
    return sum(hist[:INK_LEVEL]) / pixels


def blank_place(pdf_path: Path, w: float, h: float) -> tuple[str, float, float]:
    """Where on page 1 (``w`` x ``h`` points) the stamp fits without covering ink."""
    from PIL import Image

    from desktop_app.errors import IntakeError
    from desktop_app.intake.ocr import render_pdf_page

    places = _places(w, h)
    with tempfile.TemporaryDirectory(prefix="docflow-stamp-") as tmp:
        try:
            png = render_pdf_page(pdf_path, 1, Path(tmp), dpi=PROBE_DPI)
        except (IntakeError, OSError, subprocess.TimeoutExpired) as exc:
            log.warning("page 1 could not be rendered to find a blank place (%s); the stamp goes top right", exc)
            return places[0]
        with Image.open(png) as img:
            grey = img.convert("L")
            scale = grey.width / w
            inks = [(_ink(grey, (x, y, STAMP_W, STAMP_H), scale), i) for i, (_n, x, y) in enumerate(places)]
    for ink, i in inks:
        if ink <= BLANK_SHARE:
            return places[i]
    best = min(inks)[1]
    log.info("no blank place for the stamp on page 1; the least covered is %s", places[best][0])
    return places[best]


def _overlay(info: StampInfo, w: float, h: float, x: float, y: float) -> bytes:
    """A page of ``w`` x ``h`` points with only the stamp at (x, y) from the top-left."""
    pdf = new_pdf(translate("Reports", "Registration stamp"), unit="pt", page_format=(w, h))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_draw_color(20, 40, 140)
    pdf.set_text_color(20, 40, 140)
    pdf.set_line_width(1.2)
    pdf.rect(x, y, STAMP_W, STAMP_H)
    pad = 2.5 * MM
    text_w = STAMP_W - QR_SIZE - 2 * pad
    pdf.set_xy(x + pad, y + pad)
    pdf.set_font("DejaVu", "B", 7)
    pdf.multi_cell(text_w, 8.5, info.institution or " ", max_line_height=8.5, new_x="LEFT", new_y="NEXT")
    pdf.set_font("DejaVu", "", 7.5)
    pdf.set_x(x + pad)
    pdf.multi_cell(text_w, 9.5, translate("Reports", "Reg. No. {number}").format(number=info.number), new_x="LEFT", new_y="NEXT")
    pdf.set_x(x + pad)
    pdf.multi_cell(text_w, 9.5, translate("Reports", "Date: {date}").format(date=locale.format_date(info.date)), new_x="LEFT", new_y="NEXT")
    # the QR code: its modules as filled squares (vector, sharp at any zoom), its quiet zone left blank
    code = qr(info)
    matrix = list(code.matrix)
    n = len(matrix)
    quiet = 2
    cell = QR_SIZE / (n + 2 * quiet)
    qx, qy = x + STAMP_W - pad * 0.6 - QR_SIZE, y + (STAMP_H - QR_SIZE) / 2
    pdf.set_fill_color(0, 0, 0)
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                pdf.rect(qx + (quiet + start) * cell, qy + (quiet + r) * cell, (c - start) * cell, cell, style="F")
            else:
                c += 1
    return bytes(pdf.output())


def stamped_copy(original: bytes, info: StampInfo) -> bytes:
    """A copy of ``original`` (PDF bytes) with the stamp on page 1; the original bytes are not changed."""
    from desktop_app.intake.ocr import read_pdf

    reader = read_pdf(original, translate("Reports", "The document's PDF is password-protected: it cannot be stamped."),
                      lambda _reason: translate("Reports", "The document's file is not a readable PDF: it cannot be stamped."), InvalidInput)
    writer = PdfWriter(clone_from=reader)
    if not writer.pages:
        raise InvalidInput(translate("Reports", "The document's PDF has no pages to stamp."))
    page = writer.pages[0]
    if page.rotation:
        page.transfer_rotation_to_content()
    box = page.cropbox  # what a viewer shows and pdftoppm renders (the media box unless cropped)
    w, h = float(box.width), float(box.height)
    # a signed original's signature fields do not belong on a copy (it would claim a signature it no longer has)
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    for p in writer.pages:
        if "/Annots" in p:
            p[NameObject("/Annots")] = ArrayObject([a for a in p["/Annots"] if a.get_object().get("/Subtype") != "/Widget"])
    with tempfile.TemporaryDirectory(prefix="docflow-stamp-") as tmp:
        probe = Path(tmp) / "page.pdf"
        probe.write_bytes(original)
        _name, x, y = blank_place(probe, w, h)
    overlay = PdfReader(io.BytesIO(_overlay(info, w, h, x, y))).pages[0]
    page.merge_translated_page(overlay, float(box.left), float(box.bottom))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
