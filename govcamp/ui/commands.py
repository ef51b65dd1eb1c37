"""Actions on the event's details, rooms and slots (see :mod:`govcamp.ui.actions` for how actions work).

Each ``…_action`` builds an :class:`~govcamp.ui.actions.Action` for ``doc.actions``; the plain functions
(``add_room(doc, room)`` …) run one and raise on refusal, for dialogs that show the problem inline.

:class:`ServiceCommand` and :func:`push_done` are the old way (a command pushed after its first action
succeeded); they remain as a thin shim over the entry for pages not yet converted.
"""

from __future__ import annotations

from collections.abc import Sequence

from govcamp.domain.pitching import SessionValue
from govcamp.domain.values import EventDetails, RoomInput, RoomValue, SlotInput, SlotValue
from govcamp.services import event as event_service
from govcamp.services import pitches as pitch_service
from govcamp.services import rooms as room_service
from govcamp.services import slots as slot_service
from govcamp.services.eventfiles import EventDB
from govcamp.services.rooms import RoomSnapshot
from govcamp.services.slots import SlotSnapshot
from govcamp.ui.actions import Action, Change, Confirm, Reverse, Step, Topic
from govcamp.ui.document import EventDocument
from govcamp.ui.i18n import fmt, translate

# ----------------------------------------------------------------------------------------- the old way


class ServiceCommand(Step):
    """Deprecated: a change already made once, undone by ``revert`` and redone by ``apply``.

    Subclasses set ``topic`` to an old-style word ("rooms"); push one with :func:`push_done`.
    New code writes a :class:`~govcamp.ui.actions.Step` and runs an Action instead.
    """

    topic = ""

    def __init__(self, doc: EventDocument, text: str) -> None:
        super().__init__(text, Topic.from_word(self.topic) if self.topic else Topic(0))
        self.doc = doc

    def undo(self, db: EventDB) -> None:
        self.revert()

    def redo(self, db: EventDB) -> None:
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


def push_done(doc: EventDocument, command: Step) -> None:
    """Deprecated: record a change already made as one undo step and announce its topic."""
    doc.actions.record(command)


# ------------------------------------------------------------------------------------------ wording


def session_list(sessions: Sequence[SessionValue], *, most: int = 5) -> str:
    """“Open data” (10:00), “Agile” (11:30) and 2 more — sessions named for a question."""
    named = [f"“{s.title}”" + (f" ({s.start:%H:%M})" if s.start else "") for s in sessions[:most]]
    if len(sessions) > most:
        named.append(f"{len(sessions) - most} more")
    if len(named) == 1:
        return named[0]
    return ", ".join(named[:-1]) + " and " + named[-1]


def sessions_word(count: int) -> str:
    return f"{count} session" + ("" if count == 1 else "s")


# ------------------------------------------------------------------------------------------- event


def edit_event_action(after: EventDetails) -> Action[EventDetails]:
    def run(db: EventDB) -> Change[EventDetails]:
        before = event_service.get_details(db)
        stored = event_service.update_details(db, after)
        if stored == before:
            return Change(stored)
        return Change(
            stored,
            Reverse(
                translate("commands", "Edit event details"),
                Topic.EVENT,
                undo=lambda db: event_service.update_details(db, before),
                redo=lambda db: event_service.update_details(db, stored),
            ),
        )

    return Action(translate("commands", "Edit event details"), run, Topic.EVENT)


def edit_event(doc: EventDocument, after: EventDetails) -> EventDetails:
    return doc.actions.perform(edit_event_action(after))


# ------------------------------------------------------------------------------------------- rooms


class RoomRemoved(Step):
    """Removing a room: undo puts it back with its sessions; the snapshot is taken afresh on each redo."""

    def __init__(self, snapshot: RoomSnapshot, text: str) -> None:
        super().__init__(text, Topic.ROOMS | Topic.GRID)
        self.snapshot = snapshot

    def undo(self, db: EventDB) -> None:
        room_service.restore_room(db, self.snapshot)

    def redo(self, db: EventDB) -> None:
        self.snapshot = room_service.remove_room(db, self.snapshot.room.id)


class RoomAdded(Step):
    def __init__(self, room: RoomValue) -> None:
        super().__init__(fmt(translate("commands", "Add room “%1”"), room.name), Topic.ROOMS | Topic.GRID)
        self.room_id = room.id
        self.snapshot: RoomSnapshot | None = None

    def undo(self, db: EventDB) -> None:
        self.snapshot = room_service.remove_room(db, self.room_id)

    def redo(self, db: EventDB) -> None:
        assert self.snapshot is not None
        room_service.restore_room(db, self.snapshot)


def room_input(room: RoomValue) -> RoomInput:
    return RoomInput(room.name, room.capacity, room.features, room.unavailable_slot_ids)


def add_room_action(room: RoomInput) -> Action[RoomValue]:
    def run(db: EventDB) -> Change[RoomValue]:
        value = room_service.add_room(db, room)
        return Change(value, RoomAdded(value))

    return Action(translate("commands", "Add room"), run, Topic.ROOMS | Topic.GRID)


class RoomEdited(Step):
    """A room's edit; undo and redo carry the version they left it at, so neither clobbers another desk."""

    def __init__(self, value: RoomValue, before: RoomInput, after: RoomInput, desk: str) -> None:
        super().__init__(fmt(translate("commands", "Edit room “%1”"), after.name), Topic.ROOMS | Topic.GRID)
        self.room_id, self.version = value.id, value.version
        self.before, self.after, self.desk = before, after, desk

    def _put(self, db: EventDB, room: RoomInput) -> None:
        value = room_service.update_room(db, self.room_id, room, seen=self.version, desk=self.desk)
        self.version = value.version

    def undo(self, db: EventDB) -> None:
        self._put(db, self.before)

    def redo(self, db: EventDB) -> None:
        self._put(db, self.after)


def edit_room_action(
    room_id: int, after: RoomInput, *, seen: int | None = None, desk: str = ""
) -> Action[RoomValue]:
    """Save a room's edit; ``seen`` is the version the editor loaded (refused if it moved on)."""

    def run(db: EventDB) -> Change[RoomValue]:
        before = room_input(room_service.get_room(db, room_id))
        value = room_service.update_room(db, room_id, after, seen=seen, desk=desk)
        stored = room_input(value)
        if stored == before:
            return Change(value)
        return Change(value, RoomEdited(value, before, stored, desk))

    return Action(translate("commands", "Edit room"), run, Topic.ROOMS | Topic.GRID)


def remove_room_action(db: EventDB, room_id: int) -> Action[RoomSnapshot]:
    """Remove a room; when sessions are placed in it, ask first, naming them."""
    room = room_service.get_room(db, room_id)
    held = [s for s in pitch_service.list_sessions(db) if s.room_id == room_id]
    held.sort(key=lambda s: (s.start is None, s.start))
    confirm = None
    if held:
        confirm = Confirm(
            translate("commands", "Remove room"),
            fmt(
                translate("commands", "Remove “%1”? Its %2 will be taken off the grid: %3."),
                room.name,
                sessions_word(len(held)),
                session_list(held),
            ),
            translate(
                "commands",
                "They go back to Unplaced, ready to put elsewhere. Ctrl+Z puts the room and them back.",
            ),
            yes=translate("commands", "&Remove room"),
        )

    def run(db: EventDB) -> Change[RoomSnapshot]:
        snapshot = room_service.remove_room(db, room_id)
        return Change(snapshot, RoomRemoved(snapshot, f"Remove room “{room.name}”"))

    return Action(translate("commands", "Remove room"), run, Topic.ROOMS | Topic.GRID, confirm=confirm)


def move_room_action(room: RoomValue, index: int) -> Action[None]:
    def run(db: EventDB) -> Change[None]:
        before = room_service.get_room(db, room.id).position
        order = room_service.move_room(db, room.id, index)
        after = next(r.position for r in order if r.id == room.id)
        if after == before:
            return Change(None)
        return Change(
            None,
            Reverse(
                fmt(translate("commands", "Move room “%1”"), room.name),
                Topic.ROOMS | Topic.GRID,
                undo=lambda db: room_service.move_room(db, room.id, before),
                redo=lambda db: room_service.move_room(db, room.id, after),
            ),
        )

    return Action(translate("commands", "Move room"), run, Topic.ROOMS | Topic.GRID)


def add_room(doc: EventDocument, room: RoomInput) -> RoomValue:
    return doc.actions.perform(add_room_action(room))


def edit_room(doc: EventDocument, room_id: int, after: RoomInput, *, seen: int | None = None) -> RoomValue:
    return doc.actions.perform(edit_room_action(room_id, after, seen=seen, desk=doc.desk))


# ------------------------------------------------------------------------------------------- slots


def _slot_input(slot: SlotValue) -> SlotInput:
    return SlotInput(slot.start, slot.end, slot.kind, slot.label)


def _slot_text(slot: SlotValue | SlotInput) -> str:
    return f"{slot.start:%H:%M}–{slot.end:%H:%M}"


class SlotRemoved(Step):
    def __init__(self, snapshot: SlotSnapshot) -> None:
        super().__init__(
            fmt(translate("commands", "Remove slot %1"), _slot_text(snapshot.slot)), Topic.SLOTS | Topic.GRID
        )
        self.snapshot = snapshot

    def undo(self, db: EventDB) -> None:
        slot_service.restore_slot(db, self.snapshot)

    def redo(self, db: EventDB) -> None:
        self.snapshot = slot_service.remove_slot(db, self.snapshot.slot.id)


class SlotAdded(Step):
    def __init__(self, slot: SlotValue) -> None:
        super().__init__(
            fmt(translate("commands", "Add slot %1"), _slot_text(slot)), Topic.SLOTS | Topic.GRID
        )
        self.slot_id = slot.id
        self.snapshot: SlotSnapshot | None = None

    def undo(self, db: EventDB) -> None:
        self.snapshot = slot_service.remove_slot(db, self.slot_id)

    def redo(self, db: EventDB) -> None:
        assert self.snapshot is not None
        slot_service.restore_slot(db, self.snapshot)


def add_slot_action(slot: SlotInput) -> Action[SlotValue]:
    def run(db: EventDB) -> Change[SlotValue]:
        value = slot_service.add_slot(db, slot)
        return Change(value, SlotAdded(value))

    return Action(translate("commands", "Add slot"), run, Topic.SLOTS | Topic.GRID)


def edit_slot_action(slot_id: int, after: SlotInput) -> Action[SlotValue]:
    def run(db: EventDB) -> Change[SlotValue]:
        before = _slot_input(slot_service.get_slot(db, slot_id))
        value = slot_service.update_slot(db, slot_id, after)
        stored = _slot_input(value)
        if stored == before:
            return Change(value)
        return Change(
            value,
            Reverse(
                fmt(translate("commands", "Edit slot %1"), _slot_text(after)),
                Topic.SLOTS | Topic.GRID,
                undo=lambda db: slot_service.update_slot(db, slot_id, before),
                redo=lambda db: slot_service.update_slot(db, slot_id, stored),
            ),
        )

    return Action(translate("commands", "Edit slot"), run, Topic.SLOTS | Topic.GRID)


def remove_slot_action(db: EventDB, slot_id: int) -> Action[SlotSnapshot]:
    """Remove a slot; when sessions are placed in it, ask first, naming them."""
    slot = slot_service.get_slot(db, slot_id)
    held = [s for s in pitch_service.list_sessions(db) if s.slot_id == slot_id]
    confirm = None
    if held:
        confirm = Confirm(
            translate("commands", "Remove slot"),
            fmt(
                translate("commands", "Remove the slot %1? Its %2 will be taken off the grid: %3."),
                _slot_text(slot),
                sessions_word(len(held)),
                session_list(held),
            ),
            translate("commands", "They go back to Unplaced. Ctrl+Z puts the slot and them back."),
            yes=translate("commands", "&Remove slot"),
        )

    def run(db: EventDB) -> Change[SlotSnapshot]:
        snapshot = slot_service.remove_slot(db, slot_id)
        return Change(snapshot, SlotRemoved(snapshot))

    return Action(translate("commands", "Remove slot"), run, Topic.SLOTS | Topic.GRID, confirm=confirm)


def add_slot(doc: EventDocument, slot: SlotInput) -> SlotValue:
    return doc.actions.perform(add_slot_action(slot))


def edit_slot(doc: EventDocument, slot_id: int, after: SlotInput) -> SlotValue:
    return doc.actions.perform(edit_slot_action(slot_id, after))
