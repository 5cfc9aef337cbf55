"""The migrations build exactly the schema the models describe."""
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from desktop_app.db.engine import Database
from desktop_app.db.models import Base


def test_empty_database_upgrades_to_head_without_drift(tmp_path):
    db = Database(tmp_path / "x.sqlite3")
    db.migrate()
    with db.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"include_object": _skip_fts, "compare_type": True})
        diff = compare_metadata(mc, Base.metadata)
        tables = set(inspect(conn).get_table_names())
    assert diff == [], f"models and migrations differ: {diff}"
    assert set(Base.metadata.tables) <= tables
    assert "search_fts" in tables
    db.migrate()  # a second run is a no-op
    db.close()


def test_pragmas_wal_durable_foreign_keys(tmp_path):
    db = Database(tmp_path / "x.sqlite3")
    db.migrate()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()


def _skip_fts(obj, name, type_, reflected, compare_to):
    return not (type_ == "table" and name.startswith("search_fts"))


def test_start_up_fast_path_reads_the_same_heads_as_alembic(tmp_path):
    """An up-to-date database skips Alembic at start-up (engine.script_heads); the heads it reads
    from the files must be Alembic's own, and a database behind them still goes through Alembic."""
    from alembic.script import ScriptDirectory

    from desktop_app.db import engine as db_engine

    cfg = db_engine.alembic_config(tmp_path / "x.sqlite3")
    assert db_engine.script_heads() == set(ScriptDirectory.from_config(cfg).get_heads())
    db = db_engine.Database(tmp_path / "fresh.sqlite3")
    assert db_engine._current_heads(db.engine) == set()
    db.migrate()  # a new file: Alembic runs
    assert db_engine._current_heads(db.engine) == db_engine.script_heads()
    db.close()
