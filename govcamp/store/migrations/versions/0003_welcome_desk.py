"""The welcome desk: which desk checked each person in, the door queue, and a log of badges printed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.add_column(sa.Column("checkin_desk", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("door_queued_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "badge_print",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("desk", sa.String(), nullable=False),
        sa.Column("printer", sa.String(), nullable=False),
        sa.Column("layout", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("badge_print", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_badge_print_person_id"), ["person_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA user_version = 3")


def downgrade() -> None:
    with op.batch_alter_table("badge_print", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_badge_print_person_id"))
    op.drop_table("badge_print")
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_column("door_queued_at")
        batch_op.drop_column("checkin_desk")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA user_version = 2")
