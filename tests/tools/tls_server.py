"""The REAL reference server behind TLS (``docflow-server serve --tls-cert/--tls-key``) for the sync
tests and the link benchmark, with a server certificate issued by the test CA (``tests.tools.testca``).

The process handling (spawn, readiness, stop, kill, restart) is ``tests.server.serverproc``'s.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from tests.server.serverproc import ServerHandle, start_server


def start_tls_server(directory: Path, ca, port: Optional[int] = None,  # noqa: ANN001 - testca.TestCA
                     root: Optional[Path] = None) -> ServerHandle:
    """Start the reference server with the demo set behind TLS (certificate of ``ca``); ``url`` is https.
    ``root``: the source tree to run it from (another commit's: a server from before)."""
    return start_server(directory, port=port, data_dir=Path(directory) / "server-data",
                        tls=(ca.cert_pem, ca.key_pem, ca.ca_pem), root=root)
