"""Login / logout / whoami and admin token revocation (docs/protocol.md §3)."""
from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy import select, update

from circulation_server.deps import Caller, current_caller, get_services, require_roles
from circulation_server.domain import iso
from circulation_server.errors import ApiError, not_found
from circulation_server.models import Institution, Token, User, Workstation, utcnow
from circulation_server.schemas import (
    ERROR_RESPONSES, LoginRequest, LoginResponse, RevokeRequest, RevokeResponse, WhoAmI,
)
from circulation_server.security import burn_password_time, new_token, token_digest, verify_password
from docflow_protocol import ErrorCode, Role

router = APIRouter(prefix="/v1", tags=["auth"], responses=ERROR_RESPONSES)


@router.post("/auth/login", response_model=LoginResponse)
def login(body: LoginRequest, services=Depends(get_services)):
    """Exchange username + password on a named workstation for a workstation-bound bearer token."""
    db = services.db
    with db.read() as s:
        row = s.execute(
            select(User, Workstation, Institution)
            .join(Workstation, Workstation.institution_id == User.institution_id)
            .join(Institution, Institution.id == User.institution_id)
            .where(User.username == body.username, Workstation.id == body.workstation_id)
        ).first()
    if row is None:
        burn_password_time(body.password)
        raise ApiError(401, ErrorCode.BAD_CREDENTIALS, "Wrong username, password or workstation.")
    user, ws, inst = row
    if not verify_password(user.password_hash, body.password) or user.disabled or ws.disabled:
        raise ApiError(401, ErrorCode.BAD_CREDENTIALS, "Wrong username, password or workstation.")
    ttl = services.settings.token_ttl_seconds
    if body.ttl_seconds is not None:
        ttl = min(ttl, body.ttl_seconds)
    token = new_token()
    expires = utcnow() + dt.timedelta(seconds=ttl)
    with db.write() as s:
        s.add(Token(token_hash=token_digest(token), user_id=user.id, workstation_id=ws.id,
                    created_at=utcnow(), expires_at=expires))
    return {"token": token, "token_type": "bearer", "expires_at": iso(expires), "workstation_id": ws.id,
            "user": {"id": user.id, "username": user.username, "full_name": user.full_name,
                     "roles": sorted(user.role_set)},
            "institution": {"registry_code": inst.registry_code, "name": inst.name}}


@router.post("/auth/logout", status_code=204, response_class=Response)
def logout(caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Revoke the presented token."""
    with services.db.write() as s:
        s.execute(update(Token).where(Token.token_hash == caller.token_hash).values(revoked_at=utcnow()))
    return Response(status_code=204)


@router.get("/auth/me", response_model=WhoAmI)
def me(caller: Caller = Depends(current_caller)):
    """Who the token belongs to."""
    return caller.public()


@router.post("/admin/tokens/revoke", response_model=RevokeResponse)
def revoke_tokens(body: RevokeRequest, request: Request, caller: Caller = Depends(current_caller),
                  services=Depends(get_services)):
    """Revoke every live token of a workstation or user of the admin's institution."""
    require_roles(caller, {Role.ADMIN.value}, "revoking tokens")
    if (body.workstation_id is None) == (body.user_id is None):
        raise ApiError(422, ErrorCode.INVALID_REQUEST, "Give exactly one of workstation_id or user_id.")
    with services.db.write() as s:
        if body.workstation_id is not None:
            ws = s.get(Workstation, body.workstation_id)
            if ws is None or ws.institution_id != caller.institution_id:
                raise not_found("Workstation")
            cond = Token.workstation_id == ws.id
        else:
            user = s.get(User, body.user_id)
            if user is None or user.institution_id != caller.institution_id:
                raise not_found("User")
            cond = Token.user_id == user.id
        res = s.execute(update(Token).where(cond, Token.revoked_at.is_(None)).values(revoked_at=utcnow()))
    return {"revoked": res.rowcount}
