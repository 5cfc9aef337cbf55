"""The command line's contract: global options in either position, the documented exit codes (the
same with or without --json, each with one sentence on stderr), `docflow verify` without a
profile, and the password kept out of argv, output, logs and files."""
from __future__ import annotations

import io
import json
import os
import select
import subprocess
import time
from pathlib import Path

import pytest

from desktop_app.cli import ExitCode, main
from tests.helpers import make_pdf, write
from tests.server.serverproc import free_port
from tests.tools.testca import make_test_ca


def on_terminal(argv: list[str], env: dict, answer_after: str, answer: str) -> tuple[int, str]:
    """Run ``argv`` on a pseudo-terminal of its own (its controlling tty, as in a person's shell);
    type ``answer`` once ``answer_after`` shows. Returns the exit code and everything the screen showed."""
    import fcntl
    import pty
    import termios

    master, slave = pty.openpty()

    def own_terminal() -> None:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(argv, env=env, stdin=slave, stdout=slave, stderr=slave, preexec_fn=own_terminal, close_fds=True)
    os.close(slave)
    screen, typed = b"", False
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            screen += chunk
        if not typed and answer_after.encode() in screen:
            os.write(master, answer.encode() + b"\n")
            typed = True
        if proc.poll() is not None and not ready:
            break
    os.close(master)
    return proc.wait(timeout=30), screen.decode(errors="replace")


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    """A first-run profile (its user has every role) holding one imported letter."""
    root = tmp_path_factory.mktemp("desk")
    prof = root / "prof"
    pdf = write(root / "letter.pdf", make_pdf("Salam"))
    assert main(["--profile", str(prof), "import", str(pdf), "--json"]) == 0
    return prof, pdf


def test_global_options_before_or_after_the_command(desk, capsys):
    prof, _ = desk
    p = str(prof)
    outputs = {cli(capsys, *argv) for argv in (
        ["--json", "--profile", p, "list"], ["list", "--json", "--profile", p], ["--profile", p, "list", "--json"],
        ["--json", "list", "--profile", p])}
    [(code, out, err)] = outputs  # the same answer every time
    assert code == 0 and err == "" and json.loads(out)["total"] == 1
    # a command with actions: the options after the action too
    code, out, _ = cli(capsys, "settings", "get", "time_zone", "--profile", p, "--json")
    assert code == 0 and json.loads(out) == {"time_zone": "Asia/Baku"}
    code, out, _ = cli(capsys, "--json", "conflicts", "list", "--profile", p)
    assert code == 0 and json.loads(out) == []
    assert cli(capsys, "settings", "get", "time_zone", "--profile", p)[1] == "time_zone is Asia/Baku.\n"  # a sentence


def test_settings_are_checked_before_they_are_saved(desk, tmp_path, capsys):
    prof, pdf = desk
    p = str(prof)
    ca = make_test_ca(tmp_path / "ca")
    code, out, _ = cli(capsys, "settings", "set", "trust_bundle", str(ca.ca_pem), "--profile", p, "--json")
    assert code == 0 and json.loads(out) == {"trust_bundle": str(Path(ca.ca_pem).resolve())}
    for key, value, reason in (("trust_bundle", str(pdf), "letter.pdf"), ("tsa_url", "ftp://tsa", "http"),
                               ("time_zone", "Mars/Olympus", "Mars/Olympus"), ("no_such_key", "1", "no_such_key"),
                               ("workstation_id", "x", "workstation_id")):
        code, _, err = cli(capsys, "settings", "set", key, value, "--profile", p)
        assert code == ExitCode.USAGE and reason in err and err.count("\n") == 1, err
    assert cli(capsys, "settings", "get", "trust_bundle", "--profile", p, "--json")[1].count(str(Path(ca.ca_pem).resolve())) == 1
    assert cli(capsys, "settings", "unset", "trust_bundle", "--profile", p)[0] == 0
    code, out, _ = cli(capsys, "settings", "set", "revocation_fetch", "yes", "--profile", p, "--json")
    assert code == 0 and json.loads(out) == {"revocation_fetch": True}  # OCSP/CRL while signing and checking
    code, out, _ = cli(capsys, "settings", "set", "tsa_url", "http://127.0.0.1:9/tsa", "--profile", p, "--json")
    assert code == 0 and json.loads(out) == {"tsa_url": "http://127.0.0.1:9/tsa"}
    # holidays as the working-day calendar reads them: one day, or every year
    code, out, _ = cli(capsys, "settings", "set", "holidays", "2027-03-20, 01.05", "--profile", p, "--json")
    assert code == 0 and json.loads(out) == {"holidays": ["2027-03-20", "05-01"]}
    code, _, err = cli(capsys, "settings", "set", "holidays", "2027-13-40", "--profile", p)
    assert code == ExitCode.USAGE and "2027-13-40" in err and err.count("\n") == 1, err
    # a pinned fingerprint as docflow login takes it (colons or spaces between the pairs)
    fp = "AB:" * 31 + "AB"
    code, out, _ = cli(capsys, "settings", "set", "server_cert_sha256", fp.replace(":", " "), "--profile", p, "--json")
    assert code == 0 and json.loads(out) == {"server_cert_sha256": "ab" * 32}
    assert cli(capsys, "settings", "set", "server_cert_sha256", "ab" * 31, "--profile", p)[0] == ExitCode.USAGE


def test_exit_codes_are_the_same_with_or_without_json(desk, tmp_path, capsys, monkeypatch):
    """In-process, so nothing here may touch the keyring: the keyring library picks its back-end once
    per process (6, 7 and 9 are checked against the server below)."""
    prof, pdf = desk
    p = str(prof)
    doc_id = json.loads(cli(capsys, "list", "--json", "--profile", p)[1])["rows"][0]["id"]
    from desktop_app.services.context import AppContext

    ctx = AppContext.open(prof)
    try:
        if "reader" not in {u.username for u in ctx.admin.users()}:
            ctx.admin.add_user("reader", "Reader", ["executor"])  # may read and execute, not write resolutions
    finally:
        ctx.close()
    bad_p12 = write(tmp_path / "bad.p12", b"not a key file")
    garbage = write(tmp_path / "garbage.pdf", b"%PDF-1.7 garbage")
    cases = [
        (ExitCode.USAGE, ["show", "no-such-document", "--profile", p], "no-such-document"),
        (ExitCode.USAGE, ["register", doc_id, "--journal", "NOPE", "--profile", p], "NOPE"),
        (ExitCode.PROBLEM, ["verify", str(garbage)], "PDF"),
        (ExitCode.USAGE, ["verify", str(tmp_path / "missing.pdf")], "missing.pdf"),  # one line, no traceback
        (ExitCode.UNSIGNED, ["verify", str(pdf)], ""),
        (ExitCode.SIGNING, ["sign", doc_id[:8], "--pkcs12", str(bad_p12), "--pin-stdin", "--profile", p], "bad.p12"),
        (ExitCode.PERMISSION, ["resolution", "add", doc_id, "--executor", "reader", "--text", "Answer", "--days", "3",
                               "--user", "reader", "--profile", p], "reader"),
    ]
    for expected, argv, named in cases:
        results = []
        for extra in ([], ["--json"]):
            monkeypatch.setattr("sys.stdin", io.StringIO("passphrase\n"))
            code, out, err = cli(capsys, *argv, *extra)
            results.append(code)
            if expected not in (ExitCode.PROBLEM, ExitCode.UNSIGNED):  # verify's answer is its report
                assert err.startswith("docflow: ") and err.count("\n") == 1 and named in err, (argv, err)
                if extra:
                    assert json.loads(out)["error"]["exit_code"] == expected
        assert results == [expected, expected], (argv, results)


def test_damage_exits_3(tmp_path, capsys):
    prof = tmp_path / "prof"
    assert main(["--profile", str(prof), "import", str(write(tmp_path / "a.pdf", make_pdf("x"))), "--no-ocr"]) == 0
    for blob in (prof / "blobs").rglob("*"):
        if blob.is_file():
            blob.unlink()
    capsys.readouterr()
    assert cli(capsys, "check", "--profile", str(prof))[0] == ExitCode.DAMAGED
    code, out, err = cli(capsys, "check", "--profile", str(prof), "--json")
    assert code == ExitCode.DAMAGED and json.loads(out)["missing"] and "missing" in err


def test_verify_opens_no_profile_unless_named(tmp_path, cli_env, pki_session):
    """A support person checks a file on any machine: nothing is created in the user's data folder."""
    home = tmp_path / "home"
    home.mkdir()
    env = dict(cli_env, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
    from desktop_app.signing.identities import Pkcs12Identity
    from desktop_app.signing.sign import sign_pdf

    identity = Pkcs12Identity.from_bytes(pki_session.pkcs12("signer-ec", b"pw"), "pw", label="signer")
    signed = write(tmp_path / "signed.pdf", sign_pdf(make_pdf("Signed letter"), identity))
    trust = write(tmp_path / "trust.pem", pki_session.trust_roots_pem())
    run = subprocess.run(["docflow", "verify", str(signed), "--trust", str(trust), "--json"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == ExitCode.OK and json.loads(run.stdout)["verdict"] == "valid", run.stdout + run.stderr
    assert list(home.rglob("*")) == [], "verify created files without a profile"
    assert main(["verify", str(signed), "--trust", str(tmp_path / "missing.pem")]) == ExitCode.USAGE


def test_the_password_never_shows(tmp_path, server, cli_env):
    prof = tmp_path / "prof"
    secret = "wrong-Pa55word-xyzzy"
    base = ["docflow", "login", server.url, "--workstation", "ws-a-1", "--username", "clerk", "--profile", str(prof)]
    # On stdin, and only there: while the command waits for it, its argv does not hold it.
    proc = subprocess.Popen([*base, "--password-stdin", "--verbose"], env=cli_env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (prof / "logs").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes()
    assert b"--password-stdin" in cmdline
    out, err = proc.communicate(secret + "\n", timeout=120)
    # --verbose logs every step to the terminal too: the last line is the sentence.
    assert proc.returncode == ExitCode.LOGIN and err.strip().splitlines()[-1].startswith("docflow: "), err
    # Typed on the command line by mistake: refused, and not repeated.
    run = subprocess.run([*base, "--password", secret], env=cli_env, capture_output=True, text=True, timeout=120)
    assert run.returncode == ExitCode.USAGE and "--password" in run.stderr
    # From the terminal's prompt (a pseudo-terminal): not echoed, and the login works.
    good = "demo-clerk"
    code, screen = on_terminal(base, cli_env, answer_after="Password for clerk", answer=good)
    assert code == 0, screen
    assert "Password for clerk" in screen and good not in screen
    for text in (out, err, run.stdout, run.stderr, screen):
        assert secret not in text
    files = [f for f in prof.rglob("*") if f.is_file()]
    assert any(f.name == "docflow.log" for f in files) and any(f.suffix == ".sqlite3" for f in files)
    for f in files:
        data = f.read_bytes()
        assert secret.encode() not in data and good.encode() not in data, f"password found in {f}"


def test_offline_and_refused_logins_exit_7_and_6(tmp_path, server, cli_env):
    """In their own processes: a login's sync stack must not set up anything (the keyring library
    picks its back-end once per process) in the test process."""
    prof = tmp_path / "prof"
    dead = f"http://127.0.0.1:{free_port()}"
    for url, pw, expected in ((dead, "demo-clerk", ExitCode.OFFLINE), (server.url, "nope", ExitCode.LOGIN)):
        for extra in ([], ["--json"]):
            run = subprocess.run(["docflow", "login", url, "--workstation", "ws-a-1", "--username", "clerk", "--password-stdin",
                                  "--profile", str(prof), *extra], input=pw + "\n", env=cli_env, capture_output=True,
                                 text=True, timeout=120)
            assert run.returncode == expected, run.stderr
            assert run.stderr.startswith("docflow: ") and run.stderr.count("\n") == 1 and pw not in run.stderr + run.stdout
    # A refused login leaves the desk as it was: no server saved.
    settings = json.loads((prof / "settings.json").read_text("utf-8"))
    assert settings.get("server_url", "") == ""


def test_sync_keeps_going_until_stopped_then_logout(tmp_path, server, cli_env):
    """`docflow sync` without --once: the engine's loop in the foreground, one line per state, until
    SIGTERM; then `docflow logout`."""
    import signal

    prof = str(tmp_path / "prof")
    login = subprocess.run(["docflow", "login", server.url, "--workstation", "ws-a-2", "--username", "head", "--password-stdin",
                            "--profile", prof], input="demo-head\n", env=cli_env, capture_output=True, text=True, timeout=120)
    assert login.returncode == 0, login.stderr
    proc = subprocess.Popen(["docflow", "sync", "--profile", prof], env=cli_env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    seen = []
    for line in proc.stdout:
        seen.append(line.strip())
        if line.strip() == "up to date":
            break
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "connecting" in seen and seen[-1] == "up to date", seen
    # Logged out: the token is gone here, so the next sync asks for a login (exit 6).
    out = subprocess.run(["docflow", "logout", "--profile", prof, "--json"], env=cli_env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and json.loads(out.stdout)["logged_in"] is False, out.stderr
    again = subprocess.run(["docflow", "sync", "--once", "--profile", prof], env=cli_env, capture_output=True, text=True, timeout=120)
    assert again.returncode == ExitCode.LOGIN and again.stderr.startswith("docflow: "), again.stderr


@pytest.mark.timeout(600)  # 13 `docflow` processes
def test_a_conflict_exits_9_and_is_settled_from_the_shell(tmp_path, server, cli_env):
    """Two desks of A act on the same review step offline: the second one's sync exits 9, the
    conflict is listed and settled with the server's version, and the next sync is clean."""
    def docflow(desk: str, *argv: str, stdin: str | None = None, ok: bool = True) -> subprocess.CompletedProcess:
        run = subprocess.run(["docflow", *argv, "--profile", str(tmp_path / desk), "--json"], input=stdin, env=cli_env,
                             capture_output=True, text=True, timeout=120)
        assert not ok or run.returncode == 0, run.stderr
        return run

    for desk, ws in (("one", "ws-a-1"), ("two", "ws-a-2")):
        docflow(desk, "login", server.url, "--workstation", ws, "--username", "head", "--password-stdin", stdin="demo-head\n")
    pdf = write(tmp_path / "memo.pdf", make_pdf("Memo"))
    doc = json.loads(docflow("one", "import", str(pdf), "--kind", "internal").stdout)["imported"][0]["id"]
    docflow("one", "route", "set", doc, "--stage", "review:head")
    docflow("one", "sync", "--once")
    docflow("two", "sync", "--once")
    docflow("one", "route", "act", doc, "done", "--comment", "first")
    docflow("two", "route", "act", doc, "done", "--comment", "second")
    docflow("one", "sync", "--once")
    late = docflow("two", "sync", "--once", ok=False)
    assert late.returncode == ExitCode.ATTENTION and "conflicts list" in late.stderr, late.stderr
    assert json.loads(late.stdout)["status"]["conflicts"] == 1
    [conflict] = json.loads(docflow("two", "conflicts", "list").stdout)
    assert conflict["document_id"] == doc and "theirs" in conflict["choices"]
    settled = json.loads(docflow("two", "conflicts", "resolve", conflict["id"][:8], "--take", "theirs").stdout)
    assert settled == {"resolved": conflict["id"], "choice": "theirs", "open": 0}
    assert json.loads(docflow("two", "sync", "--once").stdout)["status"]["conflicts"] == 0
