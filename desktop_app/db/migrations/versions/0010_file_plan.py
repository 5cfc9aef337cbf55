"""file plan and numbering by year: cases, disposal acts, the case of a registration, numbers unique
per journal and year, documents made from outgoing-letter templates

Revision ID: 0010_file_plan
Revises: 0009_appeals_control
Create Date: 2026-11-27 16:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0010_file_plan"
down_revision = "0009_appeals_control"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "file_case",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("case_index", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("retention_years", sa.Integer(), nullable=True),
        sa.Column("article", sa.String(length=32), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("year", "case_index", name="uq_file_case_year_index"),
    )
    op.create_table(
        "disposal_act",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("proposed_by", sa.String(length=128), nullable=False),
        sa.Column("proposed_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=128), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("document_ids", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("registration") as batch:
        batch.add_column(sa.Column("case_id", sa.String(length=36), nullable=True))
        batch.create_index("ix_registration_case_id", ["case_id"], unique=False)
        batch.drop_constraint("uq_registration_journal_number", type_="unique")
        batch.create_unique_constraint("uq_registration_journal_year_number", ["journal_id", "year", "number"])
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("template", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("disposal_act_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.drop_column("disposal_act_id")
        batch.drop_column("template")
    with op.batch_alter_table("registration") as batch:
        batch.drop_constraint("uq_registration_journal_year_number", type_="unique")
        batch.create_unique_constraint("uq_registration_journal_number", ["journal_id", "number"])
        batch.drop_index("ix_registration_case_id")
        batch.drop_column("case_id")
    op.drop_table("disposal_act")
    op.drop_table("file_case")
