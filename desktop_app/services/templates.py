"""``ctx.templates``: letters and memos from templates per document type (``desktop_app/letters.py``).

* ``kinds(document_kind)`` -- (template, name) pairs for a menu;
* ``draft(kind, fields) -> bytes`` -- the draft PDF only (a preview);
* ``create_draft(kind, fields) -> DocumentRow`` -- a new draft (outgoing, or internal for a memo) whose first file is that PDF
  (it then goes to endorsement and signing like any draft); the template and fields are kept on the
  document;
* ``fill_registration(doc_id)`` -- called by registration: the letter again, now with its number and
  date, as the document's newest file -- unless it is already signed (a signed file is never changed).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import card, letters, locale, outbox, registry, search
from desktop_app.events import DOCUMENT, Change
from desktop_app.routing import directory
from desktop_app.db.models import Document, FileVersion, Registration, Signature
from desktop_app.i18n import translate
from desktop_app.services.types import DocumentRow
from docflow_protocol import OpType, letter_fields


def unnumbered_letter(s: Session, doc: Document) -> str | None:
    """Why ``doc`` may not be signed yet, or None: a letter from a template carries its number and date
    in its text, written in when it is registered (:meth:`TemplateService.fill_registration`); a signed
    file is never changed, so a letter signed first would keep its blank number place forever. As
    document software that numbers electronic letters does, it is registered first (a number from the
    journal; a provisional one would be replaced by the server's, so it waits for that)."""
    if not doc.template:
        return None
    reg = s.execute(select(Registration).where(Registration.document_id == doc.id)).scalar_one_or_none()
    if reg is None:
        return translate("Signing", "“{subject}” is not registered yet: its number and date are written into the letter when it is "
                                    "registered, and a signed letter is never changed. Register it first, then sign it.").format(
            subject=doc.subject)
    if reg.provisional:
        return translate("Signing", "“{subject}” has only the provisional number {number}, which the server will replace: a signed "
                                    "letter is never changed, so sign it after the next sync brings its final number.").format(
            subject=doc.subject, number=reg.number)
    return None


class TemplateService:
    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx

    def kinds(self, document_kind: str | None = None) -> list[tuple[str, str]]:
        """(kind, name) of every template (that starts a ``document_kind`` document), for a menu."""
        return [(t.kind, t.name) for t in letters.templates(document_kind)]

    def _defaults(self, fields: dict) -> dict:
        out = dict(fields)
        if not out.get("institution"):
            with self.ctx.db.read() as s:
                out["institution"] = directory.own_name(s)
        return out

    def draft(self, kind: str, fields: dict) -> bytes:
        """The draft PDF of template ``kind`` with ``fields`` (``letters.LETTER_FIELDS``; the institution's
        name by default)."""
        return letters.render(kind, self._defaults(fields))

    def create_draft(self, kind: str, fields: dict, initiator: Any = None) -> DocumentRow:
        """A new draft made from template ``kind`` (outgoing; internal for a memo): its PDF is the first file."""
        fields = self._defaults(fields)
        data = letters.render(kind, fields)
        template = letters.template(kind)
        # the letter's subject (letters.clean_fields refused one too long), else one made from the
        # template's name and the addressee, shortened (the letter keeps the addressee whole)
        subject = (fields.get("subject") or "").strip() or translate("Letters", "{template} to {addressee}").format(
            template=template.name, addressee=fields.get("addressee", "").strip())[:card.SUBJECT_MAX_CHARS]
        row = self.ctx.documents.create_document(data, f"{kind}.pdf", kind=template.document_kind, subject=subject,
                                                 initiator=initiator, audit_action="document.template",
                                                 audit_details={"template": kind})
        addressee = str(fields.get("addressee") or "").strip()
        with self.ctx.db.write() as s:
            doc = s.get(Document, row.id)
            doc.template = {"kind": kind, "fields": {k: v for k, v in letters.clean_fields(kind, fields).items() if v}}
            # ... and to every desk: the addressee offered, the letter made again with its number when registered there
            outbox.enqueue(s, OpType.DOCUMENT_UPDATE.value, doc.id, {"fields": letter_fields(kind, doc.template["fields"])},
                           base_version=doc.version)
            if addressee:  # the letter's addressee is its correspondent: the list shows it, registration offers it
                doc.correspondent = registry.correspondent_named(s, addressee)
                addressee = doc.correspondent.name
                search.reindex(s, doc)
        if not addressee:
            return row
        self.ctx.events.publish(Change(frozenset({row.id}), frozenset({DOCUMENT}), initiator))
        return replace(row, correspondent=addressee)

    def not_ready_to_sign(self, doc_id: str) -> str | None:
        """Why document ``doc_id`` may not be signed yet (:func:`unnumbered_letter`), or None: the
        window asks before the identity and PIN, the signing service refuses it in any case."""
        with self.ctx.db.read() as s:
            doc = s.get(Document, doc_id)
            return unnumbered_letter(s, doc) if doc is not None else None

    def fill_registration(self, doc_id: str, initiator: Any = None) -> bool:
        """Render the letter again with its registration number and date as a new file version; False
        (nothing done) when the document has no template, no registration, or already a signature."""
        with self.ctx.db.read() as s:
            doc = s.get(Document, doc_id)
            if doc is None or not doc.template or doc.registration is None:
                return False
            if s.execute(select(Signature.id).where(Signature.document_id == doc_id).limit(1)).scalar() is not None:
                return False
            kind, fields = doc.template["kind"], dict(doc.template.get("fields") or {})
            fields.update(number=doc.registration.number, date=locale.format_date(doc.registration.reg_date))
        data = letters.render(kind, fields)
        self.ctx.documents.add_file_version(doc_id, data, FileVersion.NUMBERED, f"{kind}-{fields['number']}.pdf".replace("/", "-"),
                                            initiator=initiator)
        return True
