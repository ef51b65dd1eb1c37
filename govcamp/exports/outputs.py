"""Files are sacred: where an export may write, and how it writes there.

Every file govcamp writes for a person (calendars, badges, posters, schedules, CSVs, draw records, solved
grids) goes through here, so the rules hold in one place:

- never over an event file (judged by its header, whatever its name), its ``-wal``/``-shm``/``-journal``, its
  lock, or anything in the automatic backups' folder — not even with ``--force``;
- never through a symbolic link (it could point at any of those);
- over an existing file only when the person said so (``--force`` on the command line, a question in the
  window);
- into a temporary file beside the target, flushed to the disk and renamed into place, so a full disk, an
  error or a kill leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.paths import backups_root
from govcamp.store.fileformat import APPLICATION_ID, SQLITE_MAGIC, SUFFIX

#: What SQLite (and govcamp's lock) keep beside an event file.
SIDECARS = ("-wal", "-shm", "-journal", "-lock")

T = TypeVar("T")


class OutputRefusedError(GovcampError):
    """The target may never be written by an export (an event file, its sidecars, a backup, a link)."""


class OutputExistsError(GovcampError):
    """The target is an ordinary existing file: writing over it needs the person's word (``--force``)."""

    def __init__(self, path: Path) -> None:
        super().__init__(_("{path} already exists; add --force to replace it.").format(path=path))
        self.path = path


def is_event_file(path: Path) -> bool:
    """Whether ``path`` is a govcamp event file, judged by its header (whatever its name)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    return head.startswith(SQLITE_MAGIC) and int.from_bytes(head[68:72], "big") == APPLICATION_ID


def _is_sidecar(path: Path) -> bool:
    name = path.name
    for suffix in SIDECARS:
        if name.endswith(suffix):
            base = path.with_name(name[: -len(suffix)])
            if base.suffix == SUFFIX or is_event_file(base):
                return True
    return False


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def refusal(path: Path, *, new_event: bool = False) -> str | None:
    """Why ``path`` may never be written by an export, or None when it may (perhaps with ``force``).

    ``new_event`` is for a command whose output *is* a new event file (``unshare``): the ``.govcamp`` name is
    then expected, and only a real event file (by its header) is refused.
    """
    path = Path(path)
    if path.is_symlink():
        return _(
            "{path} is a symbolic link; give the real file's name (govcamp never writes through a link)."
        ).format(path=path)
    if (path.suffix == SUFFIX and not new_event) or is_event_file(path):
        return _("{path} is an event file; an export never writes over one. Choose another name.").format(
            path=path
        )
    if _is_sidecar(path):
        return _(
            "{path} belongs to an event file (SQLite keeps it beside the event); choose another name."
        ).format(path=path)
    if _inside(path, backups_root()):
        return _("{path} is in govcamp's backups folder; exports never write there.").format(path=path)
    return None


def check_output(path: Path, *, force: bool = False, folder: bool = False) -> Path:
    """Judge an export's target before any work is done; return it as given.

    Raises:
        OutputRefusedError: an event file, its sidecar, a backup or a link (``force`` changes nothing).
        OutputExistsError: an ordinary file is there and ``force`` is false.
        GovcampError: the folder is missing, or the target is a folder (or a file, with ``folder``).
    """
    path = Path(path)
    reason = refusal(path)
    if reason is not None:
        raise OutputRefusedError(reason)
    if not path.parent.is_dir():
        raise GovcampError(_("The folder {parent} does not exist.").format(parent=path.parent))
    if folder:
        if path.exists() and not path.is_dir():
            raise GovcampError(_("{path} is a file; choose a folder.").format(path=path))
        return path
    if path.is_dir():
        raise GovcampError(_("{path} is a folder; give a file name.").format(path=path))
    if path.exists() and not force:
        raise OutputExistsError(path)
    return path


def partial_path(path: Path) -> Path:
    """A fresh temporary name beside ``path`` (same folder, so the rename cannot cross disks)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def commit(partial: Path, path: Path) -> None:
    """Flush ``partial`` to the disk and rename it to ``path`` (checking it is still allowed)."""
    reason = refusal(path)
    if reason is not None:
        raise OutputRefusedError(reason)
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, path)
    _fsync_folder(path.parent)


@contextlib.contextmanager
def writing(path: Path, *, force: bool = False) -> Iterator[Path]:
    """``with writing(out, force=…) as partial:`` write ``partial``; on success it becomes ``out``.

    On any error (or a kill) ``out`` is untouched and the temporary file is removed.
    """
    path = check_output(Path(path), force=force)
    partial = partial_path(path)
    try:
        yield partial
        if not partial.exists():
            raise GovcampError(_("Nothing was written to {path}.").format(path=path))
        commit(partial, path)
    except OSError as exc:
        raise GovcampError(
            _("Could not write {path}: {value}.").format(path=path, value=exc.strerror or exc)
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()


def write_bytes(path: Path, data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` the safe way (see :func:`writing`); return ``path``."""
    with writing(path, force=force) as partial:
        partial.write_bytes(data)
    return Path(path)


def write_with(path: Path, make: Callable[[Path], T], *, force: bool = False) -> T:
    """Let ``make(partial)`` write the file (a service that takes a path), then put it in place."""
    with writing(path, force=force) as partial:
        return make(partial)


def steps(
    path: Path, make: Callable[[Path], Iterator[T]], *, force: bool = False, check: bool = True
) -> Iterator[T]:
    """Run a progress generator ``make(partial)`` that writes ``partial``; put the file in place at the end.

    ``check`` false skips the up-front judgement (the window already asked the person). Stopping the
    generator early (Cancel) leaves the target untouched.
    """
    path = Path(path)
    if check:
        check_output(path, force=force)
    else:
        reason = refusal(path)
        if reason is not None:
            raise OutputRefusedError(reason)
    partial = partial_path(path)
    try:
        yield from make(partial)
        if not partial.exists():
            raise GovcampError(_("Nothing was written to {path}.").format(path=path))
        try:
            commit(partial, path)
        except OSError as exc:
            raise GovcampError(
                _("Could not write {path}: {value}.").format(path=path, value=exc.strerror or exc)
            ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
