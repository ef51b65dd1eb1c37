"""The event's contact address, named as the ORGANIZER of its calendars (RFC 5546 asks one of PUBLISH).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from govcamp.store.migrate import REVISIONS

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contact_email", sa.String(), nullable=False, server_default=""))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {REVISIONS.index(revision) + 1}")


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("contact_email")
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {REVISIONS.index(revision)}")
