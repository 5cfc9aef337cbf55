"""An HTTP proxy in front of the real server that misbehaves on cue, for the sync tests.

Faults are queued as ``(method, path_prefix, fault)``; the next matching request takes the
first queued fault:

* ``"500_after"`` -- forward the request (the server applies it), then answer 500;
* ``"503_before"`` -- answer 503 without forwarding;
* ``"503_retry_after:N"`` -- answer 503 with ``Retry-After: N`` without forwarding (the server's own
  "busy, come back in N s");
* ``"timeout"`` -- forward the request, then hold the answer longer than the client waits;
* ``"duplicate"`` -- forward the request twice (as a retransmission would) and return the second answer.

Everything else is passed through byte for byte (gzip bodies stay gzip).
"""
from __future__ import annotations

import http.server
import threading
import time

import requests

_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "proxy-connection", "upgrade"}


class FaultProxy:
    def __init__(self, upstream: str, verify, hold: float = 4.0):
        self.upstream = upstream.rstrip("/")
        self.verify = verify
        self.hold = hold
        self.faults: list[tuple[str, str, str]] = []
        self.hits: list[tuple[str, str, str]] = []
        #: Every request as (monotonic time it arrived, method, path).
        self.requests: list[tuple[float, str, str]] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self):  # noqa: ANN202
                proxy._handle(self)

            do_GET = do_POST = do_PATCH = do_HEAD = do_DELETE = do_OPTIONS = _any

            def log_message(self, *a):  # quiet
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, method: str, path_prefix: str, fault: str, times: int = 1) -> None:
        with self._lock:
            self.faults += [(method, path_prefix, fault)] * times

    def _take(self, method: str, path: str) -> str | None:
        with self._lock:
            for i, (m, p, f) in enumerate(self.faults):
                if m == method and path.startswith(p):
                    del self.faults[i]
                    self.hits.append((m, path, f))
                    return f
        return None

    def _forward(self, h, body: bytes) -> requests.Response:  # noqa: ANN001
        headers = {k: v for k, v in h.headers.items() if k.lower() not in _HOP and k.lower() != "host"}
        return requests.request(h.command, self.upstream + h.path, headers=headers, data=body or None,
                                verify=self.verify, stream=True, allow_redirects=False, timeout=60)

    def _handle(self, h) -> None:  # noqa: ANN001
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        with self._lock:
            self.requests.append((time.monotonic(), h.command, h.path))
        fault = self._take(h.command, h.path)
        if fault and fault.startswith("503_retry_after:"):
            return self._reply(h, 503, {"Content-Type": "application/json", "Retry-After": fault.split(":", 1)[1]},
                               b'{"error":{"code":"unavailable","message":"injected"}}')
        if fault == "503_before":
            return self._reply(h, 503, {}, b'{"error":{"code":"unavailable","message":"injected"}}')
        r = self._forward(h, body)
        if fault == "duplicate":
            r.close()
            r = self._forward(h, body)
        raw = r.raw.read(decode_content=False) if h.command != "HEAD" else b""
        headers = {k: v for k, v in r.headers.items() if k.lower() not in _HOP}
        if fault == "500_after":
            return self._reply(h, 500, {}, b'{"error":{"code":"internal_error","message":"injected"}}')
        if fault == "timeout":
            time.sleep(self.hold)
        self._reply(h, r.status_code, headers, raw, head=h.command == "HEAD",
                    length=r.headers.get("Content-Length") if h.command == "HEAD" else None)

    @staticmethod
    def _reply(h, status: int, headers: dict, body: bytes, head: bool = False, length: str | None = None) -> None:  # noqa: ANN001
        try:
            h.send_response(status)
            for k, v in headers.items():
                h.send_header(k, v)
            if "application/json" not in headers.get("Content-Type", "") and not headers and body:
                h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", length if head and length else str(len(body)))
            h.end_headers()
            if not head:
                h.wfile.write(body)
        except OSError:
            pass

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
