"""Who has an event file open for editing: a small lock file beside it (``NAME.govcamp-lock``) naming the
laptop, the process and when, refreshed while the window is open.

A second window (or a laptop sharing the file over the network, where SQLite's own locking is not to be
trusted) sees the lock and opens the event read-only, naming the laptop that holds it. A lock left by a
process that died (same laptop, pid gone) or not refreshed for :data:`STALE` is taken over.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import N_, _

STALE = timedelta(minutes=5)
HEARTBEAT = timedelta(seconds=60)
#: Months as the lock's holder is described ("since 09:30 on 05 Dec"), in the window's language.
MONTHS = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    since: datetime
    heartbeat: datetime

    def describe(self) -> str:
        since = self.since.astimezone()
        values = {
            "host": self.host,
            "time": f"{since:%H:%M}",
            "day": f"{since:%d}",
            "month": _(MONTHS[since.month - 1]),
        }
        if self.host == socket.gethostname():
            return _("another govcamp window on this laptop (since {time} on {day} {month})").format(**values)
        return _("govcamp on the laptop “{host}” (since {time} on {day} {month})").format(**values)


class EventLockedError(GovcampError):
    """Someone else has the event open for editing."""

    def __init__(self, path: Path, holder: Holder) -> None:
        super().__init__(_("{file} is open in {holder}.").format(file=path.name, holder=holder.describe()))
        self.holder = holder


def lock_path(event: Path) -> Path:
    return Path(f"{event}-lock")


def read_holder(event: Path) -> Holder | None:
    """Who holds the lock on ``event`` (alive or not), or None when there is no readable lock."""
    try:
        data = json.loads(lock_path(event).read_text(encoding="utf-8"))
        return Holder(
            str(data["host"]),
            int(data["pid"]),
            datetime.fromisoformat(data["since"]),
            datetime.fromisoformat(data["heartbeat"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


#: The event files this process holds (another window of this process sees them as taken).
_HELD: set[Path] = set()


def _alive(holder: Holder, now: datetime, event: Path) -> bool:
    if holder.host == socket.gethostname():
        if holder.pid == os.getpid():
            return event.resolve() in _HELD  # else a lock of ours left from before
        try:
            os.kill(holder.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return now - holder.heartbeat < STALE


def live_holder(event: Path, *, now: datetime | None = None) -> Holder | None:
    """The holder of a live lock on ``event`` (not this process), or None."""
    holder = read_holder(event)
    if holder is None:
        return None
    return holder if _alive(holder, now or datetime.now(UTC), Path(event)) else None


class EventLock:
    """This process's lock on an event file; :meth:`refresh` it now and then, :meth:`release` at the end."""

    def __init__(self, event: Path) -> None:
        self.event = Path(event)
        self.since = datetime.now(UTC)

    def _write(self) -> None:
        now = datetime.now(UTC)
        data = {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": self.since.isoformat(),
            "heartbeat": now.isoformat(),
        }
        target = lock_path(self.event)
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        partial.write_text(json.dumps(data) + "\n", encoding="utf-8")
        os.replace(partial, target)

    def refresh(self) -> None:
        """Say we are still here (a lock not refreshed for :data:`STALE` is taken over by others)."""
        with contextlib.suppress(OSError):
            if self.ours():
                self._write()

    def ours(self) -> bool:
        holder = read_holder(self.event)
        return holder is not None and holder.host == socket.gethostname() and holder.pid == os.getpid()

    def release(self) -> None:
        _HELD.discard(self.event.resolve())
        with contextlib.suppress(OSError):
            if self.ours():
                lock_path(self.event).unlink()


def acquire(event: Path) -> EventLock:
    """Take the lock on ``event``.

    Raises:
        EventLockedError: another live window or laptop holds it.
        OSError: the lock file cannot be written (a read-only folder; the caller opens read-only).
    """
    holder = live_holder(event)
    if holder is not None:
        raise EventLockedError(event, holder)
    lock = EventLock(event)
    lock._write()
    _HELD.add(lock.event.resolve())
    return lock
