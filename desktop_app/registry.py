"""Registration journals, number formats, number blocks and provisional numbers.

A number is issued inside the writer's transaction and a UNIQUE(journal, number)
constraint backs the rule that a number is never issued twice.
"""
from __future__ import annotations

import datetime as dt
import string

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Correspondent, Journal, NumberBlock
from desktop_app.errors import InvalidInput, NumberingError
from desktop_app.i18n import translate
from docflow_protocol import CORRESPONDENT

FORMAT_FIELDS = {"seq", "year", "yy", "mm", "dd", "journal"}


def validate_format(fmt: str) -> str:
    """Return ``fmt`` if it is a usable number format such as ``{journal}-{seq:04d}/{year}``."""
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None}
    except ValueError as exc:
        raise InvalidInput(translate("Registry", "The number format {fmt!r} is not valid: {reason}").format(fmt=fmt, reason=exc)) from exc
    unknown = names - FORMAT_FIELDS
    if unknown:
        raise InvalidInput(translate("Registry", "The number format {fmt!r} uses unknown fields: {fields}. Allowed: {allowed}.").format(
            fmt=fmt, fields=", ".join(sorted(unknown)), allowed=", ".join(sorted(FORMAT_FIELDS))))
    if "seq" not in names:
        raise InvalidInput(translate("Registry", "The number format {fmt!r} must contain {{seq}}.").format(fmt=fmt))
    try:
        format_number(fmt, "X", 1, dt.date(2026, 1, 1))
    except (ValueError, KeyError, IndexError) as exc:
        raise InvalidInput(translate("Registry", "The number format {fmt!r} is not valid: {reason}").format(fmt=fmt, reason=exc)) from exc
    return fmt


def format_number(fmt: str, journal_code: str, seq: int, day: dt.date) -> str:
    return fmt.format(seq=seq, year=day.year, yy=f"{day.year % 100:02d}", mm=f"{day.month:02d}",
                      dd=f"{day.day:02d}", journal=journal_code)


def issue_number(session: Session, journal: Journal, day: dt.date, workstation: str) -> tuple[str, int, bool]:
    """Issue the next number of ``journal`` for ``day``: returns (number, seq, provisional)."""
    if journal.authority == Journal.LOCAL:
        if journal.reset_yearly and journal.next_local_year != day.year:
            journal.next_local, journal.next_local_year = 1, day.year
        seq = journal.next_local
        journal.next_local = seq + 1
        return format_number(journal.number_format, journal.code, seq, day), seq, False
    block = session.execute(
        select(NumberBlock)
        .where(NumberBlock.journal_id == journal.id, NumberBlock.year == day.year, NumberBlock.next <= NumberBlock.end)
        .order_by(NumberBlock.start).limit(1)
    ).scalar_one_or_none()
    if block is not None:
        seq = block.next
        block.next = seq + 1
        return format_number(journal.number_format, journal.code, seq, day), seq, False
    seq = journal.next_provisional
    journal.next_provisional = seq + 1
    return provisional_number(journal.code, workstation, seq), seq, True


def provisional_number(journal_code: str, workstation: str, seq: int) -> str:
    """A clearly marked provisional number the server replaces on sync."""
    return f"PROV-{journal_code}-{workstation[:8]}-{seq}"


def add_block(session: Session, journal: Journal, year: int, start: int, end: int, server_block_id: str | None = None) -> NumberBlock:
    """Record a block of numbers the server leased to this workstation."""
    if start < 1 or end < start:
        raise NumberingError(translate("Registry", "The number block {start}–{end} is empty or invalid.").format(start=start, end=end))
    block = NumberBlock(journal_id=journal.id, year=year, start=start, end=end, next=start, server_block_id=server_block_id)
    session.add(block)
    session.flush()
    return block


def remaining(session: Session, journal: Journal, year: int) -> int:
    blocks = session.execute(select(NumberBlock).where(NumberBlock.journal_id == journal.id, NumberBlock.year == year)).scalars()
    return sum(max(0, b.end - b.next + 1) for b in blocks)


def correspondent_named(session: Session, name: str) -> Correspondent:
    """The correspondent called ``name`` (trimmed to the card's limit), created on first use
    (inside the caller's write transaction)."""
    name = name.strip()[:CORRESPONDENT.max_chars]
    corr = session.execute(select(Correspondent).where(Correspondent.name == name)).scalar_one_or_none()
    if corr is None:
        corr = Correspondent(name=name)
        session.add(corr)
        session.flush()
    return corr
