"""oral appeals: how a citizen's appeal was made (written, electronic, at a reception, by telephone),
and for an oral one the day it was received and the official who received it

Revision ID: 0011_oral_appeals
Revises: 0010_file_plan
Create Date: 2026-11-27 22:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0011_oral_appeals"
down_revision = "0010_file_plan"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appeal") as batch:
        batch.add_column(sa.Column("appeal_form", sa.String(length=16), nullable=False, server_default="written"))
        batch.add_column(sa.Column("received_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("received_by", sa.String(length=300), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("appeal") as batch:
        batch.drop_column("received_by")
        batch.drop_column("received_on")
        batch.drop_column("appeal_form")
