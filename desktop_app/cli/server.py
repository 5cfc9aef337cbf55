"""``docflow login | logout | sync [--once] | setup carry-over | status | conflicts list|resolve`` — the desk
and its server."""
from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any

from desktop_app import labels
from desktop_app.cli.common import CliExit, ExitCode, command, dispatch_sentence, open_ctx, read_secret
from desktop_app.errors import AuthError, InvalidInput, NotFound, SyncError
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
    if result.get("session_only"):
        # No keyring: the token would die with this process, and the next command would not be logged in.
        ctx.sync.logout()
        raise CliExit(ExitCode.LOGIN, translate(
            "Cli", "This computer has no system keyring (such as GNOME Keyring or KWallet) to keep the login in, so the "
                   "command line cannot stay logged in: the login was given back to the server. The window can still "
                   "log in for one session."))
    out = {"server": ctx.sync.server_url, "workstation": ctx.sync.workstation_id, "user": result["user"],
           "institution": result["institution"], "expires_at": result["expires_at"]}
    if args.json:
        return out
    from desktop_app import locale
    from docflow_protocol import parse_instant

    until = parse_instant(result.get("expires_at"))
    return translate("Cli", "Logged in to {server} as {name} ({user}) of {institution}, workstation {ws}; the login "
                            "is valid until {until}.").format(
        server=out["server"], name=result["user"].get("full_name") or result["user"].get("username"),
        user=result["user"].get("username"), institution=(result["institution"] or {}).get("name", ""),
        ws=out["workstation"], until=locale.format_datetime(until) if until else "—")


@command("logout")
def cmd_logout(args: argparse.Namespace) -> Any:
    ctx = open_ctx(args)
    ctx.sync.logout()
    if args.json:
        return {"server": ctx.sync.server_url, "logged_in": False}
    return translate("Cli", "Logged out of {server}: the login is forgotten on this desk.").format(server=ctx.sync.server_url)


@command("sync")
def cmd_sync(args: argparse.Namespace) -> Any:
    """``--once``: one cycle now, then exit (9 if a person must settle something). Without it: keep
    the desk in step until interrupted (Ctrl+C or SIGTERM), printing each change of state."""
    ctx = open_ctx(args)
    if args.once:
        try:
            report = ctx.sync.sync_now()
        except SyncError as exc:
            if exc.code != "carry_over_needed":
                raise
            raise CliExit(ExitCode.ATTENTION, translate(
                "Cli", "Work done before the first login waits: say whose it is with docflow setup carry-over "
                       "(nothing was sent).")) from exc
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

    got: list[int] = []

    def on_signal(signum: int, _frame: Any) -> None:
        got.append(signum)
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, on_signal)
    ctx.events.subscribe(on_event)
    ctx.sync.start()
    try:
        while not stop.wait(0.5):  # a timed wait: the main thread stays responsive to signals
            pass
    finally:
        ctx.sync.stop()
    if signal.SIGINT in got:  # Ctrl+C: the documented 130 (docs/cli.md); SIGTERM is a service's normal stop
        raise KeyboardInterrupt
    return None if not args.json else ctx.sync.status()


# ------------------------------------------------------------------ setup carry-over
@command("setup")
def cmd_setup(args: argparse.Namespace) -> Any:
    """``setup carry-over``: say once whose the work done before the first login was (``ctx.setup``).

    ``--list`` shows the local people, their work and the server's accounts; ``--map LOCAL=SERVER``
    (user names or ids) carries over without a question; with neither, a terminal is asked. The
    roles the work needs and the account lacks are said BEFORE anything changes: a script must add
    ``--despite-missing-roles`` (else exit 5), a person at a terminal is asked to confirm."""
    ctx = open_ctx(args)
    setup = ctx.setup
    if not ctx.settings.get("server_username"):
        raise AuthError(translate("Cli", "Log in first (docflow login): the server's staff list says whose the work can be."),
                        code="not_logged_in")
    waiting = [a for a in setup.local_accounts() if a.documents or a.ops_waiting]
    accounts = setup.server_accounts()
    listing = {"local": waiting, "accounts": accounts}
    if not waiting:
        if args.json:
            return {**listing, "carried": []}
        return translate("Cli", "Nothing to carry over: no work waits from before the first login.")
    if args.list:
        return listing if args.json else _describe_local_work(waiting, accounts, setup.default_mapping())
    if args.map:
        mapping = _parse_mapping(args.map, waiting, accounts)
    elif not args.json and sys.stdin.isatty():
        mapping = _ask_mapping(waiting, accounts, setup.default_mapping())
    else:
        raise CliExit(ExitCode.USAGE, translate(
            "Cli", "Say whose the work is: --map LOCAL=SERVER for each local user (docflow setup carry-over --list shows them)."),
            listing if args.json else _describe_local_work(waiting, accounts, setup.default_mapping()))
    gaps = setup.role_gaps(mapping)
    if gaps and not args.despite_missing_roles:
        warning = "\n".join(g.message for g in gaps)
        if args.map or args.json or not sys.stdin.isatty():
            raise CliExit(ExitCode.PERMISSION, warning + " " + translate(
                "Cli", "Nothing was changed; add --despite-missing-roles to carry the work over anyway."), {"role_gaps": gaps} if args.json else None)
        print(warning, file=sys.stderr)
        if not _yes(translate("Cli", "Carry the work over anyway? [y/N] ")):
            raise CliExit(ExitCode.USAGE, translate("Cli", "Nothing was carried over."))
    results = setup.carry_over(mapping)
    if args.json:
        return {"carried": results, "role_gaps": gaps}
    lines = [translate("Cli", "The work of {local} is now {server}'s: {docs} documents, {ops} changes waiting to be sent.").format(
        local=r.local_username, server=r.server_username, docs=len(r.documents), ops=r.ops_rewritten) for r in results]
    lines.append(translate("Cli", "It is sent with the next synchronisation (docflow sync --once); the audit journal records the change."))
    return "\n".join(lines)


def _describe_local_work(waiting, accounts, default: dict[str, str]) -> str:  # noqa: ANN001 - LocalAccount/ServerAccount lists
    lines = [translate("Cli", "Work done on this computer before the first login:")]
    lines += ["  " + translate("Cli", "{name}: {docs} documents, {ops} changes waiting to be sent").format(
        name=a.username + (f" ({a.display_name})" if a.display_name and a.display_name != a.username else ""),
        docs=a.documents, ops=a.ops_waiting) for a in waiting]
    lines.append(translate("Cli", "Server accounts it can be carried over to:"))
    lines += [f"  {acc.username} — {acc.display_name} ({labels.roles(acc.roles)})" for acc in accounts]
    names = {acc.id: acc.username for acc in accounts}
    example = " ".join(f"--map {a.username}={names.get(default.get(a.id, ''), 'USER')}" for a in waiting)
    lines.append(translate("Cli", "Carry it over with: docflow setup carry-over {maps}").format(maps=example))
    return "\n".join(lines)


def _pick(name: str, choices, what: str):  # noqa: ANN001, ANN202 - LocalAccount or ServerAccount
    found = [c for c in choices if name in (c.username, c.id)]
    if len(found) != 1:
        raise InvalidInput(what.format(name=name))
    return found[0]


def _parse_mapping(pairs: list[str], waiting, accounts) -> dict[str, str]:  # noqa: ANN001
    mapping: dict[str, str] = {}
    for pair in pairs:
        local, sep, server = pair.partition("=")
        if not sep or not local.strip() or not server.strip():
            raise InvalidInput(translate("Cli", "--map {pair}: write it as LOCAL=SERVER (two user names).").format(pair=pair))
        src = _pick(local.strip(), waiting, translate("Cli", "--map: {name} is not a local user with work waiting (see --list)."))
        dst = _pick(server.strip(), accounts, translate("Cli", "--map: {name} is not on the server's staff list (see --list)."))
        mapping[src.id] = dst.id
    return mapping


def _ask_mapping(waiting, accounts, default: dict[str, str]) -> dict[str, str]:  # noqa: ANN001
    """Ask at the terminal, one local user at a time (a number or a user name; Enter takes the default)."""
    print(_describe_local_work(waiting, accounts, default))
    mapping: dict[str, str] = {}
    for a in waiting:
        for i, acc in enumerate(accounts, 1):
            print(f"  {i}. {acc.username} — {acc.display_name}")
        fallback = next((acc for acc in accounts if acc.id == default.get(a.id)), None)
        while a.id not in mapping:
            answer = input(translate("Cli", "Whose was the work of {name}? (number or user name{default}): ").format(
                name=a.username, default=", " + translate("Cli", "Enter: {user}").format(user=fallback.username) if fallback else "")).strip()
            if not answer and fallback is not None:
                mapping[a.id] = fallback.id
            elif answer.isdigit() and 1 <= int(answer) <= len(accounts):
                mapping[a.id] = accounts[int(answer) - 1].id
            else:
                match = [acc for acc in accounts if answer in (acc.username, acc.id)]
                if len(match) == 1:
                    mapping[a.id] = match[0].id
                else:
                    print(translate("Cli", "{answer} is not on the list.").format(answer=answer), file=sys.stderr)
    return mapping


def _yes(prompt: str) -> bool:
    answer = input(prompt).strip().lower()
    return bool(answer) and answer[0] in {"y", translate("Cli", "yes (the answer to a question)")[:1].lower()}


@command("status")
def cmd_status(args: argparse.Namespace) -> Any:
    """The sync state (read from the engine), what waits, and the newest dispatches with their receipts."""
    ctx = open_ctx(args)
    st = ctx.sync.status()
    out: dict[str, Any] = {"state": st.state.value if st.state else None, "sync": st,
                           "server": ctx.sync.server_url, "workstation": ctx.sync.workstation_id,
                           "user": ctx.user.username, "dispatches": ctx.routing.recent_dispatches(args.limit)}
    if args.json:
        return out
    if ctx.sync.server_url:
        lines = [translate("Cli", "This desk works with {server} as {user} (workstation {ws}); synchronisation is “{state}”.").format(
            server=ctx.sync.server_url, user=ctx.user.username, ws=ctx.sync.workstation_id, state=state_label(st.state))]
    else:
        lines = [translate("Cli", "This desk has no server yet (docflow login); it works offline as {user}.").format(
            user=ctx.user.username)]
    if st.ops_waiting or st.conflicts:
        lines.append(translate("Cli", "{ops} changes wait to be sent, and {conflicts} conflicts wait for a person.").format(
            ops=st.ops_waiting, conflicts=st.conflicts))
    else:
        lines.append(translate("Cli", "Nothing waits to be sent, and there is no conflict."))
    if st.ops_others:
        lines.append(translate("Cli", "{n} changes made here by other people wait for their own login.").format(n=st.ops_others))
    if st.last_error:
        lines.append(translate("Cli", "The last problem: {error}").format(error=st.last_error))
    lines += [dispatch_sentence(d) for d in out["dispatches"]]
    return "\n".join(lines)


@command("conflicts")
def cmd_conflicts(args: argparse.Namespace) -> Any:
    ctx = open_ctx(args)
    if args.action == "list":
        found = ctx.sync.conflicts()
        if args.json:
            return found
        if not found:
            return translate("Cli", "There is no conflict with the server.")
        return "\n".join(_conflict_sentence(c) for c in found)
    open_ = ctx.sync.conflicts()
    match = [c.id for c in open_ if c.id.startswith(args.id)]
    if len(match) != 1:
        raise NotFound(translate("Cli", "No single open conflict matches the id {id}.").format(id=args.id))
    merged = {k: v for k, v in (("subject", args.subject), ("summary", args.summary)) if v is not None}
    ctx.sync.resolve_conflict(match[0], args.take, merged or None)
    return {"resolved": match[0], "choice": args.take, "open": len(ctx.sync.conflicts())}


def _conflict_sentence(c) -> str:  # noqa: ANN001 - ConflictInfo
    from desktop_app.messages import code_sentence

    reason = code_sentence(c.error_code) or translate("Cli", "it was changed differently there.")
    return translate("Cli", "Conflict {id} on document {doc} ({what}): the server did not take this desk's change: {reason} "
                            "Settle it with: docflow conflicts resolve {id} --take {choices}").format(
        id=c.id[:8], doc=c.document_id[:8], what=labels.op_type(c.op_type), reason=reason, choices="|".join(c.choices))


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
    sp = add("setup", translate("Cli", "first-run setup from the command line"))
    actions = sp.add_subparsers(dest="action", required=True)
    c = actions.add_parser("carry-over", parents=[common],
                           help=translate("Cli", "say whose the work done before the first login was; it is then sent"))
    c.add_argument("--list", action="store_true", help=translate("Cli", "only show the local work and the server's accounts"))
    c.add_argument("--map", action="append", metavar="LOCAL=SERVER",
                   help=translate("Cli", "carry the work of the local user LOCAL over to the server account SERVER (repeatable)"))
    c.add_argument("--despite-missing-roles", action="store_true",
                   help=translate("Cli", "carry over even when the account lacks roles the work needs (the server refuses those changes)"))
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
