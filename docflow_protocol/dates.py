"""Dates and instants as the protocol writes them (docs/protocol.md §1): one strict parser each.

Dates are ``YYYY-MM-DD`` exactly (ten characters: Python's ``fromisoformat`` would also take
``20261120``, which the protocol does not). Instants are ISO 8601 UTC with a ``Z`` suffix; both
sides keep them as *naive UTC* datetimes in their stores.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Optional


def parse_date(value: Any) -> Optional[_dt.date]:
    """The date a protocol ``YYYY-MM-DD`` string names, or None if it is not one."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        return None


def is_date(value: Any) -> bool:
    """True if ``value`` is a protocol date string."""
    return parse_date(value) is not None


def format_date(value: _dt.date) -> str:
    return value.isoformat()


def parse_instant(value: Any) -> Optional[_dt.datetime]:
    """An ISO 8601 instant as naive UTC (how both stores keep times); None if unreadable.

    A ``Z`` or an offset is converted to UTC; a time without a zone is taken as UTC already.
    """
    if not isinstance(value, str):
        return None
    try:
        t = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t.astimezone(_dt.timezone.utc).replace(tzinfo=None) if t.tzinfo else t


def format_instant(value: _dt.datetime, *, milliseconds: bool = True) -> str:
    """``2026-11-26T09:30:00.123Z`` (or without the fraction): a naive value is taken as UTC."""
    if value.tzinfo is not None:
        value = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    if milliseconds:
        value = value.replace(microsecond=(value.microsecond // 1000) * 1000)
        return value.isoformat(timespec="milliseconds") + "Z"
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def now_instant(*, milliseconds: bool = True) -> str:
    """The current instant, formatted."""
    return format_instant(_dt.datetime.now(_dt.timezone.utc), milliseconds=milliseconds)
