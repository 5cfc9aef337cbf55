"""A citizen's appeal (the applicant's card, its extension, passing it on) and the reply that answers
it reach the other desk of the institution through the real sync engine and the reference server."""
from __future__ import annotations


from desktop_app.locale import today as local_today
from desktop_app.services.types import AppealInput, RegisterInput


def test_appeal_card_actions_and_reply_link_travel_to_the_other_desk(pair):
    a1, a2 = pair
    today = local_today()
    a1.engine.sync_now()  # the institution's file plan, if another test on this server made one: then a case is needed
    cases = a1.ctx.fileplan.cases(today.year, open_only=True)
    case = cases[0].id if cases else None
    doc = a1.import_pdf("Street lighting on Nizami street", pages=1)
    a1.ctx.documents.register(doc, RegisterInput("APL", today, case_id=case, appeal=AppealInput(
        "Əli Məmmədov", "Kürdəmir, Nizami küç. 5", "complaint", "+994 50 000 00 00", needs_checking=True)))
    a1.ctx.appeals.extend(doc, 12, "Asked the power company for the network plan", today)
    a1.ctx.appeals.forward(doc, "Azərişıq ASC", today, today)
    oral = a1.ctx.appeals.register_oral(RegisterInput("APL", today, case_id=case, appeal=AppealInput(
        "Leyla Həsənova", "Kürdəmir, Bakı küç. 2", "proposal", form="reception", received_on=today, received_by="Rəna Katib")),
        summary="Park salınsın — разбить парк").document_id
    reply = a1.import_pdf("Your appeal was passed on", kind="outgoing")
    a1.ctx.control.link_reply(reply, doc)
    a1.engine.sync_now()
    a2.engine.sync_now()

    mine, theirs = a1.ctx.appeals.get(doc), a2.ctx.appeals.get(doc)
    assert theirs is not None, "the appeal's card did not reach the other desk"
    fields = ("number", "applicant_name", "applicant_address", "applicant_contact", "appeal_type", "term_days",
              "deadline", "extension_days", "extension_reason", "extension_told_on", "forwarded_to", "forwarded_on",
              "forward_told_on", "appeal_form")
    assert [getattr(theirs, f) for f in fields] == [getattr(mine, f) for f in fields]
    assert (theirs.term_days, theirs.extension_days, theirs.forwarded_to) == (30, 12, "Azərişıq ASC")
    assert a2.ctx.control.replies(doc)[0][0] == reply
    # an appeal made at a personal reception: no letter, its form, day and official, and what was said
    theirs = a2.ctx.appeals.get(oral)
    assert theirs is not None and (theirs.appeal_form, theirs.received_on, theirs.received_by) == ("reception", today, "Rəna Katib")
    assert theirs.number == a1.ctx.appeals.get(oral).number and theirs.deadline == a1.ctx.appeals.get(oral).deadline
    there = a2.ctx.documents.get_document(oral)
    assert there.summary == "Park salınsın — разбить парк" and not there.files
