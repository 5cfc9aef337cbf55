"""The request side of the server's edge (``edge.Edge``): body timeouts and the JSON edge (size,
gzip, strict parsing)."""
from __future__ import annotations

import asyncio
import json
import zlib

from typing import Optional

from starlette.types import Receive, Scope, Send

from docflow_protocol import API_PREFIX, LEAD_FILE_PATH, ErrorCode, json_value_problem, parse_decimal

_RAW_PREFIXES = ("/v1/uploads", "/v1/files", API_PREFIX + LEAD_FILE_PATH)  # the last: a feed page's lead file (§6.1)


def is_raw(path: str) -> bool:
    """tus and file paths: raw bytes both ways (no JSON edge, no gzip)."""
    return path.startswith(_RAW_PREFIXES)


async def _send_error(send: Send, status: int, code: str, message: str, extra_headers=()) -> None:
    body = json.dumps({"error": {"code": code, "message": message, "details": None}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               *extra_headers]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> bytes | None:
    return next((v for k, v in scope["headers"] if k.lower() == name), None)


def _is_json_type(content_type: bytes | None) -> bool:
    """``application/json`` or any ``+json`` type, parameters (``; charset=utf-8``) allowed."""
    if content_type is None:
        return False
    main = content_type.split(b";")[0].strip().lower()
    return main == b"application/json" or (main.startswith(b"application/") and main.endswith(b"+json"))


async def _bounded(awaitable, timeout: float):
    """``await awaitable`` for at most ``timeout`` s (``asyncio.TimeoutError`` after). On Python 3.11+
    a timer on the request's own task (``asyncio.timeout``); ``wait_for`` wraps the awaitable in a
    task of its own, a cost every request paid for each chunk of its body."""
    if _TIMEOUT is None:  # Python 3.10
        return await asyncio.wait_for(awaitable, timeout)
    async with _TIMEOUT(timeout):
        return await awaitable


_TIMEOUT = getattr(asyncio, "timeout", None)


def bounded_receive(scope: Scope, receive: Receive, timeout: float) -> Receive:
    """``receive`` giving up on a request body that stops arriving: no byte for ``timeout`` seconds.

    Each wait for the next body chunk is bounded; when it runs out the app sees the client as
    gone (``http.disconnect``) and ``scope["docflow.body_timeout"]`` is set, so the JSON edge
    answers ``408 request_timeout`` and a tus PATCH keeps the bytes that did arrive (as after a cut
    link). A half-sent body can therefore never hold a worker or an upload's lock for long.
    Waits after the body is complete (long-polls listening for a disconnect) are not bounded.
    """
    body_done = False

    async def bounded() -> dict:
        nonlocal body_done
        if body_done:
            return await receive()
        try:
            message = await _bounded(receive(), timeout)
        except asyncio.TimeoutError:
            scope["docflow.body_timeout"] = True
            body_done = True
            return {"type": "http.disconnect"}
        if message["type"] != "http.request" or not message.get("more_body", False):
            body_done = True
        return message

    return bounded


#: ``scope`` key: the JSON body as the JSON edge (``read_json_body``, called by ``edge.py``) parsed it (protocol JSON, checked).
PARSED_BODY = "docflow.json_body"


async def read_json_body(scope: Scope, receive: Receive, send: Send, max_body: int) -> Optional[tuple[Scope, Receive]]:
    """The JSON edge: reads a JSON request body whole and lets only protocol JSON through.

    Enforces the size limit, decodes ``Content-Encoding: gzip`` (one gzip member, nothing after
    it), requires a JSON ``Content-Type`` for a non-empty body (``415``), and parses the body once
    strictly: invalid UTF-8, lone surrogates, NaN/Infinity or numbers that overflow are
    ``400 malformed_json``; NUL characters or integers beyond int64 anywhere (keys included)
    are ``422 invalid_request``. So no handler and no database ever sees such a value.
    The edge calls it for every request but GET, HEAD and OPTIONS and the tus and file paths
    (they stream raw bytes).

    Returns the scope and ``receive`` to go on with (the body replayed; the parsed value in
    ``scope[PARSED_BODY]``), or None when it has answered (or the client went away).
    """
    encoding = (_header(scope, b"content-encoding") or b"identity").decode("latin-1").strip().lower()
    if encoding not in ("identity", "gzip", ""):
        await _send_error(send, 415, ErrorCode.UNSUPPORTED_ENCODING.value,
                          f"Content-Encoding {encoding[:40]!r} is not supported; use gzip or none.")
        return None
    declared = parse_decimal((_header(scope, b"content-length") or b"").decode("latin-1"))
    if declared is not None and declared > max_body:
        await _send_error(send, 413, ErrorCode.BODY_TOO_LARGE.value,
                          f"The request body exceeds {max_body} bytes.")
        return None
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            if scope.get("docflow.body_timeout"):
                await _send_error(send, 408, ErrorCode.REQUEST_TIMEOUT.value,
                                  "The request body stopped arriving; send it again.",
                                  [(b"connection", b"close")])
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > max_body:
            await _send_error(send, 413, ErrorCode.BODY_TOO_LARGE.value,
                              f"The request body exceeds {max_body} bytes.")
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    if encoding == "gzip":
        try:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            plain = d.decompress(body, max_body + 1)
            if len(plain) > max_body or d.unconsumed_tail:
                await _send_error(send, 413, ErrorCode.BODY_TOO_LARGE.value,
                                  f"The decompressed request body exceeds {max_body} bytes.")
                return None
            if not d.eof:
                raise zlib.error("truncated gzip stream")
            if d.unused_data:
                raise zlib.error("bytes after the end of the gzip stream")
        except zlib.error as exc:
            await _send_error(send, 400, ErrorCode.MALFORMED_JSON.value,
                              f"The request body is not valid gzip data ({exc}).")
            return None
        body = plain
        scope = dict(scope)
        scope["headers"] = [(k, v) for k, v in scope["headers"]
                            if k.lower() not in (b"content-encoding", b"content-length")]
        scope["headers"].append((b"content-length", str(len(body)).encode()))
    if body:
        if not _is_json_type(_header(scope, b"content-type")):
            await _send_error(send, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE.value,
                              "The request body must be JSON (Content-Type: application/json).")
            return None
        problem, value = _json_problem(body)
        if problem is not None:
            status, code, message = problem
            await _send_error(send, status, code, message)
            return None
        scope[PARSED_BODY] = value  # for fastpath.OpsFastPath (no second parse)
    sent = False

    async def replay() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return scope, replay


def _no_constants(name: str):
    raise ValueError(f"{name} is not a JSON number")


#: ``json.loads(text, parse_constant=...)`` builds a decoder (and its scanner) per call: one, kept.
_DECODER = json.JSONDecoder(parse_constant=_no_constants)


def _json_problem(body: bytes) -> tuple[tuple[int, str, str] | None, object]:
    """((status, code, message) when ``body`` is not protocol JSON, else None; the parsed value)."""
    try:
        text = body.decode("utf-8")
        if text.startswith("\ufeff"):  # as json.loads refuses it
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        value = _DECODER.decode(text)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = "it is not UTF-8" if isinstance(exc, UnicodeDecodeError) else str(exc)[:200]
        return (400, ErrorCode.MALFORMED_JSON.value, f"The request body is not valid JSON: {reason}."), None
    problem = json_value_problem(value)
    if problem is None:
        return None, value
    path, reason = problem
    if "surrogate" in reason or "finite" in reason:
        return (400, ErrorCode.MALFORMED_JSON.value, f"The request body is not valid JSON text: {path} {reason}."), None
    return (422, ErrorCode.INVALID_REQUEST.value, f"Invalid request: {path[:200]} {reason}."), None
