"""Registration numbers by year and the file plan (nomenclature of cases), shared by both sides.

* Numbers restart at 1 each calendar year in each journal: a journal has one sequence per year, a
  leased block belongs to one year and is never used for another (docs/protocol.md §8).
* A number format is Python ``str.format`` text over :data:`NUMBER_FORMAT_FIELDS`, e.g.
  ``{index}/{n}`` (case index from the file plan + running number) or ``{n}-{year}``.
* The file plan: cases of an institution for one year, each with an index, a title and a
  retention period (years, or permanent); a registered document is filed to a case of the year of
  its registration date (docs/chancellery.md).
"""
from __future__ import annotations

import datetime as dt
import string
import uuid
from dataclasses import dataclass
from typing import Any, Mapping, Optional

from docflow_protocol.constants import Role, _StrEnum
from docflow_protocol.registration import NUMBER_MAX_CHARS

#: The fields a number format may use: ``code``/``journal`` (journal code), ``seq``/``n`` (the running
#: number within the year), ``year``, ``yy``, ``mm``, ``dd`` (of the registration date), ``index`` (the
#: index of the case the document is filed to).
NUMBER_FORMAT_FIELDS = ("code", "journal", "seq", "n", "year", "yy", "mm", "dd", "index")
#: Longest number format (both sides' journal columns are this wide). What matters for the numbers
#: is the text they come out as: a format is refused when its longest number (:func:`longest_number`)
#: would be longer than ``NUMBER_MAX_CHARS``, the registration number's own limit on both sides.
NUMBER_FORMAT_MAX_CHARS = 200
#: Longest journal code (both sides' columns).
JOURNAL_CODE_MAX_CHARS = 32
#: The largest running number a format is checked for: ten million registrations a journal a year.
LONGEST_SEQ = 9_999_999
#: Years a journal's numbers and a file plan may belong to.
MIN_YEAR, MAX_YEAR = 2000, 9999
#: Longest case index (e.g. ``01-05``) and case title.
CASE_INDEX_MAX_CHARS = 32
CASE_TITLE_MAX_CHARS = 500
#: Longest article reference of the model list of retention periods (e.g. ``17.b``).
CASE_ARTICLE_MAX_CHARS = 32
#: Who may add and edit the cases of the file plan (the chancellery prepares it, the head approves).
FILE_PLAN_EDIT_ROLES = frozenset({Role.CLERK.value, Role.HEAD.value, Role.ADMIN.value})
#: Who may close a year's cases and approve disposal of documents past retention.
FILE_PLAN_CLOSE_ROLES = frozenset({Role.HEAD.value, Role.ADMIN.value})
#: Who may propose documents past retention for disposal (an act), and who approves or rejects it.
DISPOSAL_PROPOSE_ROLES = FILE_PLAN_EDIT_ROLES
DISPOSAL_DECIDE_ROLES = FILE_PLAN_CLOSE_ROLES
#: Longest retention in years (longer is "permanent": ``retention_years`` = null).
RETENTION_MAX_YEARS = 100


def number_format_problem(fmt: Any, code: Optional[str] = None) -> Optional[str]:
    """Why ``fmt`` cannot number journal ``code`` (any journal when None) (English, for the protocol), or None."""
    if not isinstance(fmt, str) or not fmt.strip() or len(fmt) > NUMBER_FORMAT_MAX_CHARS:
        return f"must be a non-empty string of at most {NUMBER_FORMAT_MAX_CHARS} characters"
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None}
    except ValueError as exc:
        return f"is not a valid format ({exc})"
    unknown = names - set(NUMBER_FORMAT_FIELDS)
    if unknown:
        return "uses unknown fields " + ", ".join(sorted(unknown)) + "; allowed: " + ", ".join(NUMBER_FORMAT_FIELDS)
    if not names & {"seq", "n"}:
        return "must contain {seq} or {n}"
    try:
        format_number(fmt, "X", 1, dt.date(2026, 1, 1), "01-01")
        longest = longest_number(fmt, code)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        return f"is not a valid format ({exc})"
    if longest > NUMBER_MAX_CHARS:
        return f"makes numbers of up to {longest} characters; a registration number has at most {NUMBER_MAX_CHARS}"
    return None


def longest_number(fmt: str, code: Optional[str] = None) -> int:
    """Characters of the longest number ``fmt`` can make for journal ``code`` (any journal's when None):
    the longest case index, running number up to :data:`LONGEST_SEQ`, the last day of :data:`MAX_YEAR`."""
    return len(format_number(fmt, code if code else "X" * JOURNAL_CODE_MAX_CHARS, LONGEST_SEQ, dt.date(MAX_YEAR, 12, 31),
                             "X" * CASE_INDEX_MAX_CHARS))


def uses_index(fmt: str) -> bool:
    """True when numbers of this format carry the case index (a case is then required)."""
    try:
        return any(f == "index" for _, f, _, _ in string.Formatter().parse(fmt))
    except ValueError:
        return False


def format_number(fmt: str, code: str, seq: int, day: dt.date, index: Optional[str] = None) -> str:
    """The registration number ``seq`` of a journal ``code`` on ``day`` filed to case ``index``."""
    return fmt.format(code=code, journal=code, seq=seq, n=seq, year=day.year, yy=f"{day.year % 100:02d}",
                      mm=f"{day.month:02d}", dd=f"{day.day:02d}", index=index or "")


@dataclass(frozen=True)
class CaseRecord:
    """One case of the file plan as the protocol carries it (``GET /v1/file-plan``)."""

    id: str                              # a UUID made by whoever created the case (works offline)
    year: int
    index: str
    title: str
    retention_years: Optional[int]       # None: kept permanently
    article: str = ""                    # the article of the model list of retention periods
    closed: bool = False
    version: int = 0                     # the server's version of the case (0: never sent)


#: The namespace of :func:`planned_case_id`.
FILE_PLAN_NAMESPACE = uuid.UUID("8f1d6a52-3c1e-4f0b-9a57-1f2e3d4c5b6a")


def planned_case_id(year: int, index: str) -> str:
    """The id of a case made from a plan (filled from the model list, or carried into the next year):
    the same on every desk of the institution, so two desks that close the same year make the same
    cases rather than two of each (ids are the institution's own on the server)."""
    return str(uuid.uuid5(FILE_PLAN_NAMESPACE, f"{year}/{index.strip()}"))


def case_problem(body: Mapping[str, Any]) -> Optional[str]:
    """Why ``body`` is not a valid case (English, for the protocol), or None."""
    year = body.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        return f"year must be an integer {MIN_YEAR}..{MAX_YEAR}"
    index = body.get("index")
    if not isinstance(index, str) or not index.strip() or len(index) > CASE_INDEX_MAX_CHARS:
        return f"index must be a non-empty string of at most {CASE_INDEX_MAX_CHARS} characters"
    title = body.get("title")
    if not isinstance(title, str) or not title.strip() or len(title) > CASE_TITLE_MAX_CHARS:
        return f"title must be a non-empty string of at most {CASE_TITLE_MAX_CHARS} characters"
    ret = body.get("retention_years")
    if ret is not None and (isinstance(ret, bool) or not isinstance(ret, int) or not 1 <= ret <= RETENTION_MAX_YEARS):
        return f"retention_years must be null (permanent) or an integer 1..{RETENTION_MAX_YEARS}"
    article = body.get("article", "")
    if not isinstance(article, str) or len(article) > CASE_ARTICLE_MAX_CHARS:
        return f"article must be a string of at most {CASE_ARTICLE_MAX_CHARS} characters"
    if not isinstance(body.get("closed", False), bool):
        return "closed must be true or false"
    return None


def disposal_year(case_year: int, retention_years: Optional[int]) -> Optional[int]:
    """The first year in which documents of a case of ``case_year`` may be proposed for disposal.

    Retention counts from 1 January of the year after the case was closed (its year), so a case of
    2020 kept 5 years may be disposed of from 2026. None: permanent.
    """
    if retention_years is None:
        return None
    return case_year + 1 + retention_years


def past_retention(case_year: int, retention_years: Optional[int], closed: bool, year: int) -> bool:
    """Whether documents of a case may be proposed for disposal in ``year``: the case is closed, not kept
    permanently, and its retention (:func:`disposal_year`) has run out."""
    start = disposal_year(case_year, retention_years)
    return closed and start is not None and start <= year


class DisposalState(_StrEnum):
    """A disposal act (``disposal.propose`` / ``disposal.decide``): proposed until the head decides."""

    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"


#: What ``disposal.decide`` may say.
DISPOSAL_DECISIONS = frozenset({DisposalState.APPROVED.value, DisposalState.REJECTED.value})
