"""The Alembic migrations build exactly the schema the models describe (both back-ends); on
PostgreSQL every sequence and number column is BIGINT."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from circulation_server.db import run_migrations
from circulation_server.models import Base


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_migrations_match_models(backend, tmp_path, request):
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_cluster").new_database()
    engine = create_engine(url)
    try:
        run_migrations(engine)
        run_migrations(engine)  # idempotent at start-up
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            if backend == "postgres":  # every sequence and every number column 64-bit
                sequences = conn.execute(text("SELECT sequencename, data_type FROM pg_sequences")).all()
                narrow = conn.execute(text(
                    "SELECT table_name, column_name FROM information_schema.columns "
                    "WHERE table_schema = 'public' AND data_type IN ('integer', 'smallint')")).all()
        assert diff == []
        if backend == "postgres":
            assert sequences and {t for _, t in sequences} == {"bigint"}, sequences
            assert narrow == [], narrow
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_yearly_numbering_migration_keeps_the_numbers(backend, tmp_path, request):
    """Numbers and blocks issued before numbering by year keep their year (of when they were made);
    each journal's counter goes on in the current year, so no number of this year is issued twice."""
    import datetime as dt

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from circulation_server.db import MIGRATIONS_DIR

    url = f"sqlite:///{tmp_path / 'y.sqlite3'}" if backend == "sqlite" else request.getfixturevalue("pg_cluster").new_database()
    engine = create_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0002_server_trust")
            conn.execute(text("INSERT INTO institutions (id, registry_code, name, created_at) VALUES ('i', 'AZ-9', 'X', :t)"),
                         {"t": dt.datetime(2025, 6, 1)})
            conn.execute(text("INSERT INTO workstations (id, institution_id, name, disabled) VALUES ('w', 'i', 'w', false)"))
            conn.execute(text("INSERT INTO journals (id, institution_id, code, name, kind, format, next_seq) "
                              "VALUES ('j', 'i', 'IN', 'In', 'incoming', '{code}-{seq}/{year}', 8)"))
            conn.execute(text("INSERT INTO number_blocks (id, journal_id, institution_id, workstation_id, start, \"end\", "
                              "created_at) VALUES ('b', 'j', 'i', 'w', 1, 5, :t)"), {"t": dt.datetime(2025, 12, 30)})
            conn.execute(text("INSERT INTO issued_numbers (journal_id, seq, number, doc_id, block_id, op_id, created_at) "
                              "VALUES ('j', 7, 'IN-7/2025', 'd', NULL, 'o', :t)"), {"t": dt.datetime(2025, 12, 31)})
        run_migrations(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT year FROM number_blocks")).scalar() == 2025
            assert conn.execute(text("SELECT year, seq, number FROM issued_numbers")).one() == (2025, 7, "IN-7/2025")
            assert conn.execute(text("SELECT year, next_seq FROM journal_years")).one() == (dt.datetime.now(dt.timezone.utc).year, 8)
    finally:
        engine.dispose()
