"""The server's edge: what every request pays before and after its own work, in one ASGI layer.

It was ten nested middlewares (metrics and access log, request id, gzip, Tus-Resumable, body
timeout, the JSON edge, four fast paths), each a call and most a wrapped ``send`` or ``receive``
per request. ``Edge`` does the same in one pass, in the same order, with the same answers byte for
byte (tests/server/test_edge_answers.py fixes the heads):

* the request is timed and its SQL statements counted (``observability``), one access-log line;
* a body that stops arriving is cut after ``body_timeout`` s (``middleware.bounded_receive``);
* a JSON body is read whole and checked once (``middleware.read_json_body``, the JSON edge);
* a plain feed read, push, whole-file upload, block lease or ``HEAD`` is answered by its fast path
  (``fastpath``), anything else by the application;
* the answer gets ``Tus-Resumable`` under ``/v1/uploads`` (once, last of the application's
  headers), gzip for JSON and text of 500 bytes or more when the client accepts it (``Vary`` in
  any case, as Starlette's ``GZipMiddleware`` did: file bytes and tus answers never), then the
  echoed ``X-Request-Id``.
"""
from __future__ import annotations

import logging
import time
import zlib

import anyio
import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from circulation_server.fastpath import FeedFastPath, HeadFastPath, LeaseFastPath, OpsFastPath, UploadFastPath
from circulation_server.middleware import bounded_receive, is_raw, read_json_body
from circulation_server.observability import REQUEST_TALLY, Metrics, Tally, log_access, route_of
from docflow_protocol import TUS_VERSION

log = logging.getLogger("circulation_server")

#: Answers smaller than this are sent as they are; gzip level; bodies compressed off the loop from.
GZIP_MINIMUM, GZIP_LEVEL, GZIP_THREAD_MINIMUM = 500, 6, 128 * 1024
#: Media types never gzipped (Starlette's ``GZipMiddleware`` defaults; "x/*" stands for the family).
_NOT_GZIPPED = frozenset({"application/grpc", "application/gzip", "application/x-gzip", "application/zip", "audio/*",
                          "font/woff", "font/woff2", "image/avif", "image/gif", "image/jpeg", "image/png",
                          "image/webp", "text/event-stream", "video/*"})
_TUS = (b"tus-resumable", TUS_VERSION.encode())
_UPLOADS = "/v1/uploads"
_gzip_limiter: anyio.CapacityLimiter | None = None


def _request_headers(scope: Scope) -> tuple[bytes | None, bool]:
    """(the ``X-Request-Id`` to echo, if any and plain: at most 128 visible ASCII characters;
    whether the client accepts gzip)."""
    rid, accept = None, None
    for name, value in scope["headers"]:
        if rid is None and name.lower() == b"x-request-id":
            rid = value
        elif accept is None and name == b"accept-encoding":
            accept = value
    if rid is not None and (len(rid) > 128 or not all(33 <= b < 127 for b in rid)):
        rid = None
    return rid, accept is not None and b"gzip" in accept


def _set(headers: list, name: bytes, value: bytes) -> None:
    """Set ``name`` to ``value``: in the place of its first line, the others dropped, else last."""
    found = [i for i, (k, _) in enumerate(headers) if k == name]
    for i in reversed(found[1:]):
        del headers[i]
    if found:
        headers[found[0]] = (name, value)
    else:
        headers.append((name, value))


def _compress(compressor, body: bytes, more_body: bool) -> bytes:
    return compressor.compress(body) + compressor.flush(zlib.Z_SYNC_FLUSH if more_body else zlib.Z_FINISH)


class _Answer:
    """One request's ``send``: adds the edge's response headers and gzips, as the middlewares did."""

    __slots__ = ("send", "rid", "tus", "gzip", "accept", "status", "held", "plain", "body_started", "compressor")

    def __init__(self, send: Send, rid: bytes | None, path: str, accept: bool) -> None:
        self.send = send
        self.rid = rid
        self.tus = path.startswith(_UPLOADS)
        self.gzip = not is_raw(path)
        self.accept = accept
        self.status = 500          # what the metrics count when no answer went out
        self.held: Message | None = None   # the response start, until its first body decides gzip
        self.plain = False         # passed through as it is (already encoded, partial, or a media type excluded)
        self.body_started = False
        self.compressor = None

    async def _start(self, message: Message) -> None:
        if self.rid is not None:
            message = dict(message, headers=[*message.get("headers", []), (b"x-request-id", self.rid)])
        self.status = message["status"]
        await self.send(message)

    async def __call__(self, message: Message) -> None:
        kind = message["type"]
        if kind == "http.response.start":
            if self.tus:
                message = dict(message, headers=[*(h for h in message.get("headers", []) if h[0].lower() != _TUS[0]),
                                                 _TUS])
            if not self.gzip:
                await self._start(message)
                return
            self.held = message
            headers = message.setdefault("headers", [])
            media = next((v for k, v in headers if k == b"content-type"), b"").decode("latin-1")
            media = media.partition(";")[0].strip().lower()
            self.plain = (any(k == b"content-encoding" for k, _ in headers) or message["status"] == 206
                          or media in _NOT_GZIPPED or media.partition("/")[0] + "/*" in _NOT_GZIPPED
                          or (media.startswith("application/grpc+")))
            if self.plain:
                await self._start(message)
            return
        if not self.gzip or self.plain or kind in ("http.response.early_hint", "http.response.trailers"):
            await self.send(message)
            return
        if kind == "http.response.pathsend":
            await self._start(self.held)
            await self.send(message)
            return
        if kind != "http.response.body":
            await self.send(message)
            return
        body, more_body = message.get("body", b""), message.get("more_body", False)
        if self.body_started:   # the rest of a streamed answer
            message["body"] = await self._compressed(body, more_body)
            await self.send(message)
            return
        self.body_started = True
        start = self.held
        if len(body) < GZIP_MINIMUM and not more_body:
            await self._start(start)
            await self.send(message)
            return
        compressed = await self._compressed(body, more_body)
        headers = start["headers"]
        _set(headers, b"vary", ", ".join([*(v.decode("latin-1") for k, v in headers if k == b"vary"),
                                          "Accept-Encoding"]).encode("latin-1"))
        if compressed != body:
            _set(headers, b"content-encoding", b"gzip")
            if more_body or start.get("trailers", False):
                start["headers"] = headers = [h for h in headers if h[0] != b"content-length"]
            else:
                _set(headers, b"content-length", str(len(compressed)).encode("latin-1"))
            message["body"] = compressed
        await self._start(start)
        await self.send(message)

    async def _compressed(self, body: bytes, more_body: bool) -> bytes:
        if not self.accept:
            return body
        if self.compressor is None:
            self.compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        if len(body) < GZIP_THREAD_MINIMUM:
            return _compress(self.compressor, body, more_body)
        global _gzip_limiter
        if _gzip_limiter is None:   # big bodies off the loop, apart from the requests' threads
            _gzip_limiter = anyio.CapacityLimiter(40)
        return await anyio.to_thread.run_sync(_compress, self.compressor, body, more_body, limiter=_gzip_limiter)


class Edge:
    """The one middleware of the server (see the module): the application is what it calls for
    anything the fast paths do not answer."""

    def __init__(self, app: ASGIApp, services, metrics: Metrics, routes) -> None:
        self.app = app
        self.services = services
        self.metrics = metrics
        self.routes = routes
        self.max_body = services.settings.max_json_body
        self.body_timeout = services.settings.body_timeout_seconds
        self.feed = FeedFastPath(app, services)
        self.ops = OpsFastPath(app, services)
        self.upload = UploadFastPath(app, services)
        self.head = HeadFastPath(app, services)
        self.lease = LeaseFastPath(app, services)
        #: (method, route, status) -> the metrics' children of those labels, looked up once
        self._children: dict = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tally = Tally()
        token = REQUEST_TALLY.set(tally)
        started = time.perf_counter()
        path, method = scope["path"], scope["method"]
        rid, accept = _request_headers(scope)
        answer = _Answer(send, rid, path, accept)
        inner = scope
        try:
            receive = bounded_receive(scope, receive, self.body_timeout)
            if method == "GET":
                await (self.feed if path == "/v1/changes" else self.app)(scope, receive, answer)
            elif method == "HEAD":
                await self.head(scope, receive, answer)
            elif is_raw(path) or method == "OPTIONS":
                await (self.upload if method == "POST" and path == _UPLOADS else self.app)(scope, receive, answer)
            else:
                read = await read_json_body(scope, receive, answer, self.max_body)
                if read is not None:
                    inner, receive = read
                    fast = self.ops if path == "/v1/ops" else self.lease if path.startswith("/v1/journals/") else None
                    await (fast if fast is not None and method == "POST" else self.app)(inner, receive, answer)
        finally:
            REQUEST_TALLY.reset(token)
            self._count(method, route_of(inner, self.routes), answer.status, time.perf_counter() - started, tally,
                        scope)

    def _count(self, method: str, route: str, status: int, elapsed: float, tally, scope: Scope) -> None:
        children = self._children.get((method, route, status))
        if children is None:
            children = self._children[(method, route, status)] = self.metrics.labelled(method, route, status)
        requests, duration, statements, writes = children
        requests.inc()
        duration.observe(elapsed)
        if tally.statements:
            statements.inc(tally.statements)
        if tally.writes:
            writes.inc(tally.writes)
        log_access(scope, method, route, status, elapsed, tally)
