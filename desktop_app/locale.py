"""The reader's conventions without Qt: dates, times, numbers and alphabetical order in az/ru/en.

Dates are written ``27.11.2026`` in Azerbaijani and Russian (and ``27/11/2026`` nowhere): one
pattern for the office's documents, whatever the computer's own locale says. Times are stored
in UTC and shown in the institution's time zone (setting ``time_zone``, ``Asia/Baku`` by default).

Alphabetical order follows the language: Azerbaijani ``a b c ç d e ə f g ğ h x ı i j k q l m n o
ö p r s ş t u ü v y z`` (so ``x`` sorts after ``h`` and ``q`` after ``k``), Russian puts ``ё``
right after ``е``; case and the dotted/dotless ``İ/I`` pairs are handled as a reader expects.
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop_app import i18n
from desktop_app.i18n import translate

log = logging.getLogger(__name__)

DEFAULT_TIME_ZONE = "Asia/Baku"

_AZ_ALPHABET = "a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z".split()
_RU_ALPHABET = "а б в г д е ё ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я".split()
_AZ_UPPER = {"I": "ı", "İ": "i"}


def _rank_table(alphabet: list[str], base: int) -> dict[str, int]:
    return {ch: base + i for i, ch in enumerate(alphabet)}


_AZ_RANK = _rank_table(_AZ_ALPHABET, 1000)
_RU_RANK = _rank_table(_RU_ALPHABET, 2000)


def _lower(ch: str, language: str) -> str:
    if language == "az" and ch in _AZ_UPPER:
        return _AZ_UPPER[ch]
    low = ch.lower()
    return low if len(low) == 1 else ch


def sort_key(text: str, language: str | None = None) -> tuple:
    """A key that sorts ``text`` the way a reader of ``language`` (default: the UI's) expects."""
    lang = language or i18n.current_language()
    primary = []
    for ch in text or "":
        low = _lower(ch, lang)
        if lang == "az" and low in _AZ_RANK:
            primary.append(_AZ_RANK[low])
        elif low in _RU_RANK:
            primary.append(_RU_RANK[low])
        elif "a" <= low <= "z":
            primary.append(_AZ_RANK.get(low, 1000 + ord(low)) if lang == "az" else 1000 + ord(low))
        elif low.isdigit():
            primary.append(100 + int(low) if low in "0123456789" else 100 + ord(low))
        elif low.isspace():
            primary.append(1)
        else:
            primary.append(3000 + ord(low))
    # Ties (same letters, different case) put the lower case first, then the exact text.
    return tuple(primary), tuple(ch.isupper() for ch in text or ""), text or ""


def sorted_texts(items, language: str | None = None, key=None):  # noqa: ANN001, ANN201
    """``sorted(items)`` in the reader's alphabetical order (``key`` picks the text of an item)."""
    lang = language or i18n.current_language()
    pick = key or (lambda x: x)
    return sorted(items, key=lambda x: sort_key(pick(x), lang))


@functools.lru_cache(maxsize=8)
def _zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown time zone %r; using %s", name, DEFAULT_TIME_ZONE)
        try:
            return ZoneInfo(DEFAULT_TIME_ZONE)
        except ZoneInfoNotFoundError:  # no tz database at all (Windows without tzdata)
            return dt.timezone(dt.timedelta(hours=4), "+04")


_configured = {"time_zone": DEFAULT_TIME_ZONE}


def set_time_zone(name: str | None) -> None:
    """The institution's time zone for this process (read from the profile at start-up, like the language)."""
    _configured["time_zone"] = name or DEFAULT_TIME_ZONE


def zone_name() -> str:
    """The name of the institution's time zone for this process (handed to the signing process)."""
    return _configured["time_zone"]


def zone(name: str | None = None) -> dt.tzinfo:
    """The institution's time zone (``Asia/Baku`` unless the profile says otherwise)."""
    return _zone(name or _configured["time_zone"])


def today() -> dt.date:
    """Today in the institution's time zone, not the computer's: a desk whose clock runs on UTC
    still registers a letter at 01:00 in Baku under the right day."""
    return dt.datetime.now(zone()).date()


def to_local(t: dt.datetime, tz: str | None = None) -> dt.datetime:
    """A stored time (naive = UTC, or aware) in the institution's time zone."""
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return t.astimezone(zone(tz))


def format_date(d: dt.date | dt.datetime | None, tz: str | None = None) -> str:
    """``27.11.2026`` (a datetime is first moved to the institution's time zone)."""
    if d is None:
        return ""
    if isinstance(d, dt.datetime):
        d = to_local(d, tz).date()
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def format_datetime(t: dt.datetime | None, tz: str | None = None, seconds: bool = False) -> str:
    """``27.11.2026 14:05`` in the institution's time zone."""
    if t is None:
        return ""
    lt = to_local(t, tz)
    return f"{format_date(lt.date())} {lt:%H:%M:%S}" if seconds else f"{format_date(lt.date())} {lt:%H:%M}"


def weekday_short(d: dt.date) -> str:
    return (translate("Locale", "Mon"), translate("Locale", "Tue"), translate("Locale", "Wed"), translate("Locale", "Thu"),
            translate("Locale", "Fri"), translate("Locale", "Sat"), translate("Locale", "Sun"))[d.weekday()]


def format_date_weekday(d: dt.date) -> str:
    """``27.11.2026 (C.)`` -- the date with its translated weekday."""
    return f"{format_date(d)} ({weekday_short(d)})"


def format_number(n: int | float, language: str | None = None, decimals: int = 0) -> str:
    """Digits grouped the reader's way: ``12 345`` in az/ru, ``12,345`` in English."""
    lang = language or i18n.current_language()
    text = f"{n:,.{decimals}f}"
    if lang in ("az", "ru"):
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def format_size(n: int, language: str | None = None) -> str:
    """A file size for people: ``512 B``, ``34 KB``, ``1,5 MB`` (units translated)."""
    if n < 1024:
        return translate("Locale", "{n} B").format(n=format_number(n, language))
    if n < 1024 * 1024:
        return translate("Locale", "{n} KB").format(n=format_number(round(n / 1024), language))
    return translate("Locale", "{n} MB").format(n=format_number(n / 1024 / 1024, language, 1))
