"""Where a key file's passphrase may be remembered: the OS keyring, never a file (no pyHanko here:
the app process opens no identity itself, desktop_app/signing/worker.py)."""
from __future__ import annotations

from typing import Protocol

from desktop_app.keyring_store import KeyringStore, SessionSecrets


class PassphraseVault(Protocol):
    """Optional place to remember a key-file passphrase (the OS keyring, never a file)."""

    def get(self, identity_id: str) -> str | None: ...

    def remember(self, identity_id: str, passphrase: str) -> None: ...

    def forget(self, identity_id: str) -> None: ...


class KeyringPassphraseVault:
    """:class:`PassphraseVault` backed by the OS keyring (the one wrapper, :mod:`desktop_app.keyring_store`)."""

    def __init__(self, service: str = "docflow-signing", keyring_backend=None, session: SessionSecrets | None = None):
        self._store = KeyringStore(service, keyring_backend, session)

    @property
    def service(self) -> str:
        return self._store.service

    def get(self, identity_id: str) -> str | None:
        return self._store.get(identity_id)

    def remember(self, identity_id: str, passphrase: str) -> None:
        self._store.put(identity_id, passphrase)

    def forget(self, identity_id: str) -> None:
        self._store.delete(identity_id)
