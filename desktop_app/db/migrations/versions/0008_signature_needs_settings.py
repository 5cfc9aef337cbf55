"""Signatures that "failed" only because no trust roots were configured wait for the settings instead.

Before issue 14 a signature completed with no trust bundle was marked ``failed`` for good (in the
language of the day). Those rows become ``needs_settings``: retried as soon as the settings exist.
No schema change (the state column is free text).

Revision ID: 0008_signature_needs_settings
Revises: 0007_document_origin
"""
from alembic import op
import sqlalchemy as sa

revision = "0008_signature_needs_settings"
down_revision = "0007_document_origin"
branch_labels = None
depends_on = None

#: The old message, as it was stored in each interface language.
OLD_MESSAGES = (
    "No trust bundle is configured (settings: trust_bundle).",
    "Etibarlı sertifikatlar dəsti təyin edilməyib (parametr: trust_bundle).",
    "Набор доверенных сертификатов не настроен (параметр: trust_bundle).",
)


def upgrade() -> None:
    sig = sa.table("signature", sa.column("upgrade_state", sa.String), sa.column("message", sa.Text),
                   sa.column("next_attempt_at", sa.DateTime))
    op.execute(sig.update().where(sig.c.upgrade_state == "failed", sig.c.message.in_(OLD_MESSAGES))
               .values(upgrade_state="needs_settings", next_attempt_at=None))


def downgrade() -> None:
    sig = sa.table("signature", sa.column("upgrade_state", sa.String))
    op.execute(sig.update().where(sig.c.upgrade_state == "needs_settings").values(upgrade_state="failed"))
