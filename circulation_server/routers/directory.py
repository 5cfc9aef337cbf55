"""Health, institutions, users, journals and single documents (docs/protocol.md §4, §5.2)."""
from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Depends
from sqlalchemy import select

from circulation_server.deps import Caller, current_caller, get_services, require_roles
from circulation_server.errors import ApiError, not_found
from circulation_server.models import Document, Institution, Journal, User
from circulation_server.schemas import (
    ERROR_RESPONSES, Health, InstitutionList, InstitutionSettings, JournalFormatIn, JournalList, JournalOut, UserList,
)
from docflow_protocol import PROTOCOL_VERSION, ErrorCode, Role, is_uuid, number_format_problem, signing_settings

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1", tags=["directory"], responses=ERROR_RESPONSES)


@router.get("/health", response_model=Health)
def health():
    """Liveness probe (no authentication)."""
    return {"status": "ok", "protocol": PROTOCOL_VERSION}


@router.get("/institutions", response_model=InstitutionList)
def institutions(caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Every institution: the address book for dispatch."""
    with services.db.read() as s:
        rows = s.scalars(select(Institution).order_by(Institution.registry_code)).all()
    return {"institutions": [{"registry_code": r.registry_code, "name": r.name} for r in rows]}


@router.get("/institution/settings", response_model=InstitutionSettings)
def institution_settings(caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """The caller's institution's signing settings: trust roots, timestamp service, revocation data."""
    with services.db.read() as s:
        inst = s.get(Institution, caller.institution_id)
        stored = inst.signing_settings if inst is not None else None
    return {"signing": signing_settings(stored)}


@router.get("/users", response_model=UserList)
def users(caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Users of the caller's institution."""
    with services.db.read() as s:
        rows = s.scalars(select(User).where(User.institution_id == caller.institution_id)
                         .order_by(User.username)).all()
    return {"users": [{"id": u.id, "username": u.username, "full_name": u.full_name,
                       "roles": sorted(u.role_set)} for u in rows]}


@router.get("/journals", response_model=JournalList)
def journals(caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Registration journals of the caller's institution."""
    with services.db.read() as s:
        rows = s.scalars(select(Journal).where(Journal.institution_id == caller.institution_id)
                         .order_by(Journal.code)).all()
    return {"journals": [{"id": j.id, "code": j.code, "name": j.name, "kind": j.kind, "format": j.format}
                         for j in rows]}


@router.put("/journals/{journal_id}/format", response_model=JournalOut)
def journal_format(journal_id: str, body: JournalFormatIn, caller: Caller = Depends(current_caller),
                   services=Depends(get_services)):
    """Change the number format of a journal of the caller's institution (administrators). Numbers
    already given keep their text; the next ones follow the new format. A format that cannot number
    the journal is refused (422 ``invalid_payload``, the reason in ``details``) and nothing changes."""
    require_roles(caller, {Role.ADMIN.value}, "changing a journal's number format")
    with services.db.write() as s:
        j = s.get(Journal, journal_id)
        if j is None or j.institution_id != caller.institution_id:
            raise not_found("Journal")
        problem = number_format_problem(body.format, j.code)  # its longest number must fit NUMBER_MAX_CHARS
        if problem:
            raise ApiError(422, ErrorCode.INVALID_PAYLOAD, f"The number format of journal {j.code} {problem}.",
                           details=[{"path": "format", "reason": problem}])
        if j.format != body.format:
            log.info("journal %s of %s: number format %r -> %r by %s", j.code, caller.institution_id, j.format, body.format,
                     caller.username)
            j.format = body.format
        return {"id": j.id, "code": j.code, "name": j.name, "kind": j.kind, "format": j.format}


@router.get("/documents/{doc_id}", response_model=dict[str, Any])
def document(doc_id: str, caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Current state of one document of the caller's institution."""
    if not is_uuid(doc_id):  # document ids are canonical UUIDs; any other text names nothing
        raise not_found("Document")
    with services.db.read() as s:
        doc = s.get(Document, doc_id)
    if doc is None or doc.institution_id != caller.institution_id:
        raise not_found("Document")
    return doc.state
