"""Power-cut proof: a child importing in a loop is SIGKILLed at random moments, 50 times."""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.helpers import make_ctx

CHILD = r"""
import os, sys
from tests.helpers import make_ctx, make_pdf
ctx = make_ctx(sys.argv[1])
work = sys.argv[2]
print("ready", flush=True)
n = int(sys.argv[3])
while True:
    n += 1
    p = os.path.join(work, f"f{n}.pdf")
    with open(p, "wb") as f:
        f.write(make_pdf(f"crash {n} " + "x" * (n % 50), pages=1 + n % 3))
    ctx.documents.import_files([p])
    print("imported", flush=True)
"""


@pytest.mark.slow
def test_sigkill_during_imports_loses_nothing_and_leaves_nothing_partial(tmp_path):
    profile = tmp_path / "profile"
    work = tmp_path / "in"
    work.mkdir()
    make_ctx(profile).close()
    rng = random.Random(20261126)
    committed_before = 0
    for i in range(50):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(profile), str(work), str(i * 10_000)],
                                 stdout=subprocess.PIPE, text=True, cwd=os.getcwd())
        assert child.stdout.readline().strip() == "ready"
        # Kill at a random moment among the later imports (a loaded CI machine is slow to start
        # the child, so waiting for its first commit keeps every kill inside the import loop).
        assert child.stdout.readline().strip() == "imported"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        committed_before = _check(profile, committed_before)
    assert committed_before >= 50  # the loop really imported while being killed


def _check(profile, previous):
    con = sqlite3.connect(profile / "docflow.sqlite3")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        docs = con.execute("SELECT count(*) FROM document").fetchone()[0]
        assert docs >= previous, "a committed document disappeared"
        partial = con.execute(
            "SELECT count(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM file_version f WHERE f.document_id = d.id)"
            " OR NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.document_id = d.id)"
            " OR NOT EXISTS (SELECT 1 FROM outbox_op o WHERE o.document_id = d.id AND o.op_type = 'document.create')"
            " OR NOT EXISTS (SELECT 1 FROM search_fts s WHERE s.document_id = d.id)").fetchone()[0]
        assert partial == 0, "a document was committed without its file, audit event, outbox op or index entry"
        hashes = [r[0] for r in con.execute("SELECT sha256 FROM file_version")]
    finally:
        con.close()
    for sha in hashes:
        assert (profile / "blobs" / sha[:2] / sha).exists(), f"committed file {sha} has no blob"
    ctx = make_ctx(profile)  # what start-up does: the check removes orphans and reports missing blobs
    rep = ctx.admin.check_store()
    assert rep.missing == () and rep.integrity == "ok"
    assert ctx.admin.verify_audit().ok
    ctx.close()
    return docs
