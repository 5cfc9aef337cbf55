"""Password hashing (argon2id), login throttling and bearer tokens (random, stored only as SHA-256).

Argon2id parameters for a small server (docs/protocol.md §3.1): 19 MiB of memory, 2 passes,
1 lane -- the OWASP minimum for argon2id, about 30-60 ms per check on an old 2-core machine.
With at most ``Settings.max_password_checks`` checks at a time (2 by default) a burst of logins
costs at most ~40 MiB, where the library defaults (64 MiB, 3 passes, 4 lanes) let 32 concurrent
wrong logins take close to a gigabyte. Hashes made with other parameters still verify, and are
re-hashed with these on the user's next successful login.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import math
import re
import secrets
import string
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator, BinaryIO, Optional, Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from starlette.concurrency import run_in_threadpool

from circulation_server.db import insert_ignore
from circulation_server.models import LoginThrottle, utcnow

ARGON2_TIME_COST = 2
ARGON2_MEMORY_KIB = 19 * 1024
ARGON2_PARALLELISM = 1

_HASHER = PasswordHasher(time_cost=ARGON2_TIME_COST, memory_cost=ARGON2_MEMORY_KIB,
                         parallelism=ARGON2_PARALLELISM, hash_len=32, salt_len=16)
TOKEN_PREFIX = "dft_"


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with other argon2 parameters than the current ones."""
    try:
        return _HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return False


_DUMMY_HASH = None


def burn_password_time(password: str) -> None:
    """Spend the time of one verification so unknown users are not distinguishable by timing."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _HASHER.hash("dummy-password-for-timing")
    verify_password(_DUMMY_HASH, password)


#: Random bytes of a new bearer token: 128 bits, the accepted strength of a session identifier
#: (OWASP), sent on every request (22 characters of base64url, not 43: ~2 KB of a 2G sync run).
#: Tokens are looked up by their SHA-256, whatever their length: 256-bit ones issued before stay valid.
TOKEN_RANDOM_BYTES = 16


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_RANDOM_BYTES)


#: An upload's id: 22 characters of [0-9A-Za-z] (131 bits), in every creation's ``Location`` and
#: every ``PATCH``'s request line -- 10 bytes shorter than the 32 hex digits of before, which stay
#: valid (``UPLOAD_ID_RE``; a desk takes any plain id, ``desktop_app.sync.http.path_id``).
UPLOAD_ID_CHARS = string.digits + string.ascii_letters
UPLOAD_ID_LENGTH = 22
UPLOAD_ID_RE = re.compile(r"^(?:[0-9a-f]{32}|[0-9A-Za-z]{22})$")


def new_upload_id() -> str:
    return "".join(secrets.choice(UPLOAD_ID_CHARS) for _ in range(UPLOAD_ID_LENGTH))


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------------------ login throttling

def account_key(username: str) -> str:
    """Throttle key of the account a login names (as typed, case-folded; unknown names count too)."""
    return "user:" + username.casefold()[:128]


def address_key(address: Optional[str]) -> str:
    return "addr:" + (address or "unknown")[:64]


class Throttle(Protocol):
    """Where failed logins are counted. One interface, so a shared store can replace it."""

    def retry_after(self, keys: list[str]) -> int: ...
    def record_failure(self, keys: list[str], thresholds: dict[str, int]) -> list[str]: ...
    def record_success(self, key: str) -> None: ...
    def prune(self) -> int: ...


class DbThrottle:
    """Failed logins counted in the ``login_throttle`` table (every server process sees them).

    A key's failures count while each comes within ``window`` seconds of the previous one. From
    its threshold on, every further failure blocks the key for ``base * 2**(n - threshold)``
    seconds, at most ``cap``. While blocked no password is checked at all.
    """

    def __init__(self, db, window: int, base: int, cap: int):
        self.db = db
        self.window = dt.timedelta(seconds=window)
        self.base = base
        self.cap = cap

    def retry_after(self, keys: list[str]) -> int:
        """Seconds until every key may try again (0: none is blocked)."""
        now = utcnow()
        with self.db.read() as s:
            rows = s.scalars(select(LoginThrottle).where(LoginThrottle.key.in_(keys))).all()
        waits = [(r.blocked_until - now).total_seconds() for r in rows
                 if r.blocked_until is not None and r.blocked_until > now]
        return math.ceil(max(waits)) if waits else 0

    def record_failure(self, keys: list[str], thresholds: dict[str, int]) -> list[str]:
        """Count one failure for each key; returns the keys that became blocked by it."""
        now = utcnow()
        blocked = []
        with self.db.write() as s:
            for key in sorted(keys):  # one order, so two processes counting the same keys never deadlock
                insert_ignore(s, LoginThrottle, key=key, failures=0, window_started_at=now)
                row = s.get(LoginThrottle, key, with_for_update=True)
                if now - row.window_started_at > self.window:
                    row.failures = 0  # quiet for a whole window: start counting again
                row.failures += 1
                row.window_started_at = now  # the window runs from the latest failure
                over = row.failures - thresholds[key]
                if over >= 0:
                    row.blocked_until = now + dt.timedelta(seconds=min(self.cap, self.base * 2 ** min(over, 30)))
                    blocked.append(key)
        return blocked

    def record_success(self, key: str) -> None:
        with self.db.write() as s:
            row = s.get(LoginThrottle, key)
            if row is not None:
                s.delete(row)

    def prune(self) -> int:
        """Forget keys whose last failure is older than the window and that are not blocked."""
        now = utcnow()
        with self.db.write() as s:
            res = s.execute(delete(LoginThrottle).where(
                LoginThrottle.window_started_at < now - self.window,
                (LoginThrottle.blocked_until.is_(None)) | (LoginThrottle.blocked_until < now)))
            return res.rowcount or 0


class PasswordCheckGate:
    """At most ``limit`` password checks at once; the others wait their turn.

    In one server process an asyncio semaphore is enough. When ``docflow-server serve --workers
    N`` runs several processes on one host, they also share ``limit`` slots: lock files in
    ``slots_dir`` (a private directory the parent process made), taken with ``flock``. The kernel
    lets go of a slot when the process holding it dies, so a crashed worker never leaks one. The
    cap is per host, as the memory it protects is.

    A login that cannot get a turn within ``wait`` seconds is turned away (429) rather than
    queued without end: every waiting login is a held connection.
    """

    def __init__(self, limit: int, wait: float = 10.0, slots_dir: Optional[Path] = None):
        self.limit = max(1, limit)
        self.wait = wait
        self.slots_dir = Path(slots_dir) if slots_dir else None
        self._semaphore: Optional[asyncio.Semaphore] = None

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[bool]:
        """``async with gate.turn() as got:`` -- ``got`` is False when no turn came in time."""
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(self.limit)
        deadline = time.monotonic() + self.wait
        try:
            await asyncio.wait_for(self._semaphore.acquire(), timeout=self.wait)
        except asyncio.TimeoutError:
            yield False
            return
        try:
            slot = None
            if self.slots_dir is not None:
                slot = await run_in_threadpool(self._take_slot, deadline)
                if slot is None:
                    yield False
                    return
            try:
                yield True
            finally:
                if slot is not None:
                    slot.close()  # closing the file lets go of its flock
        finally:
            self._semaphore.release()

    def _take_slot(self, deadline: float) -> Optional[BinaryIO]:
        """Lock one of the host's slot files (non-blocking tries until ``deadline``)."""
        import fcntl  # POSIX only; the slots are made only where several workers share a host
        while True:
            for i in range(self.limit):
                f = open(self.slots_dir / f"password-check-{i}.lock", "a+b")
                try:
                    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    return f
                except BlockingIOError:
                    f.close()
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.02)
