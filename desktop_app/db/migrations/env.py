"""Alembic environment for the local store (run at start-up by desktop_app.db.engine.migrate)."""
from alembic import context
from sqlalchemy import create_engine

from desktop_app.db.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    # The FTS5 search table and its shadow tables are created by raw SQL, not by the models.
    if type_ == "table" and name.startswith("search_fts"):
        return False
    return True


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
