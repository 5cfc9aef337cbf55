"""journal number format as wide as the protocol allows (docflow_protocol.NUMBER_FORMAT_MAX_CHARS = 200;
the desk's column was 100 wide while the server's and the protocol's were 200)

Revision ID: 0012_journal_format_length
Revises: 0011_oral_appeals
Create Date: 2026-11-28 01:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0012_journal_format_length"
down_revision = "0011_oral_appeals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("journal") as batch:
        batch.alter_column("number_format", existing_type=sa.String(length=100), type_=sa.String(length=200),
                           existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("journal") as batch:
        batch.alter_column("number_format", existing_type=sa.String(length=200), type_=sa.String(length=100),
                           existing_nullable=False)
