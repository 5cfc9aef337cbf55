"""the card before registration: the sender's number and date written down on a document not yet
registered (Document ▸ Edit card…), offered by the register form

Revision ID: 0013_card_before_registration
Revises: 0012_journal_format_length
Create Date: 2026-11-28 02:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0013_card_before_registration"
down_revision = "0012_journal_format_length"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("corr_number", sa.String(length=64), nullable=False, server_default=""))
        batch.add_column(sa.Column("corr_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.drop_column("corr_date")
        batch.drop_column("corr_number")
