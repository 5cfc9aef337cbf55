"""The demo institution set behind ``docflow-server --demo`` (deterministic ids and passwords)."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from circulation_server import admin
from circulation_server.db import Database
from circulation_server.demo_pki import KEY_PASSPHRASE, ensure_demo_pki
from circulation_server.models import Institution
from docflow_protocol import APPEAL_JOURNAL_KIND, DocumentKind, Role

# An Azerbaijani office reads like one: the institutions, the people and the journals are named as a
# real municipality and school name theirs. Logins, passwords and ids stay as tests and docs use them.
DEMO_INSTITUTIONS = [
    # (key, registry code, name)
    ("a", "AZ-0001", "Nümunə Bələdiyyəsi A"),
    ("b", "AZ-0002", "Nümunə Rayon Məktəbi B"),
]
DEMO_USERS = [
    # (username, roles, full name in institution a, in institution b)
    (Role.CLERK.value, [Role.CLERK.value], "Aynur Məmmədova", "Səbinə Hüseynova"),
    (Role.HEAD.value, [Role.HEAD.value], "Rəşad Əliyev", "Elmira Quliyeva"),
    (Role.EXECUTOR.value, [Role.EXECUTOR.value], "Leyla Həsənova", "Tural İsmayılov"),
    (Role.ADMIN.value, [Role.ADMIN.value, Role.CLERK.value], "Elçin Babayev", "Orxan Cəfərov"),
]
DEMO_JOURNALS = [("IN", "Daxil olan sənədlər jurnalı", DocumentKind.INCOMING.value),
                 ("OUT", "Çıxan sənədlər jurnalı", DocumentKind.OUTGOING.value),
                 ("INT", "Daxili sənədlər jurnalı", DocumentKind.INTERNAL.value),
                 ("APL", "Vətəndaş müraciətləri jurnalı", APPEAL_JOURNAL_KIND)]


def demo_full_name(key: str, username: str) -> str:
    """The full name of a demo user of institution ``key`` ("a" or "b")."""
    row = next(u for u in DEMO_USERS if u[0] == username)
    return row[2] if key == "a" else row[3]


def demo_institution_name(key: str) -> str:
    return next(name for k, _, name in DEMO_INSTITUTIONS if k == key)


def demo_password(username: str) -> str:
    return f"demo-{username}"


def demo_ids(key: str) -> dict:
    """Ids of one demo institution: {'users': {username: id}, 'workstations': [...], 'journals': {code: id}}."""
    return {
        "users": {u[0]: f"u-{key}-{u[0]}" for u in DEMO_USERS},
        "workstations": [f"ws-{key}-1", f"ws-{key}-2"],
        "journals": {code: f"j-{key}-{code.lower()}" for code, _, _ in DEMO_JOURNALS},
    }


def ensure_demo(db: Database) -> bool:
    """Create the demo set if missing; returns True when it was created now."""
    with db.read() as s:
        if s.scalar(select(Institution).where(Institution.registry_code == DEMO_INSTITUTIONS[0][1])):
            return False
    for key, code, name in DEMO_INSTITUTIONS:
        ids = demo_ids(key)
        admin.create_institution(db, code, name, inst_id=f"i-{key}")
        for username, roles, *_ in DEMO_USERS:
            admin.create_user(db, code, username, demo_password(username), roles,
                              full_name=demo_full_name(key, username), user_id=ids["users"][username])
        for i, ws in enumerate(ids["workstations"], 1):
            admin.create_workstation(db, code, name=f"{name}, kompüter {i}", ws_id=ws)
        for jcode, jname, kind in DEMO_JOURNALS:
            admin.create_journal(db, code, jcode, jname, kind, journal_id=ids["journals"][jcode])
    return True


def describe_demo() -> str:
    lines = ["Demo institutions (password of each user: demo-<username>):"]
    for key, code, name in DEMO_INSTITUTIONS:
        ids = demo_ids(key)
        lines.append(f"  {code}  {name}")
        lines.append("    workstations: " + ", ".join(ids["workstations"]))
        for username, roles, *_ in DEMO_USERS:
            lines.append(f"    user {username:<9} password {demo_password(username):<14} roles {','.join(roles):<13}"
                         f" id {ids['users'][username]}")
        lines.append("    journals: " + ", ".join(f"{c}={j}" for c, j in ids["journals"].items()))
    return "\n".join(lines)


def ensure_demo_signing(db: Database, data_dir: Path) -> list[Path]:
    """The demo heads' signing key files (``demo_pki``), and their root as the trust root of each demo
    institution that has none yet (an administrator's own setting is kept). Returns the key files."""
    heads = [(code, demo_full_name(key, Role.HEAD.value), name) for key, code, name in DEMO_INSTITUTIONS]
    pem, keys = ensure_demo_pki(Path(data_dir) / "demo-signing", heads)
    with db.read() as s:
        unset = [i.registry_code for i in s.scalars(select(Institution).where(
            Institution.registry_code.in_([code for _, code, _ in DEMO_INSTITUTIONS])))
            if not (i.signing_settings or {}).get("trust_roots_pem")]
    for code in unset:
        admin.set_signing_settings(db, code, trust_roots_pem=pem)
    return keys


def describe_demo_signing(keys: list[Path]) -> str:
    lines = [f"Signing key files of the demo heads (PKCS#12, passphrase {KEY_PASSPHRASE}; in the Sign dialog: Key file):"]
    lines += [f"  {path}" for path in keys]
    return "\n".join(lines)
