"""The audit log, and full-text search over notes (SQLite FTS5; PostgreSQL gets its own later).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FTS = [
    # An external-content index: the text lives once, in note.body_md; triggers keep the index in step.
    "CREATE VIRTUAL TABLE note_fts USING fts5("
    "body_md, content='note', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN "
    "INSERT INTO note_fts(rowid, body_md) VALUES (new.id, new.body_md); END",
    "CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN "
    "INSERT INTO note_fts(note_fts, rowid, body_md) VALUES ('delete', old.id, old.body_md); END",
    "CREATE TRIGGER note_fts_update AFTER UPDATE OF body_md ON note BEGIN "
    "INSERT INTO note_fts(note_fts, rowid, body_md) VALUES ('delete', old.id, old.body_md); "
    "INSERT INTO note_fts(rowid, body_md) VALUES (new.id, new.body_md); END",
    "INSERT INTO note_fts(note_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for statement in _FTS:
            op.execute(statement)
        op.execute("PRAGMA user_version = 2")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("note_fts_insert", "note_fts_delete", "note_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS note_fts")
        op.execute("PRAGMA user_version = 1")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))
        batch_op.drop_index(batch_op.f("ix_audit_log_action"))
    op.drop_table("audit_log")
