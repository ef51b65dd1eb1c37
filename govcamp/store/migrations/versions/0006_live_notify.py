"""Live updates on a server: every committed change to a table sends NOTIFY on the ``govcamp`` channel.

A statement-level trigger on each table calls ``govcamp_notify()``, which sends the table's name and the
sender's ``application_name`` (govcamp sets one per process: ``govcamp/HOST/PID``) so a window can tell
its own changes from another laptop's. PostgreSQL delivers notifications only when the transaction
commits and folds identical ones within it, so a check-in sends a handful, not one per row. A table added
by a later migration gets its trigger there (``CREATE TRIGGER govcamp_notify … EXECUTE FUNCTION
govcamp_notify()``). Event files (SQLite) have no server to notify: only their generation changes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from govcamp.store.migrate import REVISIONS

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FUNCTION = """
CREATE FUNCTION govcamp_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('govcamp', TG_TABLE_NAME || ' ' || current_setting('application_name'));
    RETURN NULL;
END
$$
"""


def _tables() -> list[str]:
    rows = op.get_bind().execute(
        sa.text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename <> 'alembic_version' ORDER BY tablename"
        )
    )
    return [str(row[0]) for row in rows]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {REVISIONS.index(revision) + 1}")
        return
    op.execute(FUNCTION)
    for table in _tables():
        op.execute(
            f'CREATE TRIGGER govcamp_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
            "FOR EACH STATEMENT EXECUTE FUNCTION govcamp_notify()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {REVISIONS.index(revision)}")
        return
    for table in _tables():
        op.execute(f'DROP TRIGGER IF EXISTS govcamp_notify ON "{table}"')
    op.execute("DROP FUNCTION govcamp_notify()")
