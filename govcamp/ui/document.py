"""The open event as the window sees it: the database handle, the action entry, its undo stack, topics.

Pages perform changes through ``doc.actions`` (:mod:`govcamp.ui.actions`) and listen with
:meth:`EventDocument.subscribe`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from govcamp.services.eventfiles import EventDB
from govcamp.ui.actions import ActionEntry, ActionStack, Subscription, Topic
from govcamp.ui.connection import ConnectionWatch
from govcamp.ui.live import LiveUpdates
from govcamp.ui.phones import PhoneSharing


class EventDocument(QObject):
    """One open event. Pages subscribe to topics and re-read what they show through services."""

    #: What changed, as a :class:`~govcamp.ui.actions.Topic` (several may be combined).
    announced = Signal(object)
    #: Deprecated: the same news as words ("rooms", "grid"…), for pages not yet converted; use subscribe.
    changed = Signal(str)
    #: Emitted as the event closes, while the database is still open: pages save what is typed.
    closing = Signal()

    def __init__(self, db: EventDB, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._desk: str | None = None
        self.actions = ActionEntry(self)
        # A shared event (on a server): other laptops' changes are announced like our own.
        self.live = LiveUpdates(db, self)
        self.live.changed.connect(self.announce)
        # Share with Phones: the phone server of this event, stopped when it closes.
        self.phones = PhoneSharing(self)
        # Whether its server is reachable: the action entry refuses changes while it is not.
        self.connection = ConnectionWatch(db, self.live.listener, self)
        self.connection.online_changed.connect(self._connection_changed)

    @property
    def desk(self) -> str:
        """This laptop's name ("Desk 2", the desk setting): recorded with each edit, shown if refused."""
        if self._desk is not None:
            return self._desk
        from govcamp.ui.badge_printing import desk_name  # brings in Qt's printing: only when first asked

        return desk_name()

    @desk.setter
    def desk(self, name: str) -> None:
        self._desk = name

    def _connection_changed(self, online: bool) -> None:
        if online:
            # Whatever other laptops did meanwhile was never heard: every page re-reads the event.
            self.announce(Topic.everything())

    @property
    def undo_stack(self) -> ActionStack:
        return self.actions.stack

    def subscribe(self, owner: QObject, topics: Topic, callback: Callable[[Topic], object]) -> None:
        """Call ``callback(changed)`` whenever one of ``topics`` changes, for as long as ``owner`` lives."""
        subscription = Subscription(owner, topics, callback)
        self.announced.connect(subscription.deliver)

    def announce(self, topics: Topic) -> None:
        """Tell every page what changed (the entry does this after each action, undo and redo)."""
        if not topics:
            return
        self.announced.emit(topics)
        for word in topics.words():
            self.changed.emit(word)

    def notify(self, what: str) -> None:
        """Deprecated shim: announce an old-style word (see :meth:`Topic.from_word`)."""
        self.announce(Topic.from_word(what))

    def close(self) -> None:
        self.actions.wait()  # a long change still writing finishes before the file closes
        self.phones.close()
        self.connection.close()
        self.live.stop()
        self.closing.emit()
        self.undo_stack.clear()
        self.db.close()
