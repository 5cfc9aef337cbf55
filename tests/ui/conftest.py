"""UI fixtures borrowed from the areas whose real parts the stall test drives together: the test PKI
(signing), and the private Secret Service, test CA and TLS reference server (sync)."""
from tests.signing.conftest import P12_PASSPHRASE, p12_bytes, pki_session  # noqa: F401 - fixtures
from tests.sync.conftest import keyring_backend, secret_service, test_ca, tls_server  # noqa: F401 - fixtures
