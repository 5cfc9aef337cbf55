"""search: re-fold the full-text index so that ``sehiyye`` finds ``səhiyyə``

desktop_app.search.fold now also drops the marks of Latin letters (ə ç ş ğ ö ü -> e c s g o u).
The index holds folded text, so every stored row is folded again (the old folding is a part of
the new one, so folding the stored text gives what indexing the original would). No schema change.

Revision ID: 0005_search_accent_fold
Revises: 0004_intake_local_files
Create Date: 2026-11-27 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0005_search_accent_fold"
down_revision = "0004_intake_local_files"
branch_labels = None
depends_on = None

_COLUMNS = ("subject", "correspondent", "numbers", "resolution", "body")


def upgrade() -> None:
    from desktop_app.search import fold

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT rowid, " + ", ".join(_COLUMNS) + " FROM search_fts")).all()
    for row in rows:
        values = {c: fold(row[i + 1] or "") for i, c in enumerate(_COLUMNS)}
        if all(values[c] == (row[i + 1] or "") for i, c in enumerate(_COLUMNS)):
            continue
        conn.execute(sa.text("UPDATE search_fts SET " + ", ".join(f"{c} = :{c}" for c in _COLUMNS) + " WHERE rowid = :rid"),
                     {**values, "rid": row[0]})


def downgrade() -> None:
    # The accent-free index still answers the old exact queries' folded form only partly; a
    # downgrade keeps the rows as they are (re-index from the documents to restore the old form).
    pass
