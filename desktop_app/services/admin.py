"""Support operations: audit verification, store check, journals, users."""
from __future__ import annotations

from sqlalchemy import select

from desktop_app import audit, registry
from desktop_app.audit import AuditVerifyReport
from desktop_app.db.models import FileVersion, Journal, User
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from desktop_app.services.types import CurrentUser, JournalInfo, StoreCheck
from docflow_protocol import ALL_ROLES, JOURNAL_KINDS


class AdminService:
    def __init__(self, ctx):  # noqa: ANN001
        self.ctx = ctx

    def verify_audit(self) -> AuditVerifyReport:
        """Walk the hash chain; the report names the first broken link, if any."""
        with self.ctx.db.read() as s:
            return audit.verify(s)

    def check_store(self, remove_orphans: bool = True) -> StoreCheck:
        """Start-up check: database integrity, orphan blobs removed, missing blobs reported."""
        integrity = self.ctx.db.integrity_check()
        with self.ctx.db.read() as s:
            referenced = set(s.execute(select(FileVersion.sha256)).scalars())
        rep = self.ctx.blobs.check(referenced, remove_orphans=remove_orphans)
        return StoreCheck(len(rep.orphans_removed), rep.temp_files_removed, rep.missing, integrity)

    def create_journal(self, code: str, name: str, kind: str, number_format: str, authority: str = "local") -> JournalInfo:
        code = code.strip().upper()
        if not code or len(code) > 32 or not code.replace("-", "").replace("_", "").isalnum():
            raise InvalidInput(translate("Registry", "A journal code must be 1–32 letters, digits, '-' or '_'."))
        if kind not in JOURNAL_KINDS:
            raise InvalidInput(translate("Documents", "Unknown document kind: {kind}").format(kind=kind))
        registry.validate_format(number_format)
        with self.ctx.db.write() as s:
            if s.execute(select(Journal).where(Journal.code == code)).scalar_one_or_none():
                raise InvalidInput(translate("Registry", "A journal with code {code} already exists.").format(code=code))
            j = Journal(code=code, name=name or code, kind=kind, number_format=number_format, authority=authority)
            s.add(j)
            s.flush()
            audit.append(s, self.ctx.user.username, "journal.create", None, code=code, format=number_format)
            return JournalInfo(j.id, j.code, j.name, j.kind, j.number_format, j.authority)

    def users(self) -> list[CurrentUser]:
        with self.ctx.db.read() as s:
            return [CurrentUser(u.id, u.username, u.display_name, frozenset(r for r in u.roles.split(",") if r), u.institution_id)
                    for u in s.execute(select(User).where(User.active.is_(True)).order_by(User.display_name)).scalars()]

    def add_user(self, username: str, display_name: str, roles: list[str]) -> CurrentUser:
        bad = set(roles) - ALL_ROLES
        if bad:
            raise InvalidInput(translate("Users", "Unknown roles: {roles}").format(roles=", ".join(sorted(bad))))
        with self.ctx.db.write() as s:
            if s.execute(select(User).where(User.username == username)).scalar_one_or_none():
                raise InvalidInput(translate("Users", "A user named {name} already exists.").format(name=username))
            u = User(username=username, display_name=display_name or username, roles=",".join(roles),
                     institution_id=self.ctx.user.institution_id)
            s.add(u)
            s.flush()
            audit.append(s, self.ctx.user.username, "user.add", None, username=username, roles=roles)
            return CurrentUser(u.id, u.username, u.display_name, frozenset(roles), u.institution_id)
