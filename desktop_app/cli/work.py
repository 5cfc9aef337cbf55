"""``docflow resolution add | route set|act|show | sign | dispatch | acknowledge`` — the day's work on a document."""
from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import command, dispatch_sentence, open_ctx, parse_date, read_secret, resolve_id, staff_id
from desktop_app.errors import InvalidInput, NotFound
from desktop_app.i18n import translate
from desktop_app.routing.steps import ACTIONS, ACTIVE
from desktop_app.services.types import IdentitySpec, ResolutionInput, StepSpec
from docflow_protocol import ALL_ROLES, ReceiptStatus


@command("resolution")
def cmd_resolution(args: argparse.Namespace) -> Any:
    ctx = open_ctx(args)
    doc_id = resolve_id(ctx, args.id)
    if args.deadline and args.days is not None:
        raise InvalidInput(translate("Cli", "Give either --deadline or --days, not both."))
    return ctx.routing.create_resolution(doc_id, ResolutionInput(
        text=args.text, executor_id=staff_id(ctx, args.executor),
        co_executor_ids=tuple(staff_id(ctx, n) for n in args.co_executor or ()),
        deadline=parse_date(args.deadline), days=args.days, control=not args.no_control))


def parse_step(ctx, text: str) -> StepSpec:  # noqa: ANN001 - AppContext
    """``KIND:WHO[:DAYS]``: WHO is a user name, or ``@ROLE`` for anyone with that role."""
    parts = text.split(":")
    if len(parts) not in (2, 3) or not parts[0] or not parts[1]:
        raise InvalidInput(translate("Cli", "A step is written KIND:WHO or KIND:WHO:DAYS (e.g. sign:head, review:@clerk:3), not {text}.").format(text=text))
    kind, who = parts[0], parts[1]
    days = None
    if len(parts) == 3:
        try:
            days = int(parts[2])
        except ValueError:
            raise InvalidInput(translate("Cli", "The days of the step {text} are not a whole number.").format(text=text)) from None
    if who.startswith("@"):
        if who[1:] not in ALL_ROLES:
            raise InvalidInput(translate("Cli", "There is no role {role}; roles: {roles}.").format(role=who[1:], roles=", ".join(ALL_ROLES)))
        return StepSpec(kind, assignee_role=who[1:], duration_days=days)
    return StepSpec(kind, assignee_user_id=staff_id(ctx, who), duration_days=days)


def my_active_step(ctx, doc_id: str) -> str:  # noqa: ANN001 - AppContext
    """The one active step of the document the current user may act on."""
    me = ctx.user
    steps = [st for st in ctx.routing.timeline(doc_id).steps if st.state == ACTIVE and (
        st.assignee_user_id == me.id or (st.assignee_user_id is None and st.assignee_role in me.roles))]
    if len(steps) != 1:
        raise NotFound(translate("Cli", "{user} has {n} active steps on the document {id}: give the step's id (docflow route show).").format(
            user=me.username, n=len(steps), id=doc_id[:8]))
    return steps[0].id


def _route_sentences(tl) -> str:  # noqa: ANN001 - RouteTimeline
    """``route show`` in sentences: the document, its resolutions, each step (with the id ``route act``
    takes) and its dispatches with their receipts."""
    from desktop_app import locale, states
    from desktop_app.routing import steps as K

    route = {"none": translate("Cli", "it has no route"), "active": translate("Cli", "its route is under way"),
             "completed": translate("Cli", "its route is complete"),
             "returned": translate("Cli", "its route was stopped (declined or returned)")}.get(tl.route_state, tl.route_state)
    lines = [translate("Cli", "Document {doc} “{subject}” is “{status}”; {route}.").format(
        doc=tl.document_id[:8], subject=tl.subject, status=states.status_label(tl.status), route=route)]
    for r in tl.resolutions:
        who = r.executor_name + "".join(", " + n for n in r.co_executor_names)
        due = translate("Cli", ", due {date}").format(date=locale.format_date(r.deadline)) if r.deadline else ""
        lines.append(translate("Cli", "Resolution by {author} for {who}{due}: “{text}”.").format(
            author=r.author_name, who=who, due=due, text=r.text))
    for st in tl.steps:
        who = st.assignee_name or st.assignee_role or "—"
        text = translate("Cli", "Stage {stage}: {kind} by {who} — {state}").format(
            stage=st.stage, kind=K.kind_label(st.kind), who=who, state=K.state_label(st.state))
        if st.action and st.acted_by_name:
            text += translate("Cli", " ({action} by {name})").format(action=K.action_label(st.action), name=st.acted_by_name)
        if st.deadline and st.state in (K.WAITING, K.ACTIVE):
            text += translate("Cli", ", due {date}").format(date=locale.format_date(st.deadline))
        lines.append(text + translate("Cli", "; step {id}.").format(id=st.id))
    lines += [dispatch_sentence(d) for d in tl.dispatches]
    return "\n".join(lines)


@command("route")
def cmd_route(args: argparse.Namespace) -> Any:
    ctx = open_ctx(args)
    if args.action == "act":
        if len(args.id) == 36 and not ctx.documents.match_ids(args.id):
            step_id = args.id  # a step's id
        else:
            step_id = my_active_step(ctx, resolve_id(ctx, args.id))
        return ctx.routing.act(step_id, args.step_action, args.comment or "")
    doc_id = resolve_id(ctx, args.id)
    if args.action == "show":
        tl = ctx.routing.timeline(doc_id)
        return tl if args.json else _route_sentences(tl)
    if args.template:
        return ctx.routing.apply_template(doc_id, args.template)
    if not args.stage:
        raise InvalidInput(translate("Cli", "Give the route's stages (--stage, one per stage) or --template."))
    return ctx.routing.set_route(doc_id, [[parse_step(ctx, p.strip()) for p in st.split(",") if p.strip()] for st in args.stage])


@command("sign")
def cmd_sign(args: argparse.Namespace) -> Any:
    """Sign the document's newest PDF with a PKCS#12 file or a PKCS#11 token key; the passphrase or
    PIN from a prompt or stdin (``--pin-stdin``), never from the command line."""
    ctx = open_ctx(args)
    doc_id = resolve_id(ctx, args.id)
    if bool(args.pkcs12) == bool(args.pkcs11_module or args.token_label or args.key_id):
        raise InvalidInput(translate("Cli", "Name one signing identity: --pkcs12 FILE, or a token key (--token-label, --key-id, --pkcs11-module)."))
    if args.pkcs12:
        spec = IdentitySpec("pkcs12", path=args.pkcs12)
        prompt = translate("Cli", "Passphrase of {file}: ").format(file=args.pkcs12)
    else:
        spec = IdentitySpec("pkcs11", module=args.pkcs11_module or "", token_label=args.token_label or "", key_id=args.key_id or "")
        prompt = translate("Cli", "PIN of the token {label}: ").format(label=args.token_label or "")
    secret = read_secret(prompt, args.pin_stdin)
    identity = ctx.signing.open_identity(spec, secret)
    del secret
    try:
        return ctx.signing.sign_document(doc_id, identity)
    finally:
        close = getattr(identity, "close", None)
        if close is not None:
            close()


@command("dispatch")
def cmd_dispatch(args: argparse.Namespace) -> Any:
    ctx = open_ctx(args)
    return ctx.routing.dispatch(resolve_id(ctx, args.id), args.to, note=args.note or "")


@command("acknowledge")
def cmd_acknowledge(args: argparse.Namespace) -> Any:
    """Tell the sender a received document was registered here (or refused, with the reason)."""
    ctx = open_ctx(args)
    doc_id = resolve_id(ctx, args.id)
    status = (ReceiptStatus.REFUSED if args.refuse is not None else ReceiptStatus.REGISTERED).value
    ctx.routing.acknowledge_received(doc_id, status, reason=args.refuse or "")
    return {"document": doc_id, "status": status}


def add_parsers(sub, common: argparse.ArgumentParser) -> None:  # noqa: ANN001 - argparse's subparsers action
    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, parents=[common])

    sp = add("resolution", translate("Cli", "the head's resolution on a document"))
    actions = sp.add_subparsers(dest="action", required=True)
    r = actions.add_parser("add", parents=[common], help=translate("Cli", "write a resolution: executor, text, deadline"))
    r.add_argument("id")
    r.add_argument("--executor", required=True, help=translate("Cli", "user name of the executor"))
    r.add_argument("--co-executor", action="append", help=translate("Cli", "user name of a co-executor (repeatable)"))
    r.add_argument("--text", required=True)
    r.add_argument("--deadline", help="YYYY-MM-DD")
    r.add_argument("--days", type=int, help=translate("Cli", "deadline in working days from today"))
    r.add_argument("--no-control", action="store_true", help=translate("Cli", "do not put the document on control"))

    sp = add("route", translate("Cli", "a document's route: set it, act on a step, show it"))
    actions = sp.add_subparsers(dest="action", required=True)
    r = actions.add_parser("set", parents=[common], help=translate("Cli", "set the route (replaces the steps not yet acted on)"))
    r.add_argument("id")
    r.add_argument("--stage", action="append", metavar="KIND:WHO[:DAYS],...",
                   help=translate("Cli", "one stage, its parallel steps separated by commas; WHO is a user name or @role (repeatable, in order)"))
    r.add_argument("--template", help=translate("Cli", "use this route template instead"))
    r = actions.add_parser("act", parents=[common], help=translate("Cli", "act on your active step"))
    r.add_argument("id", help=translate("Cli", "the document (your one active step on it) or a step's id"))
    r.add_argument("step_action", metavar="ACTION", choices=ACTIONS)
    r.add_argument("--comment")
    r = actions.add_parser("show", parents=[common], help=translate("Cli", "resolutions, steps and dispatches of a document"))
    r.add_argument("id")

    sp = add("sign", translate("Cli", "sign a document's newest PDF (PAdES)"))
    sp.add_argument("id")
    sp.add_argument("--pkcs12", metavar="FILE", help=translate("Cli", "a PKCS#12 (.p12/.pfx) file"))
    sp.add_argument("--pkcs11-module", help=translate("Cli", "the token's PKCS#11 library (default: the setting pkcs11_module)"))
    sp.add_argument("--token-label")
    sp.add_argument("--key-id", help=translate("Cli", "the key's id on the token (hex)"))
    sp.add_argument("--pin-stdin", action="store_true", help=translate("Cli", "read the PIN or passphrase from standard input"))

    sp = add("dispatch", translate("Cli", "send a registered, signed outgoing document to other institutions"))
    sp.add_argument("id")
    sp.add_argument("--to", action="append", required=True, metavar="CODE", help=translate("Cli", "registry code of a recipient (repeatable)"))
    sp.add_argument("--note")

    sp = add("acknowledge", translate("Cli", "tell the sender a received document was refused (registering it tells them its number)"))
    sp.add_argument("id")
    sp.add_argument("--refuse", metavar="REASON", help=translate("Cli", "refuse it, with this reason"))
