"""The registration card: the fields a registration carries besides its number, with their limits.

One list (:data:`CARD_FIELDS`) drives everything that handles a card: the op validator
(``registration.register``), the server (which keeps the card in the document's ``registration``
as sent), the client's mapping of its outbox row to the op, the form's checks and the applying of
another desk's card. Adding a field to the card is: one :class:`CardField` here, a column and a
migration on the client (the server keeps document states as JSON), and a widget on the form.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional

from docflow_protocol.constants import _StrEnum
from docflow_protocol.dates import parse_date


class Channel(_StrEnum):
    """How a registered document reached the office (``registration.register`` ``channel``)."""

    POST = "post"
    COURIER = "courier"
    EMAIL = "email"
    FAX = "fax"
    HAND = "hand"
    EDMS = "edms"                # the electronic circulation system


REGISTRATION_CHANNELS = tuple(c.value for c in Channel)
#: The channel a new registration is given unless another is chosen.
DEFAULT_CHANNEL = Channel.POST.value
#: Registration numbers (the journal's, a provisional one) are at most this long.
NUMBER_MAX_CHARS = 64
#: Largest count on a card (pages, sheets, attachments).
COUNT_MAX = 100_000

TEXT, COUNT, DATE, CHOICE = "text", "count", "date", "choice"


@dataclass(frozen=True)
class CardField:
    """One optional field of the registration card.

    ``kind``: ``text`` (a string of at most ``max_chars``), ``count`` (an integer 0..``maximum``),
    ``date`` (``YYYY-MM-DD``) or ``choice`` (one of ``choices``).
    """

    name: str
    kind: str
    max_chars: int = 0
    maximum: int = COUNT_MAX
    choices: tuple[str, ...] = ()

    def problem(self, value: Any) -> Optional[str]:
        """Why ``value`` is not valid for this field (English, for the protocol), or None."""
        if self.kind == TEXT:
            if not isinstance(value, str):
                return "must be a string"
            if len(value) > self.max_chars:
                return f"must be at most {self.max_chars} characters"
        elif self.kind == COUNT:
            if isinstance(value, bool) or not isinstance(value, int):
                return "must be an integer"
            if value < 0:
                return "must be >= 0"
            if value > self.maximum:
                return f"must be <= {self.maximum}"
        elif self.kind == DATE:
            if parse_date(value) is None:
                return "must be a date YYYY-MM-DD"
        elif self.kind == CHOICE:
            if value not in self.choices:
                return "must be one of " + ", ".join(sorted(self.choices))
        return None

    def clean(self, value: Any) -> Any:
        """``value`` as the protocol takes it, or None when it is empty or out of range (then the
        field is left out rather than refused): text is stripped and cut to ``max_chars``, a date
        may be given as a ``datetime.date``."""
        if value is None:
            return None
        if self.kind == TEXT:
            return value.strip()[:self.max_chars] or None if isinstance(value, str) else None
        if self.kind == DATE and hasattr(value, "isoformat") and not isinstance(value, str):
            value = value.isoformat()
        return None if self.problem(value) else value

    def parse(self, value: Any) -> Any:
        """A card value from the server for the client's store (a date becomes a ``datetime.date``),
        or None when it is absent or not valid."""
        if value is None or self.problem(value) or (self.kind == TEXT and not value.strip()):
            return None
        return parse_date(value) if self.kind == DATE else value


#: Who wrote (the sender's name). The client keeps it as a correspondent of its own, not on the registration.
CORRESPONDENT = CardField("correspondent", TEXT, max_chars=300)
CORR_NUMBER = CardField("corr_number", TEXT, max_chars=NUMBER_MAX_CHARS)   # the sender's own number
CORR_DATE = CardField("corr_date", DATE)                                   # the sender's date
PAGES = CardField("pages", COUNT)                                          # pages of the document
SHEETS = CardField("sheets", COUNT)                      # sheets of paper (decree 935: the card's sheet count)
ATTACHMENTS_COUNT = CardField("attachments_count", COUNT)                  # attachments that came with it
ATTACHMENTS_DESCRIPTION = CardField("attachments_description", TEXT, max_chars=1000)  # what they are
CHANNEL = CardField("channel", CHOICE, choices=REGISTRATION_CHANNELS)      # how it came
#: The card, in the order a form shows it.
CARD_FIELDS: tuple[CardField, ...] = (
    CORRESPONDENT, CORR_NUMBER, CORR_DATE, PAGES, SHEETS, ATTACHMENTS_COUNT, ATTACHMENTS_DESCRIPTION, CHANNEL,
)
CARD: dict[str, CardField] = {f.name: f for f in CARD_FIELDS}
CARD_FIELD_NAMES = tuple(f.name for f in CARD_FIELDS)


def clean_card(values: Mapping[str, Any]) -> dict[str, Any]:
    """The card fields of ``values`` as an op payload takes them (empty / invalid ones left out)."""
    return _each_field(values, CardField.clean)


def parse_card(values: Mapping[str, Any]) -> dict[str, Any]:
    """The valid card fields of a server ``registration`` object (dates as ``datetime.date``)."""
    return _each_field(values, CardField.parse)


def _each_field(values: Mapping[str, Any], convert: Any) -> dict[str, Any]:
    out = {}
    for f in CARD_FIELDS:
        v = convert(f, values.get(f.name))
        if v is not None:
            out[f.name] = v
    return out
