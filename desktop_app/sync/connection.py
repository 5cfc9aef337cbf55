"""The server this desk talks to: its address and TLS settings, the login token, the staff list
and journals it hands out, and the HTTP clients of one cycle.

Settings hold the server URL, this desk's workstation id, the CA bundle path and the pinned
certificate fingerprint (never a secret); the bearer token lives in the OS keyring only
(:class:`~desktop_app.sync.credentials.CredentialStore`).
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from desktop_app.errors import AuthError, SyncError
from desktop_app.i18n import translate
from desktop_app.sync import apply as applying
from desktop_app.sync import store
from desktop_app.sync.client import LoginResult, SyncClient
from desktop_app.sync.credentials import CredentialStore
from docflow_protocol import ErrorCode

log = logging.getLogger(__name__)

#: Bytes per tus PATCH: progress is saved after each; on 100 kbit/s one takes ~20 s, so the
#: round trip between PATCHes costs ~2 %, and a crash forgets at most this much locally
#: (the server's offset, asked with HEAD on restart, still has everything that arrived).
UPLOAD_CHUNK = 256 * 1024


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
        self.credentials = credentials or CredentialStore()
        self._client_factory = client_factory or SyncClient
        self._on_answer = on_answer
        self._pool: list[SyncClient] = []

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
        SyncClient(server_url, workstation_id, ca_bundle=ca_bundle or None, pinned_sha256=pinned_sha256 or None).close()
        s = self.ctx.settings
        s.set("server_url", server_url.strip().rstrip("/"))
        s.set("server_workstation_id", workstation_id.strip())
        s.set("server_ca_bundle", ca_bundle)
        s.set("server_cert_sha256", pinned_sha256)

    def actor(self) -> str:
        """Who the audit journal names for what sync does."""
        return f"sync:{self.ctx.settings.get('server_username') or self.ctx.user.username}"

    # --------------------------------------------------------------------- token
    def token(self) -> str:
        token = self.credentials.get_token(self.server_url, self.workstation_id)
        if not token:
            raise AuthError(translate("Sync", "Not logged in to the server: log in to synchronise."),
                            code=ErrorCode.UNAUTHENTICATED.value)
        return token

    def has_token(self) -> bool:
        return bool(self.credentials.get_token(self.server_url, self.workstation_id))

    def forget_token(self) -> None:
        self.credentials.delete_token(self.server_url, self.workstation_id)

    # ------------------------------------------------------------------- clients
    def client(self, token: str | None = None) -> SyncClient:
        """A new client for this server (the caller closes it)."""
        if not self.configured:
            raise SyncError(translate("Sync", "No server is configured for this workstation."))
        client = self._client_factory(self.server_url, self.workstation_id, token=token,
                                      ca_bundle=self.ctx.settings.get("server_ca_bundle") or None,
                                      pinned_sha256=self.ctx.settings.get("server_cert_sha256") or None,
                                      chunk_size=UPLOAD_CHUNK)
        client.on_answer = self._on_answer  # online once the server answers, not before
        return client

    def workers(self, n: int) -> list[SyncClient]:
        """Transfer clients kept for the whole cycle: their connections (and TLS sessions) are
        reused from file to file instead of paying two round trips per file on a slow link."""
        while len(self._pool) < n:
            self._pool.append(self.client(self.token()))
        return self._pool[:n]

    def close_workers(self) -> None:
        pool, self._pool = self._pool, []
        for c in pool:
            c.close()

    # --------------------------------------------------------------------- login
    def login(self, username: str, password: str) -> LoginResult:
        """Log in; the token goes to the OS keyring, the staff list and directory are refreshed."""
        client = self.client()
        try:
            result = client.login(username, password)
            self.credentials.save_token(self.server_url, self.workstation_id, result.token)
            self.ctx.settings.set("server_username", username)
            self.refresh_directory(client, result.institution)
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
    def refresh_directory(self, client: SyncClient, institution: dict | None = None) -> None:
        """Staff list, institutions and journals from the server (local journals of the same
        codes switch to the server's numbering)."""
        users, institutions = client.users(), client.institutions()
        journals = client.journals()
        if institution is None:
            institution = client.me().get("institution") or {}
        self.ctx.routing.replace_directory(users, institutions, own_registry_code=institution.get("registry_code"),
                                           own_name=institution.get("name"))
        user = self.ctx.settings.get("server_username")
        if user and user != self.ctx.user.username:
            try:
                self.ctx.switch_user(user)
            except Exception as exc:  # noqa: BLE001 - the staff list may not name this login (admin tools)
                log.warning("the server login %s is not on the staff list: %s", user, exc)
        store.save_journals(self.ctx.db, journals)
        with self.ctx.db.write() as s:
            for j in journals:
                applying.local_journal(s, j)

    def journals(self) -> dict[str, dict]:
        """The server's journals by id, as last fetched."""
        return store.journals(self.ctx.db)
