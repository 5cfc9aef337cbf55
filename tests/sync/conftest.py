"""Sync suite fixtures: a private Secret Service, a test CA, the real reference server behind TLS,
and the link emulator in front of it. Everything is started here (nothing by hand)."""
from __future__ import annotations

import pytest

from tests.tools import secretservice
from tests.tools.linkemu import LinkEmulator
from tests.tools.testca import make_test_ca
from tests.tools.tls_server import start_tls_server


@pytest.fixture(scope="session")
def secret_service():
    """A real gnome-keyring Secret Service on a private D-Bus session bus; this process points at it."""
    missing = secretservice.available()
    if missing:
        pytest.fail(f"Secret Service for the keyring tests: {missing}")
    session = secretservice.SecretServiceSession.start()
    old = session.apply()
    yield session
    session.restore(old)
    session.stop()


@pytest.fixture(scope="session")
def keyring_backend(secret_service):
    """The ``keyring`` Secret Service backend talking to the private gnome-keyring."""
    from keyring.backends.SecretService import Keyring

    backend = Keyring()
    backend.set_password("docflow-selftest", "probe", "x")  # fails loudly if the service is not usable
    backend.delete_password("docflow-selftest", "probe")
    return backend


@pytest.fixture(scope="session")
def test_ca(tmp_path_factory):
    return make_test_ca(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def tls_server(tmp_path_factory, test_ca):
    """The reference server (demo institutions AZ-0001/AZ-0002) behind TLS on loopback."""
    srv = start_tls_server(tmp_path_factory.mktemp("tls-server"), test_ca)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def fresh_server(tmp_path_factory, test_ca):
    """A reference server of the module's own (demo institutions AZ-0001/AZ-0002) behind TLS: for tests
    whose documents must not reach the desks of later tests through the shared server's feeds."""
    srv = start_tls_server(tmp_path_factory.mktemp("fresh-server"), test_ca)
    yield srv
    srv.stop()


@pytest.fixture
def link(tls_server):
    """A fast link emulator in front of the TLS server (tests reshape it as they need)."""
    with LinkEmulator(("127.0.0.1", tls_server.port)) as emu:
        yield emu


def url_via(link: LinkEmulator) -> str:
    return f"https://127.0.0.1:{link.port}"


@pytest.fixture
def pair(tmp_path, link, test_ca, keyring_backend):
    """Two desks of institution A, both logged in as admin (office + signer roles)."""
    from tests.sync.desks import Desk

    desks = [Desk(tmp_path / ws, url_via(link), test_ca.ca_pem, ws, "admin", keyring_backend) for ws in ("ws-a-1", "ws-a-2")]
    yield desks
    for d in desks:
        d.close()
