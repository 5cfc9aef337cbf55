"""Engine set-up, write transactions serialised per institution, and Alembic migrations at start.

**Why per institution.** A change feed is per institution (docs/protocol.md §6), and its sequence
numbers must become visible in order: a desk that has read up to ``seq`` 1041 must never later
find a change with a smaller ``seq`` that committed after its read. Every transaction that appends
to an institution's feed therefore first locks that institution's row, and takes the feed's
sequence numbers while holding it; the next such transaction waits until the first commits.
Transactions of different institutions do not wait for each other. A transaction that touches
several feeds (a dispatch, a delivery receipt, an acknowledgement) locks all of them up front in
one fixed order (by id), so two of them can never wait for each other in a cycle.

On PostgreSQL the lock is ``SELECT ... FOR NO KEY UPDATE`` on the ``institutions`` rows (it does
not conflict with the ``FOR KEY SHARE`` locks that foreign-key checks take, so inserting rows that
merely *name* an institution never waits). SQLite has a single writer anyway: there a process lock
serialises writers (the SQLite default is one server process).

``emit_change`` checks that the feed's lock is held (``require_lock``); if a transaction finds it
needs a feed it did not lock (the data changed between planning and locking), ``LockNotHeld`` is
raised and the caller retries the whole transaction with the larger set.
"""
from __future__ import annotations

import logging
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from alembic import command
from alembic.config import Config
from sqlalchemy import String, any_, bindparam, create_engine, event, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from circulation_server.observability import count_write_transaction
from circulation_server.models import Dispatch, Institution

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: pg_advisory_xact_lock key held while migrating ("docflow" in ASCII).
MIGRATION_LOCK_KEY = 0x646F63666C6F77
log = logging.getLogger("circulation_server")

#: ``session.info`` keys: the institutions whose feed lock the transaction holds, and the
#: institutions whose feed it appended to (their long-polls are woken after the commit).
LOCKED = "docflow.locked_institutions"
CHANGED = "docflow.changed_institutions"
#: ``session.info`` keys: how many changes the transaction appended to each institution's feed, and
#: those of them whose rows its insert read back with the feed's head before them (``record_feed``).
APPENDED = "docflow.appended_changes"
FED = "docflow.fed_rows"
#: ``session.info`` key: how many flushes the session has made (lets a caller see whether
#: anything reached the database since some point).
FLUSHES = "docflow.flushes"
#: ``session.info`` key: changes kept back for one multi-row insert (``domain.write_changes``).
PENDING_CHANGES = "docflow.pending_changes"
#: ``session.info`` key: the rows ``Database.write(joined=...)`` read with the feed locks.
JOINED = "docflow.joined_rows"
#: ``session.info`` key: the workstation whose push the transaction applies (its own long-poll is
#: not woken by the changes: notifier.py).
WRITER = "docflow.writer"
#: Stands for "every institution" (SQLite: the process lock serialises all writers).
ALL = "*"
#: ``session.info`` key: the transaction revoked bearer tokens (``Database.tokens_revoked``).
REVOKED = "docflow.tokens_revoked"
#: PostgreSQL channel telling every server process that tokens were revoked (empty payload).
TOKENS_CHANNEL = "docflow_tokens"

#: Connections per server process: a sync request holds one while it runs, and at most
#: ``anyio``'s 40 worker threads run at once; the notifier threads hold two more (PostgreSQL).
POOL_SIZE = 20
MAX_OVERFLOW = 25


class LockNotHeld(RuntimeError):
    """A transaction was about to append to the feed of an institution it had not locked."""

    def __init__(self, institution_id: str):
        super().__init__(f"the feed lock of institution {institution_id} is not held")
        self.institution_id = institution_id


def make_engine(url: str, sqlite_synchronous: str = "FULL") -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60},
                               pool_size=POOL_SIZE, max_overflow=MAX_OVERFLOW)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA synchronous={sqlite_synchronous}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

        return engine
    # No ping before each checkout (a round trip per session): a connection that died with the
    # database fails its request with 503 (retry) and SQLAlchemy drops the pool's stale ones.
    return create_engine(url, pool_size=POOL_SIZE, max_overflow=MAX_OVERFLOW, pool_recycle=3600)


def run_migrations(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Several hosts may start at once: one migrates, the others wait and find nothing to do
            # (PostgreSQL migrates in one transaction; the lock ends with it).
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def insert_ignore(session: Session, model, **values) -> None:
    """``INSERT ... ON CONFLICT DO NOTHING``: add a row unless its key exists (no race between
    "is it there?" and "add it" when two transactions add the same row at once)."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(model).values(**values).on_conflict_do_nothing())


def _counted(result) -> tuple[int, list]:
    rows = result.all() if result.returns_rows else []
    return (len(rows) if result.returns_rows else result.rowcount), rows


def _count_flush(session: Session, _context) -> None:
    session.info[FLUSHES] = session.info.get(FLUSHES, 0) + 1


def require_lock(session: Session, institution_id: str) -> None:
    """Raise ``LockNotHeld`` unless this transaction holds ``institution_id``'s feed lock."""
    held = session.info.get(LOCKED, ())
    if ALL not in held and institution_id not in held:
        raise LockNotHeld(institution_id)
    session.info.setdefault(CHANGED, set()).add(institution_id)
    appended = session.info.setdefault(APPENDED, {})
    appended[institution_id] = appended.get(institution_id, 0) + 1


def record_feed(session: Session, rows: list) -> None:
    """The changes an insert appended, read back by it: (institution, seq, prev, kind, doc_id,
    body text), ``prev`` the institution's feed head before the insert (read by the inserting
    statement, under the feed lock). A commit whose every change of a feed is recorded so
    announces them (``feed_tail.py``)."""
    session.info.setdefault(FED, []).extend(rows)


def _tails(info: dict) -> dict:
    """{institution: (prev, rows)} of a committed transaction's recorded changes: only when it
    changed one feed and every change appended to it was recorded (``record_feed``)."""
    rows, appended = info.get(FED), info.get(APPENDED) or {}
    if not rows or len(appended) != 1:
        return {}
    [(institution, count)] = appended.items()
    if len(rows) != count or any(row[0] != institution for row in rows):
        return {}
    rows = sorted(rows, key=lambda row: row[1])
    return {institution: (rows[0][2], [(seq, kind, doc_id, body) for _, seq, _, kind, doc_id, body in rows])}


_LOCKING: dict = {}


def one_of(column, name: str, postgresql: bool):
    """``column`` is one of the list bound as ``name``. On PostgreSQL ``= ANY(:name)``, the list
    bound as one array: an expanding ``IN (:name_1, :name_2, ...)`` has SQLAlchemy render the
    compiled statement's text again on every execution, for the list's length, and a text that
    differs with the length is seldom prepared by psycopg; the array's text never changes. SQLite
    has no arrays: there the list expands."""
    if postgresql:
        return column == any_(bindparam(name, type_=ARRAY(String)))
    return column.in_(bindparam(name, expanding=True))


def _locking(joined, lock: bool, named: bool = False):
    """The statement locking the institutions ``wanted`` (PostgreSQL; ``lock``), reading the rows
    of ``joined`` = (table, onclause) with them, built once per ``joined`` constant. ``named``
    (PostgreSQL): it also locks the institutions of the registry codes ``codes`` and the senders of
    the dispatches whose incoming documents are ``acks`` (``Database.write(named=...)``). Plain
    Core (run on the session's connection: no ORM entities to load): the locked institution's id
    is the first column, ``joined``'s table's columns follow."""
    key = (id(joined), lock, named)
    found = _LOCKING.get(key)
    if found is None:
        wanted = one_of(Institution.id, "wanted", lock)  # lock: PostgreSQL
        if named:
            senders = select(Dispatch.sender_institution_id).where(one_of(Dispatch.incoming_doc_id, "acks", True))
            wanted = wanted | one_of(Institution.registry_code, "codes", True) | Institution.id.in_(senders)
        locked = Institution.__table__.c.id.label("locked_institution_id")
        if not lock:
            found = select(*joined[0].c).join(Institution, joined[1]).where(wanted)
        elif joined is None:
            found = select(locked).where(wanted).order_by(Institution.id).with_for_update(key_share=True)
        else:
            found = (select(locked, *joined[0].c).outerjoin(joined[0], joined[1]).where(wanted)
                     .order_by(Institution.id).with_for_update(key_share=True, of=Institution.__table__))
        _LOCKING[key] = found
    return found


class Database:
    """Sessions for readers, and write transactions that lock the institutions they change."""

    def __init__(self, url: str, sqlite_synchronous: str = "FULL"):
        self.url = url
        self.engine = make_engine(url, sqlite_synchronous)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "after_flush", _count_flush)
        # Readers on PostgreSQL run each statement on its own (autocommit): no BEGIN / ROLLBACK
        # round trips around a single query. ``read(snapshot=True)`` when statements must agree.
        self._autocommit = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self._readers = self._sessions if self.is_sqlite else sessionmaker(self._autocommit, expire_on_commit=False)
        self._lock: Optional[threading.Lock] = threading.Lock() if self.is_sqlite else None
        #: Called after a commit with the ids of the institutions whose feed grew, the
        #: workstation whose push it applied (``session.info[WRITER]``), or None, and the changes
        #: it appended where they are known (``_tails``: {institution: (prev, rows)}).
        self.after_commit: list[Callable[[set[str], Optional[str], dict], None]] = []
        #: Called after a commit that revoked tokens (this process's token cache forgets them).
        self.after_revoke: list[Callable[[], None]] = []

    @property
    def tokens_marker(self) -> Optional[Path]:
        """SQLite: a file beside the database replaced whenever tokens are revoked, so a server
        process sees at once (one ``stat``) that another process -- ``docflow-server
        revoke-tokens`` -- revoked some. PostgreSQL tells its processes by ``NOTIFY`` instead."""
        name = self.engine.url.database if self.is_sqlite else None
        if not name or name == ":memory:":
            return None
        db_file = Path(name)
        return db_file.with_name(db_file.name + ".tokens-revoked")

    def tokens_revoked(self, session: Session) -> None:
        """Call inside the write transaction that revoked tokens: after its commit every server
        process drops its cached tokens (docs/deploy.md, "Token cache")."""
        session.info[REVOKED] = True
        if not self.is_sqlite:  # delivered to the listeners at commit
            session.execute(text("SELECT pg_notify(:topic, '')"), {"topic": TOKENS_CHANNEL})

    def _announce_revocation(self) -> None:
        marker = self.tokens_marker
        if marker is not None:
            fresh = marker.with_name(marker.name + f".{os.getpid()}.{threading.get_ident()}")
            try:
                fresh.write_bytes(b"")
                os.replace(fresh, marker)  # a new inode: stat tells it apart from the one before
            except OSError:  # the revocation stands; another process may answer from memory a while
                log.exception("could not mark %s; other server processes drop revoked tokens only "
                              "when their token cache entries age out", marker)
        for hook in self.after_revoke:
            hook()

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def migrate(self) -> None:
        run_migrations(self.engine)

    @contextmanager
    def read(self, snapshot: bool = False) -> Iterator[Session]:
        """A session for reading. Its statements may each see a newer commit than the one before,
        unless ``snapshot`` (then all of them see one snapshot of the database)."""
        if snapshot and not self.is_sqlite:
            with self._sessions() as session:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
                yield session
            return
        with self._readers() as session:
            yield session

    @contextmanager
    def write(self, lock: Iterable[str] = (), joined=None, named: Optional[dict] = None) -> Iterator[Session]:
        """One write transaction, committed on exit.

        ``lock``: ids of the institutions whose change feed the transaction may append to; their
        rows are locked first, in id order. Pass nothing for writes that append to no feed
        (tokens, uploads, throttling): those wait for no institution at all.

        ``joined``: ``((table, onclause), parameters)``: rows of ``table`` joined to the locked
        institutions (``onclause``'s bound ``parameters``; the pair is a constant of its caller: its
        statement is built once), read by the same statement that locks them (PostgreSQL; no round
        trip of their own) and kept in ``session.info[JOINED]`` as Core rows (the table's columns
        by name). Read as of the statement's start, before any wait for the lock: for rows a feed
        lock does not guard (a batch's journals), as fresh as a read of their own.

        ``named``: ``{"codes": registry codes, "acks": incoming document ids}``: the same statement
        also locks the institutions of those registry codes (a dispatch's recipients) and the
        senders of those documents' dispatches (an acknowledgement's), so that a push that writes
        to their feeds needs no read of its own to find them first. (SQLite: one writer locks all.)
        """
        wanted = sorted(set(lock))
        if self._lock is not None:
            self._lock.acquire()
        changed: set[str] = set()
        tails: dict = {}
        writer: Optional[str] = None
        revoked = False
        try:
            with self._sessions() as session:
                with session.begin():
                    params = {"wanted": wanted, **(joined[1] if joined is not None else {})}
                    if self._lock is not None:
                        session.info[LOCKED] = {ALL}
                        if joined is not None and wanted:
                            session.info[JOINED] = session.connection().execute(_locking(joined[0], False),
                                                                                params).all()
                    else:
                        session.info[LOCKED] = set(wanted)
                        if named and (named.get("codes") or named.get("acks")):
                            params.update(codes=list(named.get("codes") or ()), acks=list(named.get("acks") or ()))
                        else:
                            named = None
                        if wanted:
                            # One statement; the rows are locked in ORDER BY order (LockRows runs
                            # above the sort), the fixed order that rules out deadlocks.
                            rows = session.connection().execute(_locking(joined and joined[0], True, bool(named)),
                                                                params).all()
                            if named:  # the institutions named by code or dispatch, locked too
                                session.info[LOCKED] = {row[0] for row in rows}
                            if joined is not None:  # the rows where one of the joined table came
                                session.info[JOINED] = [row for row in rows if row[1] is not None]
                    yield session
                    if session.info.get(PENDING_CHANGES):
                        raise RuntimeError("changes kept back for a multi-row insert were never written")
                changed = set(session.info.get(CHANGED, ()))
                tails = _tails(session.info)
                writer = session.info.get(WRITER)
                revoked = bool(session.info.get(REVOKED))
            count_write_transaction()
        finally:
            if self._lock is not None:
                self._lock.release()
        if revoked:
            self._announce_revocation()
        if changed:
            for hook in self.after_commit:
                try:
                    hook(changed, writer, tails)
                except Exception:  # noqa: BLE001 - a wake-up lost is caught by the long-poll's re-check
                    log.exception("after-commit hook failed")

    def rows(self, statement, params: dict) -> list:
        """The rows of one reading Core statement, on a connection of its own: no ORM session
        around it (the hot paths' single reads). On PostgreSQL in autocommit mode, as ``read``."""
        with (self.engine if self.is_sqlite else self._autocommit).connect() as conn:
            return conn.execute(statement, params).all()

    def execute_alone(self, statement) -> tuple[int, list]:
        """Run one statement that needs no transaction around it; returns (rowcount, rows).

        On PostgreSQL it runs in autocommit mode: one round trip instead of BEGIN, statement,
        COMMIT. (It appends to no change feed: feeds are written under ``write``'s locks.)
        """
        if self.is_sqlite:
            with self.write() as s:
                return _counted(s.connection().execute(statement))
        with self._autocommit.connect() as conn:
            return _counted(conn.execute(statement))

    def write_alone(self, sql: str, params: dict) -> list:
        """PostgreSQL: one statement (driver SQL, ``%(name)s`` parameters) that is a whole write
        transaction by itself, run in autocommit mode: one round trip instead of BEGIN, statement,
        COMMIT, and counted as a write transaction. Appends to no change feed. Returns its rows."""
        with self._autocommit.connect() as conn:
            result = conn.exec_driver_sql(sql, params)
            rows = result.all() if result.returns_rows else []
        count_write_transaction()
        return rows

    def dispose(self) -> None:
        self.engine.dispose()

    def ping(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
