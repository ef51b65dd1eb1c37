"""Sessions, hosts, rooms, slots and notes for the notes and archive tests, written straight to the tables."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import select

from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Note, Person, Placement, Room, SessionHost, Slot
from govcamp.store.tables import Session as SessionRow

LONDON = ZoneInfo("Europe/London")


def room(db: EventDB, name: str, position: int = 0) -> int:
    with db.session() as session:
        row = Room(name=name, capacity=30, position=position)
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def slot(db: EventDB, start: str, end: str, kind: str = "session", label: str = "") -> int:
    with db.session() as session:
        row = Slot(
            start_at=datetime.fromisoformat(f"2027-03-27T{start}").replace(tzinfo=LONDON),
            end_at=datetime.fromisoformat(f"2027-03-27T{end}").replace(tzinfo=LONDON),
            kind=kind,
            label=label,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def person(
    db: EventDB,
    full_name: str,
    *,
    consent: bool,
    badge_name: str = "",
    email: str | None = None,
    access: str = "",
    dietary: str = "",
) -> int:
    with db.session() as session:
        count = len(session.exec(select(Person.id)).all())
        row = Person(
            full_name=full_name,
            badge_name=badge_name or full_name,
            email=email,
            email_normalised=email.lower() if email else None,
            access_needs=access,
            dietary_needs=dietary,
            consent_named_in_notes=consent,
            checkin_code=f"CODE{count + 1:04d}",
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def session_(
    db: EventDB,
    title: str,
    *,
    hosts: list[tuple[str, int | None]] = (),  # type: ignore[assignment]
    room_id: int | None = None,
    slot_id: int | None = None,
    tags: list[str] | None = None,
    body: str | None = None,
    taker: str = "",
    attendance: int | None = None,
    links: list[str] | None = None,
    actions: list[dict[str, object]] | None = None,
) -> int:
    with db.session() as session:
        row = SessionRow(title=title, tags=tags or [])
        session.add(row)
        session.flush()
        assert row.id is not None
        for position, (name, person_id) in enumerate(hosts):
            session.add(SessionHost(session_id=row.id, person_id=person_id, name=name, position=position))
        if room_id is not None and slot_id is not None:
            session.add(Placement(session_id=row.id, room_id=room_id, slot_id=slot_id))
        if body is not None:
            session.add(
                Note(
                    session_id=row.id,
                    body_md=body,
                    note_taker=taker,
                    attendance=attendance,
                    links=links or [],
                    actions=actions or [],
                    revision=1,
                )
            )
        return row.id
