"""Citizens' appeals and control (nəzarət): the words and limits both sides share.

Sources (docs/chancellery.md says what was and was not verified here):

* the law "Vətəndaşların müraciətləri haqqında" (30 September 2015): an appeal is answered within
  15 working days, or 30 working days when it needs extra checking; when more information is
  requested the term may be extended by up to 30 working days and the citizen is told; an appeal
  that belongs to another body is passed on within 3 working days and the citizen is told; an
  anonymous appeal (no name or no address) is not considered as an appeal; a repeated appeal on a
  question already answered on the merits three times within a year, with nothing new, is left
  unconsidered and the applicant told;
* the record-keeping instruction: who put a document on control alone takes it off; a deadline is
  extended only on the executor's reasoned written request approved by that official; a document
  is executed when its question is resolved and the sender has an answer on the merits.
"""
from __future__ import annotations

from typing import Any, Mapping, Optional

from docflow_protocol.constants import DOCUMENT_KINDS, DocumentKind, _StrEnum
from docflow_protocol.registration import CHOICE, DATE, TEXT, CardField

#: The kind of the journal citizens' appeals are registered in (documents in it are ``incoming``).
APPEAL_JOURNAL_KIND = "appeal"
#: Every journal kind: one per document kind, and the appeals journal.
JOURNAL_KINDS = (*DOCUMENT_KINDS, APPEAL_JOURNAL_KIND)


def journal_takes(journal_kind: str, document_kind: str) -> bool:
    """Whether a journal of ``journal_kind`` registers documents of ``document_kind``."""
    if journal_kind == APPEAL_JOURNAL_KIND:
        return document_kind == DocumentKind.INCOMING.value
    return journal_kind == document_kind

#: Working days to answer an appeal / one that needs extra checking.
APPEAL_TERM_DAYS = 15
APPEAL_TERM_CHECKING_DAYS = 30
APPEAL_TERMS = (APPEAL_TERM_DAYS, APPEAL_TERM_CHECKING_DAYS)
#: At most this many working days may be added, in total, when more information is requested.
APPEAL_EXTENSION_MAX_DAYS = 30
#: An appeal that belongs to another body is passed on within this many working days (article 7.10).
APPEAL_FORWARD_DAYS = 3
#: A repeated appeal is left unconsidered once the applicant's earlier appeals were answered on the
#: merits this many times within this many days, with nothing new (article 8.1.4).
APPEAL_REPEAT_ANSWERS = 3
APPEAL_REPEAT_WINDOW_DAYS = 365


class AppealType(_StrEnum):
    APPLICATION = "application"   # ərizə
    PROPOSAL = "proposal"         # təklif
    COMPLAINT = "complaint"       # şikayət


APPEAL_TYPES = tuple(t.value for t in AppealType)


class AppealForm(_StrEnum):
    """How the appeal was made (the law: in writing -- on paper or electronically -- or orally, at a
    personal reception or through the telephone appeals line)."""

    WRITTEN = "written"           # yazılı: a letter brought, posted or faxed
    ELECTRONIC = "electronic"     # elektron: e-mail or the body's web form (a written appeal in electronic form)
    RECEPTION = "reception"       # şifahi: at a personal reception by an official
    TELEPHONE = "telephone"       # şifahi: by telephone


APPEAL_FORMS = tuple(f.value for f in AppealForm)
#: Oral appeals: no letter; what was said is summarised, the day and the official who received it recorded.
ORAL_APPEAL_FORMS = (AppealForm.RECEPTION.value, AppealForm.TELEPHONE.value)


class AppealAction(_StrEnum):
    """What ``appeal.act`` records on a registered appeal."""

    EXTEND = "extend"             # more information requested: the term grows, the citizen is told
    FORWARD = "forward"           # belongs to another body: passed on, the citizen is told
    REPEATED = "repeated"         # already answered on the merits, nothing new


APPEAL_ACTIONS = tuple(a.value for a in AppealAction)


class ExtensionState(_StrEnum):
    """A request to extend a controlled deadline: pending until the controlling official decides."""

    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


#: The applicant's card (sent as ``appeal`` in ``registration.register`` to an appeal journal).
APPLICANT_NAME = CardField("applicant_name", TEXT, max_chars=300)
APPLICANT_ADDRESS = CardField("applicant_address", TEXT, max_chars=1000)
APPLICANT_CONTACT = CardField("applicant_contact", TEXT, max_chars=300)
APPEAL_TYPE = CardField("appeal_type", CHOICE, choices=APPEAL_TYPES)
APPEAL_DEADLINE = CardField("deadline", DATE)            # the answer is due (working days counted by the client)
APPEAL_FORM = CardField("appeal_form", CHOICE, choices=APPEAL_FORMS)   # absent: written (older clients)
RECEIVED_ON = CardField("received_on", DATE)             # an oral appeal: the day of the reception or the call
RECEIVED_BY = CardField("received_by", TEXT, max_chars=300)  # an oral appeal: the official who received it
APPEAL_FIELDS: tuple[CardField, ...] = (APPLICANT_NAME, APPLICANT_ADDRESS, APPLICANT_CONTACT, APPEAL_TYPE, APPEAL_DEADLINE,
                                        APPEAL_FORM, RECEIVED_ON, RECEIVED_BY)
#: Longest reason / note / body name in an appeal or control op.
NOTE_MAX_CHARS = 2000


def is_anonymous(appeal: Mapping[str, Any]) -> bool:
    """An appeal without the applicant's name or address is anonymous (not registered as an appeal)."""
    return not all(isinstance(appeal.get(f.name), str) and appeal[f.name].strip()
                   for f in (APPLICANT_NAME, APPLICANT_ADDRESS))


def appeal_problems(appeal: Any) -> list[tuple[str, str]]:
    """Why ``appeal`` (the ``appeal`` object of a registration) is not valid: [(key, reason)], empty when valid.

    Anonymity is not a shape problem: see :func:`is_anonymous`.
    """
    if not isinstance(appeal, dict):
        return [("", "must be an object")]
    out = []
    allowed = {f.name for f in APPEAL_FIELDS} | {"term_days"}
    out += [(k, "is not a known field") for k in appeal if k not in allowed]
    for f in APPEAL_FIELDS:
        value = appeal.get(f.name)
        if value is None:
            if f in (APPEAL_TYPE, APPEAL_DEADLINE):
                out.append((f.name, "is required"))
            continue
        reason = f.problem(value)
        if reason:
            out.append((f.name, reason))
    if appeal.get("term_days") not in APPEAL_TERMS:
        out.append(("term_days", "must be one of " + ", ".join(map(str, APPEAL_TERMS))))
    if appeal.get(APPEAL_FORM.name) in ORAL_APPEAL_FORMS:
        out += [(f.name, "is required for an oral appeal") for f in (RECEIVED_ON, RECEIVED_BY)
                if not (isinstance(appeal.get(f.name), str) and appeal[f.name].strip())]
    return out


def is_oral(appeal: Mapping[str, Any]) -> bool:
    """Whether the appeal card ``appeal`` is of an oral appeal (made at a reception or by telephone)."""
    return appeal.get(APPEAL_FORM.name) in ORAL_APPEAL_FORMS


def clean_appeal(values: Mapping[str, Any]) -> dict[str, Any]:
    """The appeal card of ``values`` as the protocol takes it (empty values left out)."""
    out = {}
    for f in APPEAL_FIELDS:
        v = f.clean(values.get(f.name))
        if v is not None:
            out[f.name] = v
    if values.get("term_days") in APPEAL_TERMS:
        out["term_days"] = values["term_days"]
    return out


def text_problem(value: Any, required: bool = True) -> Optional[str]:
    """Why a reason / note is not valid, or None."""
    if value is None:
        return "is required" if required else None
    if not isinstance(value, str):
        return "must be a string"
    if required and not value.strip():
        return "must not be empty"
    if len(value) > NOTE_MAX_CHARS:
        return f"must be at most {NOTE_MAX_CHARS} characters"
    return None
