"""The whole data model: event, people and tickets, lottery runs, rooms, slots, sessions, grid, notes.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Marks the file as a govcamp event ("GVCP") so a stray database is never taken for one.
        op.execute("PRAGMA application_id = 1196835664")
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("venue", sa.String(), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("archive_url", sa.String(), nullable=False),
        sa.Column("qr_contact_cards", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "grid_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("message", sa.String(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("changelog", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    op.create_table(
        "lottery_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("applicant_digest", sa.String(), nullable=False),
        sa.Column("seed", sa.String(), nullable=True),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("algorithm_version", sa.Integer(), nullable=False),
        sa.Column("committed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("drawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(), nullable=False),
        sa.Column("badge_name", sa.String(), nullable=False),
        sa.Column("pronouns", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("email_normalised", sa.String(), nullable=True),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("organisation_type", sa.String(), nullable=False),
        sa.Column("first_timer", sa.Boolean(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("access_needs", sa.String(), nullable=False),
        sa.Column("dietary_needs", sa.String(), nullable=False),
        sa.Column("consent_contact_in_qr", sa.Boolean(), nullable=False),
        sa.Column("consent_named_in_notes", sa.Boolean(), nullable=False),
        sa.Column("checkin_code", sa.String(), nullable=False),
        sa.Column("group_key", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_checkin_code"), ["checkin_code"], unique=True)
        batch_op.create_index(batch_op.f("ix_person_email_normalised"), ["email_normalised"], unique=True)
        batch_op.create_index(batch_op.f("ix_person_group_key"), ["group_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_role"), ["role"], unique=False)

    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("features", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("capacity > 0", name="room_capacity_positive"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("demand", sa.Integer(), nullable=True),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("pitch_order", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("start_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.CheckConstraint("end_at > start_at", name="slot_ends_after_start"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("slot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slot_start_at"), ["start_at"], unique=False)

    op.create_table(
        "interest",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("starred", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", "session_id"),
    )
    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("body_md", sa.String(), nullable=False),
        sa.Column("note_taker", sa.String(), nullable=False),
        sa.Column("attendance", sa.Integer(), nullable=True),
        sa.Column("links", sa.JSON(), nullable=False),
        sa.Column("actions", sa.JSON(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_id"),
    )
    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["session.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["slot_id"], ["slot.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("room_id", "slot_id", name="placement_one_per_cell"),
        sa.UniqueConstraint("session_id"),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_room_id"), ["room_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_slot_id"), ["slot_id"], unique=False)

    op.create_table(
        "room_unavailable",
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["slot_id"], ["slot.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("room_id", "slot_id"),
    )
    op.create_table(
        "session_host",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["session_id"], ["session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_id", "position"),
    )
    with op.batch_alter_table("session_host", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_host_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_host_session_id"), ["session_id"], unique=False)

    op.create_table(
        "ticket",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("waitlist_position", sa.Integer(), nullable=True),
        sa.Column("offer_deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lottery_run_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["lottery_run_id"], ["lottery_run.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("person_id"),
    )
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_lottery_run_id"), ["lottery_run_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ticket_state"), ["state"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA user_version = 1")


def downgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_state"))
        batch_op.drop_index(batch_op.f("ix_ticket_lottery_run_id"))

    op.drop_table("ticket")
    with op.batch_alter_table("session_host", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_host_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_host_person_id"))

    op.drop_table("session_host")
    op.drop_table("room_unavailable")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_slot_id"))
        batch_op.drop_index(batch_op.f("ix_placement_room_id"))

    op.drop_table("placement")
    op.drop_table("note")
    op.drop_table("interest")
    with op.batch_alter_table("slot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slot_start_at"))

    op.drop_table("slot")
    op.drop_table("session")
    op.drop_table("room")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_role"))
        batch_op.drop_index(batch_op.f("ix_person_group_key"))
        batch_op.drop_index(batch_op.f("ix_person_email_normalised"))
        batch_op.drop_index(batch_op.f("ix_person_checkin_code"))

    op.drop_table("person")
    op.drop_table("lottery_run")
    op.drop_table("grid_version")
    op.drop_table("event")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA user_version = 0")
