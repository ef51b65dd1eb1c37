"""Event files: made whole, opened safely, strangers refused untouched, old ones backed up and migrated."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from govcamp.domain.values import EventDetails
from govcamp.services import event as event_service
from govcamp.store import migrate
from govcamp.store.engine import make_engine, sqlite_url
from govcamp.store.eventfile import (
    NewerEventError,
    NotAnEventError,
    copy_event,
    create_event,
    open_event,
)
from govcamp.store.tables import Event


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_event_file_is_marked_and_uses_wal_and_foreign_keys(event_path: Path) -> None:
    head = event_path.read_bytes()[:100]
    assert head[68:72] == b"GVCP"
    assert int.from_bytes(head[60:64], "big") == migrate.SCHEMA_VERSION
    with open_event(event_path) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    # Closing folds the write-ahead log back in: the one file is the whole event.
    assert not Path(f"{event_path}-wal").exists() or Path(f"{event_path}-wal").stat().st_size == 0


def test_the_revision_list_matches_the_migration_scripts() -> None:
    assert migrate.known_revisions() == migrate.script_revisions()
    assert len(migrate.script_revisions()) == migrate.SCHEMA_VERSION


def test_migrations_build_exactly_the_tables_in_the_model(event_path: Path) -> None:
    engine = make_engine(sqlite_url(event_path))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": migrate.include_object})
        diff = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"name,email\nAoife,aoife@example.org\n",
        os.urandom(4096),
        b"%PDF-1.7\n" + b"\x00" * 2000,
        b"SQLite format 3\x00" + b"\x00" * 50,
    ],
    ids=["empty", "csv", "random", "pdf", "short-sqlite-header"],
)
def test_a_file_that_is_not_an_event_is_refused_and_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "thing.govcamp"
    path.write_bytes(content)
    before = _digest(path)
    with pytest.raises(NotAnEventError, match="not a govcamp event file"):
        open_event(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.govcamp"]


def test_another_sqlite_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE event (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO event (name) VALUES ('not ours')")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(NotAnEventError, match="SQLite database but not a govcamp event"):
        open_event(path)
    assert _digest(path) == before


def test_a_truncated_event_file_is_refused_and_untouched(event_path: Path) -> None:
    data = event_path.read_bytes()
    event_path.write_bytes(data[: len(data) // 2])
    before = _digest(event_path)
    with pytest.raises(NotAnEventError, match="damaged"):
        open_event(event_path)
    assert _digest(event_path) == before


def test_a_file_from_a_newer_govcamp_is_refused_and_untouched(event_path: Path) -> None:
    connection = sqlite3.connect(event_path)
    connection.execute(f"PRAGMA user_version = {migrate.SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = _digest(event_path)
    with pytest.raises(NewerEventError, match="newer version of govcamp"):
        open_event(event_path)
    assert _digest(event_path) == before


def test_a_folder_or_missing_file_gets_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(NotAnEventError, match="folder"):
        open_event(tmp_path)
    with pytest.raises(NotAnEventError, match="no such file"):
        open_event(tmp_path / "missing.govcamp")


def test_an_older_event_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.govcamp"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO event (name, start_date, end_date, venue, timezone, description, archive_url, "
            "qr_contact_cards, created_at, updated_at) VALUES ('Old camp', '2026-01-17', '2026-01-17', "
            "'Leeds', 'Europe/London', '', '', 0, '2025-11-01 10:00:00', '2025-11-01 10:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO session (title, description, needs, tags, withdrawn, pitch_order, created_at, "
            "updated_at) VALUES ('Open data', '', '[]', '[]', 0, 1, '2026-01-17 10:00:00', "
            "'2026-01-17 10:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO note (session_id, body_md, note_taker, links, actions, revision, updated_at) "
            "VALUES (1, 'We talked about brownfield registers', 'Siân', '[]', '[]', 1, "
            "'2026-01-17 11:00:00')"
        )
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    assert int.from_bytes(path.read_bytes()[60:64], "big") == 1
    original = _digest(path)

    with open_event(path, backup_dir=tmp_path / "backups") as db:
        assert event_service.get_details(db).name == "Old camp"
        with db.engine.connect() as connection:
            hits = connection.exec_driver_sql(
                "SELECT rowid FROM note_fts WHERE note_fts MATCH 'brownfield'"
            ).all()
            assert hits == [(1,)]

    backups = list((tmp_path / "backups").glob(f"old.before-v{migrate.SCHEMA_VERSION}-*.govcamp"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as backup:
        assert backup.execute("PRAGMA user_version").fetchone() == (1,)
        assert backup.execute("SELECT name FROM event").fetchone() == ("Old camp",)
    assert original != _digest(path)
    assert int.from_bytes(path.read_bytes()[60:64], "big") == migrate.SCHEMA_VERSION


def test_create_refuses_to_overwrite_and_leaves_no_partial_file(tmp_path: Path, event_path: Path) -> None:
    before = _digest(event_path)
    details = EventDetails("Other", date(2027, 1, 1), date(2027, 1, 1))
    with pytest.raises(Exception, match="already exists"):
        create_event(event_path, details)
    assert _digest(event_path) == before
    assert not list(tmp_path.glob(".*.partial*"))


def test_copy_is_a_complete_event_even_with_unfolded_writes(tmp_path: Path, event_path: Path) -> None:
    with open_event(event_path) as db:
        event_service.update_details(db, EventDetails("Renamed camp", date(2027, 3, 27), date(2027, 3, 27)))
        copy = tmp_path / "copy.govcamp"
        copy_event(event_path, copy)  # while the original is open, its change maybe still in the WAL
    with open_event(copy) as db2:
        assert event_service.get_details(db2).name == "Renamed camp"


def test_unicode_and_markup_survive_a_round_trip(tmp_path: Path) -> None:
    name = "Cymru 🏴󠁧󠁢󠁷󠁬󠁳󠁿 <script>alert(1)</script> — Łódź · 李小龙"
    path = tmp_path / "u.govcamp"
    event_service.new_event(path, EventDetails(name, date(2027, 1, 16), date(2027, 1, 16))).close()
    with open_event(path) as db:
        assert event_service.get_details(db).name == name
        with db.session() as session:
            assert session.get(Event, 1) is not None
