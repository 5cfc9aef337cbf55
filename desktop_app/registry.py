"""Registration journals, number formats, number blocks and provisional numbers.

A number is issued inside the writer's transaction and a UNIQUE(journal, number)
constraint backs the rule that a number is never issued twice.
"""
from __future__ import annotations

import datetime as dt
import string

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Correspondent, Journal, NumberBlock, Registration
from desktop_app.errors import InvalidInput, NumberingError
from desktop_app.i18n import translate
from docflow_protocol import (
    CASE_INDEX_MAX_CHARS, CORRESPONDENT, LONGEST_SEQ, NUMBER_FORMAT_FIELDS, NUMBER_FORMAT_MAX_CHARS, NUMBER_MAX_CHARS, format_number,
    longest_number, number_format_problem,
)

def validate_format(fmt: str, code: str | None = None) -> str:
    """Return ``fmt`` if it is a usable number format for journal ``code`` such as ``{journal}-{seq:04d}/{year}``
    or ``{index}/{n}`` (the fields: ``docflow_protocol.NUMBER_FORMAT_FIELDS``; its longest number fits
    ``NUMBER_MAX_CHARS``)."""
    problem = number_format_problem(fmt, code)
    if problem:
        if too_long := _too_long(fmt, code):
            raise InvalidInput(translate("Registry", "The number format {fmt!r} cannot be used: {reason}.").format(fmt=fmt, reason=too_long))
        raise InvalidInput(translate("Registry", "The number format {fmt!r} is not valid. Allowed fields: {allowed}; it must contain {{n}} or {{seq}}.").format(
            fmt=fmt, allowed=", ".join("{" + f + "}" for f in NUMBER_FORMAT_FIELDS)))
    return fmt


def _too_long(fmt: str, code: str | None) -> str | None:
    """The phrase for a well-formed format whose longest number is longer than a number may be, or None."""
    try:
        longest = longest_number(fmt, code)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
    if longest <= NUMBER_MAX_CHARS:
        return None
    return translate("Registry", "its numbers can be up to {n} characters long (with a case index of {index} characters and "
                                 "a running number of {digits} digits), but a registration number has at most {max}").format(
        n=longest, index=CASE_INDEX_MAX_CHARS, digits=len(str(LONGEST_SEQ)), max=NUMBER_MAX_CHARS)


def check_number(number: str, journal: Journal) -> str:
    """``number`` as issued by ``journal``, or a refusal when it is longer than a registration number may be
    (a journal whose format was set before formats were checked for it, or a running number past
    ``LONGEST_SEQ``): nothing is issued, rather than a number cut short."""
    if len(number) > NUMBER_MAX_CHARS:
        raise NumberingError(translate("Registry", "Journal {code} would give the number “{number}”, {n} characters long, but a "
                                                   "registration number has at most {max}: an administrator must shorten its "
                                                   "number format.").format(code=journal.code, number=number, n=len(number), max=NUMBER_MAX_CHARS))
    return number


def format_problem(fmt: str, code: str | None = None) -> str | None:
    """Why ``fmt`` cannot number journal ``code``, as a translated phrase (None when it can): the reasons of
    ``docflow_protocol.number_format_problem``, in the person's words."""
    problem = number_format_problem(fmt, code)
    if problem is None:
        return None
    fields = ", ".join("{" + f + "}" for f in NUMBER_FORMAT_FIELDS)
    if not isinstance(fmt, str) or not fmt.strip() or len(fmt) > NUMBER_FORMAT_MAX_CHARS:
        return translate("Registry", "it is empty or longer than {max} characters").format(max=NUMBER_FORMAT_MAX_CHARS)
    if too_long := _too_long(fmt, code):
        return too_long
    if problem.startswith("uses unknown fields"):
        unknown = sorted({f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None} - set(NUMBER_FORMAT_FIELDS))
        return translate("Registry", "it uses {unknown}, which a number does not have (it may use {fields})").format(
            unknown=", ".join("{" + f + "}" for f in unknown), fields=fields)
    if problem.startswith("must contain"):
        return translate("Registry", "it has no running number: put {n} (or {seq}) in it")
    return translate("Registry", "it is not a valid pattern (check the braces: each field is written like {n} or {seq:05d})")


def peek_seq(session: Session, journal: Journal, year: int) -> int:
    """The running number this desk would give next in ``journal`` in ``year`` (nothing is taken):
    for an example of the next number."""
    if journal.authority == Journal.LOCAL and journal.next_local_year == year:
        return journal.next_local
    if journal.authority == Journal.SERVER:
        nxt = session.execute(select(func.min(NumberBlock.next)).where(
            NumberBlock.journal_id == journal.id, NumberBlock.year == year, NumberBlock.next <= NumberBlock.end)).scalar()
        if nxt is not None:
            return nxt
    used = session.execute(select(func.max(Registration.seq)).where(
        Registration.journal_id == journal.id, Registration.year == year, Registration.provisional.is_(False))).scalar()
    return (used or 0) + 1


def issue_number(session: Session, journal: Journal, day: dt.date, workstation: str,
                 index: str | None = None) -> tuple[str, int, bool]:
    """Issue the next number of ``journal`` for ``day`` (the running number restarts at 1 each year; a
    leased block is used only for its own year) filed to the case ``index``: returns (number, seq, provisional)."""
    if journal.authority == Journal.LOCAL:
        seq = _next_local(session, journal, day.year)
        return check_number(format_number(journal.number_format, journal.code, seq, day, index), journal), seq, False
    block = session.execute(
        select(NumberBlock)
        .where(NumberBlock.journal_id == journal.id, NumberBlock.year == day.year, NumberBlock.next <= NumberBlock.end)
        .order_by(NumberBlock.start).limit(1)
    ).scalar_one_or_none()
    if block is not None:
        seq = block.next
        block.next = seq + 1
        return check_number(format_number(journal.number_format, journal.code, seq, day, index), journal), seq, False
    seq = journal.next_provisional
    journal.next_provisional = seq + 1
    return provisional_number(journal.code, workstation, seq), seq, True


def _next_local(session: Session, journal: Journal, year: int) -> int:
    """The next running number of a journal this desk numbers itself, in ``year``: 1 in a new year;
    a registration dated in an earlier year (entered late) continues that year's numbers."""
    if journal.reset_yearly and journal.next_local_year != year:
        if year > journal.next_local_year:
            journal.next_local, journal.next_local_year = 1, year
        else:
            used = session.execute(select(func.max(Registration.seq)).where(
                Registration.journal_id == journal.id, Registration.year == year)).scalar()
            return (used or 0) + 1
    seq = journal.next_local
    journal.next_local = seq + 1
    return seq


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
