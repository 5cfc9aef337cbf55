"""The newest changes of each institution's feed, as the commits that made them announced them:
a woken long-poll is answered from here, in every server process, without reading the database.

Every change wakes the other desks of its institution, and with several worker processes those
desks are spread over all of them: each process read the same page once for its own woken
long-polls (``routers.changes._shared_read``), so a wake-up cost up to one read per process. Now
the commit that appended the changes carries them in its wake-up (``NOTIFY`` payload, and this
process's own wake-up): one write serves the long-polls of all processes.

What makes an announced tail trustworthy is its ``prev``: the institution's feed head before the
commit (the largest ``seq`` of its feed below the commit's changes), read by the very statement
that inserted them while the transaction held the institution's feed lock. So an announcement
says "the feed after ``prev`` is exactly these rows", and announcements chain: one whose ``prev``
is the ``last`` of the one before extends the tail; one that does not (another process's
announcement not heard yet, or lost) starts a new tail at its ``prev`` and drops the old one. A
request is answered from the tail only when its cursor lies within what the tail covers
(``base`` <= cursor <= ``last``); any other reads the database as before. A commit that carries
no tail (too big for the payload, several institutions' feeds, a write path that does not read
``prev``) drops its institution's tail, and a listener that (re)connects drops them all: the next
answers read. Changes committed but not announced yet are not in a tail; they are in no answer
yet either way, and their wake-up comes.

Rows travel compressed (zlib, base64: a ``NOTIFY`` payload is text of at most 8000 bytes) and
are decoded only when a request needs them: most processes hear of most institutions' commits
without a waiting desk of theirs.
"""
from __future__ import annotations

import base64
import json
import zlib
from collections import OrderedDict
from typing import NamedTuple, Optional

#: The most announcements kept per institution (a woken desk's cursor is within the last few).
CHUNKS = 4
#: The most institutions whose tail a process keeps (the least recently announced ones go).
INSTITUTIONS = 2048
#: The most characters of a tail's part of a ``NOTIFY`` payload (PostgreSQL allows 8000 bytes
#: for the whole payload, institution and writer included).
MAX_PAYLOAD = 7600


class Chunk(NamedTuple):
    """One commit's announcement: the feed after ``prev`` up to ``last`` is ``data``'s rows."""

    prev: int
    last: int
    data: str  # base64 of zlib of the JSON list of [seq, kind, doc_id, body text]


def encode(rows: list) -> Optional[str]:
    """``data`` of a ``Chunk`` of ``rows`` ([seq, kind, doc_id, body text]), or None when too big."""
    text = base64.b64encode(zlib.compress(json.dumps(rows, separators=(",", ":")).encode(), 1)).decode("ascii")
    return text if len(text) <= MAX_PAYLOAD else None


def decode(data: str) -> list:
    return json.loads(zlib.decompress(base64.b64decode(data)))


def to_text(chunk: Chunk) -> str:
    return f"{chunk.prev} {chunk.last} {chunk.data}"


def from_text(text: str) -> Optional[Chunk]:
    try:
        prev, last, data = text.split(" ", 2)
        return Chunk(int(prev), int(last), data)
    except ValueError:
        return None


class _Tail:
    __slots__ = ("chunks", "rows")

    def __init__(self, chunk: Chunk) -> None:
        self.chunks = [chunk]
        self.rows: dict = {}  # a decoded chunk's last -> its rows

    @property
    def base(self) -> int:
        return self.chunks[0].prev

    @property
    def last(self) -> int:
        return self.chunks[-1].last


class FeedTails:
    """The tails of this process; used on the event loop only (``ChangeNotifier._fire``)."""

    def __init__(self) -> None:
        self._tails: "OrderedDict[str, _Tail]" = OrderedDict()

    def heard(self, institution: str, chunk: Optional[Chunk]) -> None:
        """A commit appended to ``institution``'s feed; ``chunk``: its changes, or None (unknown)."""
        if chunk is None:
            self._tails.pop(institution, None)
            return
        tail = self._tails.get(institution)
        if tail is not None and tail.last == chunk.prev:
            tail.chunks.append(chunk)
            if len(tail.chunks) > CHUNKS:
                gone = tail.chunks.pop(0)
                tail.rows.pop(gone.last, None)
            self._tails.move_to_end(institution)
        elif tail is None or chunk.prev >= tail.last:
            self._tails[institution] = _Tail(chunk)
            self._tails.move_to_end(institution)
            while len(self._tails) > INSTITUTIONS:
                self._tails.popitem(last=False)
        # else: an older commit's announcement, heard after a newer one: the tail has moved past it

    def forget(self) -> None:
        """Something may have been missed (the listener reconnected): no tail is trusted."""
        self._tails.clear()

    def page(self, institution: str, cursor: int, limit: int) -> Optional[dict]:
        """The page after ``cursor`` as ``routers.changes._read_page`` gives it, or None when the
        tail does not cover ``cursor`` (then the database is read)."""
        tail = self._tails.get(institution)
        if tail is None or not tail.base <= cursor <= tail.last:
            return None
        rows = []
        for chunk in tail.chunks:
            if chunk.last <= cursor:
                continue
            decoded = tail.rows.get(chunk.last)
            if decoded is None:
                decoded = tail.rows[chunk.last] = decode(chunk.data)
            rows.extend((seq, kind, doc_id, body, None) for seq, kind, doc_id, body in decoded if seq > cursor)
            if len(rows) > limit:
                break
        has_more = len(rows) > limit
        rows = rows[:limit]
        return {"rows": rows, "next_cursor": rows[-1][0] if rows else cursor, "has_more": has_more, "pending": {}}
