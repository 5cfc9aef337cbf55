"""signing settings of an institution (trust roots, TSA, revocation) delivered to its desks (issue 14)

Revision ID: 0003_signing_settings
Revises: 0002_server_trust
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_signing_settings'
down_revision = '0002_server_trust'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('institutions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signing_settings', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('institutions', schema=None) as batch_op:
        batch_op.drop_column('signing_settings')
