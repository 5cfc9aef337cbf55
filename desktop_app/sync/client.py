"""Protocol client for the circulation server (docs/protocol.md), on ``requests``.

One :class:`SyncClient` per server and workstation. It speaks JSON (gzip both ways),
tus 1.0 uploads that resume from the server's offset, and ``Range`` downloads that
resume from the bytes already on disk. Everything the server sends is checked before
it is used: sizes are capped while reading, JSON shapes are validated, downloaded
bytes must hash to the SHA-256 that names them, and names from the server are never
used as paths.

TLS: certificate verification is always on. ``ca_bundle`` adds an institution's own
CA (PEM file); ``pinned_sha256`` additionally requires the server certificate's
SHA-256 fingerprint to match.

Errors are :class:`SyncError` subclasses with a translated sentence; the bearer token
never appears in a message, a log line or an exception.
"""
from __future__ import annotations

import base64
import dataclasses
import gzip
import hashlib
import json
import os
import ssl
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import requests
from requests.adapters import HTTPAdapter
from urllib3.util import SKIP_HEADER

from desktop_app.errors import (  # noqa: F401 - re-exported: the client raises these
    AuthError, BadResponse, LoginThrottled, RequestRefused, SyncError, TLSError, TransientError,
)
from desktop_app.i18n import translate
from docflow_protocol import (
    API_PREFIX,
    HEADER_WORKSTATION,
    LIMITS,
    TUS_VERSION,
    ErrorCode,
    is_sha256_hex,
    parse_decimal,
    validate_operation,
)

ProgressFn = Callable[[int, int], None]

#: Largest JSON response we accept (after gunzip): a full changes page is far smaller.
MAX_JSON_RESPONSE = 32 * 1024 * 1024
#: Bytes sent per tus PATCH. Large, because every PATCH costs a round trip on a slow link;
#: a cut loses nothing (the server keeps what reached it, HEAD says where to go on).
DEFAULT_CHUNK = 1024 * 1024
#: First PATCH after a resume (see SyncClient.upload): empty. It waits for the server's lock on
#: the upload (so a broken request still settling there is finished first) and answers with the
#: true offset (204, or 409 naming it) -- a HEAD that cannot be stale, at no byte of file data.
PROBE_CHUNK = 0
#: tus requests: their answers have no body, so no Accept-Encoding at all (urllib3 would otherwise
#: add "Accept-Encoding: identity"; every header line of every request counts on a 2G link).
_TUS = {"Tus-Resumable": TUS_VERSION, "Accept-Encoding": SKIP_HEADER}


#: A Retry-After longer than this is not believed (a day).
_MAX_RETRY_AFTER = 24 * 3600


def wait_text(seconds: int) -> str:
    """A wait for a person: "45 s", or whole minutes (rounded up) from two minutes on."""
    if seconds < 120:
        return translate("Sync", "{n} s").format(n=seconds)
    return translate("Sync", "{n} min").format(n=-(-seconds // 60))


# --------------------------------------------------------------------- TLS: resumption, pin
class _ResumingContext(ssl.SSLContext):
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


_CONTEXTS: dict[tuple, _ResumingContext] = {}
_CONTEXTS_LOCK = threading.Lock()


def _tls_context(base_url: str, verify: str | bool, pin: str | None) -> _ResumingContext:
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
            ctx = _ResumingContext(ssl.PROTOCOL_TLS_CLIENT)  # verify_mode CERT_REQUIRED, check_hostname on
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2
            ctx.options |= ssl.OP_NO_COMPRESSION
            if getattr(ctx, "post_handshake_auth", None) is not None:
                ctx.post_handshake_auth = True
            _CONTEXTS[key] = ctx  # the CA bundle (or the default one) is loaded by urllib3 per connection
        return ctx


class _TLSAdapter(HTTPAdapter):
    """An adapter whose pool uses the resuming context and, if set, checks the peer certificate's
    SHA-256 (on top of normal verification)."""

    def __init__(self, context: _ResumingContext, fingerprint: str | None = None, **kw: Any):
        self._context = context
        self._fingerprint = fingerprint
        super().__init__(**kw)

    def init_poolmanager(self, *args: Any, **kw: Any) -> None:
        kw["ssl_context"] = self._context
        if self._fingerprint:
            kw["assert_fingerprint"] = self._fingerprint
        super().init_poolmanager(*args, **kw)


def normalize_fingerprint(value: str) -> str:
    """Return a SHA-256 fingerprint as 64 lower-case hex digits (colons and spaces allowed in)."""
    fp = value.replace(":", "").replace(" ", "").strip().lower()
    if not is_sha256_hex(fp):
        raise SyncError(translate("Sync", "The pinned server certificate fingerprint must be a SHA-256 (64 hex digits)."))
    return fp


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


@dataclasses.dataclass(frozen=True)
class UploadState:
    """Where a tus upload stands: its URL on the server and the bytes the server holds."""

    url: str
    offset: int
    length: int


# ------------------------------------------------------------------------------ validation
def _need(cond: bool, what: str) -> None:
    if not cond:
        raise BadResponse(translate("Sync", "The server sent an invalid answer: {what}.").format(what=what))


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def validate_document_state(doc: Any, where: str = "document") -> dict:
    """Check the parts of a document state (§5.2) the client relies on; return it."""
    _need(isinstance(doc, dict), f"{where} is not an object")
    _need(isinstance(doc.get("id"), str) and len(doc["id"]) <= 64, f"{where}.id is missing")
    _need(_is_int(doc.get("version")) and doc["version"] >= 0, f"{where}.version is not a number")
    _need(isinstance(doc.get("fields", {}), dict), f"{where}.fields is not an object")
    files = doc.get("files", [])
    _need(isinstance(files, list), f"{where}.files is not a list")
    for i, f in enumerate(files):
        _need(isinstance(f, dict) and is_sha256_hex(f.get("sha256")), f"{where}.files[{i}].sha256 is not a SHA-256")
        _need(_is_int(f.get("size")) and 0 <= f["size"] <= LIMITS.max_file_size, f"{where}.files[{i}].size is out of range")
    for key in ("registration", "route", "origin"):
        _need(doc.get(key) is None or isinstance(doc[key], dict), f"{where}.{key} is not an object")
    for key in ("resolutions", "signatures", "dispatches"):
        _need(isinstance(doc.get(key, []), list), f"{where}.{key} is not a list")
    return doc


def _validate_result(r: Any, op: dict, i: int) -> dict:
    _need(isinstance(r, dict), f"results[{i}] is not an object")
    _need(r.get("op_id") == op["op_id"], f"results[{i}] answers another operation")
    _need(r.get("status") in ("applied", "conflict", "rejected", "deferred"), f"results[{i}].status is unknown")
    if r["status"] == "applied":
        _need(_is_int(r.get("version")), f"results[{i}].version is missing")
        _need(isinstance(r.get("result", {}), dict), f"results[{i}].result is not an object")
    else:
        err = r.get("error")
        _need(isinstance(err, dict) and isinstance(err.get("code"), str), f"results[{i}].error is missing")
        if r["status"] == "conflict" and err.get("current") is not None:
            validate_document_state(err["current"], f"results[{i}].error.current")
    return r


def _validate_change(c: Any, i: int) -> dict:
    _need(isinstance(c, dict), f"changes[{i}] is not an object")
    _need(_is_int(c.get("seq")), f"changes[{i}].seq is not a number")
    _need(isinstance(c.get("kind"), str), f"changes[{i}].kind is missing")
    _need(isinstance(c.get("doc_id"), str), f"changes[{i}].doc_id is missing")
    if c.get("document") is not None:
        validate_document_state(c["document"], f"changes[{i}].document")
    _need(c.get("receipt") is None or isinstance(c["receipt"], dict), f"changes[{i}].receipt is not an object")
    return c


# ---------------------------------------------------------------------------------- client
class SyncClient:
    """Talks protocol v1 to one server for one workstation.

    Args:
        base_url: the server root, e.g. ``https://docflow.example.az`` (no ``/v1``).
        workstation_id: this workstation's id on the server.
        token: bearer token (from the keyring); ``login`` sets it.
        ca_bundle: path of a PEM file with the institution's CA certificates (else the system store).
        pinned_sha256: optional SHA-256 fingerprint the server certificate must have.
        timeout: (connect, read) seconds for each request.
    """

    def __init__(self, base_url: str, workstation_id: str, *, token: str | None = None,
                 ca_bundle: str | os.PathLike[str] | None = None, pinned_sha256: str | None = None,
                 timeout: tuple[float, float] = (15.0, 60.0), chunk_size: int = DEFAULT_CHUNK,
                 chunk_checksum: bool = False):
        base_url = (base_url or "").strip().rstrip("/")
        if not base_url.startswith(("https://", "http://")):
            raise SyncError(translate("Sync", "The server address must start with https:// (got {url!r}).").format(url=base_url))
        self.base_url = base_url
        self.workstation_id = workstation_id
        self._token = token
        self.timeout = timeout
        self.chunk_size = chunk_size
        self.chunk_checksum = chunk_checksum
        self.requests_made = 0
        #: Called whenever the server answered (any status): the link is up. The engine's "online".
        self.on_answer: Callable[[], None] | None = None
        self.max_json_response = MAX_JSON_RESPONSE
        self.http = requests.Session()
        # Only the headers that matter: on 100 kbit/s every header line of every request counts.
        self.http.headers.clear()
        self.http.headers["Accept-Encoding"] = "gzip"
        self.http.headers["User-Agent"] = "Docflow/1"
        if ca_bundle:
            if not Path(ca_bundle).is_file():
                raise SyncError(translate("Sync", "The CA bundle {path} does not exist.").format(path=ca_bundle))
            self._verify: str | bool = str(ca_bundle)
        else:
            self._verify = True  # never False: verification is always on
        pin = normalize_fingerprint(pinned_sha256) if pinned_sha256 else None
        self._tls = _tls_context(base_url, self._verify, pin)
        self.http.mount("https://", _TLSAdapter(self._tls, pin))

    # ----------------------------------------------------------------- plumbing
    @property
    def has_token(self) -> bool:
        return bool(self._token)

    def set_token(self, token: str | None) -> None:
        self._token = token

    def close(self) -> None:
        self.http.close()

    def _headers(self, extra: dict | None = None, auth: bool = True) -> dict:
        h = {HEADER_WORKSTATION: self.workstation_id}
        if auth:
            if not self._token:
                raise AuthError(translate("Sync", "Not logged in to the server: log in to synchronise."), code="unauthenticated")
            h["Authorization"] = f"Bearer {self._token}"
        if extra:
            h.update(extra)
        return h

    def _url(self, path: str) -> str:
        return self.base_url + path

    def _send(self, method: str, path: str, *, auth: bool = True, headers: dict | None = None,
              timeout: tuple[float, float] | None = None, **kw: Any) -> requests.Response:
        url = path if path.startswith(("http://", "https://")) else self._url(path)
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
            reason = str(exc)
            if "Fingerprints did not match" in reason or "fingerprint" in reason.lower():
                raise TLSError(translate("Sync", "The server's certificate does not match the pinned fingerprint; "
                                                 "not connecting.")) from None
            if "certificate verify failed" in reason.lower() or "hostname" in reason.lower():
                raise TLSError(translate("Sync", "The server's certificate is not trusted ({reason}).").format(
                    reason=_short(reason))) from None
            # A TLS record cut short (EOF, reset mid-handshake) is the link failing, not trust.
            raise TransientError(translate("Sync", "The secure connection broke ({reason}).").format(
                reason=_short(reason))) from None
        except requests.exceptions.Timeout:
            raise TransientError(translate("Sync", "The server did not answer in time.")) from None
        except requests.exceptions.ConnectionError as exc:
            raise TransientError(translate("Sync", "No connection to the server ({reason}).").format(
                reason=_short(str(exc)))) from None
        except requests.exceptions.RequestException as exc:
            raise TransientError(translate("Sync", "The request failed ({reason}).").format(reason=_short(str(exc)))) from None

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
                reason=_short(str(exc)))) from None
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
            raise TransientError(translate("Sync", "The server is having trouble ({detail}); will retry.").format(detail=detail),
                                 code=code, status=st)
        if st in (401, 403) and code in ("", "unauthenticated", "token_expired", "token_revoked", "workstation_mismatch",
                                         "bad_credentials", "workstation_disabled"):
            if code == "bad_credentials":
                text = translate("Sync", "The server refused the user name or password (or this workstation).")
            elif code == "workstation_disabled":
                text = translate("Sync", "This workstation has been disabled on the server.")
            else:
                text = translate("Sync", "The server no longer accepts this login ({detail}); log in again.").format(detail=detail)
            raise AuthError(text, code=code, status=st)
        raise RequestRefused(translate("Sync", "The server refused the request: {detail}").format(detail=detail),
                             code=code, status=st, body=body)

    def _post_json(self, path: str, body: Any, *, auth: bool = True, ok: tuple[int, ...] = (200, 201)) -> Any:
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        data = gzip.compress(raw, compresslevel=6)
        r = self._send("POST", path, auth=auth, data=data,
                       headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})
        self._raise_for(r)
        if r.status_code not in ok:
            r.close()
            _need(False, f"unexpected HTTP status {r.status_code} for {path}")
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
        _need(isinstance(body, dict) and "release" in body, "the release answer has no 'release'")
        _need(body["release"] is None or isinstance(body["release"], dict), "the release is not an object")
        return body["release"]

    def login(self, username: str, password: str, ttl_seconds: int | None = None) -> LoginResult:
        """Log in from this workstation; keeps the token in memory and returns it for the keyring."""
        body: dict[str, Any] = {"username": username, "password": password, "workstation_id": self.workstation_id}
        if ttl_seconds:
            body["ttl_seconds"] = int(ttl_seconds)
        data = self._post_json(API_PREFIX + "/auth/login", body, auth=False)
        _need(isinstance(data, dict) and isinstance(data.get("token"), str) and 16 <= len(data["token"]) <= 512,
              "login answer has no token")
        _need(data.get("workstation_id") == self.workstation_id, "login answer names another workstation")
        _need(isinstance(data.get("user"), dict) and isinstance(data.get("institution"), dict), "login answer lacks user")
        self._token = data["token"]
        return LoginResult(data["token"], str(data.get("expires_at", "")), data["workstation_id"], data["user"],
                           data["institution"])

    def logout(self) -> None:
        r = self._send("POST", API_PREFIX + "/auth/logout")
        if r.status_code not in (204, 401):
            self._raise_for(r)
        _release(r)
        self._token = None

    def me(self) -> dict:
        data = self._get_json(API_PREFIX + "/auth/me")
        _need(isinstance(data, dict) and isinstance(data.get("user"), dict), "me answer lacks user")
        return data

    # ----------------------------------------------------------------- directory
    def journals(self) -> list[dict]:
        data = self._get_json(API_PREFIX + "/journals")
        _need(isinstance(data, dict) and isinstance(data.get("journals"), list), "journals is not a list")
        for i, j in enumerate(data["journals"]):
            _need(isinstance(j, dict) and isinstance(j.get("id"), str) and isinstance(j.get("code"), str)
                  and isinstance(j.get("format"), str), f"journals[{i}] is incomplete")
        return data["journals"]

    def institutions(self) -> list[dict]:
        data = self._get_json(API_PREFIX + "/institutions")
        _need(isinstance(data, dict) and isinstance(data.get("institutions"), list), "institutions is not a list")
        return data["institutions"]

    def users(self) -> list[dict]:
        data = self._get_json(API_PREFIX + "/users")
        _need(isinstance(data, dict) and isinstance(data.get("users"), list), "users is not a list")
        return data["users"]

    def document(self, doc_id: str) -> dict:
        return validate_document_state(self._get_json(f"{API_PREFIX}/documents/{_path_id(doc_id)}"))

    # ----------------------------------------------------------------------- ops
    def push_ops(self, ops: list[dict]) -> list[dict]:
        """Push one batch (≤ 100 ops); return one validated result per op, in order."""
        if not ops:
            return []
        if len(ops) > LIMITS.max_ops_per_batch:
            raise SyncError(translate("Sync", "At most {n} operations fit in one batch.").format(n=LIMITS.max_ops_per_batch))
        for i, op in enumerate(ops):
            problems = validate_operation(op, i)
            if problems:
                path, reason = problems[0]
                raise RequestRefused(translate("Sync", "Operation {op} is not valid: {path} {reason}.").format(
                    op=op.get("op_id"), path=path, reason=reason), code="invalid_payload")
        data = self._post_json(API_PREFIX + "/ops", {"ops": ops})
        _need(isinstance(data, dict) and isinstance(data.get("results"), list), "results is not a list")
        _need(len(data["results"]) == len(ops), "results do not match the operations sent")
        return [_validate_result(r, op, i) for i, (r, op) in enumerate(zip(data["results"], ops))]

    def changes(self, cursor: int, limit: int = 100, wait: int = 0) -> ChangesPage:
        """One page of the changes feed after ``cursor`` (``wait`` > 0 long-polls)."""
        wait = max(0, min(int(wait), LIMITS.max_wait_seconds))
        limit = max(1, min(int(limit), LIMITS.max_changes_page))
        data = self._get_json(API_PREFIX + "/changes", params={"cursor": int(cursor), "limit": limit, "wait": wait},
                              timeout=(self.timeout[0], self.timeout[1] + wait))
        _need(isinstance(data, dict) and isinstance(data.get("changes"), list), "changes is not a list")
        _need(_is_int(data.get("next_cursor")) and data["next_cursor"] >= cursor, "next_cursor went backwards")
        _need(len(data["changes"]) <= limit, "the page is longer than asked")
        changes = [_validate_change(c, i) for i, c in enumerate(data["changes"])]
        last = cursor
        for c in changes:
            _need(c["seq"] > last, "changes are not in sequence order")
            last = c["seq"]
        return ChangesPage(changes, data["next_cursor"], bool(data.get("has_more")))

    # --------------------------------------------------------------- numbers
    def lease_block(self, journal_id: str, size: int, request_id: str) -> dict:
        data = self._post_json(f"{API_PREFIX}/journals/{_path_id(journal_id)}/blocks",
                               {"size": int(size), "request_id": request_id})
        _need(isinstance(data, dict) and isinstance(data.get("block_id"), str), "block answer lacks block_id")
        _need(_is_int(data.get("start")) and _is_int(data.get("end")) and 1 <= data["start"] <= data["end"],
              "block answer has a bad range")
        _need(data.get("workstation_id") == self.workstation_id, "block answer names another workstation")
        return data

    def number_blocks(self) -> list[dict]:
        data = self._get_json(API_PREFIX + "/number-blocks")
        _need(isinstance(data, dict) and isinstance(data.get("blocks"), list), "blocks is not a list")
        return data["blocks"]

    # ------------------------------------------------------------------ files
    def file_size_on_server(self, sha256: str) -> int | None:
        """Size of the file the server holds for us under ``sha256``, or None."""
        r = self._send("HEAD", f"{API_PREFIX}/files/{_sha(sha256)}")
        _release(r)
        if r.status_code == 404:
            return None
        self._raise_for(r)
        length = r.headers.get("Content-Length", "")
        _need(length.isdigit(), "HEAD /files has no Content-Length")
        return int(length)

    def create_upload(self, sha256: str, size: int, name: str, media_type: str) -> UploadState:
        """tus creation; the server answers complete at once when it already has the file."""
        from docflow_protocol import validate_file_name

        if validate_file_name(name):
            name = f"{_sha(sha256)[:16]}.bin"
        meta = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in
                        (("sha256", _sha(sha256)), ("filename", name), ("media_type", media_type or "application/octet-stream")))
        r = self._send("POST", API_PREFIX + "/uploads",
                       headers={**_TUS, "Upload-Length": str(int(size)), "Upload-Metadata": meta})
        self._raise_for(r)
        _release(r)
        _need(r.status_code == 201, "upload creation did not answer 201")
        loc = r.headers.get("Location", "")
        _need(loc.startswith(API_PREFIX + "/uploads/") or loc.startswith(self.base_url + API_PREFIX + "/uploads/"),
              "upload Location is not an upload of this server")
        if loc.startswith(self.base_url):
            loc = loc[len(self.base_url):]
        _need(_path_id(loc.rsplit("/", 1)[1]) == loc.rsplit("/", 1)[1], "upload Location has a bad id")
        return UploadState(loc, self._offset_header(r, size), int(size))

    def upload_offset(self, url: str, size: int) -> int:
        """The bytes the server holds of an upload (tus HEAD); raises RequestRefused(404) if it is gone."""
        r = self._send("HEAD", url, headers=_TUS)
        _release(r)
        self._raise_for(r)
        return self._offset_header(r, size)

    @staticmethod
    def _offset_header(r: requests.Response, size: int) -> int:
        off = r.headers.get("Upload-Offset", "")
        _need(off.isdigit() and int(off) <= size, "Upload-Offset is missing or beyond the file")
        return int(off)

    def upload(self, fileobj: BinaryIO, state: UploadState, progress: ProgressFn | None = None,
               max_bytes: int | None = None, resumed: bool = False) -> UploadState:
        """Send the rest of an upload from ``state.offset``; returns the final state.

        ``progress(offset, length)`` is called after each chunk the server confirmed.
        Raises TransientError when the link breaks: call :meth:`upload_offset` and again.
        ``resumed=True`` (after a break) makes the first PATCH empty: it learns the server's
        true offset (204 or 409 naming it) before any file byte is sent again.
        ``max_bytes`` stops early after that many bytes (for tests of resumption).
        """
        offset = state.offset
        sent = 0
        probe = resumed
        while offset < state.length:
            n = min(PROBE_CHUNK if probe else self.chunk_size, state.length - offset)
            was_probe, probe = probe, False
            if max_bytes is not None:
                n = min(n, max_bytes - sent)
                if n <= 0 and not was_probe:
                    break
            fileobj.seek(offset)
            chunk = fileobj.read(n)
            _need(len(chunk) == n, "local file is shorter than its size")  # local file changed under us
            headers = {**_TUS, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"}
            if self.chunk_checksum:
                headers["Upload-Checksum"] = "sha256 " + base64.b64encode(hashlib.sha256(chunk).digest()).decode()
            headers["Content-Length"] = str(len(chunk))
            r = self._send("PATCH", state.url, data=_Pieces(chunk) if chunk else b"", headers=headers)
            if r.status_code == 409 and r.headers.get("Upload-Offset", "").isdigit():
                _release(r)  # the server holds more (or less) than we thought: go on from its offset
                offset = self._offset_header(r, state.length)
                continue
            self._raise_for(r)
            _release(r)
            new = self._offset_header(r, state.length)
            _need(new > offset or new == state.length or (was_probe and new == offset), "upload offset did not advance")
            sent += new - offset
            offset = new
            if progress:
                progress(offset, state.length)
        return UploadState(state.url, offset, state.length)

    def delete_upload(self, url: str) -> None:
        r = self._send("DELETE", url, headers=_TUS)
        _release(r)
        if r.status_code not in (204, 404):
            self._raise_for(r)

    def download(self, sha256: str, part_path: Path, size: int, progress: ProgressFn | None = None,
                 max_bytes: int | None = None) -> Path:
        """Fetch ``/files/{sha256}`` into ``part_path``, resuming from its current length.

        The bytes are checked against ``sha256`` before returning; a mismatch deletes the
        partial file and raises BadResponse. The caller moves the file into the blob store.
        """
        sha = _sha(sha256)
        if size < 0 or size > LIMITS.max_file_size:
            raise BadResponse(translate("Sync", "The server announced a file of {size} bytes; refusing it.").format(size=size))
        part_path.parent.mkdir(parents=True, exist_ok=True)
        have = part_path.stat().st_size if part_path.exists() else 0
        if have > size:
            part_path.unlink()
            have = 0
        if have < size:
            headers = {"Range": f"bytes={have}-"} if have else {}
            r = self._send("GET", f"{API_PREFIX}/files/{sha}", headers={**headers, "Accept-Encoding": "identity"})
            if r.status_code == 416:
                r.close()
                part_path.unlink(missing_ok=True)
                raise BadResponse(translate("Sync", "The server no longer agrees on the size of file {sha}.").format(sha=sha[:12]))
            self._raise_for(r)
            if have and r.status_code == 200:
                have = 0  # the server ignored the range: start over
            elif have:
                _need(r.status_code == 206 and r.headers.get("Content-Range", "").startswith(f"bytes {have}-"),
                      "the server answered another range than asked")
            mode = "r+b" if have else "wb"
            if not part_path.exists():
                mode = "wb"
            got = 0
            with open(part_path, mode) as f:
                f.seek(have)
                f.truncate()
                try:
                    for chunk in r.iter_content(16384):  # small reads: little is lost on a cut
                        if have + len(chunk) > size:
                            r.close()
                            raise BadResponse(translate("Sync", "The server sent more bytes than file {sha} has.").format(sha=sha[:12]))
                        f.write(chunk)
                        have += len(chunk)
                        got += len(chunk)
                        if progress:
                            progress(have, size)
                        if max_bytes is not None and got >= max_bytes:
                            break
                except requests.exceptions.RequestException as exc:
                    raise TransientError(translate("Sync", "The connection broke during a download ({reason}).").format(
                        reason=_short(str(exc)))) from None
                finally:
                    f.flush()
                    os.fsync(f.fileno())
                    r.close()
            if have < size:
                raise TransientError(translate("Sync", "The download of file {sha} stopped at {have} of {size} bytes.").format(
                    sha=sha[:12], have=have, size=size))
        h = hashlib.sha256()
        with open(part_path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        if h.hexdigest() != sha:
            part_path.unlink(missing_ok=True)
            raise BadResponse(translate("Sync", "The downloaded file does not match its SHA-256 {sha}; discarded.").format(sha=sha[:12]))
        return part_path


# -------------------------------------------------------------------------------- helpers
def _sha(value: str) -> str:
    if not is_sha256_hex(value):
        raise BadResponse(translate("Sync", "{value!r} is not a SHA-256 file name.").format(value=str(value)[:80]))
    return value


def _path_id(value: str) -> str:
    """Ids placed in URL paths must be plain ids (never path fragments)."""
    import re

    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}", value) or ".." in value:
        raise BadResponse(translate("Sync", "{value!r} is not a valid identifier.").format(value=str(value)[:80]))
    return value


class _Pieces:
    """A request body handed to the socket in 4 KiB writes, so each TLS record is small: when a
    link drops, the server loses at most the one record cut in half (not a 16 KiB one)."""

    def __init__(self, data: bytes, piece: int = 4096):
        self._data = memoryview(data)
        self._piece = piece

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self):  # noqa: ANN204
        for i in range(0, len(self._data), self._piece):
            yield bytes(self._data[i:i + self._piece])


def _release(r: requests.Response) -> None:
    """Done with an answer whose body we do not need: drain it so the connection goes back to
    the pool (closing it would cost a new TCP + TLS handshake -- two round trips -- per request)."""
    try:
        r.raw.drain_conn()
        r.raw.release_conn()
    except Exception:  # noqa: BLE001 - a broken connection is simply dropped
        r.close()


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
