"""The first look at an event file (standard sqlite3) gives what the services give, or steps aside."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from govcamp.domain.values import RoomInput
from govcamp.services import event as event_service
from govcamp.services import rooms as room_service
from govcamp.services import slots as slot_service
from govcamp.services.demo import write_demo
from govcamp.services.first_look import first_look
from govcamp.store import locks, migrate
from govcamp.store.eventfile import open_event


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.govcamp"
    write_demo(path, applicants=40)
    return path


def test_the_look_holds_exactly_what_the_services_read(demo_path: Path) -> None:
    before = demo_path.read_bytes()
    look = first_look(demo_path)
    assert look is not None
    assert not Path(f"{demo_path}-wal").exists() or Path(f"{demo_path}-wal").stat().st_size == 0
    assert demo_path.read_bytes() == before  # read-only: not a byte changed
    with open_event(demo_path) as db:
        assert look.details == event_service.get_details(db)
        assert look.rooms == tuple(room_service.list_rooms(db))
        assert look.slots == tuple(slot_service.list_slots(db))
    # The demo has rooms out of use in some slots and rooms with features: both are compared above.
    assert any(room.unavailable_slot_ids for room in look.rooms)
    assert all(slot.start.tzinfo is not None for slot in look.slots)


def test_a_new_empty_event_is_looked_at_too(event_path: Path) -> None:
    look = first_look(event_path)
    assert look is not None
    assert look.rooms == () and look.slots == ()
    with open_event(event_path) as db:
        assert look.details == event_service.get_details(db)


def test_a_room_edited_after_the_demo_shows_its_new_version(demo_path: Path) -> None:
    with open_event(demo_path) as db:
        room = room_service.list_rooms(db)[0]
        room_service.update_room(db, room.id, RoomInput(name="Renamed", capacity=7, features=("screen",)))
    look = first_look(demo_path)
    assert look is not None
    with open_event(demo_path) as db:
        assert look.rooms == tuple(room_service.list_rooms(db))


def _lock_elsewhere(path: Path) -> None:
    moment = datetime.now(UTC).isoformat()
    holder = {"host": "desk-2.example", "pid": 4242, "since": moment, "heartbeat": moment}
    locks.lock_path(path).write_text(json.dumps(holder), encoding="utf-8")


@pytest.mark.parametrize("kind", ["text", "truncated", "older", "newer", "other sqlite", "locked", "missing"])
def test_anything_but_an_up_to_date_event_this_laptop_can_edit_gets_no_look(
    demo_path: Path, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "other.govcamp"
    if kind == "text":
        path.write_text("hello")
    elif kind == "truncated":
        path.write_bytes(demo_path.read_bytes()[:20000])
    elif kind in ("older", "newer"):
        path.write_bytes(demo_path.read_bytes())
        generation = migrate.SCHEMA_VERSION + (-1 if kind == "older" else 1)
        with sqlite3.connect(path) as connection:
            connection.execute(f"PRAGMA user_version = {generation}")
        connection.close()
    elif kind == "other sqlite":
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE event (name TEXT)")
        connection.close()
    elif kind == "locked":
        path.write_bytes(demo_path.read_bytes())
        _lock_elsewhere(path)
    before = path.read_bytes() if path.exists() else None
    assert first_look(path) is None
    assert (path.read_bytes() if path.exists() else None) == before


def test_a_lock_gone_stale_does_not_stop_the_look(demo_path: Path) -> None:
    old = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    holder = {"host": "desk-2.example", "pid": 4242, "since": old, "heartbeat": old}
    locks.lock_path(demo_path).write_text(json.dumps(holder), encoding="utf-8")
    assert first_look(demo_path) is not None


def test_looking_imports_neither_sqlalchemy_nor_psycopg(demo_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from govcamp.services.first_look import first_look\n"
        f"assert first_look(Path({str(demo_path)!r})) is not None\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', 'psycopg') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**os.environ}
    )
    assert result.stdout.strip() == "[]"
