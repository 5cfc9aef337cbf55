"""ASGI middleware: gzip request bodies and body-size limits for JSON; gzip JSON responses."""
from __future__ import annotations

import json
import zlib

from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from docflow_protocol import TUS_VERSION, ErrorCode

_RAW_PREFIXES = ("/v1/uploads", "/v1/files")


def _is_raw(path: str) -> bool:
    return path.startswith(_RAW_PREFIXES)


async def _send_error(send: Send, status: int, code: str, message: str, extra_headers=()) -> None:
    body = json.dumps({"error": {"code": code, "message": message, "details": None}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               *extra_headers]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class JsonBodyMiddleware:
    """Reads JSON request bodies whole: enforces the size limit and decodes Content-Encoding: gzip.

    tus and file paths are passed through untouched (they stream raw bytes).
    """

    def __init__(self, app: ASGIApp, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _is_raw(scope["path"]) or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope["headers"]}
        encoding = headers.get(b"content-encoding", b"identity").decode("latin-1").strip().lower()
        if encoding not in ("identity", "gzip", ""):
            await _send_error(send, 415, ErrorCode.UNSUPPORTED_ENCODING.value,
                              f"Content-Encoding {encoding!r} is not supported; use gzip or none.")
            return
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await _send_error(send, 413, ErrorCode.BODY_TOO_LARGE.value,
                              f"The request body exceeds {self.max_body} bytes.")
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await _send_error(send, 413, ErrorCode.BODY_TOO_LARGE.value,
                                  f"The request body exceeds {self.max_body} bytes.")
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if encoding == "gzip":
            try:
                d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                plain = d.decompress(body, self.max_body + 1)
                if len(plain) > self.max_body or d.unconsumed_tail:
                    await _send_error(send, 413, ErrorCode.BODY_TOO_LARGE.value,
                                      f"The decompressed request body exceeds {self.max_body} bytes.")
                    return
                if not d.eof:
                    raise zlib.error("truncated gzip stream")
            except zlib.error:
                await _send_error(send, 400, ErrorCode.MALFORMED_JSON.value,
                                  "The request body is not valid gzip data.")
                return
            body = plain
            scope = dict(scope)
            scope["headers"] = [(k, v) for k, v in scope["headers"]
                                if k.lower() not in (b"content-encoding", b"content-length")]
            scope["headers"].append((b"content-length", str(len(body)).encode()))
        sent = False

        async def replay() -> dict:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class ResponseGzipMiddleware:
    """gzip for JSON responses only; file bytes and tus responses are never re-encoded."""

    def __init__(self, app: ASGIApp, minimum_size: int = 500):
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=minimum_size, compresslevel=6)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not _is_raw(scope["path"]):
            await self.gzip(scope, receive, send)
        else:
            await self.app(scope, receive, send)


class TusHeaderMiddleware:
    """Every response under /v1/uploads carries Tus-Resumable (errors included)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/uploads"):
            await self.app(scope, receive, send)
            return

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"tus-resumable"]
                headers.append((b"tus-resumable", TUS_VERSION.encode()))
                message = dict(message, headers=headers)
            await send(message)

        await self.app(scope, receive, send_wrapper)


class RequestIdMiddleware:
    """Echo ``X-Request-Id`` (if sent, at most 128 visible ASCII characters) on the response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = next((v for k, v in scope["headers"] if k.lower() == b"x-request-id"), None)
        if rid is None or len(rid) > 128 or not all(33 <= b < 127 for b in rid):
            await self.app(scope, receive, send)
            return

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                message = dict(message, headers=[*message.get("headers", []), (b"x-request-id", rid)])
            await send(message)

        await self.app(scope, receive, send_wrapper)
