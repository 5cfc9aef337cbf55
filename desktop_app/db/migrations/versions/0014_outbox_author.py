"""the author of each change waiting to be sent (outbox_op.author_id): at a shared desk a change
leaves only under its author's login, never under the next person's

Revision ID: 0014_outbox_author
Revises: 0013_card_before_registration
Create Date: 2026-11-28 11:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0014_outbox_author"
down_revision = "0013_card_before_registration"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_op") as batch:
        batch.add_column(sa.Column("author_id", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox_op") as batch:
        batch.drop_column("author_id")
