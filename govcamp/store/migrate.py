"""Run the Alembic migrations that build and upgrade an event's schema.

Alembic is imported only when a migration actually runs: opening an up-to-date event (every start of the
app) needs just the list of revisions below, and importing Alembic costs a fifth of a second.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Types only: the window's first look at an event (services.first_look) reads the schema
    # generation from here before SQLAlchemy is imported.
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")

#: Every revision this version knows, oldest first (a test checks it against migrations/versions).
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")

#: The schema generation this version writes (SQLite ``user_version``): one per revision.
SCHEMA_VERSION = len(REVISIONS)


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Leave the notes' full-text indexes out of autogenerate: migrations make them by hand.

    SQLite's FTS5 shadow tables (``note_fts*``, migration 0002) and PostgreSQL's expression index
    ``ix_note_search`` (migration 0008) have no place in the SQLModel tables.
    """
    if type_ == "index" and name == "ix_note_search":
        return False
    return not (type_ == "table" and name is not None and name.startswith("note_fts"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return REVISIONS[-1]


def known_revisions() -> list[str]:
    """Every revision this version knows, oldest first."""
    return list(REVISIONS)


def script_revisions() -> list[str]:
    """The revisions as Alembic reads them from migrations/versions, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    revision: Any = MigrationContext.configure(connection).get_current_revision()
    return None if revision is None else str(revision)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` (default: the newest this version knows)."""
    with engine.begin() as connection:
        upgrade_connection(connection, revision)


def upgrade_connection(connection: Connection, revision: str = "head") -> None:
    """Migrate inside the caller's transaction (PostgreSQL's DDL is transactional: all or nothing)."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
