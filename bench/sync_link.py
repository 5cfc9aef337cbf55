"""Sync over a 2G/EDGE-class link: Docflow's engine against a naive whole-file POST baseline.

Twenty scanned documents (about 2 MB together) go from a desk to the real reference server
(behind TLS) through the link emulator: 100 kbit/s each way, 400 ms round trip, the connection
cut every 150-250 KB (fixed seed, so both runs meet the same cut points). Prints a markdown table:
wall time against the physical minimum (payload bits / link rate), link capacity used, bytes on
the wire / payload, bytes re-sent after cuts, requests made.

    .venv/bin/python bench/sync_link.py [--docs 20] [--rate 100000] [--rtt 0.4]
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import requests  # noqa: E402

from tests.tools.linkemu import LinkEmulator  # noqa: E402
from tests.tools.secretservice import SecretServiceSession  # noqa: E402
from tests.tools.testca import make_test_ca  # noqa: E402
from tests.tools.tls_server import start_tls_server  # noqa: E402


def scanned_pdfs(n: int, total: int, seed: int) -> list[bytes]:
    """``n`` PDFs that look like scans (a JPEG page of paper noise), about ``total`` bytes together."""
    from PIL import Image

    rng = random.Random(seed)
    out = []
    for i in range(n):
        target = int(total / n * rng.uniform(0.6, 1.4))
        side = 300
        while True:
            im = Image.effect_noise((side, int(side * 1.41)), 40 + i).convert("L")
            buf = io.BytesIO()
            im.save(buf, "PDF", resolution=100.0, quality=70)
            if buf.tell() >= target or side > 3000:
                out.append(buf.getvalue())
                break
            side = int(side * (target / max(buf.tell(), 1)) ** 0.5) + 8
    return out


class CountingClient:
    """Wraps SyncClient construction so the bench can add up requests and file bytes sent."""

    made: list = []

    def __new__(cls, *a, **kw):  # noqa: ANN002, ANN003
        from desktop_app.sync.client import SyncClient

        c = SyncClient(*a, **kw)
        orig = c._send

        def send(method, path, **k):  # noqa: ANN001, ANN003
            if method == "PATCH":
                c.file_bytes_sent = getattr(c, "file_bytes_sent", 0) + len(k.get("data") or b"")
            return orig(method, path, **k)

        c._send = send
        cls.made.append(c)
        return c


def run_docflow(pdfs: list[bytes], server, ca, args, workdir: Path, cuts: bool = True) -> dict:
    from keyring.backends.SecretService import Keyring

    from desktop_app.services.context import AppContext
    from desktop_app.services.types import RegisterInput
    from desktop_app.sync.client import SyncError
    from desktop_app.sync.credentials import CredentialStore
    from desktop_app.sync.engine import SyncEngine

    CountingClient.made = []
    with LinkEmulator(("127.0.0.1", server.port), rate_bps=args.rate, rtt=args.rtt, cut_range=(150_000, 250_000),
                      seed=args.seed) as link:
        ctx = AppContext.open(workdir / "desk", username="admin")
        engine = SyncEngine(ctx, CredentialStore(Keyring()), client_factory=CountingClient)
        engine.configure(f"https://127.0.0.1:{link.port}", "ws-a-1", ca_bundle=str(ca.ca_pem))
        link.set_cut_range(None)
        for _ in range(10):
            try:
                engine.login("admin", "demo-admin")
                engine.sync_now()  # directory, journals, number blocks: before the measured part
                break
            except SyncError:
                continue
        for i, pdf in enumerate(pdfs):
            row = ctx.documents.create_document(pdf, f"scan-{i:02d}.pdf", subject=f"Scanned letter {i}")
            ctx.documents.register(row.id, RegisterInput("IN", correspondent="Ministry"))
        CountingClient.made = []
        link.reset_stats()
        link.set_cut_range((150_000, 250_000) if cuts else None)
        t0 = time.monotonic()
        failures = 0
        while True:
            try:
                engine.sync_now()
                if engine.status().ops_waiting == 0:
                    break
            except SyncError:
                failures += 1
                time.sleep(0.2)
        wall = time.monotonic() - t0
        st = link.stats()
        sent = sum(getattr(c, "file_bytes_sent", 0) for c in CountingClient.made)
        reqs = sum(c.requests_made for c in CountingClient.made)
        ctx.close()
    return {"wall": wall, "up": st.bytes_up, "down": st.bytes_down, "cuts": st.cuts, "requests": reqs,
            "failures": failures, "patch_body_bytes": sent}


def run_naive(pdfs: list[bytes], server, ca, args, cuts: bool = True) -> dict:
    """Each file POSTed whole (one tus creation + one PATCH of the whole file, the simplest
    client), and after a cut the file starts again from byte 0 as a new upload; metadata as
    plain JSON, one request per operation."""
    import uuid

    with LinkEmulator(("127.0.0.1", server.port), rate_bps=args.rate, rtt=args.rtt, cut_range=None,
                      seed=args.seed) as link:
        base = f"https://127.0.0.1:{link.port}"
        http = requests.Session()
        verify = str(ca.ca_pem)
        tok = None
        while tok is None:
            try:
                tok = http.post(base + "/v1/auth/login", json={"username": "admin", "password": "demo-admin",
                                                               "workstation_id": "ws-a-1"}, verify=verify, timeout=60).json()["token"]
            except requests.RequestException:
                pass
        auth = {"Authorization": f"Bearer {tok}", "X-Docflow-Workstation": "ws-a-1", "Tus-Resumable": "1.0.0",
                "Accept-Encoding": "identity"}
        journal = next(j for j in http.get(base + "/v1/journals", headers=auth, verify=verify, timeout=60).json()["journals"]
                       if j["code"] == "IN")
        link.reset_stats()
        link.set_cut_range((150_000, 250_000) if cuts else None)
        requests_made = 0
        sent = 0

        def call(method, path, **kw):  # noqa: ANN001, ANN003
            nonlocal requests_made
            while True:
                requests_made += 1
                try:
                    return http.request(method, base + path, headers={**auth, **kw.pop("headers", {})}, verify=verify,
                                        timeout=120, **kw)
                except requests.RequestException:
                    time.sleep(0.2)

        t0 = time.monotonic()
        for i, pdf in enumerate(pdfs):
            sha = hashlib.sha256(pdf).hexdigest()
            meta = f"sha256 {base64.b64encode(sha.encode()).decode()},filename {base64.b64encode(b'scan.pdf').decode()}"
            while True:
                r = call("POST", "/v1/uploads", headers={"Upload-Length": str(len(pdf)), "Upload-Metadata": meta})
                if r.status_code == 201 and int(r.headers["Upload-Offset"]) == len(pdf):
                    break
                url = r.headers["Location"]
                requests_made += 1
                sent += len(pdf)
                try:
                    p = http.patch(base + url, data=pdf, verify=verify, timeout=120,
                                   headers={**auth, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
                    if p.status_code == 204:
                        break
                except requests.RequestException:
                    pass
                time.sleep(0.2)
            doc = str(uuid.uuid4())
            for n, (typ, payload, bv, blobs) in enumerate([
                    ("document.create", {"kind": "incoming", "fields": {"subject": f"Scanned letter {i}"}}, 0, []),
                    ("file.attach", {"sha256": sha, "role": "original", "name": f"scan-{i:02d}.pdf",
                                     "media_type": "application/pdf", "size": len(pdf)}, 1, [sha]),
                    ("registration.register", {"journal_id": journal["id"], "date": time.strftime("%Y-%m-%d"),
                                               "mode": "server"}, 2, [])]):
                body = {"ops": [{"op_id": str(uuid.uuid4()), "doc_id": doc, "type": typ, "base_version": bv,
                                 "payload": payload, "blobs": blobs}]}
                while True:
                    r = call("POST", "/v1/ops", data=json.dumps(body), headers={"Content-Type": "application/json"})
                    if r.status_code == 200:
                        break
        wall = time.monotonic() - t0
        st = link.stats()
    return {"wall": wall, "up": st.bytes_up, "down": st.bytes_down, "cuts": st.cuts, "requests": requests_made,
            "failures": 0, "patch_body_bytes": sent}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--total", type=int, default=2_000_000, help="payload bytes of all documents together")
    ap.add_argument("--rate", type=float, default=100_000, help="bits per second, each direction")
    ap.add_argument("--rtt", type=float, default=0.4)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    pdfs = scanned_pdfs(args.docs, args.total, args.seed)
    payload = sum(map(len, pdfs))
    minimum = payload * 8 / args.rate
    secrets = SecretServiceSession.start()
    secrets.apply()
    rows = []
    with tempfile.TemporaryDirectory(prefix="docflow-bench-") as tmp:
        tmp = Path(tmp)
        ca = make_test_ca(tmp / "pki")
        try:
            for name, fn in (("Docflow sync engine", lambda srv, cuts: run_docflow(pdfs, srv, ca, args, tmp / f"d{cuts}", cuts)),
                             ("naive: whole-file POST, retry from zero", lambda srv, cuts: run_naive(pdfs, srv, ca, args, cuts))):
                result = {}
                for cuts in (True, False):  # the clean run tells what the cuts cost
                    server = start_tls_server(tmp / f"srv-{len(rows)}-{cuts}", ca)
                    try:
                        result[cuts] = fn(server, cuts)
                    finally:
                        server.stop()
                    print(f"# {name}, cuts={cuts}: {result[cuts]}", file=sys.stderr, flush=True)
                rows.append((name, result[True], result[False]))
        finally:
            secrets.stop()
    chunk = 256 * 1024
    print(f"\n{args.docs} scanned documents, {payload / 1e6:.2f} MB payload; link {args.rate / 1000:.0f} kbit/s each way, "
          f"RTT {args.rtt * 1000:.0f} ms, cut every 150-250 KB (seed {args.seed}); physical minimum {minimum:.0f} s\n")
    print("| client | wall time (s) | minimum (s) | link capacity used | wire bytes / payload | cuts "
          "| bytes re-sent after cuts | re-sent per cut (in 256 KiB chunks) | requests | wall time without cuts (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r, clean in rows:
        wire = r["up"] + r["down"]
        resent = max(0, r["up"] - clean["up"])  # upstream bytes the cuts added (lost data + reconnects)
        per_cut = resent / r["cuts"] / chunk if r["cuts"] else 0.0
        print(f"| {name} | {r['wall']:.0f} | {minimum:.0f} | {minimum / r['wall'] * 100:.0f} % | {wire / payload:.3f} "
              f"| {r['cuts']} | {resent:,} | {per_cut:.2f} | {r['requests']} | {clean['wall']:.0f} |")
    print("\nbytes re-sent after cuts = upstream bytes of the run with cuts minus those of the same run without cuts "
          "(so it includes the TLS handshakes of the reconnections).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
