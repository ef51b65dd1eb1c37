"""The open event as the window sees it: the database handle, the undo stack and change signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from govcamp.store.eventfile import EventDB


class EventDocument(QObject):
    """One open event. Pages listen to ``changed`` and re-read what they show through services."""

    #: What changed: "event", "rooms" or "slots" (later issues add their own words).
    changed = Signal(str)
    #: Emitted as the event closes, while the database is still open: pages save what is typed.
    closing = Signal()

    def __init__(self, db: EventDB, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)

    def notify(self, what: str) -> None:
        self.changed.emit(what)

    def close(self) -> None:
        self.closing.emit()
        self.undo_stack.clear()
        self.db.close()
