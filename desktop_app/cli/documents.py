"""``docflow init | import | separator-sheet | originals | list | show | register | export | search``."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.cli.common import CliExit, ExitCode, command, open_ctx, parse_date, resolve_id
from desktop_app.errors import DocflowError
from desktop_app.i18n import translate
from desktop_app.services.types import DocumentQuery, RegisterInput
from docflow_protocol import DEFAULT_CHANNEL, DOCUMENT_KINDS, DocumentKind


@command("init")
def cmd_init(args: argparse.Namespace) -> Any:
    ctx = open_ctx(args)
    return {"profile": str(ctx.profile.root), "user": ctx.user.username, "workstation": ctx.workstation_id}


@command("import")
def cmd_import(args: argparse.Namespace) -> Any:
    """Import files through the intake pipeline: scans become compact searchable PDFs (recognised
    before the command ends, unless --no-ocr); PDFs with text and signed PDFs are kept as they are."""
    ctx = open_ctx(args)
    res = ctx.intake.import_files(args.files, kind=args.kind, ocr="off" if args.no_ocr else "now")
    for f in res.failures:
        print(translate("Cli", "failed: {reason}").format(reason=f.reason), file=sys.stderr)
    if res.failures and not res.imported:
        raise CliExit(ExitCode.USAGE, result=res)
    return res


@command("separator-sheet")
def cmd_separator_sheet(args: argparse.Namespace) -> Any:
    from pathlib import Path

    from desktop_app.blobs import atomic_write

    atomic_write(Path(args.file), open_ctx(args).intake.separator_sheet_pdf())
    return args.file


@command("originals")
def cmd_originals(args: argparse.Namespace) -> Any:
    ctx = open_ctx(args)
    if args.action == "sweep":
        return {"removed": ctx.intake.sweep_originals()}
    if not args.id:
        raise DocflowError(translate("Cli", "Name the document whose original should be uploaded."))
    return ctx.intake.upload_original(resolve_id(ctx, args.id))


@command("list")
def cmd_list(args: argparse.Namespace) -> Any:
    return open_ctx(args).documents.list_documents(
        DocumentQuery(queue=args.queue, text=args.text or "", offset=args.offset, limit=args.limit))


@command("show")
def cmd_show(args: argparse.Namespace) -> Any:
    ctx = open_ctx(args)
    return ctx.documents.get_document(resolve_id(ctx, args.id))


@command("register")
def cmd_register(args: argparse.Namespace) -> Any:
    card = RegisterInput(
        journal_code=args.journal, reg_date=parse_date(args.date), correspondent=args.correspondent or "",
        corr_number=args.corr_number or "", corr_date=parse_date(args.corr_date), subject=args.subject,
        pages=args.pages, channel=args.channel, sheets=args.sheets, attachments_count=args.attachments_count,
        attachments_description=args.attachments_description or "")
    ctx = open_ctx(args)
    return ctx.documents.register(resolve_id(ctx, args.id), card)


@command("export")
def cmd_export(args: argparse.Namespace) -> Any:
    ctx = open_ctx(args)
    return [str(p) for p in ctx.documents.export(resolve_id(ctx, args.id), args.dir)]


@command("search")
def cmd_search(args: argparse.Namespace) -> Any:
    return open_ctx(args).documents.search(args.text, limit=args.limit)


def add_parsers(sub, common: argparse.ArgumentParser) -> None:  # noqa: ANN001 - argparse's subparsers action
    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, parents=[common])

    add("init", translate("Cli", "create or open the profile"))
    sp = add("import", translate("Cli", "import PDF or image files as documents"))
    sp.add_argument("files", nargs="+")
    sp.add_argument("--kind", default=DocumentKind.INCOMING.value, choices=DOCUMENT_KINDS)
    sp.add_argument("--no-ocr", action="store_true", help=translate("Cli", "do not recognise the text of scans"))
    sp = add("separator-sheet", translate("Cli", "write the printable separator sheet (PDF) to a file"))
    sp.add_argument("file")
    sp = add("originals", translate("Cli", "scan originals kept on this computer"))
    sp.add_argument("action", choices=["sweep", "upload"])
    sp.add_argument("id", nargs="?")
    sp = add("list", translate("Cli", "list documents"))
    sp.add_argument("--queue", default="all")
    sp.add_argument("--text")
    sp.add_argument("--offset", type=int, default=0)
    sp.add_argument("--limit", type=int, default=50)
    sp = add("show", translate("Cli", "show one document"))
    sp.add_argument("id")
    sp = add("register", translate("Cli", "register a document in a journal"))
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
    sp = add("export", translate("Cli", "copy a document's files to a folder"))
    sp.add_argument("id")
    sp.add_argument("dir")
    sp = add("search", translate("Cli", "full-text search"))
    sp.add_argument("text")
    sp.add_argument("--limit", type=int, default=20)
