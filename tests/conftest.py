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
from tests.pg import BACKENDS, Cluster, start_cluster

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


# ------------------------------------------------------------------ one event, on a file or on a server
#
# A test (or a fixture it uses) that asks for ``backend`` runs twice: once on an event file ("sqlite"),
# once on the session's PostgreSQL server ("postgresql"). ``event_target`` is what a command is given for
# the new event (a path or a URL); tests/services/conftest.py makes ``db`` follow ``backend``. A test about
# files themselves (backups, the file guard, WAL, bytes on disk) is marked ``sqlite_only``.


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        only_file = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("backend", ("sqlite",) if only_file else BACKENDS)


@pytest.fixture(scope="session")
def event_template(pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database holding a new event (as ``event_path`` makes), the template every ``event_url`` copies."""
    from govcamp.services.sharing import share_event

    path = tmp_path_factory.mktemp("template") / "camp.govcamp"
    new_event(path, DETAILS).close()
    share_event(path, pg_cluster.create_database("event_template"))
    return "event_template"


@pytest.fixture
def event_url(pg_cluster: Cluster, event_template: str) -> Iterator[str]:
    """The URL of a database on the test server holding a new event, like ``event_path``'s file."""
    url = pg_cluster.copy_database(event_template)
    yield url
    pg_cluster.drop_database(url)


@pytest.fixture
def event_target(backend: str, request: pytest.FixtureRequest) -> str:
    """A new event: the path of an event file, or the URL of a server database holding it (``backend``)."""
    if backend == "sqlite":
        return str(request.getfixturevalue("event_path"))
    return str(request.getfixturevalue("event_url"))
