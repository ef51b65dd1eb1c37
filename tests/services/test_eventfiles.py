"""Opening, copying, backing up and restoring event files through the services the window uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from govcamp.domain.errors import GovcampError
from govcamp.domain.values import RoomInput
from govcamp.services import event as event_service
from govcamp.services import eventfiles, rooms


def test_open_copy_back_up_and_restore(event_path: Path, tmp_path: Path, govcamp_home: Path) -> None:
    db = eventfiles.open_event_file(event_path)
    rooms.add_room(db, RoomInput("Hall", 100, ()))
    with pytest.raises(GovcampError, match="does not exist"):
        eventfiles.save_copy(event_path, tmp_path / "usb" / "camp copy")
    (tmp_path / "usb").mkdir()
    copy = eventfiles.save_copy(event_path, tmp_path / "usb" / "camp copy")
    assert copy.name == "camp copy.govcamp"
    backup = eventfiles.back_up(event_path)
    assert backup is not None and backup.path.is_relative_to(govcamp_home)
    assert eventfiles.back_up(event_path) is None  # throttled: one is fresh
    rooms.add_room(db, RoomInput("Room 2", 20, ()))
    db.close()
    assert eventfiles.check_closed(event_path) == "ok"

    with eventfiles.open_event_file(copy) as other:
        assert [r.name for r in rooms.list_rooms(other)] == ["Hall"]
        assert event_service.get_details(other).name == "LocalGovCamp Test"

    found = eventfiles.list_backups(event_path)
    assert [b.path for b in found] == [backup.path]
    kept = eventfiles.restore_backup(found[0].path, event_path)
    assert kept.exists() and kept != event_path
    with eventfiles.open_event_file(event_path) as restored:
        assert [r.name for r in rooms.list_rooms(restored)] == ["Hall"]
    with eventfiles.open_event_file(kept) as replaced:
        assert [r.name for r in rooms.list_rooms(replaced)] == ["Hall", "Room 2"]


def test_bad_files_and_targets_are_refused_in_words(event_path: Path, tmp_path: Path) -> None:
    not_event = tmp_path / "people.csv"
    not_event.write_text("Name,Email\n", encoding="utf-8")
    with pytest.raises(GovcampError):
        eventfiles.open_event_file(not_event)
    with pytest.raises(GovcampError, match="different file"):
        eventfiles.save_copy(event_path, event_path)
    with pytest.raises(GovcampError):
        eventfiles.restore_backup(not_event, event_path)
    assert not_event.read_text(encoding="utf-8") == "Name,Email\n"
