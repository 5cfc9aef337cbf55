"""The staff list and the institution directory, cached offline from the server's directory.

``replace_cache`` takes the shapes of ``GET /v1/users`` and ``GET /v1/institutions``
(docs/protocol.md §4). A local user whose id differs from the server's (the first-run user
made before any sync) is re-keyed to the server id everywhere it is referenced.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from desktop_app.db.models import Dispatch, Document, Institution, OutboxOp, Registration, Resolution, RouteStep, User
from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from desktop_app.routing.templates import ROLES
from desktop_app.services.types import DirectoryUpdate

#: Outbox states whose payload has not reached the server yet (a re-attribution rewrites them).
UNSENT_OP_STATES = (OutboxOp.PENDING, OutboxOp.HELD, OutboxOp.FAILED)

# (table, column) pairs that hold a user id
_USER_REFS = (
    (Document, Document.author_id), (Registration, Registration.registered_by),
    (Resolution, Resolution.author_id), (Resolution, Resolution.executor_id), (Resolution, Resolution.control_removed_by),
    (RouteStep, RouteStep.assignee_user_id), (RouteStep, RouteStep.acted_by), (Dispatch, Dispatch.sent_by),
)


def _check_users(users: Sequence[dict]) -> None:
    seen_ids, seen_names = set(), set()
    for i, u in enumerate(users):
        uid, name = u.get("id"), u.get("username")
        if not isinstance(uid, str) or not uid or len(uid) > 36 or not isinstance(name, str) or not name.strip():
            raise InvalidInput(translate("Directory", "User entry {n} from the server has no usable id or username.").format(n=i + 1))
        if uid in seen_ids or name in seen_names:
            raise InvalidInput(translate("Directory", "The server's staff list repeats the user {name}.").format(name=name))
        seen_ids.add(uid)
        seen_names.add(name)
        roles = u.get("roles") or []
        if not isinstance(roles, list) or any(r not in ROLES for r in roles):
            raise InvalidInput(translate("Directory", "The server gives {name} unknown roles: {roles}").format(name=name, roles=roles))


def _check_institutions(institutions: Sequence[dict]) -> None:
    seen = set()
    for i, inst in enumerate(institutions):
        code = inst.get("registry_code")
        if not isinstance(code, str) or not code.strip() or len(code) > 64:
            raise InvalidInput(translate("Directory", "Institution entry {n} from the server has no registry code.").format(n=i + 1))
        if code in seen:
            raise InvalidInput(translate("Directory", "The server's directory repeats the registry code {code}.").format(code=code))
        seen.add(code)


def _rekey_user(s: Session, old: str, new: str) -> None:
    s.execute(text("PRAGMA defer_foreign_keys=ON"))  # checked again at commit
    s.flush()
    s.execute(update(User).where(User.id == old).values(id=new), execution_options={"synchronize_session": False})
    repoint_user(s, old, new)


def _swap(value: Any, old: str, new: str) -> Any:
    if value == old:
        return new
    if isinstance(value, list):
        return [_swap(v, old, new) for v in value]
    if isinstance(value, dict):
        return {k: _swap(v, old, new) for k, v in value.items()}
    return value


def repoint_user(s: Session, old: str, new: str) -> tuple[set[str], int]:
    """Every local reference to user ``old`` now names ``new`` (inside a write txn): the records
    and the payloads of changes not yet sent. Returns (document ids touched, outbox ops rewritten).

    User ids are UUIDs or server ids, so an equal string in a payload is that user."""
    plain = {"synchronize_session": False}
    docs: set[str] = set()
    for model, col in _USER_REFS:
        owner = model.id if model is Document else model.document_id
        docs.update(d for d in s.execute(select(owner).where(col == old)).scalars() if d)
        s.execute(update(model).where(col == old).values({col.key: new}), execution_options=plain)
    for res in s.execute(select(Resolution)).scalars():
        if old in (res.co_executor_ids or []):
            res.co_executor_ids = [new if x == old else x for x in res.co_executor_ids]
            docs.add(res.document_id)
    ops = 0
    # the work is the account's now: it leaves under its login (sync/push.py holds another person's back)
    s.execute(update(OutboxOp).where(OutboxOp.author_id == old).values(author_id=new), execution_options=plain)
    for op in s.execute(select(OutboxOp).where(OutboxOp.state.in_(UNSENT_OP_STATES))).scalars():
        payload = _swap(op.payload, old, new)
        if payload != op.payload:
            op.payload = payload
            ops += 1
            if op.document_id:
                docs.add(op.document_id)
    s.flush()
    return docs, ops


def own_name(s: Session) -> str:
    """This institution's name as a person should read it: before the first login the profile's
    local institution, named in the reader's language (``labels.LOCAL_INSTITUTION``)."""
    from desktop_app import labels

    name = s.execute(select(Institution.name).where(Institution.is_own.is_(True))).scalar() or ""
    return labels.builtin_text(name) if name == labels.LOCAL_INSTITUTION else name


def replace_cache(s: Session, users: Iterable[dict], institutions: Iterable[dict],
                  own_registry_code: str | None = None, own_name: str | None = None) -> DirectoryUpdate:
    """Make the local staff list and directory equal the server's (inside a write txn)."""
    users = list(users)
    institutions = list(institutions)
    _check_users(users)
    _check_institutions(institutions)
    own = s.execute(select(Institution).where(Institution.is_own.is_(True))).scalar_one_or_none()
    if own_registry_code:
        clash = s.execute(select(Institution).where(Institution.registry_code == own_registry_code)).scalar_one_or_none()
        if own is None:
            own = clash or Institution(registry_code=own_registry_code, name=own_name or own_registry_code)
            own.is_own = True
            s.add(own)
        elif clash is not None and clash.id != own.id:
            s.delete(clash)
            s.flush()
        own.registry_code = own_registry_code
        if own_name:
            own.name = own_name
        s.flush()
    n_inst = 0
    for entry in institutions:
        code = entry["registry_code"].strip()
        name = str(entry.get("name") or code)[:300]
        row = s.execute(select(Institution).where(Institution.registry_code == code)).scalar_one_or_none()
        if row is None:
            s.add(Institution(registry_code=code, name=name, is_own=False))
        else:
            row.name = name
        n_inst += 1
    wanted = {e["registry_code"].strip() for e in institutions}
    referenced = set(s.execute(select(User.institution_id)).scalars())
    for row in s.execute(select(Institution).where(Institution.is_own.is_(False))).scalars():
        if row.registry_code not in wanted and row.id not in referenced:
            s.delete(row)
    added = updated = 0
    server_ids = set()
    for entry in users:
        uid, name = entry["id"], entry["username"].strip()
        server_ids.add(uid)
        roles = ",".join(r for r in ROLES if r in (entry.get("roles") or []))
        display = str(entry.get("full_name") or entry.get("display_name") or name)[:300]
        row = s.get(User, uid)
        by_name = s.execute(select(User).where(User.username == name)).scalar_one_or_none()
        if row is None and by_name is not None:
            _rekey_user(s, by_name.id, uid)
            s.expire_all()
            row = s.get(User, uid)
        elif row is not None and by_name is not None and by_name.id != row.id:
            by_name.username = f"{by_name.username}~{by_name.id[:8]}"  # someone renamed on the server
            by_name.active = False
            s.flush()
        if row is None:
            s.add(User(id=uid, username=name, display_name=display, roles=roles,
                       institution_id=own.id if own else None, active=True))
            added += 1
        else:
            row.username, row.display_name, row.roles, row.active = name, display, roles, True
            if own is not None:
                row.institution_id = own.id
            updated += 1
        s.flush()
    deactivated = 0
    for row in s.execute(select(User).where(User.active.is_(True))).scalars():
        if row.id not in server_ids:
            row.active = False
            deactivated += 1
    s.flush()
    return DirectoryUpdate(added, updated, deactivated, n_inst)
