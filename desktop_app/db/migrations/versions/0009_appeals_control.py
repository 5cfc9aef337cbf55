"""appeals and control: the applicant's card and clock, extension requests, reply links

Revision ID: 0009_appeals_control
Revises: 0008_signature_needs_settings
Create Date: 2026-11-27 16:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0009_appeals_control"
down_revision = "0008_signature_needs_settings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appeal",
        sa.Column("document_id", sa.String(length=36), sa.ForeignKey("document.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("applicant_name", sa.String(length=300), nullable=False),
        sa.Column("applicant_address", sa.Text(), nullable=False),
        sa.Column("applicant_contact", sa.String(length=300), nullable=False),
        sa.Column("appeal_type", sa.String(length=16), nullable=False),
        sa.Column("term_days", sa.Integer(), nullable=False),
        sa.Column("base_deadline", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("extension_days", sa.Integer(), nullable=False),
        sa.Column("extension_reason", sa.Text(), nullable=False),
        sa.Column("extension_told_on", sa.Date(), nullable=True),
        sa.Column("forwarded_to", sa.Text(), nullable=False),
        sa.Column("forwarded_on", sa.Date(), nullable=True),
        sa.Column("forward_told_on", sa.Date(), nullable=True),
        sa.Column("repeated_of", sa.String(length=64), nullable=False),
        sa.Column("repeated_note", sa.Text(), nullable=False),
        sa.Column("reminded_on", sa.Date(), nullable=True),
    )
    op.create_index("ix_appeal_deadline", "appeal", ["deadline"])
    op.create_table(
        "control_extension",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("resolution_id", sa.String(length=36), sa.ForeignKey("resolution.id", ondelete="CASCADE"), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("requested_by", sa.String(length=36), nullable=True),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("old_deadline", sa.Date(), nullable=True),
        sa.Column("new_deadline", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=36), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
    )
    op.create_index("ix_control_extension_resolution_id", "control_extension", ["resolution_id"])
    op.create_index("ix_control_extension_document_id", "control_extension", ["document_id"])
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("reply_to_id", sa.String(length=36), nullable=True))
        batch.create_index("ix_document_reply_to_id", ["reply_to_id"])
    with op.batch_alter_table("resolution") as batch:
        batch.add_column(sa.Column("control_removed_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("resolution") as batch:
        batch.drop_column("control_removed_reason")
    with op.batch_alter_table("document") as batch:
        batch.drop_index("ix_document_reply_to_id")
        batch.drop_column("reply_to_id")
    op.drop_table("control_extension")
    op.drop_table("appeal")
