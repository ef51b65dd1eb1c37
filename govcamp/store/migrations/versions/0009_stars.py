"""Attendees' phones (issue 15): stars, the codes the desk revoked for phones, the stars limit and the
key that signs the phones' cookies.

Each new table gets migration 0006's NOTIFY trigger on a server, so a window hears a star at once.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from govcamp.store.migrate import REVISIONS
from govcamp.store.types import UtcDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("star", "phone_revocation")


def upgrade() -> None:
    op.create_table(
        "star",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("starred_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", "session_id"),
    )
    with op.batch_alter_table("star", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_star_session_id"), ["session_id"], unique=False)
    op.create_table(
        "phone_revocation",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("revoked_at", UtcDateTime(), nullable=False),
        sa.Column("desk", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id"),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("max_stars", sa.Integer(), nullable=False, server_default="10"))
        batch_op.add_column(sa.Column("phone_secret", sa.String(), nullable=False, server_default=""))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {REVISIONS.index(revision) + 1}")
        return
    for table in TABLES:
        op.execute(
            f'CREATE TRIGGER govcamp_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
            "FOR EACH STATEMENT EXECUTE FUNCTION govcamp_notify()"
        )


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("phone_secret")
        batch_op.drop_column("max_stars")
    op.drop_table("phone_revocation")
    with op.batch_alter_table("star", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_star_session_id"))
    op.drop_table("star")  # its trigger goes with it
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {REVISIONS.index(revision)}")
