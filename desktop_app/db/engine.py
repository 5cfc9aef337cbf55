"""Engine set-up: SQLite in WAL mode, durable commits, foreign keys on, one writer.

``Database.write()`` opens a ``BEGIN IMMEDIATE`` transaction under an in-process lock, so
there is exactly one writer; ``Database.read()`` runs a deferred read transaction that
WAL lets proceed beside the writer. Neither should be held across network waits.
"""
from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The key of a write session's ``info`` that names the person at the desk (:attr:`Database.author`).
AUTHOR = "docflow_author"


def nobody_at_the_desk() -> Exception:
    """The refusal of work recorded while nobody is logged in at the desk (File ▸ Log out)."""
    from desktop_app.errors import ForbiddenTransition
    from desktop_app.i18n import translate

    return ForbiddenTransition(translate("Session", "Nobody is logged in at this desk: log in first (Sync ▸ Log in to the "
                                                    "server), so that the work is yours and leaves under your name."))


def _refuse_nobodys_work(session: Session, _flush: object, _instances: object) -> None:
    """A row written as the work of nobody (an author id of ``""``: the desk is NOBODY's) is refused
    with a sentence, not left to the foreign key."""
    if session.info.get(AUTHOR) == "" and any(getattr(o, "author_id", None) == "" for o in session.new):
        raise nobody_at_the_desk()


def make_engine(db_path: Path) -> Engine:
    """Create an engine for ``db_path`` with the pragmas every connection needs."""
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"check_same_thread": False, "timeout": 30},
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - DB-API types
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")  # a committed change survives a power cut
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def alembic_config(db_path: Path):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    return cfg


_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)\s*$", re.M)


def script_heads() -> set[str] | None:
    """The head revision(s) read straight from the migration files, or None if one of them is
    not the plain ``revision = "..."`` / ``down_revision = "..."|None`` shape (then Alembic decides).

    Alembic itself costs ~0.6 s of imports; reading a few small files lets an up-to-date
    database (every start but the first after an update) skip it."""
    revisions, parents = set(), set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        if path.name == "__init__.py":
            continue
        found = dict((key, value) for key, value in _ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found or not found["revision"] or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        if found["down_revision"]:
            parents.add(found["down_revision"])
    return revisions - parents or None


def _current_heads(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
        if not has_table:
            return set()
        return {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}


def migrate(engine: Engine, db_path: Path) -> None:
    """Bring the database to the newest migration (a no-op when it is there already)."""
    heads = script_heads()
    if heads is not None and _current_heads(engine) == heads:
        return  # up to date: Alembic is not even imported (start-up time)
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = alembic_config(db_path)
    heads = set(ScriptDirectory.from_config(cfg).get_heads())
    with engine.connect() as conn:
        current = set(MigrationContext.configure(conn).get_current_heads())
    if current == heads:
        return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Database:
    """Owns the engine and hands out read and write sessions."""

    def __init__(self, db_path: Path):
        self.path = db_path
        self.engine = make_engine(db_path)
        self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=self._write_engine, expire_on_commit=False)
        event.listen(self._write, "before_flush", _refuse_nobodys_work)
        self._write_lock = threading.RLock()
        #: Who is at the desk (their user id, None: nobody): a write session names them in its
        #: ``info[AUTHOR]``, and the changes it queues for the server are theirs (``outbox.enqueue``).
        self.author: Callable[[], str | None] = lambda: None

    def migrate(self) -> None:
        migrate(self.engine, self.path)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; rolled back on exit."""
        session = self._read()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """The one writer: a ``BEGIN IMMEDIATE`` session committed on success, rolled back on error."""
        with self._write_lock:
            session = self._write()
            session.info[AUTHOR] = self.author()
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar_one()

    def close(self) -> None:
        self.engine.dispose()
