"""A first look at an event file with the standard library's ``sqlite3``: what its first page shows.

Opening an event the full way imports SQLAlchemy, SQLModel and the tables, most of a second of start-up
that drawing the Event & rooms page does not need. :func:`first_look` reads the event's details, rooms and
slots over a connection that refuses to write (``query_only``: not a byte of the file changes), as the
same frozen values the services return, so the window can draw that page at once and open the event
properly just after.

It is only a look, never a judgement: whenever the file is anything but an up-to-date event this laptop can
edit — not an event, damaged, from an older or newer govcamp (a migration to run), held by another window,
on read-only media, in the middle of someone's write — it answers ``None`` and the window takes the full road,
which says why in the usual words. Nothing here imports SQLAlchemy (a test checks).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from govcamp.domain.enums import SlotKind
from govcamp.domain.values import EventDetails, RoomValue, SlotValue
from govcamp.store import locks
from govcamp.store.media import read_only_reason
from govcamp.store.quick_read import has_current_header, quick_connection


@dataclass(frozen=True)
class FirstLook:
    """What the Event & rooms page shows, read before the database stack is loaded."""

    path: Path
    details: EventDetails
    rooms: tuple[RoomValue, ...]
    slots: tuple[SlotValue, ...]


def first_look(path: Path) -> FirstLook | None:
    """The first page's values of the up-to-date, writable event file at ``path``; None for anything else.

    ``None`` is not an error: the caller opens the file the full way, which explains whatever it found.
    """
    path = Path(path)
    try:
        if not has_current_header(path):
            return None
        if read_only_reason(path) is not None or locks.live_holder(path) is not None:
            return None
        return _read(path)
    except (OSError, sqlite3.Error, ValueError, KeyError, TypeError):
        # Anything unexpected (a damaged file, a table a newer govcamp changed): the full road decides.
        return None


def _read(path: Path) -> FirstLook | None:
    with quick_connection(path) as connection:
        if connection is None:
            return None
        events = connection.execute(
            "SELECT name, start_date, end_date, venue, timezone, description, archive_url, "
            "qr_contact_cards, contact_email, export_language FROM event"
        ).fetchall()
        rooms = connection.execute(
            "SELECT id, name, capacity, features, position, version FROM room ORDER BY position, id"
        ).fetchall()
        unavailable = connection.execute("SELECT room_id, slot_id FROM room_unavailable").fetchall()
        slots = connection.execute(
            "SELECT id, start_at, end_at, kind, label FROM slot ORDER BY start_at, id"
        ).fetchall()
    name, start, end, venue, zone, description, archive_url, cards, email, language = events[0]
    details = EventDetails(
        name=name,
        start_date=date.fromisoformat(start),
        end_date=date.fromisoformat(end),
        venue=venue,
        timezone=zone,
        description=description,
        archive_url=archive_url,
        qr_contact_cards=bool(cards),
        contact_email=email,
        export_language=language,
    )
    by_room: dict[int, list[int]] = {}
    for room_id, slot_id in unavailable:
        by_room.setdefault(room_id, []).append(slot_id)
    room_values = tuple(
        RoomValue(
            id=room_id,
            name=room_name,
            capacity=capacity,
            features=tuple(json.loads(features)),
            position=position,
            unavailable_slot_ids=tuple(sorted(by_room.get(room_id, []))),
            version=version,
        )
        for room_id, room_name, capacity, features, position, version in rooms
    )
    tz = ZoneInfo(zone)
    slot_values = tuple(
        SlotValue(
            id=slot_id, start=_moment(begin, tz), end=_moment(finish, tz), kind=SlotKind(kind), label=label
        )
        for slot_id, begin, finish, kind, label in slots
    )
    return FirstLook(path=path, details=details, rooms=room_values, slots=slot_values)


def _moment(stored: str, zone: ZoneInfo) -> datetime:
    # Stored as naive UTC text (govcamp.store.types.UtcDateTime on SQLite).
    moment = datetime.fromisoformat(stored)
    if moment.utcoffset() is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone)
