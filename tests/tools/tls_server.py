"""Run the REAL reference server behind TLS (uvicorn's own TLS) for the sync tests and the benchmark.

``docflow-server serve`` has no TLS options (production puts a TLS terminator in front), so this
module starts the very same ASGI app -- ``circulation_server.app.create_app(build_services(...))``,
demo set included -- under uvicorn with ``ssl_certfile``/``ssl_keyfile``, in its own process::

    python -m tests.tools.tls_server --port P --data-dir D --cert server.pem --key server.key
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import requests

REPO_ROOT = Path(__file__).resolve().parents[2]


def _serve(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--data-dir", type=Path, required=True)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--token-ttl", type=int, default=None)
    args = p.parse_args(argv)

    import uvicorn

    from circulation_server.app import build_services, create_app
    from circulation_server.config import Settings
    from circulation_server.demo import ensure_demo

    kw = {"data_dir": args.data_dir.resolve(), "db_url": "", "host": "127.0.0.1", "port": args.port}
    if args.token_ttl:
        kw["token_ttl_seconds"] = args.token_ttl
    services = build_services(Settings(**kw))
    ensure_demo(services.db)
    config = uvicorn.Config(create_app(services), host="127.0.0.1", port=args.port, log_level="warning",
                            access_log=False, timeout_graceful_shutdown=3,
                            ssl_certfile=args.cert, ssl_keyfile=args.key)
    uvicorn.Server(config).run()
    return 0


@dataclass
class TlsServer:
    """A running TLS reference server; ``url`` is ``https://127.0.0.1:PORT``."""

    port: int
    data_dir: Path
    cert: Path
    key: Path
    ca: Path
    proc: Optional[subprocess.Popen] = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self) -> "TlsServer":
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        log = open(self.data_dir / "server.log", "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.tools.tls_server", "--port", str(self.port), "--data-dir", str(self.data_dir),
             "--cert", str(self.cert), "--key", str(self.key)],
            stdout=log, stderr=subprocess.STDOUT, cwd=str(REPO_ROOT), env=env)
        log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"TLS server exited with {self.proc.returncode}:\n{self.log()}")
            try:
                if requests.get(self.url + "/v1/health", timeout=2, verify=str(self.ca)).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"TLS server did not become ready:\n{self.log()}")

    def log(self) -> str:
        p = self.data_dir / "server.log"
        return p.read_text(errors="replace")[-5000:] if p.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.proc = None

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=5)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()


def start_tls_server(directory: Path, ca, port: Optional[int] = None) -> TlsServer:  # noqa: ANN001 - testca.TestCA
    """Start the reference server with the demo set behind TLS (certificate of ``ca``)."""
    from tests.server.serverproc import free_port

    data = Path(directory) / "server-data"
    data.mkdir(parents=True, exist_ok=True)
    return TlsServer(port or free_port(), data, ca.cert_pem, ca.key_pem, ca.ca_pem).start()


if __name__ == "__main__":
    sys.exit(_serve(sys.argv[1:]))
