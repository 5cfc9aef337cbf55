"""``docflow audit verify | check | verify FILE | signatures upgrade | self-test | settings get|set|unset``."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop_app.cli.common import CliExit, ExitCode, command, open_ctx, terminal_log
from desktop_app.i18n import translate


@command("audit")
def cmd_audit(args: argparse.Namespace) -> Any:
    rep = open_ctx(args).admin.verify_audit()
    if not rep.ok:
        raise CliExit(ExitCode.DAMAGED, translate("Cli", "Audit journal is broken at event {seq}: {reason}").format(
            seq=rep.first_broken_seq, reason=rep.reason), rep)
    return rep


@command("check")
def cmd_check(args: argparse.Namespace) -> Any:
    rep = open_ctx(args).admin.check_store()
    if rep.missing or rep.integrity != "ok":
        raise CliExit(ExitCode.DAMAGED, translate("Cli", "The store has problems: {n} missing files; integrity: {integrity}").format(
            n=len(rep.missing), integrity=rep.integrity), rep)
    return rep


# The exit status of ``docflow verify`` by the report's verdict.
VERIFY_EXIT = {"valid": ExitCode.OK, "invalid": ExitCode.PROBLEM, "unreadable": ExitCode.PROBLEM,
               "indeterminate": ExitCode.DAMAGED, "unsigned": ExitCode.UNSIGNED}


@command("verify")
def cmd_verify(args: argparse.Namespace) -> Any:
    """Check a PDF's signatures. Opens a profile only when ``--profile`` names one (for its trust
    bundle); ``--trust CA.pem`` gives the roots directly."""
    from desktop_app.services.signing import read_trust_bundle, verify_file

    if args.profile:
        ctx = open_ctx(args)
        trust = read_trust_bundle(args.trust) if args.trust else ctx.signing.trust_roots()
        rep = verify_file(args.file, trust, allow_fetching=args.online)
    else:
        with terminal_log(args.verbose):  # no profile, no log file: nothing is written anywhere
            trust = read_trust_bundle(args.trust) if args.trust else None
            rep = verify_file(args.file, trust, allow_fetching=args.online)
    out = rep.to_dict() if args.json else rep.to_text()
    code = VERIFY_EXIT.get(rep.verdict, ExitCode.PROBLEM)
    if code:
        raise CliExit(code, result=out)
    return out


@command("signatures")
def cmd_signatures(args: argparse.Namespace) -> Any:
    run = open_ctx(args).signing.upgrade_due(force=args.force)
    rows = [{"document": r.document_id, "state": r.state, "level": r.level, "message": r.message} for r in run.results]
    if args.json:
        return rows
    # In words: what was tried and where each document stands (an empty run says so, too).
    if not rows:
        return translate("Cli", "No signature waits to be completed (nothing was tried).")
    lines = [f"{r.document_id[:8]}  {r.label}" + (f" — {r.message}" if r.message else "") for r in run.results]
    lines.append(translate("Cli", "{n} documents tried.").format(n=len(rows)))
    return "\n".join(lines)


@command("self-test")
def cmd_self_test(args: argparse.Namespace) -> Any:
    from desktop_app import i18n, selftest

    i18n.set_language(selftest.pick_language(args.lang))
    progress = None if args.json else (lambda title: print(translate("Cli", "checking: {what}").format(what=title),
                                                            file=sys.stderr, flush=True))
    report = selftest.run(progress=progress)
    out = report.to_dict() if args.json else report.to_text()
    if not report.ok:
        raise CliExit(report.exit_code, result=out)
    return out


@command("settings")
def cmd_settings(args: argparse.Namespace) -> Any:
    svc = open_ctx(args).settings_admin
    if args.action == "get":
        values = svc.get(args.key)
    elif args.action == "unset":
        values = svc.unset(args.key)
    else:
        values = svc.set(args.key, args.value)
    if args.json:
        return values
    return "\n".join(_setting_sentence(args.action, k, v) for k, v in values.items())


def _setting_value(value: Any) -> str:
    if isinstance(value, bool):
        return translate("Cli", "on") if value else translate("Cli", "off")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _setting_sentence(action: str, key: str, value: Any) -> str:
    """One setting in a sentence (the key stays as ``settings set`` takes it)."""
    if value in (None, "", [], {}):
        if action == "get":
            return translate("Cli", "{key} is not set.").format(key=key)
        return translate("Cli", "{key} is now not set (the default).").format(key=key)
    shown = _setting_value(value)
    if action == "get":
        return translate("Cli", "{key} is {value}.").format(key=key, value=shown)
    if action == "unset":
        return translate("Cli", "{key} is back to its default, {value}.").format(key=key, value=shown)
    return translate("Cli", "{key} is now {value}.").format(key=key, value=shown)


def add_parsers(sub, common: argparse.ArgumentParser) -> None:  # noqa: ANN001 - argparse's subparsers action
    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, parents=[common])

    sp = add("audit", translate("Cli", "verify the audit journal"))
    sp.add_argument("action", choices=["verify"])
    add("check", translate("Cli", "check the store (integrity, orphan and missing files)"))
    sp = add("verify", translate("Cli", "check every signature in a PDF file (opens no profile unless --profile is given)"))
    sp.add_argument("file")
    sp.add_argument("--online", action="store_true", help=translate("Cli", "fetch revocation data (OCSP/CRL)"))
    sp.add_argument("--trust", metavar="CA.pem", help=translate("Cli", "trust the certificates in this PEM file"))
    sp = add("signatures", translate("Cli", "complete waiting signatures (timestamp, validation data)"))
    sp.add_argument("action", choices=["upgrade"])
    sp.add_argument("--force", action="store_true", help=translate("Cli", "ignore the retry schedule"))
    sp = add("self-test", translate("Cli", "check this installation in a temporary profile (exit 0 ok, 1 a problem)"))
    sp.add_argument("--lang", choices=["az", "ru", "en"], help=translate("Cli", "language of the report"))
    sp = add("settings", translate("Cli", "read or change this profile's settings (trust bundle, timestamping, ...)"))
    actions = sp.add_subparsers(dest="action", required=True)
    g = actions.add_parser("get", parents=[common], help=translate("Cli", "show every setting, or one"))
    g.add_argument("key", nargs="?")
    s = actions.add_parser("set", parents=[common], help=translate("Cli", "check and save one setting"))
    s.add_argument("key")
    s.add_argument("value")
    u = actions.add_parser("unset", parents=[common], help=translate("Cli", "put one setting back to its default"))
    u.add_argument("key")
