"""intake: local-only file versions (copier originals, versions waiting for OCR) and the watched-folder ledger

Revision ID: 0004_intake_local_files
Revises: 0003_sync
Create Date: 2026-12-01 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0004_intake_local_files"
down_revision = "0003_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("file_version") as batch:
        batch.add_column(sa.Column("upload", sa.String(length=8), nullable=False, server_default="queued"))
        batch.add_column(sa.Column("keep_until", sa.DateTime(), nullable=True))
        batch.create_index("ix_file_version_upload", ["upload"], unique=False)
    op.create_table(
        "watched_file",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("document_ids", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )


def downgrade() -> None:
    op.drop_table("watched_file")
    with op.batch_alter_table("file_version") as batch:
        batch.drop_index("ix_file_version_upload")
        batch.drop_column("keep_until")
        batch.drop_column("upload")
