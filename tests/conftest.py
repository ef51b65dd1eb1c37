"""Shared fixtures: every test gets its own govcamp home, so nothing touches the real one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from govcamp.domain.values import EventDetails
from govcamp.services.event import new_event
from govcamp.store.eventfile import EventDB
from tests.pg import Cluster, start_cluster

# Qt must never look for a display in tests (set before any QApplication exists).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def govcamp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "govcamp-home"
    monkeypatch.setenv("GOVCAMP_HOME", str(home))
    return home


DETAILS = EventDetails(
    name="LocalGovCamp Test",
    start_date=date(2027, 3, 27),  # the day before the clocks go forward in the UK
    end_date=date(2027, 3, 28),
    venue="The Pump House, Birmingham",
)


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    path = tmp_path / "camp.govcamp"
    new_event(path, DETAILS).close()
    return path


@pytest.fixture
def db(event_path: Path) -> Iterator[EventDB]:
    from govcamp.store.eventfile import open_event

    handle = open_event(event_path)
    yield handle
    handle.close()


@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """A private PostgreSQL server for the whole session (see tests/pg.py), stopped at the end."""
    cluster = start_cluster(tmp_path_factory.mktemp("pg"))
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """The ``postgresql://`` URL of a new, empty database on the test server."""
    return pg_cluster.new_database()
