"""The whole journey as a shell script of `docflow` commands against a real server process:
A's clerk and head prepare, sign (SoftHSM2) and dispatch a letter; B receives, registers and
acknowledges; A sees the receipt. Every item exactly once, every check clean."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import make_pdf, write
from tests.server.serverproc import REPO_ROOT

SCRIPT = Path(__file__).with_name("journey.sh")


def load(out: Path, name: str):
    return json.loads((out / f"{name}.json").read_text("utf-8"))


def read_desk(profile: Path) -> list:
    """What a desk holds, read through its services: (document, route, ops waiting) per document."""
    from desktop_app.services.context import AppContext
    from desktop_app.services.types import DocumentQuery

    ctx = AppContext.open(profile)
    try:
        rows = ctx.documents.list_documents(DocumentQuery(queue="all", limit=100)).rows
        waiting = len(ctx.sync.waiting())  # pending or refused operations
        return [(ctx.documents.get_document(r.id), ctx.routing.timeline(r.id), waiting) for r in rows]
    finally:
        ctx.close()


@pytest.mark.slow
@pytest.mark.timeout(900)  # ~35 `docflow` processes: about a minute on a quiet machine, several on a loaded one
def test_the_week_from_a_shell(tmp_path, server, cli_env, pki_session, softhsm_token):
    trust = write(tmp_path / "trust.pem", pki_session.trust_roots_pem())
    letter = write(tmp_path / "letter.pdf", make_pdf("Heating of the school building"))
    work = tmp_path / "work"
    work.mkdir()
    env = dict(cli_env, SERVER=server.url, WORK=str(work), LETTER=str(letter), TRUST=str(trust), TSA=pki_session.tsa_url,
               PKCS11_MODULE=softhsm_token.module, TOKEN_LABEL=softhsm_token.label, KEY_ID=softhsm_token.keys["signer-ec"],
               TOKEN_PIN=softhsm_token.pin, SOFTHSM2_CONF=str(softhsm_token.conf))
    run = subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=840)
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr}"
    assert run.stdout.strip().endswith("journey done")
    out = work / "out"

    # A: one document, registered, one resolution, one signature, dispatched; the receipt came back.
    login = load(out, "a1-login")
    assert login["institution"]["registry_code"] == "AZ-0001" and login["workstation"] == "ws-a-1"
    number = load(out, "a1-register")["number"]
    assert not number.startswith("PROV-")  # a number from the block the server leased to this desk
    status = load(out, "a1-status")
    sync = status["sync"]
    assert (sync["ops_waiting"], sync["conflicts"], sync["logged_in"], sync["last_error"]) == (0, 0, True, "")
    assert sync["last_success"] and status["state"] == sync["state"]
    [receipt] = status["dispatches"]
    assert receipt["recipient_code"] == "AZ-0002" and receipt["state"] == "registered"
    b_number = load(out, "b-register")["number"]
    assert receipt["recipient_number"] == b_number and b_number != number
    assert load(out, "a2-sign")["signature"]["signer_name"]

    desks = {name: read_desk(work / name) for name in ("a1", "a2", "b")}
    for name in ("a1", "a2"):
        [(doc, timeline, waiting)] = desks[name]
        assert doc.status == "dispatched" and doc.registration.number == number
        assert doc.subject == "Heating of the school building" and len(doc.signatures) == 1
        assert [r.text for r in timeline.resolutions] == ["Send it to school B today"]
        assert len(timeline.dispatches) == 1 and [s.state for s in timeline.steps] == ["done", "done", "done"]
        assert waiting == 0

    # B: exactly the dispatched letter, its signature valid against the CA (checked with no profile),
    # registered under B's own number with A's number as the sender's.
    [(incoming, _, waiting)] = desks["b"]
    assert incoming.kind == "incoming" and incoming.registration.number == b_number and waiting == 0
    assert incoming.registration.corr_number == number and len(incoming.signatures) == 1
    assert load(out, "b-verify")["verdict"] == "valid"

    # Every desk's store and audit journal are clean.
    for name in desks:
        check = load(out, f"{name}-check")
        assert check["missing"] == [] and check["integrity"] == "ok"
        assert load(out, f"{name}-audit")["ok"] is True

    # The passwords and the PIN went in on stdin only: no profile file holds a password, no log or
    # settings file the PIN (a 4-digit PIN could occur by chance inside a PDF or the database).
    for f in (p for p in work.rglob("*") if p.is_file() and "out" not in p.parts):
        data = f.read_bytes()
        assert b"demo-clerk" not in data and b"demo-head" not in data, f"a password in {f}"
        if f.suffix in (".log", ".json") or ".log." in f.name:
            assert softhsm_token.pin.encode() not in data, f"the PIN in {f}"

    # The server's own consistency check.
    chk = subprocess.run([sys.executable, "-m", "circulation_server", "check", "--data-dir", str(server.data_dir)],
                         capture_output=True, text=True, timeout=120, cwd=str(REPO_ROOT))
    assert chk.returncode == 0, chk.stdout + chk.stderr
