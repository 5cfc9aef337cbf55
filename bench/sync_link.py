"""Sync over a 2G/EDGE-class link: Docflow's engine against a naive whole-file POST baseline.

Twenty scanned documents (about 2 MB together) go from a desk to the real reference server
(behind TLS) through the link emulator: 100 kbit/s each way, 400 ms round trip, the connection
cut every 150-250 KB (fixed seed, so both runs meet the same cut points). Prints a markdown table:
wall time against the physical minimum (payload bits / link rate), link capacity used, bytes on
the wire / payload, bytes re-sent after cuts, requests made.

    .venv/bin/python bench/sync_link.py [--profile 2g|rural] [--docs 20] [--rate 100000] [--rtt 0.4]
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import requests  # noqa: E402

from tests.tools.linkemu import LinkEmulator, LinkProcess  # noqa: E402
from tests.tools.secretservice import SecretServiceSession  # noqa: E402
from tests.tools.testca import make_test_ca  # noqa: E402
from tests.tools.tls_server import start_tls_server  # noqa: E402
from bench.wire_tap import Tap, Trace, breakdown, file_request  # noqa: E402  (the wire's bytes: bench/wire_tap.py)


#: The link emulator the runs go through: in a process of its own (a real link is not in the desk's
#: process; in it, its pacing threads queue for the GIL behind the desk's busy threads), or with
#: ``--emulator-in-process`` in this one, as the bench had it until round 8.
Link = LinkProcess


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


# ------------------------------------------------------------------------- byte breakdown
class CountingClient:
    """Wraps SyncClient construction so the bench can add up requests and file bytes sent: on the
    client's own connection (``_send``) and on its pipelined transfer connection (``Pipe.send``,
    which carries the uploads: counted there, or ``patch_body_bytes`` stays 0)."""

    made: list = []

    def __new__(cls, *a, **kw):  # noqa: ANN002, ANN003
        from desktop_app.sync import pipeline
        from desktop_app.sync.client import SyncClient

        c = SyncClient(*a, **kw)
        orig = c._send

        def send(method, path, **k):  # noqa: ANN001, ANN003
            if file_request(method, path):
                c.file_bytes_sent = getattr(c, "file_bytes_sent", 0) + len(k.get("data") or b"")
            return orig(method, path, **k)

        c._send = send
        if Trace.on:
            c._send = Trace.wrap_send(c, c._send)
        if not getattr(pipeline.Pipe.send, "counted", False):
            piped, pieces = pipeline.Pipe.send, pipeline.Pieces

            def pipe_send(pipe, method, target, headers, body=b"", *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
                if not file_request(method, target):
                    return piped(pipe, method, target, headers, body, *a, **k)

                class Counted(pieces):  # a piece counts once the socket took it (the next is asked for)
                    def __iter__(self):  # noqa: ANN204
                        for piece in super().__iter__():
                            yield piece
                            pipe.client.file_bytes_sent = getattr(pipe.client, "file_bytes_sent", 0) + len(piece)

                pipeline.Pieces = Counted
                try:
                    return piped(pipe, method, target, headers, body, *a, **k)
                finally:
                    pipeline.Pieces = pieces

            pipe_send.counted = True
            pipeline.Pipe.send = pipe_send
        cls.made.append(c)
        return c


def run_docflow(pdfs: list[bytes], server, ca, args, workdir: Path, cuts: bool = True) -> dict:
    from keyring.backends.SecretService import Keyring

    from desktop_app.services.context import AppContext
    from desktop_app.services.types import RegisterInput
    from desktop_app.sync.credentials import CredentialStore
    from desktop_app.sync.engine import SyncEngine

    CountingClient.made = []
    with Link(("127.0.0.1", server.port), rate_bps=args.rate, rtt=args.rtt, cut_range=args.cuts,
                      seed=args.seed, capture=args.breakdown) as link:
        ctx = AppContext.open(workdir / "desk", username="admin")
        engine = SyncEngine(ctx, CredentialStore(Keyring()), client_factory=CountingClient)
        engine.configure(f"https://127.0.0.1:{link.port}", "ws-a-1", ca_bundle=str(ca.ca_pem))
        link.set_cut_range(None)
        _first_sync(engine)  # directory, journals, number blocks: before the measured part
        for i, pdf in enumerate(pdfs):
            row = ctx.documents.create_document(pdf, f"scan-{i:02d}.pdf", subject=f"Scanned letter {i}")
            ctx.documents.register(row.id, RegisterInput("IN", correspondent="Ministry"))
        result = _measured_sync(engine, link, args.cuts if cuts else None, lambda: engine.status().ops_waiting == 0)
        ctx.close()
    return result


def _first_sync(engine) -> None:
    """Log in and sync once through the link (up to ten tries), before the measured part."""
    from desktop_app.sync.client import SyncError

    for _ in range(10):
        try:
            engine.login("admin", "demo-admin")
            engine.sync_now()
            return
        except SyncError:
            continue


def _measured_sync(engine, link, cut_range, done) -> dict:
    """Sync through the link (cut every ``cut_range`` bytes) until ``done()``; what it cost."""
    from desktop_app.sync.client import SyncError

    CountingClient.made = []
    link.reset_stats()
    Tap.reset()
    link.set_cut_range(cut_range)
    t0 = Trace.t0 = time.monotonic()
    failures = 0
    while True:
        try:
            engine.sync_now()
            if done():
                break
        except SyncError:
            failures += 1
            time.sleep(0.2)
    wall = time.monotonic() - t0
    st = link.stats()
    use = link.line_use()
    if Trace.on:  # the line's pauses on the timeline (the emulator's clock is this machine's monotonic one)
        for way, (_, gaps) in use.items():
            for start, length in gaps:
                if start >= t0:
                    print(f"# trace {start - t0:8.2f} s  link: {way} line idle {length:.2f} s", file=sys.stderr, flush=True)
    sent = sum(getattr(c, "file_bytes_sent", 0) for c in CountingClient.made)
    reqs = sum(c.requests_made for c in CountingClient.made)
    conn_log = [r for r in link.connection_log() if r.bytes_up or r.bytes_down]
    return {"wall": wall, "up": st.bytes_up, "down": st.bytes_down, "cuts": st.cuts, "requests": reqs,
            "failures": failures, "patch_body_bytes": sent, "connections": len(conn_log), "conn_log": conn_log,
            "idle_up": wall - use["up"][0], "idle_down": wall - use["down"][0]}


def run_docflow_down(pdfs: list[bytes], server, ca, args, workdir: Path, cuts: bool = True) -> dict:
    """The other direction: one desk puts the documents on the server (directly, not measured);
    a second desk of the institution pulls them through the link (change feed, then the files)."""
    from keyring.backends.SecretService import Keyring
    from sqlalchemy import func, select

    from desktop_app.db.models import SyncTransfer
    from desktop_app.services.context import AppContext
    from desktop_app.services.types import RegisterInput
    from desktop_app.sync.credentials import CredentialStore
    from desktop_app.sync.engine import SyncEngine

    CountingClient.made = []
    with Link(("127.0.0.1", server.port), rate_bps=args.rate, rtt=args.rtt, cut_range=None,
                      seed=args.seed, capture=args.breakdown) as link:
        sender = AppContext.open(workdir / "sender", username="admin")
        sending = SyncEngine(sender, CredentialStore(Keyring()))
        sending.configure(server.url, "ws-a-1", ca_bundle=str(ca.ca_pem))
        sending.login("admin", "demo-admin")
        ctx = AppContext.open(workdir / "desk", username="admin")
        engine = SyncEngine(ctx, CredentialStore(Keyring()), client_factory=CountingClient)
        engine.configure(f"https://127.0.0.1:{link.port}", "ws-a-2", ca_bundle=str(ca.ca_pem))
        _first_sync(engine)  # directory, journals, the feed so far: before the measured part
        for i, pdf in enumerate(pdfs):
            row = sender.documents.create_document(pdf, f"scan-{i:02d}.pdf", subject=f"Scanned letter {i}")
            sender.documents.register(row.id, RegisterInput("IN", correspondent="Ministry"))
        while True:
            sending.sync_now()
            if sending.status().ops_waiting == 0:
                break
        sending.stop()
        sender.close()

        def files_here() -> int:
            with ctx.db.read() as s:
                return s.execute(select(func.count()).select_from(SyncTransfer).where(
                    SyncTransfer.direction == SyncTransfer.DOWN, SyncTransfer.state == SyncTransfer.DONE)).scalar()

        result = _measured_sync(engine, link, args.cuts if cuts else None, lambda: files_here() >= len(pdfs))
        engine.stop()
        ctx.close()
    return result


def run_naive_down(pdfs: list[bytes], server, ca, args, cuts: bool = True) -> dict:
    """Naive download: each file one plain GET, from byte 0 again after a cut (the documents put on
    the server directly first, not measured)."""
    verify = str(ca.ca_pem)
    direct = requests.Session()
    tok = direct.post(server.url + "/v1/auth/login", json={"username": "admin", "password": "demo-admin",
                                                            "workstation_id": "ws-a-1"}, verify=verify, timeout=60).json()["token"]
    hdrs = {"Authorization": f"Bearer {tok}", "X-Docflow-Workstation": "ws-a-1", "Tus-Resumable": "1.0.0"}
    shas = []
    for pdf in pdfs:
        sha = hashlib.sha256(pdf).hexdigest()
        meta = f"sha256 {base64.b64encode(sha.encode()).decode()}"
        r = direct.post(server.url + "/v1/uploads", verify=verify, timeout=60, data=pdf, headers={
            **hdrs, "Upload-Length": str(len(pdf)), "Upload-Metadata": meta,
            "Content-Type": "application/offset+octet-stream"})
        assert r.status_code == 201 and r.headers["Upload-Offset"] == str(len(pdf)), r.text
        shas.append(sha)
    with Link(("127.0.0.1", server.port), rate_bps=args.rate, rtt=args.rtt, cut_range=None,
                      seed=args.seed) as link:
        base = f"https://127.0.0.1:{link.port}"
        http = requests.Session()
        link.reset_stats()
        link.set_cut_range(args.cuts if cuts else None)
        requests_made = 0
        t0 = time.monotonic()
        for sha, pdf in zip(shas, pdfs):
            while True:
                requests_made += 1
                try:
                    r = http.get(base + f"/v1/files/{sha}", headers={**hdrs, "Accept-Encoding": "identity"},
                                 verify=verify, timeout=120)
                    if r.status_code == 200 and r.content == pdf:
                        break
                except requests.RequestException:
                    time.sleep(0.2)
        wall = time.monotonic() - t0
        st = link.stats()
    return {"wall": wall, "up": st.bytes_up, "down": st.bytes_down, "cuts": st.cuts, "requests": requests_made,
            "failures": 0, "patch_body_bytes": 0}


def run_naive(pdfs: list[bytes], server, ca, args, cuts: bool = True) -> dict:
    """Each file POSTed whole (one tus creation carrying the whole file, the simplest client),
    and after a cut the file starts again from byte 0 as a new upload (a creation with a body
    always makes a new one); metadata as plain JSON, one request per operation.

    (It used to be a bodiless creation and a PATCH of the whole file from offset 0: after a cut
    the server hands the cut upload back to a bodiless creation, at the bytes it kept, and a
    PATCH from 0 then met 409 offset_mismatch again and again -- the client never honoured the
    offset, so it went round in circles. And its retry loop dropped the request's headers after a
    cut, so the retried creation went without Upload-Length: 400, no Location, the crash once
    seen.)"""
    import uuid

    with Link(("127.0.0.1", server.port), rate_bps=args.rate, rtt=args.rtt, cut_range=None,
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
        link.set_cut_range(args.cuts if cuts else None)
        requests_made = 0
        sent = 0

        def call(method, path, headers=None, **kw):  # noqa: ANN001, ANN003
            nonlocal requests_made
            while True:  # every try with the same headers (popping them from kw lost them after a cut)
                requests_made += 1
                try:
                    return http.request(method, base + path, headers={**auth, **(headers or {})}, verify=verify,
                                        timeout=120, **kw)
                except requests.RequestException:
                    time.sleep(0.2)

        t0 = time.monotonic()
        for i, pdf in enumerate(pdfs):
            sha = hashlib.sha256(pdf).hexdigest()
            meta = f"sha256 {base64.b64encode(sha.encode()).decode()},filename {base64.b64encode(b'scan.pdf').decode()}"
            while True:
                sent += len(pdf)
                r = call("POST", "/v1/uploads", data=pdf, headers={
                    "Upload-Length": str(len(pdf)), "Upload-Metadata": meta,
                    "Content-Type": "application/offset+octet-stream"})
                if r.status_code == 201 and int(r.headers["Upload-Offset"]) == len(pdf):
                    break
                print(f"# naive: creation answered {r.status_code} {r.text[:300]!r}; again", file=sys.stderr, flush=True)
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


def emulator_ceiling(args, nbytes: int = 100_000) -> float:
    """Share of its rate the link emulator itself carries right now: ``nbytes`` of raw TCP through
    it, no TLS, no HTTP. On a loaded machine the emulator's pacing threads wake late and the link
    runs below its rate for every client alike -- the engine's share is to be read against this."""
    import socket
    import threading

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    got = threading.Event()

    def sink() -> None:
        c, _ = srv.accept()
        n = 0
        while n < nbytes and (d := c.recv(65536)):
            n += len(d)
        got.set()
        c.close()

    threading.Thread(target=sink, daemon=True).start()
    with Link(("127.0.0.1", srv.getsockname()[1]), rate_bps=args.rate, rtt=args.rtt) as link:
        s = socket.create_connection(("127.0.0.1", link.port))
        t0 = time.monotonic()
        s.sendall(b"x" * nbytes)
        got.wait(600)
        wall = time.monotonic() - t0
        s.close()
    srv.close()
    return (nbytes * 8 / args.rate + args.rtt / 2) / wall


#: Link profiles of issue 20: the 2G/EDGE-class link and the harsh rural one.
PROFILES = {
    "2g": {"docs": 20, "total": 2_000_000, "rate": 100_000, "rtt": 0.4, "cuts": (150_000, 250_000)},
    "rural": {"docs": 3, "total": 280_000, "rate": 20_000, "rtt": 0.65, "cuts": (30_000, 60_000)},
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--profile", choices=sorted(PROFILES), default="2g",
                    help="link and workload: 2g = 20 documents, 100 kbit/s, 400 ms, cuts every 150-250 KB; "
                         "rural = 3 documents, 20 kbit/s, 650 ms, cuts every 30-60 KB (the options below override it)")
    ap.add_argument("--direction", choices=("up", "down", "both"), default="up",
                    help="up: a desk sends the documents; down: a second desk receives them")
    ap.add_argument("--docs", type=int)
    ap.add_argument("--total", type=int, help="payload bytes of all documents together")
    ap.add_argument("--rate", type=float, help="bits per second, each direction")
    ap.add_argument("--rtt", type=float)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--breakdown", action="store_true",
                    help="also print where the engine's wire bytes went (TLS, HTTP heads, bodies, file bytes)")
    ap.add_argument("--trace", action="store_true",
                    help="print a timeline of the measured syncs (requests, answers, connections) on stderr")
    ap.add_argument("--clean-only", action="store_true",
                    help="only the run without cuts (quicker; the table's cut columns repeat it)")
    ap.add_argument("--emulator-in-process", action="store_true",
                    help="run the link emulator in the bench's own process (as before round 8; its threads then "
                         "share the GIL with the desk's, which slows the link below its rate)")
    ap.add_argument("--skip-naive", action="store_true", help="run only the engine (quicker; no baseline row)")
    args = ap.parse_args()
    for key, value in PROFILES[args.profile].items():
        if getattr(args, key, None) is None:
            setattr(args, key, value)
    if args.emulator_in_process:
        global Link
        Link = LinkEmulator
    if args.breakdown:
        Tap.install()
    if args.trace:
        Trace.install()

    load = [os.getloadavg()]
    ceiling = [emulator_ceiling(args)]
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
            runs = []
            if args.direction in ("up", "both"):
                runs += [("up: Docflow sync engine", lambda srv, cuts: run_docflow(pdfs, srv, ca, args, tmp / f"d{cuts}", cuts)),
                         ("up: naive, whole-file POST, retry from zero", lambda srv, cuts: run_naive(pdfs, srv, ca, args, cuts))]
            if args.direction in ("down", "both"):
                runs += [("down: Docflow sync engine (second desk)",
                          lambda srv, cuts: run_docflow_down(pdfs, srv, ca, args, tmp / f"dd{cuts}", cuts)),
                         ("down: naive, whole-file GET, retry from zero",
                          lambda srv, cuts: run_naive_down(pdfs, srv, ca, args, cuts))]
            for name, fn in [r for r in runs if "naive" not in r[0]] if args.skip_naive else runs:
                result = {}
                for cuts in (False,) if args.clean_only else (True, False):  # the clean run tells what the cuts cost
                    server = start_tls_server(tmp / f"srv-{len(rows)}-{cuts}", ca)
                    try:
                        result[cuts] = fn(server, cuts)
                    finally:
                        server.stop()
                    shown = {k: v for k, v in result[cuts].items() if k != "conn_log"}
                    print(f"# {name}, cuts={cuts}: {shown}", file=sys.stderr, flush=True)
                    if args.breakdown and "conn_log" in result[cuts]:
                        result[cuts]["breakdown"] = breakdown(result[cuts]["conn_log"], payload,
                                                              "down" if name.startswith("down") else "up")
                rows.append((name, result.get(True, result[False]), result[False]))
        finally:
            secrets.stop()
    ceiling.append(emulator_ceiling(args))
    load.append(os.getloadavg())
    chunk = 256 * 1024
    print(f"\n{args.docs} scanned documents, {payload / 1e6:.2f} MB payload; link {args.rate / 1000:.0f} kbit/s each way, "
          f"RTT {args.rtt * 1000:.0f} ms, cut every {args.cuts[0] // 1000}-{args.cuts[1] // 1000} KB (seed {args.seed}); physical minimum {minimum:.0f} s; "
          f"the emulator ({'in the bench process' if Link is LinkEmulator else 'a process of its own'}) alone carried "
          f"{ceiling[0] * 100:.0f} % / {ceiling[1] * 100:.0f} % of its rate before / after the runs "
          f"(raw TCP; below 100 % the machine's load slows the link for every client); load average (1, 5, 15 min) "
          f"{' '.join(f'{x:.1f}' for x in load[0])} before, {' '.join(f'{x:.1f}' for x in load[1])} after\n")
    print("| client | wall time (s) | minimum (s) | link capacity used | wire bytes / payload | cuts "
          "| bytes re-sent after cuts | re-sent per cut (in 256 KiB chunks) | requests | files' line idle (s) "
          "| wall time without cuts (s) | files' line idle without cuts (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r, clean in rows:
        wire = r["up"] + r["down"]
        way = "down" if name.startswith("down") else "up"
        resent = max(0, r[way] - clean[way])  # bytes the cuts added in the files' direction (lost data + reconnects)
        per_cut = resent / r["cuts"] / chunk if r["cuts"] else 0.0
        idle = {k: f"{x[f'idle_{way}']:.1f}" if f"idle_{way}" in x else "–" for k, x in (("cut", r), ("clean", clean))}
        print(f"| {name} | {r['wall']:.1f} | {minimum:.1f} | {minimum / r['wall'] * 100:.1f} % | {wire / payload:.3f} "
              f"| {r['cuts']} | {resent:,} | {per_cut:.2f} | {r['requests']} | {idle['cut']} | {clean['wall']:.1f} "
              f"| {idle['clean']} |")
    for name, r, clean in rows:
        if "breakdown" not in r:
            continue
        print(f"\nWhere the wire bytes of \"{name}\" went (bytes; with cuts / without cuts):\n")
        print("| category | up | down | up, no cuts | down, no cuts |")
        print("|---|---:|---:|---:|---:|")
        other = {k: (u, d) for k, u, d in clean["breakdown"]}
        for k in sorted({k for k, _, _ in r["breakdown"]} | set(other)):
            u, d = next(((u, d) for kk, u, d in r["breakdown"] if kk == k), (0, 0))
            cu, cd = other.get(k, (0, 0))
            print(f"| {k} | {u:,} | {d:,} | {cu:,} | {cd:,} |")
        print(f"| **link total** (connections: {r['connections']} / {clean['connections']}) | {r['up']:,} | {r['down']:,} "
              f"| {clean['up']:,} | {clean['down']:,} |")
    print("\nfiles' line idle = wall time minus the line time the link emulator used in the files' direction "
          "(up, or down for the down rows): handshakes' round trips, waits for answers, pauses after cuts.")
    print("\nbytes re-sent after cuts = bytes in the files' direction (up, or down for the down rows) of the run with "
          "cuts minus those of the same run without cuts (so it includes the TLS handshakes of the reconnections).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
