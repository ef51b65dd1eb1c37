"""Opening, creating and copying event files, and refusing anything that is not one.

An event file is a SQLite database whose header carries our application id (``GVCP``) and whose
``user_version`` is the schema generation that wrote it. Both sit in the first 100 bytes, so a file is
judged by reading them before SQLite ever opens it: a stranger's file is never touched.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, select

import govcamp.store.clean  # noqa: F401  (its flush listener: nothing unsafe is ever stored)
from govcamp.domain.errors import GovcampError
from govcamp.domain.values import EventDetails
from govcamp.domain.words import _
from govcamp.store import fileformat, migrate
from govcamp.store.engine import describe_error, make_engine, sqlite_url
from govcamp.store.media import read_only_reason, read_only_uri
from govcamp.store.tables import Event

# Defined where exports and quick reads can import them without SQLAlchemy.
APPLICATION_ID = fileformat.APPLICATION_ID
SQLITE_MAGIC = fileformat.SQLITE_MAGIC
SUFFIX = fileformat.SUFFIX


class NotAnEventError(GovcampError):
    """The file is not a govcamp event (or is too damaged to be one)."""


class NewerEventError(GovcampError):
    """The file was written by a newer govcamp than this one."""


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int
    page_size: int
    page_count: int


def read_header(path: Path) -> Header:
    """Read the SQLite header of ``path`` without opening it as a database.

    Raises:
        NotAnEventError: the file is missing, unreadable, or not a SQLite database.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except FileNotFoundError as exc:
        raise NotAnEventError(_("{path}: no such file.").format(path=path)) from exc
    except IsADirectoryError as exc:
        raise NotAnEventError(_("{path} is a folder, not an event file.").format(path=path)) from exc
    except OSError as exc:
        raise NotAnEventError(
            _("{path} cannot be read: {strerror}.").format(path=path, strerror=exc.strerror)
        ) from exc
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise NotAnEventError(_("{path} is not a govcamp event file.").format(path=path))
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return Header(
        application_id=int.from_bytes(head[68:72], "big"),
        user_version=int.from_bytes(head[60:64], "big"),
        page_size=page_size,
        page_count=int.from_bytes(head[28:32], "big"),
    )


def check_event_file(path: Path) -> int:
    """Judge ``path`` without changing a byte of it; return its schema generation.

    Raises:
        NotAnEventError: it is not an event, or it is damaged (truncated, corrupt).
        NewerEventError: a newer govcamp wrote it.
    """
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise NotAnEventError(
            _("{path} is a SQLite database but not a govcamp event file.").format(path=path)
        )
    if header.user_version > migrate.SCHEMA_VERSION:
        raise NewerEventError(
            _(
                "{path} was saved by a newer version of govcamp (event format {user_version}; "
                "this version reads up to {SCHEMA_VERSION}). Update govcamp to open it."
            ).format(path=path, user_version=header.user_version, SCHEMA_VERSION=migrate.SCHEMA_VERSION)
        )
    size = path.stat().st_size
    if size < header.page_size * header.page_count:
        raise NotAnEventError(
            _(
                "{path} is damaged: it is {size:,} bytes but should be at least "
                "{value:,} (was it copied only in part?)."
            ).format(path=path, size=size, value=header.page_size * header.page_count)
        )
    uri = read_only_uri(path)
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            verdict = connection.execute("PRAGMA quick_check").fetchone()
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            events = connection.execute("SELECT count(*) FROM event").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise NotAnEventError(
            _("{path} is damaged and cannot be opened ({exc}).").format(path=path, exc=exc)
        ) from exc
    if verdict is None or verdict[0] != "ok":
        raise NotAnEventError(
            _("{path} is damaged: SQLite's check says {value}.").format(
                path=path, value=verdict[0] if verdict else "?"
            )
        )
    if revision is None or revision[0] not in migrate.known_revisions():
        raise NotAnEventError(
            _("{path} has an unknown event format ({revision}).").format(path=path, revision=revision)
        )
    if not events or events[0] != 1:
        raise NotAnEventError(_("{path} holds no event.").format(path=path))
    return header.user_version


class EventDB:
    """An open event: the engine behind it and where it lives. One per window or command."""

    def __init__(self, engine: Engine, *, url: str, path: Path | None, read_only: str | None = None) -> None:
        self.engine = engine
        self.url = url
        self.path = path
        #: Why this event cannot be changed (a read-only disk, another window holds it), or None.
        self.read_only = read_only
        self._refusing = False
        if read_only is not None:
            self.stop_writes(read_only)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One database session for one user action: committed on success, rolled back on error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def stop_writes(self, reason: str) -> None:
        """From now on refuse every change, in words (the file was moved or deleted under us, or is
        read-only): reading still works."""
        if self.read_only is not None and self._refusing:
            return
        self.read_only = reason
        self._refusing = True

        @event.listens_for(self.engine, "before_cursor_execute")
        def _refuse(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
            if not statement.lstrip().upper().startswith(("SELECT", "PRAGMA", "WITH")):
                raise GovcampError(_("Nothing was saved: {reason}").format(reason=reason))

    @property
    def label(self) -> str:
        """What to call this event's storage in the title bar and messages."""
        if self.path is not None:
            return self.path.name
        # The URL as people type it: psycopg is how govcamp talks to the server, not part of its address.
        return self.engine.url.set(drivername=self.engine.url.get_backend_name()).render_as_string(
            hide_password=True
        )

    def close(self) -> None:
        """Fold the write-ahead log into the file, so the one file holds everything, and let go."""
        if self.path is not None:
            with suppress(SQLAlchemyError), self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()

    def __enter__(self) -> EventDB:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _stamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")


def create_event(path: Path, details: EventDetails, *, overwrite: bool = False) -> EventDB:
    """Create a new event file and return it open.

    The file is built beside its final name and moved into place only when complete, so a crash or
    an error leaves no half-made event behind.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise GovcampError(_("{path} already exists; choose another name.").format(path=path))
    if not path.parent.exists():
        raise GovcampError(_("The folder {parent} does not exist.").format(parent=path.parent))
    partial = path.with_name(f".{path.name}.partial")
    _remove_database(partial)
    engine = make_engine(sqlite_url(partial))
    try:
        migrate.upgrade(engine)
        with Session(engine) as session:
            session.add(Event(**details.__dict__))
            session.commit()
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        engine.dispose()
        _remove_database(partial)
        raise
    engine.dispose()
    _remove_database(path)
    os.replace(partial, path)
    return open_event(path)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def open_event(
    target: Path | str, *, backup_dir: Path | None = None, read_only: str | None = None
) -> EventDB:
    """Open an event file (a path) or a server (a SQLAlchemy URL such as ``postgresql+psycopg://…``).

    An event file from an older govcamp is copied to ``NAME.before-vN.govcamp`` beside it (or into
    ``backup_dir``) and then migrated.

    Raises:
        NotAnEventError, NewerEventError: see :func:`check_event_file`.

    ``read_only`` (the reason, in words) opens the file without writing a byte; a file on read-only media
    is opened so anyway, with that reason.
    """
    if isinstance(target, str) and "://" in target:
        return _open_server(target)
    path = Path(target)
    generation = check_event_file(path)
    media = read_only_reason(path)
    reason = media or read_only
    if reason is not None:
        if generation < migrate.SCHEMA_VERSION:
            raise GovcampError(
                _(
                    "{path} was saved by an older govcamp and cannot be upgraded where it is ({reason}); "
                    "copy it to a folder you can write to and open the copy."
                ).format(path=path, reason=reason)
            )
        engine = make_engine(sqlite_url(path), read_only=True)
        words = f"{path} is read-only ({media})." if media else reason
        return EventDB(engine, url=sqlite_url(path), path=path, read_only=words)
    if generation < migrate.SCHEMA_VERSION:
        folder = backup_dir or path.parent
        folder.mkdir(parents=True, exist_ok=True)
        backup = folder / f"{path.stem}.before-v{migrate.SCHEMA_VERSION}-{_stamp()}{SUFFIX}"
        copy_event(path, backup)
        engine = make_engine(sqlite_url(path))
        try:
            migrate.upgrade(engine)
        except Exception as exc:
            engine.dispose()
            _remove_database(path)
            shutil.copyfile(backup, path)
            raise GovcampError(
                _("{path} could not be upgraded ({exc}); it is unchanged, and a copy is at {backup}.").format(
                    path=path, exc=exc, backup=backup
                )
            ) from exc
        engine.dispose()
    engine = make_engine(sqlite_url(path))
    return EventDB(engine, url=sqlite_url(path), path=path)


def _open_server(url: str) -> EventDB:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise GovcampError(
            _("Cannot reach the event server: {value}").format(value=describe_error(exc))
        ) from exc
    if revision is None:
        # An empty database, or a stranger's: never build our schema in it just by opening it.
        engine.dispose()
        raise NotAnEventError(
            _("That database holds no govcamp event; put one there with `govcamp share FILE --to URL`.")
        )
    known = migrate.known_revisions()
    if revision not in known:
        engine.dispose()
        raise NewerEventError(_("The event server holds a newer event format; update govcamp."))
    if revision != migrate.head_revision():
        migrate.upgrade(engine)
    with Session(engine) as session:
        if session.exec(select(Event)).first() is None:
            engine.dispose()
            raise NotAnEventError(_("The event server holds no event."))
    return EventDB(engine, url=url, path=None)


def copy_event(source: Path, destination: Path) -> None:
    """Copy an event file consistently (SQLite's online backup), write-ahead log included."""
    destination = Path(destination)
    if destination.resolve() == Path(source).resolve():
        raise GovcampError(_("Choose a different file for the copy."))
    partial = destination.with_name(f".{destination.name}.partial")
    _remove_database(partial)
    src = sqlite3.connect(f"file:{Path(source).resolve().as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, destination)


def schema_text(engine: Engine) -> str:
    """The revision an engine's database is at (for ``govcamp info``)."""
    with engine.connect() as connection:
        return str(connection.execute(text("SELECT version_num FROM alembic_version")).scalar())


def remove_database(path: Path) -> None:
    """Delete a database file and its journal companions (a half-made copy that failed)."""
    _remove_database(path)
