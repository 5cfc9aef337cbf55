"""yearly numbering and the file plan (issue 17): per-year journal sequences, blocks and issued
numbers of a year, the cases of the institutions' file plans

Existing blocks and issued numbers belong to the year they were made in; each journal's counter
continues in the current year (so no number of this year is issued twice), the next year starts at 1.

Revision ID: 0004_yearly_numbers_file_plan
Revises: 0003_signing_settings
"""
import datetime as dt

from alembic import op
import sqlalchemy as sa


revision = '0004_yearly_numbers_file_plan'
down_revision = '0003_signing_settings'
branch_labels = None
depends_on = None


def _year_of(column: str) -> str:
    if op.get_bind().dialect.name == "postgresql":
        return f"CAST(EXTRACT(YEAR FROM {column}) AS INTEGER)"
    return f"CAST(strftime('%Y', {column}) AS INTEGER)"


def upgrade() -> None:
    this_year = dt.datetime.now(dt.timezone.utc).year
    op.create_table('journal_years',
    sa.Column('journal_id', sa.String(length=128), nullable=False),
    sa.Column('year', sa.BigInteger(), nullable=False),
    sa.Column('next_seq', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['journal_id'], ['journals.id'], ),
    sa.PrimaryKeyConstraint('journal_id', 'year')
    )
    op.execute(f"INSERT INTO journal_years (journal_id, year, next_seq) SELECT id, {this_year}, next_seq FROM journals")

    with op.batch_alter_table('number_blocks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('year', sa.BigInteger(), nullable=True))
    op.execute(f"UPDATE number_blocks SET year = {_year_of('created_at')}")
    with op.batch_alter_table('number_blocks', schema=None) as batch_op:
        batch_op.alter_column('year', existing_type=sa.BigInteger(), nullable=False)
        batch_op.drop_constraint('uq_blocks_journal_start', type_='unique')
        batch_op.create_unique_constraint('uq_blocks_journal_year_start', ['journal_id', 'year', 'start'])

    # issued_numbers gets the year into its primary key: a new table, the rows copied over.
    op.create_table('issued_numbers_y',
    sa.Column('journal_id', sa.String(length=128), nullable=False),
    sa.Column('year', sa.BigInteger(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('number', sa.String(length=200), nullable=False),
    sa.Column('doc_id', sa.String(length=36), nullable=False),
    sa.Column('block_id', sa.String(length=128), nullable=True),
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    )
    op.execute("INSERT INTO issued_numbers_y (journal_id, year, seq, number, doc_id, block_id, op_id, created_at) "
               f"SELECT journal_id, {_year_of('created_at')}, seq, number, doc_id, block_id, op_id, created_at "
               "FROM issued_numbers")
    op.drop_table('issued_numbers')
    op.rename_table('issued_numbers_y', 'issued_numbers')
    with op.batch_alter_table('issued_numbers', schema=None) as batch_op:
        batch_op.create_primary_key('pk_issued_numbers', ['journal_id', 'year', 'seq'])
        batch_op.create_foreign_key('fk_issued_numbers_journal', 'journals', ['journal_id'], ['id'])
        batch_op.create_unique_constraint('uq_issued_numbers_doc_id', ['doc_id'])
        batch_op.create_unique_constraint('uq_issued_journal_year_number', ['journal_id', 'year', 'number'])
        batch_op.create_index(batch_op.f('ix_issued_numbers_block_id'), ['block_id'], unique=False)

    op.create_table('cases',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('institution_id', sa.String(length=128), nullable=False),
    sa.Column('year', sa.BigInteger(), nullable=False),
    sa.Column('case_index', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('retention_years', sa.BigInteger(), nullable=True),
    sa.Column('article', sa.String(length=32), nullable=False),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_by', sa.String(length=128), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['institution_id'], ['institutions.id'], ),
    sa.PrimaryKeyConstraint('institution_id', 'id'),
    sa.UniqueConstraint('institution_id', 'year', 'case_index', name='uq_cases_inst_year_index')
    )


def downgrade() -> None:
    raise NotImplementedError("yearly numbering cannot be undone: numbers of different years may share a seq")
