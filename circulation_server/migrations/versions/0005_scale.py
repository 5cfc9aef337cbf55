"""scale: per-institution write locks (no server_state row), upload locks as leases in the database

Revision ID: 0005_scale
Revises: 0004_yearly_numbers_file_plan
"""
from alembic import op
import sqlalchemy as sa


revision = "0005_scale"
down_revision = "0004_yearly_numbers_file_plan"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Writers lock the institutions they change (circulation_server/db.py), not one global row.
    op.drop_table('server_state')
    with op.batch_alter_table('uploads', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lock_owner', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('lock_expires_at', sa.DateTime(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column('login_throttle', 'failures', type_=sa.BigInteger(), existing_type=sa.Integer(),
                        existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column('login_throttle', 'failures', type_=sa.Integer(), existing_type=sa.BigInteger(),
                        existing_nullable=False)
    with op.batch_alter_table('uploads', schema=None) as batch_op:
        batch_op.drop_column('lock_expires_at')
        batch_op.drop_column('lock_owner')
    op.create_table('server_state',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('write_counter', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('id'))
    op.execute("INSERT INTO server_state (id, write_counter) VALUES (1, 0)")
