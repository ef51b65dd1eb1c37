"""Change notifications on a real server (migration 0006's trigger, :mod:`govcamp.store.live`)."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from govcamp.services.demo import write_demo
from govcamp.services.sharing import share_event
from govcamp.store.live import ChangeListener

News = queue.Queue[frozenset[str] | None]


@pytest.fixture
def shared(tmp_path: Path, pg_url: str) -> str:
    path = tmp_path / "camp.govcamp"
    write_demo(path)
    share_event(path, pg_url)
    return pg_url


@pytest.fixture
def news(shared: str) -> Iterator[tuple[News, ChangeListener]]:
    heard: News = queue.Queue()
    listener = ChangeListener(shared, heard.put, own_name="govcamp/this-window/1")
    listener.start()
    assert listener.connected.wait(10)
    yield heard, listener
    listener.stop()


def _desk(url: str, name: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(url, application_name=name, autocommit=True)


def test_another_process_commit_is_heard_with_its_tables(
    shared: str, news: tuple[News, ChangeListener]
) -> None:
    heard, _ = news
    with _desk(shared, "govcamp/desk-2/99") as desk, desk.transaction():
        desk.execute("UPDATE room SET name = name || ' (upstairs)' WHERE id = (SELECT min(id) FROM room)")
        desk.execute("UPDATE event SET venue = venue")
    assert heard.get(timeout=5) == frozenset({"room", "event"})


def test_nothing_is_heard_of_a_rolled_back_change_or_of_our_own(
    shared: str, news: tuple[News, ChangeListener]
) -> None:
    heard, _ = news
    with _desk(shared, "govcamp/desk-2/99") as desk, pytest.raises(RuntimeError), desk.transaction():
        desk.execute("UPDATE room SET name = name || ' (gone)'")
        raise RuntimeError("changed my mind")
    with _desk(shared, "govcamp/this-window/1") as ours:
        ours.execute("UPDATE note SET body_md = body_md")
    with _desk(shared, "govcamp/desk-3/7") as other:
        other.execute("UPDATE slot SET label = label")
    assert heard.get(timeout=5) == frozenset({"slot"})  # the only news: neither the rollback nor our own


def test_after_the_connection_drops_the_listener_reconnects_and_says_reread_everything(
    shared: str, news: tuple[News, ChangeListener]
) -> None:
    heard, listener = news
    with _desk(shared, "admin") as admin:
        ended = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE '% listener' "
            "AND datname = current_database()"
        ).fetchall()
        assert ended == [(True,)]
    assert heard.get(timeout=10) is None  # reconnected: whatever happened meanwhile was not heard
    assert listener.connected.is_set()
    with _desk(shared, "govcamp/desk-2/99") as desk:
        desk.execute("UPDATE room SET name = name")
    assert heard.get(timeout=5) == frozenset({"room"})


def test_a_star_from_a_phone_is_heard(shared: str, news: tuple[News, ChangeListener]) -> None:
    """Migration 0009 gives the star table the trigger too (issue 15): the Grid page's counts follow."""
    heard, _ = news
    with _desk(shared, "govcamp/phones/5") as phones:
        phones.execute("DELETE FROM star WHERE person_id = (SELECT min(person_id) FROM star)")
        phones.execute("DELETE FROM phone_revocation")
    tables: set[str] = set()
    while not {"star", "phone_revocation"} <= tables:
        found = heard.get(timeout=5)
        assert found is not None
        tables |= found
