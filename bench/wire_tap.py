"""What a sync put on the wire, for ``bench/sync_link.py``: a tap on the link emulator's bytes
(:class:`Tap`), the HTTP exchanges and TLS records read back from them, the breakdown of the bytes
by kind (:func:`breakdown`: handshakes, record framing, heads, bodies, re-sent after cuts) and a
timeline of the measured sync (:class:`Trace`, ``--trace``)."""
from __future__ import annotations

import sys
import time


class Tap:
    """Plaintext each TLS socket of this process handed to / got from TLS, by local port: with
    the link's per-connection wire bytes it tells TLS (handshakes, record framing) from HTTP
    (request/response heads, JSON bodies, file bytes). Installed only with ``--breakdown``."""

    socks: dict = {}

    @classmethod
    def install(cls) -> None:
        import ssl

        class TapSocket(ssl.SSLSocket):
            def _tap(self, direction: str, data) -> None:  # noqa: ANN001
                try:
                    port = self.getsockname()[1]
                except OSError:
                    return
                rec = cls.socks.setdefault(port, {"up": bytearray(), "down": bytearray()})
                rec[direction] += bytes(data)

            def send(self, data, flags=0):  # noqa: ANN001, ANN201
                n = super().send(data, flags)
                self._tap("up", memoryview(data)[:n])
                return n

            def recv_into(self, buffer, nbytes=None, flags=0):  # noqa: ANN001, ANN201
                n = super().recv_into(buffer, nbytes, flags)
                self._tap("down", memoryview(buffer)[:n])
                return n

            def recv(self, buflen=1024, flags=0):  # noqa: ANN001, ANN201
                data = super().recv(buflen, flags)
                self._tap("down", data)
                return data

        ssl.SSLContext.sslsocket_class = TapSocket

    @classmethod
    def reset(cls) -> None:
        cls.socks = {}


def _parse_http(up: bytes, down: bytes) -> list[dict]:
    """Split one connection's plaintext into exchanges: method, path, head and body sizes."""
    out = []
    i = 0
    while i < len(up):
        end = up.find(b"\r\n\r\n", i)
        if end < 0:
            out.append({"method": "?", "path": "?", "req_head": len(up) - i, "req_body": 0})
            break
        head = up[i:end + 4]
        line = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
        clen = 0
        for h in head.split(b"\r\n")[1:]:
            if h.lower().startswith(b"content-length:"):
                clen = int(h.split(b":", 1)[1])
        body = min(clen, len(up) - end - 4)
        out.append({"method": line[0], "path": line[1] if len(line) > 1 else "?", "req_head": len(head), "req_body": body,
                    "complete": body == clen})
        i = end + 4 + body
    j = 0
    for ex in out:
        ex["resp_head"] = ex["resp_body"] = 0
        if j >= len(down):
            continue
        end = down.find(b"\r\n\r\n", j)
        if end < 0:
            ex["resp_head"] = len(down) - j
            j = len(down)
            continue
        head = down[j:end + 4]
        clen, chunked = 0, False
        for h in head.split(b"\r\n")[1:]:
            if h.lower().startswith(b"content-length:"):
                clen = int(h.split(b":", 1)[1])
            if h.lower().startswith(b"transfer-encoding:") and b"chunked" in h.lower():
                chunked = True
        if ex["method"] == "HEAD" or head.split(b" ")[1] in (b"204", b"304"):
            clen = 0
        if chunked:
            k = end + 4
            while True:
                e = down.find(b"\r\n", k)
                if e < 0:
                    k = len(down)
                    break
                n = int(down[k:e].split(b";")[0], 16)
                k = e + 2 + n + 2
                if n == 0:
                    break
            body = min(k, len(down)) - end - 4
        else:
            body = min(clen, len(down) - end - 4)
        ex["resp_head"], ex["resp_body"] = len(head), body
        j = end + 4 + body
    return out


def _records(raw: bytes) -> tuple[list[tuple[int, int]], int]:
    """TLS records of one direction: [(content type, bytes on the wire)], and the bytes of a
    last record cut short (the receiver can never decrypt it)."""
    out, i = [], 0
    while i + 5 <= len(raw):
        n = 5 + int.from_bytes(raw[i + 3:i + 5], "big")
        if i + n > len(raw):
            break
        out.append((raw[i], n))
        i += n
    return out, len(raw) - i


def breakdown(link_log, payload: int, way: str = "up") -> list[tuple[str, int, int]]:
    """(category, bytes up, bytes down) of one run: the TLS record headers of the link's captured
    bytes give the handshakes (records before the first application record), the record framing
    (22 bytes a record: header, type, AEAD tag) and the records cut in half; the plaintext the
    client's sockets carried, parsed as HTTP/1.1, gives heads and bodies per request."""
    import re

    cats: dict[str, list[int]] = {}

    def add(cat: str, up: int, down: int) -> None:
        c = cats.setdefault(cat, [0, 0])
        c[0] += up
        c[1] += down

    patch_bytes = got_bytes = 0
    for rec in link_log:
        if not rec.bytes_up and not rec.bytes_down:
            continue  # closing when the counters were reset
        tap = Tap.socks.get(rec.client_port, {"up": b"", "down": b""})
        kind = "resumed" if _psk(bytes(rec.raw_up)) else "full"
        up_recs, up_partial = _records(bytes(rec.raw_up))
        down_recs, down_partial = _records(bytes(rec.raw_down))
        # Up: ClientHello, ChangeCipherSpec, Finished (the first encrypted record), then requests.
        k = next((i for i, (t, _) in enumerate(up_recs) if t == 23), len(up_recs) - 1)
        hs_up = sum(n for _, n in up_recs[:k + 1])
        app_up = up_recs[k + 1:]
        crossed_up = sum(n - 22 for _, n in app_up)  # plaintext that reached the server
        # Down: the application records are the last ones, carrying what the client read.
        got, j = len(tap["down"]), len(down_recs)
        while j > 0 and got > 0:
            j -= 1
            got -= down_recs[j][1] - 22
        hs_down = sum(n for _, n in down_recs[:j])
        app_down = down_recs[j:]
        add(f"TLS handshakes, {kind} (with the session tickets{'' if kind == 'resumed' else ' and the certificate'})",
            hs_up, hs_down)
        add("TLS record framing (22 B a record)", 22 * len(app_up), 22 * len(app_down))
        if up_partial or down_partial:
            add("lost at cuts: TLS record cut in half", up_partial, down_partial)
        exchanges = _parse_http(bytes(tap["up"][:crossed_up]), bytes(tap["down"]))
        for ex in exchanges:
            path = re.sub(r"/(?:[0-9a-f]{32}|[0-9A-Za-z]{22})$", "/{id}", ex["path"].split("?")[0])
            path = re.sub(r"/[0-9a-f]{64}$", "/{sha}", path)
            name = f"{ex['method']} {path}"
            if ex["method"] == "PATCH" and ex["req_body"] == 0 and ex.get("complete", True):
                name += " (empty probe after a cut)"
            add(f"HTTP heads: {name}", ex["req_head"], ex["resp_head"])
            if ex["method"] == "PATCH" or name == "POST /v1/uploads" and ex["req_body"]:
                patch_bytes += ex["req_body"]   # creation-with-upload: the POST carries file bytes too
                add("file bytes (PATCH and creation bodies that crossed the link)", ex["req_body"], ex["resp_body"])
            elif name in ("GET /v1/files/{sha}", "GET /v1/changes/lead-file"):  # the latter: a feed page's lead file
                got_bytes += ex["resp_body"]
                add("file bytes (GET bodies that reached the desk)", ex["req_body"], ex["resp_body"])
            else:
                add(f"bodies: {name}", ex["req_body"], ex["resp_body"])
        if rec.cut:
            add("connections ended by a cut (count)", 1, 0)
        add(f"connections ({kind} handshake) (count)", 1, 0)
    if way == "up":
        add("  of the file bytes: beyond the payload (re-sent)", patch_bytes - payload, 0)
    else:
        add("  of the file bytes: beyond the payload (re-sent)", 0, got_bytes - payload)
    return sorted(((k, v[0], v[1]) for k, v in cats.items()), key=lambda r: r[0])


def _psk(client_hello: bytes) -> bool:
    """Whether a ClientHello offers a pre-shared key (extension 41: TLS 1.3 session resumption)."""
    try:
        body = client_hello[5:5 + int.from_bytes(client_hello[3:5], "big")]
        i = 4 + 2 + 32  # handshake header, version, random
        i += 1 + body[i]  # session id
        i += 2 + int.from_bytes(body[i:i + 2], "big")  # cipher suites
        i += 1 + body[i]  # compression
        end = i + 2 + int.from_bytes(body[i:i + 2], "big")
        i += 2
        while i + 4 <= end:
            typ, n = int.from_bytes(body[i:i + 2], "big"), int.from_bytes(body[i + 2:i + 4], "big")
            if typ == 41:
                return True
            i += 4 + n
    except IndexError:
        pass
    return False


def file_request(method: str, path: str) -> bool:
    return method == "PATCH" or (method == "POST" and path.endswith("/uploads"))  # creation-with-upload too


class Trace:
    """``--trace``: a timeline of the measured sync on stderr -- each request of the cycle's own
    connection (sent, answered), each request put on the pipe and each answer read there, each
    connection opened -- in seconds from the measured sync's start."""

    on = False
    t0 = 0.0

    @classmethod
    def say(cls, what: str) -> None:
        print(f"# trace {time.monotonic() - cls.t0:8.2f} s  {what}", file=sys.stderr, flush=True)

    @classmethod
    def install(cls) -> None:
        import urllib3

        from desktop_app.sync import pipeline

        cls.on = True
        connect = urllib3.connection.HTTPSConnection.connect

        def traced_connect(conn):  # noqa: ANN001, ANN202
            cls.say("connection: TCP + TLS handshake begins")
            connect(conn)
            cls.say(f"connection: open (local port {conn.sock.getsockname()[1]})")

        urllib3.connection.HTTPSConnection.connect = traced_connect
        send, read = pipeline.Pipe.send, pipeline.Pipe.read

        def pipe_send(pipe, method, target, headers, body=b"", *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
            cls.say(f"pipe  -> {method} {target.split('?')[0][-40:]} ({len(body)} B body)")
            return send(pipe, method, target, headers, body, *a, **k)

        def pipe_read(pipe, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
            r = read(pipe, *a, **k)
            cls.say(f"pipe  <- {r.status_code}")
            return r

        pipeline.Pipe.send, pipeline.Pipe.read = pipe_send, pipe_read

    @classmethod
    def wrap_send(cls, client, send):  # noqa: ANN001, ANN205
        def traced(method, path, **k):  # noqa: ANN001, ANN003, ANN202
            cls.say(f"cycle -> {method} {path.split('?')[0][-40:]}")
            r = send(method, path, **k)
            cls.say(f"cycle <- {r.status_code} {method} {path.split('?')[0][-40:]}")
            return r
        return traced
