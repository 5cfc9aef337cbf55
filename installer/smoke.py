"""Smoke test of a built bundle, the same on Linux and Windows; run with the build's Python.

    python installer/smoke.py BUNDLE_DIR RESULT_JSON

Feeds the bundled ``docflow`` the self-test's sample page as a PDF and the same page signed by a
throw-away signer (desktop_app.selftest; its verdict must be "indeterminate": intact, but not from a
trusted root, exit 3),
runs ``--help``, ``init``, ``import``, ``list`` and ``verify``, opens the bundled ``docflow-app``
offscreen with ``--quit-after 3``, writes what it saw to RESULT_JSON and exits non-zero with one
line per problem. Everything runs in a temporary folder with its own config/data folders.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop_app.selftest import sample_pdf, signed_sample


def _program(bundle: Path, name: str) -> str:
    return str(bundle / (name + ".exe" if sys.platform == "win32" else name))


def smoke(bundle: Path, work: Path) -> tuple[dict, list[str]]:
    """Run the bundled programs in ``work``; returns (results, problems)."""
    data = sample_pdf()
    (work / "letter.pdf").write_bytes(data)
    (work / "signed.pdf").write_bytes(signed_sample(data)[0])  # its root is not trusted here
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env.update(XDG_CONFIG_HOME=str(work / "config"), XDG_DATA_HOME=str(work / "data"),
               XDG_CACHE_HOME=str(work / "cache"), QT_QPA_PLATFORM="offscreen")
    profile = str(work / "profile")
    cli = _program(bundle, "docflow")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([cli, *args], env=env, capture_output=True, text=True, timeout=180)

    def ok(proc: subprocess.CompletedProcess, what: str) -> str:
        if proc.returncode != 0:
            raise SystemExit(f"smoke: {what} exited with {proc.returncode}: {proc.stderr.strip()[-500:]}")
        return proc.stdout

    if "usage: docflow" not in ok(run("--help"), "docflow --help"):
        raise SystemExit("smoke: docflow --help printed no usage")
    ok(run("--profile", profile, "--json", "init"), "docflow init")
    imported = json.loads(ok(run("--profile", profile, "--json", "import", str(work / "letter.pdf")), "docflow import"))["imported"]
    listed = json.loads(ok(run("--profile", profile, "--json", "list"), "docflow list"))["rows"]
    verify = run("--profile", profile, "--json", "verify", str(work / "signed.pdf"))
    report = json.loads(verify.stdout) if verify.stdout.strip() else {"verdict": None, "signatures": []}
    gui = subprocess.run([_program(bundle, "docflow-app"), "--profile", profile, "--quit-after", "3"], env=env,
                         capture_output=True, text=True, timeout=120)
    doc_id = imported[0]["id"] if len(imported) == 1 else None
    result = {"imported_id": doc_id, "listed_ids": [r["id"] for r in listed], "verify_rc": verify.returncode,
              "verify_verdict": report["verdict"], "verify_intact": [s["intact"] for s in report["signatures"]],
              "gui_rc": gui.returncode}
    problems = []
    if doc_id is None:
        problems.append(f"import did not report one document: {imported}")
    elif result["listed_ids"] != [doc_id]:
        problems.append(f"list shows {result['listed_ids']}, expected [{doc_id}]")
    if (verify.returncode, result["verify_verdict"], result["verify_intact"]) != (3, "indeterminate", [True]):
        problems.append(f"verify of the signed PDF: exit {verify.returncode}, {result['verify_verdict']}, "
                        f"intact {result['verify_intact']}")
    if gui.returncode != 0:
        problems.append(f"docflow-app (offscreen, --quit-after 3) exited with {gui.returncode}: {gui.stderr.strip()[-1500:]}")
    return result, problems


def main(bundle: str, result_json: str) -> int:
    with tempfile.TemporaryDirectory(prefix="docflow-smoke-") as tmp:
        result, problems = smoke(Path(bundle), Path(tmp))
    Path(result_json).write_text(json.dumps(result, indent=2))
    for p in problems:
        print("smoke:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
