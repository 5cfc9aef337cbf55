"""Working-day deadline arithmetic: weekends, the country's public holidays, the institution's own days.

Three layers, the institution's on top:

1. weekends (Saturday, Sunday);
2. a country preset (settings key ``holiday_preset``, ``AZ`` by default) from the ``holidays``
   package: Azerbaijan's public holidays, the days off the Cabinet moves to when a holiday falls
   on a weekend, and the Saturdays it declares working days in exchange ("transferred working
   days") -- so 31 December is not a working day and a moved Saturday is;
3. the institution's own list (settings key ``holidays``): ``YYYY-MM-DD`` (one day) or ``MM-DD``
   (every year) -- always days off, whatever the preset says.
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.locale import today as local_today
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate

log = logging.getLogger(__name__)

SATURDAY, SUNDAY = 5, 6
MAX_WORKING_DAYS = 3660  # ten years: protects the loops below from absurd input
#: Years of the preset loaded around today (deadlines beyond them fall back to weekends only).
PRESET_YEARS_BACK, PRESET_YEARS_AHEAD = 3, 10


@dataclass(frozen=True)
class PresetDays:
    """A country's official calendar for some years: days off, and weekend days made working days."""

    code: str
    days_off: frozenset[dt.date] = frozenset()
    working_weekend_days: frozenset[dt.date] = frozenset()


@functools.lru_cache(maxsize=4)
def _preset(code: str, first_year: int, last_year: int) -> PresetDays:
    try:
        import holidays  # the package is only imported when a calendar is needed

        cal = holidays.country_holidays(code, years=range(first_year, last_year + 1))
    except (ImportError, NotImplementedError) as exc:  # e.g. a bundle without the country's module
        log.warning("no official holiday calendar for %r: %s", code, exc)
        return PresetDays(code)
    days_off = frozenset(cal.keys())
    workdays = frozenset(getattr(cal, "weekend_workdays", ()) or ())
    return PresetDays(code, days_off, workdays)


def preset_days(code: str | None, today: dt.date | None = None) -> PresetDays | None:
    """The official calendar of ``code`` (``"AZ"``) around ``today``; None for no preset."""
    if not code:
        return None
    year = (today or local_today()).year
    return _preset(code.upper(), year - PRESET_YEARS_BACK, year + PRESET_YEARS_AHEAD)


def preset_names(code: str | None, year: int, language: str = "en") -> list[tuple[dt.date, str]]:
    """The official days off of ``year`` with their names (in ``language`` when the package has it)."""
    if not code:
        return []
    import holidays

    try:
        cal = holidays.country_holidays(code.upper(), years=[year], language=language)
    except NotImplementedError:
        return []
    except (KeyError, ValueError):
        cal = holidays.country_holidays(code.upper(), years=[year])
    return sorted(cal.items())


def parse_holidays(entries: Iterable[str]) -> tuple[frozenset[dt.date], frozenset[tuple[int, int]]]:
    """Split holiday strings into fixed dates and yearly (month, day) pairs; reject bad ones.

    Accepted: ``YYYY-MM-DD`` or ``DD.MM.YYYY`` (one day), ``MM-DD`` or ``DD.MM`` (every year).
    """
    fixed: set[dt.date] = set()
    yearly: set[tuple[int, int]] = set()
    for raw in entries:
        text = str(raw).strip()
        parsed = _parse_entry(text)
        if isinstance(parsed, dt.date):
            fixed.add(parsed)
        elif parsed is not None:
            yearly.add(parsed)
        else:
            raise InvalidInput(translate("Routing", "The holiday '{entry}' is not a date: write 20.03.2027 (one day) or 01.01 (every year).").format(entry=text))
    return frozenset(fixed), frozenset(yearly)


def _parse_entry(text: str) -> dt.date | tuple[int, int] | None:
    try:
        if len(text) == 10 and text[4] == "-":
            return dt.date.fromisoformat(text)
        if len(text) == 10 and text[2] == "." and text[5] == ".":
            return dt.date(int(text[6:]), int(text[3:5]), int(text[:2]))
        if len(text) == 5 and text[2] in "-.":
            month, day = (int(text[:2]), int(text[3:])) if text[2] == "-" else (int(text[3:]), int(text[:2]))
            dt.date(2000, month, day)  # validates (2000 is a leap year, so 29 February is allowed)
            return (month, day)
    except ValueError:
        return None
    return None


def canonical_entry(text: str) -> str:
    """A holiday as stored (``YYYY-MM-DD`` / ``MM-DD``), from any accepted spelling."""
    parsed = _parse_entry(text.strip())
    if isinstance(parsed, dt.date):
        return parsed.isoformat()
    if parsed is not None:
        return f"{parsed[0]:02d}-{parsed[1]:02d}"
    return text.strip()


def display_entry(text: str) -> str:
    """A stored holiday as a person writes it (``20.03.2027`` / ``01.01``)."""
    parsed = _parse_entry(text.strip())
    if isinstance(parsed, dt.date):
        return f"{parsed.day:02d}.{parsed.month:02d}.{parsed.year}"
    if parsed is not None:
        return f"{parsed[1]:02d}.{parsed[0]:02d}"
    return text


@dataclass(frozen=True)
class WorkCalendar:
    """Which days are working days, and deadline arithmetic over them."""

    holidays: frozenset[dt.date] = frozenset()
    yearly_holidays: frozenset[tuple[int, int]] = frozenset()
    weekend: frozenset[int] = field(default_factory=lambda: frozenset({SATURDAY, SUNDAY}))
    preset: PresetDays | None = None

    @classmethod
    def from_settings(cls, entries: Iterable[str] | None, preset: str | None = None) -> "WorkCalendar":
        """The institution's ``entries`` on top of the country ``preset`` (e.g. ``"AZ"``; None: none)."""
        fixed, yearly = parse_holidays(entries or ())
        return cls(fixed, yearly, preset=preset_days(preset))

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.holidays or (day.month, day.day) in self.yearly_holidays:
            return False  # the institution's own days off come first
        if self.preset is not None:
            if day in self.preset.working_weekend_days:
                return True  # a Saturday the government made a working day
            if day in self.preset.days_off:
                return False
        return day.weekday() not in self.weekend

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself if it is a working day, else the first working day after it."""
        for _ in range(MAX_WORKING_DAYS):
            if self.is_working_day(day):
                return day
            day += dt.timedelta(days=1)
        raise InvalidInput(translate("Routing", "The calendar has no working day within ten years."))

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The date ``days`` working days after ``start`` (``start`` itself not counted).

        ``days == 0`` gives ``start`` or, if that is a day off, the next working day.
        """
        if not 0 <= days <= MAX_WORKING_DAYS:
            raise InvalidInput(translate("Routing", "A deadline must be 0 to {max} working days away.").format(max=MAX_WORKING_DAYS))
        day = start
        left = days
        while left:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                left -= 1
        return self.next_working_day(day)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative when ``end`` is before ``start``."""
        if end < start:
            return -self.working_days_between(end, start)
        if (end - start).days > MAX_WORKING_DAYS * 2:
            raise InvalidInput(translate("Routing", "The dates are too far apart."))
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count

    def week_end(self, today: dt.date) -> dt.date:
        """The last day (Sunday) of ``today``'s week, for "due this week"."""
        return today + dt.timedelta(days=6 - today.weekday())


OVERDUE, DUE_TODAY, DUE_SOON, ON_TIME = "overdue", "due_today", "due_soon", "on_time"


def deadline_state(deadline: dt.date | None, today: dt.date, cal: WorkCalendar, remind_days: int = 1) -> str | None:
    """``overdue`` / ``due_today`` / ``due_soon`` (within ``remind_days`` working days) / ``on_time``."""
    if deadline is None:
        return None
    if deadline < today:
        return OVERDUE
    if deadline == today:
        return DUE_TODAY
    if cal.working_days_between(today, deadline) <= remind_days:
        return DUE_SOON
    return ON_TIME
