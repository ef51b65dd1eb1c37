"""An event opened from a server refreshes its pages when another laptop changes it (LISTEN / NOTIFY).

The listener thread (:func:`govcamp.services.live.follow_changes`) hears which tables changed; a queued Qt
signal brings the news to the window's thread, where the tables become :class:`Topic` s and are announced
like the window's own changes, so every page re-reads what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from govcamp.services.eventfiles import EventDB
from govcamp.services.live import follow_changes
from govcamp.ui.actions import Topic

if TYPE_CHECKING:
    from govcamp.services.live import ChangeListener

#: What a change to each table means for the pages. A table not listed means everything.
TABLE_TOPICS: dict[str, Topic] = {
    "event": Topic.EVENT,
    "person": Topic.APPLICANTS | Topic.TICKETS | Topic.CHECKIN,
    "ticket": Topic.TICKETS | Topic.CHECKIN | Topic.LOTTERY,
    "badge_print": Topic.CHECKIN,
    "lottery_run": Topic.LOTTERY,
    "room": Topic.ROOMS,
    "room_unavailable": Topic.ROOMS,
    "slot": Topic.SLOTS,
    "session": Topic.SESSIONS,
    "session_host": Topic.SESSIONS,
    "interest": Topic.SESSIONS,
    "star": Topic.SESSIONS,  # phones' stars: the Grid page's counts and the solver's interests
    "phone_revocation": Topic.SESSIONS | Topic.CHECKIN,
    "placement": Topic.GRID,
    "grid_version": Topic.GRID,
    "note": Topic.NOTES,
    "audit_log": Topic.NONE,  # the log follows other changes; it shows nothing of its own
}


def topics_of(tables: frozenset[str] | None) -> Topic:
    """The topics changed when ``tables`` changed (``None``: anything may have, after a reconnect)."""
    if tables is None:
        return Topic.everything()
    result = Topic.NONE
    for table in tables:
        result |= TABLE_TOPICS.get(table, Topic.everything())
    return result


class LiveUpdates(QObject):
    """Hears other laptops' changes to ``db``; emits them as :attr:`changed` topics in the window's thread."""

    #: Topics another process changed.
    changed = Signal(object)
    #: Emitted from the listener's thread; connected queued, so :attr:`changed` fires in this object's.
    _heard = Signal(object)

    def __init__(self, db: EventDB, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heard.connect(self._deliver)
        self.listener: ChangeListener | None = follow_changes(db, self._heard.emit)

    def _deliver(self, tables: frozenset[str] | None) -> None:
        topics = topics_of(tables)
        if topics:
            self.changed.emit(topics)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
