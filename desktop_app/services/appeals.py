"""Citizens' appeals on the legal clock (issue 17; docs/chancellery.md): ``ctx.appeals``.

An appeal is registered like any incoming letter, in a journal of kind ``appeal``, with the
applicant's card (``DocumentService.register`` with ``RegisterInput.appeal``; anonymous appeals are
refused there). Here: the clock, the extension when more information is requested, passing it on to
the body it belongs to, marking a repeated appeal, reminders before the deadline, the list for the
appeals register and report. Each rule is checked here and again on the server.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy import select

from desktop_app import audit, locale, outbox
from desktop_app.db.models import Appeal, Document, Journal, Registration, new_id
from desktop_app.errors import ForbiddenTransition, InvalidInput, NotFound, PermissionDenied
from desktop_app.events import Change
from desktop_app.i18n import translate
from desktop_app.routing import chancellery
from desktop_app.services.types import AppealInfo, AppealInput, RegisterInput
from docflow_protocol import (
    DEFAULT_CHANNEL, APPEAL_EXTENSION_MAX_DAYS, APPEAL_FORM, Channel, APPEAL_FORMS, APPEAL_JOURNAL_KIND, ORAL_APPEAL_FORMS, RECEIVED_BY, RECEIVED_ON, APPEAL_REPEAT_ANSWERS, APPEAL_REPEAT_WINDOW_DAYS, APPEAL_TYPES, OFFICE_ROLES, AppealAction, ErrorCode,
    OpType, clean_appeal, is_anonymous,
)


def _same_person(a: str, b: str) -> bool:
    """The same applicant's name, whatever the case and spacing."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def check_appeal_input(data: Any, reg_date: dt.date | None = None) -> AppealInput:
    """The applicant's card, or a clear refusal (an anonymous appeal is not registered as an appeal;
    an oral one needs the day it was received, not after ``reg_date``, and the official who received it)."""
    if not isinstance(data, AppealInput):
        raise InvalidInput(translate("Appeals", "An appeals journal needs the applicant's card: name, address and the appeal's type."),
                           code=ErrorCode.ANONYMOUS_APPEAL.value)
    if is_anonymous({"applicant_name": data.applicant_name, "applicant_address": data.applicant_address}):
        raise InvalidInput(translate("Appeals", "An appeal without the applicant's name and address is anonymous: "
                                                "the law does not let it be registered as a citizen's appeal. "
                                                "Register it as an ordinary incoming letter if it must be kept."),
                           code=ErrorCode.ANONYMOUS_APPEAL.value)
    if data.appeal_type not in APPEAL_TYPES:
        raise InvalidInput(translate("Appeals", "Choose the appeal's type: application, proposal or complaint."))
    if data.form not in APPEAL_FORMS:
        raise InvalidInput(translate("Appeals", "Choose how the appeal was made: in writing, electronically, at a reception or by telephone."))
    if data.form in ORAL_APPEAL_FORMS:
        if data.received_on is None or not data.received_by.strip():
            raise InvalidInput(translate("Appeals", "An oral appeal needs the day it was received and the official who received it."))
        if reg_date is not None and data.received_on > reg_date:
            raise InvalidInput(translate("Appeals", "An oral appeal received on {received} cannot be registered on {date}, before it was made.").format(
                received=locale.format_date(data.received_on), date=locale.format_date(reg_date)))
    for value, limit in ((data.applicant_name, 300), (data.applicant_contact, 300), (data.applicant_address, 1000),
                         (data.received_by, RECEIVED_BY.max_chars)):
        if len(value.strip()) > limit:
            raise InvalidInput(translate("Appeals", "'{text}…' is longer than {n} characters.").format(text=value.strip()[:20], n=limit))
    return data


def record_appeal(s, doc: Document, reg_date: dt.date, data: AppealInput, cal) -> dict:  # noqa: ANN001
    """Inside the registration's transaction: the appeal row; returns its card for the op payload."""
    term = chancellery.appeal_term(data.needs_checking)
    oral = data.form in ORAL_APPEAL_FORMS
    deadline = cal.add_working_days(reg_date, term)
    s.add(Appeal(document_id=doc.id, applicant_name=data.applicant_name.strip(), applicant_address=data.applicant_address.strip(),
                 applicant_contact=data.applicant_contact.strip(), appeal_type=data.appeal_type, term_days=term,
                 base_deadline=deadline, deadline=deadline, extension_days=0, extension_reason="", forwarded_to="",
                 repeated_of="", repeated_note="", appeal_form=data.form, received_on=data.received_on if oral else None,
                 received_by=data.received_by.strip() if oral else ""))
    return clean_appeal({"applicant_name": data.applicant_name, "applicant_address": data.applicant_address,
                         "applicant_contact": data.applicant_contact, "appeal_type": data.appeal_type,
                         "deadline": deadline, "term_days": term, APPEAL_FORM.name: data.form,
                         **({RECEIVED_ON.name: data.received_on, RECEIVED_BY.name: data.received_by} if oral else {})})


class AppealService:
    def __init__(self, ctx):  # noqa: ANN001 - AppContext
        self.ctx = ctx

    def _require_office(self, action: str) -> None:
        if not any(self.ctx.user.has_role(r) for r in OFFICE_ROLES):
            raise PermissionDenied(translate("Permissions", "{user} may not {action}: {need}").format(
                user=self.ctx.user.username, action=action, need=translate("Permissions", "an office role is needed.")))

    @staticmethod
    def _note(text: str, what: str, required: bool = True) -> str:
        return chancellery.note(text, translate("Appeals", "Write the {what}.").format(what=what) if required else None)

    @staticmethod
    def _appeal(s, doc_id: str) -> Appeal:  # noqa: ANN001
        a = s.get(Appeal, doc_id)
        if a is None:
            raise NotFound(translate("Appeals", "This document is not a registered citizen's appeal."))
        return a

    def _info(self, s, a: Appeal, today: dt.date | None) -> AppealInfo:  # noqa: ANN001
        replied = chancellery.replies_registered(s, [a.document_id]).get(a.document_id)
        return chancellery.appeal_info(s, a, today or self.ctx.today(), self.ctx.routing.calendar(), replied)

    def _act(self, doc_id: str, action: str, payload: dict, change, initiator: Any, today: dt.date | None) -> AppealInfo:  # noqa: ANN001
        with self.ctx.db.write() as s:
            a = self._appeal(s, doc_id)
            change(s, a)
            payload = {"action_id": new_id(), "action": action, **payload}
            audit.append(s, self.ctx.user.username, f"appeal.{action}", doc_id,
                         **{k: v for k, v in payload.items() if k != "action"})
            outbox.enqueue(s, OpType.APPEAL_ACT.value, doc_id, payload)
            s.flush()
            info = self._info(s, a, today)
        self.ctx.events.publish(Change(frozenset({doc_id}), frozenset({"document", "appeal"}), initiator))
        return info

    # ------------------------------------------------------------------ reads
    def get(self, doc_id: str, today: dt.date | None = None) -> AppealInfo | None:
        """The appeal's card and clock, or None when the document is not an appeal."""
        with self.ctx.db.read() as s:
            a = s.get(Appeal, doc_id)
            return self._info(s, a, today) if a is not None else None

    def journals(self) -> list[str]:
        """Codes of the appeals journals."""
        with self.ctx.db.read() as s:
            return list(s.execute(select(Journal.code).where(Journal.kind == APPEAL_JOURNAL_KIND).order_by(Journal.code)).scalars())

    def list(self, date_from: dt.date, date_to: dt.date, today: dt.date | None = None,
             journal: str | None = None) -> list[AppealInfo]:
        """Appeals registered in the period, by registration date and number (the appeals register);
        only those of the appeals journal ``journal`` (its code) when given, else of every appeals journal."""
        today = today or self.ctx.today()
        cal = self.ctx.routing.calendar()
        with self.ctx.db.read() as s:
            stmt = (select(Appeal).join(Registration, Registration.document_id == Appeal.document_id)
                    .where(Registration.reg_date >= date_from, Registration.reg_date <= date_to))
            if journal is not None:
                stmt = stmt.join(Journal, Journal.id == Registration.journal_id).where(Journal.code == journal)
            rows = list(s.execute(stmt.order_by(Registration.reg_date, Registration.seq)).scalars())
            return chancellery.appeal_infos(s, rows, today, cal)

    def due_reminders(self, today: dt.date | None = None) -> list[AppealInfo]:
        """Open appeals due within ``reminder_days`` working days (or overdue), not reminded today."""
        today = today or self.ctx.today()
        cal = self.ctx.routing.calendar()
        horizon = cal.add_working_days(today, self.ctx.routing.remind_days)
        with self.ctx.db.read() as s:
            rows = [a for a in s.execute(select(Appeal).where(Appeal.deadline <= horizon, Appeal.forwarded_on.is_(None),
                                                              Appeal.repeated_of == "")).scalars()
                    if a.reminded_on != today]
            infos = chancellery.appeal_infos(s, rows, today, cal)
        return sorted((i for i in infos if i.clock is not None), key=lambda i: i.deadline)

    def mark_reminded(self, doc_ids: list[str], today: dt.date | None = None) -> None:
        with self.ctx.db.write() as s:
            for a in s.execute(select(Appeal).where(Appeal.document_id.in_(doc_ids))).scalars():
                a.reminded_on = today or self.ctx.today()

    # ------------------------------------------------------------------ acts
    def extend(self, doc_id: str, days: int, reason: str, citizen_told_on: dt.date,
               initiator: Any = None, today: dt.date | None = None) -> AppealInfo:
        """More information was requested: the term grows by ``days`` working days (at most 30 in all);
        the citizen was told on ``citizen_told_on``."""
        self._require_office(translate("Appeals", "extend an appeal's term"))
        reason = self._note(reason, translate("Appeals", "reason (what information was requested)"))
        if citizen_told_on is None:
            raise InvalidInput(translate("Appeals", "Record the day the citizen was told of the extension."))
        cal = self.ctx.routing.calendar()
        payload = {"reason": reason, "citizen_told_on": citizen_told_on.isoformat()}

        def change(s, a: Appeal) -> None:  # noqa: ANN001
            if a.forwarded_on or a.repeated_of:
                raise ForbiddenTransition(translate("Appeals", "This appeal was passed on or marked repeated: its term no longer runs."))
            if days < 1 or a.extension_days + days > APPEAL_EXTENSION_MAX_DAYS:
                raise InvalidInput(translate("Appeals", "An appeal's term can be extended by at most {max} working days in all; {used} already used.").format(
                    max=APPEAL_EXTENSION_MAX_DAYS, used=a.extension_days), code=ErrorCode.APPEAL_EXTENSION_LIMIT.value)
            a.extension_days += days
            a.deadline = cal.add_working_days(a.deadline, days)
            a.extension_reason, a.extension_told_on, a.reminded_on = reason, citizen_told_on, None
            payload.update(days=days, new_deadline=a.deadline.isoformat())  # read by _act after this change

        return self._act(doc_id, AppealAction.EXTEND.value, payload, change, initiator, today)

    def forward(self, doc_id: str, to: str, on: dt.date, citizen_told_on: dt.date,
                initiator: Any = None, today: dt.date | None = None) -> AppealInfo:
        """The appeal belongs to another body: passed on to ``to`` on ``on`` (the law: within 3 working
        days), the citizen told on ``citizen_told_on``."""
        self._require_office(translate("Appeals", "pass an appeal on"))
        to = self._note(to, translate("Appeals", "body the appeal is passed on to"))
        if on is None or citizen_told_on is None:
            raise InvalidInput(translate("Appeals", "Record the day it was passed on and the day the citizen was told."))

        def change(s, a: Appeal) -> None:  # noqa: ANN001
            if a.forwarded_on:
                raise ForbiddenTransition(translate("Appeals", "This appeal was already passed on to {to}.").format(to=a.forwarded_to))
            a.forwarded_to, a.forwarded_on, a.forward_told_on = to, on, citizen_told_on

        return self._act(doc_id, AppealAction.FORWARD.value,
                         {"to": to, "on": on.isoformat(), "citizen_told_on": citizen_told_on.isoformat()}, change, initiator, today)

    def mark_repeated(self, doc_id: str, repeated_of: str, note: str = "",
                      initiator: Any = None, today: dt.date | None = None) -> AppealInfo:
        """A repeated appeal with nothing new: marked and left unconsidered (the law's article 8.1.4).

        ``repeated_of`` is the number of the earlier appeal on the question; the applicant's earlier
        appeals must have been answered on the merits at least ``APPEAL_REPEAT_ANSWERS`` times within
        ``APPEAL_REPEAT_WINDOW_DAYS`` days before this one, the named one among them."""
        self._require_office(translate("Appeals", "mark an appeal as repeated"))
        number = self._note(repeated_of, translate("Appeals", "number of the earlier appeal"))
        note = self._note(note, "", required=False)

        def change(s, a: Appeal) -> None:  # noqa: ANN001
            if a.repeated_of:
                raise ForbiddenTransition(translate("Appeals", "This appeal is already marked repeated."))
            here = s.get(Registration, s.execute(select(Registration.id).where(Registration.document_id == a.document_id)).scalar())
            since = here.reg_date - dt.timedelta(days=APPEAL_REPEAT_WINDOW_DAYS)
            earlier = {r[0]: (r[1], r[2]) for r in s.execute(
                select(Appeal, Registration.number, Registration.reg_date).join(Registration, Registration.document_id == Appeal.document_id)
                .where(Appeal.document_id != a.document_id, Registration.reg_date >= since,
                       Registration.reg_date <= here.reg_date)).all()
                if _same_person(r[0].applicant_name, a.applicant_name)}
            named = next((x for x, (num, _d) in earlier.items() if num == number), None)
            if named is None:
                raise InvalidInput(translate("Appeals", "{name} has no earlier appeal numbered {number} within a year.").format(
                    name=a.applicant_name, number=number))
            replied = chancellery.replies_registered(s, [x.document_id for x in earlier])
            answered = [x for x in earlier if x.document_id in replied]  # a reply on the merits (passing on is none)
            if named not in answered:
                raise ForbiddenTransition(translate("Appeals", "Appeal {number} has not been answered on the merits yet: "
                                                               "the new one is not a repeated appeal.").format(number=number))
            if len(answered) < APPEAL_REPEAT_ANSWERS:
                raise ForbiddenTransition(translate("Appeals", "{name}'s appeals were answered on the merits {n} time(s) within a year; "
                                                               "the law leaves a repeated appeal unconsidered only after {need}.").format(
                    name=a.applicant_name, n=len(answered), need=APPEAL_REPEAT_ANSWERS))
            a.repeated_of, a.repeated_note = number, note

        payload = {"repeated_of": number, **({"reason": note} if note else {})}
        return self._act(doc_id, AppealAction.REPEATED.value, payload, change, initiator, today)

    def register_oral(self, data: RegisterInput, summary: str, initiator: Any = None) -> AppealInfo:
        """Register an appeal made orally (at a personal reception or by telephone): there is no
        letter, so a new incoming document with no file is made, ``summary`` (what the citizen said)
        its content, and registered in ``data.journal_code`` in one transaction -- refused whole
        when the card is not an oral appeal's or anything else is wrong."""
        if not isinstance(data.appeal, AppealInput) or data.appeal.form not in ORAL_APPEAL_FORMS:
            raise InvalidInput(translate("Appeals", "Only an appeal made at a reception or by telephone is registered without a letter."))
        doc_id = new_id()
        if not data.correspondent.strip():  # who made it is the applicant: the lists and search name them
            data = replace(data, correspondent=data.appeal.applicant_name)
        if data.channel == DEFAULT_CHANNEL:  # never by post: in person (the form says reception or telephone)
            data = replace(data, channel=Channel.HAND.value)
        self.ctx.documents.register(doc_id, data, initiator, new_summary=summary)
        return self.get(doc_id)

    @staticmethod
    def form_names() -> list[tuple[str, str]]:
        """(value, label) of the forms an appeal is made in, in the law's order, for a form."""
        from desktop_app import labels

        return [(f, labels.appeal_form(f)) for f in APPEAL_FORMS]

    @staticmethod
    def type_names() -> list[tuple[str, str]]:
        """(value, label) of the appeal types, for a form."""
        from desktop_app import labels

        return locale.sorted_texts([(t, labels.appeal_type(t)) for t in APPEAL_TYPES], key=lambda p: p[1])
