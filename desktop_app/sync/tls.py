"""TLS for the sync client: verification always on, an optional pinned certificate, and session
resumption across the many short connections of a cut link (docs/sync.md, Security)."""
from __future__ import annotations

import logging
import os
import socket
import ssl
import threading
import weakref
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection
from urllib3.exceptions import ClosedPoolError

from desktop_app.errors import SyncError
from desktop_app.i18n import translate
from docflow_protocol import is_sha256_hex

log = logging.getLogger(__name__)


class ResumingContext(ssl.SSLContext):
    """A client TLS context that offers the server's last session ticket on every new connection.

    On a 2G link a full TLS 1.3 handshake costs the server's certificate and signature (~0.9 KB
    down with a one-certificate EC chain, several KB with a real RSA chain) on every reconnection
    -- and a cut link means a reconnection. A resumed handshake (PSK from the last session's
    ticket, with a fresh ECDHE share) skips them. Verification is unchanged: a ticket exists only
    after a fully verified handshake with this context (its CA and pin settings, this server),
    and urllib3 still checks the pinned fingerprint of every connection (a resumed session keeps
    the peer certificate). A server that no longer knows the ticket simply does a full handshake.
    """

    session: ssl.SSLSession | None = None

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True,  # noqa: ANN001, ANN201
                    suppress_ragged_eofs=True, server_hostname=None, session=None):
        if session is None and not server_side:
            session = self.session
        return super().wrap_socket(sock, server_side, do_handshake_on_connect, suppress_ragged_eofs,
                                   server_hostname, session)

    def keep(self, sock: Any) -> None:
        """Remember ``sock``'s session once it holds a ticket (TLS 1.3 sends tickets after the
        handshake, so they are there once the first answer has been read)."""
        if isinstance(sock, ssl.SSLSocket):
            try:
                sess = sock.session
            except (ValueError, OSError):
                return
            if sess is not None and sess.has_ticket:
                self.session = sess


# OpenSSL's SSL_OP_TLSEXT_PADDING (the ssl module names no constant for it).
_OP_TLSEXT_PADDING = 0x10
# TLS 1.2 suites offered (Mozilla's "intermediate" choice); TLS 1.3 is preferred anyway.
_TLS12_SUITES = "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM"

_CONTEXTS: dict[tuple, ResumingContext] = {}
_CONTEXTS_LOCK = threading.Lock()


def tls_context(base_url: str, verify: str | bool, pin: str | None) -> ResumingContext:
    """One context per server and trust settings, shared by the clients of this process (the
    engine makes new clients each cycle; they resume the sessions of the earlier ones). A CA
    bundle that changes on disk gets a fresh context: no session outlives the trust it was made under."""
    stamp = None
    if isinstance(verify, str):
        try:
            st = os.stat(verify)
            stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError:
            stamp = None
    key = (base_url, verify, pin, stamp)
    with _CONTEXTS_LOCK:
        ctx = _CONTEXTS.get(key)
        if ctx is None:
            ctx = ResumingContext(ssl.PROTOCOL_TLS_CLIENT)  # verify_mode CERT_REQUIRED, check_hostname on
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2
            ctx.options |= ssl.OP_NO_COMPRESSION
            # A short ClientHello (every reconnection after a cut sends one): no padding extension
            # (a workaround for a load balancer bug of 2014, ~250 bytes of zeros) and only the
            # forward-secret AEAD suites for TLS 1.2 (TLS 1.3's own suites are unchanged).
            ctx.options &= ~_OP_TLSEXT_PADDING
            ctx.set_ciphers(_TLS12_SUITES)
            if getattr(ctx, "post_handshake_auth", None) is not None:
                ctx.post_handshake_auth = True
            _CONTEXTS[key] = ctx  # the CA bundle (or the default one) is loaded by urllib3 per connection
        return ctx


class AbortableAdapter(HTTPAdapter):
    """An adapter whose pools remember the connections they lend, so that another thread can end
    the requests on them at once (:meth:`abort`): the sync engine's idle long-poll waits up to 25 s
    for the server's answer, and a cycle that leaves it must not leave it living out its wait on its
    thread with its connection."""

    def __init__(self, **kw: Any):
        self._lent: weakref.WeakSet = weakref.WeakSet()
        self._lent_lock = threading.Lock()
        self._aborted = False
        super().__init__(**kw)

    def init_poolmanager(self, *args: Any, **kw: Any) -> None:
        super().init_poolmanager(*args, **kw)
        new_pool = self.poolmanager._new_pool

        def lending_pool(*a: Any, **k: Any):  # noqa: ANN202 - an urllib3 HTTPConnectionPool
            pool = new_pool(*a, **k)
            get_conn = pool._get_conn

            def lend(timeout: float | None = None):  # noqa: ANN202 - an urllib3 HTTPConnection
                with self._lent_lock:
                    if self._aborted:  # requests answers this with a ConnectionError
                        raise ClosedPoolError(pool, "the client's requests were ended")
                    conn = get_conn(timeout)
                    self._lent.add(conn)
                return conn

            pool._get_conn = lend
            return pool

        self.poolmanager._new_pool = lending_pool

    def abort(self) -> int:
        """End every request of this adapter now and refuse new ones: the sockets of the connections
        its pools lent are shut down (a thread waiting on one for an answer gets end of file at
        once). Returns how many sockets were shut down; a connection still connecting has none yet
        (the caller tries again once its thread did not end)."""
        with self._lent_lock:
            self._aborted = True
            conns = list(self._lent)
        ended = 0
        for conn in conns:
            sock = getattr(conn, "sock", None)
            if sock is None:
                continue
            try:  # the plain socket's shutdown: an SSLSocket's would drop its TLS object under the reader
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
                ended += 1
            except OSError as exc:  # closed meanwhile: nothing waits on it
                log.debug("a connection was already closed when its request was ended: %s", exc)
        return ended


def abort_requests(session: Any) -> int:
    """End the requests of a client's ``requests.Session`` now, from any thread, and refuse new ones:
    a request waiting for its answer (the idle long-poll) fails at once (a TransientError from the
    client). Returns how many connections were cut (0: none was open yet, or none is left)."""
    return sum(a.abort() for a in session.adapters.values() if isinstance(a, AbortableAdapter))


class TLSAdapter(AbortableAdapter):
    """An adapter whose pool uses the resuming context and, if set, checks the peer certificate's
    SHA-256 (on top of normal verification)."""

    def __init__(self, context: ResumingContext, fingerprint: str | None = None, rcvbuf: int | None = None, **kw: Any):
        self._context = context
        self._fingerprint = fingerprint
        self._rcvbuf = rcvbuf
        super().__init__(**kw)

    def init_poolmanager(self, *args: Any, **kw: Any) -> None:
        kw["ssl_context"] = self._context
        if self._fingerprint:
            kw["assert_fingerprint"] = self._fingerprint
        if self._rcvbuf:  # a small receive buffer (bandwidth cap), set before the connection is made
            kw["socket_options"] = [*HTTPConnection.default_socket_options,
                                    (socket.SOL_SOCKET, socket.SO_RCVBUF, self._rcvbuf)]
        super().init_poolmanager(*args, **kw)


def normalize_fingerprint(value: str) -> str:
    """Return a SHA-256 fingerprint as 64 lower-case hex digits (colons and spaces allowed in)."""
    fp = value.replace(":", "").replace(" ", "").strip().lower()
    if not is_sha256_hex(fp):
        raise SyncError(translate("Sync", "The pinned server certificate fingerprint must be a SHA-256 (64 hex digits)."))
    return fp
