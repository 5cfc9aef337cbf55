"""Login / logout / whoami and admin token revocation (docs/protocol.md §3)."""
from __future__ import annotations

import datetime as dt
import logging

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy import select, update
from starlette.concurrency import run_in_threadpool

from circulation_server.deps import Caller, current_caller, get_services, require_roles
from circulation_server.domain import iso
from circulation_server.errors import ApiError, not_found
from circulation_server.models import AuditEvent, Institution, Token, User, Workstation, utcnow
from circulation_server.schemas import (
    ERROR_RESPONSES, ErrorResponse, LoginRequest, LoginResponse, RevokeRequest, RevokeResponse, WhoAmI,
)
from circulation_server.security import (
    account_key, address_key, burn_password_time, hash_password, needs_rehash, new_token, token_digest,
    verify_password,
)
from docflow_protocol import ErrorCode, Role

router = APIRouter(prefix="/v1", tags=["auth"], responses=ERROR_RESPONSES)
log = logging.getLogger("circulation_server")


_THROTTLED = {"model": ErrorResponse,
              "description": "Too many failed logins (for this user name or from this address), or too many "
                             "logins at once: wait the Retry-After seconds",
              "headers": {"Retry-After": {"schema": {"type": "integer"}, "description": "seconds to wait"}}}


def _throttled(seconds: int, why: str) -> ApiError:
    seconds = max(1, int(seconds))
    return ApiError(429, ErrorCode.LOGIN_THROTTLED, f"{why} Try again in {seconds} s.",
                    details={"retry_after": seconds}, headers={"Retry-After": str(seconds)})


def _find_login(services, body: LoginRequest):
    with services.db.read() as s:
        return s.execute(
            select(User, Workstation, Institution)
            .join(Workstation, Workstation.institution_id == User.institution_id)
            .join(Institution, Institution.id == User.institution_id)
            .where(User.username == body.username, Workstation.id == body.workstation_id)
        ).first()


def _check_password(row, password: str) -> bool:
    """One argon2 check (the dummy one for an unknown user, so both take the same time)."""
    if row is None:
        burn_password_time(password)
        return False
    user, ws, _ = row
    return verify_password(user.password_hash, password) and not user.disabled and not ws.disabled


def _refresh_hash(services, user_id: str, password: str) -> None:
    """Re-hash a password stored with older argon2 parameters (after a successful check)."""
    new_hash = hash_password(password)
    with services.db.write() as s:
        user = s.get(User, user_id)
        if user is not None:
            user.password_hash = new_hash


def _audit_block(services, keys: list[str], body: LoginRequest, address: str) -> None:
    with services.db.write() as s:
        s.add(AuditEvent(at=utcnow(), action="auth.login", outcome=ErrorCode.LOGIN_THROTTLED.value,
                         workstation_id=body.workstation_id[:128], details={
                             "blocked": keys, "username": body.username[:128], "address": address}))


@router.post("/auth/login", response_model=LoginResponse, responses={429: _THROTTLED})
async def login(body: LoginRequest, request: Request, services=Depends(get_services)):
    """Exchange username + password on a named workstation for a workstation-bound bearer token.

    Failed logins are throttled per user name and per address (429 + Retry-After), and only a few
    password checks run at once (docs/protocol.md §3.1).
    """
    settings = services.settings
    address = request.client.host if request.client else "unknown"
    account, addr = account_key(body.username), address_key(address)
    thresholds = {account: settings.login_account_failures, addr: settings.login_address_failures}
    async with services.password_gate.turn() as got_turn:
        if not got_turn:
            services.metrics.logins.labels("busy").inc()
            raise _throttled(2, "The server is checking too many logins at once.")
        wait = await run_in_threadpool(services.throttle.retry_after, [account, addr])
        if wait:
            services.metrics.logins.labels("throttled").inc()
            raise _throttled(wait, "Too many failed logins for this user name or from this address.")
        row = await run_in_threadpool(_find_login, services, body)
        ok = await run_in_threadpool(_check_password, row, body.password)
        services.metrics.logins.labels("ok" if ok else ErrorCode.BAD_CREDENTIALS.value).inc()
        if not ok:
            blocked = await run_in_threadpool(services.throttle.record_failure, [account, addr], thresholds)
            if blocked:
                log.warning("login throttled after repeated failures: %s", ", ".join(blocked))
                await run_in_threadpool(_audit_block, services, blocked, body, address)
            raise ApiError(401, ErrorCode.BAD_CREDENTIALS, "Wrong username, password or workstation.")
        await run_in_threadpool(services.throttle.record_success, account)
        user, ws, inst = row
        if needs_rehash(user.password_hash):  # an argon2 run too: inside the gate
            await run_in_threadpool(_refresh_hash, services, user.id, body.password)
    ttl = settings.token_ttl_seconds
    if body.ttl_seconds is not None:
        ttl = min(ttl, body.ttl_seconds)
    token = new_token()
    expires = utcnow() + dt.timedelta(seconds=ttl)

    def store() -> None:
        with services.db.write() as s:
            s.add(Token(token_hash=token_digest(token), user_id=user.id, workstation_id=ws.id,
                        created_at=utcnow(), expires_at=expires))

    await run_in_threadpool(store)
    return {"token": token, "token_type": "bearer", "expires_at": iso(expires), "workstation_id": ws.id,
            "user": {"id": user.id, "username": user.username, "full_name": user.full_name,
                     "roles": sorted(user.role_set)},
            "institution": {"registry_code": inst.registry_code, "name": inst.name}}


@router.post("/auth/logout", status_code=204, response_class=Response)
def logout(caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Revoke the presented token."""
    with services.db.write() as s:
        s.execute(update(Token).where(Token.token_hash == caller.token_hash).values(revoked_at=utcnow()))
        services.db.tokens_revoked(s)
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
        services.db.tokens_revoked(s)
    return {"revoked": res.rowcount}
