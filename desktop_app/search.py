"""Full-text search over the local store (SQLite FTS5).

Text is *folded* in Python before it is indexed and before it is queried, so matching is
right for Azerbaijani and Cyrillic: the dotted/dotless i pairs (İ i I ı) all meet at ``i``
(people type them interchangeably), ё meets е, everything is lower-cased, and Latin letters
lose their accents -- ə→e, ç→c, ş→s, ğ→g, ö→o, ü→u -- because a keyboard without the
Azerbaijani layout types ``sehiyye`` for ``səhiyyə``. Exact spelling still matches (it folds
the same way). Folding maps every character to exactly one character, so positions in the
folded text are positions in the original, which lets snippets be cut from the original text.

Cyrillic keeps its marks (й is not и). Changing :func:`fold` needs a migration that re-folds
the index (see ``0005_search_accent_fold``).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.db.models import Correspondent, Document, FileVersion, Registration, Resolution

_SPECIAL = {"İ": "i", "I": "i", "ı": "i", "Ё": "е", "ё": "е", "Ə": "e", "ə": "e"}
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    f = _SPECIAL.get(ch)
    if f is not None:
        return f
    low = ch.lower()
    if len(low) != 1:
        return ch
    if "\u00c0" <= low <= "\u024f":  # Latin letters with marks: ç ş ğ ö ü é ... -> c s g o u e
        base = unicodedata.normalize("NFD", low)[0]
        if base.isascii() and base.isalpha():
            return base
    return low


def fold(s: str) -> str:
    """Case-, dot- and accent-fold ``s`` character by character (same length as ``s``)."""
    return "".join(map(_fold_char, s))


def tokens(s: str) -> list[str]:
    return _TOKEN_RE.findall(fold(s))


def match_query(user_query: str) -> str | None:
    """Turn what a person typed into an FTS5 query: every word must match, as a prefix."""
    toks = tokens(user_query)
    if not toks:
        return None
    return " ".join(f'"{t}"*' for t in toks)


@dataclass(frozen=True)
class IndexedText:
    subject: str = ""
    correspondent: str = ""
    numbers: str = ""
    resolution: str = ""
    body: str = ""


def index_document(session: Session, document_id: str, content: IndexedText) -> None:
    """Replace the index entry of one document (inside the caller's transaction)."""
    remove_document(session, document_id)
    session.execute(
        text("INSERT INTO search_fts(document_id, subject, correspondent, numbers, resolution, body) "
             "VALUES (:d, :s, :c, :n, :r, :b)"),
        {"d": document_id, "s": fold(content.subject), "c": fold(content.correspondent),
         "n": fold(content.numbers), "r": fold(content.resolution), "b": fold(content.body)},
    )


def indexed_text(s: Session, doc: Document) -> IndexedText:
    """What the search index holds for a document."""
    reg = s.execute(select(Registration).where(Registration.document_id == doc.id)).scalar_one_or_none()
    corr = s.get(Correspondent, doc.correspondent_id).name if doc.correspondent_id else ""
    numbers = " ".join(x for x in ((reg.number, reg.corr_number) if reg else ()) if x)
    res = " ".join(s.execute(select(Resolution.text).where(Resolution.document_id == doc.id)).scalars())
    body = s.execute(select(FileVersion.text).where(FileVersion.document_id == doc.id, FileVersion.text != "")
                     .order_by(FileVersion.revision.desc()).limit(1)).scalar() or ""
    return IndexedText(f"{doc.subject}\n{doc.summary}", corr, numbers, res, body)


def reindex(session: Session, doc: Document) -> None:
    """Rebuild ``doc``'s entry from what is stored now (inside the caller's write transaction).
    Call it after changing anything searchable: subject, summary, correspondent, numbers,
    resolution texts, a new file version's text."""
    index_document(session, doc.id, indexed_text(session, doc))


def remove_document(session: Session, document_id: str) -> None:
    session.execute(text("DELETE FROM search_fts WHERE document_id = :d"), {"d": document_id})


@dataclass(frozen=True)
class SearchHit:
    document_id: str
    rank: float


def search(session: Session, user_query: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
    """Ranked hits (best first); subject and numbers weigh more than the body."""
    q = match_query(user_query)
    if q is None:
        return []
    rows = session.execute(
        text("SELECT document_id, bm25(search_fts, 0, 10.0, 5.0, 10.0, 3.0, 1.0) AS r FROM search_fts "
             "WHERE search_fts MATCH :q ORDER BY r LIMIT :l OFFSET :o"),
        {"q": q, "l": limit, "o": offset},
    )
    return [SearchHit(d, r) for d, r in rows]


def matching_ids_sql() -> str:
    """SQL fragment selecting document ids that match ``:fts_query`` (for filters)."""
    return "SELECT document_id FROM search_fts WHERE search_fts MATCH :fts_query"


def snippet(original: str, user_query: str, width: int = 80, mark: tuple[str, str] = ("[", "]")) -> str:
    """Cut a window of ``original`` around the first match, marking matched words."""
    toks = tokens(user_query)
    if not original or not toks:
        return original[:width]
    folded = fold(original)
    starts = [m for m in (_find_prefix(folded, t) for t in toks) if m is not None]
    if not starts:
        return original[:width]
    first = min(starts)
    lo = max(0, first - width // 3)
    hi = min(len(original), lo + width)
    window = original[lo:hi]
    fwin = folded[lo:hi]
    out, i = [], 0
    for m in _TOKEN_RE.finditer(fwin):
        word = m.group(0)
        if any(word.startswith(t) for t in toks):
            out.append(window[i:m.start()])
            out.append(mark[0] + window[m.start():m.end()] + mark[1])
            i = m.end()
    out.append(window[i:])
    return ("…" if lo > 0 else "") + "".join(out) + ("…" if hi < len(original) else "")


def _find_prefix(folded: str, token: str) -> int | None:
    m = re.search(r"(?<!\w)" + re.escape(token), folded)
    return m.start() if m else None
