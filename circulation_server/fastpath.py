"""``GET /v1/changes`` and ``POST /v1/ops`` answered without FastAPI's request machinery when
nothing about them is unusual.

Feed reads are most of the server's requests (about three per operation applied: every desk
long-polls its institution's feed and comes back after each page). Through FastAPI each one
pays for routing over every route, solving its dependencies and validating its query with
pydantic -- more CPU than the read itself. ``FeedFastPath`` is called by the server's edge
(``edge.py``: metrics, access log, gzip and request id still apply) and answers a feed request
itself when its query is plain (``cursor``, ``limit``, ``wait`` in range, each at most once, nothing
else) and its bearer token is in the token cache and passes every check of
``deps.current_caller``. Anything else -- an unknown token, a bad parameter, another route -- goes
to the application as before, which answers it (with its errors) exactly as it always did. The
answer itself is ``routers.changes.feed_answer`` in both cases.

A push (``POST /v1/ops``) is the other frequent request, and the framework's part of it (routing,
dependencies, reading and parsing the body again, the thread hand-off of a plain ``def``
endpoint) was a sixth of its CPU for a batch of a few ops. ``OpsFastPath`` takes a push whose token
is cached and whose body -- as the JSON edge (``middleware.read_json_body``) already parsed and checked
it -- passes the request model and the protocol's op checks (``routers.ops.checked_ops``), and
answers it with ``routers.ops.pushed``, the endpoint's own code (with the feed page a push may ask
back, ``feed_cursor``). Anything else goes to the
application with the body as it came, and is answered (with its errors) exactly as before.

A desk's file is one tus creation-with-upload (``POST /v1/uploads`` carrying the whole file), a
fifth of the day's requests' bytes and a third of FastAPI's share of them: the endpoint's eight
header parameters are analysed again on every request, its dependencies solved, its ``Request``
built. ``UploadFastPath`` takes a creation whose token is cached and whose headers pass every
check of ``routers.uploads.create_upload`` (``tus_headers.whole_creation``) with the whole file in the body (``Content-Length`` =
``Upload-Length``, small enough to be held whole: ``whole_upload``), reads and hashes the body, and
when every byte came and they hash as declared stores it with ``whole_upload.store_whole``, the
endpoint's own code. Anything else -- another header, a delta, a body cut short or hashing to
something else -- goes to the application, with the bytes already read replayed as they came (and
the cut after them), so it is answered exactly as before.

A desk leases its numbers (``POST /v1/journals/{id}/blocks``) through ``LeaseFastPath`` when the token
is cached, the caller may register and the body passes the request model: ``routers.numbers.lease``,
the endpoint's own code, leases the block, and the answer is the response model's JSON, as FastAPI
makes it. A lease the endpoint refuses (``ApiError``: an unknown journal, a year out of range, a
request id used for another block -- nothing is written then) goes to the application, which
refuses it with its errors as before. Through FastAPI a lease cost about twice its statements.

``HEAD /v1/uploads/{id}`` (a desk resuming an upload) and ``HEAD /v1/files/{sha256}`` are answered by
``HeadFastPath`` when the token is cached (and ``Tus-Resumable`` is right) with the headers the
endpoints build (``routers.uploads.head_headers``, ``routers.files.head_headers``); an upload or
file not found goes to the application, which answers the 404.
"""
from __future__ import annotations

import hashlib
import logging
from types import SimpleNamespace
from typing import Awaitable, Callable, Optional
from urllib.parse import parse_qsl

from pydantic import ValidationError
from sqlalchemy.exc import OperationalError
from starlette.types import ASGIApp, Receive, Scope, Send

from circulation_server import whole_upload
from circulation_server.deps import cached_caller
from circulation_server.errors import ApiError, db_unavailable
from circulation_server.middleware import PARSED_BODY
from circulation_server.routers.changes import ClientGone, feed_answer, own_window
from circulation_server.routers import files, numbers, uploads
from circulation_server.routers.ops import FeedAsk, checked_ops, pushed
from circulation_server.schemas import BlockOut, BlockRequest, OpsRequest
from circulation_server.tus_headers import Creation, whole_creation
from docflow_protocol import (
    BRIEF_PARAM, IDS_PARAM, FEED_OWN_FROM, FEED_OWN_TO, HEADER_WORKSTATION, LIMITS, MAX_INT64, PUSH_FEED_CURSOR, PUSH_FEED_LIMIT,
    TUS_VERSION,
)

log = logging.getLogger("circulation_server")

PATH = "/v1/changes"
_WORKSTATION = HEADER_WORKSTATION.lower().encode("latin-1")
_BOUNDS = {"cursor": (0, MAX_INT64), "limit": (1, LIMITS.max_changes_page), "wait": (0, LIMITS.max_wait_seconds),
           FEED_OWN_FROM: (0, MAX_INT64), FEED_OWN_TO: (0, MAX_INT64)}
_FEED_DEFAULTS = {"cursor": 0, "limit": LIMITS.default_changes_page, "wait": 0, FEED_OWN_FROM: None, FEED_OWN_TO: None}
#: A push's query: the feed it asks back (``routers.ops.FeedAsk``), all optional.
_PUSH_BOUNDS = {PUSH_FEED_CURSOR: (0, MAX_INT64), PUSH_FEED_LIMIT: (1, LIMITS.max_changes_page),
                FEED_OWN_FROM: (0, MAX_INT64), FEED_OWN_TO: (0, MAX_INT64), BRIEF_PARAM: (0, 1), IDS_PARAM: (0, 1)}
_PUSH_DEFAULTS = {PUSH_FEED_CURSOR: None, PUSH_FEED_LIMIT: LIMITS.default_changes_page, FEED_OWN_FROM: None,
                  FEED_OWN_TO: None, BRIEF_PARAM: 0, IDS_PARAM: 1}
_JSON_HEADERS = [(b"content-type", b"application/json")]
OPS_PATH = "/v1/ops"


def _caller_of(services, scope: Scope, headers: Optional[dict[bytes, str]] = None):
    """The request's caller if its token is cached and passes every check, else None."""
    if headers is None:
        headers = {}
        for name, value in scope["headers"]:
            if name == b"authorization" or name == _WORKSTATION:
                headers.setdefault(name, value.decode("latin-1"))
    return cached_caller(services, headers.get(b"authorization"), headers.get(_WORKSTATION))



def plain_query(query: bytes, bounds: Optional[dict] = None,
                defaults: Optional[dict] = None) -> Optional[dict[str, Optional[int]]]:
    """``cursor``, ``limit``, ``wait`` and the own-echo window's ends of a plain feed query (defaults
    filled in; the window's ends None when not given); None when the query holds anything else
    (another key, a key twice, a value not in ASCII digits or out of range). ``bounds`` and
    ``defaults``: another route's keys (a push's: ``_PUSH_BOUNDS``)."""
    bounds_of = _BOUNDS if bounds is None else bounds
    out: dict[str, Optional[int]] = dict(_FEED_DEFAULTS if defaults is None else defaults)
    seen = set()
    try:
        text = query.decode("ascii")
        if "%" in text or "+" in text:   # escapes: as parse_qsl reads them
            pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=True)
        else:   # the same pairs, at a fifth of the cost: split on "&", then at the first "="
            pairs = [pair.split("=", 1) for pair in text.split("&")] if text else []
            if any(len(pair) != 2 for pair in pairs):
                return None   # a field without "=" (parse_qsl's strict parsing refuses it)
    except (UnicodeDecodeError, ValueError):
        return None
    for key, value in pairs:
        bounds = bounds_of.get(key)
        if bounds is None or key in seen or not (0 < len(value) <= 19 and value.isascii() and value.isdigit()):
            return None
        number = int(value)
        if not bounds[0] <= number <= bounds[1]:
            return None
        out[key] = number
        seen.add(key)
    return out


class _FastPath:
    """One route (``path``, ``method``) answered here when ``prepared`` finds the request plain
    (it returns the coroutine function making the answer's body), else by the application."""

    path = ""
    method = ""

    def __init__(self, app: ASGIApp, services) -> None:
        self.app = app
        self.services = services
        self._route = SimpleNamespace(path=self.path)  # what the metrics label it with (as FastAPI's route would)

    def prepared(self, scope: Scope, receive: Receive) -> Optional[Callable[[], Awaitable[bytes]]]:
        raise NotImplementedError

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        make = None
        if scope["type"] == "http" and scope["path"] == self.path and scope["method"] == self.method:
            make = self.prepared(scope, receive)
        if make is None:
            await self.app(scope, receive, send)
            return
        scope["route"] = self._route
        try:
            body = await make()
        except ClientGone:  # a long-poll whose desk cut it: the metrics count a 499 (nginx's "client closed")
            await send({"type": "http.response.start", "status": 499, "headers": [(b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})
            return
        except OperationalError as exc:
            log.error("database error on %s %s: %s", self.method, self.path, type(exc.orig).__name__)
            await db_unavailable()(scope, receive, send)
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-length", str(len(body)).encode()), *_JSON_HEADERS]})
        await send({"type": "http.response.body", "body": body})


class FeedFastPath(_FastPath):
    """Answers plain, authenticated ``GET /v1/changes`` requests itself (see the module)."""

    path, method = PATH, "GET"

    def prepared(self, scope: Scope, receive: Receive) -> Optional[Callable[[], Awaitable[bytes]]]:
        query = plain_query(scope.get("query_string", b""))
        caller = _caller_of(self.services, scope) if query is not None else None
        if caller is None:
            return None

        async def gone() -> None:
            """Returns when the client has closed the connection (the body of a GET is empty)."""
            while (await receive())["type"] != "http.disconnect":
                pass

        return lambda: feed_answer(self.services, caller.institution_id, query["cursor"], query["limit"],
                                   query["wait"], caller.workstation_id,
                                   own_window(query[FEED_OWN_FROM], query[FEED_OWN_TO]),
                                   gone if query["wait"] > 0 else None)


class OpsFastPath(_FastPath):
    """Answers plain, authenticated ``POST /v1/ops`` requests itself (see the module)."""

    path, method = OPS_PATH, "POST"

    def prepared(self, scope: Scope, receive: Receive) -> Optional[Callable[[], Awaitable[bytes]]]:
        query = plain_query(scope.get("query_string", b""), _PUSH_BOUNDS, _PUSH_DEFAULTS)
        caller = _caller_of(self.services, scope) if PARSED_BODY in scope and query is not None else None
        if caller is None:
            return None
        try:
            raw = checked_ops(OpsRequest.model_validate(scope[PARSED_BODY]))
        except (ValidationError, ApiError):
            return None  # the application answers it, with its errors
        cursor = query[PUSH_FEED_CURSOR]
        ask = None if cursor is None else FeedAsk(cursor, query[PUSH_FEED_LIMIT],
                                                   own_window(query[FEED_OWN_FROM], query[FEED_OWN_TO]))
        return lambda: pushed(self.services, caller, raw, ask, bool(query[BRIEF_PARAM]), bool(query[IDS_PARAM]))


UPLOADS_PATH = "/v1/uploads"
#: The request headers a creation's checks read (``tus_headers.whole_creation``).
_CREATION_HEADERS = frozenset({b"authorization", _WORKSTATION, b"tus-resumable", b"content-length", b"content-type",
                               b"transfer-encoding", b"upload-length", b"upload-metadata", b"upload-defer-length",
                               b"upload-checksum"})


def _creation_headers(scope: Scope) -> Optional[dict[bytes, str]]:
    """The headers a creation's checks read (names as uvicorn gives them: lower case); None when one
    comes twice (the application answers that)."""
    out: dict[bytes, str] = {}
    for name, value in scope["headers"]:
        if name in _CREATION_HEADERS:
            if name in out:
                return None
            out[name] = value.decode("latin-1")
    return out


async def _read_body(receive: Receive) -> tuple[list[bytes], bool]:
    """The request body's chunks as they came, and whether the client went away before its end (as
    ``Request.stream`` reads it)."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return chunks, True
        chunk = message.get("body", b"")
        if chunk:
            chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks, False


class UploadFastPath:
    """Answers a plain, authenticated tus creation carrying the whole file itself (see the module)."""

    def __init__(self, app: ASGIApp, services) -> None:
        self.app = app
        self.services = services
        self._route = SimpleNamespace(path=UPLOADS_PATH)

    def prepared(self, scope: Scope) -> Optional[tuple[object, Creation, Optional[bytes]]]:
        """(caller, the creation, the Upload-Checksum digest) when the fast path may take it, else None."""
        headers = _creation_headers(scope)
        if headers is None or headers.get(b"tus-resumable") != TUS_VERSION:
            return None
        checked = whole_creation(self.services, headers.get(b"content-length"), headers.get(b"transfer-encoding"),
                                 headers.get(b"content-type"), headers.get(b"upload-checksum"),
                                 headers.get(b"upload-length"), headers.get(b"upload-metadata"),
                                 headers.get(b"upload-defer-length"))
        if checked is None:
            return None
        caller = _caller_of(self.services, scope, headers)
        return None if caller is None else (caller, *checked)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        taken = None
        if scope["type"] == "http" and scope["path"] == UPLOADS_PATH and scope["method"] == "POST":
            taken = self.prepared(scope)
        if taken is None:
            await self.app(scope, receive, send)
            return
        caller, spec, expected = taken
        chunks, cut = await _read_body(receive)
        data = b"".join(chunks)
        digest = hashlib.sha256(data).digest()
        if cut or len(data) != spec.length or digest.hex() != spec.sha or expected not in (None, digest):
            await self.app(scope, _replay(chunks, cut, receive), send)  # the general way, as before
            return
        scope["route"] = self._route
        try:
            upload_id = await self.services.workers.run(whole_upload.store_whole, self.services, caller, spec.sha,
                                                        spec.length, spec.filename, spec.media_type, data)
        except OperationalError as exc:
            log.error("database error on POST %s: %s", UPLOADS_PATH, type(exc.orig).__name__)
            await db_unavailable()(scope, receive, send)
            return
        await send({"type": "http.response.start", "status": 201, "headers": [
            (b"tus-resumable", TUS_VERSION.encode()), (b"location", f"{UPLOADS_PATH}/{upload_id}".encode()),
            (b"upload-offset", str(spec.length).encode()), (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})


def _replay(chunks: list[bytes], cut: bool, receive: Receive) -> Receive:
    """A ``receive`` giving the body's chunks again as they came (then the cut, if the client went
    away), and after them what ``receive`` gives."""
    messages = [{"type": "http.request", "body": c, "more_body": True} for c in chunks]
    if cut:
        messages.append({"type": "http.disconnect"})
    elif messages:
        messages[-1]["more_body"] = False
    else:
        messages.append({"type": "http.request", "body": b"", "more_body": False})

    async def replayed() -> dict:
        return messages.pop(0) if messages else await receive()

    return replayed


_UPLOAD_PREFIX, _FILE_PREFIX = UPLOADS_PATH + "/", "/v1/files/"
_TUS_RESUMABLE = TUS_VERSION.encode("latin-1")


class HeadFastPath:
    """Answers ``HEAD`` of an upload or a file, plainly asked and found, itself (see the module)."""

    def __init__(self, app: ASGIApp, services) -> None:
        self.app = app
        self.services = services
        self._routes = {_UPLOAD_PREFIX: SimpleNamespace(path=_UPLOAD_PREFIX + "{upload_id}"),
                        _FILE_PREFIX: SimpleNamespace(path=_FILE_PREFIX + "{sha256}")}

    def prepared(self, scope: Scope):
        """(the path's prefix, the upload id or sha256, the caller) when the fast path may look, else None."""
        path = scope["path"]
        prefix = _UPLOAD_PREFIX if path.startswith(_UPLOAD_PREFIX) else _FILE_PREFIX if path.startswith(_FILE_PREFIX) else None
        if prefix is None or "/" in path[len(prefix):]:
            return None
        if prefix == _UPLOAD_PREFIX and [v for k, v in scope["headers"] if k == b"tus-resumable"] != [_TUS_RESUMABLE]:
            return None
        caller = _caller_of(self.services, scope)
        return None if caller is None else (prefix, path[len(prefix):], caller)

    def _headers(self, prefix: str, name: str, institution_id: str) -> Optional[dict[str, str]]:
        if prefix == _UPLOAD_PREFIX:
            return uploads.head_headers(self.services, institution_id, name)
        blob = files.visible_blob(self.services, institution_id, name)
        return None if blob is None else files.head_headers(blob)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        taken = self.prepared(scope) if scope["type"] == "http" and scope["method"] == "HEAD" else None
        headers = None
        if taken is not None:
            prefix, name, caller = taken
            try:
                headers = await self.services.workers.run(self._headers, prefix, name, caller.institution_id)
            except OperationalError as exc:
                log.error("database error on HEAD %s: %s", scope["path"], type(exc.orig).__name__)
                await db_unavailable()(scope, receive, send)
                return
        if headers is None:  # not plainly asked, or not found: the application answers
            await self.app(scope, receive, send)
            return
        scope["route"] = self._routes[prefix]
        raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        if "Content-Length" not in headers:
            raw.append((b"content-length", b"0"))
        await send({"type": "http.response.start", "status": 200, "headers": raw})
        await send({"type": "http.response.body", "body": b""})


_JOURNALS, _BLOCKS = "/v1/journals/", "/blocks"


class LeaseFastPath:
    """Answers a plain, authenticated block lease itself (see the module)."""

    def __init__(self, app: ASGIApp, services) -> None:
        self.app = app
        self.services = services
        self._route = SimpleNamespace(path=_JOURNALS + "{journal_id}" + _BLOCKS)

    def prepared(self, scope: Scope):
        """(caller, journal id, the request) when the fast path may take it, else None."""
        path = scope["path"]
        journal_id = path[len(_JOURNALS):-len(_BLOCKS)] if path.startswith(_JOURNALS) and path.endswith(_BLOCKS) else ""
        if not journal_id or "/" in journal_id or PARSED_BODY not in scope:
            return None
        caller = _caller_of(self.services, scope)
        if caller is None or not caller.has_any(numbers.REGISTRAR_ROLES):
            return None
        try:
            return caller, journal_id, BlockRequest.model_validate(scope[PARSED_BODY])
        except ValidationError:
            return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        taken = self.prepared(scope) if scope["method"] == "POST" else None
        answered = None
        if taken is not None:
            try:
                answered = await self.services.workers.run(numbers.lease, self.services, *taken)
            except ApiError:
                answered = None  # refused, nothing written: the application refuses it, with its errors
            except OperationalError as exc:
                log.error("database error on POST %s: %s", self._route.path, type(exc.orig).__name__)
                await db_unavailable()(scope, receive, send)
                return
        if answered is None:
            await self.app(scope, receive, send)
            return
        scope["route"] = self._route
        status, block = answered
        body = BlockOut.model_validate(block).model_dump_json().encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-length", str(len(body)).encode()), *_JSON_HEADERS]})
        await send({"type": "http.response.body", "body": body})
