"""The event lock: who holds a file, when a lock is stale, and that only its owner removes it."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from govcamp.store import locks


def write(event: Path, *, host: str, pid: int, age: timedelta) -> None:
    moment = (datetime.now(UTC) - age).isoformat()
    locks.lock_path(event).write_text(
        json.dumps({"host": host, "pid": pid, "since": moment, "heartbeat": moment}), encoding="utf-8"
    )


def test_the_lock_names_this_laptop_and_process_and_goes_on_release(event_path: Path) -> None:
    lock = locks.acquire(event_path)
    holder = locks.read_holder(event_path)
    assert holder is not None and holder.host == socket.gethostname()
    with pytest.raises(locks.EventLockedError, match="another govcamp window on this laptop"):
        locks.acquire(event_path)  # a second window of this same process
    lock.release()
    assert not locks.lock_path(event_path).exists()
    locks.acquire(event_path).release()


def test_a_dead_process_or_a_silent_laptop_leaves_a_stale_lock(event_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    write(event_path, host=socket.gethostname(), pid=int(dead.stdout), age=timedelta(0))
    assert locks.live_holder(event_path) is None
    write(event_path, host="hall-laptop", pid=7, age=locks.STALE + timedelta(seconds=1))
    assert locks.live_holder(event_path) is None
    write(event_path, host="hall-laptop", pid=7, age=timedelta(seconds=5))
    with pytest.raises(locks.EventLockedError, match="hall-laptop"):
        locks.acquire(event_path)


def test_a_lock_that_is_not_ours_is_never_removed(event_path: Path) -> None:
    lock = locks.acquire(event_path)
    write(event_path, host="hall-laptop", pid=7, age=timedelta(seconds=5))  # taken over meanwhile
    lock.release()
    lock.refresh()
    holder = locks.read_holder(event_path)
    assert holder is not None and holder.host == "hall-laptop"
