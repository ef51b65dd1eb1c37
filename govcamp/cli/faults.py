"""The faults of the machine rather than of the command line — a full disk, a busy or read-only event file —
told in one line that says what and where (exit status 2), instead of a traceback."""

from __future__ import annotations

import errno
import sqlite3

from govcamp.store.engine import BUSY_SECONDS

_DISK = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file would be too large for this disk",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "not permitted",
    errno.EIO: "the disk reported an input/output error",
}


def describe(exc: BaseException, where: str | None) -> str | None:
    """One line for a machine fault, or None when ``exc`` is a real bug (which keeps its traceback)."""
    place = where or "the event file"
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, DBAPIError) and isinstance(exc.orig, sqlite3.Error):
        message = str(exc.orig).lower()
        if "locked" in message or "busy" in message:
            return (
                f"{place} is busy: another window or command is writing to it; waited {BUSY_SECONDS:g} "
                "seconds. Nothing was changed; try again in a moment."
            )
        if "readonly" in message or "read-only" in message:
            return f"{place} is read-only (a read-only disk, share or file); nothing was changed."
        if "full" in message:
            return f"The disk holding {place} is full; nothing was changed."
        if "disk i/o" in message or "unable to open" in message:
            return f"{place} cannot be written here ({exc.orig}); nothing was changed."
        return None
    if isinstance(exc, OSError) and exc.errno in _DISK:
        target = exc.filename or place
        return f"{target}: {_DISK[exc.errno]}; nothing was written."
    return None
