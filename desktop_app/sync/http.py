"""Small pieces every request of the sync client uses: checking answers, releasing connections,
ids and hashes that may go into a URL, request bodies in small TLS records."""
from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Callable, Iterator

import requests

from desktop_app.errors import BadResponse
from desktop_app.i18n import translate
from docflow_protocol import answers, is_sha256_hex


def need(cond: bool, what: str) -> None:
    """Raise BadResponse ("The server sent an invalid answer: <what>.") unless ``cond`` holds."""
    if not cond:
        raise BadResponse(translate("Sync", "The server sent an invalid answer: {what}.").format(what=what))


@contextlib.contextmanager
def checked() -> Iterator[None]:
    """Turn a failed shared answer check (``docflow_protocol.answers``) into BadResponse."""
    try:
        yield
    except answers.InvalidAnswer as exc:
        need(False, str(exc))


def sha_name(value: str) -> str:
    """``value`` if it is a SHA-256 that may name a file in a URL, else BadResponse."""
    if not is_sha256_hex(value):
        raise BadResponse(translate("Sync", "{value!r} is not a SHA-256 file name.").format(value=str(value)[:80]))
    return value


def path_id(value: str) -> str:
    """Ids placed in URL paths must be plain ids (never path fragments)."""
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}", value) or ".." in value:
        raise BadResponse(translate("Sync", "{value!r} is not a valid identifier.").format(value=str(value)[:80]))
    return value


class TokenBucket:
    """The bandwidth cap of one direction (Settings: ``sync_bandwidth_cap_kbit``), shared by every
    transfer stream of the desk: ``take(n)`` returns once ``n`` bytes fit under ``rate`` bytes/s,
    with bursts of at most a quarter second. (A few lines of our own: the libraries about count
    requests, not bytes.)"""

    def __init__(self, rate: float, clock=time.monotonic, sleep=time.sleep):  # noqa: ANN001
        self.rate = float(rate)
        self.burst = max(1024.0, self.rate / 4)
        self._clock, self._sleep = clock, sleep
        self._tokens = self.burst
        self._at = clock()
        self._lock = threading.Lock()

    def take(self, n: int) -> None:
        with self._lock:  # bytes are granted in the order asked: the streams share the cap fairly
            now = self._clock()
            self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
            self._at = now
            self._tokens -= n
            wait = -self._tokens / self.rate if self._tokens < 0 else 0.0
            if wait > 0:
                self._sleep(wait)


class Pieces:
    """A request body handed to the socket in ``piece``-byte writes (each one TLS record): when a
    link drops, the server loses at most the one record cut in half (not a 16 KiB one). ``piece``
    may also be a function of the piece's offset in ``data`` (records fitted to where the next cut
    is likely). With a ``cap`` each piece waits for its share of the bandwidth cap first."""

    def __init__(self, data: bytes, piece: int | Callable[[int], int] = 4096, cap: TokenBucket | None = None):
        self._data = memoryview(data)
        self._piece = piece
        self._cap = cap

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self):  # noqa: ANN204
        i = 0
        while i < len(self._data):
            size = self._piece(i) if callable(self._piece) else self._piece
            piece = bytes(self._data[i:i + max(1, size)])
            if self._cap is not None:
                self._cap.take(len(piece))
            yield piece
            i += len(piece)


def release(r: requests.Response) -> None:
    """Done with an answer whose body we do not need: drain it so the connection goes back to
    the pool (closing it would cost a new TCP + TLS handshake -- two round trips -- per request)."""
    try:
        r.raw.drain_conn()
        r.raw.release_conn()
    except Exception:  # noqa: BLE001 - a broken connection is simply dropped
        r.close()


def short(text: str, limit: int = 200) -> str:
    """A library's error text, on one line and cut short, for a sentence a person reads."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
