"""Citizens' appeals on the legal clock and control as the instruction says (issue 17), on a real
SQLite profile; working days with Azerbaijan's calendar from the ``holidays`` package."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.locale import today as local_today
from desktop_app.db.models import Appeal, Document, OutboxOp
from desktop_app.errors import ForbiddenTransition, InvalidInput, PermissionDenied
from desktop_app.routing.calendar import WorkCalendar
from desktop_app.services.types import AppealInput, DocumentQuery, RegisterInput, ResolutionInput
from docflow_protocol import NOTE_MAX_CHARS
from tests import helpers
from tests.helpers import statements_on
from tests.routing.conftest import as_user, make_office, outgoing_draft, registered_letter

D = dt.date
AZ = WorkCalendar.from_settings([], "AZ")


def test_azerbaijan_calendar_on_known_dates():
    """Novruz, Ramadan and Gurban bayrams, their moved days off and a Saturday made a working day (2025)."""
    off_2025 = [D(2025, 3, d) for d in (20, 21, 24, 25, 26, 27, 28, 31)] + [D(2025, 6, 6), D(2025, 6, 9), D(2025, 1, 3)]
    assert not any(AZ.is_working_day(d) for d in off_2025)  # Novruz 20–26, moved to 27–28, Ramadan 30–31; Gurban; 3 Jan
    assert AZ.is_working_day(D(2025, 6, 21)) and D(2025, 6, 21).weekday() == 5  # the Saturday worked for 27 June
    assert AZ.is_working_day(D(2025, 3, 19)) and AZ.is_working_day(D(2025, 4, 1))
    # 2026: Ramadan bayram meets Novruz (20–21 March); the days off run to 30 March; Gurban 27–29 May
    assert not any(AZ.is_working_day(D(2026, 3, d)) for d in (20, 23, 24, 25, 26, 27, 30))
    assert not any(AZ.is_working_day(D(2026, 5, d)) for d in (27, 28, 29))
    # an appeal registered on Monday 16 March 2026 is answered within 15 working days: 15 April, not 6 April
    assert AZ.add_working_days(D(2026, 3, 16), 15) == D(2026, 4, 15)
    assert WorkCalendar().add_working_days(D(2026, 3, 16), 15) == D(2026, 4, 6)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    c = make_office(tmp_path_factory.mktemp("chancellery") / "profile")
    yield c
    c.close()


CARD = AppealInput("Əli Məmmədov", "Bakı, Nizami küç. 5", "complaint", "+994 50 000 00 00")


def _appeal(ctx, subject="Street lighting", card=CARD, reg_date=None):
    as_user(ctx, "clerk")
    row = ctx.documents.create_document(helpers.make_pdf(subject), f"{subject}.pdf", "incoming", subject=subject)
    ctx.documents.register(row.id, RegisterInput("APL", reg_date=reg_date, appeal=card))
    return row.id


def _ops(ctx, doc_id, op_type):
    with ctx.db.read() as s:
        return [o.payload for o in s.execute(select(OutboxOp).where(OutboxOp.document_id == doc_id,
                                                                     OutboxOp.op_type == op_type)).scalars()]


def _answer(ctx, doc_id):
    """A registered outgoing reply linked to ``doc_id`` (an answer on the merits)."""
    reply = outgoing_draft(ctx, author="clerk", subject=f"Answer to {doc_id}")
    ctx.control.link_reply(reply, doc_id)
    ctx.documents.register(reply, RegisterInput("OUT"))
    return reply


def test_anonymous_appeal_is_refused_and_nothing_is_written(office):
    as_user(office, "clerk")
    row = office.documents.create_document(helpers.make_pdf("Anon"), "anon.pdf", "incoming", subject="No name")
    for card in (None, AppealInput("", "Bakı", "complaint"), AppealInput("Vəli", "  ", "application")):
        with pytest.raises(InvalidInput, match="anonymous|applicant's card") as refused:
            office.documents.register(row.id, RegisterInput("APL", appeal=card))
        assert refused.value.code == "anonymous_appeal"
    with office.db.read() as s:
        assert s.get(Document, row.id).registration is None and s.get(Appeal, row.id) is None
    assert office.documents.get_document(row.id).status == "draft"


def test_an_oral_appeal_is_registered_without_a_letter_and_bad_ones_leave_nothing(office):
    """At a personal reception: no file, what was said is the content, the day and the official recorded,
    the same 15 working days from registration; a card lacking any of it is refused whole."""
    as_user(office, "clerk")
    today = local_today()
    with office.db.read() as s:
        before = (s.query(Document).count(), s.query(OutboxOp).count())
    oral = AppealInput("Səbinə Quliyeva", "Bakı, Xətai r-nu", "application", form="reception", received_on=today, received_by="Kamran Müdir")
    for data, summary, reason in (
            (RegisterInput("APL", appeal=oral), "  ", "what the citizen said"),
            (RegisterInput("APL", appeal=AppealInput("Səbinə", "Bakı", "application", form="reception", received_on=today)), "Su", "official"),
            (RegisterInput("APL", reg_date=today - dt.timedelta(days=1), appeal=oral), "Su", "before it was made"),
            (RegisterInput("APL", appeal=CARD), "Su", "reception or by telephone"),
            (RegisterInput("APL", subject="S" * 501, appeal=oral), "Su", "501 characters; it may have at most 500"),
            (RegisterInput("APL", appeal=AppealInput("", "Bakı", "application", form="telephone", received_on=today, received_by="K")),
             "Su", "anonymous")):
        with pytest.raises(InvalidInput, match=reason):
            office.appeals.register_oral(data, summary)
    with office.db.read() as s:
        assert (s.query(Document).count(), s.query(OutboxOp).count()) == before
    info = office.appeals.register_oral(RegisterInput("APL", appeal=oral), "Həyətdə su yoxdur.\nBoru partlayıb.")
    assert (info.appeal_form, info.received_on, info.received_by) == ("reception", today, "Kamran Müdir")
    assert info.deadline == office.routing.calendar().add_working_days(today, 15) and info.clock is not None
    d = office.documents.get_document(info.document_id)
    assert d.files == () or not d.files
    assert (d.subject, d.summary, d.status) == ("Həyətdə su yoxdur.", "Həyətdə su yoxdur.\nBoru partlayıb.", "registered")
    assert d.correspondent == "Səbinə Quliyeva"  # who made it: the lists and search name the applicant
    assert d.registration.channel == "hand"      # not by post
    (reg,) = _ops(office, info.document_id, "registration.register")
    assert {k: reg["appeal"][k] for k in ("appeal_form", "received_on", "received_by")} == {
        "appeal_form": "reception", "received_on": today.isoformat(), "received_by": "Kamran Müdir"}
    # a written appeal keeps no reception data even if the form had some
    written = office.appeals.get(_appeal(office, "Letter", AppealInput("Əli", "Bakı", "complaint", received_by="X")))
    assert (written.appeal_form, written.received_on, written.received_by) == ("written", None, "")


def test_appeal_clock_extension_forward_and_repeated(office):
    cal = office.routing.calendar()
    today = local_today()
    doc = _appeal(office)
    info = office.appeals.get(doc)
    assert (info.applicant_name, info.appeal_type, info.term_days) == ("Əli Məmmədov", "complaint", 15)
    assert info.deadline == cal.add_working_days(today, 15) and info.clock.days_left == 15
    assert info.forward_by == cal.add_working_days(today, 3)
    (reg,) = _ops(office, doc, "registration.register")
    assert reg["appeal"]["deadline"] == info.deadline.isoformat() and reg["appeal"]["applicant_name"] == "Əli Məmmədov"
    checking = office.appeals.get(_appeal(office, "Land plot", AppealInput("Aygün", "Şəki", "application", needs_checking=True)))
    assert checking.term_days == 30 and checking.deadline == cal.add_working_days(today, 30)

    # the clock on the list's row, and in search results
    rows = {r.id: r for r in office.documents.list_documents(DocumentQuery(limit=100)).rows}
    assert rows[doc].due == info.deadline and rows[doc].due_text == "15 working day(s) left"

    # more information requested: +20, then +11 is over the law's 30 in all
    with pytest.raises(InvalidInput, match="Record the day|reason"):
        office.appeals.extend(doc, 5, "", today)
    ext = office.appeals.extend(doc, 20, "Asked the housing office for the plan", today)
    assert ext.deadline == cal.add_working_days(info.deadline, 20) and ext.extension_told_on == today
    with pytest.raises(InvalidInput, match="at most 30") as refused:
        office.appeals.extend(doc, 11, "More", today)
    assert refused.value.code == "appeal_extension_limit"
    assert _ops(office, doc, "appeal.act")[0] | {"action_id": ""} == {
        "action_id": "", "action": "extend", "days": 20, "new_deadline": ext.deadline.isoformat(),
        "reason": "Asked the housing office for the plan", "citizen_told_on": today.isoformat()}

    # a repeated appeal: the applicant's appeals answered on the merits 3 times within a year (article 8.1.4)
    second = _appeal(office, "Street lighting again")
    number = info.number
    with pytest.raises(ForbiddenTransition, match="not been answered"):
        office.appeals.mark_repeated(second, number)
    _answer(office, doc)
    answered = office.appeals.get(doc)
    assert answered.answered_on == today and answered.clock is None  # answered: the clock stops
    with pytest.raises(ForbiddenTransition, match="1 time"):
        office.appeals.mark_repeated(second, number)
    for subject in ("Lighting, second letter", "Lighting, third letter"):
        _answer(office, _appeal(office, subject, AppealInput("əli  MƏMMƏDOV", "Bakı", "complaint")))  # the same person
    rep = office.appeals.mark_repeated(second, number, "Same question, nothing new")
    assert rep.repeated_of == number and rep.clock is None
    with pytest.raises(InvalidInput, match="no earlier appeal"):
        office.appeals.mark_repeated(_appeal(office, "Third"), "APL-9999/1999")

    # belongs to another body: passed on, the citizen told
    other = _appeal(office, "School bus")
    fwd = office.appeals.forward(other, "Ministry of Education", today, today)
    assert fwd.forwarded_to == "Ministry of Education" and fwd.answered_on == today and fwd.clock is None
    with pytest.raises(ForbiddenTransition):
        office.appeals.forward(other, "Again", today, today)
    as_user(office, "exec")
    with pytest.raises(PermissionDenied):
        office.appeals.extend(checking.document_id, 1, "x", today)
    assert {a.document_id for a in office.appeals.list(today, today)} >= {doc, second, other}


def test_resolution_on_an_appeal_keeps_the_laws_term(office):
    doc = _appeal(office, "Bus stop")
    due = office.appeals.get(doc).deadline
    as_user(office, "head")
    with pytest.raises(InvalidInput, match="cannot be later"):
        office.routing.create_resolution(doc, ResolutionInput("Answer", "u-exec", deadline=due + dt.timedelta(days=1)))
    res = office.routing.create_resolution(doc, ResolutionInput("Answer", "u-exec"))
    assert res.deadline == due and res.control


def test_appeal_reminders_before_the_deadline(office):
    doc = _appeal(office, "Water pressure", reg_date=local_today())
    deadline = office.appeals.get(doc).deadline
    day_before = office.routing.calendar().add_working_days(deadline, 0) - dt.timedelta(days=1)
    due = [a.document_id for a in office.appeals.due_reminders(today=day_before)]
    assert doc in due
    office.appeals.mark_reminded(due, today=day_before)
    assert doc not in [a.document_id for a in office.appeals.due_reminders(today=day_before)]
    late = office.appeals.get(doc, today=deadline + dt.timedelta(days=7))
    assert late.clock.overdue and late.clock.text.startswith("Overdue by")


def test_the_appeals_register_reads_its_rows_in_a_few_queries(office):
    """The register's rows are read together: not a document and a registration query per appeal."""
    today = local_today()
    for subject in ("Roof leak", "Roof leak again", "Yard lights", "Playground"):
        _appeal(office, subject)
    with statements_on(office.db.engine) as statements:
        rows = office.appeals.list(today, today)
    assert len(rows) >= 4 and all(r.number for r in rows)
    assert len(statements) <= 6, statements  # the appeals, their documents, registrations and replies


def test_control_removal_extension_and_execution(office):
    cal = office.routing.calendar()
    today = local_today()
    doc = registered_letter(office, "Roads")
    as_user(office, "head")
    res = office.routing.create_resolution(doc, ResolutionInput("Repair and answer", "u-exec", days=5))
    assert _ops(office, doc, "resolution.create")[0]["control"] is True

    # only an executor asks, with a reason; only the controlling official decides
    as_user(office, "exec2")
    with pytest.raises(PermissionDenied) as refused:
        office.control.request_extension(res.id, res.deadline + dt.timedelta(days=10), "Need the contractor's estimate")
    assert refused.value.code == "not_assignee"
    as_user(office, "exec")
    with pytest.raises(InvalidInput, match="reason"):
        office.control.request_extension(res.id, res.deadline + dt.timedelta(days=10), "  ")
    req = office.control.request_extension(res.id, res.deadline + dt.timedelta(days=10), "Need the contractor's estimate")
    assert req.state == "pending" and req.requested_by == "Elvin Executor"
    with pytest.raises(PermissionDenied) as refused:
        office.control.decide_extension(req.id, True)
    assert refused.value.code == "not_controller"
    as_user(office, "admin")  # another head
    with pytest.raises(PermissionDenied):
        office.control.decide_extension(req.id, True)
    as_user(office, "head")
    assert [x.id for x in office.control.pending_decisions()] == [req.id]
    with pytest.raises(InvalidInput, match=f"longer than {NOTE_MAX_CHARS} characters"):  # refused, never cut
        office.control.decide_extension(req.id, True, "A" * (NOTE_MAX_CHARS + 1))
    done = office.control.decide_extension(req.id, True, "Agreed")
    assert done.state == "approved" and done.decided_by == "Rashad Head"
    tl = office.routing.timeline(doc)
    assert tl.resolutions[0].deadline == req.new_deadline and tl.active_steps[0].deadline == req.new_deadline
    assert _ops(office, doc, "control.extension_decide")[0]["decision"] == "approved"
    as_user(office, "exec")
    second = office.control.request_extension(res.id, req.new_deadline + dt.timedelta(days=3), "Rain")
    as_user(office, "head")
    with pytest.raises(InvalidInput, match="reason"):
        office.control.decide_extension(second.id, False)
    assert office.control.decide_extension(second.id, False, "No more delays").state == "refused"
    assert office.routing.timeline(doc).resolutions[0].deadline == req.new_deadline

    # executed only when resolved AND the sender has an answer on the merits
    as_user(office, "exec")
    (step,) = office.routing.timeline(doc).active_steps
    office.routing.act(step.id, "done", "Repaired")
    (item,) = office.control.status(doc)
    assert item.resolved_on == today and item.answered_on is None and item.executed_on is None
    reply = outgoing_draft(office, subject="Roads repaired")
    office.control.link_reply(reply, doc)
    assert _ops(office, reply, "document.link_reply") == [{"reply_to": doc}]
    as_user(office, "clerk")
    office.documents.register(reply, RegisterInput("OUT"))
    assert office.control.status(doc)[0].executed_on == today
    assert office.control.replies(doc)[0][0] == reply

    # taken off control: only by who put it on
    as_user(office, "admin")
    with pytest.raises(PermissionDenied):
        office.routing.remove_control(res.id)
    as_user(office, "head")
    off = office.routing.remove_control(res.id, "Closed")
    assert not off.control and _ops(office, doc, "control.remove") == [{"resolution_id": res.id, "reason": "Closed"}]
    assert cal.is_working_day(req.new_deadline)


def test_monthly_control_report(tmp_path):
    """On control, executed on time, late, overdue — by executor, for October 2026 (dates set in the store)."""
    from desktop_app.db.models import Registration, Resolution

    ctx = make_office(tmp_path / "p")
    docs = [registered_letter(ctx, f"Letter {i}") for i in range(4)]
    as_user(ctx, "head")
    made = [ctx.routing.create_resolution(d, ResolutionInput(t, who, days=5))
            for d, t, who in zip(docs, "ABCD", ("u-exec", "u-exec", "u-exec2", "u-exec"))]
    ctx.routing.create_resolution(docs[2], ResolutionInput("Not controlled", "u-exec", days=3, control=False))
    replies = {}
    for res in (made[0], made[1], made[3]):
        as_user(ctx, "exec")
        step = next(s for s in ctx.routing.timeline(res.document_id).active_steps if s.resolution_id == res.id)
        ctx.routing.act(step.id, "done")
        replies[res.id] = outgoing_draft(ctx, subject=f"Reply {res.text}")
        ctx.control.link_reply(replies[res.id], res.document_id)
        as_user(ctx, "clerk")
        ctx.documents.register(replies[res.id], RegisterInput("OUT"))
    # (created, deadline, resolved, answered): late, on time, overdue, executed in September
    dates = [(D(2026, 10, 1), D(2026, 10, 10), D(2026, 10, 12), D(2026, 10, 14)),
             (D(2026, 10, 1), D(2026, 10, 20), D(2026, 10, 15), D(2026, 10, 16)),
             (D(2026, 10, 2), D(2026, 10, 20), None, None),
             (D(2026, 9, 1), D(2026, 9, 10), D(2026, 9, 5), D(2026, 9, 6))]
    with ctx.db.write() as s:
        for res, (created, deadline, resolved, answered) in zip(made, dates):
            row = s.get(Resolution, res.id)
            row.created_at, row.deadline = dt.datetime.combine(created, dt.time(9)), deadline
            if resolved:
                row.completed_at = dt.datetime.combine(resolved, dt.time(9))
                s.execute(select(Registration).where(Registration.document_id == replies[res.id])).scalar_one().reg_date = answered
    report = ctx.control.monthly_report(D(2026, 10, 17), today=D(2026, 11, 27))
    assert (report.month, report.as_of) == (D(2026, 10, 1), D(2026, 10, 31))
    by = {r.executor_name: (r.on_control, r.executed_on_time, r.executed_late, r.overdue) for r in report.rows}
    assert by == {"Elvin Executor": (2, 1, 1, 0), "Nigar Executor": (1, 0, 0, 1)}
    t = report.total
    assert (t.on_control, t.executed_on_time, t.executed_late, t.overdue) == (3, 1, 1, 1)
    assert {i.resolution_id: i.outcome for i in report.items} == {made[0].id: "late", made[1].id: "on_time", made[2].id: "overdue"}
    # a resolution taken off control in October is not counted in November
    as_user(ctx, "head")
    ctx.routing.remove_control(made[2].id)
    assert ctx.control.monthly_report(D(2026, 12, 1), today=D(2026, 12, 31)).total.on_control == 0
    ctx.close()
