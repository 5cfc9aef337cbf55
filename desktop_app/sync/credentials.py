"""The server token in the OS keyring, and nowhere else.

One small interface: :class:`CredentialStore` saves, reads and deletes the bearer token of one
(server, workstation) pair, through the one keyring wrapper (:mod:`desktop_app.keyring_store`).
The token is never written to the database, the settings file or a log line; errors never
contain it.
"""
from __future__ import annotations

from typing import Any

from desktop_app.errors import CredentialError  # noqa: F401 - re-exported: what a keyring failure raises
from desktop_app.keyring_store import KeyringStore

SERVICE = "docflow-server-token"


class CredentialStore:
    """Stores the token of ``(server_url, workstation_id)`` in the OS keyring.

    Args:
        backend: a ``keyring`` backend; default is the one ``keyring`` picks for the OS
            (Secret Service on Linux, Windows Credential Manager, macOS Keychain).
    """

    def __init__(self, backend: Any = None):
        self._store = KeyringStore(SERVICE, backend)

    @property
    def backend(self) -> Any:
        return self._store.backend

    @staticmethod
    def account(server_url: str, workstation_id: str) -> str:
        return f"{server_url.strip().rstrip('/')}|{workstation_id}"

    def save_token(self, server_url: str, workstation_id: str, token: str) -> None:
        self._store.put(self.account(server_url, workstation_id), token)

    def get_token(self, server_url: str, workstation_id: str) -> str | None:
        return self._store.get(self.account(server_url, workstation_id))

    def delete_token(self, server_url: str, workstation_id: str) -> None:
        self._store.delete(self.account(server_url, workstation_id))
