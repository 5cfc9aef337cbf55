"""routing: resolution/route step columns, route templates, dispatch recipients

Revision ID: 0002_routing
Revises: 0001
Create Date: 2026-11-26 16:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0002_routing"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("resolution") as b:
        b.add_column(sa.Column("parent_id", sa.String(length=36), nullable=True))
        b.add_column(sa.Column("control_removed_by", sa.String(length=36), nullable=True))
        b.add_column(sa.Column("control_removed_at", sa.DateTime(), nullable=True))
        b.add_column(sa.Column("completed_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("route_step") as b:
        b.add_column(sa.Column("resolution_id", sa.String(length=36), nullable=True))
        b.add_column(sa.Column("label", sa.String(length=200), nullable=False, server_default=""))
        b.add_column(sa.Column("duration_days", sa.Integer(), nullable=True))
        b.add_column(sa.Column("action", sa.String(length=16), nullable=True))
        b.add_column(sa.Column("reminded_at", sa.DateTime(), nullable=True))
    op.create_index("ix_route_step_resolution", "route_step", ["resolution_id"], unique=False)
    op.create_table(
        "route_template",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("doc_kind", sa.String(length=16), nullable=False),
        sa.Column("stages", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "dispatch",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dispatch_id", sa.String(length=36), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("recipient_code", sa.String(length=64), nullable=False),
        sa.Column("recipient_name", sa.String(length=300), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sent_by", sa.String(length=36), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("registered_at", sa.DateTime(), nullable=True),
        sa.Column("recipient_number", sa.String(length=128), nullable=False),
        sa.Column("incoming_doc_id", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dispatch_id", "recipient_code", name="uq_dispatch_recipient"),
    )
    op.create_index("ix_dispatch_dispatch_id", "dispatch", ["dispatch_id"], unique=False)
    op.create_index("ix_dispatch_document_id", "dispatch", ["document_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_dispatch_document_id", table_name="dispatch")
    op.drop_index("ix_dispatch_dispatch_id", table_name="dispatch")
    op.drop_table("dispatch")
    op.drop_table("route_template")
    op.drop_index("ix_route_step_resolution", table_name="route_step")
    with op.batch_alter_table("route_step") as b:
        for c in ("reminded_at", "action", "duration_days", "label", "resolution_id"):
            b.drop_column(c)
    with op.batch_alter_table("resolution") as b:
        for c in ("completed_at", "control_removed_at", "control_removed_by", "parent_id"):
            b.drop_column(c)
