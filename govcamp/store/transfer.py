"""Copying an event's rows from one database to another: a file to a server and back, nothing lost.

Both ends hold the same schema (the same Alembic migrations); rows go table by table in foreign-key order
with their ids, and a PostgreSQL server's id sequences are then moved past the copied ids, so the next
session or check-in made on the server gets the id the file would have given it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Connection,
    Integer,
    Table,
    Text,
    bindparam,
    cast,
    func,
    insert,
    select,
    text,
    type_coerce,
)
from sqlmodel import SQLModel

import govcamp.store.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

#: Rows sent to the destination per INSERT (executemany), so memory stays flat on a large event.
BATCH = 500


def event_tables() -> list[Table]:
    """Every table of the model, parents before children."""
    return list(SQLModel.metadata.sorted_tables)


def copy_rows(source: Connection, destination: Connection) -> dict[str, int]:
    """Copy every row of every event table from ``source`` into the (migrated, empty) ``destination``.

    Returns:
        How many rows each table received.
    """
    counts: dict[str, int] = {}
    for table in event_tables():
        order = list(table.primary_key.columns) or list(table.columns)
        result = source.execute(select(*_read_columns(table)).order_by(*order))
        statement = insert(table).values(_written_values(table, destination.dialect.name))
        counts[table.name] = 0
        while batch := result.mappings().fetchmany(BATCH):
            destination.execute(statement, [dict(row) for row in batch])
            counts[table.name] += len(batch)
    if destination.dialect.name == "postgresql":
        _advance_sequences(destination)
    return counts


def _read_columns(table: Table) -> list[ColumnElement[Any]]:
    """The table's columns, JSON ones as their stored text: SQL NULL and JSON ``null`` stay apart."""
    return [cast(c, Text).label(c.name) if isinstance(c.type, JSON) else c for c in table.columns]


def _written_values(table: Table, dialect: str) -> dict[str, ColumnElement[Any]]:
    """One bound parameter per column, JSON text passed through as it was read (not encoded again)."""
    values: dict[str, ColumnElement[Any]] = {}
    for c in table.columns:
        if isinstance(c.type, JSON):
            raw = bindparam(c.name, type_=Text)
            # PostgreSQL's json column wants a json value; SQLite stores the text as it is.
            values[c.name] = cast(raw, c.type) if dialect == "postgresql" else type_coerce(raw, Text)
        else:
            values[c.name] = bindparam(c.name, type_=c.type)
    return values


def _advance_sequences(connection: Connection) -> None:
    """Set each serial id's sequence so its next value follows the largest copied id."""
    preparer = connection.dialect.identifier_preparer
    for table in event_tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": preparer.quote(table.name), "column": keys[0].name},
        ).scalar()
        if sequence is None:
            continue
        largest = connection.execute(select(func.max(keys[0]))).scalar()
        connection.execute(
            text("SELECT setval(:sequence, :value, :called)"),
            {"sequence": sequence, "value": largest or 1, "called": largest is not None},
        )
