"""The core's words for people: error sentences per protocol code, history sentences, enum labels,
dates/numbers/alphabetical order in az and ru, the activity news, and the log."""
from __future__ import annotations

import datetime as dt
import json
import logging

import pytest

from desktop_app import history, i18n, labels, logs, messages
from desktop_app import locale as loc
from docflow_protocol import ErrorCode


@pytest.fixture
def lang():
    """Switch the core's language for one test."""
    def use(code: str) -> None:
        i18n.set_language(code)

    yield use
    i18n.set_language("en")


@pytest.mark.parametrize("code", ["az", "ru"])
def test_every_error_code_has_a_sentence_in_az_and_ru(lang, code):
    english = messages.sentences_by_code()
    lang(code)
    translated = messages.sentences_by_code()
    assert set(translated) == {e.value for e in ErrorCode}, "an ErrorCode without a sentence"
    same = [c for c in translated if translated[c] == english[c]]
    assert not same, f"not translated to {code}: {same}"


def test_transport_failures_become_sentences_with_the_raw_text_behind_details(lang):
    from desktop_app.sync.client import AuthError, BadResponse, RequestRefused, TLSError, TransientError

    raw = "HTTPSConnectionPool(host='x', port=443): Max retries exceeded with url: /v1/ops"
    lang("az")
    msg = messages.describe_error(TransientError(f"No connection to the server ({raw})."))
    assert "HTTPSConnectionPool" not in msg.text and raw in msg.details and msg.text.startswith("Serverə qoşulmaq")
    refused = messages.describe_error(RequestRefused("The server refused the request: Your roles (clerk) do not allow it",
                                                     code="forbidden_role", status=403))
    assert "clerk" not in refused.text and "Rolunuz" in refused.text and "clerk" in refused.details
    assert "HTTP 403" in refused.details
    for exc in (TLSError("x"), BadResponse("y"), AuthError("z"), TransientError("busy", status=503)):
        m = messages.describe_error(exc)
        assert m.text and m.text != str(exc)
    crash = messages.describe_error(KeyError("boom"))
    assert "boom" not in crash.text and "KeyError" in crash.details


def test_an_operations_stored_error_is_read_back_as_a_sentence():
    assert messages.split_op_error("forbidden_role: Your roles (clerk) do not allow x") == (
        "forbidden_role", "Your roles (clerk) do not allow x")
    assert messages.split_op_error("blob_missing") == ("blob_missing", "")
    assert messages.split_op_error("Connection reset by peer") == ("", "Connection reset by peer")
    m = messages.describe_op_error("version_conflict: base_version 3 is stale")
    assert "Conflicts" in m.text and "stale" in m.details


def test_history_is_written_for_people(lang):
    cases = {
        "document.import": {"filename": "letter.pdf"},
        "document.register": {"number": "IN-0004/2026", "provisional": False},
        "sync.received": {"origin": "AZ-0002"},
        "dispatch.acknowledge": {"status": "registered", "registration_number": "IN-9/2026"},
        "route.approve": {"kind": "endorse"},
        "dispatch.delivered": {"to": "AZ-0003"},
        "signature.upgrade": {"state": "complete", "level": "B-LT"},
    }
    for code in ("en", "az", "ru"):
        lang(code)
        for action, details in cases.items():
            text = history.describe(action, json.dumps(details))
            assert text and action not in text and action.split(".")[0] + "." not in text, (code, action, text)
    lang("az")
    assert history.describe("document.register", {"number": "IN-4"}) == "IN-4 nömrəsi ilə qeydiyyata alınıb"
    assert history.who("server") == "Dövriyyə serveri"
    # what the desk's sync did, for its logged-in person (the walk's History tab read "sync:head")
    assert history.who("sync:head", {"head": "Rəşad Əliyev"}) == "Rəşad Əliyev" and history.who("sync:head") == "head"
    assert history.describe("made.up.action") == "Qeydə alınmış dəyişiklik"


def test_every_action_the_core_journals_has_a_sentence():
    """Read from the source: each ``audit.append(s, actor, ACTION, ...)`` in desktop_app/ (a literal, an
    ``OpType.X.value`` or one of the known f-strings), so a new action cannot reach the History tab as
    "Recorded change"."""
    import ast
    from pathlib import Path

    from docflow_protocol import APPEAL_ACTIONS, OpType, ReceiptStatus
    from desktop_app.routing import steps as K

    formatted = {"route.{action}": [f"route.{a}" for a in K.ACTIONS], "appeal.{action}": [f"appeal.{a}" for a in APPEAL_ACTIONS],
                 "dispatch.{status}": [f"dispatch.{s.value}" for s in ReceiptStatus],
                 "action": ["document.import", "document.scan", "document.template"]}  # audit_action= of the callers
    found: dict[str, str] = {}
    root = Path(__file__).resolve().parents[2] / "desktop_app"
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "audit" and len(node.args) >= 3):
                continue
            arg, where = node.args[2], f"{path.relative_to(root.parent)}:{node.lineno}"
            if isinstance(arg, ast.Constant):
                found[arg.value] = where
            elif isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Attribute) and ast.unparse(arg.value.value) == "OpType":
                found[OpType[arg.value.attr].value] = where
            else:
                text = ast.unparse(arg).removeprefix("f").strip("'\"")
                assert text in formatted, f"{where}: a journal action this test cannot read: {ast.unparse(arg)}"
                found.update(dict.fromkeys(formatted[text], where))
    assert len(found) > 40, found  # the walk found the journal's writers
    missing = {a: w for a, w in found.items() if a not in history.known_actions()}
    assert not missing, f"actions with no sentence for the History tab: {missing}"


@pytest.mark.parametrize("code", ["az", "ru"])
def test_no_enum_value_is_its_own_label(lang, code):
    from docflow_protocol import ALL_OP_TYPES, FileRole, Role
    from desktop_app.services.documents import CONFIDENTIALITY
    from docflow_protocol import DOCUMENT_KINDS as KINDS
    from desktop_app.services.registration_form import CHANNELS

    lang(code)
    checks = [(labels.document_kind, KINDS), (labels.channel, CHANNELS), (labels.confidentiality, CONFIDENTIALITY),
              (labels.role, [r.value for r in Role]), (labels.file_role, [f.value for f in FileRole] + ["ocr", "cleaned", "numbered"]),
              (labels.op_type, ALL_OP_TYPES), (labels.revocation, ["good", "revoked", "unknown"]),
              (labels.trust_problem, ["NO_CERTIFICATE_CHAIN_FOUND", "EXPIRED"])]
    raw = [(fn.__name__, v) for fn, values in checks for v in values if fn(v) == v or v in fn(v)]
    assert not raw, raw
    assert labels.journal_name("IN", "IN", "incoming") == labels.journal_kind("incoming")
    assert labels.journal_name("IN", "Daxil olan məktublar", "incoming") == "Daxil olan məktublar"
    assert labels.builtin_text("Write a resolution") != "Write a resolution"
    assert labels.builtin_text("Our own label") == "Our own label"


def test_dates_numbers_and_alphabetical_order():
    assert loc.format_date(dt.date(2026, 11, 27)) == "27.11.2026"
    # Stored in UTC, shown in the institution's time zone (Baku, UTC+4).
    assert loc.format_datetime(dt.datetime(2026, 12, 31, 21, 30)) == "01.01.2027 01:30"
    assert loc.format_datetime(dt.datetime(2026, 12, 31, 21, 30), tz="UTC") == "31.12.2026 21:30"
    assert loc.format_number(1234567, "az") == "1\u00a0234\u00a0567" and loc.format_number(1234567, "en") == "1,234,567"
    words = "zəng xəbər həftə qəzet kənd ılıq ilk çay cəmi ağac şəhər ögey ütü"
    assert loc.sorted_texts(words.split(), "az") == [
        "ağac", "cəmi", "çay", "həftə", "xəbər", "ılıq", "ilk", "kənd", "qəzet", "ögey", "şəhər", "ütü", "zəng"]
    assert loc.sorted_texts(["ёж", "еда", "жук", "Ель"], "ru") == ["еда", "Ель", "ёж", "жук"]
    assert loc.sorted_texts(["İsmayıl", "Ilqar", "Ibrahim"], "az") == ["Ibrahim", "Ilqar", "İsmayıl"]  # I is ı, before İ


def test_the_log_rotates_masks_secrets_and_takes_every_thread(tmp_path):
    import threading

    path = logs.setup(tmp_path / "logs", verbose=False)
    try:
        log = logging.getLogger("docflow.test")
        log.info("login with password=hunter2 and Authorization: Bearer abc.def.ghi")
        t = threading.Thread(target=lambda: logging.getLogger("desktop_app.sync.engine").warning("from the sync thread"),
                             name="docflow-sync")
        t.start()
        t.join()
        log.debug("not at INFO level")
        for h in logging.getLogger().handlers:
            h.flush()
        text = path.read_text("utf-8")
        assert "hunter2" not in text and "abc.def.ghi" not in text and "password=***" in text
        assert "[docflow-sync] desktop_app.sync.engine: from the sync thread" in text
        assert "not at INFO level" not in text
        handler = next(h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler))
        assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUPS
    finally:
        logs.shutdown()
    assert not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in logging.getLogger().handlers)


def test_cli_verbose_logs_to_the_profile(tmp_path, capsys):
    from desktop_app import cli

    assert cli.main(["--profile", str(tmp_path / "p"), "--verbose", "init"]) == 0
    text = (tmp_path / "p" / "logs" / "docflow.log").read_text("utf-8")
    assert "log opened (verbose=True)" in text
    assert "DEBUG" in capsys.readouterr().err or "INFO" in text


def test_news_for_notifications(ctx, tmp_path):
    from desktop_app import audit
    from desktop_app.services.activity import ActivityService
    from tests.helpers import make_pdf

    act = ActivityService(ctx)
    assert act.news() == []  # the first look only marks where news starts
    from desktop_app.sync import store

    store.mark_success(ctx.db)  # the desk's first sync is behind it: what comes now is news
    row = ctx.documents.create_document(make_pdf("x"), "x.pdf", "incoming", subject="Yeni məktub")
    with ctx.db.write() as s:
        audit.append(s, "server", "sync.received", row.id, origin="AZ-0002")
        audit.append(s, "server", "dispatch.delivered", row.id, to="AZ-0003")
        audit.append(s, "server", "signature.received", row.id, level="B-T")
    news = act.news()
    # The letter's signature came with it from the other institution: "new document", not also "signed".
    assert [n.kind for n in news] == ["new_document", "delivered"]
    assert news[0].text == "Yeni məktub" and news[0].document_id == row.id
    assert act.news() == []  # each event is news once
    with ctx.db.write() as s:  # a signature made at another desk of this office on a document already here
        audit.append(s, "server", "signature.received", row.id, level="B-B")
    assert [n.kind for n in act.news()] == ["signed"]
    recent = act.recent(10)
    assert recent[0].line.who == "Circulation server" and recent[0].subject == "Yeni məktub"


def test_a_label_inside_a_sentence_follows_the_language_s_own_i(lang):
    lang("az")
    assert labels.in_sentence("İcra") == "icra" and labels.in_sentence("Ilıq") == "ılıq"
    lang("en")
    assert labels.in_sentence("Internal") == "internal" and labels.in_sentence("OCR copy") == "OCR copy"
    lang("ru")
    assert labels.in_sentence("Входящий") == "входящий"


def test_today_is_the_institution_s_day_not_the_computer_s():
    """At 01:00 in Baku the computer's clock on UTC still says yesterday; the office's day is today."""
    baku = loc.zone("Asia/Baku")
    utc_now = dt.datetime.now(dt.timezone.utc)
    assert loc.today() == utc_now.astimezone(loc.zone()).date() or loc.today() == dt.datetime.now(loc.zone()).date()
    loc.set_time_zone("Pacific/Kiritimati")  # UTC+14: a different calendar day from UTC for 14 hours of every day
    try:
        assert loc.today() == dt.datetime.now(dt.timezone(dt.timedelta(hours=14))).date()
    finally:
        loc.set_time_zone("Asia/Baku")
    assert loc.today() == dt.datetime.now(baku).date()


def test_a_fresh_desks_first_sync_brings_history_not_news(ctx):
    """The walk's ws-a-2: its first sync brought a signature made days earlier on another desk and it
    said "Signed". What the first sync brings is announced only when it happened within the last day;
    what arrives after the first sync is news as before. (The received events are written as the sync
    writes them -- audit, the signature row, the server's state -- in the real store; backdating them
    on the real server is not possible.)"""
    import datetime as dt

    from desktop_app import audit
    from desktop_app.db.models import Signature, SyncRemote, utcnow
    from desktop_app.services.activity import ActivityService
    from desktop_app.sync import store
    from tests.helpers import make_pdf

    act = ActivityService(ctx)
    assert act.news() == []  # the window's first look, before the desk ever synced
    old, new = utcnow() - dt.timedelta(days=3), utcnow() - dt.timedelta(hours=2)

    def receive(subject: str, created: dt.datetime, signed: dt.datetime) -> str:
        row = ctx.documents.create_document(make_pdf(subject), "x.pdf", "incoming", subject=subject)
        with ctx.db.write() as s:
            s.add(SyncRemote(document_id=row.id, version=2, applied=True,
                             state={"created_at": created.isoformat() + "Z"}))
            audit.append(s, "server", "sync.received", row.id, origin="AZ-0001")
            fv = ctx.documents.get_document(row.id).files[0].id
            sig = Signature(document_id=row.id, file_version_id=fv, field_name="", signer_name="Rəis",
                            signer_cert_sha256="", signed_at=signed, level="B-T", upgrade_state="remote")
            s.add(sig)
            s.flush()
            audit.append(s, "server", "signature.received", row.id, signature_id=sig.id, level="B-T")
        return row.id

    receive("Keçən həftənin məktubu", old, old)  # the office's history
    mid_sync = act.news()  # a look while the first sync is still bringing the backlog in
    recent = receive("Bu səhərin məktubu", new, new)  # part of the backlog, but of today
    store.mark_success(ctx.db)  # the first sync ends
    assert mid_sync == [] and [(n.kind, n.text) for n in act.news()] == [("new_document", "Bu səhərin məktubu")]
    after = receive("Yeni imzalanmış", old, old)  # after the first sync: news, however old its times
    news = act.news()
    assert [(n.kind, n.document_id) for n in news] == [("new_document", after)] and recent != after
    with ctx.db.write() as s:  # a later signature on a document already here: news too
        audit.append(s, "server", "signature.received", recent, level="B-LT")
    assert [n.kind for n in act.news()] == ["signed"]


def test_what_a_new_desks_first_sync_brought_before_the_window_looked_is_news(ctx):
    """The walk: B's new desk synced during the setup wizard, so the letter A sent had arrived before the
    window's first look -- which marked it as seen: B's clerk was told only "Signed" (its signature
    came a moment later), never "New incoming document". Now the first look starts before what the first
    sync brought, judged as its backlog (news when it happened within the last day)."""
    import datetime as dt

    from desktop_app import audit
    from desktop_app.db.models import SyncRemote, utcnow
    from desktop_app.services.activity import ActivityService
    from desktop_app.sync import store
    from tests.helpers import make_pdf

    def receive(subject: str, created: dt.datetime, signed: bool) -> str:
        row = ctx.documents.create_document(make_pdf(subject), "x.pdf", "incoming", subject=subject)
        with ctx.db.write() as s:
            s.add(SyncRemote(document_id=row.id, version=2, applied=True, state={"created_at": created.isoformat() + "Z"}))
            audit.append(s, "server", "sync.received", row.id, origin="AZ-0001")
            if signed:  # the sender's signature comes with the letter
                audit.append(s, "server", "signature.received", row.id, level="B-B")
        return row.id

    receive("Keçən ayın məktubu", utcnow() - dt.timedelta(days=30), signed=False)  # history: quiet
    letter = receive("Su təchizatı üzrə cavab məktubu", utcnow() - dt.timedelta(minutes=5), signed=True)
    store.mark_success(ctx.db)  # the first sync ended in the wizard
    act = ActivityService(ctx)
    assert [(n.kind, n.document_id) for n in act.news()] == [("new_document", letter)]  # not "signed"
    assert act.news() == []


def test_a_new_desks_first_look_folds_the_days_letters_and_keeps_quiet_about_the_rest(ctx):
    """The walk's fresh ru head desk: eight toasts for the day's office history (letters, deliveries, a
    signature made on another desk). The first look tells of the new letters, in one notice when many."""
    import datetime as dt

    from desktop_app import audit
    from desktop_app.db.models import SyncRemote, utcnow
    from desktop_app.services.activity import ActivityService
    from desktop_app.sync import store
    from tests.helpers import make_pdf

    subjects = [f"Məktub {i}" for i in range(5)]
    for subject in subjects:
        row = ctx.documents.create_document(make_pdf(subject), "x.pdf", "incoming", subject=subject)
        with ctx.db.write() as s:
            s.add(SyncRemote(document_id=row.id, version=2, applied=True,
                             state={"created_at": (utcnow() - dt.timedelta(hours=1)).isoformat() + "Z"}))
            audit.append(s, "server", "sync.received", row.id, origin="AZ-0002")
    reply = ctx.documents.create_document(make_pdf("Cavab"), "c.pdf", "outgoing", subject="Cavab").id
    with ctx.db.write() as s:
        audit.append(s, "server", "signature.received", reply, level="B-B")  # signed today at another desk
    store.mark_success(ctx.db)
    (notice,) = ActivityService(ctx).news()
    assert notice.kind == "new_document" and notice.title == "New incoming documents (5)"
    assert notice.text.startswith("Məktub 0; Məktub 1; Məktub 2")
