"""What compression does to the JSON of a sync: op batches up, change-feed pages down.

The bench's op mix (bench/sync_link.py: scanned letters created, each with its file attached,
registered) is pushed by a real desk's engine to the reference server (TLS on loopback, no link
emulator: only bytes are counted here), and a second desk pulls the change feed. Every JSON body
is recorded as the engine made it (requests) or read it (answers, after gunzip), then sized:

* raw JSON (what a client without compression would send),
* gzip level 6 (what goes on the wire today: the client gzips every op batch, the server every
  answer over 500 bytes),
* deflate with a preset dictionary "trained" on ANOTHER run (other documents, other ids): the
  last 32 KiB of that run's bodies of the same kind. This is what a trained dictionary could add
  (zstd's dictionaries work the same way; zstd is not a dependency, zlib's preset dictionary is
  in the standard library). Measurement only: the protocol has no dictionary encoding.

    .venv/bin/python bench/json_bytes.py [--docs 20]
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.sync_link import scanned_pdfs  # noqa: E402
from tests.tools.secretservice import SecretServiceSession  # noqa: E402
from tests.tools.testca import make_test_ca  # noqa: E402
from tests.tools.tls_server import start_tls_server  # noqa: E402


def _recording_client(bodies: list[tuple[str, bytes]]):
    from desktop_app.sync.client import SyncClient

    class Recording(SyncClient):
        def _post_json(self, path, body, **kw):  # noqa: ANN001, ANN003, ANN201
            kind = "op batch (up)" if path.split("?")[0].endswith("/ops") else f"POST {path.rsplit('/', 1)[-1]} (up)"
            bodies.append((kind, json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()))
            return super()._post_json(path, body, **kw)

        def _json(self, r):  # noqa: ANN001, ANN201
            raw = self._read_body(r, self.max_json_response)
            path = r.request.path_url.split("?")[0]
            kind = {"/v1/ops": "op results (down)", "/v1/changes": "change-feed page (down)"}.get(path, "other answers (down)")
            bodies.append((kind, raw))
            return json.loads(raw)

    return Recording


def run(pdfs: list[bytes], server, ca, workdir: Path, ws_push: str, ws_pull: str) -> list[tuple[str, bytes]]:
    """One desk pushes the documents; another pulls them. Returns every JSON body with its kind."""
    from keyring.backends.SecretService import Keyring

    from desktop_app.services.context import AppContext
    from desktop_app.services.types import RegisterInput
    from desktop_app.sync.credentials import CredentialStore
    from desktop_app.sync.engine import SyncEngine

    bodies: list[tuple[str, bytes]] = []
    desks = []
    for ws in (ws_push, ws_pull):
        ctx = AppContext.open(workdir / ws, username="admin")
        engine = SyncEngine(ctx, CredentialStore(Keyring()), client_factory=_recording_client(bodies))
        engine.configure(server.url, ws, ca_bundle=str(ca.ca_pem))
        engine.login("admin", "demo-admin")
        engine.sync_now()
        desks.append((ctx, engine))
    bodies.clear()  # directory, journals, number blocks: not the workload
    ctx, engine = desks[0]
    for i, pdf in enumerate(pdfs):
        row = ctx.documents.create_document(pdf, f"scan-{i:02d}.pdf", subject=f"Scanned letter {i}")
        ctx.documents.register(row.id, RegisterInput("IN", correspondent="Ministry"))
    engine.sync_now()
    pushed = [b for b in bodies if b[0] != "change-feed page (down)"]  # the pushing desk's own pull aside
    bodies.clear()
    desks[1][1].sync_now()
    for c, e in desks:
        e.stop()
        c.close()
    return pushed + [b for b in bodies if b[0] == "change-feed page (down)"]


def _deflate(data: bytes, zdict: bytes | None) -> int:
    c = zlib.compressobj(6, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, **({"zdict": zdict} if zdict else {}))
    return len(c.compress(data) + c.flush()) + 18  # + gzip's header and trailer, to compare like with like


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=20)
    args = ap.parse_args()
    secrets = SecretServiceSession.start()
    secrets.apply()
    try:
        with tempfile.TemporaryDirectory(prefix="docflow-json-") as tmp:
            tmp = Path(tmp)
            ca = make_test_ca(tmp / "pki")
            server = start_tls_server(tmp / "srv", ca)
            try:
                training = run(scanned_pdfs(args.docs, 100_000, 11), server, ca, tmp / "t", "ws-a-1", "ws-a-2")
                measured = run(scanned_pdfs(args.docs, 100_000, 7), server, ca, tmp / "m", "ws-a-1", "ws-a-2")
            finally:
                server.stop()
    finally:
        secrets.stop()
    kinds = sorted({k for k, _ in measured})
    print(f"\nJSON bodies of a sync of {args.docs} documents (created, file attached, registered): pushed by "
          "one desk, change feed pulled by another. Dictionary: last 32 KiB of another run's bodies of the same kind.\n")
    print("| body | count | JSON bytes | gzip-6 (today) | gzip ÷ JSON | deflate + trained dictionary | dictionary ÷ JSON |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    totals = [0, 0, 0, 0]
    for kind in kinds:
        zdict = b"".join(b for k, b in training if k == kind)[-32768:] or None
        items = [b for k, b in measured if k == kind]
        raw = sum(map(len, items))
        gz = sum(len(gzip.compress(b, compresslevel=6)) for b in items)
        dz = sum(_deflate(b, zdict) for b in items)
        totals = [totals[0] + len(items), totals[1] + raw, totals[2] + gz, totals[3] + dz]
        print(f"| {kind} | {len(items)} | {raw:,} | {gz:,} | {gz / raw:.2f} | {dz:,} | {dz / raw:.2f} |")
    print(f"| **all** | {totals[0]} | {totals[1]:,} | {totals[2]:,} | {totals[2] / totals[1]:.2f} | {totals[3]:,} "
          f"| {totals[3] / totals[1]:.2f} |")
    print("\n(The server gzips answers over 500 bytes only; smaller ones travel as JSON. Counted here: every body.)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
