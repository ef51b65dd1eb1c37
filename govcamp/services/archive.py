"""What the notes archive may show, collected as plain values with everything private left out.

The archive is published, so this is where privacy is decided, once, before any file is written:

* no email address of anyone the event knows (withheld wherever it appears, even inside a note);
* no access or dietary needs (never read at all);
* a host is named only if they consented to being named in notes (``Person.consent_named_in_notes``);
  a host given only as a name at the pitch has recorded no consent, so is not named either;
* the names of people who did not consent are withheld inside the notes too: their full names anywhere,
  and the shorter names they go by (badge name, name given at the pitch) where they host or took notes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from govcamp.domain.enums import SlotKind
from govcamp.domain.redaction import Matcher, matcher_for, phrase
from govcamp.services.event import _event_row
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Note, Person, Placement, Room, SessionHost, Slot, utcnow
from govcamp.store.tables import Session as SessionRow

WITHHELD_NAME = "(name withheld)"
WITHHELD_EMAIL = "(email withheld)"


@dataclass(frozen=True)
class ArchiveEvent:
    name: str
    start_date: date
    end_date: date
    venue: str
    timezone: str
    description: str
    archive_url: str
    #: The archive's fixed words: ``en``, ``cy`` or ``cy+en`` (Welsh first).
    language: str = "en"


@dataclass(frozen=True)
class ArchiveRoom:
    id: int
    name: str


@dataclass(frozen=True)
class ArchiveSlot:
    id: int
    start: datetime
    end: datetime
    kind: SlotKind
    label: str


@dataclass(frozen=True)
class ArchiveAction:
    text: str
    done: bool


@dataclass(frozen=True)
class ArchiveNote:
    body_md: str
    note_taker: str
    attendance: int | None
    links: tuple[str, ...]
    actions: tuple[ArchiveAction, ...]
    updated_at: datetime | None


@dataclass(frozen=True)
class ArchiveSession:
    """A session as the public may see it; ``hosts`` holds only the names of hosts who consented."""

    id: int
    title: str
    description: str
    hosts: tuple[str, ...]
    unnamed_hosts: int
    room_id: int | None
    slot_id: int | None
    room: str | None
    start: datetime | None
    end: datetime | None
    tags: tuple[str, ...]
    note: ArchiveNote | None
    #: The person id of each named host, in the order of ``hosts`` (stable ids for schedule apps).
    host_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ArchiveData:
    """Everything the archive shows: the event, its grid, and the sessions with their notes."""

    event: ArchiveEvent
    rooms: tuple[ArchiveRoom, ...]
    slots: tuple[ArchiveSlot, ...]
    sessions: tuple[ArchiveSession, ...]
    generated_at: datetime
    tags: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: Withdrawn sessions' titles, redacted like the rest: calendars keep them on the cancelled entry.
    withdrawn_titles: dict[int, str] = field(default_factory=dict)


class Redactor:
    """Withholds names and email addresses from free text, leaving consented names whole.

    Names are found however they are spelt (any case, accents composed, decomposed or dropped, line breaks
    inside; see :mod:`govcamp.domain.redaction`), addresses also when written "user [at] domain" or
    "user at domain dot org". The longest name wins: "Robert Turner" (consented) stays whole even when
    another "Robert" did not consent, while a bare "Robert" is withheld.
    """

    def __init__(self, withheld: Iterable[str], kept: Iterable[str], emails: Iterable[str]) -> None:
        # The same words registered as withheld and as kept are withheld: privacy wins a tie.
        self.matcher: Matcher[str] = matcher_for(
            [(n, _HIDE) for n in withheld] + [(n, _KEEP) for n in kept],
            [(e, _MAIL) for e in emails],
            merge=lambda old, new: _HIDE if _HIDE in (old, new) else new,
        )

        self.private_takers: set[str] = set()

    def __call__(self, value: str) -> str:
        if not value:
            return value
        return self.matcher.replace(value, _REPLACEMENT.get)


_HIDE, _KEEP, _MAIL = "hide", "keep", "mail"
_REPLACEMENT: dict[str, str | None] = {_HIDE: WITHHELD_NAME, _KEEP: None, _MAIL: WITHHELD_EMAIL}


def collect(db: EventDB) -> ArchiveData:
    """Read the event into the values the archive shows, privacy rules applied."""
    with db.session() as session:
        event_row = _event_row(session)
        zone = ZoneInfo(event_row.timezone)
        people = {
            p.id: p
            for p in session.exec(select(Person)).all()  # needs columns are never copied out
        }
        host_rows = session.exec(
            select(SessionHost).order_by(col(SessionHost.session_id), col(SessionHost.position))
        ).all()
        rows = session.exec(select(SessionRow).where(col(SessionRow.withdrawn).is_(False))).all()
        withdrawn_rows = session.exec(
            select(SessionRow.id, SessionRow.title).where(col(SessionRow.withdrawn).is_(True))
        ).all()
        notes = {n.session_id: n for n in session.exec(select(Note)).all()}
        placements = {p.session_id: p for p in session.exec(select(Placement)).all()}
        rooms = session.exec(select(Room).order_by(col(Room.position), col(Room.id))).all()
        slots = session.exec(select(Slot).order_by(col(Slot.start_at), col(Slot.id))).all()

        withheld: set[str] = set()
        kept: set[str] = set()
        for person in people.values():
            if not person.consent_named_in_notes:
                withheld.add(person.full_name)
            else:
                kept.update((person.full_name, person.badge_name))
        takers = {phrase(n.note_taker) for n in notes.values() if n.note_taker.strip()}
        hosts: dict[int, list[str]] = {}
        host_ids: dict[int, list[int]] = {}
        unnamed: dict[int, int] = {}
        for host in host_rows:
            host_person = people.get(host.person_id) if host.person_id is not None else None
            if host_person is not None and host_person.consent_named_in_notes:
                hosts.setdefault(host.session_id, []).append(host.name)
                host_ids.setdefault(host.session_id, []).append(host_person.id or 0)
                kept.add(host.name)
            else:
                unnamed[host.session_id] = unnamed.get(host.session_id, 0) + 1
                withheld.add(host.name)
                if host_person is not None:
                    withheld.update((host_person.full_name, host_person.badge_name))
        for person in people.values():
            if not person.consent_named_in_notes and takers & {
                phrase(person.full_name),
                phrase(person.badge_name),
            }:
                withheld.update((person.full_name, person.badge_name))
        redact = Redactor(withheld, kept, (p.email or "" for p in people.values()))
        # "Notes by" that is exactly a withheld name, in any case, goes whole (a lower-case "quentin"
        # would escape the matcher's rule for one-word names).
        redact.private_takers = {phrase(name) for name in withheld} - {phrase(name) for name in kept}

        room_names = {r.id: r.name for r in rooms}
        slot_by_id = {s.id: s for s in slots}
        values: list[ArchiveSession] = []
        for row in rows:
            assert row.id is not None
            placement = placements.get(row.id)
            slot = slot_by_id.get(placement.slot_id) if placement else None
            note = notes.get(row.id)
            values.append(
                ArchiveSession(
                    id=row.id,
                    title=redact(row.title),
                    description=redact(row.description),
                    hosts=tuple(hosts.get(row.id, [])),
                    unnamed_hosts=unnamed.get(row.id, 0),
                    host_ids=tuple(host_ids.get(row.id, [])),
                    room_id=placement.room_id if placement else None,
                    slot_id=placement.slot_id if placement else None,
                    room=room_names.get(placement.room_id) if placement else None,
                    start=slot.start_at.astimezone(zone) if slot else None,
                    end=slot.end_at.astimezone(zone) if slot else None,
                    tags=tuple(dict.fromkeys(redact(t.strip()) for t in row.tags or [] if t.strip())),
                    note=_note(note, redact, zone) if note is not None else None,
                )
            )
        room_order = {r.id: i for i, r in enumerate(rooms)}
        far = datetime.max.replace(tzinfo=zone)
        values.sort(
            key=lambda s: (s.start is None, s.start or far, room_order.get(s.room_id, 0), s.title.casefold())
        )
        tags: dict[str, list[int]] = {}
        for value in values:
            for tag in value.tags:
                tags.setdefault(tag, []).append(value.id)
        return ArchiveData(
            event=ArchiveEvent(
                name=event_row.name,
                start_date=event_row.start_date,
                end_date=event_row.end_date,
                venue=event_row.venue,
                timezone=event_row.timezone,
                description=redact(event_row.description),
                archive_url=event_row.archive_url,
                language=event_row.export_language,
            ),
            rooms=tuple(ArchiveRoom(r.id or 0, r.name) for r in rooms),
            slots=tuple(
                ArchiveSlot(
                    s.id or 0,
                    s.start_at.astimezone(zone),
                    s.end_at.astimezone(zone),
                    SlotKind(s.kind),
                    s.label,
                )
                for s in slots
            ),
            sessions=tuple(values),
            generated_at=utcnow().astimezone(zone),
            tags={tag: tuple(ids) for tag, ids in sorted(tags.items(), key=lambda kv: kv[0].casefold())},
            withdrawn_titles={sid: redact(title) for sid, title in withdrawn_rows if sid is not None},
        )


def _note(row: Note, redact: Redactor, zone: ZoneInfo) -> ArchiveNote | None:
    body = redact(row.body_md)
    actions = tuple(
        ArchiveAction(redact(str(a.get("text", ""))), bool(a.get("done", False)))
        for a in row.actions or []
        if isinstance(a, dict) and str(a.get("text", "")).strip()
    )
    if not body.strip() and not actions and not row.links and row.attendance is None:
        return None
    return ArchiveNote(
        body_md=body,
        note_taker=WITHHELD_NAME
        if phrase(row.note_taker) in redact.private_takers
        else redact(row.note_taker.strip()),
        attendance=row.attendance,
        links=tuple(redact(str(link)) for link in row.links or []),
        actions=actions,
        updated_at=row.updated_at.astimezone(zone) if row.updated_at else None,
    )
