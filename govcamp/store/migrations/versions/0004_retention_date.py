"""A retention date per event: when its personal data is due to be purged.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from govcamp.store.migrate import REVISIONS

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retention_until", sa.Date(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        # The generation is this revision's place in the chain, so re-ordering revisions keeps it right.
        op.execute(f"PRAGMA user_version = {REVISIONS.index(revision) + 1}")


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("retention_until")
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {REVISIONS.index(revision)}")
