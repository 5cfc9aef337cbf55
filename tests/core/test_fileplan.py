"""The file plan, numbering by year and outgoing letters on a real profile (SQLite file + blob store):
every rule is the service's, whoever calls it (issue 17)."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.db.models import AuditEvent, Document
from desktop_app.errors import InvalidInput, PermissionDenied
from desktop_app.services.types import CaseInput, RegisterInput
from docflow_protocol import planned_case_id
from tests.helpers import make_ctx, make_pdf


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = make_ctx(tmp_path_factory.mktemp("fileplan") / "p", username="admin")
    for name, roles in (("clerk", ["clerk"]), ("head", ["head"]), ("exec", ["executor"])):
        c.admin.add_user(name, name.title(), roles)
    c.today = lambda: dt.date(2026, 12, 31)
    yield c
    c.close()


def _as(ctx, name):
    ctx.switch_user(name)
    return ctx


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _incoming(ctx, text):
    return ctx.documents.create_document(make_pdf(text), f"{text}.pdf", subject=text).id


def test_file_plan_rules_year_end_inventory_and_disposal(ctx):
    fp = _as(ctx, "clerk").fileplan
    assert fp.seed_from_model_list(2026) == len(fp.cases(2026))
    with pytest.raises(InvalidInput, match="already used"):
        fp.save_case(CaseInput(2026, "02-02", "Başqa iş", 5))
    case = fp.save_case(CaseInput(2026, "05-01", "Vətəndaşların müraciətləri", 5, article="154"))
    with pytest.raises(PermissionDenied):
        _as(ctx, "exec").fileplan.save_case(CaseInput(2026, "05-02", "x", 1))

    # registration: a year with a file plan needs a case of that year, open
    doc = _incoming(_as(ctx, "clerk"), "Şikayət")
    with pytest.raises(InvalidInput, match="Choose the case"):
        ctx.documents.register(doc, RegisterInput("IN", dt.date(2026, 12, 31)))
    info = ctx.documents.register(doc, RegisterInput("IN", dt.date(2026, 12, 31), case_id=case.id, sheets=3))
    assert info.case_index == "05-01" and ctx.documents.get_document(doc).registration.case_index == "05-01"
    assert [c.documents for c in fp.cases(2026) if c.id == case.id] == [1]

    # year end: the head closes 2026, 2027's plan is made from it; a closed case takes nothing more
    with pytest.raises(PermissionDenied):
        fp.close_year(2026)
    ended = _as(ctx, "head").fileplan.close_year(2026)
    assert ended.closed == ended.created == len(fp.cases(2026))
    assert [(c.index, c.closed) for c in fp.cases(2027)][:2] == [("01-01", False), ("01-02", False)]
    # the next year's cases have the ids every desk of the institution gives them (no doubles when two close)
    assert {c.id for c in fp.cases(2027)} == {planned_case_id(2027, c.index) for c in fp.cases(2026)}
    late = _incoming(_as(ctx, "clerk"), "Gecikmiş")
    with pytest.raises(InvalidInput, match="closed"):
        ctx.documents.register(late, RegisterInput("IN", dt.date(2026, 12, 31), case_id=case.id))
    with pytest.raises(InvalidInput, match="closed"):
        fp.save_case(CaseInput(2026, "05-01", "Yeni ad", 5, case_id=case.id))

    # the archive inventory: permanent / long-kept cases only, with their documents' dates and sheets
    inv = fp.inventory(2026)
    assert all(line.retention_years is None or line.retention_years > 10 for line in inv.lines)
    assert [line.number for line in inv.lines] == list(range(1, len(inv.lines) + 1))

    # disposal: nothing before the retention ends (2026 + 1 + 5 = 2032); proposed, then only the head approves
    assert fp.disposal_candidates(dt.date(2031, 12, 31)) == []
    [cand] = fp.disposal_candidates(dt.date(2032, 1, 1))
    assert (cand.document_id, cand.disposable_from) == (doc, 2032)
    act = fp.propose_disposal(None, dt.date(2032, 1, 1))
    assert act.state == "proposed" and fp.disposal_candidates(dt.date(2032, 1, 1)) == []
    with pytest.raises(PermissionDenied):
        fp.decide_disposal(act.id, approve=True)
    done = _as(ctx, "head").fileplan.decide_disposal(act.id, approve=True)
    assert done.state == "approved" and done.decided_by == "head"
    with ctx.db.read() as s:
        assert s.get(Document, doc).disposal_act_id == act.id       # kept as a record, never deleted
        actions = set(s.execute(select(AuditEvent.action)).scalars())
    assert {"fileplan.year_closed", "disposal.proposed", "disposal.approved", "disposal.decided"} <= actions


def test_numbers_restart_each_year_with_the_case_index(ctx):
    _as(ctx, "admin").admin.create_journal("OX", "Outgoing by case", "outgoing", "{index}/{n}")
    fp = ctx.fileplan
    [case27] = [c for c in fp.cases(2027) if c.index == "02-02"]
    ctx.today = lambda: dt.date(2027, 1, 2)
    try:
        nums = []
        for text in ("Birinci", "İkinci"):
            row = ctx.documents.create_document(make_pdf(text), f"{text}.pdf", kind="outgoing", subject=text)
            nums.append(ctx.documents.register(row.id, RegisterInput("OX", None, case_id=case27.id)).number)
        assert nums == ["02-02/1", "02-02/2"]
        in27 = ctx.documents.register(_incoming(ctx, "Yanvar"), RegisterInput("IN", None, case_id=case27.id))
        assert in27.number == "IN-0001/2027"                       # 2026's IN numbers went on to 2; 2027 starts at 1
    finally:
        ctx.today = lambda: dt.date(2026, 12, 31)


def test_outgoing_letter_from_a_template(ctx):
    fields = {"addressee": "Kürdəmir rayon İcra Hakimiyyəti", "subject": "Avtobus dayanacağı",
              "body": "Hörmətli cənab, şikayətiniz öyrənildi.\nОтвет направлен заявителю.",
              "reply_to_number": "KB-17/4", "reply_to_date": dt.date(2026, 11, 20), "signer_name": "Əli Məmmədov"}
    text = _text(_as(ctx, "clerk").templates.draft("reply", fields))
    for part in ("Kürdəmir rayon İcra Hakimiyyəti", "şikayətiniz öyrənildi", "Ответ направлен заявителю", "KB-17/4",
                 "20.11.2026", "Əli Məmmədov"):
        assert part in text
    with pytest.raises(InvalidInput, match="number of the letter"):
        ctx.templates.draft("reply", {**fields, "reply_to_number": ""})
    with pytest.raises(InvalidInput, match="template"):
        ctx.templates.draft("poem", fields)

    row = ctx.templates.create_draft("reply", fields)
    # The addressee typed on the letter is its correspondent: listed, and offered at registration (not retyped).
    assert row.correspondent == ctx.documents.get_document(row.id).correspondent == "Kürdəmir rayon İcra Hakimiyyəti"
    [case] = [c for c in ctx.fileplan.cases(2026) if c.index == "02-02" and not c.closed] or [None]
    assert case is None  # 2026 is closed: the letter is registered in 2027's plan
    ctx.today = lambda: dt.date(2027, 1, 2)
    try:
        case27 = next(c for c in ctx.fileplan.cases(2027) if c.index == "02-02")
        reg = ctx.documents.register(row.id, RegisterInput("OUT", None, case_id=case27.id))
    finally:
        ctx.today = lambda: dt.date(2026, 12, 31)
    files = ctx.documents.get_document(row.id).files
    assert [f.role for f in files] == ["original", "numbered"]
    # ...named for what it is, in the files and the history (it was called a cleaned scan)
    from desktop_app import history, labels

    assert labels.file_role(files[-1].role) == "Numbered copy"
    said = [history.describe(e.action, e.details) for e in ctx.documents.get_document(row.id).audit]
    assert "New file version 2: Numbered copy" in said, said
    filled = _text(ctx.blobs.read(files[-1].sha256))
    assert reg.number in filled and "02.01.2027" in filled and "____" not in filled
