"""The server's edge in process: CPU per request through the ASGI application (every middleware,
the fast paths, the thread hand-off, the token check), without uvicorn's HTTP and the socket.

``bench/server_cpu.py`` measures a whole server process over loopback; this calls the
application object directly with raw ASGI messages, so the middlewares' own cost is not lost in
the noise of the HTTP and the client. SQLite in a temporary directory, the demo set, one desk.

    .venv/bin/python bench/edge_asgi.py                      # this checkout
    PYTHONPATH=/tmp/main-src .venv/bin/python bench/edge_asgi.py --code /tmp/main-src

Prints a markdown table: CPU microseconds per request (process CPU, all threads), median of
``--repeat`` runs of ``--rounds`` requests each.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--code", type=Path, default=Path(__file__).resolve().parents[1], help="checkout whose server runs")
ap.add_argument("--rounds", type=int, default=2000)
ap.add_argument("--repeat", type=int, default=5)
ARGS = ap.parse_args()
sys.path.insert(0, str(ARGS.code.resolve()))

from circulation_server.app import build_services, create_app  # noqa: E402
from circulation_server.config import Settings  # noqa: E402
from circulation_server.demo import ensure_demo  # noqa: E402


async def call(app, method: str, path: str, query: bytes = b"", headers=(), body: bytes = b"") -> tuple[int, list, bytes]:
    """One request through ``app`` as uvicorn would make it: (status, headers, body)."""
    scope = {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"}, "http_version": "1.1",
             "method": method, "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": query,
             "root_path": "", "headers": [(k.lower(), v) for k, v in headers],
             "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8000), "state": {}}
    sent = False
    out: dict = {"body": b""}

    async def receive():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(3600)

    async def send(message):
        if message["type"] == "http.response.start":
            out["status"], out["headers"] = message["status"], message["headers"]
        else:
            out["body"] += message.get("body", b"")

    await app(scope, receive, send)
    return out["status"], out["headers"], out["body"]


async def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="docflow-edge-") as tmp:
        services = build_services(Settings(data_dir=Path(tmp)))
        ensure_demo(services.db)
        app = create_app(services)
        services.notifier.bind(asyncio.get_running_loop())
        login = json.dumps({"username": "clerk", "password": "demo-clerk", "workstation_id": "ws-a-1"}).encode()
        status, _, body = await call(app, "POST", "/v1/auth/login", headers=[(b"content-type", b"application/json")],
                                     body=login)
        assert status == 200, body
        auth = [(b"authorization", b"Bearer " + json.loads(body)["token"].encode()),
                (b"x-docflow-workstation", b"ws-a-1"), (b"x-request-id", b"bench-1")]
        kinds = {
            "health (FastAPI route, no auth)": ("GET", "/v1/health", b"", [], b""),
            "changes empty (fast path)": ("GET", "/v1/changes", b"cursor=1000000000&limit=50&wait=0", auth, b""),
            "changes empty, bad query (FastAPI)": ("GET", "/v1/changes", b"cursor=1000000000&limit=50&x=1", auth, b""),
        }
        doc = str(uuid.uuid4())
        push = json.dumps({"ops": [{"op_id": str(uuid.uuid4()), "doc_id": doc, "type": "document.create",
                                    "base_version": 0, "payload": {"kind": "internal", "fields": {"subject": "edge"}},
                                    "blobs": []}]}).encode()
        json_auth = auth + [(b"content-type", b"application/json")]
        status, _, body = await call(app, "POST", "/v1/ops", b"", json_auth, push)
        assert status == 200 and json.loads(body)["results"][0]["status"] == "applied", body
        kinds["push replay of 1 op (fast path)"] = ("POST", "/v1/ops", b"", json_auth, push)
        kinds["push refused by the model (FastAPI)"] = ("POST", "/v1/ops", b"", json_auth, b'{"ops": []}')
        out: dict[str, list[float]] = {}
        for _ in range(ARGS.repeat):
            for name, (method, path, query, headers, body) in kinds.items():
                for _ in range(50):
                    await call(app, method, path, query, headers, body)
                t0 = time.process_time()
                for _ in range(ARGS.rounds):
                    await call(app, method, path, query, headers, body)
                out.setdefault(name, []).append((time.process_time() - t0) * 1e6 / ARGS.rounds)
        services.db.dispose()
        return {name: statistics.median(v) for name, v in out.items()}


def main() -> None:
    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass
    result = asyncio.run(run())
    load = os.getloadavg()
    print(f"\nCPU µs per request through the ASGI app of {ARGS.code}, medians of {ARGS.repeat} x {ARGS.rounds}; "
          f"load average {load[0]:.1f}\n")
    print("| request | µs |\n|---|---:|")
    for name, us in result.items():
        print(f"| {name} | {us:.0f} |")


if __name__ == "__main__":
    main()
