"""Opening, copying, backing up and restoring whole event files: the use cases behind the File menu.

The window reaches the store only through these (``govcamp/ui`` imports nothing from ``govcamp/store``;
``tests/test_layers.py`` checks). Backups live in govcamp's data folder (:func:`govcamp.paths.backups_root`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.paths import backups_root
from govcamp.store import backups
from govcamp.store.backups import Backup
from govcamp.store.eventfile import EventDB, copy_event, open_event

if TYPE_CHECKING:
    # Imported when first used: the applicants' import machinery is not needed to open an event.
    from govcamp.services.applicants import ImportPlan
    from govcamp.services.tabular import Table

__all__ = [
    "Backup",
    "EventDB",
    "back_up",
    "check_closed",
    "list_backups",
    "open_event_file",
    "plan_table",
    "restore_backup",
    "save_copy",
]


def open_event_file(target: Path | str) -> EventDB:
    """Open an event file (migrating an older one after backing it up) or an event server URL.

    Raises:
        GovcampError: the file is not an event, is newer than this govcamp, or cannot be read.
    """
    return open_event(target)


def back_up(path: Path) -> Backup | None:
    """Take a throttled automatic backup of an event file; None when a recent one exists.

    Raises:
        GovcampError: the backup could not be written (a full disk, a missing folder…).
    """
    try:
        return backups.back_up(path, backups_root())
    except (OSError, sqlite3.Error) as exc:
        raise GovcampError(_("Could not back up the event: {reason}").format(reason=exc)) from exc


def check_closed(path: Path) -> str:
    """SQLite's quick check of a closed event file: ``"ok"`` or what it found."""
    try:
        return backups.quick_check(path)
    except sqlite3.Error as exc:
        return str(exc)


def save_copy(source: Path, target: Path) -> Path:
    """Write a consistent copy of an open event to ``target`` (``.govcamp`` added if missing)."""
    target = Path(target)
    if target.suffix != ".govcamp":
        target = target.with_name(target.name + ".govcamp")
    if not target.parent.is_dir():
        raise GovcampError(
            _("The folder {folder} does not exist; choose another place for the copy.").format(
                folder=target.parent
            )
        )
    try:
        copy_event(source, target)
    except (OSError, sqlite3.Error) as exc:
        raise GovcampError(
            _("Cannot save a copy as {target}: {reason}").format(target=target, reason=exc)
        ) from exc
    return target


def list_backups(path: Path) -> list[Backup]:
    """The automatic backups of one event file, newest first."""
    return backups.list_backups(path, backups_root())


def restore_backup(backup: Path, event: Path) -> Path:
    """Put a backup in place of a closed event file; returns where the replaced file was kept.

    Raises:
        GovcampError: the backup is not an event, or the files could not be moved (the event is unchanged).
    """
    try:
        return backups.restore(backup, event)
    except (OSError, sqlite3.Error) as exc:
        raise GovcampError(_("The backup could not be restored: {reason}").format(reason=exc)) from exc


def plan_table(db: EventDB, table: Table, mapping: Mapping[str, int]) -> ImportPlan:
    """The applicants import's dry run over a table already read: every problem, nothing changed."""
    from govcamp.services import applicants as applicant_service

    with db.session() as session:
        return applicant_service.plan_from_table(session, table, mapping=mapping)
