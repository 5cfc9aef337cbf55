"""The server this desk talks to: its address and TLS settings, the login token, the staff list
and journals it hands out, and the HTTP clients of one cycle.

Settings hold the server URL, this desk's workstation id, the CA bundle path and the pinned
certificate fingerprint (never a secret); the bearer token lives in the OS keyring only
(:class:`~desktop_app.sync.credentials.CredentialStore`).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import select

from desktop_app import audit
from desktop_app.config import BANDWIDTH_CAP
from desktop_app.db.models import User
from desktop_app.errors import AuthError, RequestRefused, SyncError
from desktop_app.i18n import translate
from desktop_app.sync import apply as applying
from desktop_app.sync import store
from desktop_app.sync.address import check_server_url, is_test_server
from desktop_app.sync.client import LoginResult, SyncClient
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.http import TokenBucket
from desktop_app.sync.linkfit import LinkMeter
from docflow_protocol import ErrorCode

log = logging.getLogger(__name__)



class Connection:
    """One desk's link to its circulation server.

    Args:
        ctx: the AppContext (settings, database, the routing service for the directory).
        credentials: where the token lives (default: the OS keyring).
        client_factory: builds a :class:`SyncClient` (tests route it through a link emulator).
        on_answer: called whenever the server answered a request (the link is up).
    """

    def __init__(self, ctx, credentials: CredentialStore | None = None,  # noqa: ANN001 - AppContext
                 client_factory: Callable[..., SyncClient] | None = None,
                 on_answer: Callable[[], None] | None = None):
        self.ctx = ctx
        self.credentials = credentials or CredentialStore(session=ctx.session_secrets)
        self._client_factory = client_factory or SyncClient
        self._on_answer = on_answer
        self._pool: list[SyncClient] = []
        self._warming: list[threading.Thread] = []
        self._opened = 0  # transfer clients warmed or handed out this cycle
        #: True after a login whose token could only be kept in memory (no OS keyring).
        self.token_session_only = False
        #: ((server_url, workstation_id), token kept?) as this connection last read or wrote the keyring.
        self._token_seen: tuple[tuple[str, str], bool] | None = None
        #: ((server_url, workstation_id), ETag) of the file plan as last taken from the server.
        self.file_plan_seen: tuple[tuple[str, str], str] | None = None
        #: time.monotonic() of the last staff list / journals / signing settings read (None: not this run).
        self.directory_at: float | None = None
        #: The link as this desk's transfers measured it; chunk and records follow it.
        self.meter = LinkMeter()
        #: Held by a log-out (the leaving person's last sync and the end of their session) and by a
        #: login: the next person's login waits until the last one's session has ended, so the
        #: token it keeps is never the one the log-out forgets.
        self.session_lock = threading.RLock()
        self._caps: tuple[int, tuple[TokenBucket | None, TokenBucket | None]] = (0, (None, None))

    # ------------------------------------------------------------------ settings
    @property
    def server_url(self) -> str:
        return (self.ctx.settings.get("server_url") or "").rstrip("/")

    @property
    def workstation_id(self) -> str:
        return self.ctx.settings.get("server_workstation_id") or ""

    @property
    def configured(self) -> bool:
        return bool(self.server_url and self.workstation_id)

    def configure(self, server_url: str, workstation_id: str, *, ca_bundle: str = "", pinned_sha256: str = "") -> None:
        """Save the server address, this desk's workstation id and the TLS settings (no secrets)."""
        address = check_server_url(server_url)
        SyncClient(address.url, workstation_id, ca_bundle=ca_bundle or None, pinned_sha256=pinned_sha256 or None).close()
        s = self.ctx.settings
        s.set("server_url", address.url)
        s.set("server_workstation_id", workstation_id.strip())
        s.set("server_ca_bundle", ca_bundle)
        s.set("server_cert_sha256", pinned_sha256)

    @property
    def test_server(self) -> bool:
        """True when the server is a plain-http test server on this computer (``docflow-server --demo``)."""
        return is_test_server(self.server_url)

    def actor(self) -> str:
        """Who the audit journal names for what sync does."""
        return f"{audit.SYNC}:{self.ctx.settings.get('server_username') or self.ctx.user.username}"

    def account_id(self) -> str | None:
        """The staff id of the account logged in at this desk (whose token a cycle sends the work
        of), or -- when the staff list does not name it -- the person at the desk's."""
        name = self.ctx.settings.get("server_username")
        if name:
            with self.ctx.db.read() as s:
                found = s.execute(select(User.id).where(User.username == name)).scalar()
            if found:
                return found
        return self.ctx.user.id or None

    # --------------------------------------------------------------------- token
    def _account(self) -> tuple[str, str]:
        return self.server_url, self.workstation_id

    def token(self) -> str:
        account = self._account()
        token = self.credentials.get_token(*account)
        self._token_seen = (account, bool(token))
        if not token:
            raise AuthError(translate("Sync", "Not logged in to the server: log in to synchronise."),
                            code=ErrorCode.UNAUTHENTICATED.value)
        return token

    def has_token(self, *, cached: bool = False) -> bool:
        """True when a token is kept for this server. ``cached``: what this connection's last read or
        write of the keyring said, without asking it again (each ask is a D-Bus round trip on Linux:
        the sync indicator asks on every progress tick of a cycle, whose start read the token)."""
        account = self._account()
        seen = self._token_seen
        if cached and seen is not None and seen[0] == account:
            return seen[1]
        present = bool(self.credentials.get_token(*account))
        self._token_seen = (account, present)
        return present

    def forget_token(self) -> None:
        account = self._account()
        self._token_seen = None
        self.credentials.delete_token(*account)
        self._token_seen = (account, False)

    # ------------------------------------------------------------------- clients
    def client(self, token: str | None = None) -> SyncClient:
        """A new client for this server (the caller closes it)."""
        if not self.configured:
            raise SyncError(translate("Sync", "No server is configured for this workstation."))
        client = self._client_factory(self.server_url, self.workstation_id, token=token,
                                      ca_bundle=self.ctx.settings.get("server_ca_bundle") or None,
                                      pinned_sha256=self.ctx.settings.get("server_cert_sha256") or None,
                                      meter=self.meter, caps=self.caps())
        client.on_answer = self._on_answer  # online once the server answers, not before
        return client

    def caps(self) -> tuple[TokenBucket | None, TokenBucket | None]:
        """The bandwidth cap's token buckets (up, down), one pair for every stream of the desk."""
        kbit = int(self.ctx.settings.get(BANDWIDTH_CAP) or 0)
        if kbit != self._caps[0]:
            self._caps = (kbit, (TokenBucket(kbit * 125), TokenBucket(kbit * 125)) if kbit > 0 else (None, None))
        return self._caps[1]

    def workers(self, n: int, opened: bool = True) -> list[SyncClient]:
        """Transfer clients kept for the whole cycle: their connections (and TLS sessions) are
        reused from file to file instead of paying two round trips per file on a slow link.
        ``opened=False``: without waiting for the connections being warmed (the thread that uses
        them first calls this again with ``opened=True``)."""
        self._grow(n)
        if not opened:
            return self._pool[:n]
        for t in self._warming:
            t.join()  # a client's connection is opened before its first transfer uses it
        self._warming = []
        self._opened = max(self._opened, n)
        return self._pool[:n]

    def warm(self, n: int) -> None:
        """Open the connections of the first ``n`` transfer clients now, on helper threads, while
        the cycle's own connection pushes ops or reads the feed: the first file byte does not wait
        for the TCP and TLS handshakes (two round trips) after that."""
        self._grow(n)
        for c in self._pool[self._opened:n]:
            # only a pipe takes it, and reads the TLS tickets itself: the first request does not wait for them
            t = threading.Thread(target=c.warm, kwargs={"wait_tickets": 0}, name="sync-warm", daemon=True)
            t.start()
            self._warming.append(t)
        self._opened = max(self._opened, n)

    def _grow(self, n: int) -> None:
        if len(self._pool) < n:
            token = self.token()
            while len(self._pool) < n:
                self._pool.append(self.client(token))

    def close_workers(self) -> None:
        """The cycle is over: its clients are closed, and whether a token is kept is asked of the
        keyring again next time (another process may have logged in or out meanwhile)."""
        self._token_seen = None
        for t in self._warming:
            t.join()
        self._warming, self._opened = [], 0
        pool, self._pool = self._pool, []
        for c in pool:
            c.close()

    # --------------------------------------------------------------------- login
    def login(self, username: str, password: str) -> LoginResult:
        """Log in; the token goes to the OS keyring, the staff list and directory are refreshed."""
        with self.session_lock:
            return self._login(username, password)

    def _login(self, username: str, password: str) -> LoginResult:
        client = self.client()
        try:
            result = client.login(username, password)
            # No keyring at all: the token stays in this run's memory (never in clear on disk)
            self.token_session_only = not self.credentials.save_token(self.server_url, self.workstation_id, result.token)
            self._token_seen = (self._account(), True)
            self.ctx.settings.set("server_username", username)
            self.refresh_directory(client, result.institution, follow_login=True)
        finally:
            client.close()
        return result

    def logout(self) -> None:
        """Tell the server (when it can be reached) and forget the token here in any case."""
        try:
            token = self.token()
        except AuthError:
            token = None
        if token:
            client = self.client(token)
            try:
                client.logout()
            except SyncError as exc:
                log.info("logout not confirmed by the server (%s); the token is forgotten here", exc.code)
            finally:
                client.close()
        self.forget_token()

    # ----------------------------------------------------------------- directory
    def refresh_directory(self, client: SyncClient, institution: dict | None = None, follow_login: bool = False) -> None:
        """Staff list, institutions and journals from the server (local journals of the same
        codes switch to the server's numbering). The person at the desk becomes the account
        logged in; at a desk nobody is logged in at, only on a login (``follow_login``)."""
        users, institutions = client.users(), client.institutions()
        journals = client.journals()
        if institution is None:
            institution = client.me().get("institution") or {}
        self.ctx.routing.replace_directory(users, institutions, own_registry_code=institution.get("registry_code"),
                                           own_name=institution.get("name"))
        user = self.ctx.settings.get("server_username")
        if user and user != self.ctx.user.username and (follow_login or not self.ctx.user.nobody):
            try:
                self.ctx.switch_user(user)
            except Exception as exc:  # noqa: BLE001 - the staff list may not name this login (admin tools)
                log.warning("the server login %s is not on the staff list: %s", user, exc)
        store.save_journals(self.ctx.db, journals)
        with self.ctx.db.write() as s:
            for j in journals:
                applying.local_journal(s, j)
        self.refresh_institution_settings(client)
        self.directory_at = time.monotonic()

    def directory_stale(self, max_age: float) -> bool:
        """True when the staff list, journals and signing settings were not read in this run of the
        program, or longer than ``max_age`` seconds ago."""
        return self.directory_at is None or time.monotonic() - self.directory_at > max_age

    def refresh_institution_settings(self, client: SyncClient) -> bool:
        """The institution's signing settings (trust roots, TSA, revocation) from the server; True if
        they changed. A server without them (an older one answers 404) leaves the local ones."""
        from desktop_app.signing import settings as signing_settings  # no pyHanko: settings only

        try:
            signing = client.institution_settings()
        except RequestRefused as exc:
            if exc.status != 404:
                raise
            log.info("the server delivers no signing settings (%s); local ones stay", exc.code)
            return False
        return signing_settings.apply_server(self.ctx, signing)

    def journals(self) -> dict[str, dict]:
        """The server's journals by id, as last fetched."""
        return store.journals(self.ctx.db)
