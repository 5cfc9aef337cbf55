"""Request dependencies: application services and the authenticated caller."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import bindparam, select

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


def get_db(request: Request) -> Database:
    return request.app.state.services.db


def get_services(request: Request):
    return request.app.state.services


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


def current_caller(
    request: Request,
    credentials: Optional[HTTPAuthorizationCredentials] = Depends(_bearer),
    workstation: Optional[str] = Header(None, alias=HEADER_WORKSTATION,
                                        description="Id of the workstation the token was issued to"),
) -> Caller:
    """Authenticate the bearer token and check it is used from its own workstation."""
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "A bearer token is required.", headers=_UNAUTH)
    digest = token_digest(credentials.credentials)
    db: Database = request.app.state.services.db
    with db.read() as s:
        row = s.connection().execute(_CALLER, {"digest": digest}).first()
    if row is None:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "The bearer token is not known.", headers=_UNAUTH)
    if row.revoked_at is not None:
        raise ApiError(401, ErrorCode.TOKEN_REVOKED, "The bearer token was revoked; log in again.",
                       headers=_UNAUTH)
    if row.expires_at <= utcnow():
        raise ApiError(401, ErrorCode.TOKEN_EXPIRED, "The bearer token has expired; log in again.",
                       headers=_UNAUTH)
    if not workstation or workstation != row.workstation_id:
        raise ApiError(401, ErrorCode.WORKSTATION_MISMATCH,
                       f"The token is bound to another workstation than the {HEADER_WORKSTATION} header names.",
                       headers=_UNAUTH)
    if row.ws_disabled or row.user_disabled:
        raise ApiError(403, ErrorCode.WORKSTATION_DISABLED, "This workstation or user is disabled.")
    return Caller(user_id=row.user_id, username=row.username, full_name=row.full_name,
                  roles=frozenset(r for r in row.roles.split(",") if r), institution_id=row.institution_id,
                  registry_code=row.registry_code, institution_name=row.institution_name,
                  workstation_id=row.workstation_id, token_hash=digest)


def require_roles(caller: Caller, roles, what: str) -> None:
    if not caller.has_any(roles):
        raise ApiError(403, ErrorCode.FORBIDDEN_ROLE,
                       f"Your roles ({', '.join(sorted(caller.roles))}) do not allow {what}.")
