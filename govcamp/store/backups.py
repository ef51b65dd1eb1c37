"""Automatic backups of event files, the way Anki keeps its collection safe.

A backup is a complete copy made with SQLite's online backup (so it is consistent even while the event is
open). They are throttled (at most one every :data:`MIN_INTERVAL`), rotated (the newest :data:`KEEP` of
each event are kept) and live outside the event's folder, so a lost USB stick does not take them too.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.store.eventfile import SUFFIX, check_event_file, copy_event

MIN_INTERVAL = timedelta(minutes=15)
KEEP = 20
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int


def folder_for(event: Path, root: Path) -> Path:
    """The backup folder of one event file: its name plus a short hash of where it lives."""
    resolved = Path(event).resolve()
    tag = hashlib.sha256(str(resolved).encode()).hexdigest()[:8]
    return root / f"{resolved.stem}-{tag}"


def list_backups(event: Path, root: Path) -> list[Backup]:
    """The backups of ``event``, newest first."""
    folder = folder_for(event, root)
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            taken = datetime.strptime(path.stem, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def back_up(
    event: Path,
    root: Path,
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    force: bool = False,
) -> Backup | None:
    """Copy ``event`` into its backup folder unless a backup is younger than MIN_INTERVAL; rotate.

    Returns the new backup, or None when throttled.
    """
    moment = now()
    existing = list_backups(event, root)
    if existing and not force and moment - existing[0].taken_at < MIN_INTERVAL:
        return None
    folder = folder_for(event, root)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{moment.strftime(_STAMP)}{SUFFIX}"
    copy_event(event, target)
    for old in list_backups(event, root)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, moment, target.stat().st_size)


def quick_check(event: Path) -> str:
    """SQLite's quick_check of a closed event file: ``"ok"`` or what it found."""
    connection = sqlite3.connect(f"file:{Path(event).resolve().as_posix()}?mode=ro", uri=True)
    try:
        row = connection.execute("PRAGMA quick_check").fetchone()
    finally:
        connection.close()
    return str(row[0]) if row else "no answer"


def restore(backup: Path, event: Path) -> Path:
    """Put a backup in place of ``event``; the file it replaces is kept beside it as ``….replaced-….``.

    Returns where the replaced file went.
    """
    check_event_file(backup)
    event = Path(event)
    if not event.exists():
        copy_event(backup, event)
        return event
    stamp = datetime.now(UTC).strftime(_STAMP)
    kept = event.with_name(f"{event.stem}.replaced-{stamp}{SUFFIX}")
    os.replace(event, kept)
    for suffix in ("-wal", "-shm"):
        Path(f"{event}{suffix}").unlink(missing_ok=True)
    try:
        copy_event(backup, event)
    except Exception as exc:
        os.replace(kept, event)
        raise GovcampError(
            _("The backup could not be restored ({exc}); the event is unchanged.").format(exc=exc)
        ) from exc
    return kept
