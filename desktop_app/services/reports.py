"""The office's paper, as data (issue 17): ``ctx.reports`` -- the one place each report's rows are
read from the store. The renderers in :mod:`desktop_app.reports` only lay them out.

- :meth:`ReportService.card` -- the registration-control card of a document;
- :meth:`ReportService.register` -- a journal's register for a period (incoming, outgoing, internal:
  one query for the entries, one for their resolutions, one for the replies; an appeals journal
  takes ``ctx.appeals.list``);
- :meth:`ReportService.control` -- the monthly control report (``ctx.control.monthly_report``);
- :meth:`ReportService.appeals` -- the appeals report for a period (``ctx.appeals.list``);
- :meth:`ReportService.inventory` -- the inventory of a year's cases for the archive (``ctx.fileplan.inventory``);
- :meth:`ReportService.stamped_copy` -- the document's PDF with the registration stamp, a new file
  (the stored ones are never changed).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import aliased

from desktop_app import labels, locale, states
from desktop_app.routing import directory
from desktop_app.db.models import Correspondent, Document, FileCase, Journal, Registration, Resolution, User
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.i18n import translate
from desktop_app.reports import APPEALS, CARD, CONTROL, INVENTORY, REGISTER, Column, Report, Section, period_text
from desktop_app.reports.stamp import StampInfo, stamped_copy
from desktop_app.routing import steps as K
from desktop_app.services.types import AppealInfo, ControlReport
from docflow_protocol import APPEAL_FORMS, APPEAL_JOURNAL_KIND, DocumentKind

log = logging.getLogger(__name__)

PDF_MIME = "application/pdf"


def _c(title: str, width: float = 1.0, numeric: bool = False) -> Column:
    return Column(title, width, numeric)


def _number(title: str) -> Column:
    """A registration-number column: a number is never broken across lines."""
    return Column(title, 1.1, whole=True)


def _outcome(value: str) -> str:
    return {ControlReport.ON_TIME: translate("Reports", "Executed on time"), ControlReport.LATE: translate("Reports", "Executed late"),
            ControlReport.OVERDUE: translate("Reports", "Overdue"), ControlReport.OPEN: translate("Reports", "In progress")}.get(
        value, translate("Reports", "In progress"))


def _appeal_form(a: AppealInfo) -> str:
    """How the appeal was made; for an oral one, the day and the official who received it."""
    if a.received_on is None:
        return labels.appeal_form(a.appeal_form)
    return translate("Reports", "{form}, {date}, {official}").format(
        form=labels.appeal_form(a.appeal_form), date=locale.format_date(a.received_on), official=a.received_by)


def _appeal_tally(heading: str, columns: tuple, rows: list[AppealInfo], key: Callable[[AppealInfo], str],
                  label: Callable[[str], str], sort: bool = False, order: tuple[str, ...] = ()) -> Section:
    """The appeals report's counts of ``rows`` grouped by ``key``: registered, answered on time and
    late, in progress, overdue, passed on, repeated; with a total."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0] * 7)
    for a in rows:
        t = tally[key(a)]
        t[0] += 1
        if a.repeated_of:
            t[6] += 1
        elif a.forwarded_on:
            t[5] += 1
        elif a.answered_on:
            t[1 if a.answered_on <= a.deadline else 2] += 1
        elif a.clock is not None and a.clock.overdue:
            t[4] += 1
        else:
            t[3] += 1
    items = (locale.sorted_texts(tally.items(), key=lambda kv: label(kv[0])) if sort
             else sorted(tally.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))
    return Section(heading, columns, tuple((label(k), *v) for k, v in items),
                   (translate("Reports", "Total"), *(sum(v[i] for v in tally.values()) for i in range(7))))


def _resolution_state(res_state: str, control: bool) -> str:
    state = {Resolution.ACTIVE: translate("Reports", "being executed"), Resolution.DONE: translate("Reports", "executed"),
             Resolution.RETURNED: translate("Reports", "sent back")}.get(res_state, translate("Reports", "being executed"))
    on_control = translate("Reports", "on control")
    return f"{state}; {on_control}" if control else state


def _appeal_outcome(a: AppealInfo) -> str:
    if a.repeated_of:
        return translate("Reports", "Repeated (of {number})").format(number=a.repeated_of)
    if a.forwarded_on:
        return translate("Reports", "Passed on to {body}").format(body=a.forwarded_to)
    if a.answered_on:
        return translate("Reports", "Answered on time") if a.answered_on <= a.deadline else translate("Reports", "Answered late")
    if a.clock is not None and a.clock.overdue:
        return translate("Reports", "Overdue")
    return translate("Reports", "In progress")


class ReportService:
    def __init__(self, ctx):  # noqa: ANN001 - AppContext
        self.ctx = ctx

    def institution(self) -> str:
        with self.ctx.db.read() as s:
            return directory.own_name(s)

    # ------------------------------------------------------------------ the card
    def card(self, doc_id: str, today: dt.date | None = None) -> Report:
        """The registration-control card: registration, sender, summary, addressee, resolutions,
        sheets and attachments, the course of execution and its result."""
        today = today or self.ctx.today()
        d = self.ctx.documents.get_document(doc_id)
        reg = d.registration
        timeline = self.ctx.routing.timeline(doc_id, today)
        replies = self.ctx.control.replies(doc_id)
        institution = self.institution()
        incoming = d.kind == DocumentKind.INCOMING.value
        corr_number = reg.corr_number if reg else ""
        corr_date = reg.corr_date if reg else None
        if d.sender is not None:
            corr_number, corr_date = corr_number or d.sender.number, corr_date or d.sender.reg_date
        attachments = ""
        if reg is not None and (reg.attachments_count or reg.attachments_description):
            attachments = ", ".join(x for x in (str(reg.attachments_count) if reg.attachments_count else "",
                                                reg.attachments_description) if x)
        fields: list[tuple[str, str]] = [
            (translate("Reports", "Document"), labels.document_kind(d.kind)),
            (translate("Reports", "Journal"), reg.journal_code if reg else ""),
            (translate("Reports", "Registration number"), reg.number if reg else translate("Reports", "not registered")),
            (translate("Reports", "Registration date"), locale.format_date(reg.reg_date) if reg else ""),
        ]
        if incoming:
            fields += [(translate("Reports", "Sender's number and date"),
                        " / ".join(x for x in (corr_number, locale.format_date(corr_date)) if x)),
                       (translate("Reports", "Sender"), d.correspondent or (d.sender.institution_name if d.sender else "")),
                       (translate("Reports", "Addressee"), institution)]
        else:
            fields += [(translate("Reports", "Addressee"), d.correspondent)]
        if d.appeal is not None:
            a = d.appeal
            fields += [(translate("Reports", "Applicant"), ", ".join(x for x in (a.applicant_name, a.applicant_address, a.applicant_contact) if x)),
                       (translate("Reports", "Type of appeal"), labels.appeal_type(a.appeal_type)),
                       (translate("Reports", "Form of appeal"), labels.appeal_form(a.appeal_form)
                        + (translate("Reports", ", received on {date} by {official}").format(date=locale.format_date(a.received_on), official=a.received_by)
                           if a.received_on else "")),
                       (translate("Reports", "Answer due"), locale.format_date(a.deadline))]
        fields += [
            (translate("Reports", "Summary"), "\n".join(x for x in (d.subject, d.summary) if x)),
            (translate("Reports", "Pages and sheets"), translate("Reports", "{pages} pages, {sheets} sheets").format(
                pages=(reg.pages if reg and reg.pages else d.page_count), sheets=reg.sheets if reg else 0)),
            (translate("Reports", "Attachments"), attachments),
            *([] if d.kind == DocumentKind.INTERNAL.value else  # a memo is not delivered
              [(translate("Reports", "Delivery channel"), labels.channel(reg.channel) if reg else "")]),
            (translate("Reports", "Case of the file plan"), reg.case_index if reg else ""),
            (translate("Reports", "Status"), states.status_label(d.status)),
        ]
        if d.reply_to:
            fields.append((translate("Reports", "Answers"), d.reply_to))
        resolutions = Section(translate("Reports", "Resolutions"), (
            _c(translate("Reports", "Author"), 1.2), _c(translate("Reports", "Resolution"), 3), _c(translate("Reports", "Executors"), 1.6),
            _c(translate("Reports", "Deadline"), 0.9), _c(translate("Reports", "State"), 1.2)),
            tuple((r.author_name, r.text, ", ".join((r.executor_name, *r.co_executor_names)), r.deadline,
                   _resolution_state(r.state, r.control)) for r in timeline.resolutions))
        course = Section(translate("Reports", "Course of execution"), (
            _c(translate("Reports", "Step"), 1.4), _c(translate("Reports", "Who"), 1.4), _c(translate("Reports", "Deadline"), 0.9),
            _c(translate("Reports", "State"), 1), _c(translate("Reports", "Finished"), 0.9), _c(translate("Reports", "Comment"), 2.2)),
            tuple((labels.builtin_text(st.label) or K.kind_label(st.kind), st.acted_by_name or st.assignee_name, st.deadline,
                   K.state_label(st.state), locale.to_local(st.finished_at).date() if st.finished_at else None, st.comment) for st in timeline.steps))
        result = Section(translate("Reports", "Result"), (
            _number(translate("Reports", "Reply number")), _c(translate("Reports", "Reply date"), 1)),
            tuple((number or translate("Reports", "not registered"), day) for _id, number, day in replies))
        return Report(CARD, translate("Reports", "Registration-control card"), institution, "", tuple(fields),
                      (resolutions, course, result))

    # ------------------------------------------------------------------ registers
    def journal(self, code: str) -> tuple[str, str, str]:
        """(code, name, kind) of the journal ``code``, or a clear refusal."""
        with self.ctx.db.read() as s:
            j = s.execute(select(Journal).where(Journal.code == code)).scalar_one_or_none()
            if j is None:
                codes = ", ".join(s.execute(select(Journal.code).order_by(Journal.code)).scalars())
                raise NotFound(translate("Reports", "There is no journal {code}; the journals are: {codes}.").format(code=code, codes=codes))
            return j.code, j.name, j.kind

    def register(self, journal_code: str, date_from: dt.date, date_to: dt.date, today: dt.date | None = None) -> Report:
        """The journal's register: every entry registered from ``date_from`` to ``date_to`` (inclusive)."""
        if date_to < date_from:
            raise InvalidInput(translate("Reports", "The period ends before it starts."))
        code, name, kind = self.journal(journal_code)
        title = f"{labels.journal_name(code, name, kind)} ({code})"
        period = period_text(date_from, date_to)
        if kind == APPEAL_JOURNAL_KIND:
            section = self._appeals_section("", self.ctx.appeals.list(date_from, date_to, today, journal=code))
            return Report(REGISTER, title, self.institution(), period, (), (section,), landscape=True)
        with self.ctx.db.read() as s:
            section = _register_section(s, code, kind, date_from, date_to)
        return Report(REGISTER, title, self.institution(), period, (), (section,), landscape=True)

    # ------------------------------------------------------------------ control
    def control(self, month: dt.date, today: dt.date | None = None) -> Report:
        """The monthly control report for the head: by executor, then the documents counted."""
        rep = self.ctx.control.monthly_report(month.replace(day=1), today or self.ctx.today())
        counts = (_c(translate("Reports", "Executor"), 2.5), _c(translate("Reports", "On control"), 1, True),
                  _c(translate("Reports", "Executed on time"), 1, True), _c(translate("Reports", "Executed late"), 1, True),
                  _c(translate("Reports", "Overdue"), 1, True))
        by_executor = Section(translate("Reports", "By executor"), counts, tuple(
            (r.executor_name, r.on_control, r.executed_on_time, r.executed_late, r.overdue) for r in rep.rows),
            (translate("Reports", "Total"), rep.total.on_control, rep.total.executed_on_time, rep.total.executed_late, rep.total.overdue))
        items = Section(translate("Reports", "Documents on control"), (
            _number(translate("Reports", "Reg. No.")), _c(translate("Reports", "Summary"), 2.6), _c(translate("Reports", "Executor"), 1.3),
            _c(translate("Reports", "Controlled by"), 1.3), _c(translate("Reports", "Deadline"), 0.9), _c(translate("Reports", "Resolved"), 0.9),
            _c(translate("Reports", "Answered"), 0.9), _c(translate("Reports", "Outcome"), 1.1)),
            tuple((i.number, i.subject, i.executor_name, i.controller_name, i.deadline, i.resolved_on, i.answered_on, _outcome(i.outcome))
                  for i in rep.items))
        end = (rep.month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        as_of = translate("Reports", "as of {date}").format(date=locale.format_date(rep.as_of))
        period = f"{period_text(rep.month, end)}; {as_of}"
        return Report(CONTROL, translate("Reports", "Control report"), self.institution(), period, (), (by_executor, items), landscape=True)

    # ------------------------------------------------------------------ appeals
    def appeals(self, date_from: dt.date, date_to: dt.date, today: dt.date | None = None, journal: str | None = None) -> Report:
        """The appeals report: counts by type and outcome, then every appeal of the period (of the
        appeals journal ``journal`` when given, else of all of them)."""
        if date_to < date_from:
            raise InvalidInput(translate("Reports", "The period ends before it starts."))
        title = translate("Reports", "Citizens' appeals report")
        if journal is not None:
            code, name, kind = self.journal(journal)
            if kind != APPEAL_JOURNAL_KIND:
                raise InvalidInput(translate("Reports", "Journal {code} is not an appeals journal.").format(code=code))
            title = f"{title}: {labels.journal_name(code, name, kind)} ({code})"
        rows = self.ctx.appeals.list(date_from, date_to, today or self.ctx.today(), journal=journal)
        counts = (*(_c(t, 1, True) for t in (
            translate("Reports", "Registered"), translate("Reports", "Answered on time"), translate("Reports", "Answered late"),
            translate("Reports", "In progress"), translate("Reports", "Overdue"), translate("Reports", "Passed on"),
            translate("Reports", "Repeated"))),)
        by_type = _appeal_tally(translate("Reports", "By type"), (_c(translate("Reports", "Type"), 1.6), *counts), rows,
                                lambda a: a.appeal_type, labels.appeal_type, sort=True)
        by_form = _appeal_tally(translate("Reports", "By form"), (_c(translate("Reports", "Form"), 1.6), *counts), rows,
                                lambda a: a.appeal_form, labels.appeal_form, order=APPEAL_FORMS)
        listing = self._appeals_section(translate("Reports", "Appeals"), rows)
        return Report(APPEALS, title, self.institution(),
                      period_text(date_from, date_to), (), (by_type, by_form, listing), landscape=True)

    @staticmethod
    def _appeals_section(heading: str, rows: list[AppealInfo]) -> Section:
        return Section(heading, (
            _number(translate("Reports", "Reg. No.")), _c(translate("Reports", "Reg. date"), 1.15), _c(translate("Reports", "Applicant"), 1.4),
            _c(translate("Reports", "Address and contact"), 1.5), _c(translate("Reports", "Type"), 0.9),
            _c(translate("Reports", "Form"), 1.2), _c(translate("Reports", "Summary"), 1.9),
            _c(translate("Reports", "Answer due"), 1.15), _c(translate("Reports", "Extension"), 1.3), _c(translate("Reports", "Answered"), 1.15),
            _c(translate("Reports", "Outcome"), 1.3)),
            tuple((a.number, a.reg_date, a.applicant_name, ", ".join(x for x in (a.applicant_address, a.applicant_contact) if x),
                   labels.appeal_type(a.appeal_type), _appeal_form(a), a.subject, a.deadline,
                   translate("Reports", "+{days} working days: {reason}").format(days=a.extension_days, reason=a.extension_reason)
                   if a.extension_days else "", a.answered_on, _appeal_outcome(a)) for a in rows))

    # ------------------------------------------------------------------ the archive
    def inventory(self, year: int) -> Report:
        """The inventory of ``year``'s cases kept permanently or long, for transfer to the archive."""
        inv = self.ctx.fileplan.inventory(year)
        section = Section("", (
            _c(translate("Reports", "No."), 0.5, True), _c(translate("Reports", "Case index"), 0.9), _c(translate("Reports", "Title of the case"), 3.2),
            _c(translate("Reports", "First date"), 0.9), _c(translate("Reports", "Last date"), 0.9), _c(translate("Reports", "Documents"), 0.8, True),
            _c(translate("Reports", "Sheets"), 0.7, True), _c(translate("Reports", "Retention"), 0.9), _c(translate("Reports", "Article"), 0.7)),
            tuple((line.number, line.index, line.title, line.first_date, line.last_date, line.documents, line.sheets,
                   translate("Reports", "permanently") if line.retention_years is None
                   else translate("Reports", "{n} years").format(n=line.retention_years), line.article) for line in inv.lines))
        return Report(INVENTORY, translate("Reports", "Inventory of cases for the archive"), inv.institution,
                      translate("Reports", "Cases of {year}").format(year=year), (), (section,), landscape=True)

    # ------------------------------------------------------------------ the stamp
    def stamped_copy(self, doc_id: str) -> bytes:
        """The document's newest PDF with the registration stamp on page 1, as new bytes (nothing stored changes)."""
        d = self.ctx.documents.get_document(doc_id)
        if d.registration is None:
            raise InvalidInput(translate("Reports", "Only a registered document gets the registration stamp."))
        pdfs = [f for f in d.files if f.mime == PDF_MIME]
        if not pdfs:
            raise InvalidInput(translate("Reports", "The document has no PDF to stamp."))
        source = pdfs[-1]
        original = self.ctx.documents.file_path(source.sha256).read_bytes()
        info = StampInfo(d.id, d.registration.number, d.registration.reg_date, self.institution(), source.sha256)
        return stamped_copy(original, info)


def _register_section(s, code: str, kind: str, date_from: dt.date, date_to: dt.date) -> Section:  # noqa: ANN001 - Session
    """A journal's entries of the period as one table (three queries whatever the number of entries)."""
    Author = aliased(User)
    in_period = (Journal.code == code, Registration.reg_date >= date_from, Registration.reg_date <= date_to)
    entries = s.execute(
        select(Registration.document_id, Registration.number, Registration.reg_date, Registration.corr_number, Registration.corr_date,
               Registration.sheets, Registration.attachments_count, Registration.attachments_description, Document.subject,
               Correspondent.name, FileCase.case_index, Author.display_name, Document.reply_to_id)
        .join(Journal, Journal.id == Registration.journal_id).join(Document, Document.id == Registration.document_id)
        .outerjoin(Correspondent, Correspondent.id == Document.correspondent_id).outerjoin(FileCase, FileCase.id == Registration.case_id)
        .outerjoin(Author, Author.id == Document.author_id)
        .where(*in_period).order_by(Registration.reg_date, Registration.seq)).all()
    Executor = aliased(User)
    resolutions: dict[str, list[str]] = defaultdict(list)
    for doc_id, text, name, deadline in s.execute(
            select(Resolution.document_id, Resolution.text, Executor.display_name, Resolution.deadline)
            .join(Registration, Registration.document_id == Resolution.document_id).join(Journal, Journal.id == Registration.journal_id)
            .outerjoin(Executor, Executor.id == Resolution.executor_id).where(*in_period).order_by(Resolution.created_at)):
        due = translate("Reports", "due {date}").format(date=locale.format_date(deadline)) if deadline else ""
        resolutions[doc_id].append(" — ".join(x for x in (name or "", text, due) if x))
    Reply, ReplyReg = aliased(Document), aliased(Registration)
    replies: dict[str, list[str]] = defaultdict(list)
    for to_id, number, day in s.execute(
            select(Reply.reply_to_id, ReplyReg.number, ReplyReg.reg_date).join(ReplyReg, ReplyReg.document_id == Reply.id)
            .join(Registration, Registration.document_id == Reply.reply_to_id).join(Journal, Journal.id == Registration.journal_id)
            .where(*in_period).order_by(ReplyReg.reg_date, ReplyReg.seq)):
        replies[to_id].append(f"{number} {locale.format_date(day)}")
    answered: dict[str, str] = {}
    if kind != DocumentKind.INCOMING.value:
        AnsweredReg = aliased(Registration)
        answered = dict(s.execute(
            select(Document.id, AnsweredReg.number).join(AnsweredReg, AnsweredReg.document_id == Document.reply_to_id)
            .join(Registration, Registration.document_id == Document.id).join(Journal, Journal.id == Registration.journal_id)
            .where(*in_period)).all())

    def attachments(count: int, text: str) -> str:
        return ", ".join(x for x in (str(count) if count else "", text) if x)

    if kind == DocumentKind.INCOMING.value:
        cols = (_number(translate("Reports", "Reg. No.")), _c(translate("Reports", "Reg. date"), 1.05), _c(translate("Reports", "Sender"), 1.6),
                _c(translate("Reports", "Sender's No."), 0.9), _c(translate("Reports", "Sender's date"), 1.05), _c(translate("Reports", "Summary"), 2.4),
                _c(translate("Reports", "Sheets"), 0.75, True), _c(translate("Reports", "Attachments"), 1.1), _c(translate("Reports", "Resolution"), 2.2),
                _c(translate("Reports", "Executed (reply)"), 1.2), _c(translate("Reports", "Case"), 0.7))
        rows = tuple((e[1], e[2], e[9] or "", e[3], e[4], e[8], e[5], attachments(e[6], e[7]), "\n".join(resolutions.get(e[0], ())),
                      "\n".join(replies.get(e[0], ())), e[10] or "") for e in entries)
    elif kind == DocumentKind.OUTGOING.value:
        cols = (_number(translate("Reports", "Reg. No.")), _c(translate("Reports", "Reg. date"), 1.05), _c(translate("Reports", "Addressee"), 1.8),
                _c(translate("Reports", "Summary"), 2.8), _c(translate("Reports", "Sheets"), 0.75, True), _c(translate("Reports", "Attachments"), 1),
                _c(translate("Reports", "Prepared by"), 1.3), _c(translate("Reports", "In reply to"), 1.1), _c(translate("Reports", "Case"), 0.7))
        rows = tuple((e[1], e[2], e[9] or "", e[8], e[5], attachments(e[6], e[7]), e[11] or "", answered.get(e[0], ""), e[10] or "")
                     for e in entries)
    else:
        cols = (_number(translate("Reports", "Reg. No.")), _c(translate("Reports", "Reg. date"), 1.05), _c(translate("Reports", "Summary"), 2.8),
                _c(translate("Reports", "Prepared by"), 1.3), _c(translate("Reports", "Addressee"), 1.4), _c(translate("Reports", "Sheets"), 0.75, True),
                _c(translate("Reports", "Resolution"), 2.2), _c(translate("Reports", "Case"), 0.7))
        rows = tuple((e[1], e[2], e[8], e[11] or "", e[9] or "", e[5], "\n".join(resolutions.get(e[0], ())), e[10] or "")
                     for e in entries)
    return Section("", cols, rows)
