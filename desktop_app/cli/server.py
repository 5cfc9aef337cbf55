"""``docflow login | logout | sync [--once] | status | conflicts list|resolve`` — the desk and its server."""
from __future__ import annotations

import argparse
import json
import signal
import threading
from typing import Any

from desktop_app import labels
from desktop_app.cli.common import CliExit, ExitCode, command, open_ctx, read_secret
from desktop_app.errors import NotFound
from desktop_app.i18n import translate
from desktop_app.services.types import SyncState
from desktop_app.services.types.sync import CONFLICT_CHOICES


def state_label(state: SyncState | None) -> str:
    """The sync state in the words every indicator uses (desktop_app.sync.status.state_words)."""
    if state is None:
        return translate("SyncState", "no server set")
    from desktop_app.sync.status import state_words  # the sync engine (SQLAlchemy) only for a command that uses it

    return state_words(state)


@command("login")
def cmd_login(args: argparse.Namespace) -> Any:
    """Save the server and this desk's workstation id, then log in (the token goes to the keyring).
    The password comes from a prompt or one line of stdin, never from the command line."""
    ctx = open_ctx(args)
    password = read_secret(translate("Cli", "Password for {user} at {server}: ").format(user=args.username, server=args.server_url),
                           args.password_stdin)
    before = {k: ctx.settings.get(k) for k in ("server_url", "server_workstation_id", "server_ca_bundle", "server_cert_sha256")}
    ctx.sync.configure(args.server_url, args.workstation, ca_bundle=args.ca_bundle or "", pinned_sha256=args.pin_sha256 or "")
    try:
        result = ctx.sync.login(args.username, password)
    except BaseException:
        for k, v in before.items():  # a refused login leaves the desk as it was
            ctx.settings.set(k, v)
        raise
    finally:
        del password
    return {"server": ctx.sync.server_url, "workstation": ctx.sync.workstation_id, "user": result["user"],
            "institution": result["institution"], "expires_at": result["expires_at"]}


@command("logout")
def cmd_logout(args: argparse.Namespace) -> Any:
    ctx = open_ctx(args)
    ctx.sync.logout()
    return {"server": ctx.sync.server_url, "logged_in": False}


@command("sync")
def cmd_sync(args: argparse.Namespace) -> Any:
    """``--once``: one cycle now, then exit (9 if a person must settle something). Without it: keep
    the desk in step until interrupted (Ctrl+C or SIGTERM), printing each change of state."""
    ctx = open_ctx(args)
    if args.once:
        report = ctx.sync.sync_now()
        status = ctx.sync.status()
        out = {"report": report, "status": status}
        if status.state == SyncState.NEEDS_ATTENTION:
            raise CliExit(ExitCode.ATTENTION, translate(
                "Cli", "Synchronised, but {conflicts} conflict(s) and the refused changes wait for a person: see docflow conflicts list.").format(
                    conflicts=status.conflicts), out)
        return out
    return _sync_forever(ctx, args)


def _sync_forever(ctx, args: argparse.Namespace) -> Any:  # noqa: ANN001 - AppContext
    from desktop_app.events import SyncStatusChanged
    from desktop_app.services.types import to_plain

    stop = threading.Event()
    last: list[Any] = [None]

    def on_event(event: Any) -> None:
        if isinstance(event, SyncStatusChanged) and event.status.state != last[0]:
            last[0] = event.status.state
            line = json.dumps(to_plain(event.status), ensure_ascii=False) if args.json else state_label(event.status.state)
            print(line, flush=True)

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    ctx.events.subscribe(on_event)
    ctx.sync.start()
    try:
        stop.wait()
    finally:
        ctx.sync.stop()
    return ctx.sync.status()


@command("status")
def cmd_status(args: argparse.Namespace) -> Any:
    """The sync state (read from the engine), what waits, and the newest dispatches with their receipts."""
    ctx = open_ctx(args)
    st = ctx.sync.status()
    out: dict[str, Any] = {"state": st.state.value if st.state else None, "sync": st,
                           "server": ctx.sync.server_url, "workstation": ctx.sync.workstation_id,
                           "user": ctx.user.username, "dispatches": ctx.routing.recent_dispatches(args.limit)}
    if not args.json:
        print(translate("Cli", "sync: {state}").format(state=state_label(st.state)))
        print(translate("Cli", "waiting to be sent: {ops}; conflicts: {conflicts}").format(ops=st.ops_waiting, conflicts=st.conflicts))
        if st.last_error:
            print(translate("Cli", "last problem: {error}").format(error=st.last_error))
        for d in out["dispatches"]:
            print(translate("Cli", "sent {doc} to {to}: {state} {number}").format(
                doc=d.document_id[:8], to=d.recipient_name or d.recipient_code, state=labels.receipt_status(d.state),
                number=d.recipient_number).rstrip())
        return None
    return out


@command("conflicts")
def cmd_conflicts(args: argparse.Namespace) -> Any:
    ctx = open_ctx(args)
    if args.action == "list":
        return ctx.sync.conflicts()
    open_ = ctx.sync.conflicts()
    match = [c.id for c in open_ if c.id.startswith(args.id)]
    if len(match) != 1:
        raise NotFound(translate("Cli", "No single open conflict matches the id {id}.").format(id=args.id))
    merged = {k: v for k, v in (("subject", args.subject), ("summary", args.summary)) if v is not None}
    ctx.sync.resolve_conflict(match[0], args.take, merged or None)
    return {"resolved": match[0], "choice": args.take, "open": len(ctx.sync.conflicts())}


def add_parsers(sub, common: argparse.ArgumentParser) -> None:  # noqa: ANN001 - argparse's subparsers action
    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, parents=[common])

    sp = add("login", translate("Cli", "connect this desk to a circulation server and log in"))
    sp.add_argument("server_url", metavar="SERVER_URL")
    sp.add_argument("--workstation", required=True, help=translate("Cli", "this desk's workstation id on the server"))
    sp.add_argument("--username", required=True)
    sp.add_argument("--password-stdin", action="store_true", help=translate("Cli", "read the password from standard input"))
    sp.add_argument("--ca-bundle", help=translate("Cli", "trust the server's certificate from this PEM file"))
    sp.add_argument("--pin-sha256", help=translate("Cli", "accept only the server certificate with this SHA-256 fingerprint"))
    add("logout", translate("Cli", "log out and forget the token on this desk"))
    sp = add("sync", translate("Cli", "synchronise with the server (until interrupted, or --once)"))
    sp.add_argument("--once", action="store_true", help=translate("Cli", "one cycle, then exit"))
    sp = add("status", translate("Cli", "the sync state, what is waiting, and the newest dispatches"))
    sp.add_argument("--limit", type=int, default=20, help=translate("Cli", "how many dispatches to show"))
    sp = add("conflicts", translate("Cli", "list or settle conflicts with the server"))
    actions = sp.add_subparsers(dest="action", required=True)
    actions.add_parser("list", parents=[common], help=translate("Cli", "open conflicts, oldest first"))
    r = actions.add_parser("resolve", parents=[common], help=translate("Cli", "settle one conflict"))
    r.add_argument("id")
    r.add_argument("--take", required=True, choices=CONFLICT_CHOICES)
    r.add_argument("--subject", help=translate("Cli", "the merged subject (with --take merge)"))
    r.add_argument("--summary", help=translate("Cli", "the merged summary (with --take merge)"))
