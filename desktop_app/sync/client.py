"""Protocol client for the circulation server (docs/protocol.md), on ``requests``.

One :class:`SyncClient` per server and workstation. It speaks JSON (gzip both ways),
tus 1.0 uploads that resume from the server's offset, and ``Range`` downloads that
resume from the bytes already on disk (those two in :mod:`~desktop_app.sync.file_transfer`;
TLS in :mod:`~desktop_app.sync.tls`). Everything the server sends is checked before
it is used: sizes are capped while reading, JSON shapes are validated, downloaded
bytes must hash to the SHA-256 that names them, and names from the server are never
used as paths. The shapes are checked by the validators both sides share (``docflow_protocol.answers``).

TLS: certificate verification is always on. ``ca_bundle`` adds an institution's own
CA (PEM file); ``pinned_sha256`` additionally requires the server certificate's
SHA-256 fingerprint to match.

Errors are :class:`SyncError` subclasses with a translated sentence; the bearer token
never appears in a message, a log line or an exception.

Over 500 lines on purpose: it is the one client of the protocol, each endpoint's request beside
the checks of its answer (the transfers, TLS and the pipe are modules of their own).
"""
from __future__ import annotations

import dataclasses
import gzip
import json
import logging
import os
import select
import ssl
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests
import urllib3
from urllib3.util import SKIP_HEADER

from desktop_app.errors import (  # noqa: F401 - re-exported: the client raises these
    AuthError, BadResponse, LoginThrottled, RequestRefused, SyncError, TLSError, TransientError,
)
from desktop_app.i18n import translate
from desktop_app.sync.address import check_server_url
from desktop_app.sync.file_transfer import DEFAULT_CHUNK, PROBE_CHUNK, FileTransfers, ProgressFn, UploadState  # noqa: F401
from desktop_app.sync.http import TokenBucket, checked, need, path_id, release, short
from desktop_app.sync.linkfit import LinkMeter
from desktop_app.sync.tls import AbortableAdapter, TLSAdapter, normalize_fingerprint, tls_context  # noqa: F401 - normalize_fingerprint re-exported
from docflow_protocol import (
    API_PREFIX, BRIEF_PARAM, FEED_OWN_FROM, FEED_OWN_TO, HEADER_WORKSTATION, INSTITUTION_SETTINGS_PATH, LEAD_FILE_PATH,
    LIMITS, OPS_BARE_QUERY, PUSH_FEED_CURSOR, PUSH_FEED_LIMIT, ErrorCode, answers, parse_decimal, validate_operation,
)

log = logging.getLogger(__name__)

#: Largest JSON response we accept (after gunzip): a full changes page is far smaller.
MAX_JSON_RESPONSE = 32 * 1024 * 1024
#: An op push of at most this many ops has an answer under the 500 bytes the server gzips from
#: (~140 bytes a brief result, more only for a conflict, which carries the document): it asks no gzip.
SHORT_ANSWER_OPS = 2
#: A Retry-After longer than this is not believed (a day).
_MAX_RETRY_AFTER = 24 * 3600
#: Sends a request elsewhere than the client's own connection and returns its answer, body read:
#: ``(method, path, headers, body) -> Response`` (the transfer pipe's ``pipeline.Calls.call``).
Via = Callable[[str, str, dict, bytes], requests.Response]


def wait_text(seconds: int) -> str:
    """A wait for a person: "45 s", or whole minutes (rounded up) from two minutes on."""
    if seconds < 120:
        return translate("Sync", "{n} s").format(n=seconds)
    return translate("Sync", "{n} min").format(n=-(-seconds // 60))


def _page_limit(limit: int) -> int:
    return max(1, min(int(limit), LIMITS.max_changes_page))


def _feed_query(cursor: int, limit: int, wait: int, own: tuple[int, int] | None) -> dict[str, int]:
    """The query of a feed page; with ``own``, the window of this desk's own echo (left out)."""
    query = {"cursor": int(cursor), "limit": _page_limit(limit), "wait": int(wait)}
    if own is not None:
        query[FEED_OWN_FROM], query[FEED_OWN_TO] = int(own[0]), int(own[1])
    return query


# ---------------------------------------------------------------------------------- results
@dataclasses.dataclass(frozen=True)
class LoginResult:
    """What a login returns; ``token`` is for the keyring only."""

    token: str = dataclasses.field(repr=False)
    expires_at: str
    workstation_id: str
    user: dict
    institution: dict


@dataclasses.dataclass(frozen=True)
class ChangesPage:
    changes: list[dict]
    next_cursor: int
    has_more: bool


# ---------------------------------------------------------------------------------- client
class SyncClient(FileTransfers):
    """Talks protocol v1 to one server for one workstation.

    Args:
        base_url: the server root, e.g. ``https://docflow.example.az`` (no ``/v1``).
        workstation_id: this workstation's id on the server.
        token: bearer token (from the keyring); ``login`` sets it.
        ca_bundle: path of a PEM file with the institution's CA certificates (else the system store).
        pinned_sha256: optional SHA-256 fingerprint the server certificate must have.
        timeout: (connect, read) seconds for each request.
        meter: the desk's measurements of its link (transfers report to it and follow its plan).
        caps: token buckets (up, down) of the bandwidth cap, shared by the desk's transfer connections.
    """

    def __init__(self, base_url: str, workstation_id: str, *, token: str | None = None,
                 ca_bundle: str | os.PathLike[str] | None = None, pinned_sha256: str | None = None,
                 timeout: tuple[float, float] = (15.0, 60.0), chunk_size: int = DEFAULT_CHUNK,
                 chunk_checksum: bool = False, meter: LinkMeter | None = None,
                 caps: tuple[TokenBucket | None, TokenBucket | None] = (None, None)):
        address = check_server_url(base_url)  # https://, or plain http:// to a test server on this computer only
        base_url = address.url
        self.base_url = base_url
        self.test_server = address.test
        self.workstation_id = workstation_id
        self._token = token
        self.timeout = timeout
        self.chunk_size = chunk_size
        self.chunk_checksum = chunk_checksum
        self.meter = meter
        self.cap_up, self.cap_down = caps
        self.requests_made = 0
        #: Called whenever the server answered (any status): the link is up. The engine's "online".
        self.on_answer: Callable[[], None] | None = None
        self.max_json_response = MAX_JSON_RESPONSE
        self.http = requests.Session()
        # Only the headers that matter: on 100 kbit/s every header line of every request counts.
        self.http.headers.clear()
        self.http.headers["Accept-Encoding"] = "gzip"
        self.http.headers["User-Agent"] = SKIP_HEADER  # the protocol needs none (and urllib3 would add its own)
        if ca_bundle:
            if not Path(ca_bundle).is_file():
                raise SyncError(translate("Sync", "The CA bundle {path} does not exist.").format(path=ca_bundle))
            self._verify: str | bool = str(ca_bundle)
        else:
            self._verify = True  # never False: verification is always on
        pin = normalize_fingerprint(pinned_sha256) if pinned_sha256 else None
        self._tls = tls_context(base_url, self._verify, pin)
        # Under a cap the kernel keeps only a little of what the server sends ahead of our reads, so
        # the sender feels the cap (a large receive window would let the link run at full speed).
        rcvbuf = max(16384, int(self.cap_down.burst) * 2) if self.cap_down is not None else None
        self.http.mount("https://", TLSAdapter(self._tls, pin, rcvbuf=rcvbuf))
        self.http.mount("http://", AbortableAdapter())  # a test server here; tls.abort_requests ends both
        self._warmed: Any = None  # a socket warm() opened for a pipe (take_warmed)

    # ----------------------------------------------------------------- plumbing
    @property
    def has_token(self) -> bool:
        return bool(self._token)

    def set_token(self, token: str | None) -> None:
        self._token = token

    def close(self) -> None:
        sock = self.take_warmed()
        if sock is not None:
            sock.close()
        self.http.close()

    def warm(self, wait_tickets: float = 3.0) -> None:
        """Open this client's connection now (TCP and TLS, no request), so its first request does
        not pay the handshake's round trips: the engine warms the transfer connection while the op
        push and the feed page are on the wire. The TLS 1.3 session tickets the server sends after
        the handshake are read here (up to ``wait_tickets`` s): unread, they would make urllib3
        take the idle connection for a dropped one. ``wait_tickets=0``: the connection is for a
        :class:`~desktop_app.sync.pipeline.Pipe`, which reads them itself; it is kept for the pipe
        (:meth:`take_warmed`) as the handshake ends -- the tickets come a round trip later, and the
        first request need not wait for them. A failure is only logged; the first request then
        connects as usual."""
        url = self.base_url + "/"
        try:
            pool = self.http.get_adapter(url).get_connection_with_tls_context(
                requests.Request("GET", url).prepare(), self._verify)
            conn = pool._get_conn()  # urllib3's pool: the connection the next request will take
            try:
                conn.connect()
                if wait_tickets <= 0:  # for the pipe, as it is (urllib3's pool would take unread tickets for a drop)
                    self._warmed, conn.sock = conn.sock, None
                elif isinstance(conn.sock, ssl.SSLSocket):
                    self._read_tickets(conn.sock, wait_tickets)
                    self._tls.keep(conn.sock)
            except BaseException:
                conn.close()
                raise
            finally:
                pool._put_conn(conn)
        except (OSError, ssl.SSLError, urllib3.exceptions.HTTPError, requests.RequestException) as exc:
            log.info("could not open a connection ahead of the transfers (%s); the first request will", short(str(exc)))

    def take_warmed(self) -> Any:
        """The socket ``warm(wait_tickets=0)`` opened (once), or None."""
        sock, self._warmed = self._warmed, None
        return sock

    @staticmethod
    def _read_tickets(sock, wait: float) -> None:  # noqa: ANN001 - ssl.SSLSocket
        """Process what the server sent after the handshake (TLS 1.3 session tickets) until a new
        ticket is in (a resumed connection starts with the old one) or ``wait`` s passed;
        ConnectionError if the server closed or spoke first."""
        deadline = time.monotonic() + wait
        first = sock.session
        timeout = sock.gettimeout()
        sock.setblocking(False)
        try:
            while True:
                try:  # handshake messages only: OpenSSL handles them and finds no application data
                    if not sock.recv(1):
                        raise ConnectionError("closed by the server")
                    raise ConnectionError("the server spoke first")
                except ssl.SSLWantReadError:
                    pass
                left = deadline - time.monotonic()
                now = sock.session
                if (now is not None and now.has_ticket and now != first) or left <= 0:
                    return
                if not select.select([sock], [], [], left)[0]:
                    return
        finally:
            sock.settimeout(timeout)

    def _headers(self, extra: dict | None = None, auth: bool = True) -> dict:
        h = {HEADER_WORKSTATION: self.workstation_id}
        if auth:
            if not self._token:
                raise AuthError(translate("Sync", "Not logged in to the server: log in to synchronise."),
                                code=ErrorCode.UNAUTHENTICATED.value)
            h["Authorization"] = f"Bearer {self._token}"
        if extra:
            h.update(extra)
        return h

    def _url(self, path: str) -> str:
        return self.base_url + path

    def _send(self, method: str, path: str, *, auth: bool = True, headers: dict | None = None,
              timeout: tuple[float, float] | None = None, **kw: Any) -> requests.Response:
        url = path if path.startswith(("http://", "https://")) else self._url(path)
        if not url.startswith(self.base_url + "/"):  # an absolute URL may only point at this same server
            raise BadResponse(translate("Sync", "The server named an address outside itself; not following it."))
        self.requests_made += 1
        try:
            r = self.http.request(method, url, headers=self._headers(headers, auth), stream=True,
                                  timeout=timeout or self.timeout, allow_redirects=False,
                                  verify=self._verify, **kw)
            self._tls.keep(getattr(getattr(r.raw, "_connection", None), "sock", None))
            if self.on_answer is not None:
                self.on_answer()
            return r
        except requests.exceptions.SSLError as exc:
            raise self.connection_failure(exc) from None
        except requests.exceptions.Timeout:
            raise TransientError(translate("Sync", "The server did not answer in time.")) from None
        except requests.exceptions.ConnectionError as exc:
            raise TransientError(translate("Sync", "No connection to the server ({reason}).").format(
                reason=short(str(exc)))) from None
        except requests.exceptions.RequestException as exc:
            raise TransientError(translate("Sync", "The request failed ({reason}).").format(reason=short(str(exc)))) from None

    @staticmethod
    def connection_failure(exc: BaseException) -> SyncError:
        """The error for a connection that could not be made: TLSError when the server's
        certificate is not trusted or not the pinned one, else TransientError (the link)."""
        reason = str(exc)
        if "Fingerprints did not match" in reason or "fingerprint" in reason.lower():
            return TLSError(translate("Sync", "The server's certificate does not match the pinned fingerprint; "
                                              "not connecting."))
        if isinstance(exc, ssl.SSLError | urllib3.exceptions.SSLError | requests.exceptions.SSLError) and (
                "certificate verify failed" in reason.lower() or "hostname" in reason.lower()):
            return TLSError(translate("Sync", "The server's certificate is not trusted ({reason}).").format(
                reason=short(reason)))
        if isinstance(exc, ssl.SSLError | urllib3.exceptions.SSLError | requests.exceptions.SSLError):
            # A TLS record cut short (EOF, reset mid-handshake) is the link failing, not trust.
            return TransientError(translate("Sync", "The secure connection broke ({reason}).").format(reason=short(reason)))
        return TransientError(translate("Sync", "No connection to the server ({reason}).").format(reason=short(reason)))

    def _read_body(self, r: requests.Response, limit: int) -> bytes:
        declared = r.headers.get("Content-Length")
        if declared and declared.isdigit() and r.headers.get("Content-Encoding", "identity") == "identity" and int(declared) > limit:
            r.close()
            raise BadResponse(translate("Sync", "The server's answer is too large ({size} bytes; at most {limit}).").format(
                size=declared, limit=limit))
        out = bytearray()
        try:
            for chunk in r.iter_content(65536):
                out += chunk
                if len(out) > limit:
                    r.close()
                    raise BadResponse(translate("Sync", "The server's answer is too large (over {limit} bytes).").format(limit=limit))
        except requests.exceptions.RequestException as exc:
            r.close()
            raise TransientError(translate("Sync", "The connection broke while reading the answer ({reason}).").format(
                reason=short(str(exc)))) from None
        return bytes(out)

    def _json(self, r: requests.Response) -> Any:
        body = self._read_body(r, self.max_json_response)
        try:
            return json.loads(body)
        except ValueError:
            raise BadResponse(translate("Sync", "The server sent an answer that is not valid JSON.")) from None

    def _raise_for(self, r: requests.Response) -> None:
        """Turn a non-2xx response into the right SyncError (reads the small error body)."""
        if r.status_code < 300:
            return
        code, message, body = "", "", None
        if r.request.method != "HEAD":
            try:
                body = json.loads(self._read_body(r, 256 * 1024) or b"null")
                err = body.get("error", {}) if isinstance(body, dict) else {}
                code = str(err.get("code", ""))[:64]
                message = str(err.get("message", ""))[:500]
            except (SyncError, ValueError, AttributeError):
                pass
        r.close()
        st = r.status_code
        detail = message or f"HTTP {st}"
        if st == 429 and code == ErrorCode.LOGIN_THROTTLED.value:
            wait = parse_decimal(r.headers.get("Retry-After", ""), _MAX_RETRY_AFTER)
            if wait:
                text = translate("Sync", "Too many failed logins; the server asks to wait {wait} before the next "
                                         "try.").format(wait=wait_text(wait))
            else:
                text = translate("Sync", "Too many failed logins; wait a little before the next try.")
            raise LoginThrottled(text, retry_after=wait or None, code=code, status=st)
        if st >= 500 or st == 429 or st == 408:
            wait = parse_decimal(r.headers.get("Retry-After", ""), _MAX_RETRY_AFTER) if st in (429, 503) else None
            if wait:
                exc = TransientError(translate("Sync", "The server is busy; it asks to wait {wait} before the next "
                                                       "try.").format(wait=wait_text(wait)), code=code, status=st)
                exc.retry_after = wait
                raise exc
            raise TransientError(translate("Sync", "The server is having trouble ({detail}); will retry.").format(detail=detail),
                                 code=code, status=st)
        if st in (401, 403) and (not code or code in answers.LOG_IN_AGAIN):
            if code == ErrorCode.BAD_CREDENTIALS.value:
                text = translate("Sync", "The server refused the user name or password (or this workstation).")
            elif code == ErrorCode.WORKSTATION_DISABLED.value:
                text = translate("Sync", "This workstation has been disabled on the server.")
            else:
                text = translate("Sync", "The server no longer accepts this login ({detail}); log in again.").format(detail=detail)
            raise AuthError(text, code=code, status=st)
        raise RequestRefused(translate("Sync", "The server refused the request: {detail}").format(detail=detail),
                             code=code, status=st, body=body)

    def _post_json(self, path: str, body: Any, *, auth: bool = True, ok: tuple[int, ...] = (200, 201),
                   via: Via | None = None, small: bool = False) -> Any:
        """``small``: the answer is known to be short (the server gzips none under 500 bytes): on the
        pipe, no ``Accept-Encoding`` (23 bytes of each op push made along the uploads)."""
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        data = gzip.compress(raw, compresslevel=6)
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        if via is None:
            r = self._send("POST", path, auth=auth, data=data, headers=headers)
        else:  # on the transfer pipe (its answer's body read, gzip undone)
            r = via("POST", path, {**headers, "Content-Length": str(len(data)),
                                   **({} if small else {"Accept-Encoding": "gzip"})}, data)
        self._raise_for(r)
        if r.status_code not in ok:
            r.close()
            need(False, f"unexpected HTTP status {r.status_code} for {path}")
        return self._json(r)

    def _get_json(self, path: str, *, auth: bool = True, params: dict | None = None,
                  timeout: tuple[float, float] | None = None) -> Any:
        r = self._send("GET", path, auth=auth, params=params, timeout=timeout)
        self._raise_for(r)
        return self._json(r)

    # ---------------------------------------------------------------------- auth
    def health(self) -> bool:
        """True when the server answers its health check (no login needed)."""
        body = self._get_json(API_PREFIX + "/health", auth=False, timeout=(10.0, 15.0))
        return isinstance(body, dict) and body.get("status") == "ok"

    def latest_release(self, platform: str) -> dict | None:
        """The newest release the server announces for ``platform`` (docs/protocol.md §13), or
        None; no login needed. Only the notice: nothing is ever downloaded from it."""
        from docflow_protocol.releases import RELEASES_PATH

        body = self._get_json(RELEASES_PATH, auth=False, params={"platform": platform}, timeout=(10.0, 15.0))
        need(isinstance(body, dict) and "release" in body, "the release answer has no 'release'")
        need(body["release"] is None or isinstance(body["release"], dict), "the release is not an object")
        return body["release"]

    def login(self, username: str, password: str, ttl_seconds: int | None = None) -> LoginResult:
        """Log in from this workstation; keeps the token in memory and returns it for the keyring."""
        body: dict[str, Any] = {"username": username, "password": password, "workstation_id": self.workstation_id}
        if ttl_seconds:
            body["ttl_seconds"] = int(ttl_seconds)
        try:
            data = self._post_json(API_PREFIX + "/auth/login", body, auth=False)
        except RequestRefused as exc:
            if exc.status in (404, 405):  # something answers there, but not a Docflow server's login
                raise RequestRefused(translate("Sync", "No Docflow server answers at {url}; check the address (as the "
                                                       "server prints it, it ends in /v1).").format(url=self.base_url),
                                     code="", status=exc.status, body=exc.body) from None  # our sentence, not the code's
            raise
        with checked():
            answers.login(data, self.workstation_id)
        self._token = data["token"]
        return LoginResult(data["token"], str(data.get("expires_at", "")), data["workstation_id"], data["user"],
                           data["institution"])

    def logout(self) -> None:
        r = self._send("POST", API_PREFIX + "/auth/logout")
        if r.status_code not in (204, 401):
            self._raise_for(r)
        release(r)
        self._token = None

    def me(self) -> dict:
        with checked():
            return answers.me(self._get_json(API_PREFIX + "/auth/me"))

    # ----------------------------------------------------------------- directory
    def institution_settings(self) -> dict:
        """The institution's signing settings (``GET /v1/institution/settings``), checked and completed."""
        with checked():
            return answers.institution_settings(self._get_json(INSTITUTION_SETTINGS_PATH))

    def journals(self) -> list[dict]:
        with checked():
            return answers.journals(self._get_json(API_PREFIX + "/journals"))

    def institutions(self) -> list[dict]:
        with checked():
            return answers.institutions(self._get_json(API_PREFIX + "/institutions"))

    def users(self) -> list[dict]:
        with checked():
            return answers.users(self._get_json(API_PREFIX + "/users"))

    def document(self, doc_id: str) -> dict:
        with checked():
            return answers.document_state(self._get_json(f"{API_PREFIX}/documents/{path_id(doc_id)}"))

    # ----------------------------------------------------------------------- ops
    def push_ops(self, ops: list[dict], via: Via | None = None) -> list[dict]:
        """Push one batch (≤ 100 ops); return one validated result per op, in order. ``via``: send
        it on the transfer pipe (``pipeline.Calls.call``) instead of this client's own connection."""
        return self.push_ops_feed(ops, via)[0]

    def push_ops_feed(self, ops: list[dict], via: Via | None = None,
                      feed: tuple[int, int, tuple[int, int] | None] | None = None) -> tuple[list[dict], ChangesPage | None]:
        """:meth:`push_ops`; with ``feed`` = (cursor, limit, own-echo window), the answer also brings the
        feed page after the cursor, read once the batch is in (docs/protocol.md §5): (results, page),
        the page None when the server did not bring it (a server from before)."""
        if not ops:
            return [], None
        if len(ops) > LIMITS.max_ops_per_batch:
            raise SyncError(translate("Sync", "At most {n} operations fit in one batch.").format(n=LIMITS.max_ops_per_batch))
        for i, op in enumerate(ops):
            problems = validate_operation(op, i)
            if problems:
                path, reason = problems[0]
                raise RequestRefused(translate("Sync", "Operation {op} is not valid: {path} {reason}.").format(
                    op=op.get("op_id"), path=path, reason=reason), code=ErrorCode.INVALID_PAYLOAD.value)
        path = f"{API_PREFIX}/ops?{OPS_BARE_QUERY}"  # results without the fields at their default nor the ops' ids
        if feed is not None:
            cursor, limit, own = feed
            query = {PUSH_FEED_CURSOR: int(cursor), PUSH_FEED_LIMIT: _page_limit(limit)}
            if own is not None:
                query[FEED_OWN_FROM], query[FEED_OWN_TO] = int(own[0]), int(own[1])
            path += "&" + urllib.parse.urlencode(query)
        data = self._post_json(path, {"ops": ops}, via=via, small=feed is None and len(ops) <= SHORT_ANSWER_OPS)
        with checked():
            results = answers.op_results(data, ops, by_place=True)
            page = None
            if feed is not None and isinstance(data, dict) and data.get("feed") is not None:
                page = ChangesPage(*answers.changes_page(data["feed"], feed[0], _page_limit(feed[1])))
            return results, page

    def changes(self, cursor: int, limit: int = 100, wait: int = 0, own: tuple[int, int] | None = None) -> ChangesPage:
        """One page of the changes feed after ``cursor`` (``wait`` > 0 long-polls). ``own``: the
        feed numbers of this desk's own changes it holds the answers of (``store.own_echo``); the
        server leaves out their echo (docs/protocol.md §6)."""
        wait = max(0, min(int(wait), LIMITS.max_wait_seconds))
        data = self._get_json(API_PREFIX + "/changes", params=_feed_query(cursor, limit, wait, own),
                              timeout=(self.timeout[0], self.timeout[1] + wait))
        with checked():
            return ChangesPage(*answers.changes_page(data, cursor, _page_limit(limit)))

    def changes_request(self, cursor: int, limit: int = 100, own: tuple[int, int] | None = None) -> tuple[str, str, dict, bytes]:
        """The request of one feed page (no long-poll) for the transfer pipe (``pipeline.Calls.submit``);
        its answer goes to :meth:`changes_answer`."""
        query = urllib.parse.urlencode(_feed_query(cursor, limit, 0, own))
        return "GET", f"{API_PREFIX}/changes?{query}", {"Accept-Encoding": "gzip"}, b""

    def lead_request(self, cursor: int, limit: int = 100) -> tuple[str, str, dict, bytes]:
        """The request of the lead file of the feed page from ``cursor`` (docs/protocol.md §6.1), pipelined
        behind that page's request; its answer is read as a download (``downloads.Downloader.ahead``)."""
        query = urllib.parse.urlencode({"cursor": int(cursor), "limit": _page_limit(limit), BRIEF_PARAM: 1})
        _, headers = self.download_ask(0, None, self.plan().record)
        return "GET", f"{API_PREFIX}{LEAD_FILE_PATH}?{query}", headers, b""

    def changes_answer(self, r: requests.Response, cursor: int, limit: int = 100) -> ChangesPage:
        """The page a :meth:`changes_request` answered, checked as :meth:`changes` checks its own."""
        self._raise_for(r)
        need(r.status_code == 200, f"unexpected HTTP status {r.status_code} for the changes feed")
        with checked():
            return ChangesPage(*answers.changes_page(self._json(r), cursor, _page_limit(limit)))

    # --------------------------------------------------------------- numbers
    def lease_block(self, journal_id: str, size: int, request_id: str, year: int) -> dict:
        data = self._post_json(f"{API_PREFIX}/journals/{path_id(journal_id)}/blocks",
                               {"size": int(size), "request_id": request_id, "year": int(year)})
        with checked():
            return answers.block(data, self.workstation_id)

    def file_plan(self) -> list[dict]:
        """Every case of the institution's file plan (all years)."""
        return self.file_plan_since(None)[0] or []

    def file_plan_since(self, etag: str | None, answer: requests.Response | None = None) -> tuple[list[dict] | None, str | None]:
        """The file plan unless it is still the one ``etag`` names: (cases, ETag), or (None, ETag)
        when the server answers 304 Not Modified -- a few hundred bytes instead of every case.
        ``answer``: the answer to :meth:`file_plan_request` (asked on the transfer pipe), read here."""
        _, path, headers, _ = self.file_plan_request(etag)
        r = answer if answer is not None else self._send("GET", path, headers=headers)
        if r.status_code == 304:
            release(r)  # back to the pool: r.close() ended the connection, and the feed request after it opened another
            return None, etag
        self._raise_for(r)
        with checked():
            return answers.file_plan(self._json(r)), r.headers.get("ETag")

    def file_plan_request(self, etag: str | None) -> tuple[str, str, dict, bytes]:
        """The request of :meth:`file_plan_since` for the transfer pipe (``pipeline.Calls.submit``)."""
        return "GET", API_PREFIX + "/file-plan", {"Accept-Encoding": "gzip", **({"If-None-Match": etag} if etag else {})}, b""

    def put_case(self, case_id: str, body: dict) -> dict:
        """Create or change one case (``base_version`` = the version last seen); a 409 raises RequestRefused."""
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        r = self._send("PUT", f"{API_PREFIX}/file-plan/cases/{path_id(case_id)}", data=raw,
                       headers={"Content-Type": "application/json"})
        self._raise_for(r)
        return self._json(r)

    def put_journal_format(self, journal_id: str, fmt: str) -> dict:
        """Change a journal's number format (administrators); a refusal raises RequestRefused."""
        raw = json.dumps({"format": fmt}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        r = self._send("PUT", f"{API_PREFIX}/journals/{path_id(journal_id)}/format", data=raw,
                       headers={"Content-Type": "application/json"})
        self._raise_for(r)
        with checked():
            return answers.journals({"journals": [self._json(r)]})[0]

    def number_blocks(self) -> list[dict]:
        with checked():
            return answers.blocks(self._get_json(API_PREFIX + "/number-blocks"))
