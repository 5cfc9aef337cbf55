"""Document templates: the first file of a document a person writes here (an outgoing letter, an
internal memo), made from the institution's letterhead.

This is the one place a template is found and drawn. The window's "New document" action calls
:func:`available` (what to offer for a kind) and, through ``DocumentService.create_from_template``,
:func:`render`. A richer template facility (per document type, the institution's own letterheads,
issue 17) plugs in here: add a :class:`DocumentTemplate` to :data:`TEMPLATES` with its own
``draw`` -- the action and the service stay as they are.
"""
from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app import locale as loc
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from docflow_protocol import DocumentKind

#: Rendering resolution of a template page: crisp print, a small bilevel PDF (a few kilobytes).
DPI = 200


@dataclass(frozen=True)
class TemplateFill:
    """What a template is filled with."""

    institution: str
    subject: str
    kind: str
    day: dt.date


@dataclass(frozen=True)
class DocumentTemplate:
    key: str
    kind: str
    name: Callable[[], str]  # the name in the reader's language (read when shown)
    draw: Callable[[TemplateFill], list[list[tuple[str, int, bool]]]]  # pages of (text, point size, bold) lines


def _letter(fill: TemplateFill) -> list[list[tuple[str, int, bool]]]:
    return [[
        (fill.institution, 16, True),
        ("", 10, False),
        (translate("Templates", "No. ________    Date: ________"), 11, False),
        (translate("Templates", "To: ______________________________"), 11, False),
        ("", 10, False),
        (fill.subject, 12, True),
        ("", 10, False),
        (translate("Templates", "Dear Sir or Madam,"), 12, False),
        ("", 12, False),
        ("", 12, False),
        ("", 12, False),
        (translate("Templates", "Head: ______________________"), 12, False),
    ]]


def _memo(fill: TemplateFill) -> list[list[tuple[str, int, bool]]]:
    return [[
        (fill.institution, 16, True),
        (translate("Templates", "Internal memo"), 13, True),
        ("", 10, False),
        (translate("Templates", "Date: {date}").format(date=loc.format_date(fill.day)), 11, False),
        (translate("Templates", "To: ______________________________"), 11, False),
        ("", 10, False),
        (fill.subject, 12, True),
        ("", 12, False),
        ("", 12, False),
        (translate("Templates", "From: ______________________"), 12, False),
    ]]


TEMPLATES: tuple[DocumentTemplate, ...] = (
    DocumentTemplate("letter", DocumentKind.OUTGOING.value, lambda: translate("Templates", "Letter on the institution's letterhead"),
                     _letter),
    DocumentTemplate("memo", DocumentKind.INTERNAL.value, lambda: translate("Templates", "Internal memo"), _memo),
)


def available(kind: str) -> list[DocumentTemplate]:
    """The templates offered for a new document of ``kind``."""
    return [t for t in TEMPLATES if t.kind == kind]


def find(key: str) -> DocumentTemplate:
    for t in TEMPLATES:
        if t.key == key:
            return t
    raise InvalidInput(translate("Templates", "There is no document template “{key}”.").format(key=key))


def render(key: str, fill: TemplateFill) -> tuple[bytes, str]:
    """The template ``key`` filled with ``fill`` as a PDF, and a file name for it.

    Every rendering is a file of its own (a unique id in its metadata): two letters made from the same
    template on the same day are two documents, never "already imported".
    """
    import img2pdf
    from PIL import Image, ImageDraw

    from desktop_app.intake.samples import A4_MM, font, wrap

    template = find(key)
    images = []
    w, h = round(A4_MM[0] / 25.4 * DPI), round(A4_MM[1] / 25.4 * DPI)
    margin = round(25 / 25.4 * DPI)
    for lines in template.draw(fill):
        img = Image.new("1", (w, h), 1)
        draw = ImageDraw.Draw(img)
        y = margin
        for text, points, bold in lines:
            fnt = font(round(points / 72 * DPI))
            for line in wrap(text, fnt, w - 2 * margin) or [""]:
                draw.text((margin, y), line, font=fnt, fill=0, stroke_width=1 if bold else 0, stroke_fill=0)
                y += round(fnt.size * 1.5)
        buf = io.BytesIO()
        img.save(buf, format="PNG", dpi=(DPI, DPI))
        images.append(buf.getvalue())
    pdf = img2pdf.convert(images, title=fill.subject, keywords=[uuid.uuid4().hex], creator="Docflow")
    name = (fill.subject.strip() or template.name())[:80].replace("/", "-").replace("\\", "-")
    return pdf, f"{name}.pdf"
