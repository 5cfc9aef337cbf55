"""``docflow report …`` on a real profile -- two commands as a person's shell runs them, the rest
through the same ``main`` in this process: each report written, read back (pypdf, openpyxl) and
compared with the store; bad input refused with exit 2 and no file."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.services.types import AppealInput, RegisterInput
from tests.routing.conftest import make_office, registered_letter
from tests.server.serverproc import REPO_ROOT


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    root = tmp_path_factory.mktemp("report-cli") / "profile"
    ctx = make_office(root)
    doc = registered_letter(ctx, "Su təchizatı — водоснабжение")
    reg = ctx.documents.get_document(doc).registration
    # two appeals journals, an appeal in each (one made by telephone, with no letter)
    ctx.admin.create_journal("APL2", "Telefon", "appeal", "T-{n}/{year}")
    for code, name in (("APL", "Əli Məmmədov"), ("APL2", "Leyla Həsənova")):
        ctx.appeals.register_oral(RegisterInput(code, reg.reg_date, appeal=AppealInput(
            name, "Bakı", "proposal", form="telephone", received_on=reg.reg_date, received_by="Aynur")), summary=f"{name}: park")
    ctx.close()
    return root, doc, reg


def docflow(root, *args):
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8",
               PYTHONPATH=str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", "--profile", str(root), "--json", "--user", "admin", "report", *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_report_commands_write_what_the_store_holds(profile, tmp_path):
    root, doc, reg = profile
    year = reg.reg_date.year
    runs = {
        "card.pdf": ("card", doc[:8], "-o"),
        "in.xlsx": ("journal", "IN", "--year", str(year), "-o"),
        "control.pdf": ("control", "--month", f"{reg.reg_date:%Y-%m}", "--format", "pdf", "--out"),
        "appeals.xlsx": ("appeals", "--from", f"{year}-01-01", "--to", f"{year}-12-31", "--out"),
        "stamped.pdf": ("stamp", doc, "--out"),
        "inventory.xlsx": ("inventory", "--year", str(year), "-o"),
    }
    from desktop_app.cli import main

    for name, args in runs.items():
        if name in ("in.xlsx", "stamped.pdf"):  # as a shell runs it (a process start costs seconds: two of them)
            done = docflow(root, *args, str(tmp_path / name))
            assert done.returncode == 0, done.stderr
            assert json.loads(done.stdout)["path"] == str(tmp_path / name)
        else:                                    # the same command line in this process
            assert main(["--profile", str(root), "--user", "admin", "report", *args, str(tmp_path / name)]) == 0
    assert reg.number in PdfReader(tmp_path / "card.pdf").pages[0].extract_text()
    rows = list(openpyxl.load_workbook(tmp_path / "in.xlsx").active.iter_rows(values_only=True))
    entry = next(r for r in rows if r[0] == reg.number)
    assert entry[1].date() == reg.reg_date and entry[2] == "Ministry" and entry[5] == "Su təchizatı — водоснабжение"
    assert "Control report" in PdfReader(tmp_path / "control.pdf").pages[0].extract_text()
    assert any(r[0] == "Total" for r in openpyxl.load_workbook(tmp_path / "appeals.xlsx").active.iter_rows(values_only=True))
    assert reg.number in PdfReader(tmp_path / "stamped.pdf").pages[0].extract_text()
    assert any(r and r[0] == "No." for r in openpyxl.load_workbook(tmp_path / "inventory.xlsx").active.iter_rows(values_only=True))


def test_an_appeals_journal_s_register_lists_only_its_own(profile, tmp_path):
    from desktop_app.cli import main

    root, _doc, reg = profile
    year = str(reg.reg_date.year)

    def names(*args):
        out = tmp_path / f"{'-'.join(args)}.xlsx"
        args = [a for a in args if a != "all"]
        assert main(["--profile", str(root), "--user", "admin", "report", *args, "--year", year, "-o", str(out)]) == 0
        return [r[2] for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True) if r[0] and "/" in str(r[0])]

    assert names("journal", "APL") == ["Əli Məmmədov"]
    assert names("journal", "APL2") == ["Leyla Həsənova"]
    assert names("appeals", "--journal", "APL2") == ["Leyla Həsənova"]
    assert sorted(names("appeals", "all")) == ["Leyla Həsənova", "Əli Məmmədov"]


def test_report_refusals(profile, tmp_path, capsys):
    """The same command line, run in this process (a subprocess per refusal would cost seconds each)."""
    from desktop_app.cli import main

    root, doc, _reg = profile
    for args, reason in ((("control", "--month", "2026-13"), "Not a month"),
                         (("register", "NOPE", "--year", "2026"), "no journal NOPE"),
                         (("appeals", "--year", "2026", "--from", "2026-01-01"), "not both"),
                         (("register", "IN"), "Give the period"),
                         (("card", "zzzzzzzz"), "No single document"),
                         (("card", doc), "does not exist")):
        out = tmp_path / ("missing/x.pdf" if reason == "does not exist" else "x.pdf")
        code = main(["--profile", str(root), "--user", "admin", "report", *args, "-o", str(out)])
        assert code == 2 and reason in capsys.readouterr().err, args
    assert list(tmp_path.iterdir()) == []
