"""The OS keyring, behind one small interface: the only module that imports ``keyring``.

Secrets that must outlive the process -- the server's bearer token (``desktop_app.sync.credentials``),
a remembered key-file passphrase (``desktop_app.signing.identities``) -- live here and nowhere else
(never in the database, the settings file, a log line or an error message). A keyring that cannot
be used raises :class:`~desktop_app.errors.CredentialError` naming the kind of failure, never the
secret or the account.
"""
from __future__ import annotations

from typing import Any

from desktop_app.errors import CredentialError
from desktop_app.i18n import translate


class KeyringStore:
    """Secrets of one ``service`` name in the OS keyring, by account.

    Args:
        service: the keyring's service name (e.g. ``docflow-server-token``).
        backend: a ``keyring`` backend; default: the one ``keyring`` picks for the OS (Secret
            Service on Linux, Windows Credential Manager, macOS Keychain), looked up on each use.
    """

    def __init__(self, service: str, backend: Any = None):
        self.service = service
        self._backend = backend

    @property
    def backend(self) -> Any:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def get(self, account: str) -> str | None:
        import keyring.errors

        try:
            return self.backend.get_password(self.service, account)
        except keyring.errors.KeyringError as exc:
            raise CredentialError(translate("Keyring", "The system keyring could not be read ({kind}).").format(
                kind=type(exc).__name__)) from None

    def put(self, account: str, secret: str) -> None:
        import keyring.errors

        try:
            self.backend.set_password(self.service, account, secret)
        except keyring.errors.KeyringError as exc:
            raise CredentialError(translate("Keyring", "The secret could not be saved in the system keyring ({kind}).").format(
                kind=type(exc).__name__)) from None

    def delete(self, account: str) -> None:
        """Forget the secret of ``account`` (nothing stored is fine)."""
        import keyring.errors

        try:
            self.backend.delete_password(self.service, account)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already gone
        except keyring.errors.KeyringError as exc:
            raise CredentialError(translate("Keyring", "The secret could not be removed from the system keyring ({kind}).").format(
                kind=type(exc).__name__)) from None
