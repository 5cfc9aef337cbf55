"""Support operations: audit verification, store check, journals (and their number formats), users."""
from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select

from desktop_app import audit, registry
from desktop_app.audit import AuditVerifyReport
from desktop_app.db.models import FileCase, FileVersion, Journal, User
from desktop_app.errors import InvalidInput, PermissionDenied, SyncError
from desktop_app.i18n import translate
from desktop_app.services.types import CurrentUser, JournalInfo, StoreCheck
from docflow_protocol import ALL_ROLES, JOURNAL_KINDS, Role, format_number, uses_index

log = logging.getLogger(__name__)

#: The case index an example number shows when the year has no file plan yet.
SAMPLE_INDEX = "01-01"


def _info(j: Journal) -> JournalInfo:
    return JournalInfo(j.id, j.code, j.name, j.kind, j.number_format, j.authority)


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
        registry.validate_format(number_format, code)
        with self.ctx.db.write() as s:
            if s.execute(select(Journal).where(Journal.code == code)).scalar_one_or_none():
                raise InvalidInput(translate("Registry", "A journal with code {code} already exists.").format(code=code))
            j = Journal(code=code, name=name or code, kind=kind, number_format=number_format, authority=authority)
            s.add(j)
            s.flush()
            audit.append(s, self.ctx.user.username, "journal.create", None, code=code, format=number_format)
            return _info(j)

    # ------------------------------------------------------------------ number formats
    @staticmethod
    def _journal(s, code: str) -> Journal:  # noqa: ANN001 - Session
        j = s.execute(select(Journal).where(Journal.code == code)).scalar_one_or_none()
        if j is None:
            raise InvalidInput(translate("Register", "There is no journal with code {code}.").format(code=code))
        return j

    @staticmethod
    def _checked(code: str, number_format: str) -> str:
        """``number_format`` trimmed, or a refusal naming the journal and the reason."""
        fmt = (number_format or "").strip()
        reason = registry.format_problem(fmt, code)
        if reason:
            raise InvalidInput(translate("Registry", "Journal {code}: the number format “{fmt}” cannot be used: {reason}.").format(
                code=code, fmt=fmt, reason=reason))
        return fmt

    def number_example(self, code: str, number_format: str, day: dt.date | None = None) -> str:
        """The next number of journal ``code`` were its format ``number_format`` (nothing is taken):
        the running number this desk would give next, today's date, the first case of the year's
        file plan for ``{index}``. A format that cannot number it is refused as in :meth:`set_journal_format`."""
        fmt = self._checked(code, number_format)
        day = day or self.ctx.today()
        with self.ctx.db.read() as s:
            j = self._journal(s, code)
            index = None
            if uses_index(fmt):
                index = s.execute(select(FileCase.case_index).where(FileCase.year == day.year, FileCase.closed.is_(False))
                                  .order_by(FileCase.case_index).limit(1)).scalar() or SAMPLE_INDEX
            return format_number(fmt, j.code, registry.peek_seq(s, j, day.year), day, index)

    def set_journal_format(self, code: str, number_format: str) -> JournalInfo:
        """Change journal ``code``'s number format (administrators). A journal the server numbers is
        changed on the server first (``PUT /v1/journals/{id}/format``), then here; a refused or
        unreachable server changes nothing. Numbers already given keep their text."""
        if not self.ctx.user.has_role(Role.ADMIN.value):
            raise PermissionDenied(translate("Permissions", "{user} may not {action}: {need}").format(
                user=self.ctx.user.username, action=translate("Registry", "change a journal's number format"),
                need=translate("Registry", "only an administrator may.")))
        fmt = self._checked(code, number_format)
        with self.ctx.db.read() as s:
            j = self._journal(s, code)
            if j.number_format == fmt:
                return _info(j)
            server = j.authority == Journal.SERVER
        if server:
            fmt = self._send_format(code, fmt)
        with self.ctx.db.write() as s:
            j = self._journal(s, code)
            before, j.number_format = j.number_format, fmt
            audit.append(s, self.ctx.user.username, "journal.format", None, code=code, before=before, after=fmt,
                         server=server)
            return _info(j)

    def _send_format(self, code: str, fmt: str) -> str:
        """The server's journal ``code`` takes ``fmt``; returns the format as the desk keeps it."""
        from desktop_app.messages import describe_error
        from desktop_app.sync import store
        from desktop_app.sync.mapping import server_format_to_local

        journals = store.journals(self.ctx.db)
        journal_id = next((i for i, j in journals.items() if j.get("code") == code), None)
        if journal_id is None:
            raise InvalidInput(translate("Registry", "Journal {code} is numbered by the server, which has not listed it yet: "
                                                     "synchronise once, then change its format.").format(code=code))
        conn = self.ctx.sync.connection
        try:
            client = conn.client(conn.token())
            try:
                answer = client.put_journal_format(journal_id, fmt)
            finally:
                client.close()
        except SyncError as exc:
            log.warning("journal %s: the server did not take the format %r: %s", code, fmt, exc)
            raise type(exc)(translate("Registry", "Journal {code}: the server did not take the new number format: {reason}").format(
                code=code, reason=describe_error(exc).text), code=exc.code, status=exc.status) from exc
        store.save_journals(self.ctx.db, [{**j, **(answer if i == journal_id else {})} for i, j in journals.items()])
        return server_format_to_local(answer["format"])

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
