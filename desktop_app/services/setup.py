"""First-run setup (``ctx.setup``): where it stands, and carrying over work done before the first login.

A new profile can be used at once, offline: it makes a *local* user for this computer (recorded in
the settings as ``local_user_ids``) so that documents can be imported, registered and resolved
before any server is known. The institution, the staff list, the journals and everyone's roles come
from the server on the first login (``desktop_app/sync/connection.py``). Then the work done as the
local user must not turn into conflicts that exist only because of the setup order
(``unknown_user``: the server never heard of the local user; ``forbidden_role``: the local user
had every role): the person names, once, the server account that local user was
(:meth:`SetupService.carry_over`). Every record and every change not yet sent is re-pointed to
that account, the re-attribution is written to the audit journal (``setup.user_mapped`` and one
``document.reattributed`` per document), and the sync engine sends them. Until then the engine
holds the push back (:meth:`SetupService.carry_over_needed`).
"""
from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import func, select

from desktop_app import audit, labels
from desktop_app.db.models import Document, Institution, Journal, OutboxOp, Resolution, User
from desktop_app.errors import IntakeError, InvalidInput
from desktop_app.events import Change
from desktop_app.i18n import translate
from desktop_app.routing import directory
from desktop_app.services.types import (
    CarryOver, IdentityCheck, IdentitySpec, LocalAccount, OfficeSummary, RoleGap, ScanCheck, ServerAccount, SetupState,
)

log = logging.getLogger(__name__)

#: Settings keys (no secrets).
SETUP_DONE = "setup_done"
LOCAL_USER_IDS = "local_user_ids"


class SetupService:
    """The first-run wizard's service (no Qt)."""

    def __init__(self, ctx):  # noqa: ANN001 - AppContext
        self.ctx = ctx

    # ----------------------------------------------------------------- state
    def state(self) -> SetupState:
        s = self.ctx.settings
        return SetupState(done=bool(s.get(SETUP_DONE)),
                          server_configured=bool(s.get("server_url") and s.get("server_workstation_id")),
                          logged_in_once=bool(s.get("server_username")),
                          carry_over_needed=self.carry_over_needed())

    def first_run(self) -> bool:
        """True until the wizard was finished or skipped once."""
        return not self.ctx.settings.get(SETUP_DONE)

    def mark_done(self) -> None:
        self.ctx.settings.set(SETUP_DONE, True)

    # ------------------------------------------------------------ carry-over
    def _local_ids(self) -> list[str]:
        return list(self.ctx.settings.get(LOCAL_USER_IDS) or [])

    def local_accounts(self) -> list[LocalAccount]:
        """Local users (made before the first login) that still exist, with the work done as them."""
        ids = self._local_ids()
        if not ids:
            return []
        out = []
        with self.ctx.db.read() as s:
            for u in s.execute(select(User).where(User.id.in_(ids)).order_by(User.username)).scalars():
                docs = set(s.execute(select(Document.id).where(Document.author_id == u.id)).scalars())
                docs |= set(s.execute(select(Resolution.document_id).where(
                    (Resolution.author_id == u.id) | (Resolution.executor_id == u.id))).scalars())
                ops = sum(1 for p in s.execute(select(OutboxOp.payload).where(
                    OutboxOp.state.in_(directory.UNSENT_OP_STATES))).scalars() if _names(p, u.id))
                out.append(LocalAccount(u.id, u.username, u.display_name, len(docs), ops))
        return out

    def server_accounts(self) -> list[ServerAccount]:
        """The server's staff list (active users that are not local ones), by user name."""
        local = set(self._local_ids())
        with self.ctx.db.read() as s:
            rows = s.execute(select(User).where(User.active.is_(True)).order_by(User.username)).scalars().all()
            return [ServerAccount(u.id, u.username, u.display_name, tuple(r for r in u.roles.split(",") if r))
                    for u in rows if u.id not in local]

    def carry_over_needed(self) -> bool:
        """True when a staff list came from the server and local users still hold work."""
        if not self.ctx.settings.get("server_username") or not self._local_ids():
            return False
        with self.ctx.db.read() as s:
            if not s.execute(select(func.count()).select_from(User).where(User.id.not_in(self._local_ids()),
                                                                          User.active.is_(True))).scalar():
                return False  # no staff list yet
        return any(a.documents or a.ops_waiting for a in self.local_accounts())

    def default_mapping(self) -> dict[str, str]:
        """Each local user to the account logged in on this desk (what the wizard proposes)."""
        me = self.ctx.settings.get("server_username") or ""
        target = next((a for a in self.server_accounts() if a.username == me), None)
        return {a.id: target.id for a in self.local_accounts()} if target else {}

    def role_gaps(self, mapping: dict[str, str]) -> list[RoleGap]:
        """What the server would refuse after this carry-over, said BEFORE it is done.

        The local user had every role; the server account may not. For each mapping, the changes
        waiting to be sent that name the local user (all of them when there is one local user: the
        work before the first login was theirs) are checked against the account's roles with the
        protocol's own table (``docflow_protocol.OP_ROLES``, what the server checks). A route step
        is left out: the server allows it to the step's assignee whatever their role.
        """
        from docflow_protocol import OP_ROLES, OpType

        local = {a.id: a for a in self.local_accounts()}
        accounts = {a.id: a for a in self.server_accounts()}
        single = len(local) == 1
        gaps: list[RoleGap] = []
        with self.ctx.db.read() as s:
            waiting = [(op.op_type, op.payload) for op in s.execute(
                select(OutboxOp).where(OutboxOp.state.in_(directory.UNSENT_OP_STATES)).order_by(OutboxOp.seq)).scalars()]
        for old, new in mapping.items():
            src, dst = local.get(old), accounts.get(new)
            if src is None or dst is None:
                continue  # carry_over() names the wrong choice
            refused: dict[str, int] = {}
            needed: set[str] = set()
            for op_type, payload in waiting:
                allowed = OP_ROLES.get(op_type)
                if allowed is None or op_type == OpType.ROUTE_STEP_ACT.value or set(dst.roles) & allowed:
                    continue
                if single or _names(payload, old):
                    refused[op_type] = refused.get(op_type, 0) + 1
                    needed |= allowed
            if not refused:
                continue
            changes = tuple(refused.items())  # in the order they were made
            what = ", ".join(f"{labels.op_type(t)} ({n})" for t, n in changes)
            message = translate(
                "Setup", "{account} ({username}) does not have the role {roles} that the work done as {local} needs: "
                         "{changes}. The server will refuse these changes. Choose an account with that role, or ask "
                         "the administrator to give it to {username} first.").format(
                account=dst.display_name or dst.username, username=dst.username,
                roles=translate("Setup", " or ").join(labels.role(r) for r in _role_order(needed)),
                local=src.display_name or src.username, changes=what)
            gaps.append(RoleGap(src.username, dst.username, dst.display_name, tuple(_role_order(needed)), changes, message))
        return gaps

    def carry_over(self, mapping: dict[str, str], initiator: Any = None) -> list[CarryOver]:
        """Re-attribute the work of each local user to the server account the person chose.

        Args:
            mapping: local user id → server user id (from :meth:`local_accounts` / :meth:`server_accounts`).
        """
        local = set(self._local_ids())
        results: list[CarryOver] = []
        touched: set[str] = set()
        with self.ctx.db.write() as s:
            for old, new in mapping.items():
                src, dst = s.get(User, old), s.get(User, new)
                if src is None or old not in local:
                    raise InvalidInput(translate("Setup", "The local user to carry over no longer exists."))
                if dst is None or new in local or not dst.active:
                    raise InvalidInput(translate("Setup", "Choose an account from the server's staff list for {name}.").format(
                        name=src.display_name or src.username))
                docs, ops = directory.repoint_user(s, old, new)
                src_name, dst_name = src.username, dst.username
                s.delete(src)
                s.flush()
                actor = self.ctx.settings.get("server_username") or dst_name
                audit.append(s, actor, "setup.user_mapped", None, local_user=src_name, server_user=dst_name,
                             documents=len(docs), ops=ops)
                for doc_id in sorted(docs):
                    if s.get(Document, doc_id) is not None:
                        audit.append(s, actor, "document.reattributed", doc_id, local_user=src_name, server_user=dst_name)
                results.append(CarryOver(src_name, dst_name, tuple(sorted(docs)), ops))
                touched |= docs
                log.info("carried over %s -> %s: %d documents, %d changes not yet sent", src_name, dst_name, len(docs), ops)
        self.ctx.settings.set(LOCAL_USER_IDS, [i for i in self._local_ids() if i not in mapping])
        self.ctx.reload_user()
        self.ctx.events.publish(Change(frozenset(touched), frozenset({"setup"}), initiator))
        if "sync" in vars(self.ctx):
            self.ctx.sync.trigger()  # the held-back changes go now
        return results


    # --------------------------------------------------------------- summary
    def office(self) -> OfficeSummary:
        """The institution, the person, the staff list and journals as this desk has them."""
        me = self.ctx.user
        with self.ctx.db.read() as s:
            inst = s.execute(select(Institution.name, Institution.registry_code).where(Institution.is_own.is_(True))).first()
            staff = s.execute(select(func.count()).select_from(User).where(User.active.is_(True))).scalar() or 0
            journals = tuple(f"{j.code} — {labels.journal_name(j.code, j.name, j.kind)}"  # never a bare code
                             for j in s.execute(select(Journal).order_by(Journal.code)).scalars())
        from_server = bool(self.ctx.settings.get("server_username"))
        signing = self.ctx.signing
        return OfficeSummary(inst.name if inst and from_server else translate("Setup", "Not known yet (log in to the server)"),
                             inst.registry_code if inst and from_server else "", from_server, me.username,
                             me.display_name, tuple(sorted(me.roles)), int(staff), journals,
                             bool(signing.trust_roots_configured()), signing.tsa_url())

    # ----------------------------------------------------------------- checks
    def test_scan(self, device_id: str) -> ScanCheck:
        """Scan one page at a low resolution from ``device_id`` and keep nothing (the scanner works)."""
        from desktop_app.intake.scanner import ScanMode, ScanOptions

        result = self.ctx.intake.scan(device_id, ScanOptions(mode=ScanMode.GREY, resolution=75, max_pages=1))
        if not result.ok or not result.pages:
            raise IntakeError(result.error or translate("Setup", "The scanner sent no page."))
        page = result.pages[0]
        return ScanCheck(len(result.pages), page.image.width, page.image.height, page.dpi)

    def check_identity(self, spec: IdentitySpec, secret: str | None) -> IdentityCheck:
        """Open the identity with its PIN or passphrase and read its certificate -- nothing is signed.
        A wrong PIN raises the same error as at signing time (with the tries left, where the token says)."""
        import datetime as dt

        from desktop_app import locale

        ident = self.ctx.signing.open_identity(spec, secret)
        try:
            cert = ident.certificate
            subject, issuer = _who(cert.subject.native), _who(cert.issuer.native)
            start, end = cert["tbs_certificate"]["validity"]["not_before"].native, cert["tbs_certificate"]["validity"]["not_after"].native
        finally:
            ident.close()
        now = dt.datetime.now(dt.timezone.utc)
        return IdentityCheck(subject, issuer, locale.format_date(start.date()), locale.format_date(end.date()), end < now)


def _who(name: dict) -> str:
    """A certificate name as people say it: "Rəşad Əliyev (Docflow test PKI)" (no attribute labels)."""
    cn, org = str(name.get("common_name") or ""), str(name.get("organization_name") or "")
    if cn and org and org != cn:
        return f"{cn} ({org})"
    return cn or org or str(name.get("serial_number") or "")


def _role_order(roles: set[str]) -> list[str]:
    """The roles a person would ask for first: head, clerk, executor, then administrator."""
    from docflow_protocol import Role

    order = [Role.HEAD.value, Role.CLERK.value, Role.EXECUTOR.value, Role.ADMIN.value]
    return sorted(roles, key=lambda r: (order.index(r) if r in order else len(order), r))


def _names(value: Any, user_id: str) -> bool:
    if value == user_id:
        return True
    if isinstance(value, list):
        return any(_names(v, user_id) for v in value)
    if isinstance(value, dict):
        return any(_names(v, user_id) for v in value.values())
    return False
