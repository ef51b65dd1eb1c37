"""What attendees' phones see (issue 15): the working grid as the public may see it, and how to tell it
changed.

The phone page shows the **working** grid (what the hosts are building now, so a move reaches the room in
seconds), with hosts named only as the notes archive names them (:func:`govcamp.services.archive.collect`
decides consent and redaction). :func:`grid_stamp` is a cheap fingerprint of everything the page shows,
read every second by the phone server to notice changes made by any window or laptop.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, update
from sqlalchemy import select as sa_select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col, select

from govcamp.domain.enums import SlotKind, feature_label
from govcamp.domain.errors import GovcampError
from govcamp.services import archive, pitches, rooms
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Event, GridVersion, Placement, Room, SessionHost, Slot, utcnow
from govcamp.store.tables import Session as SessionRow

__all__ = ["PhoneGrid", "PhoneSession", "PhoneSlot", "grid_stamp", "phone_grid", "phone_secret"]


@dataclass(frozen=True)
class PhoneSession:
    """One placed session as a phone shows it (times aware, in the event's zone)."""

    id: int
    title: str
    description: str
    hosts: tuple[str, ...]
    unnamed_hosts: int
    room: str
    start: datetime
    end: datetime
    #: What the session asked for (labels: "Step-free", "Hearing loop").
    needs: tuple[str, ...]
    #: What its room offers, as labels.
    room_features: tuple[str, ...]

    @property
    def hosts_line(self) -> str:
        """ "Ann Lee and 1 other", "2 hosts", or "" when nobody hosts it."""
        named = list(self.hosts)
        if self.unnamed_hosts:
            others = f"{self.unnamed_hosts} other" + ("s" if self.unnamed_hosts > 1 else "")
            if not named:
                return f"{self.unnamed_hosts} host" + ("s" if self.unnamed_hosts > 1 else "")
            named.append(others)
        if len(named) <= 1:
            return "".join(named)
        return ", ".join(named[:-1]) + " and " + named[-1]


@dataclass(frozen=True)
class PhoneSlot:
    """A stretch of the day with the sessions in it, in room order."""

    id: int
    start: datetime
    end: datetime
    kind: str
    label: str
    sessions: tuple[PhoneSession, ...]


@dataclass(frozen=True)
class PhoneGrid:
    """The whole day as phones see it."""

    event_name: str
    venue: str
    timezone: str
    slots: tuple[PhoneSlot, ...]
    #: When this view was read (UTC).
    read_at: datetime
    #: The fingerprint it was read at (:func:`grid_stamp`).
    stamp: str

    def session(self, session_id: int) -> PhoneSession | None:
        for slot in self.slots:
            for s in slot.sessions:
                if s.id == session_id:
                    return s
        return None

    def now_and_next(self, now: datetime) -> tuple[PhoneSlot | None, PhoneSlot | None]:
        """The session slot running at ``now`` (or None) and the next one to start after it."""
        running = next(
            (t for t in self.slots if t.kind == SlotKind.SESSION.value and t.start <= now < t.end), None
        )
        upcoming = next(
            (t for t in self.slots if t.kind == SlotKind.SESSION.value and t.start > now and t.sessions),
            None,
        )
        return running, upcoming


def _columns(model: type[Any]) -> Any:
    return model.__table__.c


def grid_stamp(db: EventDB) -> str:
    """A fingerprint of what the phone page shows: it changes whenever a placement, a session, its hosts,
    a room or a slot does. A few small queries, cheap enough to run every second."""
    digest = hashlib.blake2b(digest_size=12)
    placement, row, host, room, slot, event, version = (
        _columns(t) for t in (Placement, SessionRow, SessionHost, Room, Slot, Event, GridVersion)
    )
    queries: list[Any] = [
        sa_select(placement.session_id, placement.room_id, placement.slot_id).order_by(placement.session_id),
        sa_select(row.id, row.updated_at, row.withdrawn).order_by(row.id),
        sa_select(func.count(), func.max(host.id), func.sum(host.session_id)),
        sa_select(room.id, room.name, room.features, room.position).order_by(room.id),
        sa_select(slot.id, slot.start_at, slot.end_at, slot.kind, slot.label).order_by(slot.id),
        sa_select(event.name, event.venue, event.timezone),
        # A publish changes programme.json (the published grid), not the working grid on the page.
        sa_select(func.count(), func.max(version.number)),
    ]
    with db.session() as session:
        for query in queries:
            for row in session.execute(query).all():
                digest.update(repr(tuple(row)).encode())
            digest.update(b"|")
    return digest.hexdigest()


def phone_grid(db: EventDB) -> PhoneGrid:
    """The working grid as phones see it: every slot of the day, the sessions placed in each."""
    stamp = grid_stamp(db)
    shown = archive.collect(db)
    zone = ZoneInfo(shown.event.timezone)
    features = {r.id: tuple(feature_label(f) for f in r.features) for r in rooms.list_rooms(db)}
    needs = {s.id: tuple(feature_label(n) for n in s.needs) for s in pitches.list_sessions(db)}
    room_order = {r.id: i for i, r in enumerate(shown.rooms)}
    by_slot: dict[int, list[PhoneSession]] = {}
    order: dict[int, int] = {}
    for s in shown.sessions:
        if s.slot_id is None or s.start is None or s.end is None:
            continue
        by_slot.setdefault(s.slot_id, []).append(
            PhoneSession(
                id=s.id,
                title=s.title,
                description=s.description,
                hosts=s.hosts,
                unnamed_hosts=s.unnamed_hosts,
                room=s.room or "",
                start=s.start.astimezone(zone),
                end=s.end.astimezone(zone),
                needs=needs.get(s.id, ()),
                room_features=features.get(s.room_id or 0, ()),
            )
        )
        order[s.id] = room_order.get(s.room_id or 0, 0)
    slots = tuple(
        PhoneSlot(
            id=t.id,
            start=t.start.astimezone(zone),
            end=t.end.astimezone(zone),
            kind=t.kind.value,
            label=t.label,
            sessions=tuple(sorted(by_slot.get(t.id, []), key=lambda p: (order[p.id], p.id))),
        )
        for t in shown.slots
    )
    return PhoneGrid(shown.event.name, shown.event.venue, zone.key, slots, utcnow(), stamp)


def phone_secret(db: EventDB) -> bytes:
    """The key that signs phones' sign-in cookies: made once per event, kept in it, so a restarted server
    (or a second laptop serving the same shared event) still knows the phones signed in."""
    with db.session() as session:
        stored = session.exec(select(Event.phone_secret)).first()
    if stored:
        return stored.encode()
    if stored is None:
        return secrets.token_bytes(32)  # no event row: cookies last as long as this server
    try:
        with db.session() as session:
            # Only where none is set yet, so two servers starting at once agree on the one that won.
            session.execute(
                update(Event).where(col(Event.phone_secret) == "").values(phone_secret=secrets.token_hex(32))
            )
            return str(session.exec(select(Event.phone_secret)).one()).encode()
    except (SQLAlchemyError, GovcampError):
        return secrets.token_bytes(32)  # a read-only event: phones stay signed in while this server runs
