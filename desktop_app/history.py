"""The audit journal written for people: one sentence per event, in the reader's language.

The journal stores machine words (``document.register``, ``sync.received``, ``server``) so that
it can be verified and exported; :func:`describe` turns one event into what a secretary reads
on the History tab and in the activity view ("Registered as IN-0004/2026 in the incoming
journal", "Received from AZ-0002 through the circulation server").
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop_app import audit, labels
from desktop_app import locale as loc
from desktop_app.i18n import translate
from desktop_app.routing import steps as K
from desktop_app.signing.states import state_label as signature_state_label
from desktop_app.states import status_label
from docflow_protocol import CORRESPONDENT, AppealAction, DisposalState, ExtensionState, OpType, SignatureLevel

@dataclass(frozen=True)
class HistoryLine:
    """One event as shown: when, who (a person's name or "Circulation server"), what happened."""

    seq: int
    at: Any  # datetime (UTC, naive as stored)
    who: str
    text: str
    action: str
    document_id: str | None = None


def who(actor: str, names: dict[str, str] | None = None) -> str:
    """The actor as a person reads it: a display name when known. Changes that came through the
    server are recorded as ``server`` or ``server:<user>@<workstation>``: the person who made them;
    what the desk's sync did, as ``sync:<user>``: the person logged in (the walk read "sync:head")."""
    names = names or {}
    if actor == audit.SERVER or not actor:
        return translate("History", "Circulation server")
    if actor.startswith(audit.SERVER + ":"):  # audit.server_actor
        user = actor[len(audit.SERVER) + 1:].split("@", 1)[0]
        return names.get(user) or user or translate("History", "Circulation server")
    if actor.startswith(audit.SYNC + ":"):  # the desk's sync, acting for its logged-in person (sync.Connection.actor)
        user = actor[len(audit.SYNC) + 1:]
        return names.get(user) or user or translate("History", "Circulation server")
    return names.get(actor, actor)


def _details(raw: str | dict | None) -> dict:
    if isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _recipient(d: dict) -> str:
    """The institution a dispatch went to, by name (events recorded before names were kept: its code)."""
    return str(d.get("to_name") or d.get("to") or "")


def _fields(names: Any) -> str:
    words = {
        "subject": translate("History", "subject"), "summary": translate("History", "summary"),
        "confidentiality": translate("History", "confidentiality"), "status": translate("History", "status"),
        "registration": translate("History", "registration"), "files": translate("History", "files"),
        "signatures": translate("History", "signatures"), "route": translate("History", "route"),
        "kind": translate("History", "kind"), CORRESPONDENT.name: translate("History", CORRESPONDENT.name),
        "letter": translate("History", "the letter's addressee and text"),
    }
    if not isinstance(names, (list, tuple)):
        return ""
    return ", ".join(words.get(str(n), translate("History", "other details")) for n in names)


def _date(value: Any) -> str:
    """An ISO date from the journal in the reader's format (as it is when it is not one)."""
    import datetime as dt

    try:
        return loc.format_date(dt.date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value or "")


def _disposal(d: dict) -> str:
    return {DisposalState.APPROVED.value: translate("History", "Disposal approved"),
            DisposalState.REJECTED.value: translate("History", "Disposal refused")}.get(
        str(d.get("state")), translate("History", "Proposed for disposal (from the circulation server)"))


def _route(action: str, d: dict) -> str:
    kind = K.kind_label(str(d.get("kind", "")))
    text = {
        K.APPROVE: translate("History", "Approved the step “{kind}”"),
        K.DECLINE: translate("History", "Declined the step “{kind}”"),
        K.RETURN: translate("History", "Returned the step “{kind}” for rework"),
        K.COMPLETE: translate("History", "Marked the step “{kind}” done"),
        K.ACK: translate("History", "Acknowledged the document"),
    }.get(action, translate("History", "Acted on the step “{kind}”")).format(kind=kind)
    comment = str(d.get("comment") or "").strip()
    return text + (": " + comment if comment else "")


_SENTENCES: dict[str, Callable[[dict], str]] = {
    "document.template": lambda d: translate("History", "Created from a template"),
    "document.import": lambda d: translate("History", "Imported from the file {name}").format(name=d.get("filename", "")),
    "document.scan": lambda d: translate("History", "Scanned"),
    "document.oral_appeal": lambda d: translate("History", "Written down from an oral appeal (no letter)"),
    OpType.DOCUMENT_CREATE.value: lambda d: translate("History", "Document created"),
    "document.register": lambda d: (translate("History", "Registered with provisional number {number} (the server gives the final one)")
                                    if d.get("provisional") else translate("History", "Registered as {number}")).format(
        number=d.get("number", "")),
    OpType.DOCUMENT_UPDATE.value: lambda d: translate("History", "Changed: {fields}").format(
        fields=_fields(sorted((d.get("after") or {}).keys())) or translate("History", "details")),
    "document.status": lambda d: translate("History", "Status changed from “{old}” to “{new}”").format(
        old=status_label(str(d.get("before", ""))), new=status_label(str(d.get("after", "")))),
    "document.delete": lambda d: translate("History", "Draft deleted"),
    OpType.DOCUMENT_DISPATCH.value: lambda d: translate("History", "Dispatched to {n} institution(s): {to}").format(
        n=len(d.get("to") or []), to=", ".join(map(str, d.get("to_names") or d.get("to") or []))),
    OpType.DOCUMENT_ARCHIVE.value: lambda d: translate("History", "Moved to the archive"),
    "file.add": lambda d: translate("History", "New file version {rev}: {role}").format(
        rev=d.get("revision", ""), role=labels.file_role(d.get("role"))),
    OpType.FILE_ATTACH.value: lambda d: translate("History", "File attached"),
    OpType.RESOLUTION_CREATE.value: lambda d: translate("History", "Resolution written"),
    OpType.RESOLUTION_UPDATE.value: lambda d: translate("History", "Resolution changed"),
    "resolution.control_removed": lambda d: translate("History", "Resolution taken off deadline control") + (
        ": " + str(d["reason"]) if d.get("reason") else ""),
    OpType.ROUTE_SET.value: lambda d: translate("History", "Route started: {steps} step(s) in {stages} stage(s)").format(
        steps=d.get("steps", 0), stages=d.get("stages", 0)),
    OpType.SIGNATURE_ADD.value: lambda d: translate("History", "Signed ({level})").format(level=d.get("level") or SignatureLevel.B_B.value),
    OpType.SIGNATURE_UPGRADE.value: lambda d: (translate("History", "Signature completed ({level})").format(level=d.get("level") or SignatureLevel.B_LT.value)
                                    if d.get("state") == "complete" else
                                    translate("History", "Signature: {state}").format(
                                        state=signature_state_label(str(d.get("state", "")), str(d.get("level", ""))))),
    "signature.revoked": lambda d: translate("History", "The signer's certificate was found revoked"),
    "signature.received": lambda d: translate("History", "Signature received ({level})").format(level=d.get("level") or SignatureLevel.B_B.value),
    "sync.received": lambda d: (translate("History", "Received from {sender} through the circulation server").format(
        sender=d.get("sender") or d["origin"]) if d.get("origin") else translate("History", "Received through the circulation server")),
    "sync.updated": lambda d: translate("History", "Updated from the circulation server: {fields}").format(
        fields=_fields(d.get("fields")) or translate("History", "details")),
    "sync.resolution": lambda d: translate("History", "Resolution received from the circulation server"),
    "resolution.withdrawn": lambda d: translate("History", "Resolution withdrawn: the circulation server did not take it, and the server's version was chosen"),
    "sync.route": lambda d: translate("History", "Route received from the circulation server ({steps} step(s))").format(
        steps=d.get("steps", 0)),
    "sync.conflict": lambda d: translate("History", "The server did not take a change made here: it waits in Conflicts"),
    "conflict.resolved": lambda d: {
        "mine": translate("History", "Conflict settled: this workstation's version kept"),
        "theirs": translate("History", "Conflict settled: the server's version taken"),
        "merge": translate("History", "Conflict settled: the two versions merged"),
    }.get(str(d.get("choice", "")), translate("History", "Conflict settled")),
    "registration.number_replaced": lambda d: translate("History", "The server gave the final number {new} (was {old})").format(
        new=d.get("new", ""), old=d.get("old", "")),
    OpType.DISPATCH_ACKNOWLEDGE.value: lambda d: (translate("History", "Our registration number {number} sent to the sender").format(
        number=d["registration_number"]) if d.get("status") == "registered" and d.get("registration_number")
        else translate("History", "Refused and the sender told why") if d.get("status") == "refused"
        else translate("History", "Receipt confirmed to the sender")),
    "dispatch.delivered": lambda d: translate("History", "Delivered to {to}").format(to=_recipient(d)),
    "dispatch.registered": lambda d: (translate("History", "Registered by {to} as {number}").format(to=_recipient(d), number=d["number"])
                                      if d.get("number") else translate("History", "Registered by {to}").format(to=_recipient(d))),
    "dispatch.refused": lambda d: translate("History", "Refused by {to}").format(to=_recipient(d)),
    "numbers.leased": lambda d: translate("History", "A block of registration numbers received for journal {journal}").format(
        journal=d.get("journal", "")),
    "journal.create": lambda d: translate("History", "Journal {code} created").format(code=d.get("code", "")),
    "journal.format": lambda d: translate("History", "Journal {code}: number format “{before}” changed to “{after}”").format(
        code=d.get("code", ""), before=d.get("before", ""), after=d.get("after", "")),
    "session.switch": lambda d: translate("History", "The user changed at this desk: {before} → {after}").format(
        before=d.get("before", ""), after=d.get("after", "")),
    "session.logout": lambda d: (translate("History", "Logged out at this desk; {n} change(s) wait for the next login").format(n=d["waiting"])
                                 if d.get("waiting") else translate("History", "Logged out at this desk")),
    "user.add": lambda d: translate("History", "User {name} added").format(name=d.get("username", "")),
    "directory.replace": lambda d: translate("History", "Staff and institution directory updated from the server"),
    "route.template_save": lambda d: translate("History", "Route template “{name}” saved").format(
        name=labels.builtin_text(str(d.get("name", "")))),
    # control and replies (issue 17)
    OpType.DOCUMENT_LINK_REPLY.value: lambda d: (translate("History", "Marked as the answer to {number}").format(number=d["number"])
                                                 if d.get("number") else translate("History", "Marked as an answer to an incoming document")),
    "document.reply_linked": lambda d: (translate("History", "Answered by “{subject}”").format(subject=d["subject"])
                                        if d.get("subject") else translate("History", "An answer to it was linked")),
    OpType.CONTROL_EXTENSION_REQUEST.value: lambda d: translate("History", "Asked for more time, until {date}: {reason}").format(
        date=_date(d.get("new_deadline")), reason=d.get("reason", "")),
    OpType.CONTROL_EXTENSION_DECIDE.value: lambda d: (translate("History", "More time approved") if d.get("state") == ExtensionState.APPROVED.value
                                           else translate("History", "More time refused")) + (
        ": " + str(d["comment"]) if d.get("comment") else ""),
    "sync.control": lambda d: (translate("History", "Put on control until {date} (from the circulation server)").format(date=_date(d["deadline"]))
                               if d.get("control") and d.get("deadline") else translate("History", "Control changed on the circulation server")),
    # citizens' appeals
    "appeal." + AppealAction.EXTEND.value: lambda d: translate("History", "Appeal's term extended by {days} working day(s), to {date}: {reason}").format(
        days=d.get("days", ""), date=_date(d.get("new_deadline")), reason=d.get("reason", "")),
    "appeal." + AppealAction.FORWARD.value: lambda d: translate("History", "Appeal passed on to {to} on {date}").format(
        to=d.get("to", ""), date=_date(d.get("on"))),
    "appeal." + AppealAction.REPEATED.value: lambda d: translate("History", "Marked as a repeated appeal (already answered as {number})").format(
        number=d.get("repeated_of", "")),
    "sync.appeal": lambda d: translate("History", "Appeal's term from the circulation server: due {date}").format(date=_date(d.get("deadline"))),
    # the file plan and disposal
    "fileplan.case": lambda d: translate("History", "File plan case {index} saved").format(index=(d.get("after") or {}).get("index", "")),
    "fileplan.conflict": lambda d: translate("History", "A file plan case was changed here and on the server: the server's version kept"),
    "fileplan.seeded": lambda d: translate("History", "File plan for {year} made ({cases} cases)").format(year=d.get("year", ""), cases=d.get("cases", "")),
    "fileplan.year_closed": lambda d: translate("History", "Year {year} closed: {closed} case(s) closed, {created} made for the next year").format(
        year=d.get("year", ""), closed=d.get("closed", ""), created=d.get("created", "")),
    "disposal.proposed": lambda d: translate("History", "Proposed for disposal ({documents} document(s))").format(documents=d.get("documents", "")),
    "disposal.approved": lambda d: translate("History", "Disposal approved"),
    "disposal.decided": lambda d: _disposal(d),
    "sync.disposal": lambda d: _disposal(d),
    # scanned files
    "file.text_layer": lambda d: translate("History", "Text recognised ({characters} characters)").format(characters=d.get("characters", "")),
    "file.queued_without_text": lambda d: translate("History", "Sent without waiting for text recognition"),
    "file.upload_original": lambda d: translate("History", "The scanned original queued for the server"),
    "file.original_removed": lambda d: translate("History", "The scanned original removed from this computer after its keeping time"),
    # the first login
    "setup.user_mapped": lambda d: translate("History", "Work done before the first login as {local} handed to {server} ({documents} document(s))").format(
        local=d.get("local_user", ""), server=d.get("server_user", ""), documents=d.get("documents", "")),
    "document.reattributed": lambda d: translate("History", "Made before the first login as {local}; now {server}'s").format(
        local=d.get("local_user", ""), server=d.get("server_user", "")),
}


def describe(action: str, details: str | dict | None = None) -> str:
    """One sentence for an audit event (never the raw action code)."""
    d = _details(details)
    if action.startswith("route.") and action[len("route."):] in K.ACTIONS:
        return _route(action[len("route."):], d)
    fn = _SENTENCES.get(action)
    if fn is None:
        return translate("History", "Recorded change")
    try:
        return fn(d)
    except (KeyError, ValueError, TypeError, IndexError):
        return translate("History", "Recorded change")


def known_actions() -> frozenset[str]:
    """Every action code :func:`describe` has a sentence for (route actions included)."""
    return frozenset(_SENTENCES) | frozenset(f"route.{a}" for a in K.ACTIONS)


def line(entry: Any, names: dict[str, str] | None = None, document_id: str | None = None) -> HistoryLine:
    """An :class:`~desktop_app.services.types.AuditEntry` as a :class:`HistoryLine`."""
    return HistoryLine(entry.seq, entry.at, who(entry.actor, names), describe(entry.action, entry.details), entry.action,
                       document_id)
