"""Live news of changes on an event server: LISTEN on the ``govcamp`` channel in a thread of its own.

Migration 0006 makes every committed change send ``NOTIFY govcamp, 'TABLE SENDER'``. A
:class:`ChangeListener` holds its own connection (never one of the engine's pool), collects the tables
other processes changed and hands them to ``deliver`` as they come, a burst folded into one delivery.
Notifications sent while the connection is down are lost (PostgreSQL does not replay them), so after a
reconnect ``deliver`` gets ``None``: re-read everything.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import psycopg
from sqlalchemy.engine import make_url

from govcamp.store.engine import APPLICATION_NAME, plain_server_url

__all__ = ["CHANNEL", "ChangeListener", "libpq_url"]

#: The channel migration 0006's trigger notifies.
CHANNEL = "govcamp"
#: How often the thread looks up from waiting to see whether it should stop.
WAKE_SECONDS = 0.25
#: After the first news, how long to gather more before delivering (one commit notifies several tables).
GATHER_SECONDS = 0.02
#: How long to wait before trying the server again once it went away.
RETRY_SECONDS = 1.0

Deliver = Callable[[frozenset[str] | None], object]


def libpq_url(url: str) -> str:
    """A SQLAlchemy or govcamp URL of a server as the plain ``postgresql://`` URL libpq takes."""
    parsed = make_url(plain_server_url(url)).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


class ChangeListener:
    """Tell ``deliver`` which tables other processes changed on the server at ``url``, until :meth:`stop`.

    ``deliver`` runs in the listener's thread: hand the news over to the thread that needs it (the window
    uses a queued Qt signal).

    Args:
        url: the event server (any spelling :func:`libpq_url` takes).
        deliver: called with the changed tables, or ``None`` after a reconnect (everything may have changed).
        own_name: the sender whose news is dropped (this process: its changes are already known).
    """

    def __init__(self, url: str, deliver: Deliver, *, own_name: str = APPLICATION_NAME) -> None:
        self._conninfo = libpq_url(url)
        self._deliver = deliver
        self._own = own_name
        self._stopping = threading.Event()
        #: Set while listening; cleared while the server is out of reach.
        self.connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name="govcamp-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop listening (within a fraction of a second) and close the connection."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        first = True
        while not self._stopping.is_set():
            try:
                with psycopg.connect(
                    self._conninfo,
                    autocommit=True,
                    connect_timeout=5,
                    application_name=f"{self._own} listener",
                ) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.connected.set()
                    if not first:
                        self._deliver(None)  # what changed while away was never heard: re-read it all
                    first = False
                    self._listen(connection)
            except psycopg.Error:
                pass  # the server went away or refused: try again shortly
            self.connected.clear()
            self._stopping.wait(RETRY_SECONDS)

    def _listen(self, connection: psycopg.Connection[tuple[object, ...]]) -> None:
        while not self._stopping.is_set():
            notices = list(connection.notifies(timeout=WAKE_SECONDS, stop_after=1))
            if not notices:
                continue
            notices += connection.notifies(timeout=GATHER_SECONDS)
            tables: set[str] = set()
            for notice in notices:
                table, _, sender = notice.payload.partition(" ")
                if sender != self._own:
                    tables.add(table)
            if tables:
                self._deliver(frozenset(tables))
