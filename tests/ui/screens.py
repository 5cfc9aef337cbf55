"""A lived-in office profile and every screen and dialog of the window, for the layout, accessibility
and language checks (and the guide's screenshots): one place that knows how to open each of them.

    ctx = populated_office(tmp / "profile")
    window = MainWindow(UiContext.create(ctx, dialogs))
    for name, dlg in dialogs_of(window): ...
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

from desktop_app.locale import today as local_today
from desktop_app.services.types import ResolutionInput
from desktop_app.services.types import RegisterInput
from tests import helpers

STAFF = [
    {"id": "u-clerk", "username": "clerk", "full_name": "Aynur Həsənova", "roles": ["clerk"]},
    {"id": "u-head", "username": "head", "full_name": "Rəşad Əliyev", "roles": ["head"]},
    {"id": "u-exec", "username": "executor", "full_name": "Elvin Quliyev", "roles": ["executor"]},
    {"id": "u-exec2", "username": "executor2", "full_name": "Nigar Məmmədova", "roles": ["executor"]},
    {"id": "u-admin", "username": "admin", "full_name": "Sevinc İsmayılova", "roles": ["admin", "clerk", "head"]},
]
INSTITUTIONS = [
    {"registry_code": "AZ-0001", "name": "Şəki rayon icra hakimiyyəti"},
    {"registry_code": "AZ-0002", "name": "Kiş kənd tam orta məktəbi"},
    {"registry_code": "AZ-0003", "name": "Şəki rayon mərkəzi xəstəxanası"},
    {"registry_code": "AZ-0004", "name": "Səhiyyə Nazirliyi"},
]
LETTERS = [
    ("Su təchizatının bərpası haqqında", "Səhiyyə Nazirliyi", "SN-12/4411"),
    ("Məktəb binasının təmiri barədə sorğu", "Təhsil Nazirliyi", "TN-3/208"),
    ("Vətəndaş müraciəti: yol işığı", "Məmmədov Əli", ""),
    ("Kənd təsərrüfatı sayımı üzrə məlumat", "Dövlət Statistika Komitəsi", "DSK-77"),
]


def _drawn(window, ready, timeout: float = 20.0) -> None:  # noqa: ANN001
    """Let the event loop run until ``ready()`` (a dialog whose tables are read on a worker)."""
    import time

    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not ready() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def populated_office(root, username: str = "admin"):
    """An office with staff, a directory and documents in every state a secretary meets."""
    ctx = helpers.make_ctx(root, username="admin")
    ctx.routing.replace_directory(STAFF, INSTITUTIONS, own_registry_code="AZ-0001", own_name=INSTITUTIONS[0]["name"])
    ctx.switch_user("admin")
    ids = []
    for i, (subject, corr, their) in enumerate(LETTERS):
        row = ctx.documents.create_document(helpers.make_pdf(f"{subject}\n{corr}", pages=2), f"letter{i}.pdf", "incoming",
                                            subject=subject)
        ids.append(row.id)
        if i < 3:
            ctx.documents.register(row.id, RegisterInput("IN", correspondent=corr, corr_number=their,
                                                         corr_date=local_today() - dt.timedelta(days=3)))
    ctx.switch_user("head")
    ctx.routing.create_resolution(ids[0], ResolutionInput("Araşdırıb 5 iş günü ərzində cavab hazırlayın.", "u-exec",
                                                          ("u-exec2",), ctx.routing.due_date(5), None, True))
    ctx.routing.create_resolution(ids[1], ResolutionInput("Təmir smetasını hazırlayın.", "u-admin", (),
                                                          local_today(), None, True))
    ctx.switch_user("admin")
    out = ctx.documents.create_document(helpers.make_pdf("Cavab məktubu"), "cavab.pdf", "outgoing",
                                        subject="Su təchizatı üzrə cavab məktubu")
    ctx.documents.create_document(helpers.make_png(), "scan.png", "internal", subject="Daxili xidməti məktub")
    ctx.switch_user(username)
    ctx.__dict__["_screens_ids"] = {"letters": ids, "outgoing": out.id}
    return ctx


def select_document(window, doc_id: str) -> None:
    for i in range(window.queues.count()):
        if window.queues.item(i).data(0x0100) == "all":
            window.queues.setCurrentRow(i)
    window.refresh(keep=doc_id)


def dialogs_of(window) -> Iterator[tuple[str, object]]:  # noqa: ANN001 - MainWindow
    """Every dialog of the window, built as the window builds it (not shown)."""
    from desktop_app.services.types import ConflictInfo, SyncStatus, WaitingItem
    from ui.help import AboutDialog, GuideDialog, ShortcutsDialog, guide_page
    from ui.intake.settings_dialog import IntakeSettingsDialog
    from ui.register_dialog import RegisterDialog
    from ui.routing.dialogs import DispatchDialog, HolidaysDialog, ReasonDialog, ResolutionDialog, RouteBuilderDialog
    from ui.settings_dialog import SettingsDialog
    from ui.signing.sign_dialog import SignDialog
    from ui.sync.dialogs import ConflictsDialog, LoginDialog, SyncDetailsDialog

    ctx, r = window.ctx, window.ctx.routing
    ids = ctx.__dict__.get("_screens_ids", {})
    letter = (ids.get("letters") or [None])[-1]
    detail = ctx.documents.get_document(letter) if letter else None
    if detail is not None:
        yield "register", RegisterDialog(detail, ctx.documents.journals(), ctx.documents.correspondents(), window)
    from ui.card_dialog import CardDialog

    if detail is not None:
        yield "edit_card", CardDialog(detail, ctx.documents.correspondents(), window)
    if ids.get("letters"):
        yield "edit_card_registered", CardDialog(ctx.documents.get_document(ids["letters"][0]), [], window)
    yield "oral_appeal", RegisterDialog(None, ctx.documents.journals(), ctx.documents.correspondents(), window,
                                        official=ctx.user.display_name)
    yield "sign", SignDialog(3, "", window, tasks=window.ui.tasks)
    yield "resolution", ResolutionDialog(LETTERS[0][0], r.staff(), r.calendar(), window)
    builder = RouteBuilderDialog(LETTERS[0][0], r.templates("outgoing"), r.staff(), lambda name: [], window)
    builder.add_stage()
    yield "route", builder
    yield "dispatch", DispatchDialog("Su təchizatı üzrə cavab məktubu", r.institutions(), window)
    yield "reason", ReasonDialog("Qaytar", "?", window)
    yield "holidays", HolidaysDialog(["12-30"], window)
    yield "login", LoginDialog({"server_url": "https://127.0.0.1:8765", "server_workstation_id": "ws-a-1",
                                "server_username": "clerk"}, window)
    status = SyncStatus(True, True, False, False, 2, 120_000, 1, None, dt.datetime(2026, 11, 27, 9, 30), "")
    waiting = [WaitingItem("op1", letter, LETTERS[3][0], "registration.register", "rejected", 3,
                           "forbidden_role: Your roles (clerk) do not allow this", dt.datetime(2026, 11, 27, 9, 0)),
               WaitingItem("op2", letter, LETTERS[2][0], "file.attach", "pending", 0, "", dt.datetime(2026, 11, 27, 9, 5))]
    yield "sync_details", SyncDetailsDialog(status, waiting, window)
    conflict = ConflictInfo("c1", letter or "d", "field", "document.update", "version_conflict", "stale base_version",
                            {"fields": {"subject": LETTERS[3][0] + " (düzəliş)", "confidentiality": "internal"}},
                            {"fields": {"subject": LETTERS[3][0], "confidentiality": "internal"},
                             "registration": {"number": "IN-0007/2026"}},
                            dt.datetime(2026, 11, 27, 9, 0), ("mine", "theirs", "merge"))
    yield "conflicts", ConflictsDialog([conflict], window)
    yield "settings", SettingsDialog(ctx.settings, window)
    from ui.fileplan import CaseDialog, FilePlanDialog
    plan = FilePlanDialog(window.ui, window)
    _drawn(window, lambda: plan.reads_shown > 0 and plan.journals.reads_shown > 0)  # its tables are read on a worker
    yield "file_plan", plan
    journals = FilePlanDialog(window.ui, window)
    _drawn(window, lambda: journals.reads_shown > 0 and journals.journals.reads_shown > 0)
    journals.tabs.setCurrentWidget(journals.journals)
    yield "journal_formats", journals
    yield "case", CaseDialog(2026, None, window)
    from desktop_app.services.intake import IntakeSettings

    yield "intake_settings", IntakeSettingsDialog(IntakeSettings(), {"aze", "rus", "eng"}, window)
    from ui.intake.scan_dialog import ScanDialog

    yield "scan", ScanDialog(window.ui, window)
    page = guide_page()
    if page is not None:
        yield "guide", GuideDialog(page, window)
    yield "shortcuts", ShortcutsDialog(window.findChildren(__import__("PySide6.QtGui", fromlist=["QAction"]).QAction), window)
    yield "about", AboutDialog(str(ctx.profile.root), window)
    from ui.setup.wizard import P_SERVER, P_SIGNING, SetupWizard

    for name, start in (("setup_server", P_SERVER), ("setup_signing", P_SIGNING)):
        wizard = SetupWizard(window.ui, window)
        wizard.setStartId(start)
        yield name, wizard
    from ui.compose import NewDocumentDialog
    from ui.session import SwitchUserDialog

    yield "new_document", NewDocumentDialog("outgoing", window)
    yield "switch_user", SwitchUserDialog(ctx.user.display_name, [(m.username, m.display_name) for m in r.staff()], window)
    if detail is not None:
        from desktop_app.services.types import SenderInfo

        received = dataclasses.replace(detail, sender=SenderInfo(
            "AZ-0002", "Gəncə şəhər 5 nömrəli məktəb", "OUT-00012/2026", dt.date(2026, 11, 25), "Cavab məktubu", 3, 2, 1,
            "xəritə"))
        yield "register_received", RegisterDialog(received, ctx.documents.journals(), ctx.documents.correspondents(), window)
    yield from _control_dialogs(window)


def _control_dialogs(window):  # noqa: ANN001, ANN202 - MainWindow
    """The control and appeals dialogs (issue 17), with an appeal and a request as they look."""
    from desktop_app.services.types import (
        AppealInfo, ControlReport, ControlReportRow, ExtensionInfo, TermClock,
    )
    from ui.control.dialogs import (
        AppealExtendDialog, AppealForwardDialog, AppealRepeatedDialog, ControlReportDialog, ExtensionDecisionDialog,
        ExtensionRequestDialog, LinkReplyDialog,
    )

    day = dt.date(2026, 11, 27)
    appeal = AppealInfo("d", "APL-0007/2026", day, LETTERS[0][0], "Əli Məmmədov", "Bakı, Nizami küç. 5", "+994 50 000 00 00",
                        "complaint", 15, dt.date(2026, 12, 18), dt.date(2026, 12, 18), 10, "Mənzil idarəsindən plan istənilib", day,
                        "", None, None, dt.date(2026, 12, 2), "", "", None, TermClock(dt.date(2026, 12, 18), 15, "15"))
    req = ExtensionInfo("x", "r", "d", "Elvin İcraçı", dt.datetime(2026, 11, 27, 9, 0), day, dt.date(2026, 12, 4),
                        "Podratçının smetası gözlənilir", "pending", "", None, "")
    yield "extension_request", ExtensionRequestDialog(LETTERS[0][0], day, window)
    yield "extension_decision", ExtensionDecisionDialog(req, window)
    yield "link_reply", LinkReplyDialog(LETTERS[0][0], [("IN-00012/2026", LETTERS[1][0], "Səhiyyə İdarəsi")], window)
    yield "appeal_extend", AppealExtendDialog(appeal, window)
    yield "appeal_forward", AppealForwardDialog(appeal, window)
    yield "appeal_repeated", AppealRepeatedDialog(window)
    report = ControlReportDialog(lambda month: None, window)
    row = ControlReportRow("u", "Elvin İcraçı", 12, 8, 2, 1)
    report.show_report(ControlReport(dt.date(2026, 11, 1), day, (row,), ControlReportRow(None, "Cəmi", 12, 8, 2, 1), ()))
    yield "control_report", report
