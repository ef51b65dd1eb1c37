"""An event across the night the UK clocks go back, for the calendar, schedule and poster tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import select

from govcamp.domain.pitching import PitchInput
from govcamp.domain.values import EventDetails, RoomInput, SlotInput
from govcamp.services import grid, pitches, rooms, slots
from govcamp.services.event import new_event
from govcamp.store.eventfile import EventDB, open_event
from govcamp.store.tables import Interest, Person

LONDON = ZoneInfo("Europe/London")
AUTUMN = EventDetails(
    name="Clocks Back Camp",
    start_date=date(2027, 10, 30),
    end_date=date(2027, 10, 31),
    venue="Town Hall, Leeds",
    archive_url="https://notes.example.org/camp/",
)

#: Titles a calendar must carry exactly: RFC 5545's special characters, quotes, accents, emoji, CJK.
AWKWARD = (
    'Budgets, cuts; and "what next?"',
    "Back\\slash\\ and semi;colon, comma",
    "Emoji 🎉 café, naïve 中文",
    "Plain talk",
)
DESCRIPTION = "Line one, with a comma;\nline two \\ a backslash\n\n“Quoted” and 🎉"


def at(day: int, hour: int, minute: int, *, fold: int = 0) -> datetime:
    return datetime(2027, 10, day, hour, minute, tzinfo=LONDON, fold=fold)


#: Session title → where and when it is placed (room name, slot start, slot end), in London time.
#: 01:30 on 31 October 2027 happens twice: first in BST (00:30 UTC), then, after the clocks go back at
#: 02:00 BST, in GMT (01:30 UTC). One session is in each, so a reader that treats them alike is caught.
PLAN = {
    AWKWARD[0]: ("Hall", at(30, 10, 0), at(30, 10, 45)),  # BST, the day before
    AWKWARD[1]: ("Hall", at(31, 1, 30), at(31, 1, 55)),  # the first 01:30 (BST)
    AWKWARD[2]: ("Room 2", at(31, 1, 30, fold=1), at(31, 1, 55, fold=1)),  # the second 01:30 (GMT)
    AWKWARD[3]: ("Room 2", at(31, 14, 0), at(31, 14, 45)),  # GMT, the afternoon after
}


def make_event(path: Path, *, publish: bool = True) -> Path:
    """Rooms, four slots, four placed sessions with three kinds of host, and a published v1."""
    new_event(path, AUTUMN).close()
    db = open_event(path)
    try:
        _fill(db, publish)
    finally:
        db.close()
    return path


def _fill(db: EventDB, publish: bool) -> None:
    rooms.add_room(db, RoomInput("Hall", 80, ("step_free",)))
    rooms.add_room(db, RoomInput("Room 2", 20, ("screen",)))
    with db.session() as session:
        session.add(
            Person(
                full_name="Ada Lovelace",
                email="ada@example.org",
                email_normalised="ada@example.org",
                consent_named_in_notes=True,
                checkin_code="ADA1",
            )
        )
        session.add(
            Person(
                full_name="Bob Secret",
                email="bob@example.org",
                email_normalised="bob@example.org",
                checkin_code="BOB1",
            )
        )
    room_ids = {r.name: r.id for r in rooms.list_rooms(db)}
    hosts = (("Ada Lovelace", "Bob Secret"), ("Chris Plain",), ("Bob Secret",), ("Ada Lovelace",))
    for (title, (room, start, end)), who in zip(PLAN.items(), hosts, strict=True):
        # Given in UTC: Python compares two times of one zone by the clock on the wall, fold ignored, so
        # the two 01:30s would look like one slot to the overlap check.
        slot = slots.add_slot(db, SlotInput(start.astimezone(UTC), end.astimezone(UTC)))
        session = pitches.add_pitch(db, PitchInput(title, who, description=DESCRIPTION))
        grid.move(db, session.id, room_ids[room], slot.id)
    with db.session() as session:
        bob = session.exec(select(Person).where(Person.full_name == "Bob Secret")).one()
        assert bob.id is not None
        session.add(Interest(person_id=bob.id, session_id=4, starred=True))
        session.add(Interest(person_id=bob.id, session_id=2, starred=False))  # a hand raised: not starred
    if publish:
        grid.publish(db, "First grid")
