"""server trust: 64-bit sequences, audit journal, login throttling (issue 12)

Revision ID: 0002_server_trust
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_server_trust'
down_revision = '0001'
branch_labels = None
depends_on = None

BigSeq = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # SQLite's INTEGER is 64-bit already; PostgreSQL's is 32-bit, and so is a SERIAL's sequence.
        op.alter_column('changes', 'seq', type_=sa.BigInteger(), existing_type=sa.Integer(),
                        existing_nullable=False)
        op.execute("DO $$ BEGIN EXECUTE format('ALTER SEQUENCE %s AS BIGINT', "
                   "pg_get_serial_sequence('changes', 'seq')); END $$")
        op.alter_column('documents', 'version', type_=sa.BigInteger(), existing_type=sa.Integer(),
                        existing_nullable=False)
    op.create_table('audit_events',
    sa.Column('id', BigSeq, autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('outcome', sa.String(length=64), nullable=False),
    sa.Column('institution_id', sa.String(length=128), nullable=True),
    sa.Column('user_id', sa.String(length=128), nullable=True),
    sa.Column('workstation_id', sa.String(length=128), nullable=True),
    sa.Column('doc_id', sa.String(length=36), nullable=True),
    sa.Column('op_id', sa.String(length=36), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_doc_id'), ['doc_id'], unique=False)
        batch_op.create_index('ix_audit_inst_at', ['institution_id', 'at'], unique=False)
    op.create_table('login_throttle',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('window_started_at', sa.DateTime(), nullable=False),
    sa.Column('blocked_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('key')
    )


def downgrade() -> None:
    op.drop_table('login_throttle')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_inst_at')
        batch_op.drop_index(batch_op.f('ix_audit_events_doc_id'))
    op.drop_table('audit_events')
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column('documents', 'version', type_=sa.Integer(), existing_type=sa.BigInteger())
        op.execute("DO $$ BEGIN EXECUTE format('ALTER SEQUENCE %s AS INTEGER', "
                   "pg_get_serial_sequence('changes', 'seq')); END $$")
        op.alter_column('changes', 'seq', type_=sa.Integer(), existing_type=sa.BigInteger())
