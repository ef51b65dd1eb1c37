"""Automatic backups: complete, throttled, rotated, restorable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from govcamp.domain.values import RoomInput
from govcamp.services import rooms
from govcamp.store import backups
from govcamp.store.eventfile import open_event


def clock(start: datetime) -> tuple[list[datetime], object]:
    moments = [start]
    return moments, lambda: moments[0]


def test_backups_are_throttled_rotated_and_complete(tmp_path: Path, event_path: Path) -> None:
    root = tmp_path / "backups"
    moments, now = clock(datetime(2027, 6, 19, 9, 0, tzinfo=UTC))
    with open_event(event_path) as db:
        rooms.add_room(db, RoomInput("Main hall", 150))
        first = backups.back_up(event_path, root, now=now)  # type: ignore[arg-type]
        assert first is not None
        moments[0] += timedelta(minutes=5)
        assert backups.back_up(event_path, root, now=now) is None  # type: ignore[arg-type]
        for _ in range(backups.KEEP + 3):
            moments[0] += backups.MIN_INTERVAL
            assert backups.back_up(event_path, root, now=now) is not None  # type: ignore[arg-type]
    kept = backups.list_backups(event_path, root)
    assert len(kept) == backups.KEEP
    assert kept[0].taken_at == moments[0]
    with open_event(kept[-1].path) as copy:
        assert [r.name for r in rooms.list_rooms(copy)] == ["Main hall"]
    assert backups.quick_check(kept[0].path) == "ok"


def test_restore_keeps_the_replaced_file(tmp_path: Path, event_path: Path) -> None:
    root = tmp_path / "backups"
    taken = backups.back_up(event_path, root)
    assert taken is not None
    with open_event(event_path) as db:
        rooms.add_room(db, RoomInput("Added after the backup", 10))
    replaced = backups.restore(taken.path, event_path)
    with open_event(event_path) as db:
        assert rooms.list_rooms(db) == []
    with open_event(replaced) as db:
        assert [r.name for r in rooms.list_rooms(db)] == ["Added after the backup"]
