"""The server token in the OS keyring (via ``keyring``), and nowhere else.

One small interface: :class:`CredentialStore` saves, reads and deletes the bearer
token of one (server, workstation) pair. The token is never written to the
database, the settings file or a log line; errors never contain it.
"""
from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from desktop_app.errors import DocflowError
from desktop_app.i18n import translate

SERVICE = "docflow-server-token"


class CredentialError(DocflowError):
    """The OS keyring could not be used (no Secret Service, locked, refused)."""


class CredentialStore:
    """Stores the token of ``(server_url, workstation_id)`` in the OS keyring.

    Args:
        backend: a ``keyring`` backend; default is the one ``keyring`` picks for the OS
            (Secret Service on Linux, Windows Credential Manager, macOS Keychain).
    """

    def __init__(self, backend: KeyringBackend | None = None):
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    @staticmethod
    def account(server_url: str, workstation_id: str) -> str:
        return f"{server_url.strip().rstrip('/')}|{workstation_id}"

    def save_token(self, server_url: str, workstation_id: str, token: str) -> None:
        try:
            self.backend.set_password(SERVICE, self.account(server_url, workstation_id), token)
        except keyring.errors.KeyringError as exc:
            raise CredentialError(translate("Sync", "The token could not be saved in the system keyring ({kind}).").format(
                kind=type(exc).__name__)) from None

    def get_token(self, server_url: str, workstation_id: str) -> str | None:
        try:
            return self.backend.get_password(SERVICE, self.account(server_url, workstation_id))
        except keyring.errors.KeyringError as exc:
            raise CredentialError(translate("Sync", "The system keyring could not be read ({kind}).").format(
                kind=type(exc).__name__)) from None

    def delete_token(self, server_url: str, workstation_id: str) -> None:
        try:
            self.backend.delete_password(SERVICE, self.account(server_url, workstation_id))
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already gone
        except keyring.errors.KeyringError as exc:
            raise CredentialError(translate("Sync", "The token could not be removed from the system keyring ({kind}).").format(
                kind=type(exc).__name__)) from None
