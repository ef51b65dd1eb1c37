"""Rooms and slots through the services: what the window and the command line both rely on."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from govcamp.domain.enums import SlotKind
from govcamp.domain.errors import NotFoundError, ValidationError
from govcamp.domain.values import RoomInput, SlotInput
from govcamp.services import event as event_service
from govcamp.services import rooms, slots
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Placement
from govcamp.store.tables import Session as SessionRow

LONDON = ZoneInfo("Europe/London")


def at(hour: int, minute: int = 0, day: int = 27) -> datetime:
    return datetime(2027, 3, day, hour, minute, tzinfo=LONDON)


def test_rooms_keep_their_order_and_can_be_moved(db: EventDB) -> None:
    hall = rooms.add_room(db, RoomInput("Main hall", 150, ("step_free",)))
    chamber = rooms.add_room(db, RoomInput("Council chamber", 80))
    lab = rooms.add_room(db, RoomInput("Lab", 20))
    assert [r.name for r in rooms.list_rooms(db)] == ["Main hall", "Council chamber", "Lab"]
    rooms.move_room(db, lab.id, 0)
    assert [r.id for r in rooms.list_rooms(db)] == [lab.id, hall.id, chamber.id]
    assert [r.position for r in rooms.list_rooms(db)] == [0, 1, 2]


def test_room_names_are_unique_whatever_the_case(db: EventDB) -> None:
    rooms.add_room(db, RoomInput("Main hall", 150))
    with pytest.raises(ValidationError, match="already a room called “Main hall”"):
        rooms.add_room(db, RoomInput("MAIN HALL", 10))
    assert len(rooms.list_rooms(db)) == 1


def test_removing_a_room_and_restoring_it_puts_everything_back(db: EventDB) -> None:
    first = rooms.add_room(db, RoomInput("Main hall", 150))
    slot = slots.add_slot(db, SlotInput(at(10), at(10, 50)))
    room = rooms.add_room(db, RoomInput("Lab", 20, ("screen",), (slot.id,)))
    rooms.add_room(db, RoomInput("Quiet room", 12))
    with db.session() as session:
        talk = SessionRow(title="Open data in planning")
        session.add(talk)
        session.flush()
        assert talk.id is not None
        session.add(Placement(session_id=talk.id, room_id=first.id, slot_id=slot.id, pinned=True))
    snapshot = rooms.remove_room(db, first.id)
    assert len(snapshot.placements) == 1
    assert event_service.summary(db).placements == 0
    assert [r.name for r in rooms.list_rooms(db)] == ["Lab", "Quiet room"]
    rooms.restore_room(db, snapshot)
    assert [r.name for r in rooms.list_rooms(db)] == ["Main hall", "Lab", "Quiet room"]
    assert event_service.summary(db).placements == 1
    assert rooms.get_room(db, room.id).unavailable_slot_ids == (slot.id,)


def test_update_room_and_unknown_room(db: EventDB) -> None:
    room = rooms.add_room(db, RoomInput("Lab", 20))
    changed = rooms.update_room(db, room.id, RoomInput("Digital lab", 25, ("screen", "projector")))
    assert (changed.name, changed.capacity, changed.features) == ("Digital lab", 25, ("projector", "screen"))
    with pytest.raises(NotFoundError):
        rooms.update_room(db, 999, RoomInput("X", 1))
    with pytest.raises(ValidationError, match="no slot 42"):
        rooms.update_room(db, room.id, RoomInput("Lab", 20, (), (42,)))


def test_slots_come_back_in_time_order_in_the_event_zone(db: EventDB) -> None:
    slots.add_slot(db, SlotInput(at(11), at(11, 50), label="Session 2"))
    slots.add_slot(db, SlotInput(at(10), at(10, 50), label="Session 1"))
    listed = slots.list_slots(db)
    assert [s.label for s in listed] == ["Session 1", "Session 2"]
    assert listed[0].start.utcoffset() is not None
    assert listed[0].start.isoformat() == "2027-03-27T10:00:00+00:00"


def test_slot_on_the_day_the_clocks_change_keeps_its_local_time(db: EventDB) -> None:
    # 28 March 2027: UK clocks go forward at 01:00 UTC, so 10:00 local is 09:00 UTC.
    slot = slots.add_slot(db, SlotInput(at(10, day=28), at(10, 50, day=28)))
    assert slots.get_slot(db, slot.id).start.isoformat() == "2027-03-28T10:00:00+01:00"


def test_overlapping_slot_is_refused_and_nothing_is_stored(db: EventDB) -> None:
    slots.add_slot(db, SlotInput(at(10), at(10, 50)))
    with pytest.raises(ValidationError, match="overlaps"):
        slots.add_slot(db, SlotInput(at(10, 40), at(11, 30)))
    assert len(slots.list_slots(db)) == 1


def test_editing_a_slot_does_not_clash_with_itself(db: EventDB) -> None:
    slot = slots.add_slot(db, SlotInput(at(10), at(10, 50)))
    moved = slots.update_slot(db, slot.id, SlotInput(at(10, 10), at(11), SlotKind.SESSION, "S1"))
    assert moved.label == "S1"


def test_a_slot_holding_sessions_cannot_become_lunch(db: EventDB) -> None:
    room = rooms.add_room(db, RoomInput("Hall", 100))
    slot = slots.add_slot(db, SlotInput(at(12), at(12, 50)))
    with db.session() as session:
        talk = SessionRow(title="Lunch and learn")
        session.add(talk)
        session.flush()
        assert talk.id is not None
        session.add(Placement(session_id=talk.id, room_id=room.id, slot_id=slot.id))
    with pytest.raises(ValidationError, match="move them"):
        slots.update_slot(db, slot.id, SlotInput(at(12), at(12, 50), SlotKind.LUNCH))


def test_remove_and_restore_slot(db: EventDB) -> None:
    room = rooms.add_room(db, RoomInput("Hall", 100))
    slot = slots.add_slot(db, SlotInput(at(10), at(10, 50), label="Session 1"))
    rooms.update_room(db, room.id, RoomInput("Hall", 100, (), (slot.id,)))
    snapshot = slots.remove_slot(db, slot.id)
    assert slots.list_slots(db) == []
    assert rooms.get_room(db, room.id).unavailable_slot_ids == ()
    restored = slots.restore_slot(db, snapshot)
    assert restored == snapshot.slot
    assert rooms.get_room(db, room.id).unavailable_slot_ids == (slot.id,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:00", "2027-03-27T10:00:00+00:00"),
        ("2027-03-28T10:00", "2027-03-28T10:00:00+01:00"),
        ("2027-03-28T09:00:00+00:00", "2027-03-28T10:00:00+01:00"),
    ],
)
def test_parse_time(text: str, expected: str) -> None:
    assert slots.parse_time(text, LONDON, date(2027, 3, 27)).isoformat() == expected


def test_parse_time_rejects_nonsense() -> None:
    with pytest.raises(ValidationError, match="not a time"):
        slots.parse_time("half past ten", LONDON, date(2027, 3, 27))
