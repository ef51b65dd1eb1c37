"""A quick read of an up-to-date event file with the standard library's ``sqlite3``, for shortcuts.

The window's first page (:mod:`govcamp.services.first_look`) and the badge command
(:mod:`govcamp.services.badge_look`) read an event file without importing SQLAlchemy, SQLModel and the
tables, which cost a person waiting most of a second. Both read only files the full way would open
without a question: an event file of this govcamp's schema and revision that passes SQLite's quick check
and holds one event. For anything else they answer ``None`` and the full way says what is wrong.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from govcamp.store import migrate
from govcamp.store.fileformat import APPLICATION_ID, SQLITE_MAGIC
from govcamp.store.media import read_only_reason, read_only_uri


def has_current_header(path: Path) -> bool:
    """Whether ``path`` starts as an event file of this schema generation does (False when unreadable)."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    return (
        len(head) == 100
        and head.startswith(SQLITE_MAGIC)
        and int.from_bytes(head[68:72], "big") == APPLICATION_ID
        and int.from_bytes(head[60:64], "big") == migrate.SCHEMA_VERSION
    )


@contextmanager
def quick_connection(path: Path) -> Iterator[sqlite3.Connection | None]:
    """A connection that refuses to write, to an event the full way would open as it is; else ``None``.

    Opened as the full way opens it but with ``query_only``, so not a byte of the file changes and, as the
    last connection to close, SQLite takes away the ``-wal`` and ``-shm`` it keeps beside the file (a
    read-only connection would leave them); on read-only media, the read-only URI, as the full way does.
    """
    uri = read_only_uri(path) if read_only_reason(path) else f"file:{Path(path).resolve().as_posix()}?mode=rw"
    connection = sqlite3.connect(uri, uri=True)
    try:
        connection.execute("PRAGMA query_only = ON")
        # The full open's integrity test and revision check, so a damaged file is never shown or printed.
        verdict = connection.execute("PRAGMA quick_check").fetchone()
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        events = connection.execute("SELECT count(*) FROM event").fetchone()
        current = verdict == ("ok",) and revision == [(migrate.REVISIONS[-1],)] and events == (1,)
        yield connection if current else None
    finally:
        connection.close()
