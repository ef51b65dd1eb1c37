"""Copying an event's rows from one database to another: a file to a server and back, nothing lost.

Both ends hold the same schema (the same Alembic migrations); rows go table by table in foreign-key order
with their ids, and a PostgreSQL server's id sequences are then moved past the copied ids, so the next
session or check-in made on the server gets the id the file would have given it.
"""

from __future__ import annotations

from sqlalchemy import Connection, Integer, Table, func, insert, select, text
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
        result = source.execute(select(table).order_by(*order))
        counts[table.name] = 0
        while batch := result.mappings().fetchmany(BATCH):
            destination.execute(insert(table), [dict(row) for row in batch])
            counts[table.name] += len(batch)
    if destination.dialect.name == "postgresql":
        _advance_sequences(destination)
    return counts


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
