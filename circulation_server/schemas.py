"""Pydantic request/response models (they shape the OpenAPI document; op payloads are checked by
``docflow_protocol.validate_operation``)."""
from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field

from docflow_protocol import (
    CASE_ARTICLE_MAX_CHARS, CASE_INDEX_MAX_CHARS, CASE_TITLE_MAX_CHARS, LIMITS, MAX_INT64, MAX_YEAR, MIN_YEAR,
    NUMBER_FORMAT_MAX_CHARS, RETENTION_MAX_YEARS,
)


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class LoginRequest(_Strict):
    username: str = Field(min_length=1, max_length=128)
    password: str = Field(min_length=1, max_length=1024)
    workstation_id: str = Field(min_length=1, max_length=128)
    ttl_seconds: Optional[int] = Field(default=None, ge=1, le=MAX_INT64)


class UserOut(BaseModel):
    id: str
    username: str
    full_name: str
    roles: list[str]


class InstitutionOut(BaseModel):
    registry_code: str
    name: str


class WhoAmI(BaseModel):
    workstation_id: str
    user: UserOut
    institution: InstitutionOut


class LoginResponse(WhoAmI):
    token: str
    token_type: str = "bearer"
    expires_at: str


class RevokeRequest(_Strict):
    workstation_id: Optional[str] = Field(default=None, min_length=1, max_length=128)
    user_id: Optional[str] = Field(default=None, min_length=1, max_length=128)


class RevokeResponse(BaseModel):
    revoked: int


class InstitutionList(BaseModel):
    institutions: list[InstitutionOut]


class UserList(BaseModel):
    users: list[UserOut]


class JournalOut(BaseModel):
    id: str
    code: str
    name: str
    kind: str
    format: str


class JournalList(BaseModel):
    journals: list[JournalOut]


class JournalFormatIn(_Strict):
    """A journal's new number format (``PUT /v1/journals/{journal_id}/format``; ``docflow_protocol.fileplan``)."""

    format: str = Field(min_length=1, max_length=NUMBER_FORMAT_MAX_CHARS)


class SigningSettings(BaseModel):
    trust_roots_pem: str
    tsa_url: str
    revocation_fetch: bool


class InstitutionSettings(BaseModel):
    signing: SigningSettings


class Health(BaseModel):
    status: str
    protocol: str


class OperationIn(BaseModel):
    """Envelope of one op; ``payload`` shape depends on ``type`` (docs/protocol.md §5.1)."""

    model_config = ConfigDict(extra="allow")
    op_id: Any
    doc_id: Any
    type: Any
    base_version: Any = None
    payload: Any
    blobs: Any = Field(default_factory=list)
    created_at: Any = None


class OpsRequest(_Strict):
    ops: list[OperationIn] = Field(min_length=1, max_length=LIMITS.max_ops_per_batch)


class OpError(BaseModel):
    code: str
    message: str
    current: Optional[dict[str, Any]] = None


class OpResultOut(BaseModel):
    op_id: str = Field(description="left out when the push asked ids=0: the result answers the op at its place")
    doc_id: str = Field(description="left out when the push asked ids=0")
    status: str
    version: Optional[int] = None
    seq: Optional[int] = None
    result: dict[str, Any] = Field(default_factory=dict)
    error: Optional[OpError] = None
    replayed: bool = False


class OpsResponse(BaseModel):
    results: list[OpResultOut]
    feed: Optional["ChangesPage"] = Field(
        default=None, description="only when the push named feed_cursor: the feed page after it, read once the "
                                  "batch was in, without the desk's own echo (docs/protocol.md §5)")


class ChangeOut(BaseModel):
    seq: int
    kind: str
    doc_id: str
    version: int
    op_id: Optional[str] = None
    op_type: Optional[str] = None
    actor: Optional[dict[str, Any]] = None
    at: str
    document: dict[str, Any]
    receipt: Optional[dict[str, Any]] = None


class ChangesPage(BaseModel):
    changes: list[ChangeOut]
    next_cursor: int
    has_more: bool


OpsResponse.model_rebuild()


class BlockRequest(_Strict):
    size: int = Field(ge=1, le=LIMITS.max_block_size)
    request_id: Optional[str] = Field(default=None, min_length=1, max_length=64)
    year: Optional[int] = Field(default=None, ge=MIN_YEAR, le=MAX_YEAR)   # default: the server's current year


class BlockOut(BaseModel):
    block_id: str
    journal_id: str
    workstation_id: str
    year: int
    start: int
    end: int
    format: str
    code: str
    created_at: str
    released_at: Optional[str] = None
    used: list[int]


class BlockList(BaseModel):
    blocks: list[BlockOut]


class ErrorDetail(BaseModel):
    code: str
    message: str
    details: Any = None


class ErrorResponse(BaseModel):
    error: ErrorDetail


ERROR_RESPONSES = {
    400: {"model": ErrorResponse, "description": "Malformed request"},
    401: {"model": ErrorResponse, "description": "Not authenticated"},
    403: {"model": ErrorResponse, "description": "Role not allowed"},
    404: {"model": ErrorResponse, "description": "Not found (or another institution's)"},
    408: {"model": ErrorResponse, "description": "The request body stopped arriving"},
    413: {"model": ErrorResponse, "description": "Body too large"},
    415: {"model": ErrorResponse, "description": "Body not JSON (Content-Type) or unsupported Content-Encoding"},
    422: {"model": ErrorResponse, "description": "Validation failed"},
}


class CaseIn(_Strict):
    """A case of the file plan as a client sends it (``PUT /v1/file-plan/cases/{case_id}``)."""

    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    index: str = Field(min_length=1, max_length=CASE_INDEX_MAX_CHARS)
    title: str = Field(min_length=1, max_length=CASE_TITLE_MAX_CHARS)
    retention_years: Optional[int] = Field(default=None, ge=1, le=RETENTION_MAX_YEARS)  # None: permanent
    article: str = Field(default="", max_length=CASE_ARTICLE_MAX_CHARS)
    closed: bool = False
    base_version: int = Field(default=0, ge=0)   # the version the client last saw (0: a new case)


class CaseOut(BaseModel):
    id: str
    year: int
    index: str
    title: str
    retention_years: Optional[int] = None
    article: str
    closed: bool
    version: int
    updated_by: str
    updated_at: str


class CaseList(BaseModel):
    cases: list[CaseOut]
