"""The command line's first login (issue 14): work done offline before it is carried over with
``docflow setup carry-over`` (listed, mapped by ``--map`` or at a terminal, a missing role said
BEFORE anything changes), the exit codes 8 (the server refused) and 130 (Ctrl+C to a running
``docflow sync``), and the sentences of ``status``, ``conflicts list`` and ``route show``.

Real parts only: the `docflow` command in its own processes, one `docflow-server --demo` process
for the module (plain http on loopback, its address exactly as it prints it), the private Secret
Service of the suite for the login tokens.
"""
from __future__ import annotations

import getpass
import json
import signal
import subprocess

import pytest

from desktop_app.cli import ExitCode
from tests.cli.test_options import on_terminal
from tests.helpers import make_pdf, write
from tests.server.serverproc import ApiClient


def run(env: dict, *argv: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(["docflow", *argv], env=env, input=stdin, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def offline_desk(tmp_path_factory, cli_env, server):
    """A new profile where the post was imported, registered and resolved before any login; then the
    head logs in with the address as the demo server prints it."""
    root = tmp_path_factory.mktemp("first-login")
    prof = str(root / "prof")
    pdf = write(root / "letter.pdf", make_pdf("Su təchizatı"))
    done = run(cli_env, "--profile", prof, "import", str(pdf), "--no-ocr", "--json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)["imported"][0]["id"]
    local = getpass.getuser()  # a new profile's local user is this computer's user (the same environment)
    for argv in (("register", doc, "--journal", "IN", "--correspondent", "Nazirlik", "--subject", "Su təchizatı"),
                 ("resolution", "add", doc, "--executor", local, "--text", "Cavab hazırlayın", "--days", "5")):
        done = run(cli_env, "--profile", prof, *argv)
        assert done.returncode == 0, (argv, done.stderr)
    done = run(cli_env, "--profile", prof, "login", f"{server.url}/v1", "--workstation", "ws-a-1", "--username", "head",
               "--password-stdin", stdin="demo-head\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Logged in to {server.url} as Rəşad Əliyev (head) of Nümunə Bələdiyyəsi A, workstation ws-a-1;")
    return prof, doc, local


def test_carry_over_from_the_command_line(offline_desk, cli_env, server):
    prof, doc, local = offline_desk
    # sync waits for the person, and says how to go on (nothing is sent)
    held = run(cli_env, "--profile", prof, "sync", "--once")
    assert held.returncode == ExitCode.ATTENTION and "docflow setup carry-over" in held.stderr, held.stderr
    listed = run(cli_env, "--profile", prof, "setup", "carry-over", "--list")
    assert listed.returncode == 0
    assert f"{local}: 1 documents" in listed.stdout and "head — Rəşad Əliyev (Head)" in listed.stdout, listed.stdout
    assert f"--map {local}=head" in listed.stdout  # the command to run, with the logged-in account proposed
    # a missing role is said BEFORE anything changes (exit 5; the sentence on stderr, the gaps as JSON)
    refused = run(cli_env, "--profile", prof, "setup", "carry-over", "--map", f"{local}=clerk", "--json")
    assert refused.returncode == ExitCode.PERMISSION, refused.stderr
    assert "Aynur Məmmədova (clerk) does not have the role Head or Administrator" in refused.stderr
    assert "Resolution (1)" in refused.stderr and "Nothing was changed" in refused.stderr
    assert json.loads(refused.stdout)["role_gaps"][0]["needed_roles"] == ["head", "admin"]
    bad = run(cli_env, "--profile", prof, "setup", "carry-over", "--map", f"{local}=nobody")
    assert bad.returncode == ExitCode.USAGE and "nobody" in bad.stderr and bad.stderr.count("\n") == 1, bad.stderr

    done = run(cli_env, "--profile", prof, "setup", "carry-over", "--map", f"{local}=head")
    assert done.returncode == 0, done.stderr
    assert f"The work of {local} is now head's: 1 documents" in done.stdout, done.stdout
    assert run(cli_env, "--profile", prof, "sync", "--once").returncode == 0

    # The sentences a person reads: status, conflicts, the route.
    status = run(cli_env, "--profile", prof, "status").stdout
    assert status.startswith(f"This desk works with {server.url} as head (workstation ws-a-1); synchronisation is “"), status
    assert "Nothing waits to be sent, and there is no conflict." in status
    assert run(cli_env, "--profile", prof, "conflicts", "list").stdout == "There is no conflict with the server.\n"
    route = run(cli_env, "--profile", prof, "route", "show", doc[:8]).stdout
    lines = route.splitlines()
    assert lines[0] == f"Document {doc[:8]} “Su təchizatı” is “In route”; its route is under way.", route
    assert lines[1].startswith("Resolution by Rəşad Əliyev for Rəşad Əliyev, due ") and lines[1].endswith(": “Cavab hazırlayın”.")
    assert lines[2].startswith("Stage 1: Execute by Rəşad Əliyev — Active, due ") and lines[2].endswith(".")
    step = lines[2].rsplit("; step ", 1)[1].rstrip(".")  # the id `route act` takes
    assert len(step) == 36, route
    # On the server once, the resolution's executor the head's account.
    api = ApiClient(server.url).login("head", "demo-head", "ws-a-2")
    state = api.get(f"/v1/documents/{doc}").json()
    assert [r["executor_user_id"] for r in state["resolutions"]] == ["u-a-head"]
    feed = api.get("/v1/changes", params={"cursor": 0, "limit": 500}).json()["changes"]
    assert {c["doc_id"] for c in feed if c.get("doc_id")} == {doc}  # the one document, once


def test_carry_over_asked_at_a_terminal(tmp_path, cli_env, server):
    prof = str(tmp_path / "prof")
    pdf = write(tmp_path / "memo.pdf", make_pdf("Memo"))
    assert run(cli_env, "--profile", prof, "import", str(pdf), "--no-ocr").returncode == 0
    done = run(cli_env, "--profile", prof, "login", f"{server.url}/v1", "--workstation", "ws-a-2", "--username", "clerk",
               "--password-stdin", stdin="demo-clerk\n")
    assert done.returncode == 0, done.stderr
    # Enter takes the proposed account (the one logged in)
    code, screen = on_terminal(["docflow", "--profile", prof, "setup", "carry-over"], cli_env, "Enter: clerk", "")
    assert code == 0, screen
    assert "is now clerk's: 1 documents" in screen, screen
    assert run(cli_env, "--profile", prof, "sync", "--once").returncode == 0


def test_exit_8_when_the_server_refuses(tmp_path, cli_env, server):
    """The server answers, but refuses the request (here: the address names a path it does not serve)."""
    done = run(cli_env, "--profile", str(tmp_path / "prof"), "login", f"{server.url}/elsewhere", "--workstation", "ws-a-1",
               "--username", "clerk", "--password-stdin", "--json", stdin="demo-clerk\n")
    assert done.returncode == ExitCode.SERVER_REFUSED == 8, (done.stdout, done.stderr)
    assert done.stderr.startswith("docflow: No Docflow server answers at") and done.stderr.count("\n") == 1
    assert "No such resource" not in done.stderr  # the server's own English stays in the log
    assert json.loads(done.stdout)["error"]["exit_code"] == 8


def test_no_keyring_the_command_line_login_says_so_and_exits_6(tmp_path, cli_env, server):
    """keyring's own ``fail`` back-end (what the library picks on a computer without one): the token
    would die with the process, so the login is given back and the person is told, exit 6."""
    env = dict(cli_env, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = run(env, "--profile", str(tmp_path / "prof"), "login", f"{server.url}/v1", "--workstation", "ws-a-1",
               "--username", "clerk", "--password-stdin", stdin="demo-clerk\n")
    assert done.returncode == ExitCode.LOGIN, (done.stdout, done.stderr)
    assert "no system keyring" in done.stderr and done.stderr.count("\n") == 1 and done.stdout == ""


def test_exit_130_when_a_running_sync_is_interrupted(offline_desk, cli_env):
    """Ctrl+C (SIGINT) to a real `docflow sync` that keeps the desk in step: 130 and one sentence."""
    prof, _, _ = offline_desk
    proc = subprocess.Popen(["docflow", "--profile", prof, "sync"], env=cli_env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()  # the first state it prints: its signal handlers are in place
        assert first.strip(), proc.stderr.read()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, (out, err)
    assert err.strip() == "docflow: Interrupted.", err
