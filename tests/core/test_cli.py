"""The CLI as a user runs it: a real process, a real profile, one clear line on error."""
import json
import subprocess
import sys

from tests.helpers import make_pdf, write


def run(profile, *args, ok=True):
    p = subprocess.run([sys.executable, "-m", "desktop_app.cli", "--profile", str(profile), *args],
                       capture_output=True, text=True, timeout=120)
    if ok:
        assert p.returncode == 0, p.stderr
    return p


def test_cli_import_register_find_show_export_verify(tmp_path):
    prof = tmp_path / "prof"
    pdf = write(tmp_path / "letter.pdf", make_pdf("Salam"))
    out = json.loads(run(prof, "--json", "import", str(pdf)).stdout)
    doc_id = out["imported"][0]["id"]
    p = run(prof, "register", doc_id[:8], "--journal", "IN", "--subject", "S" * 501, ok=False)  # refused, not cut
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "subject has 501 characters; it may have at most 500" in p.stderr
    reg = json.loads(run(prof, "--json", "register", doc_id[:8], "--journal", "IN", "--correspondent", "Təhsil Nazirliyi",
                         "--corr-number", "5/12", "--corr-date", "2026-01-05").stdout)
    assert reg["number"].startswith("IN-0001/")
    # Typed without the Azerbaijani letters (a keyboard without the layout) and exactly: both find it.
    assert [h["row"]["id"] for h in json.loads(run(prof, "--json", "search", "tehsil").stdout)] == [doc_id]
    hits = json.loads(run(prof, "--json", "search", "TƏHSİL").stdout)
    assert hits[0]["row"]["id"] == doc_id
    assert json.loads(run(prof, "--json", "search", "tahsil").stdout) == []  # folding is not fuzzy matching
    shown = json.loads(run(prof, "--json", "show", doc_id).stdout)
    assert shown["registration"]["corr_number"] == "5/12"
    listed = run(prof, "list", "--queue", "inbox").stdout
    assert reg["number"] in listed
    files = json.loads(run(prof, "--json", "export", doc_id, str(tmp_path / "out")).stdout)
    assert len(files) == 2
    assert json.loads(run(prof, "--json", "audit", "verify").stdout)["ok"] is True
    assert json.loads(run(prof, "--json", "check").stdout)["missing"] == []


def test_cli_errors_are_one_clear_line(tmp_path):
    prof = tmp_path / "prof"
    p = run(prof, "show", "no-such-document-id", ok=False)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "no-such-document-id" in p.stderr
    p = run(prof, "register", "x" * 36, "--journal", "IN", "--date", "26/11/2026", ok=False)
    assert p.returncode == 2 and "YYYY-MM-DD" in p.stderr and "Traceback" not in p.stderr
    empty = write(tmp_path / "empty.pdf", b"")
    p = run(prof, "import", str(empty), ok=False)
    assert p.returncode == 2 and "empty.pdf" in p.stderr and "Traceback" not in p.stderr
