"""sync: resumable transfers and the newest server state per document

Revision ID: 0003_sync
Revises: 0002_routing
Create Date: 2026-11-26 16:15:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0003_sync"
down_revision = "0002_routing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_transfer",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("upload_url", sa.String(length=300), nullable=True),
        sa.Column("done_bytes", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_transfer_state", "sync_transfer", ["direction", "state", "size"], unique=False)
    op.create_index("ix_sync_transfer_sha", "sync_transfer", ["sha256"], unique=False)
    op.create_table(
        "sync_remote",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("applied", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("document_id"),
    )


def downgrade() -> None:
    op.drop_table("sync_remote")
    op.drop_index("ix_sync_transfer_sha", table_name="sync_transfer")
    op.drop_index("ix_sync_transfer_state", table_name="sync_transfer")
    op.drop_table("sync_transfer")
