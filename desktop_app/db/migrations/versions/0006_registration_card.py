"""registration card: sheets and attachments (count, description)

Revision ID: 0006_registration_card
Revises: 0005_search_accent_fold
Create Date: 2026-11-27 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0006_registration_card"
down_revision = "0005_search_accent_fold"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registration") as batch:
        batch.add_column(sa.Column("sheets", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("attachments_count", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("attachments_description", sa.String(length=1000), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("registration") as batch:
        batch.drop_column("attachments_description")
        batch.drop_column("attachments_count")
        batch.drop_column("sheets")
