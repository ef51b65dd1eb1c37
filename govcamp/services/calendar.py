"""What a calendar of the programme shows, collected as plain values (the file is written by
:mod:`govcamp.exports.calendar`).

A calendar shows the **published** grid — what attendees were told — not the working grid being edited:

* each session ever published is one calendar entry whose UID never changes (the session's id and the
  event's own stable key, never anything random), so a calendar app updates the entry in place;
* its SEQUENCE counts the published versions that changed its time or room (or took it off the grid),
  so calendar apps accept the newer copy;
* a session published and later withdrawn, or taken off the grid in a later version, stays in the file
  as STATUS:CANCELLED, which is how calendar apps learn to remove it;
* hosts are named only as the notes archive names them (:func:`govcamp.services.archive.collect`
  decides: a host who consented to being named, never a name given only at the pitch).

Before anything is published the working grid is shown, every entry at SEQUENCE 0.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from govcamp.services import archive, rooms, tickets
from govcamp.services.event import _event_row
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import GridVersion, Interest, SessionHost, Slot, Star, utcnow
from govcamp.store.tables import Session as SessionRow


@dataclass(frozen=True)
class CalendarEntry:
    """One session as a calendar event; ``start``/``end`` are aware, in the event's zone."""

    session_id: int
    uid: str
    title: str
    description: str
    hosts: tuple[str, ...]
    unnamed_hosts: int
    room_id: int | None
    room: str
    start: datetime
    end: datetime
    sequence: int
    last_modified: datetime
    cancelled: bool
    tags: tuple[str, ...] = ()
    #: Person ids of the named hosts, in the order of ``hosts``.
    host_ids: tuple[int, ...] = ()
    #: The notes archive has a page for it (a withdrawn session has none: nothing may link there).
    in_archive: bool = True


@dataclass(frozen=True)
class ProgrammeRoom:
    id: int
    name: str
    features: tuple[str, ...]


@dataclass(frozen=True)
class ProgrammeSlot:
    """A stretch of the day (sessions, a break, lunch, a plenary), aware in the event's zone."""

    start: datetime
    end: datetime
    kind: str
    label: str


@dataclass(frozen=True)
class FixedEntry:
    """A fixed part of the day in the whole-event calendar: a break, lunch or a plenary."""

    slot_id: int
    uid: str
    title: str
    kind: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class CalendarData:
    """Everything a calendar file holds."""

    name: str
    event_name: str
    venue: str
    timezone: str
    archive_url: str
    entries: tuple[CalendarEntry, ...]
    generated_at: datetime
    published_version: int | None
    rooms: tuple[ProgrammeRoom, ...] = ()
    slots: tuple[ProgrammeSlot, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    #: The event's contact address (the calendars' ORGANIZER); "" when none was set.
    contact_email: str = ""
    #: Breaks, lunch and plenaries: only in the whole-event calendar.
    fixed: tuple[FixedEntry, ...] = ()
    #: The event's export language for the poster and door signs (``en``, ``cy``, ``cy+en``).
    language: str = "en"


def event_key(created_at: datetime) -> str:
    """A short key that stays the same for the life of an event file and differs between events."""
    stamp = created_at.astimezone(UTC).isoformat()
    return hashlib.sha256(stamp.encode()).hexdigest()[:16]


def session_uid(session_id: int, key: str) -> str:
    return f"session-{session_id}-{key}@govcamp"


def slot_uid(slot_id: int, key: str) -> str:
    return f"slot-{slot_id}-{key}@govcamp"


#: What a fixed slot is called in a calendar when it has no label of its own.
FIXED_TITLES = {"break": "Break", "lunch": "Lunch", "plenary": "Plenary"}


@dataclass
class _History:
    """One session's path through the published versions."""

    entry: dict[str, Any]
    where: tuple[int, datetime, datetime]
    sequence: int
    changed_at: datetime
    present: bool


def _where(
    entry: dict[str, Any], slot_times: dict[int, tuple[datetime, datetime]]
) -> tuple[int, datetime, datetime] | None:
    """Room and times as published; a snapshot without times (older files) takes its slot's times."""
    if "start" in entry and "end" in entry:
        start = datetime.fromisoformat(str(entry["start"]))
        end = datetime.fromisoformat(str(entry["end"]))
    elif int(entry.get("slot", 0)) in slot_times:
        start, end = slot_times[int(entry["slot"])]
    else:
        return None
    return int(entry["room"]), start, end


def history(
    versions: list[tuple[datetime, list[dict[str, Any]]]],
    slot_times: dict[int, tuple[datetime, datetime]] | None = None,
) -> dict[int, _History]:
    """Walk published versions (oldest first): a session's SEQUENCE rises with each version that moves it
    (another room, another time), takes it off the grid, or puts it back."""
    seen: dict[int, _History] = {}
    for published_at, snapshot in versions:
        now: dict[int, dict[str, Any]] = {}
        for e in snapshot:
            if _where(e, slot_times or {}) is not None:
                now[int(e["session"])] = e
        for sid, entry in now.items():
            where = _where(entry, slot_times or {})
            assert where is not None
            known = seen.get(sid)
            if known is None:
                seen[sid] = _History(entry, where, 0, published_at, True)
                continue
            if not known.present or known.where != where:
                known.sequence += 1
                known.changed_at = published_at
            known.entry, known.where, known.present = entry, where, True
        for sid, known in seen.items():
            if known.present and sid not in now:
                known.sequence += 1
                known.changed_at = published_at
                known.present = False
    return seen


def collect(db: EventDB, *, room: str | None = None, person: str | None = None) -> CalendarData:
    """The calendar of the whole event, of one room (name or id) or of one person (id or email): the
    sessions they host or starred.

    Raises:
        NotFoundError: no such room or person.
    """
    shown = archive.collect(db)  # consent and redaction decided once, as the archive does
    public = {s.id: s for s in shown.sessions}
    room_filter = rooms.find_room(db, room).id if room is not None else None
    with db.session() as session:
        event = _event_row(session)
        zone = ZoneInfo(event.timezone)
        key = event_key(event.created_at)
        rows = {
            r[0]: (r[1], r[2], r[3])
            for r in session.exec(
                select(SessionRow.id, SessionRow.title, SessionRow.withdrawn, SessionRow.updated_at)
            ).all()
        }
        slot_times = {t.id or 0: (t.start_at, t.end_at) for t in session.exec(select(Slot)).all()}
        published = [
            (v.published_at, list(v.snapshot))
            for v in session.exec(select(GridVersion).order_by(col(GridVersion.number))).all()
        ]
        latest = session.exec(select(GridVersion.number).order_by(col(GridVersion.number).desc())).first()
        wanted: set[int] | None = None
        name = event.name
        if person is not None:
            who = tickets.resolve(session, person)
            hosted = session.exec(select(SessionHost.session_id).where(SessionHost.person_id == who.id)).all()
            starred = session.exec(
                select(Interest.session_id).where(
                    Interest.person_id == who.id, col(Interest.starred).is_(True)
                )
            ).all()
            # Stars from the phone page (issue 15) are starred sessions too.
            phoned = session.exec(select(Star.session_id).where(Star.person_id == who.id)).all()
            wanted = set(hosted) | set(starred) | set(phoned)
            name = f"{event.name}: {who.full_name}"
        venue, archive_url, contact_email = event.venue, event.archive_url, event.contact_email
        language = event.export_language
    room_names = {r.id: r.name for r in shown.rooms}
    if room_filter is not None:
        name = f"{event.name}: {room_names.get(room_filter, '')}"

    entries: list[CalendarEntry] = []
    if published:
        for sid, known in history(published, slot_times).items():
            row = rows.get(sid)
            withdrawn = row is None or row[1]
            cancelled = withdrawn or not known.present
            sequence = known.sequence + (1 if withdrawn and known.present else 0)
            changed = known.changed_at
            if row is not None and row[2] is not None and row[2] > changed:
                changed = row[2]
            value = public.get(sid)
            room_id, start, end = known.where
            # A withdrawn session is not in the archive, but keeps its title: it is how people recognise
            # the entry their calendar app is told to cancel.
            title = value.title if value is not None else shown.withdrawn_titles.get(sid, "")
            entries.append(
                CalendarEntry(
                    session_id=sid,
                    uid=session_uid(sid, key),
                    title=title or str(known.entry.get("title", "")) or f"Session {sid}",
                    description=value.description if value is not None else "",
                    hosts=value.hosts if value is not None else (),
                    unnamed_hosts=value.unnamed_hosts if value is not None else 0,
                    room_id=room_id,
                    room=room_names.get(room_id) or str(known.entry.get("room_name", "")),
                    start=start.astimezone(zone),
                    end=end.astimezone(zone),
                    sequence=sequence,
                    last_modified=changed.astimezone(UTC),
                    cancelled=cancelled,
                    tags=value.tags if value is not None else (),
                    in_archive=value is not None,
                    host_ids=value.host_ids if value is not None else (),
                )
            )
    else:
        for value in shown.sessions:
            if value.start is None or value.end is None:
                continue
            row = rows.get(value.id)
            entries.append(
                CalendarEntry(
                    session_id=value.id,
                    uid=session_uid(value.id, key),
                    title=value.title,
                    description=value.description,
                    hosts=value.hosts,
                    unnamed_hosts=value.unnamed_hosts,
                    room_id=value.room_id,
                    room=value.room or "",
                    start=value.start,
                    end=value.end,
                    sequence=0,
                    last_modified=(row[2] if row and row[2] else utcnow()).astimezone(UTC),
                    cancelled=False,
                    tags=value.tags,
                    host_ids=value.host_ids,
                )
            )
    if room_filter is not None:
        entries = [e for e in entries if e.room_id == room_filter]
    if wanted is not None:
        entries = [e for e in entries if e.session_id in wanted]
    fixed: tuple[FixedEntry, ...] = ()
    if room_filter is None and wanted is None:
        fixed = tuple(
            FixedEntry(
                slot_id=t.id,
                uid=slot_uid(t.id, key),
                title=t.label.strip() or FIXED_TITLES.get(t.kind.value, t.kind.value.title()),
                kind=t.kind.value,
                start=t.start,
                end=t.end,
            )
            for t in shown.slots
            if t.kind.value != "session"
        )
    order = {r.id: i for i, r in enumerate(shown.rooms)}
    entries.sort(key=lambda e: (e.start, order.get(e.room_id or 0, 0), e.session_id))
    return CalendarData(
        name=name,
        event_name=event.name,
        venue=venue,
        timezone=zone.key,
        archive_url=archive_url,
        entries=tuple(entries),
        generated_at=utcnow(),
        published_version=latest,
        rooms=tuple(ProgrammeRoom(r.id, r.name, tuple(r.features)) for r in rooms.list_rooms(db)),
        slots=tuple(ProgrammeSlot(t.start, t.end, t.kind.value, t.label) for t in shown.slots),
        start_date=shown.event.start_date,
        end_date=shown.event.end_date,
        contact_email=contact_email,
        fixed=fixed,
        language=language,
    )
