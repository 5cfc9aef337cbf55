"""Protocol client against the real reference server behind TLS, through the link emulator."""
from __future__ import annotations

import hashlib
import http.server
import json
import os
import threading
import time
import uuid

import pytest

from desktop_app.locale import today as local_today
from desktop_app.sync.client import (
    AuthError, BadResponse, LoginThrottled, SyncClient, TLSError, TransientError, wait_text,
)
from desktop_app.sync.credentials import CredentialStore
from tests.server.serverproc import start_deadline_seconds
from tests.sync.conftest import url_via


def _client(url, ca, ws="ws-a-1", **kw) -> SyncClient:
    return SyncClient(url, ws, ca_bundle=ca.ca_pem, **kw)


@pytest.fixture(scope="module")
def admin_token(tls_server, test_ca):
    return _client(tls_server.url, test_ca).login("admin", "demo-admin").token


def test_tls_is_verified_and_pinning_enforced(tls_server, test_ca):
    with pytest.raises(TLSError, match="not trusted"):
        SyncClient(tls_server.url, "ws-a-1").health()  # system store does not know the test CA
    assert _client(tls_server.url, test_ca).health()
    assert _client(tls_server.url, test_ca, pinned_sha256=test_ca.cert_sha256.upper()).health()
    with pytest.raises(TLSError, match="pinned"):
        _client(tls_server.url, test_ca, pinned_sha256="ab" * 32).health()


def test_a_warmed_connection_is_the_one_the_first_request_uses(tls_server, test_ca, link):
    """warm() opens the connection (and reads the TLS tickets that follow the handshake) before any
    request; the first request then goes on it: one connection, not a second handshake. Both on a
    full handshake and on a resumed one (whose new ticket comes after the old session is in use)."""
    for _ in ("full", "resumed"):
        link.reset_stats()
        c = _client(url_via(link), test_ca)
        c.warm()
        assert len([r for r in link.connection_log() if r.bytes_down]) == 1  # the handshake crossed
        assert c.health() and c.health()
        assert len([r for r in link.connection_log() if r.bytes_up]) == 1 and c.requests_made == 2
        c.close()


def test_a_file_plan_not_modified_leaves_its_connection_to_the_next_request(tls_server, test_ca, admin_token, link):
    """A 304 answer to the file plan (every cycle's first request when nothing changed) gives its
    connection back to the pool: the feed request after it goes on the same one, not on a new TCP
    and TLS handshake (two round trips on the thin link)."""
    link.reset_stats()
    c = _client(url_via(link), test_ca, token=admin_token)
    cases, etag = c.file_plan_since(None)
    assert cases is not None and etag
    assert c.file_plan_since(etag) == (None, etag)
    c.changes(0, limit=1)
    assert len([r for r in link.connection_log() if r.bytes_up]) == 1
    c.close()


def test_reconnections_resume_the_tls_session_and_still_check_the_pin(tls_server, test_ca, link):
    """A new connection (a new client, as after a cut) resumes the last TLS session: the server
    does not send its certificate again. The pin is still checked on resumed connections."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    der_len = len(x509.load_pem_x509_certificate(test_ca.cert_pem.read_bytes()).public_bytes(Encoding.DER))
    url = url_via(link)
    for pin in (None, test_ca.cert_sha256):
        link.reset_stats()
        for _ in range(3):
            c = _client(url, test_ca, pinned_sha256=pin)
            assert c.health()
            c.close()
        full, *resumed = [r for r in link.connection_log() if r.bytes_up]  # (not the one closing at the reset)
        assert len(resumed) == 2
        for r in resumed:  # no certificate (nor its signature) on the resumed handshakes
            assert r.bytes_down < full.bytes_down - der_len, (full, r)
    with pytest.raises(TLSError, match="pinned"):  # sessions exist for this server: a wrong pin still fails
        _client(url, test_ca, pinned_sha256="ab" * 32).health()
    with pytest.raises(TLSError, match="not trusted"):  # and so does a client without the test CA
        SyncClient(url, "ws-a-1").health()


def test_the_server_sends_one_session_ticket_per_handshake(tls_server, test_ca):
    """A desk keeps one ticket (the newest): the server sends one after a full handshake (OpenSSL's
    default is two, ~255 bytes more of every full handshake) and one after a resumed one. Counted
    as the client's TLS layer decrypts them (NewSessionTicket messages)."""
    import socket
    import ssl

    ctx = ssl.create_default_context(cafile=str(test_ca.ca_pem))
    tickets: list[int] = []

    def seen(conn, direction, version, content_type, msg_type, data):  # noqa: ANN001, ANN202
        if direction == "read" and content_type == ssl._TLSContentType.HANDSHAKE \
                and msg_type == ssl._TLSMessageType.NEWSESSION_TICKET:
            tickets.append(len(data))

    ctx._msg_callback = seen  # the ssl module's own hook for the handshake's messages
    session = None
    for kind in ("full", "resumed"):
        tickets.clear()
        with socket.create_connection(("127.0.0.1", tls_server.port), timeout=30) as raw, \
                ctx.wrap_socket(raw, server_hostname="127.0.0.1", session=session) as s:
            s.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            while s.recv(65536):  # the tickets come with the answer's first bytes
                pass
            assert s.session_reused == (kind == "resumed")
            session = s.session
        assert len(tickets) == 1, (kind, tickets)


def test_login_refused_and_token_never_in_errors(tls_server, test_ca, admin_token):
    with pytest.raises(AuthError, match="refused the user name"):
        _client(tls_server.url, test_ca).login("admin", "wrong-password")
    c = _client(tls_server.url, test_ca, token=admin_token)
    assert c.me()["user"]["username"] == "admin"
    other_ws = _client(tls_server.url, test_ca, ws="ws-a-2", token=admin_token)
    with pytest.raises(AuthError) as exc:
        other_ws.journals()
    assert admin_token not in str(exc.value) and admin_token not in repr(exc.value)


def test_throttled_login_tells_the_wait(tls_server, test_ca):
    """After repeated wrong passwords the server answers 429 + Retry-After; the person reads the wait."""
    client = _client(tls_server.url, test_ca)
    name = f"ghost-{uuid.uuid4().hex[:8]}"   # its own account: other tests' logins are not slowed
    refused = None
    for _ in range(8):
        try:
            client.login(name, "wrong password")
        except LoginThrottled as exc:
            refused = exc
            break
        except AuthError:
            continue
    assert refused is not None, "the server never throttled"
    assert refused.status == 429 and refused.code == "login_throttled"
    assert 1 <= refused.retry_after <= 2
    assert str(refused) == (f"Too many failed logins; the server asks to wait {refused.retry_after} s "
                            "before the next try.")
    assert isinstance(refused, TransientError) and "wrong password" not in str(refused)
    assert [wait_text(n) for n in (1, 119, 120, 121, 900)] == ["1 s", "119 s", "2 min", "3 min", "15 min"]


def test_ops_are_pushed_gzipped_and_replayed_once(tls_server, test_ca, admin_token, link):
    c = _client(url_via(link), test_ca, token=admin_token)
    doc = str(uuid.uuid4())
    op = {"op_id": str(uuid.uuid4()), "doc_id": doc, "type": "document.create", "base_version": 0,
          "payload": {"kind": "incoming", "fields": {"subject": "Su təchizatı " * 200}}, "blobs": [],
          "created_at": "2026-11-26T08:00:00Z"}
    link.reset_stats()
    first = c.push_ops([op])
    up = link.stats().bytes_up
    assert first[0]["status"] == "applied" and first[0]["version"] == 1
    again = c.push_ops([op])
    assert again[0]["status"] == "applied" and again[0]["replayed"] is True
    # The 2.6 KB repetitive subject went compressed: the whole request (TLS + headers) is smaller.
    assert up < len(json.dumps(op)), up
    page = c.changes(0, limit=500)
    assert any(ch.get("op_id") == op["op_id"] for ch in page.changes)


def test_the_pipes_short_requests_say_only_what_they_need(tls_server, test_ca, admin_token):
    """On the transfer pipe an op push of one or two ops asks no gzip (its answer is under the
    server's 500-byte gzip threshold: 23 bytes a push), a longer one does; an empty probe and a
    creation without body carry no ``Content-Length: 0`` (no framing header: no body, RFC 9112
    §6.3; 19 bytes each), and the server takes both."""
    from desktop_app.sync import pipeline

    c = _client(tls_server.url, test_ca, token=admin_token)
    heads: list[dict] = []

    def via(method, path, headers, body=b""):  # noqa: ANN001, ANN202 - the pipe's Calls.call, recorded
        heads.append(headers)
        return c._send(method, path, headers=headers, data=body)

    ops = [{"op_id": str(uuid.uuid4()), "doc_id": str(uuid.uuid4()), "type": "document.create", "base_version": 0,
            "payload": {"kind": "incoming", "fields": {"subject": f"Short {i}"}}, "blobs": [],
            "created_at": "2026-11-26T08:00:00Z"} for i in range(4)]
    assert [r["status"] for r in c.push_ops(ops[:1], via) + c.push_ops(ops[1:], via)] == ["applied"] * 4
    assert "Accept-Encoding" not in heads[0] and heads[1]["Accept-Encoding"] == "gzip"

    data = os.urandom(3000)
    sha = hashlib.sha256(data).hexdigest()
    state = c.create_upload(sha, len(data), "a.pdf", "application/pdf", first=data[:1000])
    probe = c.patch_headers(state.offset, b"")
    bodiless = c.creation_headers(hashlib.sha256(b"other").hexdigest(), 5, "b.pdf", "application/pdf")
    assert "Content-Length" not in probe and "Content-Length" not in bodiless
    pipe = pipeline.Pipe(c)
    try:
        pipe.send("PATCH", state.url, probe)
        pipe.send("POST", "/v1/uploads", bodiless)
        r = pipe.read()
        assert r.status_code == 204 and r.headers["Upload-Offset"] == "1000"
        r = pipe.read()
        assert r.status_code == 201 and r.headers["Upload-Offset"] == "0"
    finally:
        pipe.close()
        c.close()


def _upload_with_retries(c: SyncClient, data: bytes, name: str = "scan.pdf") -> tuple[int, int]:
    sha = hashlib.sha256(data).hexdigest()
    state = c.create_upload(sha, len(data), name, "application/pdf")
    tries = 0
    while True:
        try:
            state = c.upload(_Bytes(data), state, resumed=tries > 0)
            return tries, state.offset
        except TransientError:
            tries += 1
            assert tries < 50
            while True:
                try:
                    state = type(state)(state.url, c.upload_offset(state.url, len(data)), len(data))
                    break
                except TransientError:
                    tries += 1


class _Bytes:
    def __init__(self, data):
        import io
        self._f = io.BytesIO(data)

    def seek(self, n):
        self._f.seek(n)

    def read(self, n):
        return self._f.read(n)


def test_upload_resumes_after_cuts_without_resending(tls_server, test_ca, admin_token, link):
    data = os.urandom(400_000)
    # A real link is far slower than the server's disk: at 4 Mbit/s the server keeps every
    # byte that reached it (on an unthrottled loopback uvicorn may drop its last read-ahead).
    link._up.rate_bps = link._down.rate_bps = 4_000_000
    link.set_cut_range((60_000, 90_000))
    c = _client(url_via(link), test_ca, token=admin_token, chunk_size=128 * 1024)
    link.reset_stats()
    tries, offset = _upload_with_retries(c, data)
    st = link.stats()
    assert offset == len(data) and tries >= 3 and st.cuts >= 3
    # Bytes that reached the server before a cut are kept: what went up is the file plus
    # per-request overhead (TLS handshakes, headers), not the file again.
    # Per cut at most one TLS record (16 KiB) plus the server's small read-ahead is lost.
    assert st.bytes_up < len(data) + st.cuts * 32_000, (st, tries)
    link.set_cut_range(None)
    assert c.file_size_on_server(hashlib.sha256(data).hexdigest()) == len(data)
    # A second upload of the same bytes is created complete: nothing is sent.
    link.reset_stats()
    state = c.create_upload(hashlib.sha256(data).hexdigest(), len(data), "again.pdf", "application/pdf")
    assert state.offset == len(data) and link.stats().bytes_up < 5_000


def test_creation_carries_the_first_bytes_and_a_cut_creation_is_handed_back(tls_server, test_ca, admin_token, link):
    small = os.urandom(90_000)
    c = _client(url_via(link), test_ca, token=admin_token)
    before = c.requests_made
    state = c.create_upload(hashlib.sha256(small).hexdigest(), len(small), "letter.pdf", "application/pdf",
                            first=small)
    assert state.offset == len(small) and c.requests_made - before == 1   # the whole file in the creation
    assert c.file_size_on_server(hashlib.sha256(small).hexdigest()) == len(small)
    # its metadata names the file by its hash alone (name and type go with the file.attach op)
    meta = c.creation_headers(hashlib.sha256(small).hexdigest(), len(small), "letter.pdf", "application/pdf")
    assert [pair.split(" ")[0] for pair in meta["Upload-Metadata"].split(",")] == ["sha256"]

    data = os.urandom(240_000)
    sha = hashlib.sha256(data).hexdigest()
    link._up.rate_bps = link._down.rate_bps = 4_000_000
    link.set_cut_range((60_000, 90_000))
    link.reset_stats()
    with pytest.raises(TransientError):
        c.create_upload(sha, len(data), "scan.pdf", "application/pdf", first=data)   # cut mid-body
    link.set_cut_range(None)
    # A bodiless creation gets that upload back once the server has seen the cut and let go of it;
    # until then it makes a new empty one (offset 0). How long the server takes depends on the
    # machine's load: asked until a deadline that grows with it (not 50 tries), and the bytes of
    # those early asks (headers only, no file bytes) are not counted against the resend bound below.
    deadline, waiting_bytes = time.monotonic() + start_deadline_seconds(), 0
    while True:
        sent = link.stats().bytes_up
        state = c.create_upload(sha, len(data), "scan.pdf", "application/pdf")
        if state.offset or time.monotonic() > deadline:
            break
        waiting_bytes += link.stats().bytes_up - sent
        time.sleep(0.1)
    assert 0 < state.offset < len(data)
    state = c.upload(_Bytes(data), state)
    assert state.offset == len(data) and c.file_size_on_server(sha) == len(data)
    # What reached the server before the cut was not sent again.
    assert link.stats().bytes_up - waiting_bytes < len(data) + 32_000 + 20_000, (link.stats(), waiting_bytes)


def test_upload_with_chunk_checksums(tls_server, test_ca, admin_token):
    data = os.urandom(70_000)
    c = _client(tls_server.url, test_ca, token=admin_token, chunk_size=16_384, chunk_checksum=True)
    tries, offset = _upload_with_retries(c, data)
    assert offset == len(data) and tries == 0
    assert c.file_size_on_server(hashlib.sha256(data).hexdigest()) == len(data)


def test_download_resumes_with_range_and_checks_the_hash(tls_server, test_ca, admin_token, link, tmp_path):
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    direct = _client(tls_server.url, test_ca, token=admin_token)
    _upload_with_retries(direct, data)
    c = _client(url_via(link), test_ca, token=admin_token)
    part = tmp_path / "dl" / f"{sha}.part"
    link.set_cut_range((70_000, 100_000))
    link.reset_stats()
    cuts = 0
    while True:
        try:
            c.download(sha, part, len(data))
            break
        except TransientError:
            cuts += 1
            assert cuts < 30
    assert part.read_bytes() == data and cuts >= 2
    st = link.stats()
    assert st.bytes_down < len(data) + st.cuts * 32_000, st  # ≤ one TLS record + one read per cut
    # A corrupted partial file is caught by the SHA-256 check and thrown away.
    link.set_cut_range(None)
    part.write_bytes(b"\0" * 1000)
    with pytest.raises(BadResponse, match="does not match its SHA-256"):
        c.download(sha, part, len(data))
    assert not part.exists()


def test_number_block_lease_is_idempotent(tls_server, test_ca, admin_token):
    c = _client(tls_server.url, test_ca, token=admin_token)
    journal = next(j for j in c.journals() if j["code"] == "IN")
    rid = str(uuid.uuid4())
    year = local_today().year
    a = c.lease_block(journal["id"], 5, rid, year)
    b = c.lease_block(journal["id"], 5, rid, year)
    assert a["block_id"] == b["block_id"] and a["end"] - a["start"] == 4 and a["year"] == year


# ------------------------------------------------------------------ a hostile server
class _Hostile(http.server.BaseHTTPRequestHandler):
    """A deliberately broken server (no real server sends these answers; that is the point)."""

    answers: dict = {}

    def do_GET(self):  # noqa: N802
        status, body, headers = self.answers[self.path.split("?")[0]]
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):  # quiet
        pass


@pytest.fixture
def hostile():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def test_malformed_and_hostile_answers_are_refused(hostile):
    c = SyncClient(f"http://127.0.0.1:{hostile.server_address[1]}", "ws-a-1", token="t" * 40)
    doc = {"id": "d", "version": 1, "fields": {}, "files": [{"sha256": "../../etc/passwd", "size": 1}]}
    _Hostile.answers = {
        "/v1/journals": (200, b"{not json", {}),
        "/v1/changes": (200, json.dumps({"changes": [{"seq": 1, "kind": "document", "doc_id": "d", "document": doc}],
                                         "next_cursor": 1, "has_more": False}).encode(), {}),
        "/v1/users": (200, b"[" + b"1," * 200_000 + b"1]", {}),
    }
    with pytest.raises(BadResponse, match="not valid JSON"):
        c.journals()
    with pytest.raises(BadResponse, match=r"files\[0\].sha256 is not a SHA-256"):
        c.changes(0)
    c.max_json_response = 100_000
    with pytest.raises(BadResponse, match="too large"):
        c.users()
    with pytest.raises(BadResponse, match="not a SHA-256 file name"):
        c.download("../../etc/passwd", __import__("pathlib").Path("/tmp/never"), 1)


def test_token_lives_in_the_real_secret_service(keyring_backend, secret_service):
    store = CredentialStore(keyring_backend)
    store.save_token("https://srv.example/", "ws-a-1", "dft_secret_value_123")
    assert store.get_token("https://srv.example", "ws-a-1") == "dft_secret_value_123"
    # What gnome-keyring wrote to disk is encrypted: the token is not in plain text.
    for path in secret_service.keyring_files():
        with open(path, "rb") as f:
            assert b"dft_secret_value_123" not in f.read()
    store.delete_token("https://srv.example", "ws-a-1")
    assert store.get_token("https://srv.example", "ws-a-1") is None
    store.delete_token("https://srv.example", "ws-a-1")  # deleting twice is fine
