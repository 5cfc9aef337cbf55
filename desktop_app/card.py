"""The registration card on this desk: the words a person reads for each field of the protocol's
card (``docflow_protocol.CARD_FIELDS``) and the form's checks, in those words (the channel's values
have their words in ``labels.channel``).

The fields themselves -- names, kinds, limits -- are the protocol's; a field other than the
correspondent is a :class:`~desktop_app.db.models.Registration` column of the same name and a
field of :class:`~desktop_app.services.types.RegisterInput`. Adding a field to the card is: its
``CardField`` in ``docflow_protocol/registration.py``, the column and a migration, the
``RegisterInput`` / ``RegistrationInfo`` fields, a label here, and a widget on the form.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from docflow_protocol import CARD_FIELDS, CASE_ID
from docflow_protocol.registration import CHOICE, COUNT, TEXT

# Characters a document's subject may have on this desk (the column). A longer subject a person typed
# is refused by name (subject_problem), never cut; only a subject made from something else (a file's
# name, the first line of an oral appeal's summary) is shortened, that text being kept whole.
SUBJECT_MAX_CHARS = 500


def subject_problem(subject: str | None) -> str | None:
    """Why ``subject`` (as typed, before trimming) cannot be a document's subject because of its
    length, as a sentence naming the field and the limit; None when it fits."""
    count = len((subject or "").strip())
    if count <= SUBJECT_MAX_CHARS:
        return None
    return translate("Documents", "The subject has {count} characters; it may have at most {max}. Shorten it: nothing is cut off.").format(
        count=count, max=SUBJECT_MAX_CHARS)


def check_subject(subject: str | None) -> str:
    """``subject`` trimmed, or :class:`~desktop_app.errors.InvalidInput` when it is too long."""
    if problem := subject_problem(subject):
        raise InvalidInput(problem)
    return (subject or "").strip()


def label(name: str) -> str:
    """The field ``name`` of the card in words, as it fits "The {field} ..." sentences."""
    return {
        "correspondent": translate("Register", "correspondent's name"),
        "corr_number": translate("Register", "correspondent's number"),
        "corr_date": translate("Register", "correspondent's date"),
        "pages": translate("Register", "page count"),
        "sheets": translate("Register", "sheet count"),
        "attachments_count": translate("Register", "number of attachments"),
        "attachments_description": translate("Register", "description of the attachments"),
        "channel": translate("Register", "delivery channel"),
        CASE_ID.name: translate("Register", "case of the file plan"),
    }.get(name, name)


def problems(values: Mapping[str, Any]) -> list[str]:
    """What is wrong with the card ``values`` (field name -> value; None = not given), as sentences."""
    out = []
    for f in CARD_FIELDS:
        value = values.get(f.name)
        if value is None or f.problem(value) is None:
            continue
        if f.kind == COUNT:
            out.append(translate("Register", "The {field} must be between 0 and {max}.").format(
                field=label(f.name), max=f.maximum))
        elif f.kind == TEXT:
            out.append(translate("Register", "The {field} is longer than {max} characters.").format(
                field=label(f.name), max=f.max_chars))
        elif f.kind == CHOICE:
            out.append(translate("Register", "Unknown {field}: {value}").format(field=label(f.name), value=value))
    return out
