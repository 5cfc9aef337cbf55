"""The OS keyring, behind one small interface: the only module that imports ``keyring``.

Secrets that must outlive the process -- the server's bearer token (``desktop_app.sync.credentials``),
a remembered key-file passphrase (``desktop_app.signing.identities``) -- live here and nowhere else
(never in the database, the settings file, a log line or an error message). A keyring that cannot
be used raises :class:`~desktop_app.errors.CredentialError` with a translated sentence, never the
secret, the account or the library's own words.

**No keyring at all** (no Secret Service: a container, many Linux desktops): a store given a
:class:`SessionSecrets` keeps the secret in this process's memory instead -- nothing is written
in clear anywhere -- and says so (``put`` returns ``False``; :attr:`KeyringStore.session_only`).
The person stays logged in until Docflow closes, and is asked again next time.
"""
from __future__ import annotations

import logging
import threading
from typing import Any

from desktop_app.errors import CredentialError
from desktop_app.i18n import translate

log = logging.getLogger(__name__)


class SessionSecrets:
    """Secrets kept in memory for this run of the program only (one per application context)."""

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get(self, service: str, account: str) -> str | None:
        with self._lock:
            return self._data.get((service, account))

    def put(self, service: str, account: str, secret: str) -> None:
        with self._lock:
            self._data[(service, account)] = secret

    def delete(self, service: str, account: str) -> None:
        with self._lock:
            self._data.pop((service, account), None)

    def __repr__(self) -> str:  # never the secrets
        return f"SessionSecrets({len(self._data)} kept)"


def _no_keyring(exc: BaseException) -> bool:
    """True when ``exc`` says there is no usable keyring back-end at all (not a refusal)."""
    import keyring.errors

    return isinstance(exc, (keyring.errors.NoKeyringError, keyring.errors.InitError))


def _unavailable_message() -> str:
    return translate("Keyring", "No system keyring is available on this computer (such as GNOME Keyring or KWallet).")


class KeyringStore:
    """Secrets of one ``service`` name in the OS keyring, by account.

    Args:
        service: the keyring's service name (e.g. ``docflow-server-token``).
        backend: a ``keyring`` backend; default: the one ``keyring`` picks for the OS (Secret
            Service on Linux, Windows Credential Manager, macOS Keychain), looked up on each use.
        session: where a secret goes when there is no keyring at all (memory, this run only);
            without it, no keyring is a :class:`CredentialError`.
    """

    def __init__(self, service: str, backend: Any = None, session: SessionSecrets | None = None):
        self.service = service
        self._backend = backend
        self._session = session
        #: True once a secret had to be kept in memory because there is no keyring.
        self.session_only = False

    @property
    def backend(self) -> Any:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def _fail(self, exc: BaseException, sentence: str) -> CredentialError:
        log.warning("keyring %s: %s", self.service, type(exc).__name__)  # the library's words for support only
        if _no_keyring(exc):
            return CredentialError(_unavailable_message() + " " + sentence, code="keyring_missing")
        return CredentialError(sentence)

    def get(self, account: str) -> str | None:
        import keyring.errors

        if self._session is not None:
            kept = self._session.get(self.service, account)
            if kept is not None:
                return kept
        try:
            return self.backend.get_password(self.service, account)
        except keyring.errors.KeyringError as exc:
            if self._session is not None and _no_keyring(exc):
                self.session_only = True
                return None  # nothing kept in memory either
            raise self._fail(exc, translate("Keyring", "The system keyring could not be read; unlock it and try again.")) from None

    def put(self, account: str, secret: str) -> bool:
        """Keep ``secret``; True when it went to the OS keyring, False when only to this session's memory."""
        import keyring.errors

        try:
            self.backend.set_password(self.service, account, secret)
        except keyring.errors.KeyringError as exc:
            if self._session is not None and _no_keyring(exc):
                log.warning("no system keyring (%s): the secret of %s is kept in memory for this session only",
                            type(exc).__name__, self.service)
                self._session.put(self.service, account, secret)
                self.session_only = True
                return False
            raise self._fail(exc, translate("Keyring", "The secret could not be saved in the system keyring; "
                                                       "unlock it and try again.")) from None
        if self._session is not None:
            self._session.delete(self.service, account)  # the keyring holds it now
        return True

    def delete(self, account: str) -> None:
        """Forget the secret of ``account`` (nothing stored is fine)."""
        import keyring.errors

        if self._session is not None:
            self._session.delete(self.service, account)
        try:
            self.backend.delete_password(self.service, account)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already gone
        except keyring.errors.KeyringError as exc:
            if self._session is not None and _no_keyring(exc):
                return  # no keyring: the memory copy (if any) is gone
            raise self._fail(exc, translate("Keyring", "The secret could not be removed from the system keyring; "
                                                       "unlock it and try again.")) from None
