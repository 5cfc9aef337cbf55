"""Request dependencies: application services and the authenticated caller.

They are ``async``: FastAPI runs a plain ``def`` dependency in a worker thread, a hand-off per
dependency per request. ``current_caller`` answers from the token cache on the event loop and
goes to a thread (and the database) only when the token is not cached.
"""
from __future__ import annotations

import datetime as dt
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Optional

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.security.utils import get_authorization_scheme_param
from sqlalchemy import bindparam, select
from starlette.concurrency import run_in_threadpool

from circulation_server.db import Database
from circulation_server.errors import ApiError
from circulation_server.models import Institution, Token, User, Workstation, utcnow
from circulation_server.security import token_digest
from docflow_protocol import HEADER_WORKSTATION, ErrorCode


@dataclass(frozen=True)
class Caller:
    """Who is asking: user, roles, institution and the workstation the token is bound to."""

    user_id: str
    username: str
    full_name: str
    roles: frozenset
    institution_id: str
    registry_code: str
    institution_name: str
    workstation_id: str
    token_hash: str

    def has_any(self, roles) -> bool:
        return bool(self.roles & frozenset(roles))

    def public(self) -> dict:
        return {
            "workstation_id": self.workstation_id,
            "user": {"id": self.user_id, "username": self.username, "full_name": self.full_name,
                     "roles": sorted(self.roles)},
            "institution": {"registry_code": self.registry_code, "name": self.institution_name},
        }


async def get_db(request: Request) -> Database:
    return request.app.state.services.db


async def get_services(request: Request):
    return request.app.state.services


class _Held(NamedTuple):
    """What the database said about a token, as the checks of ``current_caller`` need it."""

    revoked: bool
    expires_at: dt.datetime
    workstation_id: str
    disabled: bool
    caller: "Caller"
    at: float                # time.monotonic() of the lookup


class TokenCache:
    """Tokens looked up recently, by digest, so most requests cost no query to authenticate.

    Correct across processes: a revocation (logout, ``/v1/admin/tokens/revoke``,
    ``docflow-server revoke-tokens``) empties the cache of the process that made it at once and
    of every other process as soon as it hears of it -- PostgreSQL ``NOTIFY`` sent by the revoking
    transaction (``notifier.PgNotifyBridge``), or on SQLite the ``Database.tokens_marker`` file,
    looked at (one ``stat``) on every use. ``seconds`` bounds how old an entry may get in any case
    (a revocation whose notice was lost, a change made by hand in the database); 0 turns the cache
    off. Expiry is checked on every use against the cached ``expires_at``.
    """

    def __init__(self, seconds: float, marker: Optional[Path] = None, size: int = 20000):
        self.seconds = seconds
        self.marker = marker
        self.size = size
        self.generation = 0          # bumped by every clear(): a lookup begun before it is not kept
        self._entries: dict[str, _Held] = {}
        self._lock = threading.Lock()
        self._seen: Optional[tuple] = self._marker_state()

    def _marker_state(self) -> Optional[tuple]:
        if self.marker is None:
            return None
        try:
            st = os.stat(self.marker)
        except FileNotFoundError:
            return ("absent",)
        return st.st_ino, st.st_mtime_ns, st.st_size

    def get(self, digest: str) -> Optional[_Held]:
        if self.seconds <= 0:
            return None
        if self.marker is not None:
            try:
                state = self._marker_state()
            except OSError:  # cannot tell whether tokens were revoked: ask the database
                self.clear()
                return None
            if state != self._seen:
                self._seen = state
                self.clear()
                return None
        held = self._entries.get(digest)
        if held is None or time.monotonic() - held.at > self.seconds:
            return None
        return held

    def put(self, digest: str, held: _Held, generation: int) -> None:
        if self.seconds <= 0:
            return
        with self._lock:
            if generation != self.generation:  # tokens were revoked while it was looked up
                return
            if len(self._entries) >= self.size:
                self._entries.pop(next(iter(self._entries)))
            self._entries[digest] = held

    def clear(self) -> None:
        """Forget every token (thread-safe): some were revoked."""
        with self._lock:
            self.generation += 1
            self._entries = {}


#: Who holds a token (every authenticated request runs it): built once, Core rows, no ORM objects.
_CALLER = (select(Token.revoked_at, Token.expires_at, Token.workstation_id, User.id.label("user_id"), User.username,
                  User.full_name, User.roles, User.disabled.label("user_disabled"),
                  Workstation.disabled.label("ws_disabled"), Institution.id.label("institution_id"),
                  Institution.registry_code, Institution.name.label("institution_name"))
           .join(User, User.id == Token.user_id)
           .join(Workstation, Workstation.id == Token.workstation_id)
           .join(Institution, Institution.id == User.institution_id)
           .where(Token.token_hash == bindparam("digest")))

_bearer = HTTPBearer(auto_error=False, description="Token from POST /v1/auth/login")
_UNAUTH = {"WWW-Authenticate": "Bearer"}


def _look_up(db: Database, digest: str) -> Optional[_Held]:
    """The token's row (one query), or None when no token has this digest."""
    found = db.rows(_CALLER, {"digest": digest})
    if not found:
        return None
    row = found[0]
    caller = Caller(user_id=row.user_id, username=row.username, full_name=row.full_name,
                    roles=frozenset(r for r in row.roles.split(",") if r), institution_id=row.institution_id,
                    registry_code=row.registry_code, institution_name=row.institution_name,
                    workstation_id=row.workstation_id, token_hash=digest)
    return _Held(revoked=row.revoked_at is not None, expires_at=row.expires_at, workstation_id=row.workstation_id,
                 disabled=bool(row.ws_disabled or row.user_disabled), caller=caller, at=time.monotonic())


async def current_caller(
    request: Request,
    credentials: Optional[HTTPAuthorizationCredentials] = Depends(_bearer),
    workstation: Optional[str] = Header(None, alias=HEADER_WORKSTATION,
                                        description="Id of the workstation the token was issued to"),
) -> Caller:
    """Authenticate the bearer token and check it is used from its own workstation."""
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "A bearer token is required.", headers=_UNAUTH)
    digest = token_digest(credentials.credentials)
    services = request.app.state.services
    cache: TokenCache = services.tokens
    held = cache.get(digest)
    if held is None:
        generation = cache.generation
        held = await run_in_threadpool(_look_up, services.db, digest)
        if held is None:
            raise ApiError(401, ErrorCode.UNAUTHENTICATED, "The bearer token is not known.", headers=_UNAUTH)
        cache.put(digest, held, generation)
    return _checked(held, workstation)


def _checked(held: _Held, workstation: Optional[str]) -> Caller:
    """The token's caller, if the token may be used now from ``workstation``; else ``ApiError``."""
    if held.revoked:
        raise ApiError(401, ErrorCode.TOKEN_REVOKED, "The bearer token was revoked; log in again.",
                       headers=_UNAUTH)
    if held.expires_at <= utcnow():
        raise ApiError(401, ErrorCode.TOKEN_EXPIRED, "The bearer token has expired; log in again.",
                       headers=_UNAUTH)
    if not workstation or workstation != held.workstation_id:
        raise ApiError(401, ErrorCode.WORKSTATION_MISMATCH,
                       f"The token is bound to another workstation than the {HEADER_WORKSTATION} header names.",
                       headers=_UNAUTH)
    if held.disabled:
        raise ApiError(403, ErrorCode.WORKSTATION_DISABLED, "This workstation or user is disabled.")
    return held.caller


def cached_caller(services, authorization: Optional[str], workstation: Optional[str]) -> Optional[Caller]:
    """The caller of a request whose token is in the cache and passes every check of
    ``current_caller``; None otherwise (then ``current_caller`` answers, with its errors)."""
    scheme, token = get_authorization_scheme_param(authorization)
    if scheme.lower() != "bearer" or not token:
        return None
    held = services.tokens.get(token_digest(token))
    if held is None:
        return None
    try:
        return _checked(held, workstation)
    except ApiError:
        return None


def require_roles(caller: Caller, roles, what: str) -> None:
    if not caller.has_any(roles):
        raise ApiError(403, ErrorCode.FORBIDDEN_ROLE,
                       f"Your roles ({', '.join(sorted(caller.roles))}) do not allow {what}.")
