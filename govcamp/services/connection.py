"""Whether a shared event's server can still be reached, and telling a lost connection from a refusal.

The window's watch (:mod:`govcamp.ui.connection`) pings the server every couple of seconds off its thread
and asks :func:`is_connection_lost` about errors an action hit, so it can say "not connected" rather than
show a database fault. An event file has no connection to lose: every function says so at once.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from govcamp.store.eventfile import EventDB

# psycopg (and store.live, which needs it) are imported only for a shared event: an event file never
# needs them, and they are a tenth of a second of start-up.

__all__ = ["PING_TIMEOUT_SECONDS", "is_connection_lost", "is_shared", "ping", "reset", "where"]

#: libpq's shortest connect timeout: a host that went to sleep is judged gone after this long.
PING_TIMEOUT_SECONDS = 2


def is_shared(db: EventDB) -> bool:
    """Whether ``db`` is an event on a server (several laptops), not a file."""
    return db.path is None and db.engine.dialect.name == "postgresql"


def where(db: EventDB) -> str:
    """The server as people say it: ``HOST:PORT``."""
    url = db.engine.url
    return f"{url.host}:{url.port or 5432}"


def ping(db: EventDB) -> str | None:
    """Reach the server on a connection of its own: None when it answers, else why not (one line).

    Never one of the engine's pooled connections: a ping must not wait behind an action, nor leave a
    broken connection in the pool.
    """
    if not is_shared(db):
        return None
    import psycopg

    from govcamp.store.live import libpq_url

    conninfo = libpq_url(db.engine.url.render_as_string(hide_password=False))
    try:
        with psycopg.connect(
            conninfo, connect_timeout=PING_TIMEOUT_SECONDS, application_name="govcamp ping"
        ) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as exc:
        return " ".join(str(exc).split()) or exc.__class__.__name__
    return None


def is_connection_lost(db: EventDB, exc: BaseException) -> bool:
    """Whether ``exc``, raised by a service on ``db``, means the server went away (not that it refused)."""
    if not is_shared(db):
        return False
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, OperationalError | InterfaceError):
        return True
    import psycopg

    return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError)


def reset(db: EventDB) -> None:
    """Forget the pooled connections (dead since the server went away); the next action makes new ones."""
    if is_shared(db):
        db.engine.dispose()
