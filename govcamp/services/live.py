"""Following the changes other laptops make to a shared event (see :mod:`govcamp.store.live`)."""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy import event

from govcamp.store.engine import APPLICATION_NAME
from govcamp.store.eventfile import EventDB
from govcamp.store.live import ChangeListener, Deliver

__all__ = ["ChangeListener", "follow_changes"]

#: Each followed event gets its own sender name, so two windows of one process hear each other.
_followers = itertools.count(1)


def follow_changes(db: EventDB, deliver: Deliver) -> ChangeListener | None:
    """Start hearing which tables other processes change in ``db``'s event, or ``None`` for an event file.

    ``deliver`` gets a set of table names, or ``None`` when everything must be re-read (after the server
    was out of reach). It runs in the listener's thread; call :meth:`ChangeListener.stop` when done.

    ``db``'s own connections are renamed ``govcamp/HOST/PID/N`` so that only its own news is dropped:
    another window in this process (a second window joined to the same event) is another sender.
    """
    if db.path is not None or db.engine.dialect.name == "sqlite":
        return None  # one laptop's file: nobody else writes to it while it is open here
    name = f"{APPLICATION_NAME}/{next(_followers)}"

    @event.listens_for(db.engine, "connect")
    def _name(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT set_config('application_name', %s, false)", (name,))
        dbapi_connection.commit()

    db.engine.dispose()  # connections made while opening carry the process's name: make new ones
    listener = ChangeListener(db.engine.url.render_as_string(hide_password=False), deliver, own_name=name)
    listener.start()
    return listener
