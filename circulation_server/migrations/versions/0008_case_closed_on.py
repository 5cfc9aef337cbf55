"""the day a case of the file plan was closed: a registration dated after it is refused (case_closed),
one dated on or before it (registered offline while the case was open, synced later) keeps its case;
cases closed before this column existed have none and take no more documents

Revision ID: 0008_case_closed_on
Revises: 0007_disposal_sync
"""
from alembic import op
import sqlalchemy as sa


revision = "0008_case_closed_on"
down_revision = "0007_disposal_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("closed_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("closed_on")
