"""The file plan: the cases of the caller's institution per year (docs/protocol.md §8.1)."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from circulation_server.deps import Caller, current_caller, get_services, require_roles
from circulation_server.domain import iso
from circulation_server.errors import ApiError
from circulation_server.models import Case, utcnow
from circulation_server.schemas import ERROR_RESPONSES, CaseIn, CaseList, CaseOut, ErrorResponse
from docflow_protocol import (
    FILE_PLAN_CLOSE_ROLES, FILE_PLAN_EDIT_ROLES, MAX_YEAR, MIN_YEAR, ErrorCode, is_canonical_uuid,
)

router = APIRouter(prefix="/v1", tags=["file plan"], responses={
    **ERROR_RESPONSES, 409: {"model": ErrorResponse, "description": "Changed meanwhile, or the index is taken"}})


def case_out(case: Case) -> dict:
    return {"id": case.id, "year": case.year, "index": case.case_index, "title": case.title,
            "retention_years": case.retention_years, "article": case.article, "closed": case.closed,
            "version": case.version, "updated_by": case.updated_by, "updated_at": iso(case.updated_at)}


@router.get("/file-plan", response_model=CaseList,
            responses={304: {"description": "Unchanged since the ETag sent in If-None-Match"}})
def file_plan(request: Request, response: Response, year: Optional[int] = Query(None, ge=MIN_YEAR, le=MAX_YEAR),
              caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """The cases of the caller's institution (of one ``year``, or all), by year and index. The
    answer carries an ETag; sent back in ``If-None-Match`` it gets 304 while nothing has changed."""
    where = [Case.institution_id == caller.institution_id] + ([Case.year == year] if year is not None else [])
    with services.db.read() as s:
        # Cases are never deleted and every change raises a version: (count, sum of versions) moves
        # on every change, so it names the plan's state.
        count, versions = s.execute(select(func.count(), func.coalesce(func.sum(Case.version), 0)).where(*where)).one()
        etag = f'"{year or "all"}-{count}-{versions}"'
        if etag in (request.headers.get("if-none-match") or "").replace("W/", "").split(", "):
            return Response(status_code=304, headers={"ETag": etag})
        response.headers["ETag"] = etag
        rows = s.scalars(select(Case).where(*where).order_by(Case.year, Case.case_index)).all()
        return {"cases": [case_out(c) for c in rows]}


@router.put("/file-plan/cases/{case_id}", response_model=CaseOut, status_code=200,
            responses={201: {"model": CaseOut, "description": "A new case"}})
def put_case(case_id: str, body: CaseIn, response: Response,
             caller: Caller = Depends(current_caller), services=Depends(get_services)):
    """Create (``base_version`` 0) or change a case. A change made on another version is refused
    (409 ``version_conflict``, the current case in ``details``); closing a case (or reopening it) is for
    the head or an administrator; a closed case is not changed otherwise."""
    require_roles(caller, FILE_PLAN_EDIT_ROLES, "editing the file plan")
    if not is_canonical_uuid(case_id):
        raise ApiError(422, ErrorCode.INVALID_REQUEST, "A case id is a canonical UUID.")
    with services.db.write() as s:
        taken = s.scalar(select(Case.id).where(Case.institution_id == caller.institution_id, Case.year == body.year,
                                               Case.case_index == body.index.strip(), Case.id != case_id))
        if taken is not None:
            raise ApiError(409, ErrorCode.INVALID_STATE, f"Index {body.index} is already used in {body.year}.")
        # The row is locked until commit: two changes made on the same version cannot both pass
        # the version check (PostgreSQL reads committed rows; SQLite has one writer anyway).
        case = s.get(Case, (caller.institution_id, case_id), with_for_update=True)
        if case is None:
            if body.closed:
                require_roles(caller, FILE_PLAN_CLOSE_ROLES, "closing cases")
            case = Case(id=case_id, institution_id=caller.institution_id, version=0)
            s.add(case)
            response.status_code = 201
        else:
            if body.base_version != case.version:
                raise ApiError(409, ErrorCode.VERSION_CONFLICT,
                               f"Case {case.case_index} was changed meanwhile (version {case.version}).",
                               details={"case": case_out(case)})
            if body.closed != case.closed:
                require_roles(caller, FILE_PLAN_CLOSE_ROLES, "closing or reopening cases")
            elif case.closed:
                raise ApiError(409, ErrorCode.INVALID_STATE, f"Case {case.case_index} of {case.year} is closed.")
        case.year, case.case_index, case.title = body.year, body.index.strip(), body.title.strip()
        if body.closed != bool(case.closed):  # closed now (or reopened): the day filing to it ends
            case.closed_on = services.settings.today() if body.closed else None
        case.retention_years, case.article, case.closed = body.retention_years, body.article, body.closed
        case.version += 1
        case.updated_by, case.updated_at = caller.username, utcnow()
        try:
            s.flush()
        except IntegrityError:  # another request took the index, or created this case, since the checks above
            raise ApiError(409, ErrorCode.INVALID_STATE,
                           f"Index {body.index} of {body.year} or case {case_id} was written by another request "
                           "meanwhile; read the file plan again.") from None
        return case_out(case)
