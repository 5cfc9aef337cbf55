"""The server's edge, as the bytes on the wire: each kind of answer's head -- its header lines in
their order -- and body, read off a raw socket (keep-alive, as a desk's connection).

The middlewares that add headers (request id, gzip and its Vary, Tus-Resumable, the JSON edge's
errors) and the fast paths that answer without the framework were rewritten for speed (issue 18);
these heads are what they answered before, fixed here line by line. Only the Date line's value
varies.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
import socket
from urllib.parse import urlsplit

import pytest

from docflow_protocol import TUS_VERSION
from tests.server.serverproc import new_id, op


class RawConnection:
    """One keep-alive HTTP/1.1 connection to the server; answers read whole (Content-Length)."""

    def __init__(self, url: str):
        parts = urlsplit(url)
        self.host = f"{parts.hostname}:{parts.port}"
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=30)
        self.buffer = b""

    def close(self) -> None:
        self.sock.close()

    def _fill(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        self.buffer += chunk

    def ask(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes = b"") -> tuple[list[str], bytes]:
        """(the answer's head lines, the Date line's value blanked; its body)."""
        lines = [f"{method} {target} HTTP/1.1", f"Host: {self.host}", *(f"{k}: {v}" for k, v in headers)]
        if body or method == "POST":
            lines.append(f"Content-Length: {len(body)}")
        self.sock.sendall("\r\n".join(lines).encode("latin-1") + b"\r\n\r\n" + body)
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        head_lines = [re.sub(r"^date: .*$", "date: *", line) for line in head.decode("latin-1").split("\r\n")]
        length = next((int(line.split(":", 1)[1]) for line in head_lines if line.startswith("content-length:")), 0)
        if method == "HEAD":
            length = 0
        while len(self.buffer) < length:
            self._fill()
        answer, self.buffer = self.buffer[:length], self.buffer[length:]
        return head_lines, answer


@pytest.fixture
def raw(sqlite_server):
    conn = RawConnection(sqlite_server.url)
    yield conn
    conn.close()


def _auth(client) -> list[tuple[str, str]]:
    return [("Authorization", f"Bearer {client.token}"), ("X-Docflow-Workstation", client.workstation_id)]


def test_feed_answers_carry_the_same_headers_in_the_same_order(sqlite_server, raw):
    """A page of changes over 500 bytes is gzipped when asked (Vary, Content-Encoding, the request
    id last), carries Vary without gzip when not asked; a small answer carries neither; a query the
    fast path leaves to the application answers the same way."""
    from tests.server.serverproc import ApiClient

    clerk = ApiClient(sqlite_server.url).login("clerk")
    clerk.push(*[op(new_id(), "document.create", {"kind": "internal", "fields": {"subject": f"edge {i}"}}, 0)
                 for i in range(5)])
    _, head = clerk.all_changes(0)
    target = f"/v1/changes?cursor={head - 5}&limit=5"
    page = clerk.get(target).content
    assert len(page) >= 500

    for app_path in ("", "&other=x"):   # the fast path, then the application (an unknown parameter)
        lines, body = raw.ask("GET", target + app_path, [*_auth(clerk), ("Accept-Encoding", "gzip"),
                                                         ("X-Request-Id", "edge-1")])
        assert lines == ["HTTP/1.1 200 OK", "date: *", f"content-length: {len(body)}", "content-type: application/json",
                         "vary: Accept-Encoding", "content-encoding: gzip", "x-request-id: edge-1"], app_path
        assert gzip.decompress(body) == page
        lines, body = raw.ask("GET", target + app_path, _auth(clerk))
        assert lines == ["HTTP/1.1 200 OK", "date: *", f"content-length: {len(page)}",
                         "content-type: application/json", "vary: Accept-Encoding"], app_path
        assert body == page

    lines, body = raw.ask("GET", f"/v1/changes?cursor={head}&wait=0", [*_auth(clerk), ("Accept-Encoding", "gzip"),
                                                                        ("X-Request-Id", "edge-2")])
    assert lines == ["HTTP/1.1 200 OK", "date: *", f"content-length: {len(body)}", "content-type: application/json",
                     "x-request-id: edge-2"]
    assert json.loads(body) == {"changes": [], "next_cursor": head, "has_more": False}
    lines, body = raw.ask("GET", "/metrics", [("Accept-Encoding", "gzip"), ("X-Request-Id", "edge-m")])
    assert lines == ["HTTP/1.1 200 OK", "date: *", f"content-length: {len(body)}",
                     "content-type: text/plain; version=1.0.0; charset=utf-8", "vary: Accept-Encoding",
                     "content-encoding: gzip", "x-request-id: edge-m"]
    assert b"docflow_http_requests_total" in gzip.decompress(body)
    lines, body = raw.ask("GET", "/v1/changes?limit=0", [*_auth(clerk), ("X-Request-Id", "bad id")])
    assert lines == ["HTTP/1.1 422 Unprocessable Entity", "date: *", f"content-length: {len(body)}",
                     "content-type: application/json"]   # an id with a space is not echoed


def test_push_answers_and_the_json_edges_refusals_carry_the_same_headers(sqlite_server, raw):
    """A push (gzipped body or not) answers with the request id echoed; the JSON edge's refusals
    (not JSON, too large, gzip that is not) and the framework's errors carry the same lines."""
    from tests.server.serverproc import ApiClient

    clerk = ApiClient(sqlite_server.url).login("clerk")
    json_headers = [*_auth(clerk), ("Content-Type", "application/json"), ("X-Request-Id", "edge-3")]
    batch = json.dumps({"ops": [op(new_id(), "document.create", {"kind": "internal",
                                                                 "fields": {"subject": "edge push"}}, 0)]}).encode()
    lines, body = raw.ask("POST", "/v1/ops", json_headers, batch)
    assert lines == ["HTTP/1.1 200 OK", "date: *", f"content-length: {len(body)}", "content-type: application/json",
                     "x-request-id: edge-3"]
    assert json.loads(body)["results"][0]["status"] == "applied"
    lines, again = raw.ask("POST", "/v1/ops", [*json_headers, ("Content-Encoding", "gzip")], gzip.compress(batch))
    assert lines[-1] == "x-request-id: edge-3" and json.loads(again)["results"][0]["status"] == "applied"

    lines, body = raw.ask("POST", "/v1/ops", json_headers, b"{not json")
    assert lines == ["HTTP/1.1 400 Bad Request", "date: *", "content-type: application/json",
                     f"content-length: {len(body)}", "x-request-id: edge-3"]
    assert json.loads(body)["error"]["code"] == "malformed_json"
    lines, body = raw.ask("POST", "/v1/ops", [*json_headers, ("Content-Encoding", "gzip")], b"not gzip")
    assert lines[0] == "HTTP/1.1 400 Bad Request" and lines[-1] == "x-request-id: edge-3"
    lines, body = raw.ask("POST", "/v1/ops", [*_auth(clerk), ("Content-Type", "text/plain")], b"{}")
    assert lines == ["HTTP/1.1 415 Unsupported Media Type", "date: *", "content-type: application/json",
                     f"content-length: {len(body)}"]
    lines, body = raw.ask("POST", "/v1/ops", json_headers, b'{"ops": []}')   # the model's refusal (framework)
    assert lines == ["HTTP/1.1 422 Unprocessable Entity", "date: *", f"content-length: {len(body)}",
                     "content-type: application/json", "x-request-id: edge-3"]
    lines, body = raw.ask("GET", "/v1/no-such-thing", [("X-Request-Id", "edge-4")])
    assert lines == ["HTTP/1.1 404 Not Found", "date: *", f"content-length: {len(body)}",
                     "content-type: application/json", "x-request-id: edge-4"]


def test_upload_answers_carry_tus_resumable_then_the_request_id(sqlite_server, raw):
    """A whole-file creation (fast path), HEAD of the upload and of the file (fast path), a
    creation the application answers and a tus refusal: Tus-Resumable under /v1/uploads only,
    once, before the echoed request id; file answers are never gzipped."""
    from tests.server.serverproc import ApiClient

    clerk = ApiClient(sqlite_server.url).login("clerk")
    data = b"%PDF-1.4 edge " + new_id().encode() * 40
    sha = hashlib.sha256(data).hexdigest()
    meta = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}"
                    for k, v in (("sha256", sha), ("filename", "edge.pdf"), ("media_type", "application/pdf")))
    tus = [*_auth(clerk), ("Tus-Resumable", TUS_VERSION), ("X-Request-Id", "edge-5"), ("Accept-Encoding", "gzip")]
    lines, _ = raw.ask("POST", "/v1/uploads", [*tus, ("Upload-Length", str(len(data))), ("Upload-Metadata", meta),
                                               ("Content-Type", "application/offset+octet-stream")], data)
    location = next(line.split(": ", 1)[1] for line in lines if line.startswith("location:"))
    assert lines == ["HTTP/1.1 201 Created", "date: *", f"location: {location}", f"upload-offset: {len(data)}",
                     "content-length: 0", "tus-resumable: " + TUS_VERSION, "x-request-id: edge-5"]
    lines, _ = raw.ask("HEAD", location, tus)
    assert lines[0] == "HTTP/1.1 200 OK" and lines[-2:] == ["tus-resumable: " + TUS_VERSION, "x-request-id: edge-5"]
    assert sum(line.startswith("tus-resumable:") for line in lines) == 1
    lines, _ = raw.ask("HEAD", f"/v1/files/{sha}", tus)
    assert lines[0] == "HTTP/1.1 200 OK" and lines[-1] == "x-request-id: edge-5"
    assert not any(line.startswith(("tus-resumable:", "content-encoding:", "vary:")) for line in lines)

    deferred = "sha256 " + base64.b64encode(hashlib.sha256(b"x").hexdigest().encode()).decode()
    lines, _ = raw.ask("POST", "/v1/uploads", [*tus, ("Upload-Length", "10"), ("Upload-Metadata", deferred)])
    assert lines[0] == "HTTP/1.1 201 Created" and lines[-2:] == ["tus-resumable: " + TUS_VERSION, "x-request-id: edge-5"]
    lines, body = raw.ask("POST", "/v1/uploads", [*_auth(clerk), ("Tus-Resumable", "0.2.0"), ("Upload-Length", "10")])
    assert lines == ["HTTP/1.1 412 Precondition Failed", "date: *", "tus-version: " + TUS_VERSION,
                     f"content-length: {len(body)}", "content-type: application/json", "tus-resumable: " + TUS_VERSION]


def _plain_query_by_parse_qsl(query: bytes):
    """``fastpath.plain_query`` as it was, all through ``parse_qsl`` (the reference)."""
    from urllib.parse import parse_qsl

    from circulation_server.fastpath import _BOUNDS
    from docflow_protocol import FEED_OWN_FROM, FEED_OWN_TO, LIMITS

    out = {"cursor": 0, "limit": LIMITS.default_changes_page, "wait": 0, FEED_OWN_FROM: None, FEED_OWN_TO: None}
    try:
        pairs = parse_qsl(query.decode("ascii"), keep_blank_values=True, strict_parsing=bool(query))
    except (UnicodeDecodeError, ValueError):
        return None
    seen = set()
    for key, value in pairs:
        bounds = _BOUNDS.get(key)
        if bounds is None or key in seen or not (0 < len(value) <= 19 and value.isascii() and value.isdigit()):
            return None
        if not bounds[0] <= int(value) <= bounds[1]:
            return None
        out[key] = int(value)
        seen.add(key)
    return out


def test_the_feed_fast_path_reads_a_query_as_parse_qsl_does():
    """The fast path's own split of a plain query takes what parse_qsl takes and nothing else:
    escapes, empty fields, fields without '=', repeats, bounds."""
    import random

    from circulation_server.fastpath import plain_query

    cases = [b"", b"cursor=5", b"cursor=5&limit=3&wait=0", b"cursor=5&", b"&cursor=5", b"cursor", b"cursor=",
             b"cursor=1&cursor=2", b"limit=%35", b"cur%73or=7", b"wait=1+", b"own_from=1&own_to=2", b"limit=0",
             b"cursor=1=2", b"cursor=5;limit=2", "cursor=\u0665".encode(), b"cursor=99999999999999999999"]
    pieces = ["cursor", "limit", "wait", "own_from", "own_to", "x", "", "=", "&", "1", "0", "50", "%31", "+", "=5",
              ";", "\u00e9", "cur%73or", "9" * 20]
    rng = random.Random(18)
    cases += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))).encode() for _ in range(20000)]
    for query in cases:
        assert plain_query(query) == _plain_query_by_parse_qsl(query), query
