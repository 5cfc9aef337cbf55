"""What a signing is asked to write (:class:`SignOptions`, :class:`StampOptions`), what it gives back
(:class:`SignedDocument`) and where a stamp goes -- no pyHanko here: these cross into the signing
process (desktop_app/signing/worker.py) and the app process need not load pyHanko to build them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop_app.i18n import translate
from docflow_protocol import SignatureLevel

from .certs import CertificateSummary
from .errors import SigningError

#: Named stamp positions (the UI offers these and shows a preview).
STAMP_POSITIONS = ("bottom-right", "bottom-left", "top-right", "top-left", "bottom-center")
STAMP_SIZE = (210.0, 62.0)  # points: wide enough for a name, a date and a number
STAMP_MARGIN = 28.0

@dataclass(frozen=True)
class StampOptions:
    """A visible signature stamp.

    ``page`` is 0-based (negative counts from the end, -1 = last page). ``box`` is
    (x1, y1, x2, y2) in PDF points from the page's lower-left corner; when it is None the
    named ``position`` is used.
    """

    page: int = -1
    position: str = "bottom-right"
    box: tuple[float, float, float, float] | None = None
    registration_number: str | None = None
    signer_name: str | None = None  # default: the certificate's common name
    font_path: str | None = None  # default: a Unicode TrueType font found on the system


@dataclass(frozen=True)
class SignOptions:
    """What to write into the signature besides the cryptography."""

    reason: str | None = None
    location: str | None = None
    contact_info: str | None = None
    field_name: str | None = None  # default: the next free "SignatureN"
    stamp: StampOptions | None = None


@dataclass(frozen=True)
class SignedDocument:
    """The outcome of one signing (all a store needs to record it)."""

    pdf: bytes
    field_name: str
    signer: CertificateSummary
    signed_at: datetime
    level: str = SignatureLevel.B_B.value
    bytes_added: int = 0
    extra: dict = field(default_factory=dict)


def stamp_box_for(position: str, mediabox: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    """The stamp rectangle for a named position on a page with this media box."""
    if position not in STAMP_POSITIONS:
        raise SigningError(
            translate("Signing", "Unknown stamp position {position}.").format(position=position),
            code="bad_stamp_position",
        )
    x0, y0, x1, y1 = mediabox
    w, h = STAMP_SIZE
    if position.endswith("right"):
        left = x1 - STAMP_MARGIN - w
    elif position.endswith("left"):
        left = x0 + STAMP_MARGIN
    else:
        left = (x0 + x1 - w) / 2
    bottom = y1 - STAMP_MARGIN - h if position.startswith("top") else y0 + STAMP_MARGIN
    return (round(left), round(bottom), round(left + w), round(bottom + h))
