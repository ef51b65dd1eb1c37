"""A real, private PostgreSQL cluster for the tests: Debian's ``initdb`` and ``pg_ctl``, a free loopback port.

The cluster belongs to the test session: made with ``initdb`` in a temporary folder, listening only on
127.0.0.1 with password (SCRAM) authentication, and stopped with ``pg_ctl stop`` when the session ends,
whether the tests passed or not. No system service is used or touched.

PostgreSQL refuses to run as root. When the tests run as root (CI containers, this machine), ``initdb``
and ``pg_ctl`` run as the unprivileged ``nobody`` user through ``runuser -u nobody --`` (util-linux), and
the cluster's folder is a fresh ``/tmp/govcamp-pg-*`` owned by ``nobody``, because pytest's own temporary
folders (``/tmp/pytest-of-root``) are closed to other users. It is deleted when the cluster stops.

The start and stop code is the package's own (:mod:`govcamp.store.cluster`, which ``govcamp host`` uses).
When the server binaries are missing the PostgreSQL tests fail (never skip) with a message saying which
Debian package to install; ``GOVCAMP_PG_BINDIR`` points at another folder of binaries.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from govcamp.store.cluster import Cluster as _Cluster
from govcamp.store.cluster import find_bindir


class Cluster(_Cluster):
    """The package's cluster (govcamp/store/cluster.py), throw-away, with :meth:`new_database` per test."""

    def __init__(self, bindir: Path, base: Path) -> None:
        super().__init__(bindir, base, durable=False, keep=False)
        self._names = itertools.count(1)

    def new_database(self) -> str:
        """Create an empty database and return its URL."""
        return self.create_database(f"camp_{next(self._names)}")

    def copy_database(self, template: str) -> str:
        """A new database copied from ``template`` (``CREATE DATABASE … TEMPLATE``, a file copy) and its URL.

        Copying a database that already holds a migrated event takes a few milliseconds, where sharing
        a new event file into an empty one runs every migration again.
        """
        import psycopg

        name = f"camp_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop the database ``url`` names, ending any session still open on it (the disk is not endless)."""
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster(base: Path) -> Cluster:
    """Start a cluster, or fail the test with what to install."""
    bindir = find_bindir()
    if bindir is None:
        pytest.fail(
            "PostgreSQL's server binaries (initdb, pg_ctl) were not found: install Debian's `postgresql` "
            "package (scripts/setup test does) or set GOVCAMP_PG_BINDIR.",
            pytrace=False,
        )
    cluster = Cluster(bindir, base)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster


#: The two places an event can live; tests parametrised over them run once on a file, once on a server.
BACKENDS = ("sqlite", "postgresql")


def shared_target(path: Path, backend: str, request: pytest.FixtureRequest) -> str:
    """What a command is given for the event in ``path``: the file itself, or a server it was shared to."""
    if backend == "sqlite":
        return str(path)
    from govcamp.services.sharing import share_event

    url = str(request.getfixturevalue("pg_url"))
    share_event(path, url)
    return url


def read_rows(target: str | Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Rows as an independent reader sees them: Python's sqlite3 for a file, psycopg for a server.

    ``sql`` uses ``?`` placeholders (SQLite's); they become ``%s`` for psycopg.
    """
    if "://" in str(target):
        import psycopg

        with psycopg.connect(str(target)) as connection:
            return [tuple(row) for row in connection.execute(sql.replace("?", "%s"), params).fetchall()]
    import sqlite3

    connection = sqlite3.connect(f"file:{Path(target).resolve()}?mode=ro", uri=True)
    try:
        return [tuple(row) for row in connection.execute(sql, params).fetchall()]
    finally:
        connection.close()
