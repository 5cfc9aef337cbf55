"""A minimal HTTP/1.1 client on asyncio streams, for the load generators of ``bench/server_load.py``.

The generators share the machine's two cores with the server they measure, so every millisecond
they spend is one the server does not get. aiohttp's client (its request and response objects,
cookie jar, tracing hooks, multidicts) cost about 0.8 ms of CPU per applied op of the day's mix;
this client writes the request line and headers itself and reads the answer by its
``Content-Length`` (or chunks), on keep-alive connections kept in a pool, and costs a fraction of
that. It speaks only what the reference server answers on loopback: no TLS, no redirects, no
proxies. Like aiohttp it asks for gzip and inflates what comes gzipped, so the server does the
same work for it as for the desktop client.
"""
from __future__ import annotations

import asyncio
import json as jsonlib
import zlib
from urllib.parse import urlencode, urlsplit

TIMEOUT = 300.0     # seconds a whole request may take (a long-poll waits 25)


class Headers(dict):
    """An answer's headers by lower-cased name; looked up in any case."""

    def __getitem__(self, key: str) -> str:
        return super().__getitem__(key.lower())

    def get(self, key: str, default=None):  # noqa: ANN001, ANN201 - as dict.get
        return super().get(key.lower(), default)

    def __contains__(self, key: object) -> bool:
        return super().__contains__(key.lower() if isinstance(key, str) else key)


class RawHttp:
    """Requests to one server (``http://host:port``) over a pool of keep-alive connections."""

    def __init__(self, url: str):
        parts = urlsplit(url)
        self.host, self.port = parts.hostname, parts.port or 80
        self.host_header = f"Host: {parts.netloc}\r\nAccept-Encoding: gzip\r\n"
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def request(self, method: str, path: str, *, headers: dict, params: dict | None = None,
                      data: bytes | None = None, json: object = None) -> tuple[int, Headers, bytes]:
        """(status, headers, body) of one request; ``path`` may be a whole URL of this server."""
        if path.startswith("http"):
            parts = urlsplit(path)
            path = parts.path + ("?" + parts.query if parts.query else "")
        if params:
            path += "?" + urlencode(params)
        body = b"" if data is None else data
        extra = ""
        if json is not None:
            body = jsonlib.dumps(json, separators=(",", ":")).encode()
            extra = "Content-Type: application/json\r\n"
        head = (f"{method} {path} HTTP/1.1\r\n{self.host_header}{extra}Content-Length: {len(body)}\r\n"
                + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n").encode("latin-1")
        async with asyncio.timeout(TIMEOUT):
            while True:
                reused = bool(self.idle)
                reader, writer = await self._connection()
                try:
                    writer.write(head + body)
                    status, answer, content = await _read(reader)
                except (ConnectionError, asyncio.IncompleteReadError):
                    writer.close()
                    if reused:  # the server closed the idle connection as it was taken: try a new one
                        continue
                    raise
                except BaseException:  # cancelled (a desk cuts its long-poll): the connection goes, as the desk's does
                    writer.close()
                    raise
                break
        if answer.get("connection", "").lower() == "close":
            writer.close()
        else:
            self.idle.append((reader, writer))
        if answer.get("content-encoding") == "gzip":
            content = zlib.decompress(content, 16 + zlib.MAX_WBITS)
        return status, answer, content

    async def _connection(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        while self.idle:
            reader, writer = self.idle.pop()
            if not reader.at_eof() and not writer.is_closing():
                return reader, writer
            writer.close()  # the server ended it while it was idle (uvicorn: after 5 s)
        return await asyncio.open_connection(self.host, self.port)

    async def close(self) -> None:
        for _, writer in self.idle:
            writer.close()
        self.idle.clear()


async def _read(reader: asyncio.StreamReader) -> tuple[int, Headers, bytes]:
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    status = int(head[0].split(" ", 2)[1])
    answer = Headers()
    for line in head[1:]:
        if line:
            name, _, value = line.partition(":")
            answer[name.strip().lower()] = value.strip()
    if "content-length" in answer:
        return status, answer, await reader.readexactly(int(answer["content-length"]))
    if answer.get("transfer-encoding", "").lower() == "chunked":
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                return status, answer, b"".join(parts)
            parts.append(await reader.readexactly(size))
            await reader.readexactly(2)
    if status in (204, 304) or 100 <= status < 200:
        return status, answer, b""
    answer["connection"] = "close"  # the body ends with the connection
    return status, answer, await reader.read()
