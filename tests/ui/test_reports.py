"""Reports ▸ Registers for a period… in the real window: the register is built off the GUI thread,
previewed (its PDF pages in the window) and saved as XLSX through the file dialog; File ▸ Export
the card… writes the shown document's card as PDF; File ▸ Print the card… prints the preview (to
Qt's PDF printer: there is no paper printer here)."""
from __future__ import annotations


import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.locale import today as local_today
from desktop_app.services.types import AppealInput, RegisterInput
from tests.qt_helpers import ScriptedDialogs, open_window
from tests.routing.conftest import make_office, registered_letter

pytestmark = pytest.mark.gui


def test_register_from_the_menu_to_an_xlsx_file_and_the_card_to_pdf(qtbot, tmp_path):
    ctx = make_office(tmp_path / "p")
    doc = registered_letter(ctx, "Su təchizatı")
    number = ctx.documents.get_document(doc).registration.number
    dialogs = ScriptedDialogs()
    out = tmp_path / "register.xlsx"
    try:
        with open_window(qtbot, ctx, dialogs) as w:
            seen = {}

            def period(dlg):  # noqa: ANN001, ANN202
                seen["default journal"] = dlg.journal.currentData()  # the incoming register, not the first by name
                dlg.date_from.setDate(local_today().replace(day=1))
                return True

            def save_xlsx(path):  # noqa: ANN001, ANN202 - the preview's "Save as XLSX…" to ``path``
                def preview(dlg):  # noqa: ANN001, ANN202
                    seen.setdefault("pages", dlg.view.page_count())
                    dialogs.save_paths.append(str(path))
                    dlg.xlsx_button.click()
                    return False
                return preview

            dialogs.form_actions += [period, save_xlsx(out)]
            w.reports.act_register.trigger()
            qtbot.waitUntil(lambda: out.exists(), timeout=20000)
            assert seen["pages"] >= 1 and seen["default journal"] == "IN"
            ws = openpyxl.load_workbook(out).active
            assert number in [row[0] for row in ws.iter_rows(values_only=True)]

            w.refresh(keep=doc)
            qtbot.waitUntil(lambda: w.detail.detail is not None and w.detail.detail.id == doc, timeout=10000)
            assert w.reports.act_export.isEnabled() and w.reports.act_stamp.isEnabled()
            card = tmp_path / "card.pdf"
            dialogs.save_paths.append(str(card))
            w.reports.act_export.trigger()
            qtbot.waitUntil(lambda: card.exists(), timeout=20000)
            text = PdfReader(card).pages[0].extract_text()
            assert number in text and "Su təchizatı" in text

            printed = tmp_path / "printed.pdf"

            def print_from_preview(dlg):  # noqa: ANN001, ANN202 - Qt's PDF printer stands in for paper
                dlg.printer.setOutputFileName(str(printed))
                dialogs.form_actions.append(lambda _print_dialog: True)
                dlg.print_button.click()
                return False

            dialogs.form_actions.append(print_from_preview)
            w.reports.act_print.trigger()
            qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0, timeout=20000)
            assert len(PdfReader(printed).pages) == 1

            # Reports ▸ Appeals report…: all appeals journals, or one of them (two here)
            ctx.admin.create_journal("APL2", "Telefon", "appeal", "T-{n}/{year}")
            for code, name in (("APL", "Əli Məmmədov"), ("APL2", "Leyla Həsənova")):
                ctx.appeals.register_oral(RegisterInput(code, appeal=AppealInput(
                    name, "Bakı", "proposal", form="reception", received_on=local_today(), received_by="Aynur")), summary="Park")
            appeals = tmp_path / "appeals.xlsx"

            def one_journal(dlg):  # noqa: ANN001, ANN202
                seen["journals"] = [dlg.journal.itemData(i) for i in range(dlg.journal.count())]
                dlg.journal.setCurrentIndex(dlg.journal.findData("APL2"))
                dlg.date_from.setDate(local_today().replace(day=1))
                return True

            dialogs.form_actions += [one_journal, save_xlsx(appeals)]
            w.reports.act_appeals.trigger()
            qtbot.waitUntil(lambda: appeals.exists(), timeout=20000)
            assert seen["journals"] == [None, "APL", "APL2"]
            rows = list(openpyxl.load_workbook(appeals).active.iter_rows(values_only=True))
            assert [r[2] for r in rows if r[0] and str(r[0]).startswith("T-")] == ["Leyla Həsənova"]
            assert not any(r[2] == "Əli Məmmədov" for r in rows)
            assert not [m for m in dialogs.messages if m[0] == "error"]
    finally:
        ctx.close()
