"""Following the changes other laptops make to a shared event (see :mod:`govcamp.store.live`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from govcamp.store.engine import application_name
from govcamp.store.eventfile import EventDB

if TYPE_CHECKING:
    # Imported when a server event is opened, not before: psycopg alone is a tenth of a second of start-up
    # that an event file never needs.
    from govcamp.store.live import ChangeListener, Deliver

__all__ = ["ChangeListener", "follow_changes"]


def follow_changes(db: EventDB, deliver: Deliver) -> ChangeListener | None:
    """Start hearing which tables other processes change in ``db``'s event, or ``None`` for an event file.

    ``deliver`` gets a set of table names, or ``None`` when everything must be re-read (after the server
    was out of reach). It runs in the listener's thread; call :meth:`ChangeListener.stop` when done.

    ``db``'s own connections are renamed ``govcamp/HOST/PID/N`` so that only its own news is dropped:
    another window in this process (a second window joined to the same event) is another sender.
    """
    if db.path is not None or db.engine.dialect.name == "sqlite":
        return None  # one laptop's file: nobody else writes to it while it is open here
    from govcamp.store.live import ChangeListener

    url = db.engine.url.render_as_string(hide_password=False)
    listener = ChangeListener(url, deliver, own_name=application_name(db.engine))
    listener.start()
    return listener
