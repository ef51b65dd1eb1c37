"""A real read-only folder for tests: a read-only bind mount (root, as in CI) or a folder without write
permission (anyone else). Skips when neither can be made."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def read_only_copy(source: Path, folder: Path) -> Iterator[Path]:
    """A copy of the file ``source`` in a folder nobody can write; yields the copy's path."""
    writable = folder / "writable"
    writable.mkdir()
    shutil.copyfile(source, writable / source.name)
    if os.geteuid() != 0:
        writable.chmod(0o555)
        (writable / source.name).chmod(0o444)
        try:
            yield writable / source.name
        finally:
            writable.chmod(0o755)
        return
    mount = folder / "usb-stick"
    mount.mkdir()
    made = subprocess.run(["mount", "--bind", str(writable), str(mount)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"cannot make a read-only mount here: {made.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(mount)], check=True, capture_output=True)
        yield mount / source.name
    finally:
        subprocess.run(["umount", str(mount)], check=False, capture_output=True)
