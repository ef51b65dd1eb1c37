"""Engines for an event: a SQLite file on this laptop, or a PostgreSQL server shared by several."""

from __future__ import annotations

import itertools
import os
import socket
import sqlite3
import weakref
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from govcamp.store.media import read_only_uri

#: How long a command or the window waits for another writer to finish before saying the file is busy.
BUSY_SECONDS = 5.0


#: How long connecting to an event server may take before it is judged out of reach.
CONNECT_SECONDS = 5

#: This process as the server sees it (``pg_stat_activity``, and the sender of change notifications).
APPLICATION_NAME = f"govcamp/{socket.gethostname()[:40]}/{os.getpid()}"

#: Each server engine's own name (the process's, and a number): two windows on one event in one process
#: then hear each other's changes, as two laptops do.
_ENGINE_NAMES: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
_ENGINE_NUMBERS = itertools.count(1)


def application_name(engine: Engine) -> str:
    """The name ``engine``'s connections give the server (what its change notifications are signed with)."""
    return _ENGINE_NAMES.get(engine, APPLICATION_NAME)


def sqlite_url(path: Path | str) -> str:
    """The SQLAlchemy URL of an event file."""
    return f"sqlite:///{Path(path).resolve()}"


def is_server_url(target: str) -> bool:
    """Whether ``target`` names an event server (``postgresql://…``) rather than an event file."""
    return "://" in target


#: The short join string ``govcamp host`` prints: ``govcamp://HOST:PORT/DB?key=PASSWORD``.
JOIN_SCHEME = "govcamp://"


def join_string(host: str, port: int, database: str, password: str) -> str:
    """The short string another laptop types (or scans) to join an event ``govcamp host`` shares."""
    return f"{JOIN_SCHEME}{host}:{port}/{database}?key={quote(password, safe='')}"


def plain_server_url(url: str) -> str:
    """A ``govcamp://`` join string as the ``postgresql://`` URL it stands for; any other URL unchanged."""
    if not url.startswith(JOIN_SCHEME):
        return url
    parts = urlsplit(url)
    password = parse_qs(parts.query).get("key", [""])[0]
    user = parts.username or "govcamp"  # the one user a hosted cluster has (govcamp/store/cluster.py)
    where = f"{parts.hostname}:{parts.port}{parts.path}"
    return f"postgresql://{quote(user, safe='')}:{quote(password, safe='')}@{where}"


def server_url(url: str) -> str:
    """``postgresql://…`` (what people type and share) as the URL SQLAlchemy needs for psycopg 3.

    SQLAlchemy's plain ``postgresql://`` means psycopg2, which govcamp does not use; ``postgres://`` is the
    other spelling libpq accepts; ``govcamp://`` is a join string (:func:`join_string`).
    """
    url = plain_server_url(url)
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain) :]
    return url


def describe_error(exc: Exception) -> str:
    """A database error as one line for people: the driver's own words, without SQLAlchemy's link."""
    words = str(getattr(exc, "orig", None) or exc)
    return " ".join(line.strip() for line in words.splitlines() if line.strip()) or exc.__class__.__name__


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """Make an engine for any SQLAlchemy URL.

    SQLite files get foreign keys, WAL journalling (so a reader never blocks the writer and a crash loses at
    most the last transaction) and a busy timeout; PostgreSQL needs nothing special.
    """
    if not is_sqlite(url):
        # psycopg is imported here, by SQLAlchemy, only when a server is opened: files never load it.
        # The name comes back in every change notification (migration 0006), so a window knows its own.
        name = f"{APPLICATION_NAME}/{next(_ENGINE_NUMBERS)}"
        server = create_engine(
            server_url(url),
            pool_pre_ping=True,
            # A host gone to sleep must not freeze a window for TCP's two minutes: say so after five seconds.
            connect_args={"application_name": name, "connect_timeout": CONNECT_SECONDS},
        )
        _ENGINE_NAMES[server] = name
        return server
    database = make_url(url).database or ""
    if read_only:
        uri = read_only_uri(Path(database))
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        )
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_SECONDS})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    return engine
