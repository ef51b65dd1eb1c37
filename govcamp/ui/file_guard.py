"""The window's watch over its event file: who else has it open, whether it can be written at all, and
whether it is still where it was opened.

- :func:`open_for_window` takes the file's lock; when another window or laptop holds it, or the file is on
  read-only media, the event opens read-only and the reason is shown in a banner.
- :class:`FileWatch` notices the file being moved, deleted or replaced while it is open (its identity on the
  disk changes or vanishes): edits stop, the banner says so and offers Save a Copy of what the window still
  holds (a connection kept open from the start keeps the old file readable even once it is deleted).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from govcamp.ui.i18n import translate

if TYPE_CHECKING:
    from govcamp.services.eventfiles import EventDB
    from govcamp.services.file_guard import EventLock

CHECK_MS = 2000


def open_for_window(path: Path | str) -> tuple[EventDB, EventLock | None]:
    """Open ``path`` for the window: with its lock, or read-only naming who holds it."""
    # The services (and the database stack under them) load with the first event, not with the window.
    from govcamp.services.file_guard import open_guarded

    return open_guarded(path)


class FileWatch(QObject):
    """Checks every :data:`CHECK_MS` that the event file is still the one opened; emits ``lost`` once."""

    lost = Signal(str)

    def __init__(self, db: EventDB, lock: EventLock | None, parent: QObject | None = None) -> None:
        from govcamp.services.file_guard import FileGuard

        super().__init__(parent)
        self.guard = FileGuard(db, lock)
        self.db = db
        self.path = self.guard.path
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self._beats = 0

    @property
    def reason(self) -> str | None:
        return self.guard.reason

    def check(self) -> bool:
        """Whether the file is still there and the same; on a change, stop writes and emit ``lost``."""
        if self.guard.reason is not None:
            return False
        reason = self.guard.check()
        if reason is None:
            self._beats += 1
            if self._beats * CHECK_MS >= self.guard.heartbeat_seconds * 1000:
                self._beats = 0
                self.guard.refresh_lock()
            return True
        self.timer.stop()
        self.lost.emit(reason)
        return False

    def save_copy(self, target: Path) -> None:
        """Write what the window still holds (even of a deleted file) to ``target``, a new event file."""
        self.guard.save_copy(target)

    def close(self) -> None:
        self.timer.stop()
        self.guard.close()


class Banner(QFrame):
    """A strip above the event saying why it cannot be edited, with Save a Copy when that helps (the window
    shows and hides the bar that holds it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet("#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid #c8a600; }")
        self.text = QLabel()
        self.text.setObjectName("readOnlyReason")
        self.text.setWordWrap(True)
        self.copy_button = QPushButton(translate("file_guard", "Save a Copy…"))
        self.copy_button.setObjectName("bannerSaveCopy")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copy_button)

    def say(self, reason: str, *, offer_copy: bool) -> None:
        self.text.setText(reason)
        self.copy_button.setVisible(offer_copy)
