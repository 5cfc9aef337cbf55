"""A response goes out in one send (circulation_server.serving.JoinedWrites): uvicorn writes its status line
and headers, then its body, and the server's event loop joins the two; pipelined requests, a body larger
than the join limit and a connection closed after its answer still get every byte, in order."""
from __future__ import annotations

import hashlib
import os
import socket
from pathlib import Path

from circulation_server.serving import JoinedWrites
from tests.server.serverproc import ApiClient


def _loop_thread_writes(pid: int) -> int:
    """Write system calls (sends included) of the server's main thread, which runs its event loop
    (its worker threads, which wake the loop through an eventfd, are not counted)."""
    for line in Path(f"/proc/{pid}/task/{pid}/io").read_text().splitlines():
        if line.startswith("syscw:"):
            return int(line.split()[1])
    raise AssertionError("no syscw in /proc/<pid>/task/<pid>/io")


def _responses(sock: socket.socket, count: int) -> list[tuple[bytes, bytes]]:
    """``count`` HTTP/1.1 responses read from ``sock`` (status line, body); every read has a bound."""
    sock.settimeout(20)
    data, out = b"", []
    while len(out) < count:
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            assert chunk, f"connection closed after {len(out)} responses"
            data += chunk
        head, _, data = data.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        length = next(int(v) for k, _, v in (h.partition(b":") for h in lines[1:]) if k.strip().lower() == b"content-length")
        while len(data) < length:
            chunk = sock.recv(65536)
            assert chunk, "connection closed in a body"
            data += chunk
        out.append((lines[0], data[:length]))
        data = data[length:]
    return out


def test_a_response_goes_out_in_one_send(sqlite_server):
    sock = socket.create_connection(("127.0.0.1", sqlite_server.port), timeout=20)
    request = b"GET /v1/health HTTP/1.1\r\nHost: docflow\r\n\r\n"
    try:
        for _ in range(5):  # warm: the connection and the route
            sock.sendall(request)
            _responses(sock, 1)
        before = _loop_thread_writes(sqlite_server.proc.pid)
        for _ in range(40):
            sock.sendall(request)
            [(status, _)] = _responses(sock, 1)
            assert status == b"HTTP/1.1 200 OK"
        writes = _loop_thread_writes(sqlite_server.proc.pid) - before
    finally:
        sock.close()
    # one send per response (main: two, the head and the body; a stray write or two of the loop's own allowed)
    assert 40 <= writes <= 42, writes


def test_pipelined_large_and_closing_answers_arrive_whole(sqlite_server):
    clerk = ApiClient(sqlite_server.url).login("clerk")
    big = os.urandom(3 * JoinedWrites.JOIN_LIMIT + 123)
    sha = clerk.upload_bytes(big, "big.pdf")
    get = (f"GET /v1/files/{sha} HTTP/1.1\r\nHost: docflow\r\n"
           + "".join(f"{k}: {v}\r\n" for k, v in clerk.headers().items())).encode()
    health = b"GET /v1/health HTTP/1.1\r\nHost: docflow\r\n\r\n"
    sock = socket.create_connection(("127.0.0.1", sqlite_server.port), timeout=20)
    try:  # three requests in one send: answered in order, the file's bytes whole between two small answers
        sock.sendall(health + get + b"\r\n" + health)
        answers = _responses(sock, 3)
        assert [a[0] for a in answers] == [b"HTTP/1.1 200 OK"] * 3
        assert hashlib.sha256(answers[1][1]).hexdigest() == sha and answers[0][1] == answers[2][1]
        sock.sendall(get + b"Connection: close\r\n\r\n")  # the answer whole, then the end of the connection
        [(status, body)] = _responses(sock, 1)
        assert status == b"HTTP/1.1 200 OK" and body == big
        sock.settimeout(20)
        assert sock.recv(1) == b""
    finally:
        sock.close()
