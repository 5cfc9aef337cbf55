"""The register form's rules: what each journal requires, what a filled form may not contain,
where each typed field travels (``REGISTER_FORM_ROUTES``), and how the form becomes the
Registration row's columns and comes back as a :class:`RegistrationInfo`.

``DocumentService.register`` (``services/documents.py``) applies them in its transaction;
``ui/register_dialog.py`` checks the same rules while a person types.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.locale import today as local_today
from desktop_app import card
from desktop_app.db.models import Document, Journal, Registration
from desktop_app.i18n import translate
from desktop_app.services.types import RegisterInput, RegistrationInfo
from docflow_protocol import (
    CARD_FIELD_NAMES, CARD_FIELDS, CORRESPONDENT, DOCUMENT_FIELDS, REGISTRATION_CHANNELS, DocumentKind, OpType,
)

CHANNELS = REGISTRATION_CHANNELS  # the protocol's list: a registration card travels as it is

#: What a journal of each kind requires on the registration card (decree 935: the sender of an
#: incoming letter and the addressee of an outgoing one are part of the card; an internal memo has neither).
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    DocumentKind.INCOMING.value: (CORRESPONDENT.name, "subject"),
    DocumentKind.OUTGOING.value: (CORRESPONDENT.name, "subject"),
    DocumentKind.INTERNAL.value: ("subject",),
}

def required_fields(journal_kind: str | None) -> tuple[str, ...]:
    """The fields a journal of ``journal_kind`` requires on the card (the subject for one of no known kind)."""
    return REQUIRED_FIELDS.get(journal_kind or "", ("subject",))

#: Where each field of the register form (:class:`RegisterInput`) travels to the server and the other
#: desks -- nothing a person typed may be dropped (issue 14): the journal, the date and the card go in
#: ``registration.register``; the document's own fields (the subject) in a ``document.update``.
#: ``tests/sync/test_typed_fields.py`` fails if a field of RegisterInput is missing here.
REGISTER_FORM_ROUTES: dict[str, str] = {
    "journal_code": OpType.REGISTRATION_REGISTER.value, "reg_date": OpType.REGISTRATION_REGISTER.value,
    "appeal": OpType.REGISTRATION_REGISTER.value,  # the applicant's card rides in the registration (issue 17)
    **{name: OpType.REGISTRATION_REGISTER.value for name in CARD_FIELD_NAMES},
    **{name: OpType.DOCUMENT_UPDATE.value for name in DOCUMENT_FIELDS if name in RegisterInput.__dataclass_fields__},
}

def typed_document_fields(data: RegisterInput, doc: Document) -> dict[str, Any]:
    """The document fields typed on the register form that differ from the document's."""
    out: dict[str, Any] = {}
    for name, route in REGISTER_FORM_ROUTES.items():
        value = getattr(data, name, None)
        if route != OpType.DOCUMENT_UPDATE.value or value is None:
            continue
        if isinstance(value, str):
            value = value.strip()  # validate_registration refused a subject too long: nothing is cut
            if not value:
                continue
        if value != getattr(doc, name):
            out[name] = value
    return out

def validate_registration(data: RegisterInput, journal_kind: str | None = None, today: dt.date | None = None) -> list[str]:
    """Every problem with the register form, as sentences (empty when it is fine).

    ``journal_kind`` adds the journal's required fields (see :data:`REQUIRED_FIELDS`)."""
    problems = []
    today = today or local_today()
    if not data.journal_code:
        problems.append(translate("Register", "Choose a journal."))
    needed = required_fields(journal_kind) if journal_kind else ()
    if CORRESPONDENT.name in needed and not data.correspondent.strip():
        problems.append(translate("Register", "Enter the sender (correspondent).") if journal_kind == DocumentKind.INCOMING.value
                        else translate("Register", "Enter the addressee (correspondent)."))
    if "subject" in needed and data.subject is not None and not data.subject.strip():
        problems.append(translate("Register", "Enter the subject."))
    if too_long := card.subject_problem(data.subject):
        problems.append(too_long)
    if data.reg_date and data.reg_date > today:
        problems.append(translate("Register", "The registration date cannot be in the future."))
    if data.corr_date and data.corr_date > (data.reg_date or today):
        problems.append(translate("Register", "The correspondent's date cannot be after the registration date."))
    problems += card.problems({f.name: getattr(data, f.name) for f in CARD_FIELDS})
    if data.subject is not None and len(data.subject) > 500:
        problems.append(translate("Register", "The subject is longer than 500 characters."))
    return problems

def card_columns(data: RegisterInput) -> dict[str, Any]:
    """The card's Registration columns from the form (text trimmed; a value not given keeps the column's default)."""
    out = {}
    for f in CARD_FIELDS:
        value = getattr(data, f.name)
        if f is CORRESPONDENT or value is None:
            continue
        out[f.name] = value.strip() if isinstance(value, str) else value
    return out

def registration_info(reg: Registration, journal: Journal, corr: str, case_index: str = "") -> RegistrationInfo:
    """What a registration shows: the row, its journal, the correspondent's name and the case's index."""
    card = {f.name: getattr(reg, f.name) for f in CARD_FIELDS if f is not CORRESPONDENT}
    return RegistrationInfo(journal_code=journal.code, number=reg.number, reg_date=reg.reg_date,
                            provisional=reg.provisional, correspondent=corr, case_index=case_index, **card)
