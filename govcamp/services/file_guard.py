"""Who else has an event file open, and whether it is still the file that was opened.

The window's watch (:mod:`govcamp.ui.file_guard`) runs these on a timer; they know nothing of Qt.

- :func:`open_guarded` takes the file's lock; when another window or laptop holds it, or the file is on
  read-only media, the event opens read-only with the reason.
- :class:`FileGuard` notices the file being moved, deleted or replaced while it is open (its identity on
  the disk changes or vanishes) and keeps a connection open from the start, so that Save a Copy can still
  read the old file once it is deleted.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
from pathlib import Path

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.exports.outputs import partial_path
from govcamp.store import locks
from govcamp.store.eventfile import EventDB, open_event

EventLock = locks.EventLock
#: How often the lock's heartbeat is refreshed while the file stays put.
HEARTBEAT_SECONDS = locks.HEARTBEAT.total_seconds()


def open_guarded(path: Path | str) -> tuple[EventDB, EventLock | None]:
    """Open ``path`` for the window: with its lock, or read-only naming who holds it.

    A server's URL (a shared event) has no lock: several laptops edit it at once by design.
    """
    if isinstance(path, str):
        if "://" in path:
            return open_event(path), None
        path = Path(path)
    holder = locks.live_holder(path)
    if holder is not None:
        return open_event(path, read_only=_held_by(holder)), None
    db = open_event(path)
    if db.read_only is not None:
        return db, None
    try:
        return db, locks.acquire(path)
    except locks.EventLockedError as exc:  # taken in the moment between
        db.close()
        return open_event(path, read_only=_held_by(exc.holder, path.name)), None
    except OSError:
        return db, None


def _held_by(holder: locks.Holder, name: str | None = None) -> str:
    """Why the event opened read-only, as one sentence (what :meth:`locks.Holder.describe` says, whole);
    ``name`` is the file's when the lock was taken in the moment between looking and locking."""
    since = holder.since.astimezone()
    values = {"time": f"{since:%H:%M}", "date": f"{since:%d %b}", "host": holder.host, "name": name}
    here = holder.host == socket.gethostname()
    if name is None and here:
        message = _(
            "Read-only: it is open in another govcamp window on this laptop (since {time} on {date})."
        )
    elif name is None:
        message = _("Read-only: it is open in govcamp on the laptop “{host}” (since {time} on {date}).")
    elif here:
        message = _(
            "Read-only: {name} is open in another govcamp window on this laptop (since {time} on {date})."
        )
    else:
        message = _("Read-only: {name} is open in govcamp on the laptop “{host}” (since {time} on {date}).")
    return message.format(**values)


def lock_if_free(db: EventDB, lock: EventLock | None) -> EventLock | None:
    """The lock of a writable event file, taken now if nobody holds it (else ``lock`` as given)."""
    if db.path is not None and db.read_only is None and lock is None:
        with contextlib.suppress(locks.EventLockedError, OSError):
            return locks.acquire(db.path)
    return lock


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


class FileGuard:
    """The open event file's identity, its lock and a connection that still reads it after a delete."""

    def __init__(self, db: EventDB, lock: EventLock | None) -> None:
        assert db.path is not None
        self.db = db
        self.lock = lock
        self.path = db.path
        self.identity = _identity(self.path)
        # Held open on purpose: after a delete, this is what still reads the event for Save a Copy.
        self._keeper: sqlite3.Connection | None = None
        with contextlib.suppress(sqlite3.Error):
            self._keeper = sqlite3.connect(f"file:{self.path.resolve().as_posix()}?mode=ro", uri=True)
            self._keeper.execute("SELECT count(*) FROM event").fetchone()  # opens the -wal and -shm now
        self.reason: str | None = None
        self.heartbeat_seconds = HEARTBEAT_SECONDS

    def check(self) -> str | None:
        """None while the file is still the one opened; else why editing stopped (writes are stopped)."""
        if self.reason is not None:
            return self.reason
        now = _identity(self.path)
        if now == self.identity:
            return None
        if now is None:
            message = _(
                "{name} was deleted or moved while it was open, so changes here would go nowhere; editing is "
                "off. Save a copy to keep what this window holds."
            )
        else:
            message = _(
                "{name} was replaced by another file while it was open, so changes here would go nowhere; "
                "editing is off. Save a copy to keep what this window holds."
            )
        self.reason = message.format(name=self.path.name)
        self.db.stop_writes(self.reason)
        return self.reason

    def refresh_lock(self) -> None:
        if self.lock is not None:
            self.lock.refresh()

    def save_copy(self, target: Path) -> None:
        """Write what the window still holds (even of a deleted file) to ``target``, a new event file."""
        if target.exists() or target.is_symlink():
            raise GovcampError(
                _("{target} already exists; choose a new name for the copy.").format(target=target)
            )
        source = self._keeper
        if source is None:
            raise OSError(_("the event can no longer be read"))
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
        except sqlite3.Error as exc:
            raise GovcampError(
                _("Could not save a copy as {target}: {reason}").format(target=target, reason=exc)
            ) from exc
        finally:
            with contextlib.suppress(OSError):
                os.unlink(partial)

    def close(self) -> None:
        if self._keeper is not None:
            self._keeper.close()
            self._keeper = None
        if self.lock is not None:
            self.lock.release()
