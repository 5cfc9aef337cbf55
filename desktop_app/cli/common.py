"""What every command group of the CLI shares: the command registry, the exit codes, opening the
profile, reading a secret, and turning a short id into a document.

The exit codes are part of the CLI's contract (docs/cli.md): the same with or without ``--json``.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import logging
import sys
from collections.abc import Callable, Iterator
from enum import IntEnum
from typing import Any

from desktop_app import errors
from desktop_app.i18n import translate
from docflow_protocol import parse_date as parse_iso_date

COMMANDS: dict[str, Callable[[argparse.Namespace], Any]] = {}


def command(name: str):  # noqa: ANN201
    """Register ``fn(args)`` as the handler of ``docflow NAME`` (a group handler picks its action)."""
    def deco(fn):  # noqa: ANN001, ANN202
        COMMANDS[name] = fn
        return fn
    return deco


class ExitCode(IntEnum):
    """``docflow``'s exit status (docs/cli.md). Identical with or without ``--json``."""

    OK = 0
    PROBLEM = 1          # verify: a signature is invalid or the file unreadable; self-test: a check failed
    USAGE = 2            # wrong arguments, bad input, no such document, a step the rules do not allow
    DAMAGED = 3          # audit/check found damage; verify: a signature cannot be judged (indeterminate)
    UNSIGNED = 4         # verify: the file has no signature
    PERMISSION = 5       # the current user's roles do not allow the action
    LOGIN = 6            # not logged in, the password or token refused, or no keyring to keep the login in
    OFFLINE = 7          # the server cannot be reached now (or asks to wait): try again later
    SERVER_REFUSED = 8   # the server refused the request, its answer was unusable, or its certificate untrusted
    ATTENTION = 9        # sync went through, but a conflict or a refused operation waits for a person
    SIGNING = 10         # the signing identity, PIN or certificate cannot be used


def exit_code_of(exc: errors.DocflowError) -> ExitCode:
    """The exit status for a core error (most specific class first)."""
    for cls, code in (
        (errors.PermissionDenied, ExitCode.PERMISSION),
        (errors.CredentialError, ExitCode.LOGIN),
        (errors.AuthError, ExitCode.LOGIN),
        (errors.TransientError, ExitCode.OFFLINE),
        (errors.SyncError, ExitCode.SERVER_REFUSED),
        (errors.SigningError, ExitCode.SIGNING),
    ):
        if isinstance(exc, cls):
            return code
    return ExitCode.USAGE


class CliExit(Exception):
    """A command's outcome that is not plain success: the result to print (may be None), the
    sentence for stderr (may be ""), and the exit status."""

    def __init__(self, code: ExitCode | int, message: str = "", result: Any = None):
        super().__init__(message)
        self.code = int(code)
        self.message = message
        self.result = result


def open_ctx(args: argparse.Namespace):  # noqa: ANN201 - AppContext
    """Open (creating on first use) the profile named by ``--profile`` (default: the user's)."""
    from desktop_app import logs
    from desktop_app.config import Profile
    from desktop_app.services.context import AppContext

    logs.setup(Profile.at(args.profile).logs_dir, verbose=args.verbose)
    return AppContext.open(args.profile, username=args.user)


@contextlib.contextmanager
def terminal_log(verbose: bool) -> Iterator[None]:
    """Logging for a command that opens no profile: to the terminal with ``--verbose``, else nowhere
    (not Python's last-resort handler, which would print warnings and tracebacks beside the sentence)."""
    root = logging.getLogger()
    handler: logging.Handler = logging.StreamHandler(sys.stderr) if verbose else logging.NullHandler()
    level = root.level
    root.addHandler(handler)
    if verbose:
        root.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def parse_date(s: str | None) -> dt.date | None:
    if not s:
        return None
    day = parse_iso_date(s)  # the protocol's one strict reading (YYYY-MM-DD, nothing else)
    if day is None:
        raise errors.InvalidInput(translate("Cli", "Not a date (use YYYY-MM-DD): {value}").format(value=s))
    return day


def read_secret(prompt: str, from_stdin: bool) -> str:
    """A password or PIN: one line of stdin (``--password-stdin``/``--pin-stdin``) or a prompt on the
    terminal (never echoed). Never taken from the command line, where other users' ``ps`` sees it."""
    if from_stdin:
        line = sys.stdin.readline()
        secret = line.rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise errors.InvalidInput(translate(
                "Cli", "No terminal to ask for the secret: pass it on standard input with --password-stdin or --pin-stdin."))
        try:
            secret = getpass.getpass(prompt)
        except EOFError:
            secret = ""
    if not secret:
        raise errors.InvalidInput(translate("Cli", "The secret is empty: nothing was read."))
    return secret


def resolve_id(ctx, ident: str) -> str:  # noqa: ANN001 - AppContext
    """Accept a document's full id or a unique prefix of at least 6 characters."""
    page = ctx.documents.match_ids(ident)
    if len(ident) < 6 or len(page) != 1:
        raise errors.NotFound(translate("Cli", "No single document matches the id {id}.").format(id=ident))
    return page[0]


def staff_id(ctx, name: str) -> str:  # noqa: ANN001 - AppContext
    """A person of the staff list by user name (or id)."""
    for p in ctx.routing.staff():
        if name in (p.username, p.id):
            return p.id
    raise errors.NotFound(translate("Cli", "There is no user {name} on the staff list.").format(name=name))


def dispatch_sentence(d) -> str:  # noqa: ANN001 - DispatchInfo
    """A dispatch and its receipt in a sentence (``status`` and ``route show``)."""
    from desktop_app import labels

    to = d.recipient_name or d.recipient_code
    if d.recipient_number:
        return translate("Cli", "Document {doc} was sent to {to}: {state}, their number {number}.").format(
            doc=d.document_id[:8], to=to, state=labels.receipt_status(d.state), number=d.recipient_number)
    return translate("Cli", "Document {doc} was sent to {to}: {state}.").format(
        doc=d.document_id[:8], to=to, state=labels.receipt_status(d.state))
