"""Slots: the day's timetable of sessions, breaks, lunch and plenaries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from govcamp.domain import schedule
from govcamp.domain.enums import SlotKind, slot_kind_words
from govcamp.domain.errors import NotFoundError, ValidationError
from govcamp.domain.values import SlotInput, SlotValue
from govcamp.domain.words import _
from govcamp.services.event import _event_row
from govcamp.services.rooms import PlacementValue
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Placement, RoomUnavailable, Slot


@dataclass(frozen=True)
class SlotSnapshot:
    """Everything removing a slot takes away, so undo can put it back exactly."""

    slot: SlotValue
    placements: tuple[PlacementValue, ...]
    unavailable_room_ids: tuple[int, ...]


def _value(row: Slot, zone: ZoneInfo) -> SlotValue:
    assert row.id is not None
    return SlotValue(
        id=row.id,
        start=row.start_at.astimezone(zone),
        end=row.end_at.astimezone(zone),
        kind=SlotKind(row.kind),
        label=row.label,
    )


def _zone(session: Session) -> tuple[ZoneInfo, date, date]:
    event = _event_row(session)
    return ZoneInfo(event.timezone), event.start_date, event.end_date


def _all(session: Session, zone: ZoneInfo) -> list[SlotValue]:
    rows = session.exec(select(Slot).order_by(col(Slot.start_at), col(Slot.id))).all()
    return [_value(r, zone) for r in rows]


def list_slots(db: EventDB) -> list[SlotValue]:
    """The slots in time order, times in the event's zone."""
    with db.session() as session:
        zone, _start, _end = _zone(session)
        return _all(session, zone)


def get_slot(db: EventDB, slot_id: int) -> SlotValue:
    with db.session() as session:
        zone, _start, _end = _zone(session)
        row = session.get(Slot, slot_id)
        if row is None:
            raise NotFoundError(_("There is no slot {slot_id}.").format(slot_id=slot_id))
        return _value(row, zone)


def _checked(session: Session, slot: SlotInput, slot_id: int | None) -> SlotInput:
    zone, first, last = _zone(session)
    others = [s for s in _all(session, zone) if s.id != slot_id]
    return schedule.check_slot(slot, others, event_start=first, event_end=last)


def add_slot(db: EventDB, slot: SlotInput) -> SlotValue:
    """Check a slot against the others and add it."""
    with db.session() as session:
        checked = _checked(session, slot, None)
        row = Slot(start_at=checked.start, end_at=checked.end, kind=checked.kind.value, label=checked.label)
        session.add(row)
        session.flush()
        return _value(row, _zone(session)[0])


def update_slot(db: EventDB, slot_id: int, slot: SlotInput) -> SlotValue:
    """Check and store a slot's new times, kind and label.

    A slot that holds sessions cannot become a break, lunch or plenary: move the sessions first.
    """
    with db.session() as session:
        row = session.get(Slot, slot_id)
        if row is None:
            raise NotFoundError(_("There is no slot {slot_id}.").format(slot_id=slot_id))
        checked = _checked(session, slot, slot_id)
        if checked.kind is not SlotKind.SESSION:
            held = session.exec(select(Placement.id).where(Placement.slot_id == slot_id)).first()
            if held is not None:
                raise ValidationError(
                    "kind",
                    _("Sessions are placed in this slot; move them before making it a {kind}.").format(
                        kind=slot_kind_words(checked.kind)
                    ),
                )
        row.start_at, row.end_at = checked.start, checked.end
        row.kind, row.label = checked.kind.value, checked.label
        session.add(row)
        session.flush()
        return _value(row, _zone(session)[0])


def remove_slot(db: EventDB, slot_id: int) -> SlotSnapshot:
    """Remove a slot; its sessions return to unplaced. Return what went, for undo."""
    with db.session() as session:
        row = session.get(Slot, slot_id)
        if row is None:
            raise NotFoundError(_("There is no slot {slot_id}.").format(slot_id=slot_id))
        zone, _start, _end = _zone(session)
        placements = tuple(
            PlacementValue(p.session_id, p.room_id, p.slot_id, p.pinned)
            for p in session.exec(select(Placement).where(Placement.slot_id == slot_id)).all()
        )
        rooms = tuple(
            sorted(
                session.exec(select(RoomUnavailable.room_id).where(RoomUnavailable.slot_id == slot_id)).all()
            )
        )
        snapshot = SlotSnapshot(_value(row, zone), placements, rooms)
        session.delete(row)
        return snapshot


def restore_slot(db: EventDB, snapshot: SlotSnapshot) -> SlotValue:
    """Put back a removed slot with the same id, its placements and room availability."""
    slot = snapshot.slot
    with db.session() as session:
        row = Slot(id=slot.id, start_at=slot.start, end_at=slot.end, kind=slot.kind.value, label=slot.label)
        session.add(row)
        session.flush()
        for room_id in snapshot.unavailable_room_ids:
            session.add(RoomUnavailable(room_id=room_id, slot_id=slot.id))
        for p in snapshot.placements:
            session.add(
                Placement(session_id=p.session_id, room_id=p.room_id, slot_id=p.slot_id, pinned=p.pinned)
            )
        return _value(row, _zone(session)[0])


def parse_time(text: str, zone: ZoneInfo, first_day: date) -> datetime:
    """Read a slot time as people type it.

    ``10:00`` is on the event's first day; ``2027-01-16 10:00`` or ``2027-01-16T10:00`` is local time in
    the event's zone; an ISO time with an offset (``…T10:00:00+00:00``) is taken as given.
    """
    value = text.strip()
    try:
        if len(value) <= 5 and ":" in value:
            hour, minute = (int(part) for part in value.split(":"))
            return datetime.combine(first_day, time(hour, minute), tzinfo=zone)
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError(
            "time", _("“{text}” is not a time: use HH:MM or YYYY-MM-DDTHH:MM.").format(text=text)
        ) from exc
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)
