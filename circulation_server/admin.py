"""Administration functions used by the CLI (and tests): institutions, users, workstations, journals."""
from __future__ import annotations

import secrets
from typing import Iterable, Optional

from sqlalchemy import select, update

from circulation_server.db import Database
from circulation_server.models import Institution, Journal, Token, User, Workstation, utcnow
from circulation_server.security import hash_password
from docflow_protocol import ALL_ROLES, JOURNAL_KINDS, number_format_problem, signing_problems, signing_settings


class AdminError(ValueError):
    """A bad admin request, with a sentence naming the thing and the reason."""


def _inst(s, registry_code: str) -> Institution:
    inst = s.scalar(select(Institution).where(Institution.registry_code == registry_code))
    if inst is None:
        raise AdminError(f"No institution with registry code {registry_code!r}.")
    return inst


def create_institution(db: Database, registry_code: str, name: str, inst_id: Optional[str] = None) -> str:
    with db.write() as s:
        if s.scalar(select(Institution).where(Institution.registry_code == registry_code)):
            raise AdminError(f"Institution {registry_code!r} already exists.")
        inst_id = inst_id or "i-" + secrets.token_hex(6)
        s.add(Institution(id=inst_id, registry_code=registry_code, name=name, created_at=utcnow()))
    return inst_id


def create_user(db: Database, registry_code: str, username: str, password: str, roles: Iterable[str],
                full_name: str = "", user_id: Optional[str] = None) -> str:
    roles = sorted(set(roles))
    bad = [r for r in roles if r not in ALL_ROLES]
    if not roles or bad:
        raise AdminError(f"Roles must be a non-empty subset of {sorted(ALL_ROLES)}; got {roles}.")
    if len(password) < 8:
        raise AdminError("The password must have at least 8 characters.")
    pw_hash = hash_password(password)
    with db.write() as s:
        inst = _inst(s, registry_code)
        if s.scalar(select(User).where(User.institution_id == inst.id, User.username == username)):
            raise AdminError(f"User {username!r} already exists in {registry_code}.")
        user_id = user_id or "u-" + secrets.token_hex(6)
        s.add(User(id=user_id, institution_id=inst.id, username=username, full_name=full_name,
                   password_hash=pw_hash, roles=",".join(roles), disabled=False))
    return user_id


def create_workstation(db: Database, registry_code: str, name: str = "", ws_id: Optional[str] = None) -> str:
    with db.write() as s:
        inst = _inst(s, registry_code)
        ws_id = ws_id or "ws-" + secrets.token_hex(6)
        if s.get(Workstation, ws_id) is not None:
            raise AdminError(f"Workstation {ws_id!r} already exists.")
        s.add(Workstation(id=ws_id, institution_id=inst.id, name=name or ws_id, disabled=False))
    return ws_id


def create_journal(db: Database, registry_code: str, code: str, name: str, kind: str,
                   fmt: str = "{code}-{seq:05d}/{year}", journal_id: Optional[str] = None) -> str:
    if kind not in JOURNAL_KINDS:
        raise AdminError(f"Journal kind must be one of {', '.join(JOURNAL_KINDS)}; got {kind!r}.")
    _check_format(fmt, code)
    with db.write() as s:
        inst = _inst(s, registry_code)
        if s.scalar(select(Journal).where(Journal.institution_id == inst.id, Journal.code == code)):
            raise AdminError(f"Journal {code!r} already exists in {registry_code}.")
        journal_id = journal_id or "j-" + secrets.token_hex(6)
        s.add(Journal(id=journal_id, institution_id=inst.id, code=code, name=name, kind=kind, format=fmt,
                      next_seq=1))
    return journal_id


def _check_format(fmt: str, code: str) -> None:
    problem = number_format_problem(fmt, code)
    if problem:
        raise AdminError(f"The number format {fmt!r} of journal {code} {problem}: it needs {{seq}} or {{n}}, e.g. "
                         f"'{{code}}-{{seq:05d}}/{{year}}' or '{{index}}/{{n}}'.")


def set_journal_format(db: Database, registry_code: str, code: str, fmt: str) -> str:
    """Change the number format of journal ``code`` (numbers already given keep their text); returns its id.
    The same as ``PUT /v1/journals/{id}/format``, for the operator."""
    _check_format(fmt, code)
    with db.write() as s:
        inst = _inst(s, registry_code)
        journal = s.scalar(select(Journal).where(Journal.institution_id == inst.id, Journal.code == code))
        if journal is None:
            raise AdminError(f"Journal {code!r} does not exist in {registry_code}.")
        journal.format = fmt
        return journal.id


def set_signing_settings(db: Database, registry_code: str, *, trust_roots_pem: Optional[str] = None,
                         tsa_url: Optional[str] = None, revocation_fetch: Optional[bool] = None) -> dict:
    """Change the institution's signing settings (what is not given stays); returns them all."""
    with db.write() as s:
        inst = _inst(s, registry_code)
        new = signing_settings(inst.signing_settings)
        for key, value in (("trust_roots_pem", trust_roots_pem), ("tsa_url", tsa_url), ("revocation_fetch", revocation_fetch)):
            if value is not None:
                new[key] = value
        problems = signing_problems(new)
        if problems:
            raise AdminError("The signing settings cannot be used: " + "; ".join(problems) + ".")
        inst.signing_settings = new
    return new


def revoke_tokens(db: Database, workstation_id: Optional[str] = None, username: Optional[str] = None,
                  registry_code: Optional[str] = None) -> int:
    with db.write() as s:
        q = update(Token).where(Token.revoked_at.is_(None))
        if workstation_id:
            q = q.where(Token.workstation_id == workstation_id)
        elif username and registry_code:
            inst = _inst(s, registry_code)
            user = s.scalar(select(User).where(User.institution_id == inst.id, User.username == username))
            if user is None:
                raise AdminError(f"No user {username!r} in {registry_code}.")
            q = q.where(Token.user_id == user.id)
        else:
            raise AdminError("Name a workstation, or a user with its institution.")
        db.tokens_revoked(s)
        return s.execute(q.values(revoked_at=utcnow())).rowcount


def listing(db: Database) -> dict:
    with db.read() as s:
        out = {}
        for inst in s.scalars(select(Institution).order_by(Institution.registry_code)):
            out[inst.registry_code] = {
                "name": inst.name,
                "users": [(u.id, u.username, u.roles) for u in s.scalars(
                    select(User).where(User.institution_id == inst.id).order_by(User.username))],
                "workstations": [w.id for w in s.scalars(
                    select(Workstation).where(Workstation.institution_id == inst.id).order_by(Workstation.id))],
                "journals": [(j.id, j.code, j.kind, j.format) for j in s.scalars(
                    select(Journal).where(Journal.institution_id == inst.id).order_by(Journal.code))],
            }
        return out
