"""Request dependencies: application services and the authenticated caller."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select

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
        row = s.execute(
            select(Token, User, Workstation, Institution)
            .join(User, User.id == Token.user_id)
            .join(Workstation, Workstation.id == Token.workstation_id)
            .join(Institution, Institution.id == User.institution_id)
            .where(Token.token_hash == digest)
        ).first()
    if row is None:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "The bearer token is not known.", headers=_UNAUTH)
    token, user, ws, inst = row
    if token.revoked_at is not None:
        raise ApiError(401, ErrorCode.TOKEN_REVOKED, "The bearer token was revoked; log in again.",
                       headers=_UNAUTH)
    if token.expires_at <= utcnow():
        raise ApiError(401, ErrorCode.TOKEN_EXPIRED, "The bearer token has expired; log in again.",
                       headers=_UNAUTH)
    if not workstation or workstation != token.workstation_id:
        raise ApiError(401, ErrorCode.WORKSTATION_MISMATCH,
                       f"The token is bound to another workstation than the {HEADER_WORKSTATION} header names.",
                       headers=_UNAUTH)
    if ws.disabled or user.disabled:
        raise ApiError(403, ErrorCode.WORKSTATION_DISABLED, "This workstation or user is disabled.")
    return Caller(user_id=user.id, username=user.username, full_name=user.full_name, roles=user.role_set,
                  institution_id=inst.id, registry_code=inst.registry_code, institution_name=inst.name,
                  workstation_id=ws.id, token_hash=digest)


def require_roles(caller: Caller, roles, what: str) -> None:
    if not caller.has_any(roles):
        raise ApiError(403, ErrorCode.FORBIDDEN_ROLE,
                       f"Your roles ({', '.join(sorted(caller.roles))}) do not allow {what}.")
