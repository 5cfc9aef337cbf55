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
