"""The office's paper (issue 17) on a real SQLite profile: each report read back from the PDF
(pypdf's text extractor) and the XLSX (openpyxl) and compared with the store; az and ru headings;
the registers' queries do not grow with the number of entries; the stamped copy's text and QR code
(decoded with zxing-cpp from a poppler rendering), and the original left as it was."""
from __future__ import annotations

import dataclasses

import datetime as dt
import hashlib
import io
import json
import subprocess

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.locale import today as local_today
from desktop_app import i18n, reports
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.services.types import AppealInput, RegisterInput, ResolutionInput
from tests import helpers
from tests.routing.conftest import as_user, make_office, outgoing_draft

TODAY = local_today()
START = TODAY.replace(day=1)
SENDER = "Ekologiya Nazirliyi — Министерство экологии"


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """Two incoming letters (one on control, answered by a registered reply), an appeal."""
    ctx = make_office(tmp_path_factory.mktemp("reports") / "profile")
    as_user(ctx, "clerk")
    ids = []
    for i, subject in enumerate(("Su təchizatı şəhərdə", "Водоснабжение района")):
        row = ctx.documents.create_document(helpers.make_pdf(f"Letter {i}"), f"l{i}.pdf", "incoming", subject=subject)
        ctx.documents.register(row.id, RegisterInput("IN", correspondent=SENDER, corr_number=f"12-{i}/5", corr_date=START, sheets=3 + i))
        ids.append(row.id)
    as_user(ctx, "head")
    ctx.routing.create_resolution(ids[0], ResolutionInput("Cavab hazırlayın", "u-exec", deadline=TODAY + dt.timedelta(days=30)))
    reply = outgoing_draft(ctx, author="clerk", subject="Cavab: su təchizatı")
    ctx.control.link_reply(reply, ids[0])
    ctx.documents.register(reply, RegisterInput("OUT", correspondent=SENDER))
    as_user(ctx, "clerk")
    row = ctx.documents.create_document(helpers.make_pdf("Appeal"), "a.pdf", "incoming", subject="Küçə işıqlandırması")
    ctx.documents.register(row.id, RegisterInput("APL", appeal=AppealInput("Əli Məmmədov", "Bakı, Nizami küç. 5", "complaint", "+994")))
    # a second appeals journal, with an appeal made by telephone (no letter: what was said is its content)
    ctx.admin.create_journal("APL2", "Telefon müraciətləri", "appeal", "T-{n}/{year}")
    oral = ctx.appeals.register_oral(RegisterInput("APL2", appeal=AppealInput(
        "Leyla Həsənova", "Sumqayıt, 5-ci mkr.", "proposal", form="telephone", received_on=TODAY, received_by="Aynur Katib")),
        summary="Parkda oturacaqlar qoyulsun\nУстановить скамейки")
    ctx.ids = {"letters": ids, "reply": reply, "appeal": row.id, "oral": oral.document_id}
    yield ctx
    ctx.close()


@pytest.fixture
def language():
    before = i18n.current_language()
    yield i18n.set_language
    i18n.set_language(before)


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _sheet(data: bytes) -> list[tuple]:
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    return [tuple(c for c in row) for row in ws.iter_rows(values_only=True)]


def _header_row(rows: list[tuple], first: str) -> int:
    return next(i for i, r in enumerate(rows) if r and r[0] == first)


def test_incoming_register_matches_the_store_in_pdf_and_xlsx(office, language):
    language("az")
    rep = office.reports.register("IN", START, TODAY)
    details = [office.documents.get_document(i) for i in office.ids["letters"]]
    text = _pdf_text(reports.render(rep, "pdf"))
    for d in details:
        assert d.registration.number in text and d.registration.corr_number in text
    assert "Su təchizatı şəhərdə" in text and "Водоснабжение района" in text  # ə and Cyrillic read back
    assert "Göndərən" in text and "Qeydiyyat jurnalı" not in text  # the headings in Azerbaijani
    assert "Cavab hazırlayın" in text.replace("\n", " ")  # the resolution
    rows = _sheet(reports.render(rep, "xlsx"))
    h = _header_row(rows, rep.sections[0].columns[0].title)
    body = rows[h + 1:h + 1 + len(details)]
    assert [r[0] for r in body] == [d.registration.number for d in details]
    assert [r[1].date() for r in body] == [d.registration.reg_date for d in details]  # real dates
    assert [r[3] for r in body] == [d.registration.corr_number for d in details]
    assert [r[6] for r in body] == [d.registration.sheets for d in details]           # real numbers
    reply = office.documents.get_document(office.ids["reply"]).registration.number
    assert reply in body[0][9]  # executed: the registered reply


def test_registers_of_every_kind_and_russian_headings(office, language):
    language("ru")
    out = office.reports.register("OUT", START, TODAY)
    text = _pdf_text(reports.render(out, "pdf"))
    assert "Журнал исходящих" in text and "Адресат" in text and "стр. 1" in text
    first_incoming = office.documents.get_document(office.ids["letters"][0]).registration.number
    assert out.sections[0].rows[0][7] == first_incoming  # in reply to
    apl = office.reports.register("APL", START, TODAY)
    assert [r[2] for r in apl.sections[0].rows] == ["Əli Məmmədov"]
    assert "Əli Məmmədov" in _pdf_text(reports.render(apl, "pdf"))
    # every heading's words whole, in the chancellery's words: the walk's register read "№ отправит / еля",
    # "Приложени / я" (narrow columns cut the words) and "Аннотация" over the letters' subjects
    incoming = _pdf_text(reports.render(office.reports.register("IN", START, TODAY), "pdf")).split()
    for word in ("отправителя", "Приложения", "Краткое", "содержание"):
        assert word in incoming, word
    # and every cell's words whole: the appeals report cut an appeal's kind, "Заявлени / е", in its narrow column
    appeals = office.reports.appeals(START, TODAY)
    entries = appeals.sections[-1]  # the walk's row: an application ("Заявление") in the list of appeals
    walked = tuple(("Заявление" if i == 4 else c) for i, c in enumerate(entries.rows[0]))
    appeals = dataclasses.replace(appeals, sections=(*appeals.sections[:-1],
                                                     dataclasses.replace(entries, rows=(walked, *entries.rows[1:]))))
    printed = set(_pdf_text(reports.render(appeals, "pdf")).split())
    for sec in appeals.sections:
        for row in sec.rows:
            for word in (w for cell in row if isinstance(cell, str) for w in cell.split()):
                assert word in printed, (word, row)


def test_a_new_profile_s_institution_is_named_in_the_reader_s_language(tmp_path, language):
    """Before the first login the office is the profile's local institution: a report says so in the
    reader's language, not with the English name stored for it."""
    ctx = helpers.make_ctx(tmp_path / "fresh")
    try:
        language("ru")
        report = ctx.reports.register("IN", START, TODAY)
        assert report.institution == "Эта организация"
        assert "Local institution" not in _pdf_text(reports.render(report, "pdf"))
    finally:
        ctx.close()


def test_register_queries_do_not_grow_with_its_entries(office):
    with helpers.statements_on(office.db.engine) as statements:
        assert len(office.reports.register("INT", START, TODAY).sections[0].rows) == 0
    few = len(statements)
    as_user(office, "clerk")
    for i in range(8):
        row = office.documents.create_document(helpers.make_pdf(f"Memo {i}"), f"m{i}.pdf", "internal", subject=f"Memo {i}")
        office.documents.register(row.id, RegisterInput("INT"))
    with helpers.statements_on(office.db.engine) as statements:
        assert len(office.reports.register("INT", START, TODAY).sections[0].rows) == 8
    assert len(statements) == few


def test_card_control_and_appeals_reports(office, language):
    language("en")
    doc = office.ids["letters"][0]
    card = office.reports.card(doc)
    fields = dict(card.fields)
    d = office.documents.get_document(doc)
    assert fields["Registration number"] == d.registration.number and fields["Sender"] == SENDER
    assert fields["Sender's number and date"].startswith("12-0/5")
    assert card.sections[0].rows[0][1] == "Cavab hazırlayın"
    reply = office.documents.get_document(office.ids["reply"]).registration
    assert card.sections[2].rows == ((reply.number, reply.reg_date),)
    cells = _sheet(reports.render(card, "xlsx"))
    assert ("Registration number", d.registration.number) in [r[:2] for r in cells]

    control = office.reports.control(TODAY)
    data = office.control.monthly_report(START)
    assert control.sections[0].total[1:] == (data.total.on_control, data.total.executed_on_time,
                                             data.total.executed_late, data.total.overdue)
    assert data.total.on_control >= 1
    text = _pdf_text(reports.render(control, "pdf"))
    assert "Control report" in text and "Rashad Head" in text
    cells = _sheet(reports.render(control, "xlsx"))
    total = next(r for r in cells if r[0] == "Total")
    assert total[1:5] == (data.total.on_control, data.total.executed_on_time, data.total.executed_late, data.total.overdue)
    item = data.items[0]
    assert any(r[0] == item.number and r[2] == item.executor_name and r[4].date() == item.deadline for r in cells)

    appeals = office.reports.appeals(START, TODAY, journal="APL")
    assert appeals.sections[0].total[:2] == ("Total", 1)
    rows = _sheet(reports.render(appeals, "xlsx"))
    appeal = office.appeals.list(START, TODAY, journal="APL")[0]
    assert any(r[0] == appeal.number and r[2] == appeal.applicant_name and r[5] == "In writing" and r[7].date() == appeal.deadline
               for r in rows)
    text = _pdf_text(reports.render(appeals, "pdf"))
    assert appeal.number in text and "Əli Məmmədov" in text and "Complaint" in text


def test_oral_appeal_and_appeals_journals_apart(office, language):
    """An appeal made by telephone (no file) on its card, in its own journal's register and in the
    appeals report (PDF and XLSX read back); each appeals journal's register lists only its own."""
    oral = office.appeals.get(office.ids["oral"])
    d = office.documents.get_document(oral.document_id)
    assert d.files == () or list(d.files) == [] and d.page_count == 0
    assert (oral.appeal_form, oral.received_on, oral.received_by) == ("telephone", TODAY, "Aynur Katib")
    assert d.subject == "Parkda oturacaqlar qoyulsun" and "Установить скамейки" in d.summary
    assert oral.number.startswith("T-1/") and oral.deadline == office.routing.calendar().add_working_days(TODAY, 15)
    card = dict(office.reports.card(oral.document_id).fields)
    assert card["Form of appeal"] == f"Orally, by telephone, received on {TODAY:%d.%m.%Y} by Aynur Katib"
    assert "Установить скамейки" in card["Summary"]
    assert [a.document_id for a in office.appeals.list(START, TODAY, journal="APL2")] == [oral.document_id]
    assert [a.document_id for a in office.appeals.list(START, TODAY, journal="APL")] == [office.ids["appeal"]]
    assert len(office.appeals.list(START, TODAY)) == 2
    assert [r[2] for r in office.reports.register("APL", START, TODAY).sections[0].rows] == ["Əli Məmmədov"]
    only = office.reports.appeals(START, TODAY, journal="APL2")
    assert only.sections[0].total[:2] == ("Total", 1) and "(APL2)" in only.title
    both = office.reports.appeals(START, TODAY)
    assert both.sections[1].rows == (("In writing", 1, 0, 0, 1, 0, 0, 0), ("Orally, by telephone", 1, 0, 0, 1, 0, 0, 0))
    rows = _sheet(reports.render(both, "xlsx"))
    entry = next(r for r in rows if r[0] == oral.number)
    assert entry[2] == "Leyla Həsənova" and entry[5] == f"Orally, by telephone, {TODAY:%d.%m.%Y}, Aynur Katib"
    language("az")
    text = " ".join(_pdf_text(reports.render(office.reports.register("APL2", START, TODAY), "pdf")).split())
    assert oral.number in text and "Leyla Həsənova" in text and "Şifahi, telefonla" in text
    with pytest.raises(InvalidInput, match="IN"):
        office.reports.appeals(START, TODAY, journal="IN")


def test_bad_requests_are_refused_and_nothing_is_written(office, tmp_path):
    with pytest.raises(NotFound, match="no journal XX"):
        office.reports.register("XX", START, TODAY)
    with pytest.raises(InvalidInput, match="ends before it starts"):
        office.reports.appeals(TODAY, START - dt.timedelta(days=1))
    rep = office.reports.register("IN", START, TODAY)
    with pytest.raises(InvalidInput, match="PDF or XLSX"):
        reports.write(rep, "docx", tmp_path / "r.docx")
    with pytest.raises(InvalidInput, match="does not exist"):
        reports.write(rep, "pdf", tmp_path / "no" / "r.pdf")
    with pytest.raises(InvalidInput, match="only a registered|Only a registered"):
        draft = office.documents.create_document(helpers.make_pdf("Draft"), "d.pdf", "incoming", subject="Draft")
        office.reports.stamped_copy(draft.id)
    assert list(tmp_path.iterdir()) == []


def test_stamp_on_a_derived_copy_with_a_readable_qr(office, tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp decodes the QR code")
    from PIL import Image

    doc = office.ids["letters"][1]
    d = office.documents.get_document(doc)
    source = d.current_file
    before = office.documents.file_path(source.sha256).read_bytes()
    copy = office.reports.stamped_copy(doc)
    after = office.documents.get_document(doc)
    assert after.files == d.files  # nothing stored changed
    assert hashlib.sha256(office.documents.file_path(source.sha256).read_bytes()).hexdigest() == source.sha256
    assert hashlib.sha256(before).hexdigest() == source.sha256 and copy != before
    page1 = PdfReader(io.BytesIO(copy)).pages[0].extract_text()
    assert d.registration.number in page1 and "Demo Municipality A" in page1
    assert "Letter 1" in page1  # the page's own text is still there
    (tmp_path / "s.pdf").write_bytes(copy)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-singlefile", "-f", "1", "-l", "1",
                    str(tmp_path / "s.pdf"), str(tmp_path / "s")], check=True)
    found = zxingcpp.read_barcodes(Image.open(tmp_path / "s.png"))
    assert len(found) == 1
    assert json.loads(found[0].text) == {"v": 1, "id": doc, "no": d.registration.number,
                                         "date": d.registration.reg_date.isoformat(), "sha256": source.sha256}
    # the stamp sits where page 1 was blank: the letter's short line is at the top left, the top right is free
    corner = found[0].position.top_left
    with Image.open(tmp_path / "s.png") as img:
        assert corner.x > img.width / 2 and corner.y < img.height / 4


def test_a_signed_original_is_never_changed_and_the_copy_claims_no_signature(office):
    from tests.server.signed_pdfs import Signer, sign

    signed = sign(helpers.make_pdf("Signed reply"), Signer("Demo Head"))
    as_user(office, "clerk")
    row = office.documents.create_document(signed, "signed.pdf", "incoming", subject="Signed")
    office.documents.register(row.id, RegisterInput("IN", correspondent=SENDER))
    d = office.documents.get_document(row.id)
    stored = office.documents.file_path(d.current_file.sha256).read_bytes()
    copy = office.reports.stamped_copy(row.id)
    assert office.documents.file_path(d.current_file.sha256).read_bytes() == stored
    assert office.documents.get_document(row.id).files == d.files
    reader = PdfReader(io.BytesIO(copy))
    assert "/AcroForm" not in reader.trailer["/Root"]
    assert not any(a.get_object().get("/Subtype") == "/Widget" for p in reader.pages for a in p.get("/Annots", []))
    assert d.registration.number in reader.pages[0].extract_text()
    assert PdfReader(io.BytesIO(stored)).get_fields()  # the original keeps its signature field


def test_archive_inventory(office, language):
    """Last in the module: it gives the profile a file plan."""
    language("az")
    year = TODAY.year
    as_user(office, "admin")
    office.fileplan.seed_from_model_list(year)
    data = office.fileplan.inventory(year)
    assert data.lines
    rep = office.reports.inventory(year)
    assert [(r[1], r[2]) for r in rep.sections[0].rows] == [(line.index, line.title) for line in data.lines]
    text = _pdf_text(reports.render(rep, "pdf"))
    assert "Arxivə təhvil veriləcək işlərin siyahısı" in text and data.lines[0].index in text
    rows = _sheet(reports.render(rep, "xlsx"))
    h = _header_row(rows, "№")
    assert [r[1] for r in rows[h + 1:h + 1 + len(data.lines)]] == [line.index for line in data.lines]
