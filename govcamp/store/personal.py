"""Which columns hold personal data: the tags that subject access export, erasure and purge are made from.

Every text column of the person table and of every table with a foreign key to it carries a tag in its
SQLAlchemy ``info`` (a test fails on one without), so a table added later cannot hold personal data that
the export forgets or the erasure leaves behind. The tag says what kind of data it is:

* ``identity``: who someone is (names, e-mail, check-in code); with ``identifies`` its values are also
  looked for in free text elsewhere (a name in a note, an e-mail in the audit log);
* ``profile``: facts about them (pronouns, organisation, role, the state of their ticket);
* ``special``: UK GDPR special-category data (access and dietary needs);
* ``mentions``: free text that may name anyone (notes, "Notes by", audit entries, session titles);
  erasure and purge rewrite the names and e-mails found in it, and the export quotes what it says;
* ``none``: looked at, and holds nothing about a person.

A row of a person-linked table that must outlive the person (a session they hosted) is kept with its link
cleared and each tagged column set to its ``erase_to`` value (``"a participant"`` for a host's name). A
*mention* column with an ``erase_to`` is wholly a name ("Notes by"): a purge sets every value to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, String, Table, Text
from sqlalchemy.sql.schema import MetaData
from sqlalchemy.types import TypeDecorator

#: The key of the tag in a column's ``info``.
KEY = "personal"
#: What a host who was erased is called in the programme.
PARTICIPANT = "a participant"


class Kind(StrEnum):
    IDENTITY = "identity"
    PROFILE = "profile"
    SPECIAL = "special"
    MENTIONS = "mentions"
    NONE = "none"


@dataclass(frozen=True)
class Tag:
    kind: Kind
    identifies: bool = False
    erase_to: Any = None
    has_erase_to: bool = False


def tag(kind: Kind, *, identifies: bool = False, **options: Any) -> dict[str, Any]:
    """The ``info`` of a column: ``tag(Kind.IDENTITY, identifies=True)``, ``erase_to="…"`` optional."""
    info: dict[str, Any] = {KEY: kind.value, "identifies": identifies}
    if "erase_to" in options:
        info["erase_to"] = options.pop("erase_to")
    if options:
        raise TypeError(f"unknown tag options {sorted(options)}")
    return info


def tag_of(column: Column[Any]) -> Tag | None:
    """The tag of a column, or None when it has none."""
    kind = column.info.get(KEY)
    if kind is None:
        return None
    return Tag(
        Kind(kind),
        bool(column.info.get("identifies")),
        column.info.get("erase_to"),
        "erase_to" in column.info,
    )


def is_text(column: Column[Any]) -> bool:
    """Columns that can hold words: strings and JSON, also behind a TypeDecorator (SQLModel's AutoString)."""
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    return isinstance(kind, String | Text | JSON)


def person_table(metadata: MetaData) -> Table:
    return metadata.tables["person"]


def links_to_person(table: Table) -> list[Column[Any]]:
    """The columns of ``table`` that point at a person."""
    return [fk.parent for fk in table.foreign_keys if fk.column.table.name == "person"]


def person_linked_tables(metadata: MetaData) -> list[Table]:
    """The person table, every table with a foreign key to it, and every table pointing at one of those
    (a check-in that points at a ticket), in the metadata's dependency order."""
    linked = {"person"}
    changed = True
    while changed:
        changed = False
        for table in metadata.sorted_tables:
            if table.name not in linked and any(fk.column.table.name in linked for fk in table.foreign_keys):
                linked.add(table.name)
                changed = True
    return [t for t in metadata.sorted_tables if t.name in linked]


def links_to_linked(table: Table, linked: set[str]) -> list[Column[Any]]:
    """The columns of ``table`` that point at a person or at a row about one."""
    return [fk.parent for fk in table.foreign_keys if fk.column.table.name in linked]


def tagged(table: Table) -> Iterator[tuple[Column[Any], Tag]]:
    for column in table.columns:
        found = tag_of(column)
        if found is not None:
            yield column, found


def mention_columns(metadata: MetaData) -> list[tuple[Table, Column[Any]]]:
    """Every column, in any table, tagged as free text that may name people."""
    return [
        (table, column)
        for table in metadata.sorted_tables
        for column, found in tagged(table)
        if found.kind is Kind.MENTIONS
    ]


def untagged_text_columns(metadata: MetaData) -> list[str]:
    """``table.column`` of each text column in a person-linked table with no tag (should be none)."""
    return [
        f"{table.name}.{column.name}"
        for table in person_linked_tables(metadata)
        for column in table.columns
        if is_text(column) and tag_of(column) is None
    ]
