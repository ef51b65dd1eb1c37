"""Where an event file lives: whether it can be written there at all (a read-only USB stick or share, a
read-only file), so it is opened read-only with the reason instead of being called damaged."""

from __future__ import annotations

import os
from pathlib import Path


def read_only_reason(path: Path) -> str | None:
    """Why the event file at ``path`` cannot be changed here, in words for people; None when it can."""
    path = Path(path)
    folder = path.resolve().parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "it is on a read-only disk or share"
    except OSError:
        return None
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(folder, os.W_OK):
        return "its folder cannot be written (SQLite keeps a journal beside the file)"
    return None


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads ``path`` without writing a byte (nor a ``-shm`` beside it)."""
    uri = f"file:{Path(path).resolve().as_posix()}?mode=ro"
    # Nothing can change a file on read-only media, and SQLite then needs no -shm to read a WAL file.
    folder = Path(path).resolve().parent
    if _ro_media(folder) or not os.access(folder, os.W_OK):
        uri += "&immutable=1"
    return uri


def _ro_media(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False
