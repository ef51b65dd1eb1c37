"""The archive's folder: what the last export wrote there (its manifest), and replacing only that.

A person may put their own files in an archive's folder (the slides of a session beside its notes). The
next export replaces exactly the files the previous one listed in :data:`MANIFEST` and nothing else: a
file it did not write is never deleted or written over, and a folder without a manifest is never touched
unless it is empty — a look-alike ``notes.json`` proves nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import zipfile
from pathlib import Path

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.exports.outputs import commit, is_event_file, partial_path, refusal
from govcamp.store.eventfile import SUFFIX

MANIFEST = ".govcamp-archive.json"
_FORMAT = "govcamp-archive-manifest"


def _listed(folder: Path) -> set[str] | None:
    """The files the last export wrote into ``folder`` (relative, POSIX), or None without a manifest."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != _FORMAT or not isinstance(data.get("files"), list):
        return None
    return {name for name in data["files"] if isinstance(name, str) and _safe(name)}


def _safe(name: str) -> bool:
    parts = Path(name).parts
    return bool(parts) and not Path(name).is_absolute() and ".." not in parts and name != MANIFEST


def _write_manifest(folder: Path, files: set[str]) -> None:
    target = folder / MANIFEST
    partial = partial_path(target)
    text = json.dumps({"format": _FORMAT, "version": 1, "files": sorted(files)}, indent=1) + "\n"
    partial.write_text(text, encoding="utf-8")
    commit(partial, target)


def check_target(out_dir: Path, zip_file: Path | None = None) -> None:
    """Refuse a folder (and zip file) the archive may not be written to, before any work is done.

    Raises:
        GovcampError: a file, a link, the backups folder, a missing parent, or a folder with files in it that
            no earlier export wrote (there is no manifest); a zip file in the way that is not an earlier
            export's.
    """
    if zip_file is not None:
        _check_zip_target(zip_file, out_dir)
    if out_dir.is_symlink():
        raise GovcampError(_("{out_dir} is a symbolic link; choose the real folder.").format(out_dir=out_dir))
    reason = refusal(out_dir)
    if reason is not None:
        raise GovcampError(reason)
    if out_dir.exists() and not out_dir.is_dir():
        raise GovcampError(_("{out_dir} is a file; choose a folder for the archive.").format(out_dir=out_dir))
    if not out_dir.parent.is_dir():
        raise GovcampError(_("The folder {parent} does not exist.").format(parent=out_dir.parent))
    if out_dir.is_dir() and any(out_dir.iterdir()) and _listed(out_dir) is None:
        raise GovcampError(
            _(
                "{out_dir} is not empty and holds no earlier govcamp archive; choose an empty or new folder."
            ).format(out_dir=out_dir)
        )
    event = _event_file_in(out_dir) if out_dir.is_dir() else None
    if event is not None:
        # Even an earlier archive's folder: a manifest naming it (copied, edited) must never get it deleted.
        raise GovcampError(
            _("{out_dir} holds an event file ({event}); choose another folder for the archive.").format(
                out_dir=out_dir, event=event.relative_to(out_dir)
            )
        )


def earlier_export(out_dir: Path) -> bool:
    """Whether ``out_dir`` holds an earlier export (its manifest): writing there replaces that export."""
    return out_dir.is_dir() and _listed(out_dir) is not None


def _event_file_in(folder: Path) -> Path | None:
    for path in sorted(folder.rglob("*")):
        if not path.is_symlink() and path.is_file() and (path.suffix == SUFFIX or is_event_file(path)):
            return path
    return None


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() or p.is_symlink()}


def replace(partial: Path, out_dir: Path) -> None:
    """Move the new archive in ``partial`` into ``out_dir``, replacing only the last export's files.

    Raises:
        GovcampError: a new file would land on a file the last export did not write (nothing is moved).
    """
    new = _files(partial)
    if not out_dir.exists() or (out_dir.is_dir() and not any(out_dir.iterdir())):
        _write_manifest(partial, new)
        with contextlib.suppress(FileNotFoundError):
            out_dir.rmdir()
        os.replace(partial, out_dir)
        return
    old = _listed(out_dir)
    if old is None:
        check_target(out_dir)  # raises: the folder filled up since the check
        raise GovcampError(_("{out_dir} holds no earlier govcamp archive.").format(out_dir=out_dir))
    clashes = sorted(n for n in new - old if (out_dir / n).exists() or (out_dir / n).is_symlink())
    if clashes:
        raise GovcampError(
            _(
                "{value} was not written by govcamp and would be replaced; move it away and "
                "export again. Nothing was changed."
            ).format(value=out_dir / clashes[0])
        )
    # Until the end, the manifest lists everything of ours that may be there, so a kill midway leaves
    # nothing the next export would mistake for a person's file.
    _write_manifest(out_dir, old | new)
    for name in sorted(new):
        target = out_dir / name
        if target.is_symlink():
            target.unlink()
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(partial / name, target)
    for name in sorted(old - new):
        target = out_dir / name
        if refusal(target) is not None and not target.is_symlink():
            continue  # never delete an event file or its sidecar, whatever the manifest says
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        _prune(target.parent, out_dir)
    _write_manifest(out_dir, new)


def _prune(folder: Path, top: Path) -> None:
    """Remove folders the export emptied, up to (not including) ``top``; a folder with anything left stays."""
    while folder != top and top in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def _check_zip_target(zip_file: Path, out_dir: Path) -> None:
    reason = refusal(zip_file)
    if reason is not None:
        raise GovcampError(reason)
    if zip_file.is_dir():
        raise GovcampError(
            _("{zip_file} is a folder; the zip file cannot be written there.").format(zip_file=zip_file)
        )
    if not zip_file.exists():
        return
    try:
        with zipfile.ZipFile(zip_file) as archive:
            ours = f"{out_dir.name}/{MANIFEST}" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        ours = False
    if not ours:
        raise GovcampError(
            _("{zip_file} exists and is not an earlier archive's zip; move it away first.").format(
                zip_file=zip_file
            )
        )


def write_zip(folder: Path, zip_file: Path) -> None:
    """Pack the files of the archive (those in its manifest, not a person's own) into one zip file."""
    reason = refusal(zip_file)
    if reason is not None:
        raise GovcampError(reason)
    listed = _listed(folder)
    names = sorted(listed if listed is not None else _files(folder))
    if listed is not None:
        names.append(MANIFEST)  # marks the zip as an export's, so the next export may replace it
    partial = partial_path(zip_file)
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in names:
                path = folder / name
                if path.is_file() and not path.is_symlink():
                    archive.write(path, Path(folder.name) / name)
        commit(partial, zip_file)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
