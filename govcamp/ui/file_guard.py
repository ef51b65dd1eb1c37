"""The window's watch over its event file: who else has it open, whether it can be written at all, and
whether it is still where it was opened.

- :func:`open_for_window` takes the file's lock; when another window or laptop holds it, or the file is on
  read-only media, the event opens read-only and the reason is shown in a banner.
- :class:`FileWatch` notices the file being moved, deleted or replaced while it is open (its identity on the
  disk changes or vanishes): edits stop, the banner says so and offers Save a Copy of what the window still
  holds (a connection kept open from the start keeps the old file readable even once it is deleted).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from govcamp.store import locks
from govcamp.store.eventfile import EventDB, open_event

CHECK_MS = 2000


def open_for_window(path: Path) -> tuple[EventDB, locks.EventLock | None]:
    """Open ``path`` for the window: with its lock, or read-only naming who holds it."""
    holder = locks.live_holder(path)
    if holder is not None:
        return open_event(path, read_only=f"Read-only: it is open in {holder.describe()}."), None
    db = open_event(path)
    if db.read_only is not None:
        return db, None
    try:
        return db, locks.acquire(path)
    except locks.EventLockedError as exc:  # taken in the moment between
        db.close()
        return open_event(path, read_only=f"Read-only: {exc}"), None
    except OSError:
        return db, None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


class FileWatch(QObject):
    """Checks every :data:`CHECK_MS` that the event file is still the one opened; emits ``lost`` once."""

    lost = Signal(str)

    def __init__(self, db: EventDB, lock: locks.EventLock | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lock = lock
        assert db.path is not None
        self.path = db.path
        self.identity = _identity(self.path)
        # Held open on purpose: after a delete, this is what still reads the event for Save a Copy.
        self._keeper: sqlite3.Connection | None = None
        with contextlib.suppress(sqlite3.Error):
            self._keeper = sqlite3.connect(f"file:{self.path.resolve().as_posix()}?mode=ro", uri=True)
            self._keeper.execute("SELECT count(*) FROM event").fetchone()  # opens the -wal and -shm now
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self._beats = 0
        self.reason: str | None = None

    def check(self) -> bool:
        """Whether the file is still there and the same; on a change, stop writes and emit ``lost``."""
        if self.reason is not None:
            return False
        now = _identity(self.path)
        if now == self.identity:
            self._beats += 1
            if self.lock is not None and self._beats * CHECK_MS >= locks.HEARTBEAT.total_seconds() * 1000:
                self._beats = 0
                self.lock.refresh()
            return True
        what = "deleted or moved" if now is None else "replaced by another file"
        self.reason = (
            f"{self.path.name} was {what} while it was open, so changes here would go nowhere; editing is "
            "off. Save a copy to keep what this window holds."
        )
        self.db.stop_writes(self.reason)
        self.timer.stop()
        self.lost.emit(self.reason)
        return False

    def save_copy(self, target: Path) -> None:
        """Write what the window still holds (even of a deleted file) to ``target``, a new event file."""
        from govcamp.domain.errors import GovcampError
        from govcamp.store.outputs import partial_path

        if target.exists() or target.is_symlink():
            raise GovcampError(f"{target} already exists; choose a new name for the copy.")
        source = self._keeper
        if source is None:
            raise OSError("the event can no longer be read")
        partial = partial_path(target)
        try:
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination)
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(partial)

    def close(self) -> None:
        self.timer.stop()
        if self._keeper is not None:
            self._keeper.close()
            self._keeper = None
        if self.lock is not None:
            self.lock.release()


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
        self.copy_button = QPushButton("Save a Copy…")
        self.copy_button.setObjectName("bannerSaveCopy")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copy_button)

    def say(self, reason: str, *, offer_copy: bool) -> None:
        self.text.setText(reason)
        self.copy_button.setVisible(offer_copy)
