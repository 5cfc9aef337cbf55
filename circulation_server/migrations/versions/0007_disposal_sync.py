"""disposal acts: documents past retention proposed for disposal and the head's decision

Revision ID: 0007_disposal_sync
Revises: 0006_upload_handback
"""
from alembic import op
import sqlalchemy as sa


revision = "0007_disposal_sync"
down_revision = "0006_upload_handback"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One row per act (disposal.propose / disposal.decide); the documents carry the act in their state.
    op.create_table(
        'disposal_acts',
        sa.Column('institution_id', sa.String(length=128), nullable=False),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('documents', sa.BigInteger(), nullable=False),
        sa.Column('proposed_by', sa.String(length=128), nullable=False),
        sa.Column('proposed_at', sa.DateTime(), nullable=False),
        sa.Column('decided_by', sa.String(length=128), nullable=True),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['institution_id'], ['institutions.id'], ),
        sa.PrimaryKeyConstraint('institution_id', 'id'),
    )


def downgrade() -> None:
    op.drop_table('disposal_acts')
