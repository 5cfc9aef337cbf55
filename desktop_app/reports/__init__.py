"""The office's paper (issue 17; docs/chancellery.md, "Paper"): the registration-control card, the
registers for a period, the monthly control report, the appeals report -- each as PDF or XLSX -- and
the registration stamp on a derived copy of a document's PDF. No Qt.

A report is built once, as plain values, by :class:`~desktop_app.services.reports.ReportService`
(the one place that reads each report's rows from the store); the two renderers here only lay those
values out: :mod:`.pdf` (fpdf2, the embedded DejaVu font of ``letters.new_pdf``) and :mod:`.xlsx`
(XlsxWriter). Cells keep their types (a date stays a date) so the spreadsheet has real dates and
numbers; the PDF writes them the reader's way (``locale.format_date``).
"""
from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app import locale
from desktop_app.blobs import atomic_write
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate

log = logging.getLogger(__name__)

Cell = str | int | dt.date | None

#: What a report is written as.
FORMATS = ("pdf", "xlsx")
#: What a report is (``docflow report KIND``).
CARD, REGISTER, CONTROL, APPEALS, INVENTORY = "card", "register", "control", "appeals", "inventory"


@dataclass(frozen=True)
class Column:
    """One column: its heading (translated), its share of the width, whether it holds numbers, and
    whether its cells must stay on one line."""

    title: str
    width: float = 1.0
    numeric: bool = False
    whole: bool = False     # never wrapped (a registration number): the column grows to its widest cell


@dataclass(frozen=True)
class Section:
    """A table with a heading ("" for none); ``rows`` hold typed cells (text, int, date or None)."""

    heading: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None = None   # a closing line in bold (a report's totals)


@dataclass(frozen=True)
class Report:
    """One printable form: title, institution, period, the card's labelled fields, the tables."""

    kind: str                                  # CARD | REGISTER | CONTROL | APPEALS | INVENTORY
    title: str
    institution: str
    period: str                                # "01.11.2026 – 30.11.2026", or "" for a card
    fields: tuple[tuple[str, str], ...] = ()   # (label, value) pairs, in order
    sections: tuple[Section, ...] = ()
    landscape: bool = False
    made_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))

    @property
    def footer(self) -> str:
        return translate("Reports", "Made by Docflow on {when}").format(when=locale.format_datetime(self.made_at))


def cell_text(value: Cell) -> str:
    """A cell as a reader sees it: dates the reader's way, numbers grouped, None blank."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return locale.format_date(value)
    if isinstance(value, int):
        return locale.format_number(value)
    return str(value)


def period_text(date_from: dt.date, date_to: dt.date) -> str:
    return translate("Reports", "{start} – {end}").format(start=locale.format_date(date_from), end=locale.format_date(date_to))


def check_format(fmt: str) -> str:
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in FORMATS:
        raise InvalidInput(translate("Reports", "A report is written as PDF or XLSX, not {format!r}.").format(format=fmt))
    return fmt


def check_target(path: os.PathLike[str] | str) -> Path:
    """``path`` as a file a report can be written to (not a folder; its folder exists)."""
    target = Path(path)
    if target.is_dir():
        raise InvalidInput(translate("Reports", "{path} is a folder: name the file to write the report to.").format(path=target))
    if not target.parent.is_dir():
        raise InvalidInput(translate("Reports", "The folder {path} does not exist.").format(path=target.parent))
    return target


def render(report: Report, fmt: str) -> bytes:
    """The report as the bytes of a PDF or an XLSX file."""
    fmt = check_format(fmt)
    if fmt == "pdf":
        from desktop_app.reports.pdf import render_pdf

        return render_pdf(report)
    from desktop_app.reports.xlsx import render_xlsx

    return render_xlsx(report)


def write(report: Report, fmt: str, path: os.PathLike[str] | str) -> Path:
    """Render and write the report to ``path`` whole or not at all (a temporary file renamed)."""
    target = check_target(path)
    data = render(report, fmt)
    atomic_write(target, data)
    log.info("report %s written as %s to %s (%d bytes)", report.kind, fmt, target, len(data))
    return target
