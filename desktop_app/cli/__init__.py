"""The scripting front end: the whole office journey from a shell (docs/cli.md).

``docflow [GLOBAL] COMMAND [ARGS] [GLOBAL]`` — the global options (``--profile``, ``--json``,
``--user``, ``--verbose``) are accepted before or after the command. Commands by group:

- documents (:mod:`.documents`): init, import, separator-sheet, originals, list, show, register, export, search
- work on a document (:mod:`.work`): resolution add, route set|act|show, sign, dispatch, acknowledge
- the server (:mod:`.server`): login, logout, sync [--once], setup carry-over, status, conflicts list|resolve
- support (:mod:`.admin`): audit verify, check, verify FILE, signatures upgrade, self-test, settings get|set|unset
- the office's paper (:mod:`.report`): report card|register|control|appeals|stamp

Each command calls services only. An error prints one translated sentence on stderr (with
``--json`` also ``{"error": {...}}`` on stdout) and exits with the code of
:class:`~desktop_app.cli.common.ExitCode` — the same with or without ``--json``.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from desktop_app.cli import admin, documents, report, server, work
from desktop_app.cli.common import COMMANDS, CliExit, ExitCode, exit_code_of, terminal_log
from desktop_app.errors import DocflowError
from desktop_app.i18n import translate
from desktop_app.services.types import to_plain

log = logging.getLogger(__name__)

__all__ = ["COMMANDS", "ExitCode", "build_parser", "main"]


def _argparse_words(text: str) -> str:
    """argparse's own sentences (``usage:``, "the following arguments are required: ..."), translated."""
    words = {
        "usage: ": translate("Cli", "usage: "),
        "the following arguments are required: %s": translate("Cli", "the following arguments are required: %s"),
        "unrecognized arguments: %s": translate("Cli", "unrecognized arguments: %s"),
        "argument %(argument_name)s: %(message)s": translate("Cli", "argument %(argument_name)s: %(message)s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
        "invalid %(type)s value: %(value)r": translate("Cli", "invalid %(type)s value: %(value)r"),
        "expected one argument": translate("Cli", "expected one argument"),
        "positional arguments": translate("Cli", "positional arguments"),
        "options": translate("Cli", "options"),
        "show this help message and exit": translate("Cli", "show this help message and exit"),
        "ambiguous option: %(option)s could match %(matches)s": translate("Cli", "ambiguous option: %(option)s could match %(matches)s"),
    }
    return words.get(text, text)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kw: Any):
        kw.setdefault("allow_abbrev", False)  # "--password" must not pass for "--password-stdin"
        super().__init__(*args, **kw)

    def parse_args(self, args: Any = None, namespace: Any = None) -> argparse.Namespace:  # noqa: D102
        ns, extra = self.parse_known_args(args, namespace)
        if extra:
            # Name the unknown options but never repeat their values: one may be a password typed by mistake.
            shown = " ".join(a.split("=", 1)[0] if a.startswith("-") else "…" for a in extra)
            self.error(translate("Cli", "unknown arguments: {args} (their values are not repeated here)").format(args=shown))
        return ns

    def error(self, message: str) -> None:  # noqa: D102 - argparse's hook: one translated line, exit 2
        self.print_usage(sys.stderr)
        print(translate("Cli", "docflow: wrong use of the command line: {reason}").format(reason=message), file=sys.stderr)
        raise SystemExit(ExitCode.USAGE)


def _global_options(parser: argparse.ArgumentParser, *, on_command: bool) -> None:
    """The global options. On a command they default to SUPPRESS so a value given before the
    command is not overwritten: ``docflow --json list`` and ``docflow list --json`` are the same."""
    d = {"default": argparse.SUPPRESS} if on_command else {}
    parser.add_argument("--profile", help=translate("Cli", "profile folder (default: the user's data folder)"), **d)
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"), **d)
    parser.add_argument("--user", help=translate("Cli", "act as this user of the profile"), **d)
    parser.add_argument("--verbose", action="store_true",
                        help=translate("Cli", "log everything (DEBUG) to the profile's logs/docflow.log and to the terminal"), **d)


def build_parser() -> argparse.ArgumentParser:
    argparse._ = _argparse_words  # type: ignore[attr-defined] - argparse looks its words up through gettext's ``_``
    p = _Parser(prog="docflow", description=translate("Cli", "Docflow command line"),
                epilog=translate("Cli", "Exit codes: see docs/cli.md (the same with or without --json)."))
    _global_options(p, on_command=False)
    common = _Parser(add_help=False)
    _global_options(common, on_command=True)
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for group in (documents, work, server, admin, report):
        group.add_parsers(sub, common)
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
    elif plain is not None:
        print(plain)


def _emit(args: argparse.Namespace, result: Any) -> None:
    if args.json:
        print(json.dumps(to_plain(result), ensure_ascii=False, indent=2))
    else:
        _print_human(result)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        with terminal_log(False):  # until (unless) a profile's log opens: no last-resort tracebacks on stderr
            return _run(args)
    finally:
        from desktop_app import logs

        logs.shutdown()


def _fail(args: argparse.Namespace, code: int, message: str, kind: str) -> int:
    print(f"docflow: {message}", file=sys.stderr)
    if args.json:
        print(json.dumps({"error": {"code": kind, "message": message, "exit_code": code}}, ensure_ascii=False))
    return code


def _os_reason(exc: OSError) -> str:
    """The common reasons a file cannot be used, in the person's language (the OS's text otherwise)."""
    import errno

    return {
        errno.ENOENT: translate("Cli", "there is no such file or folder"),
        errno.EACCES: translate("Cli", "permission denied"),
        errno.EPERM: translate("Cli", "permission denied"),
        errno.EISDIR: translate("Cli", "it is a folder, not a file"),
        errno.ENOSPC: translate("Cli", "the disk is full"),
    }.get(exc.errno, exc.strerror or type(exc).__name__)


def _run(args: argparse.Namespace) -> int:
    try:
        result = COMMANDS[args.command](args)
    except CliExit as out:
        if out.result is not None:
            _emit(args, out.result)
        if out.message:
            print(f"docflow: {out.message}", file=sys.stderr)
        return out.code
    except DocflowError as exc:
        log.info("command %s refused (%s): %s", args.command, exc.code, exc)
        return _fail(args, exit_code_of(exc), str(exc), exc.code)
    except OSError as exc:
        log.warning("command %s failed", args.command, exc_info=True)
        reason = _os_reason(exc)
        text = translate("Cli", "{path}: {reason}").format(path=exc.filename, reason=reason) if exc.filename else reason
        return _fail(args, ExitCode.USAGE, text, "os_error")
    except KeyboardInterrupt:
        return _fail(args, 130, translate("Cli", "Interrupted."), "interrupted")
    _emit(args, result)
    return ExitCode.OK
