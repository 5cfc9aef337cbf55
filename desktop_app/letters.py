"""Documents written here from templates -- outgoing letters and internal memos: the draft PDF
(letterhead, number and date, addressee, subject, text, signature block) that goes to endorsement
and signing. The one template facility: the window's File ▸ New document, ``ctx.templates`` and the
CLI all come here. No Qt: fpdf2 with an embedded Unicode
font (``resources/fonts``: Azerbaijani ə ğ ı ö ş ü ç and Cyrillic).

A template is a document type's layout; its fields are plain strings. The number and date are
blank lines on a draft and filled in at registration (``TemplateService.fill_registration``).
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app import locale
from desktop_app.card import SUBJECT_MAX_CHARS, subject_problem
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from docflow_protocol import LETTER_FIELDS, NUMBERED_COPY_KEYWORD, DocumentKind  # noqa: F401 - LETTER_FIELDS re-exported
from resources import fonts

if TYPE_CHECKING:
    from fpdf import FPDF

#: The fields a template fills (all optional except the addressee and the text): ``LETTER_FIELDS``, the
#: protocol's (a letter's fields travel with its document to every desk).
#: Longest text of one field (the body may be long; it flows onto further pages).
FIELD_MAX_CHARS = {"body": 20_000, "subject": SUBJECT_MAX_CHARS}  # the subject becomes the document's
DEFAULT_MAX_CHARS = 500


@dataclass(frozen=True)
class LetterTemplate:
    """One document type's template: its key and name, and the sentence that opens the text."""

    kind: str
    name: str
    opening: str          # may name {reply_to_number}, {reply_to_date}, {attachments}; "" for none
    document_kind: str = DocumentKind.OUTGOING.value  # the kind of document it starts
    title: str = ""       # a heading under the letterhead ("Internal memo"); "" for none


def templates(document_kind: str | None = None) -> tuple[LetterTemplate, ...]:
    """The templates per document type (of ``document_kind`` when given), in the order a menu lists them."""
    every = (
        LetterTemplate("letter", translate("Letters", "Official letter"), ""),
        LetterTemplate("reply", translate("Letters", "Reply to a letter"),
                       translate("Letters", "In reply to your letter No. {reply_to_number} of {reply_to_date}:")),
        LetterTemplate("cover", translate("Letters", "Covering letter"),
                       translate("Letters", "We send you the following: {attachments}.")),
        LetterTemplate("memo", translate("Letters", "Internal memo"), "", DocumentKind.INTERNAL.value,
                       translate("Letters", "Internal memo")),
    )
    return tuple(t for t in every if document_kind is None or t.document_kind == document_kind)


def template(kind: str) -> LetterTemplate:
    for t in templates():
        if t.kind == kind:
            return t
    raise InvalidInput(translate("Letters", "There is no letter template {kind!r}.").format(kind=kind))


def clean_fields(kind: str, fields: dict) -> dict[str, str]:
    """The template's fields as strings (unknown ones refused, each within its limit, the required ones given)."""
    unknown = sorted(set(fields) - set(LETTER_FIELDS))
    if unknown:
        raise InvalidInput(translate("Letters", "The letter template does not know the fields: {fields}.").format(
            fields=", ".join(unknown)))
    out = {}
    for k in LETTER_FIELDS:
        v = fields.get(k)
        if isinstance(v, dt.date):
            v = locale.format_date(v)
        v = "" if v is None else str(v).strip()
        if k == "subject" and (too_long := subject_problem(v)):
            raise InvalidInput(too_long)
        if len(v) > FIELD_MAX_CHARS.get(k, DEFAULT_MAX_CHARS):
            raise InvalidInput(translate("Letters", "A field of the letter is longer than {max} characters: {start}…").format(
                max=FIELD_MAX_CHARS.get(k, DEFAULT_MAX_CHARS), start=v[:40]))
        out[k] = v
    if not out["addressee"]:
        raise InvalidInput(translate("Letters", "The letter needs an addressee."))
    if not out["body"]:
        raise InvalidInput(translate("Letters", "The letter needs its text."))
    t = template(kind)
    if t.kind == "reply" and not out["reply_to_number"]:
        raise InvalidInput(translate("Letters", "A reply names the number of the letter it answers."))
    return out


def new_pdf(title: str, orientation: str = "P", unit: str = "mm", page_format: str | tuple[float, float] = "A4") -> FPDF:
    """An fpdf2 document with the embedded Unicode font ``DejaVu`` (regular and ``B``) -- the one
    font set-up of every PDF the core writes (letters, reports, the registration stamp)."""
    from fpdf import FPDF  # ~0.5 s of imports (fontTools, NumPy): loaded when a PDF is drawn, not at start-up

    pdf = FPDF(orientation=orientation, unit=unit, format=page_format)
    pdf.set_creator("Docflow")
    pdf.set_title(title)
    pdf.add_font("DejaVu", "", str(fonts.REGULAR))
    pdf.add_font("DejaVu", "B", str(fonts.BOLD))
    return pdf


def render(kind: str, fields: dict) -> bytes:
    """The letter of template ``kind`` with ``fields`` as PDF bytes."""
    f = clean_fields(kind, fields)
    t = template(kind)
    pdf = new_pdf(f["subject"] or t.name)
    # every draft a file of its own: two alike are never "already imported"; a letter made again with its
    # number says so, for the desks that receive it (its protocol role is only "derived")
    pdf.set_keywords(" ".join((uuid.uuid4().hex, *((NUMBERED_COPY_KEYWORD,) if f["number"] else ()))))
    pdf.set_margins(25, 20, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    # letterhead
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(width, 7, f["institution"] or " ", align="C", new_x="LMARGIN", new_y="NEXT")
    if f["institution_address"]:
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(width, 5, f["institution_address"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(5)
    if t.title:
        pdf.set_font("DejaVu", "B", 13)
        pdf.multi_cell(width, 7, t.title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    # number and date (left), addressee (right)
    top = pdf.get_y()
    pdf.set_font("DejaVu", "", 11)
    blank = "____________"
    pdf.cell(width / 2, 6, translate("Letters", "No. {number}").format(number=f["number"] or blank), new_x="LMARGIN", new_y="NEXT")
    pdf.cell(width / 2, 6, translate("Letters", "Date: {date}").format(date=f["date"] or blank), new_x="LMARGIN", new_y="NEXT")
    left_bottom = pdf.get_y()
    pdf.set_xy(pdf.l_margin + width / 2, top)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(width / 2, 6, f["addressee"], new_x="LEFT", new_y="NEXT")
    if f["addressee_address"]:
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(width / 2, 5, f["addressee_address"], new_x="LEFT", new_y="NEXT")
    pdf.set_xy(pdf.l_margin, max(left_bottom, pdf.get_y()) + 6)
    if f["subject"]:
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(width, 6, translate("Letters", "Re: {subject}").format(subject=f["subject"]),
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_font("DejaVu", "", 11)
    if t.opening:
        pdf.multi_cell(width, 6, t.opening.format(**f), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    for para in f["body"].split("\n"):
        pdf.multi_cell(width, 6, para or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    y = pdf.get_y()
    pdf.multi_cell(width / 2, 6, f["signer_title"] or " ", new_x="RIGHT", new_y="TOP")
    pdf.set_xy(pdf.l_margin + width / 2, y)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(width / 2, 6, f["signer_name"] or " ", align="R", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
