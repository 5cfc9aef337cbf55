"""Tools ▸ File plan… in the real window: fill the year from the model list, add a case, close the
year; then the register form offers that year's open cases and files the letter to the chosen one."""
from __future__ import annotations

import threading

import pytest

from desktop_app.services.types import RegisterInput
from tests import helpers
from tests.qt_helpers import ScriptedDialogs, open_window

pytestmark = pytest.mark.gui


def test_file_plan_dialog_and_the_register_form(qtbot, tmp_path):
    ctx = helpers.make_ctx(tmp_path / "p", username="admin")
    year = ctx.today().year
    dialogs = ScriptedDialogs()
    try:
        with open_window(qtbot, ctx, dialogs) as w:
            seen = {}

            def in_file_plan(dlg):  # noqa: ANN001, ANN202
                dlg.btn_seed.click()
                qtbot.waitUntil(lambda: dlg.cases.rowCount() > 10, timeout=10000)

                def new_case(case_dlg):  # noqa: ANN001, ANN202
                    case_dlg.index.setText("09-01")
                    case_dlg.title_edit.setText("Vətəndaş müraciətləri")
                    case_dlg.retention.setValue(0)  # permanently
                    return True

                dialogs.form_actions.append(new_case)
                dlg.btn_add.click()
                qtbot.waitUntil(lambda: any(dlg.cases.item(r, 0).text() == "09-01" for r in range(dlg.cases.rowCount())),
                                timeout=10000)
                seen["rows"] = dlg.cases.rowCount()
                dlg.year.setCurrentIndex(dlg.year.findData(year - 1))
                qtbot.waitUntil(lambda: not w.ui.tasks.busy() and dlg.cases.rowCount() == 0, timeout=10000)  # read on a worker
                dlg.btn_seed.click()
                qtbot.waitUntil(lambda: dlg.cases.rowCount() > 10, timeout=10000)
                dlg.btn_close.click()  # confirmed by the scripted dialogs
                qtbot.waitUntil(lambda: dlg.cases.item(0, 4).text() == dlg.tr("closed"), timeout=10000)
                return False

            dialogs.form_actions.append(in_file_plan)
            w.act_file_plan.trigger()
            assert seen["rows"] == len(ctx.fileplan.cases(year))
            assert dialogs.messages[-1][0] == "confirm"
            case = next(c for c in ctx.fileplan.cases(year) if c.index == "09-01")
            assert (case.retention_years, case.closed) == (None, False)

            doc = ctx.documents.create_document(helpers.make_pdf("Ərizə"), "a.pdf", subject="Ərizə").id
            w.refresh(keep=doc)
            qtbot.waitUntil(lambda: w.detail.detail is not None and w.detail.detail.id == doc, timeout=10000)

            def register(dlg):  # noqa: ANN001, ANN202
                assert dlg.case.count() == 1 + len(ctx.fileplan.cases(year)) and dlg.case.currentData() is None
                dlg.correspondent.setText("Məmmədov Əli")
                ok = dlg.buttons.button(dlg.buttons.StandardButton.Ok)
                assert not ok.isEnabled()  # no case chosen yet
                dlg.case.setCurrentIndex(dlg.case.findData(case.id))
                assert ok.isEnabled()
                return True

            dialogs.form_actions.append(register)
            w.window_actions.register_selected()
            qtbot.waitUntil(lambda: ctx.documents.get_document(doc).registration is not None, timeout=10000)
            assert ctx.documents.get_document(doc).registration.case_index == "09-01"
    finally:
        ctx.close()


def test_journal_formats_page(qtbot, tmp_path):
    """File plan ▸ Journals: the administrator types a format, sees the next number or why it cannot be
    used (Save waits), saves it; the journal numbers that way. A clerk only reads the formats."""
    ctx = helpers.make_ctx(tmp_path / "p", username="admin")
    year = ctx.today().year
    dialogs = ScriptedDialogs()
    seen = {}
    try:
        with open_window(qtbot, ctx, dialogs) as w:
            def journals(dlg):  # noqa: ANN001, ANN202
                page = dlg.journals
                dlg.tabs.setCurrentWidget(page)
                qtbot.waitUntil(lambda: page.reads_shown > 0, timeout=10000)  # the journals are read on a worker
                codes = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
                page.table.selectRow(codes.index("INT"))
                assert page.format.text() == next(j.number_format for j in ctx.documents.journals() if j.code == "INT")
                assert not page.save.isEnabled()  # nothing changed yet
                real = ctx.admin.number_example  # which thread reads the running number (the real read)
                ctx.admin.number_example = lambda *a, **k: (seen.setdefault("threads", []).append(threading.current_thread()),
                                                            real(*a, **k))[1]
                shown = page.examples_shown
                page.format.setText("INT/")
                page.format.setText("INT/{year}")  # typed on: only the newest text's answer is shown
                qtbot.waitUntil(lambda: page.examples_shown > shown, timeout=10000)
                seen["bad"] = page.example.text()
                assert not page.save.isEnabled()
                shown = page.examples_shown
                page.format.setText("{n}-{year}")
                assert not page.save.isEnabled()  # until the worker's answer says the format can number
                qtbot.waitUntil(lambda: page.examples_shown > shown and page.save.isEnabled(), timeout=10000)
                seen["example"] = page.example.text()
                page.save.click()
                qtbot.waitUntil(lambda: page.table.item(codes.index("INT"), 2).text() == "{n}-{year}", timeout=10000)
                return False

            dialogs.form_actions.append(journals)
            w.act_file_plan.trigger()
            assert "Journal INT" in seen["bad"] and "running number" in seen["bad"]
            assert seen["example"] == f"1-{year}"
            assert seen["threads"] and threading.main_thread() not in seen["threads"]  # never on the GUI thread
            del ctx.admin.number_example
            doc = ctx.documents.create_document(helpers.make_pdf("Memo"), "m.pdf", "internal", subject="Memo").id
            assert ctx.documents.register(doc, RegisterInput("INT")).number == f"1-{year}"

            ctx.admin.add_user("katib", "Aynur Katib", ["clerk"])
            assert ctx.switch_user("katib").username == "katib"

            def read_only(dlg):  # noqa: ANN001, ANN202
                seen["clerk"] = (dlg.journals.format.isEnabled(), dlg.journals.save.isEnabled())
                return False

            dialogs.form_actions.append(read_only)
            w.act_file_plan.trigger()
            assert seen["clerk"] == (False, False)
            assert not [m for m in dialogs.messages if m[0] == "error"]
    finally:
        ctx.close()


def test_the_file_plan_dialog_reads_its_tables_off_the_gui_thread(qtbot, tmp_path):
    """A sync burst redraws the open File plan dialog: its cases, candidates and acts are read on a worker,
    so a large store never holds the window (the reads ran on the GUI thread on every burst)."""
    import threading

    from desktop_app.events import SYNC, Change
    from ui.fileplan import FilePlanDialog

    ctx = helpers.make_ctx(tmp_path / "p", username="admin")
    ctx.fileplan.seed_from_model_list(ctx.today().year)
    dialogs = ScriptedDialogs()
    threads = []
    try:
        with open_window(qtbot, ctx, dialogs) as w:
            for name in ("years", "cases", "disposal_candidates", "acts"):  # which thread reads (the real reads)
                real = getattr(ctx.fileplan, name)
                setattr(ctx.fileplan, name, lambda *a, _real=real, **k: (threads.append(threading.current_thread()),
                                                                          _real(*a, **k))[1])
            dlg = FilePlanDialog(w.ui, w)
            dlg.show()
            qtbot.waitUntil(lambda: dlg.reads_shown == 1 and dlg.cases.rowCount() > 10, timeout=10000)
            w.ui.bridge.changed.emit(Change(frozenset(), frozenset({SYNC})))  # a burst of a sync
            qtbot.waitUntil(lambda: dlg.reads_shown == 2, timeout=10000)
            assert len(threads) == 8 and threading.main_thread() not in threads
            dlg.close()
            dlg.deleteLater()
    finally:
        ctx.close()
