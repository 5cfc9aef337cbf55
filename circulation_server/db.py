"""Engine set-up, the serialised write transaction, and Alembic migrations at start."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from circulation_server.models import ServerState

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def make_engine(url: str, sqlite_synchronous: str = "FULL") -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60},
                               pool_size=20, max_overflow=60)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA synchronous={sqlite_synchronous}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

        return engine
    return create_engine(url, pool_size=20, max_overflow=60, pool_pre_ping=True)


def run_migrations(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Database:
    """Sessions for readers, and one serialised write transaction at a time.

    Every write transaction first updates the single ``server_state`` row: on PostgreSQL that row
    lock serialises writers until commit, on SQLite a process lock does the same (and avoids busy
    retries). Serial writes make change-feed sequence numbers appear in commit order.
    """

    def __init__(self, url: str, sqlite_synchronous: str = "FULL"):
        self.url = url
        self.engine = make_engine(url, sqlite_synchronous)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._lock: Optional[threading.Lock] = threading.Lock() if url.startswith("sqlite") else None
        self.after_commit: list[Callable[[], None]] = []

    def migrate(self) -> None:
        run_migrations(self.engine)
        with self.write():
            pass

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        if self._lock is not None:
            self._lock.acquire()
        notify = False
        try:
            with self._sessions() as session:
                with session.begin():
                    res = session.execute(update(ServerState).where(ServerState.id == 1)
                                          .values(write_counter=ServerState.write_counter + 1))
                    if res.rowcount == 0:
                        session.add(ServerState(id=1, write_counter=1))
                        session.flush()
                    yield session
                notify = bool(session.info.get("changes_added"))
        finally:
            if self._lock is not None:
                self._lock.release()
        if notify:
            for hook in self.after_commit:
                hook()

    def dispose(self) -> None:
        self.engine.dispose()

    def ping(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
