"""Undo commands: each ``redo``/``undo`` calls one service method, then tells the pages what changed.

A command is pushed only after its first action has succeeded (``push_done``), so a change the services
refuse never reaches the undo stack and the person sees why straight away.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from govcamp.domain.values import EventDetails, RoomInput, RoomValue, SlotInput, SlotValue
from govcamp.services import event as event_service
from govcamp.services import rooms as room_service
from govcamp.services import slots as slot_service
from govcamp.services.rooms import RoomSnapshot
from govcamp.services.slots import SlotSnapshot
from govcamp.ui.document import EventDocument


class ServiceCommand(QUndoCommand):
    """A change already made once; the first ``redo`` that QUndoStack.push calls does nothing."""

    topic = ""

    def __init__(self, doc: EventDocument, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
        else:
            self.apply()
        self.doc.notify(self.topic)

    def undo(self) -> None:
        self.revert()
        self.doc.notify(self.topic)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


def push_done(doc: EventDocument, command: ServiceCommand) -> None:
    doc.undo_stack.push(command)


# ------------------------------------------------------------------------------------------------ event


class EditEventCommand(ServiceCommand):
    topic = "event"

    def __init__(self, doc: EventDocument, before: EventDetails, after: EventDetails) -> None:
        super().__init__(doc, "Edit event details")
        self.before, self.after = before, after

    def apply(self) -> None:
        event_service.update_details(self.doc.db, self.after)

    def revert(self) -> None:
        event_service.update_details(self.doc.db, self.before)


def edit_event(doc: EventDocument, after: EventDetails) -> EventDetails:
    before = event_service.get_details(doc.db)
    stored = event_service.update_details(doc.db, after)
    if stored != before:
        push_done(doc, EditEventCommand(doc, before, stored))
    return stored


# ------------------------------------------------------------------------------------------------ rooms


class AddRoomCommand(ServiceCommand):
    topic = "rooms"

    def __init__(self, doc: EventDocument, room: RoomValue) -> None:
        super().__init__(doc, f"Add room “{room.name}”")
        self.room_id = room.id
        self.snapshot: RoomSnapshot | None = None

    def apply(self) -> None:
        assert self.snapshot is not None
        room_service.restore_room(self.doc.db, self.snapshot)

    def revert(self) -> None:
        self.snapshot = room_service.remove_room(self.doc.db, self.room_id)


class EditRoomCommand(ServiceCommand):
    topic = "rooms"

    def __init__(self, doc: EventDocument, room_id: int, before: RoomInput, after: RoomInput) -> None:
        super().__init__(doc, f"Edit room “{after.name}”")
        self.room_id, self.before, self.after = room_id, before, after

    def apply(self) -> None:
        room_service.update_room(self.doc.db, self.room_id, self.after)

    def revert(self) -> None:
        room_service.update_room(self.doc.db, self.room_id, self.before)


class RemoveRoomCommand(ServiceCommand):
    topic = "rooms"

    def __init__(self, doc: EventDocument, snapshot: RoomSnapshot) -> None:
        super().__init__(doc, f"Remove room “{snapshot.room.name}”")
        self.snapshot = snapshot

    def apply(self) -> None:
        self.snapshot = room_service.remove_room(self.doc.db, self.snapshot.room.id)

    def revert(self) -> None:
        room_service.restore_room(self.doc.db, self.snapshot)


class MoveRoomCommand(ServiceCommand):
    topic = "rooms"

    def __init__(self, doc: EventDocument, room: RoomValue, before: int, after: int) -> None:
        super().__init__(doc, f"Move room “{room.name}”")
        self.room_id, self.before, self.after = room.id, before, after

    def apply(self) -> None:
        room_service.move_room(self.doc.db, self.room_id, self.after)

    def revert(self) -> None:
        room_service.move_room(self.doc.db, self.room_id, self.before)


def room_input(room: RoomValue) -> RoomInput:
    return RoomInput(room.name, room.capacity, room.features, room.unavailable_slot_ids)


def add_room(doc: EventDocument, room: RoomInput) -> RoomValue:
    value = room_service.add_room(doc.db, room)
    push_done(doc, AddRoomCommand(doc, value))
    return value


def edit_room(doc: EventDocument, room_id: int, after: RoomInput) -> RoomValue:
    before = room_input(room_service.get_room(doc.db, room_id))
    value = room_service.update_room(doc.db, room_id, after)
    if room_input(value) != before:
        push_done(doc, EditRoomCommand(doc, room_id, before, room_input(value)))
    return value


def remove_room(doc: EventDocument, room_id: int) -> RoomSnapshot:
    snapshot = room_service.remove_room(doc.db, room_id)
    push_done(doc, RemoveRoomCommand(doc, snapshot))
    return snapshot


def move_room(doc: EventDocument, room: RoomValue, index: int) -> None:
    before = room.position
    order = room_service.move_room(doc.db, room.id, index)
    after = next(r.position for r in order if r.id == room.id)
    if after != before:
        push_done(doc, MoveRoomCommand(doc, room, before, after))


# ------------------------------------------------------------------------------------------------ slots


def _slot_input(slot: SlotValue) -> SlotInput:
    return SlotInput(slot.start, slot.end, slot.kind, slot.label)


def _slot_text(slot: SlotValue | SlotInput) -> str:
    return f"{slot.start:%H:%M}–{slot.end:%H:%M}"


class AddSlotCommand(ServiceCommand):
    topic = "slots"

    def __init__(self, doc: EventDocument, slot: SlotValue) -> None:
        super().__init__(doc, f"Add slot {_slot_text(slot)}")
        self.slot_id = slot.id
        self.snapshot: SlotSnapshot | None = None

    def apply(self) -> None:
        assert self.snapshot is not None
        slot_service.restore_slot(self.doc.db, self.snapshot)

    def revert(self) -> None:
        self.snapshot = slot_service.remove_slot(self.doc.db, self.slot_id)


class EditSlotCommand(ServiceCommand):
    topic = "slots"

    def __init__(self, doc: EventDocument, slot_id: int, before: SlotInput, after: SlotInput) -> None:
        super().__init__(doc, f"Edit slot {_slot_text(after)}")
        self.slot_id, self.before, self.after = slot_id, before, after

    def apply(self) -> None:
        slot_service.update_slot(self.doc.db, self.slot_id, self.after)

    def revert(self) -> None:
        slot_service.update_slot(self.doc.db, self.slot_id, self.before)


class RemoveSlotCommand(ServiceCommand):
    topic = "slots"

    def __init__(self, doc: EventDocument, snapshot: SlotSnapshot) -> None:
        super().__init__(doc, f"Remove slot {_slot_text(snapshot.slot)}")
        self.snapshot = snapshot

    def apply(self) -> None:
        self.snapshot = slot_service.remove_slot(self.doc.db, self.snapshot.slot.id)

    def revert(self) -> None:
        slot_service.restore_slot(self.doc.db, self.snapshot)


def add_slot(doc: EventDocument, slot: SlotInput) -> SlotValue:
    value = slot_service.add_slot(doc.db, slot)
    push_done(doc, AddSlotCommand(doc, value))
    return value


def edit_slot(doc: EventDocument, slot_id: int, after: SlotInput) -> SlotValue:
    before = _slot_input(slot_service.get_slot(doc.db, slot_id))
    value = slot_service.update_slot(doc.db, slot_id, after)
    if _slot_input(value) != before:
        push_done(doc, EditSlotCommand(doc, slot_id, before, _slot_input(value)))
    return value


def remove_slot(doc: EventDocument, slot_id: int) -> SlotSnapshot:
    snapshot = slot_service.remove_slot(doc.db, slot_id)
    push_done(doc, RemoveSlotCommand(doc, snapshot))
    return snapshot
