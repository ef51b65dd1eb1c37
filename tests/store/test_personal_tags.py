"""Every text column a person's data could sit in is tagged, so export, erasure and purge miss nothing."""

from __future__ import annotations

from sqlalchemy import JSON, Column, ForeignKey, Integer, MetaData, String, Table
from sqlmodel import AutoString, SQLModel

import govcamp.store.tables  # noqa: F401  (registers the tables)
from govcamp.store import personal


def test_every_text_column_of_a_person_linked_table_is_tagged() -> None:
    assert personal.untagged_text_columns(SQLModel.metadata) == []
    linked = {t.name for t in personal.person_linked_tables(SQLModel.metadata)}
    assert {"person", "ticket", "interest", "session_host"} <= linked


def test_the_rule_catches_a_new_table_that_points_at_a_person() -> None:
    # The rule is generic: any table with a foreign key to person, any text column (check-ins, print log…).
    metadata = MetaData()
    Table("person", metadata, Column("id", Integer, primary_key=True), Column("full_name", String))
    Table(
        "door_queue",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("who", Integer, ForeignKey("person.id")),
        Column("said", String),
        # A `str` field of an SQLModel table is an AutoString (a TypeDecorator), not a String.
        Column("alias", AutoString),
        Column("extra", JSON, info=personal.tag(personal.Kind.PROFILE)),
        Column("count", Integer),
    )
    Table(
        "print_log",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("queue_id", Integer, ForeignKey("door_queue.id")),
        Column("printer", String),
    )
    Table("room", metadata, Column("id", Integer, primary_key=True), Column("name", String))
    assert personal.untagged_text_columns(metadata) == [
        "person.full_name",
        "door_queue.said",
        "door_queue.alias",
        "print_log.printer",
    ]


def test_a_row_kept_after_its_person_goes_says_what_replaces_their_data() -> None:
    tables = personal.person_linked_tables(SQLModel.metadata)
    names = {t.name for t in tables}
    for table in tables:
        if table.name == "person":
            continue
        kept = any(column.nullable for column in personal.links_to_linked(table, names))
        for column, found in personal.tagged(table):
            if kept and found.kind in (personal.Kind.IDENTITY, personal.Kind.PROFILE, personal.Kind.SPECIAL):
                assert found.has_erase_to, f"{table.name}.{column.name} needs erase_to"


def test_needs_are_special_category_and_names_are_looked_for_in_free_text() -> None:
    person = SQLModel.metadata.tables["person"]
    tags = {column.name: found for column, found in personal.tagged(person)}
    assert tags["access_needs"].kind is personal.Kind.SPECIAL
    assert tags["dietary_needs"].kind is personal.Kind.SPECIAL
    assert {name for name, t in tags.items() if t.identifies} == {
        "full_name",
        "badge_name",
        "email",
        "email_normalised",
    }
    mentions = {f"{t.name}.{c.name}" for t, c in personal.mention_columns(SQLModel.metadata)}
    assert {"note.body_md", "note.note_taker", "audit_log.detail", "audit_log.actor"} <= mentions
