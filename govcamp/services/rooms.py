"""Rooms: add, change, reorder, remove (and put back, for undo)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, delete, select

from govcamp.domain import schedule
from govcamp.domain.errors import NotFoundError, ValidationError
from govcamp.domain.values import RoomInput, RoomValue
from govcamp.domain.words import _
from govcamp.services.versions import claim
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Placement, Room, RoomUnavailable, Slot


@dataclass(frozen=True)
class PlacementValue:
    session_id: int
    room_id: int
    slot_id: int
    pinned: bool


@dataclass(frozen=True)
class RoomSnapshot:
    """Everything removing a room takes away, so undo can put it back exactly."""

    room: RoomValue
    placements: tuple[PlacementValue, ...]


def _value(row: Room, unavailable: tuple[int, ...]) -> RoomValue:
    assert row.id is not None
    return RoomValue(
        id=row.id,
        name=row.name,
        capacity=row.capacity,
        features=tuple(row.features),
        position=row.position,
        unavailable_slot_ids=unavailable,
        version=row.version,
    )


def _unavailable(session: Session, room_id: int) -> tuple[int, ...]:
    rows = session.exec(select(RoomUnavailable.slot_id).where(RoomUnavailable.room_id == room_id)).all()
    return tuple(sorted(rows))


def _get(session: Session, room_id: int) -> Room:
    row = session.get(Room, room_id)
    if row is None:
        raise NotFoundError(_("There is no room {room_id}.").format(room_id=room_id))
    return row


def _check_unique(session: Session, name: str, room_id: int | None) -> None:
    clash = session.exec(select(Room).where(func.lower(Room.name) == name.lower())).first()
    if clash is not None and clash.id != room_id:
        raise ValidationError(
            "room name", _("There is already a room called “{name}”.").format(name=clash.name)
        )


def _check_slots(session: Session, slot_ids: tuple[int, ...]) -> None:
    if not slot_ids:
        return
    found = set(session.exec(select(Slot.id).where(col(Slot.id).in_(slot_ids))).all())
    missing = sorted(set(slot_ids) - found)
    if missing:
        raise ValidationError("unavailable", _("There is no slot {missing}.").format(missing=missing[0]))


def _set_unavailable(session: Session, room_id: int, slot_ids: tuple[int, ...]) -> None:
    session.exec(delete(RoomUnavailable).where(col(RoomUnavailable.room_id) == room_id))
    for slot_id in slot_ids:
        session.add(RoomUnavailable(room_id=room_id, slot_id=slot_id))


def list_rooms(db: EventDB) -> list[RoomValue]:
    """The rooms in grid order."""
    with db.session() as session:
        rows = session.exec(select(Room).order_by(col(Room.position), col(Room.id))).all()
        pairs = session.exec(select(RoomUnavailable.room_id, RoomUnavailable.slot_id)).all()
        by_room: dict[int, list[int]] = {}
        for room_id, slot_id in pairs:
            by_room.setdefault(room_id, []).append(slot_id)
        return [_value(r, tuple(sorted(by_room.get(r.id or 0, [])))) for r in rows]


def get_room(db: EventDB, room_id: int) -> RoomValue:
    with db.session() as session:
        return _value(_get(session, room_id), _unavailable(session, room_id))


def find_room(db: EventDB, key: str) -> RoomValue:
    """A room by id or by name (any case)."""
    for room in list_rooms(db):
        if key == str(room.id) or key.casefold() == room.name.casefold():
            return room
    raise NotFoundError(_("There is no room “{key}”.").format(key=key))


def add_room(db: EventDB, room: RoomInput) -> RoomValue:
    """Check and add a room at the end of the grid."""
    checked = schedule.check_room(room)
    with db.session() as session:
        _check_unique(session, checked.name, None)
        _check_slots(session, checked.unavailable_slot_ids)
        last = session.exec(select(func.max(Room.position))).one()
        row = Room(
            name=checked.name,
            capacity=checked.capacity,
            features=list(checked.features),
            position=(last if last is not None else -1) + 1,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        _set_unavailable(session, row.id, checked.unavailable_slot_ids)
        return _value(row, checked.unavailable_slot_ids)


def update_room(
    db: EventDB, room_id: int, room: RoomInput, *, seen: int | None = None, desk: str = ""
) -> RoomValue:
    """Check and store a room's new name, capacity, features and availability.

    Args:
        seen: the version the editor loaded; the save is refused when the room has moved on.
        desk: the desk (laptop) making the change.

    Raises:
        ChangedElsewhereError: the room changed since ``seen``; nothing was saved.
    """
    checked = schedule.check_room(room)
    with db.session() as session:
        claim(session, Room, room_id, seen=seen, desk=desk)
        row = _get(session, room_id)
        _check_unique(session, checked.name, room_id)
        _check_slots(session, checked.unavailable_slot_ids)
        row.name = checked.name
        row.capacity = checked.capacity
        row.features = list(checked.features)
        session.add(row)
        _set_unavailable(session, room_id, checked.unavailable_slot_ids)
        return _value(row, checked.unavailable_slot_ids)


def move_room(db: EventDB, room_id: int, index: int) -> list[RoomValue]:
    """Move a room to ``index`` in the grid order; return the new order."""
    with db.session() as session:
        rows = list(session.exec(select(Room).order_by(col(Room.position), col(Room.id))).all())
        moving = next((r for r in rows if r.id == room_id), None)
        if moving is None:
            raise NotFoundError(_("There is no room {room_id}.").format(room_id=room_id))
        rows.remove(moving)
        rows.insert(max(0, min(index, len(rows))), moving)
        for position, row in enumerate(rows):
            row.position = position
            session.add(row)
    return list_rooms(db)


def remove_room(db: EventDB, room_id: int, *, seen: int | None = None, desk: str = "") -> RoomSnapshot:
    """Remove a room and the sessions placed in it (they return to unplaced); return what went.

    Raises:
        ChangedElsewhereError: the room changed since ``seen``; nothing was removed.
    """
    with db.session() as session:
        claim(session, Room, room_id, seen=seen, desk=desk)
        row = _get(session, room_id)
        placements = tuple(
            PlacementValue(p.session_id, p.room_id, p.slot_id, p.pinned)
            for p in session.exec(select(Placement).where(Placement.room_id == room_id)).all()
        )
        snapshot = RoomSnapshot(_value(row, _unavailable(session, room_id)), placements)
        session.delete(row)
        session.flush()
        rows = session.exec(select(Room).order_by(col(Room.position), col(Room.id))).all()
        for position, other in enumerate(rows):
            other.position = position
            session.add(other)
        return snapshot


def restore_room(db: EventDB, snapshot: RoomSnapshot, *, desk: str = "") -> RoomValue:
    """Put back a removed room exactly: same id, place in the order, availability and placements.

    The room comes back at the version after the one it was removed at, so an editor holding the old one
    is still refused.
    """
    room = snapshot.room
    with db.session() as session:
        rows = list(session.exec(select(Room).order_by(col(Room.position), col(Room.id))).all())
        row = Room(
            id=room.id,
            name=room.name,
            capacity=room.capacity,
            features=list(room.features),
            position=room.position,
            version=room.version + 1,
            changed_by=desk,
        )
        rows.insert(max(0, min(room.position, len(rows))), row)
        for position, other in enumerate(rows):
            other.position = position
            session.add(other)
        session.flush()
        _set_unavailable(session, room.id, room.unavailable_slot_ids)
        for placement in snapshot.placements:
            session.add(
                Placement(
                    session_id=placement.session_id,
                    room_id=placement.room_id,
                    slot_id=placement.slot_id,
                    pinned=placement.pinned,
                )
            )
        return _value(row, room.unavailable_slot_ids)
