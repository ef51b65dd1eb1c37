"""A small event to pitch and build a grid in: three rooms, three session slots around lunch, four people."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from govcamp.domain.enums import SlotKind
from govcamp.domain.values import RoomInput, SlotInput
from govcamp.services import rooms, slots
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Person

LONDON = ZoneInfo("Europe/London")


def at(hhmm: str) -> datetime:
    hour, minute = (int(p) for p in hhmm.split(":"))
    return datetime(2027, 3, 27, hour, minute, tzinfo=LONDON)


def small_event(db: EventDB) -> dict[str, int]:
    """Rooms Hall (100), Room 2 (20) and Quiet (10); slots 10:00, 11:00, lunch, 13:00; four people."""
    ids = {
        "hall": rooms.add_room(db, RoomInput("Hall", 100, ("step_free", "screen", "hearing_loop"))).id,
        "room2": rooms.add_room(db, RoomInput("Room 2", 20, ())).id,
        "quiet": rooms.add_room(db, RoomInput("Quiet", 10, ("quiet",))).id,
        "s1": slots.add_slot(db, SlotInput(at("10:00"), at("10:50"))).id,
        "s2": slots.add_slot(db, SlotInput(at("11:00"), at("11:50"))).id,
        "lunch": slots.add_slot(db, SlotInput(at("12:00"), at("13:00"), SlotKind.LUNCH, "Lunch")).id,
        "s3": slots.add_slot(db, SlotInput(at("13:00"), at("13:50"))).id,
    }
    with db.session() as session:
        for code, (full, badge) in enumerate(
            [
                ("Siân Williams", "Siân"),
                ("Łukasz Nowak", "Łukasz"),
                ("Zoë Patel", ""),
                ("Ahmed Khan", "Ahmed"),
            ]
        ):
            person = Person(full_name=full, badge_name=badge, checkin_code=f"C{code}")
            session.add(person)
            session.flush()
            assert person.id is not None
            ids[full.split()[0].casefold()] = person.id
    return ids
