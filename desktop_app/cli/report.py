"""``docflow report card | register | control | appeals | inventory | stamp`` -- the office's paper (issue 17).

Each writes one file (``--out``/``-o``) whole or not at all, as PDF or XLSX (``--format``; by
default from the file's suffix, else PDF); ``stamp`` writes the stamped copy of a document's PDF.
The rows come from ``ctx.reports`` like the window's; the result printed is what was written.
"""
from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop_app import reports
from desktop_app.blobs import atomic_write
from desktop_app.cli.common import command, open_ctx, parse_date, resolve_id
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from docflow_protocol import parse_date as parse_iso_date


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return reports.check_format(args.format)
    suffix = str(args.out).rsplit(".", 1)[-1].lower() if "." in str(args.out) else ""
    return suffix if suffix in reports.FORMATS else "pdf"


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    """``--year Y`` or ``--from D --to D`` (either end may be left out: the year's first or last day)."""
    start, end = parse_date(args.date_from), parse_date(args.date_to)
    if args.year is not None:
        if start or end:
            raise InvalidInput(translate("Cli", "Give either --year or --from/--to, not both."))
        if not 1900 <= args.year <= 9999:
            raise InvalidInput(translate("Cli", "Not a year: {value}").format(value=args.year))
        return dt.date(args.year, 1, 1), dt.date(args.year, 12, 31)
    if start is None and end is None:
        raise InvalidInput(translate("Cli", "Give the period: --year YYYY or --from YYYY-MM-DD --to YYYY-MM-DD."))
    start = start or dt.date((end or start).year, 1, 1)
    end = end or dt.date(start.year, 12, 31)
    return start, end


def _month(text: str) -> dt.date:
    day = parse_iso_date(f"{text}-01") if text and len(text) == 7 else None
    if day is None:
        raise InvalidInput(translate("Cli", "Not a month (use YYYY-MM): {value}").format(value=text))
    return day


def _written(kind: str, fmt: str, path, report: reports.Report | None = None) -> dict:  # noqa: ANN001
    rows = sum(len(s.rows) for s in report.sections) if report is not None else None
    return {"report": kind, "format": fmt, "path": str(path), **({"entries": rows} if rows is not None else {})}


@command("report")
def cmd_report(args: argparse.Namespace) -> Any:
    ctx = open_ctx(args)
    if args.action == "stamp":
        data = ctx.reports.stamped_copy(resolve_id(ctx, args.id))
        atomic_write(reports.check_target(args.out), data)
        return _written("stamp", "pdf", args.out)
    fmt = _format(args)
    reports.check_target(args.out)
    if args.action == "card":
        report = ctx.reports.card(resolve_id(ctx, args.id))
    elif args.action in ("register", "journal"):
        report = ctx.reports.register(args.journal, *_period(args))
    elif args.action == "control":
        report = ctx.reports.control(_month(args.month) if args.month else ctx.today().replace(day=1))
    elif args.action == "inventory":
        report = ctx.reports.inventory(args.year if args.year is not None else ctx.today().year)
    else:
        report = ctx.reports.appeals(*_period(args), journal=args.journal)
    path = reports.write(report, fmt, args.out)
    return _written(report.kind, fmt, path, report)


def add_parsers(sub, common: argparse.ArgumentParser) -> None:  # noqa: ANN001 - argparse's subparsers action
    sp = sub.add_parser("report", parents=[common], help=translate("Cli", "the office's paper as PDF or XLSX: card, registers, control and appeals reports, the stamped copy"))
    actions = sp.add_subparsers(dest="action", required=True)

    def add(name: str, help_text: str, aliases: tuple[str, ...] = ()) -> argparse.ArgumentParser:
        p = actions.add_parser(name, parents=[common], help=help_text, aliases=list(aliases))
        p.add_argument("--out", "-o", required=True, metavar="FILE", help=translate("Cli", "the file to write"))
        if name != "stamp":
            p.add_argument("--format", choices=reports.FORMATS, help=translate("Cli", "pdf or xlsx (default: from the file's suffix, else pdf)"))
        return p

    def period(p: argparse.ArgumentParser) -> None:
        p.add_argument("--year", type=int, help=translate("Cli", "the whole calendar year"))
        p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help=translate("Cli", "first day of the period"))
        p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help=translate("Cli", "last day of the period"))

    p = add("card", translate("Cli", "the registration-control card of a document"))
    p.add_argument("id")
    p = add("register", translate("Cli", "a journal's register for a period"), ("journal",))
    p.add_argument("journal", metavar="JOURNAL", help=translate("Cli", "the journal's code (e.g. IN, OUT, INT, APL)"))
    period(p)
    p = add("control", translate("Cli", "the monthly control report"))
    p.add_argument("--month", metavar="YYYY-MM", help=translate("Cli", "the month (default: this month)"))
    p = add("appeals", translate("Cli", "the citizens' appeals report for a period"))
    p.add_argument("--journal", metavar="JOURNAL", help=translate("Cli", "only this appeals journal (default: all of them)"))
    period(p)
    p = add("inventory", translate("Cli", "the inventory of a year's cases for transfer to the archive"))
    p.add_argument("--year", type=int, help=translate("Cli", "the year of the cases (default: this year)"))
    p = add("stamp", translate("Cli", "a copy of the document's PDF with the registration stamp (the stored files are not changed)"))
    p.add_argument("id")
