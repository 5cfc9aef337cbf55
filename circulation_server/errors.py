"""The one error shape: {"error": {"code", "message", "details"}} and its exception handlers."""
from __future__ import annotations

import logging
from typing import Any, Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from docflow_protocol import ErrorCode

log = logging.getLogger("circulation_server")


class ApiError(Exception):
    """A client- or server-side fault with a protocol error code."""

    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: Optional[dict[str, str]] = None):
        super().__init__(message)
        self.status = status
        self.code = str(code)
        self.message = message
        self.details = details
        self.headers = headers or {}


def error_body(code: str, message: str, details: Any = None) -> dict:
    return {"error": {"code": str(code), "message": message, "details": details}}


def error_response(status: int, code: str, message: str, details: Any = None,
                   headers: Optional[dict[str, str]] = None) -> JSONResponse:
    return JSONResponse(error_body(code, message, details), status_code=status, headers=headers)


def not_found(what: str) -> ApiError:
    return ApiError(404, ErrorCode.NOT_FOUND, f"{what} not found.")


def _validation_details(exc: RequestValidationError) -> list[dict]:
    out = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x != "body"]
        out.append({"path": ".".join(loc) or "body", "reason": str(err.get("msg", "invalid"))})
    return out


def db_unavailable() -> JSONResponse:
    """The answer when the database does not answer (``503``, retry later)."""
    return error_response(503, ErrorCode.UNAVAILABLE, "The database is unavailable; nothing was committed. "
                                                      "Retry later.", headers={"Retry-After": "5"})


def install_handlers(app: FastAPI) -> None:
    """Map every exception to the protocol error shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(400, ErrorCode.MALFORMED_JSON, "The request body is not valid JSON.")
        details = _validation_details(exc)
        first = details[0] if details else {"path": "body", "reason": "invalid"}
        return error_response(422, ErrorCode.INVALID_REQUEST,
                              f"Invalid request: {first['path']} {first['reason']}.", details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            return error_response(404, ErrorCode.NOT_FOUND, "No such resource.")
        if exc.status_code == 405:
            return error_response(405, ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed on this resource.",
                                  headers=dict(exc.headers or {}))
        code = ErrorCode.INTERNAL if exc.status_code >= 500 else ErrorCode.INVALID_REQUEST
        return error_response(exc.status_code, code, str(exc.detail))

    @app.exception_handler(OperationalError)
    async def _db_down(request: Request, exc: OperationalError):
        log.error("database error on %s %s: %s", request.method, request.url.path, type(exc.orig).__name__)
        return db_unavailable()

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, ErrorCode.INTERNAL, "Internal server error; nothing was committed.")
