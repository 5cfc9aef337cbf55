"""Run the app under uvicorn (httptools parser, uvloop where available) with timeouts for idle
and half-sent requests, in one process or as several worker processes.

uvicorn closes a keep-alive connection that stays idle between requests, but neither a fresh
connection that sends nothing nor one that stops in the middle of its request head is ever
closed: each such connection holds a socket (and, with enough of them, the server) forever.
``HeaderTimeoutProtocol`` closes a connection whose request head is not complete within
``header_timeout`` seconds of its first byte (or of the connection being made). Half-sent
*bodies* are bounded by the edge (``edge.py``, with ``middleware.bounded_receive``).
"""
from __future__ import annotations

import asyncio
import logging
from typing import Optional

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

log = logging.getLogger("circulation_server")


class JoinedWrites:
    """A connection's transport whose small writes within one turn of the event loop go out as one
    send. uvicorn writes a response's status line and headers (``http.response.start``) and then
    its body, each with a ``write`` of its own: two system calls and two TCP segments (TLS: two
    records) per response, where one does (issue 18: the two sends were ~6 % of the server's CPU in
    the day's mix). A write of less than ``JOIN_LIMIT`` bytes is held and sent with the writes that
    follow it in the same turn, at the latest when the loop turns (``call_soon``), or at once by
    ``close``; a larger one goes out at once, after what is held. Everything else is the
    transport's own (``__getattr__``)."""

    JOIN_LIMIT = 64 * 1024
    __slots__ = ("_transport", "_loop", "_held", "_size")

    def __init__(self, transport, loop) -> None:  # noqa: ANN001
        self._transport = transport
        self._loop = loop
        self._held: Optional[list] = None
        self._size = 0

    def write(self, data) -> None:  # noqa: ANN001
        held = self._held
        if held is None:
            if len(data) >= self.JOIN_LIMIT:
                self._transport.write(data)
                return
            self._held = [data]
            self._size = len(data)
            self._loop.call_soon(self.flush)
            return
        held.append(data)
        self._size += len(data)
        if self._size >= self.JOIN_LIMIT:
            self.flush()

    def flush(self) -> None:
        held, self._held = self._held, None
        if held and not self._transport.is_closing():   # gone meanwhile: nobody to send to
            self._transport.write(held[0] if len(held) == 1 else b"".join(held))

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def abort(self) -> None:
        self._held = None
        self._transport.abort()

    def get_write_buffer_size(self) -> int:
        return self._size * (self._held is not None) + self._transport.get_write_buffer_size()

    def __getattr__(self, name: str):
        return getattr(self._transport, name)


class HeaderTimeoutProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol (C parser), closing connections whose request head does not
    arrive in time: ``header_timeout`` seconds from the connection being made, or from the first
    byte of a request, to the end of its headers. Idle keep-alive connections are uvicorn's
    ``timeout_keep_alive``.

    ``header_timeout`` is per process: a worker sets it from its settings at start.
    """

    header_timeout = 20.0
    _header_timer: Optional[asyncio.TimerHandle] = None

    def connection_made(self, transport) -> None:  # noqa: ANN001
        super().connection_made(JoinedWrites(transport, self.loop))
        self._arm_header_timer()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm_header_timer()

    def on_headers_complete(self) -> None:
        self._cancel_header_timer()
        super().on_headers_complete()

    def connection_lost(self, exc) -> None:  # noqa: ANN001
        self._cancel_header_timer()
        super().connection_lost(exc)

    def _arm_header_timer(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout, self._header_timed_out)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_timed_out(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            log.info("closing a connection whose request head did not arrive within %.0f s", self.header_timeout)
            self.transport.close()
            self._unset_keepalive_if_required()


def header_timeout_protocol(timeout: float) -> type:
    """A protocol class for uvicorn whose request heads must arrive within ``timeout`` s."""
    return type("HeaderTimeoutProtocol", (HeaderTimeoutProtocol,), {"header_timeout": timeout})


class Config(uvicorn.Config):
    """uvicorn's configuration, its TLS context issuing one session ticket per handshake.

    TLS 1.3 servers send tickets after the handshake; OpenSSL sends two after a full one (one after
    a resumption). A desk keeps only the newest ticket (``desktop_app.sync.tls``), so the second is
    ~255 bytes of every full handshake that nobody uses -- on a 2G link, 20 ms of line time."""

    def load(self) -> None:
        super().load()
        if self.ssl is not None:
            self.ssl.num_tickets = TLS_TICKETS


#: Session tickets the server issues per TLS 1.3 handshake (see :class:`Config`).
TLS_TICKETS = 1


def _uvicorn_kwargs(settings, tls_cert: Optional[str], tls_key: Optional[str]) -> dict:
    return dict(
        host=settings.host, port=settings.port, log_level=settings.log_level, access_log=False,
        log_config=None,  # logging is configured by docflow-server (text or JSON lines)
        timeout_graceful_shutdown=5,
        # longer than any long-poll, so an idle keep-alive is not cut mid-reuse
        timeout_keep_alive=75,
        # no "server: uvicorn" line on every answer: nobody needs it, and on a 2G link each line counts
        server_header=False,
        ssl_certfile=tls_cert, ssl_keyfile=tls_key,
        proxy_headers=bool(settings.forwarded_allow_ips),
        forwarded_allow_ips=settings.forwarded_allow_ips or None,
    )


def uvicorn_config(app, settings, *, tls_cert: Optional[str] = None,
                   tls_key: Optional[str] = None) -> uvicorn.Config:
    """The uvicorn configuration of a one-process ``docflow-server serve`` (timeouts from ``settings``)."""
    return Config(app, http=header_timeout_protocol(settings.header_timeout_seconds),
                          **_uvicorn_kwargs(settings, tls_cert, tls_key))


def serve_workers(settings, *, tls_cert: Optional[str] = None, tls_key: Optional[str] = None) -> None:
    """Run ``settings.workers`` worker processes on one listening socket (uvicorn's supervisor).

    The parent binds the socket, then starts each worker as a fresh interpreter that builds its
    own application from the settings in the environment (``app.app_from_environment``), and
    restarts a worker that dies. The parent has migrated the database before. Worker processes
    share two private directories: the password-check slots and the metrics files.
    """
    import dataclasses
    import os
    import tempfile
    from pathlib import Path

    from uvicorn.supervisors.multiprocess import Multiprocess

    from circulation_server.app import SETTINGS_ENV
    from circulation_server.observability import MULTIPROC_ENV, start_metrics_listener

    with tempfile.TemporaryDirectory(prefix="docflow-server-") as run_dir:
        slots, metrics = Path(run_dir, "password-slots"), Path(run_dir, "metrics")
        slots.mkdir()
        metrics.mkdir()
        os.environ[SETTINGS_ENV] = dataclasses.replace(settings, password_slots_dir=str(slots)).to_json()
        os.environ[MULTIPROC_ENV] = str(metrics)
        config = Config("circulation_server.app:app_from_environment", factory=True,
                                workers=settings.workers, http=HeaderTimeoutProtocol,
                                **_uvicorn_kwargs(settings, tls_cert, tls_key))
        sock = config.bind_socket()
        if settings.metrics_port:  # the parent is idle: it answers for every worker, however busy they are
            start_metrics_listener(settings.metrics_host or settings.host, settings.metrics_port)
        try:
            Multiprocess(config, sockets=[sock]).run()
        finally:
            sock.close()
