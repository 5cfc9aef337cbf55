"""document origin: who sent a document that arrived by dispatch (their number, date, note, card)

Revision ID: 0007_document_origin
Revises: 0006_registration_card
Create Date: 2026-11-27 16:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0007_document_origin"
down_revision = "0006_registration_card"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_origin",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("registry_code", sa.String(length=64), nullable=False),
        sa.Column("institution_name", sa.String(length=300), nullable=False),
        sa.Column("dispatch_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("reg_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("sheets", sa.Integer(), nullable=False),
        sa.Column("attachments_count", sa.Integer(), nullable=False),
        sa.Column("attachments_description", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id"),
    )
    # Letters that arrived before this revision: their origin is in the last synced server state.
    op.execute("""
        INSERT INTO document_origin (document_id, registry_code, institution_name, dispatch_id, number, reg_date, note,
                                     pages, sheets, attachments_count, attachments_description)
        SELECT r.document_id,
               substr(coalesce(json_extract(r.state, '$.origin.registry_code'), ''), 1, 64),
               substr(coalesce(json_extract(r.state, '$.origin.institution_name'), ''), 1, 300),
               substr(json_extract(r.state, '$.origin.dispatch_id'), 1, 36),
               substr(coalesce(json_extract(r.state, '$.origin.registration_number'), ''), 1, 64),
               CASE WHEN json_valid(r.state) AND date(json_extract(r.state, '$.origin.registration_date')) IS NOT NULL
                    THEN date(json_extract(r.state, '$.origin.registration_date')) END,
               coalesce(json_extract(r.state, '$.origin.note'), ''), 0, 0, 0, ''
        FROM sync_remote AS r JOIN document AS d ON d.id = r.document_id
        WHERE json_valid(r.state) AND json_type(r.state, '$.origin.dispatch_id') = 'text'
    """)


def downgrade() -> None:
    op.drop_table("document_origin")
