"""Bytes on the wire for a signature and its completion (B-B → B-LT) of a 1 KB letter, whole
files against deltas (issue 20: a level appends an incremental update; only those bytes need go).

A desk signs a one-page letter with a signer of the test PKI (real TSA, OCSP and CRL on
loopback), syncs; the institution's second desk pulls it; the signing desk completes the
signature to B-LT and syncs; the second desk pulls again. Both desks talk to the reference
server (TLS) through the link emulator (100 kbit/s each way, 400 ms round trip, no cuts). The
"before" run is the same engine with the delta choice switched off (the desk then sends and
fetches every version whole, as before deltas). Prints a markdown table of link bytes per step.

    .venv/bin/python bench/pdf_delta.py [--rate 100000] [--rtt 0.4]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.helpers import make_pdf  # noqa: E402
from tests.tools.linkemu import LinkEmulator  # noqa: E402
from tests.tools.secretservice import SecretServiceSession  # noqa: E402
from tests.tools.testca import make_test_ca  # noqa: E402
from tests.tools.tls_server import start_tls_server  # noqa: E402

P12_PASSPHRASE = "bench pass"


def run(tmp: Path, ca, pki, args, deltas: bool) -> list[tuple[str, int, int, int]]:
    """(step, file size, bytes up on the signing desk's sync, bytes down on the other desk's)."""
    from keyring.backends.SecretService import Keyring

    from desktop_app.signing import Pkcs12Identity
    from desktop_app.services.context import AppContext
    from desktop_app.sync import transfers
    from desktop_app.sync.credentials import CredentialStore
    from desktop_app.sync.engine import SyncEngine

    saved = transfers.delta_base, transfers.delta_bases
    if not deltas:
        transfers.delta_base, transfers.delta_bases = (lambda *a: None), (lambda *a: {})
    server = start_tls_server(tmp / "server", ca)
    desks = []
    try:
        with LinkEmulator(("127.0.0.1", server.port), rate_bps=args.rate, rtt=args.rtt) as link:
            for ws in ("ws-a-1", "ws-a-2"):
                ctx = AppContext.open(tmp / ws, username="admin")
                engine = SyncEngine(ctx, CredentialStore(Keyring()))
                engine.configure(f"https://127.0.0.1:{link.port}", ws, ca_bundle=str(ca.ca_pem))
                engine.login("admin", "demo-admin")
                engine.sync_now()
                desks.append((ctx, engine))
            (a1, e1), (a2, e2) = desks
            roots = tmp / "roots.pem"
            roots.write_bytes(pki.trust_roots_pem())
            a1.settings.set("trust_bundle", str(roots))
            a1.settings.set("tsa_url", pki.tsa_url)
            identity = Pkcs12Identity.from_bytes(pki.pkcs12("signer-ec", P12_PASSPHRASE.encode()), P12_PASSPHRASE,
                                                 label="signer-ec")
            letter = make_pdf("Letter on the water supply of the district school")
            rows = []

            def step(name: str, size: int) -> None:
                link.reset_stats()
                e1.sync_now()
                up = link.stats().bytes_up
                link.reset_stats()
                e2.sync_now()
                rows.append((name, size, up, link.stats().bytes_down))

            doc = a1.documents.create_document(letter, "letter.pdf", kind="outgoing", subject="Water supply").id
            step("the letter (original)", len(letter))
            signed = a1.signing.sign_document(doc, identity)
            step("signed, B-B", signed.file.size)
            (res,) = a1.signing.upgrade_due(force=True).results
            assert res.level == "B-LT", res.message
            step("completed, B-B → B-LT", _newest_size(a1, doc))
    finally:
        for ctx, engine in desks:
            engine.stop()
            ctx.close()
        server.stop()
        transfers.delta_base, transfers.delta_bases = saved
    return rows


def _newest_size(ctx, doc: str) -> int:
    from sqlalchemy import select

    from desktop_app.db.models import FileVersion

    with ctx.db.read() as s:
        return s.execute(select(FileVersion.size).where(FileVersion.document_id == doc)
                         .order_by(FileVersion.revision.desc()).limit(1)).scalar()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rate", type=float, default=100_000)
    ap.add_argument("--rtt", type=float, default=0.4)
    args = ap.parse_args()
    from tests.signing.testpki import TestPKI

    secrets = SecretServiceSession.start()
    secrets.apply()
    pki = TestPKI()
    pki.start()
    try:
        with tempfile.TemporaryDirectory(prefix="docflow-bench-delta-") as tmp:
            tmp = Path(tmp)
            ca = make_test_ca(tmp / "pki")
            before = run(tmp / "before", ca, pki, args, deltas=False)
            after = run(tmp / "after", ca, pki, args, deltas=True)
    finally:
        pki.stop()
        secrets.stop()
    print(f"\nA 1 KB letter signed and completed; link {args.rate / 1000:.0f} kbit/s each way, RTT {args.rtt * 1000:.0f} ms; "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| step | file (bytes) | signing desk up: whole | up: delta | other desk down: whole | down: delta |")
    print("|---|---:|---:|---:|---:|---:|")
    for (name, size, up0, down0), (_, size1, up1, down1) in zip(before, after):
        print(f"| {name} | {size1:,} | {up0:,} | {up1:,} | {down0:,} | {down1:,} |")
    tot = [sum(r[i] for r in rows) for rows in (before, after) for i in (2, 3)]
    print(f"| **all three** | | {tot[0]:,} | {tot[2]:,} | {tot[1]:,} | {tot[3]:,} |")
    print("\nLink bytes of the whole sync cycle (TLS, HTTP, op batches, the change feed, file bytes).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
