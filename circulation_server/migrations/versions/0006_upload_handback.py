"""upload hand-back: index uploads by (institution, sha256) for a creation without body

Revision ID: 0006_upload_handback
Revises: 0005_scale
"""
from alembic import op


revision = "0006_upload_handback"
down_revision = "0005_scale"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # POST /v1/uploads without body hands back this workstation's incomplete upload of the same
    # file (a creation-with-upload cut mid-way): looked up by institution and sha256.
    with op.batch_alter_table('uploads', schema=None) as batch_op:
        batch_op.create_index('ix_uploads_institution_sha256', ['institution_id', 'sha256'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('uploads', schema=None) as batch_op:
        batch_op.drop_index('ix_uploads_institution_sha256')
