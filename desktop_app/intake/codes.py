"""QR codes and barcodes on scanned pages (zxing-cpp), and Docflow's printable separator sheet.

A *separator sheet* is a page Docflow prints with a large QR code saying ``DOCFLOW-SEPARATOR``:
put one between letters, feed the stack in one go (feeder or copier to the scan folder), and each
letter becomes its own document; the sheets themselves are dropped. Any other QR code or barcode
found on a document's first page (a sender's registration number, a form id) fills a field of
the document (``IntakeSettings.code_field``).

Pages are read at up to ``READ_DPI`` (a QR module or a barcode bar printed at 0.25 mm or more
stays 2+ pixels wide), which zxing reads in tens of milliseconds, skewed or not.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from desktop_app.i18n import translate
from desktop_app.intake.pages import PageImage

SEPARATOR_TEXT = "DOCFLOW-SEPARATOR"
READ_DPI = 200


@dataclass(frozen=True)
class Code:
    text: str
    format: str


def _zxing():  # noqa: ANN202 - the module; imported on first use (it is not needed to start the app)
    import zxingcpp

    return zxingcpp


def read_codes(page: PageImage) -> list[Code]:
    """Every QR code / barcode zxing finds on the page, top to bottom."""
    zx = _zxing()
    img = page.image
    grey = img.convert("L") if img.mode != "L" else img
    if page.dpi > READ_DPI:
        f = READ_DPI / page.dpi
        grey = grey.resize((max(1, round(grey.width * f)), max(1, round(grey.height * f))), Image.Resampling.BOX)
    found = zx.read_barcodes(np.asarray(grey), try_rotate=True, try_downscale=True)
    found = sorted(found, key=lambda b: (b.position.top_left.y, b.position.top_left.x))
    return [Code(b.text, str(b.format).rsplit(".", 1)[-1]) for b in found if b.valid and b.text]


def is_separator(code: Code) -> bool:
    return code.text.strip().upper().startswith(SEPARATOR_TEXT)


def qr_image(text: str, module_px: int) -> Image.Image:
    """A QR code as a mode-L image with its quiet zone, ``module_px`` pixels per module."""
    zx = _zxing()
    code = zx.create_barcode(text, zx.BarcodeFormat.QRCode, ec_level="H")
    return Image.fromarray(np.asarray(code.to_image(scale=module_px, add_quiet_zones=True)))


def separator_sheet_page(dpi: int = 300) -> PageImage:
    """The separator sheet as an A4 bilevel page: a 70 mm QR code and what the sheet is for."""
    from desktop_app.intake.samples import font

    w, h = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    page = Image.new("L", (w, h), 255)
    qr = qr_image(SEPARATOR_TEXT, max(4, round(dpi * 70 / 25.4 / 33)))
    page.paste(qr, ((w - qr.width) // 2, round(h * 0.30)))
    draw = ImageDraw.Draw(page)
    big, small = font(round(dpi * 0.25)), font(round(dpi * 0.12))
    lines = [(translate("Intake", "Docflow separator sheet"), big),
             (translate("Intake", "Put this sheet in front of each document of a stack."), small),
             (translate("Intake", "Scanned together, each document becomes its own; this sheet is left out."), small)]
    y = round(h * 0.12)
    for text, fnt in lines:
        draw.text(((w - fnt.getlength(text)) / 2, y), text, font=fnt, fill=0)
        y += round(fnt.size * 1.6)
    draw.text(((w - small.getlength(SEPARATOR_TEXT)) / 2, round(h * 0.30) + qr.height + dpi * 0.1), SEPARATOR_TEXT,
              font=small, fill=0)
    return PageImage(page.point(lambda v: 255 if v >= 128 else 0).convert("1"), dpi)


def separator_sheet_pdf() -> bytes:
    """A printable PDF of the separator sheet (one A4 page, G4, a few kilobytes)."""
    from desktop_app.intake.pdf import build_pdf

    return build_pdf([separator_sheet_page()])


def as_png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()
