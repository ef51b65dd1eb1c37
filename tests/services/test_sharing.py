"""Sharing an event on a real PostgreSQL server (tests/pg.py) and bringing it back: nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from govcamp.domain.errors import GovcampError
from govcamp.services.demo import write_demo
from govcamp.services.sharing import share_event, unshare_event
from govcamp.store.engine import make_engine, sqlite_url
from govcamp.store.eventfile import open_event
from govcamp.store.transfer import event_tables


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    write_demo(path)
    return path


def _sortable(row: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(repr(value) for value in row)


def raw_tables(path: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every table of an event file as SQLite stores it (Python's sqlite3, not our code): columns, rows.

    FTS5's shadow tables are left out: their pages depend on the order notes were written, not on what
    they hold; search is checked on its own.
    """
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        listed = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        names = [name for (name,) in listed if not name.startswith(("note_fts", "sqlite_"))]
        tables = {}
        for name in names:
            cursor = connection.execute(f'SELECT * FROM "{name}"')
            columns = [d[0] for d in cursor.description]
            tables[name] = (columns, sorted(cursor.fetchall(), key=_sortable))
        tables["(header)"] = (
            ["application_id", "user_version"],
            [
                (
                    connection.execute("PRAGMA application_id").fetchone()[0],
                    connection.execute("PRAGMA user_version").fetchone()[0],
                )
            ],
        )
        return tables
    finally:
        connection.close()


def test_round_trip_file_server_file_keeps_every_row(demo_file: Path, pg_url: str, tmp_path: Path) -> None:
    shared = share_event(demo_file, pg_url)
    assert shared.rows["person"] > 500 and shared.rows["note"] > 0
    assert ":***@" in shared.target and pg_url.split(":")[2].split("@")[0] not in shared.target

    # The server holds the same values as the file, table by table, read through each end's own engine.
    file_engine = make_engine(sqlite_url(demo_file), read_only=True)
    server_engine = make_engine(pg_url)
    try:
        with file_engine.connect() as file_side, server_engine.connect() as server_side:
            for table in event_tables():
                order = list(table.primary_key.columns)
                expected = file_side.execute(select(table).order_by(*order)).all()
                assert server_side.execute(select(table).order_by(*order)).all() == expected, table.name
    finally:
        file_engine.dispose()
        server_engine.dispose()

    back = tmp_path / "back.govcamp"
    unshare_event(pg_url, back)
    before, after = raw_tables(demo_file), raw_tables(back)
    assert after.keys() == before.keys()
    for name in before:
        assert after[name] == before[name], name


def test_ids_continue_on_the_server_where_the_file_left_off(demo_file: Path, pg_url: str) -> None:
    share_event(demo_file, pg_url)
    with sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True) as connection:
        largest = {
            name: connection.execute(f'SELECT max(id) FROM "{name}"').fetchone()[0]
            for name in ("person", "session", "room", "audit_log", "note")
        }
    with psycopg.connect(pg_url) as connection:
        for name, top in largest.items():
            sequence = connection.execute("SELECT pg_get_serial_sequence(%s, 'id')", (name,)).fetchone()
            assert sequence is not None and sequence[0] is not None
            following = connection.execute("SELECT nextval(%s)", (sequence[0],)).fetchone()
            assert following == ((top or 0) + 1,), name


def test_share_refuses_a_database_that_holds_something(demo_file: Path, pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE accounts (id integer, owner text)")
        connection.execute("INSERT INTO accounts VALUES (1, 'finance')")
    with pytest.raises(GovcampError, match="already holds 1 tables"):
        share_event(demo_file, pg_url)
    with psycopg.connect(pg_url) as connection:
        tables = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
        assert tables == [("accounts",)]
        assert connection.execute("SELECT * FROM accounts").fetchall() == [(1, "finance")]


def test_sharing_twice_into_one_database_is_refused(demo_file: Path, pg_url: str) -> None:
    share_event(demo_file, pg_url)
    with pytest.raises(GovcampError, match="share into an empty database"):
        share_event(demo_file, pg_url)


def test_an_unreachable_server_is_one_clear_error(demo_file: Path, pg_url: str) -> None:
    wrong = pg_url.replace(pg_url.split(":")[2].split("@")[0], "not-the-password")
    with pytest.raises(GovcampError, match="password authentication failed"):
        share_event(demo_file, wrong)


def test_unshare_never_overwrites_without_force(demo_file: Path, pg_url: str, tmp_path: Path) -> None:
    share_event(demo_file, pg_url)
    target = tmp_path / "kept.govcamp"
    target.write_bytes(b"precious")
    with pytest.raises(GovcampError, match="already exists"):
        unshare_event(pg_url, target)
    assert target.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.govcamp"]
    unshare_event(pg_url, target, force=True)
    with open_event(target) as db:
        assert db.path == target


def test_unshare_of_an_empty_database_leaves_no_file(pg_url: str, tmp_path: Path) -> None:
    with pytest.raises(GovcampError, match="holds no govcamp event"):
        unshare_event(pg_url, tmp_path / "out.govcamp")
    assert list(tmp_path.iterdir()) == []
    # Looking did not build a schema there: the database can still be shared into.
    with psycopg.connect(pg_url) as connection:
        assert connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone() == (0,)


def test_opening_a_stranger_database_changes_nothing_in_it(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE members (id integer)")
    with pytest.raises(GovcampError, match="holds no govcamp event"):
        open_event(pg_url)
    with psycopg.connect(pg_url) as connection:
        tables = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    assert tables == [("members",)]


def test_sql_null_and_json_null_both_survive_the_round_trip(
    event_path: Path, pg_url: str, tmp_path: Path
) -> None:
    with open_event(event_path) as db, db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO lottery_run "
            "(id, rules, applicant_digest, seed, result, algorithm_version, committed_at) "
            "VALUES (1, '{\"places\": 3}', 'abc', NULL, NULL, 1, '2027-01-02 03:04:05.000006'), "
            "(2, '{\"places\": 4}', 'def', 's', 'null', 1, '2027-01-02 03:04:05.000007')"
        )
    share_event(event_path, pg_url)
    with psycopg.connect(pg_url) as connection:
        rows = connection.execute(
            "SELECT id, result IS NULL, result::text FROM lottery_run ORDER BY id"
        ).fetchall()
    assert rows == [(1, True, None), (2, False, "null")]
    back = tmp_path / "back.govcamp"
    unshare_event(pg_url, back)
    assert raw_tables(back)["lottery_run"] == raw_tables(event_path)["lottery_run"]
