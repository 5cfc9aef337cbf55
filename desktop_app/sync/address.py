"""The server's address: what a person may type, and whether it is a test server.

``https://`` to any host, TLS verified (docs/sync.md, Security). Plain ``http://`` only to this
computer (``localhost``, ``127.0.0.0/8``, ``::1``) -- the reference server's ``docflow-server
--demo`` -- and then it is a *test server*, which the window says wherever the server is shown.
The address is accepted exactly as the server prints it (``http://127.0.0.1:8765/v1``): a trailing
``/v1`` is the protocol's prefix, not part of the server's root.
"""
from __future__ import annotations

import dataclasses
import ipaddress
from urllib.parse import urlsplit

from desktop_app.errors import SyncError
from desktop_app.i18n import translate
from docflow_protocol import API_PREFIX


@dataclasses.dataclass(frozen=True)
class ServerAddress:
    """A checked server root (no ``/v1``, no trailing slash); ``test`` for plain http to loopback."""

    url: str
    test: bool


def is_loopback(host: str) -> bool:
    """True for this computer's own addresses (never a name that DNS could send elsewhere,
    except ``localhost``, which resolvers keep on loopback)."""
    host = (host or "").strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> ServerAddress:
    """The server root for ``url``, or :class:`SyncError` saying why it cannot be used."""
    text = (url or "").strip().rstrip("/")
    if text.endswith(API_PREFIX):
        text = text[: -len(API_PREFIX)].rstrip("/")
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise SyncError(translate("Sync", "The server address {url} is not a valid address.").format(url=text[:120])) from None
    if parts.scheme not in ("https", "http") or not host:
        raise SyncError(translate("Sync", "The server address must start with https:// (got {url!r}).").format(url=text[:120]))
    if parts.query or parts.fragment or parts.username or parts.password:
        raise SyncError(translate("Sync", "The server address {url} is not a valid address.").format(url=text[:120]))
    if parts.scheme == "http":
        if not is_loopback(host):
            raise SyncError(translate(
                "Sync", "Plain http:// is allowed only to a test server on this computer; the server {host} needs an "
                        "https:// address.").format(host=host))
        return ServerAddress(text, test=True)
    return ServerAddress(text, test=False)


def is_test_server(url: str) -> bool:
    """True when ``url`` is a plain-http test server on this computer (False for anything else)."""
    try:
        return check_server_url(url).test
    except SyncError:
        return False
