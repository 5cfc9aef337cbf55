"""The scripting front end: ``docflow init | import | separator-sheet | originals | list | show | register | export |
search | audit verify | check | self-test``.

Every command takes ``--profile DIR`` and ``--json``. Errors print one clear line and
exit non-zero.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable
from typing import Any

from desktop_app.errors import DocflowError
from desktop_app.i18n import translate
from desktop_app.services.types import DocumentQuery, RegisterInput, to_plain
from docflow_protocol import DEFAULT_CHANNEL, DocumentKind, parse_date

log = logging.getLogger(__name__)

COMMANDS: dict[str, Callable[[argparse.Namespace], Any]] = {}


def command(name: str):  # noqa: ANN201
    def deco(fn):  # noqa: ANN001, ANN202
        COMMANDS[name] = fn
        return fn
    return deco


def _ctx(args: argparse.Namespace):  # noqa: ANN202
    from desktop_app import logs
    from desktop_app.config import Profile
    from desktop_app.services.context import AppContext

    logs.setup(Profile.at(args.profile).logs_dir, verbose=getattr(args, "verbose", False))
    return AppContext.open(args.profile, username=getattr(args, "user", None))


def _date(s: str | None) -> dt.date | None:
    if not s:
        return None
    day = parse_date(s)  # the protocol's one strict reading (YYYY-MM-DD, nothing else)
    if day is None:
        raise DocflowError(translate("Cli", "Not a date (use YYYY-MM-DD): {value}").format(value=s))
    return day


@command("init")
def cmd_init(args: argparse.Namespace) -> Any:
    ctx = _ctx(args)
    return {"profile": str(ctx.profile.root), "user": ctx.user.username, "workstation": ctx.workstation_id}


@command("import")
def cmd_import(args: argparse.Namespace) -> Any:
    """Import files through the intake pipeline: scans become compact searchable PDFs (recognised
    before the command ends, unless --no-ocr); PDFs with text and signed PDFs are kept as they are."""
    ctx = _ctx(args)
    res = ctx.intake.import_files(args.files, kind=args.kind, ocr="off" if args.no_ocr else "now")
    for f in res.failures:
        print(translate("Cli", "failed: {reason}").format(reason=f.reason), file=sys.stderr)
    if res.failures and not res.imported:
        raise SystemExit(2)
    return res


@command("separator-sheet")
def cmd_separator_sheet(args: argparse.Namespace) -> Any:
    from pathlib import Path

    from desktop_app.blobs import atomic_write

    atomic_write(Path(args.file), _ctx(args).intake.separator_sheet_pdf())
    return args.file


@command("originals")
def cmd_originals(args: argparse.Namespace) -> Any:
    ctx = _ctx(args)
    if args.action == "sweep":
        return {"removed": ctx.intake.sweep_originals()}
    if not args.id:
        raise DocflowError(translate("Cli", "Name the document whose original should be uploaded."))
    return ctx.intake.upload_original(_resolve_id(args, ctx))


@command("list")
def cmd_list(args: argparse.Namespace) -> Any:
    ctx = _ctx(args)
    return ctx.documents.list_documents(DocumentQuery(queue=args.queue, text=args.text or "", offset=args.offset, limit=args.limit))


@command("show")
def cmd_show(args: argparse.Namespace) -> Any:
    return _ctx(args).documents.get_document(_resolve_id(args))


@command("register")
def cmd_register(args: argparse.Namespace) -> Any:
    ctx = _ctx(args)
    return ctx.documents.register(_resolve_id(args, ctx), RegisterInput(
        journal_code=args.journal, reg_date=_date(args.date), correspondent=args.correspondent or "",
        corr_number=args.corr_number or "", corr_date=_date(args.corr_date), subject=args.subject,
        pages=args.pages, channel=args.channel, sheets=args.sheets, attachments_count=args.attachments_count,
        attachments_description=args.attachments_description or ""))


@command("export")
def cmd_export(args: argparse.Namespace) -> Any:
    ctx = _ctx(args)
    return [str(p) for p in ctx.documents.export(_resolve_id(args, ctx), args.dir)]


@command("search")
def cmd_search(args: argparse.Namespace) -> Any:
    return _ctx(args).documents.search(args.text, limit=args.limit)


@command("audit")
def cmd_audit(args: argparse.Namespace) -> Any:
    rep = _ctx(args).admin.verify_audit()
    if not rep.ok:
        print(translate("Cli", "Audit journal is broken at event {seq}: {reason}").format(seq=rep.first_broken_seq, reason=rep.reason), file=sys.stderr)
        raise SystemExit(3)
    return rep


@command("check")
def cmd_check(args: argparse.Namespace) -> Any:
    rep = _ctx(args).admin.check_store()
    if rep.missing or rep.integrity != "ok":
        print(translate("Cli", "The store has problems: {n} missing files; integrity: {integrity}").format(n=len(rep.missing), integrity=rep.integrity), file=sys.stderr)
        raise SystemExit(3)
    return rep


@command("verify")
def cmd_verify(args: argparse.Namespace) -> Any:
    rep = _ctx(args).signing.verify_file(args.file, allow_fetching=args.online)
    out = rep.to_dict() if args.json else rep.to_text()
    code = VERIFY_EXIT.get(rep.verdict, 1)
    if code:
        _emit(args, out)
        raise SystemExit(code)
    return out


# Exit status of ``docflow verify`` for scripts: 0 valid, 1 invalid or unreadable, 3 indeterminate, 4 unsigned.
VERIFY_EXIT = {"valid": 0, "invalid": 1, "unreadable": 1, "indeterminate": 3, "unsigned": 4}


@command("signatures")
def cmd_signatures(args: argparse.Namespace) -> Any:
    run = _ctx(args).signing.upgrade_due(force=args.force)
    return [{"document": r.document_id, "state": r.state, "level": r.level, "message": r.message} for r in run.results]


@command("self-test")
def cmd_self_test(args: argparse.Namespace) -> Any:
    from desktop_app import i18n, selftest

    i18n.set_language(selftest.pick_language(args.lang))
    progress = None if args.json else (lambda title: print(translate("Cli", "checking: {what}").format(what=title),
                                                            file=sys.stderr, flush=True))
    report = selftest.run(progress=progress)
    out = report.to_dict() if args.json else report.to_text()
    if not report.ok:
        _emit(args, out)
        raise SystemExit(report.exit_code)
    return out


def _resolve_id(args: argparse.Namespace, ctx=None) -> str:  # noqa: ANN001
    """Accept a full id or a unique prefix of at least 6 characters."""
    ident = args.id
    if len(ident) == 36:
        return ident
    from sqlalchemy import select

    from desktop_app.db.models import Document

    ctx = ctx or _ctx(args)
    with ctx.db.read() as s:
        ids = list(s.execute(select(Document.id).where(Document.id.like(ident + "%")).limit(2)).scalars())
    if len(ident) < 6 or len(ids) != 1:
        raise DocflowError(translate("Cli", "No single document matches the id {id}.").format(id=ident))
    return ids[0]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="docflow", description=translate("Cli", "Docflow command line"))
    p.add_argument("--profile", help=translate("Cli", "profile folder (default: the user's data folder)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.add_argument("--user", help=translate("Cli", "act as this user of the profile"))
    p.add_argument("--verbose", action="store_true",
                   help=translate("Cli", "log everything (DEBUG) to the profile's logs/docflow.log and to the terminal"))
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("init", help=translate("Cli", "create or open the profile"))
    sp = sub.add_parser("import", help=translate("Cli", "import PDF or image files as documents"))
    sp.add_argument("files", nargs="+")
    sp.add_argument("--kind", default=DocumentKind.INCOMING.value, choices=[k.value for k in DocumentKind])
    sp.add_argument("--no-ocr", action="store_true", help=translate("Cli", "do not recognise the text of scans"))
    sp = sub.add_parser("separator-sheet", help=translate("Cli", "write the printable separator sheet (PDF) to a file"))
    sp.add_argument("file")
    sp = sub.add_parser("originals", help=translate("Cli", "scan originals kept on this computer"))
    sp.add_argument("action", choices=["sweep", "upload"])
    sp.add_argument("id", nargs="?")
    sp = sub.add_parser("list", help=translate("Cli", "list documents"))
    sp.add_argument("--queue", default="all")
    sp.add_argument("--text")
    sp.add_argument("--offset", type=int, default=0)
    sp.add_argument("--limit", type=int, default=50)
    sp = sub.add_parser("show", help=translate("Cli", "show one document"))
    sp.add_argument("id")
    sp = sub.add_parser("register", help=translate("Cli", "register a document in a journal"))
    sp.add_argument("id")
    sp.add_argument("--journal", required=True)
    sp.add_argument("--date")
    sp.add_argument("--correspondent")
    sp.add_argument("--corr-number")
    sp.add_argument("--corr-date")
    sp.add_argument("--subject")
    sp.add_argument("--pages", type=int)
    sp.add_argument("--channel", default=DEFAULT_CHANNEL)
    sp.add_argument("--sheets", type=int)
    sp.add_argument("--attachments-count", type=int)
    sp.add_argument("--attachments-description")
    sp = sub.add_parser("export", help=translate("Cli", "copy a document's files to a folder"))
    sp.add_argument("id")
    sp.add_argument("dir")
    sp = sub.add_parser("search", help=translate("Cli", "full-text search"))
    sp.add_argument("text")
    sp.add_argument("--limit", type=int, default=20)
    sp = sub.add_parser("audit", help=translate("Cli", "verify the audit journal"))
    sp.add_argument("action", choices=["verify"])
    sub.add_parser("check", help=translate("Cli", "check the store (integrity, orphan and missing files)"))
    sp = sub.add_parser("verify", help=translate("Cli", "check every signature in a PDF file"))
    sp.add_argument("file")
    sp.add_argument("--online", action="store_true", help=translate("Cli", "fetch revocation data (OCSP/CRL)"))
    sp.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=translate("Cli", "print JSON"))
    sp = sub.add_parser("signatures", help=translate("Cli", "complete waiting signatures (timestamp, validation data)"))
    sp.add_argument("action", choices=["upgrade"])
    sp.add_argument("--force", action="store_true", help=translate("Cli", "ignore the retry schedule"))
    sp = sub.add_parser("self-test", help=translate("Cli", "check this installation in a temporary profile (exit 0 ok, 1 a problem)"))
    sp.add_argument("--lang", choices=["az", "ru", "en"], help=translate("Cli", "language of the report"))
    sp.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=translate("Cli", "print JSON"))
    return p


def _print_human(result: Any) -> None:
    plain = to_plain(result)
    if isinstance(plain, dict) and "rows" in plain:
        for r in plain["rows"]:
            print(f"{r['id'][:8]}  {r['status']:<10} {r['reg_number'] or '-':<18} {r['subject']}")
        print(translate("Cli", "{n} of {total}").format(n=len(plain["rows"]), total=plain["total"]))
    elif isinstance(plain, list):
        for item in plain:
            print(item if not isinstance(item, dict) else json.dumps(item, ensure_ascii=False))
    elif isinstance(plain, dict):
        for k, v in plain.items():
            if isinstance(v, (list, dict)):
                v = json.dumps(v, ensure_ascii=False)
            print(f"{k}: {v}")
    else:
        print(plain)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    finally:
        from desktop_app import logs

        logs.shutdown()


def _run(args: argparse.Namespace) -> int:
    try:
        result = COMMANDS[args.command](args)
    except DocflowError as exc:
        log.info("command %s refused: %s", args.command, exc)
        print(f"docflow: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        log.warning("command %s failed", args.command, exc_info=True)
        print(f"docflow: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
    _emit(args, result)
    return 0


def _emit(args: argparse.Namespace, result: Any) -> None:
    if args.json:
        print(json.dumps(to_plain(result), ensure_ascii=False, indent=2))
    else:
        _print_human(result)


if __name__ == "__main__":
    sys.exit(main())
