"""Row versions: sessions, rooms and people count their edits and name the desk that made the last one.

A save carries the version its editor loaded and is refused when the row has moved on (two laptops
editing one session), so nothing is silently overwritten. Notes already count theirs in ``revision``;
they gain the desk's name. Columns are only added (``ALTER TABLE … ADD COLUMN`` on both SQLite and
PostgreSQL), so the note table's full-text triggers and the live-update triggers stay as they are.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from govcamp.store.migrate import REVISIONS

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VERSIONED = ("session", "room", "person")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        op.add_column(table, sa.Column("changed_by", sa.String(), nullable=False, server_default=""))
    op.add_column("room", sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("note", sa.Column("changed_by", sa.String(), nullable=False, server_default=""))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {REVISIONS.index(revision) + 1}")


def downgrade() -> None:
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_column("changed_by")
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == "room":
                batch_op.drop_column("updated_at")
            batch_op.drop_column("changed_by")
            batch_op.drop_column("version")
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {REVISIONS.index(revision)}")
