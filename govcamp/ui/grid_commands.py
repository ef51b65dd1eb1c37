"""Undo commands for pitches and the grid: each ``redo``/``undo`` puts a snapshot back through one service.

Like :mod:`govcamp.ui.commands`, a command is pushed only after its first action succeeded. Grid edits
carry a :class:`GridChange` (before and after of every session they touched), so a swap, a whole
suggested grid or Fit rooms is one step; pitch edits carry :class:`SessionState` snapshots.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from govcamp.domain.pitching import GridChange, GridVersionValue, PitchInput, SessionValue
from govcamp.services import grid as grid_service
from govcamp.services import pitches as pitch_service
from govcamp.services.pitches import SessionState
from govcamp.ui.commands import ServiceCommand, push_done
from govcamp.ui.document import EventDocument

GRID = "grid"
SESSIONS = "sessions"


class GridChangeCommand(ServiceCommand):
    topic = GRID

    def __init__(self, doc: EventDocument, text: str, change: GridChange) -> None:
        super().__init__(doc, text)
        self.change = change

    def apply(self) -> None:
        grid_service.apply_change(self.doc.db, self.change)

    def revert(self) -> None:
        grid_service.apply_change(self.doc.db, self.change, undo=True)


class SessionStateCommand(ServiceCommand):
    topic = SESSIONS

    def __init__(
        self, doc: EventDocument, text: str, before: Sequence[SessionState], after: Sequence[SessionState]
    ) -> None:
        super().__init__(doc, text)
        self.before, self.after = tuple(before), tuple(after)

    def apply(self) -> None:
        pitch_service.restore(self.doc.db, self.after)

    def revert(self) -> None:
        # A session that did not exist before is captured as absent, so restoring removes it.
        pitch_service.restore(self.doc.db, self.before)


class PublishCommand(ServiceCommand):
    topic = GRID

    def __init__(self, doc: EventDocument, version: GridVersionValue) -> None:
        super().__init__(doc, f"Publish grid v{version.number}")
        self.version = version

    def apply(self) -> None:
        self.version = grid_service.publish(self.doc.db, self.version.message)

    def revert(self) -> None:
        grid_service.unpublish(self.doc.db, self.version.number)


def _push_change(doc: EventDocument, text: str, change: GridChange) -> GridChange:
    if not change.empty:
        push_done(doc, GridChangeCommand(doc, text, change))
    else:
        doc.notify(GRID)
    return change


def _title(doc: EventDocument, session_id: int) -> str:
    return pitch_service.get_session(doc.db, session_id).title


# ---------------------------------------------------------------------------------------------------- grid


def move(doc: EventDocument, session_id: int, room_id: int, slot_id: int) -> GridChange:
    """Put a session in a cell (swapping with whoever is there), as one undo step."""
    change = grid_service.move(doc.db, session_id, room_id, slot_id)
    swapped = len(change.sessions) > 1
    title = _title(doc, session_id)
    return _push_change(doc, f"{'Swap' if swapped else 'Move'} “{title}”", change)


def unplace(doc: EventDocument, session_id: int) -> GridChange:
    change = grid_service.unplace(doc.db, session_id)
    return _push_change(doc, f"Unplace “{_title(doc, session_id)}”", change)


def set_pinned(doc: EventDocument, session_id: int, pinned: bool) -> GridChange:
    change = grid_service.set_pinned(doc.db, session_id, pinned)
    verb = "Pin" if pinned else "Unpin"
    return _push_change(doc, f"{verb} “{_title(doc, session_id)}”", change)


def fit_rooms(doc: EventDocument) -> GridChange:
    return _push_change(doc, "Fit rooms", grid_service.fit_rooms(doc.db))


def take_suggestion(doc: EventDocument, found: object) -> grid_service.SuggestResult:
    result = grid_service.take_suggestion(doc.db, found)  # type: ignore[arg-type]
    _push_change(doc, "Suggest grid", result.change)
    return result


def publish(doc: EventDocument, message: str) -> GridVersionValue:
    version = grid_service.publish(doc.db, message)
    push_done(doc, PublishCommand(doc, version))
    return version


# ------------------------------------------------------------------------------------------------- pitches


def add_pitch(doc: EventDocument, pitch: PitchInput) -> SessionValue:
    value = pitch_service.add_pitch(doc.db, pitch)
    after = pitch_service.capture(doc.db, [value.id])
    push_done(
        doc, SessionStateCommand(doc, f"Add pitch “{value.title}”", [SessionState(value.id, False)], after)
    )
    return value


def edit_pitch(doc: EventDocument, session_id: int, pitch: PitchInput) -> SessionValue:
    before = pitch_service.capture(doc.db, [session_id])
    value = pitch_service.update_pitch(doc.db, session_id, pitch)
    after = pitch_service.capture(doc.db, [session_id])
    if after != before:
        push_done(doc, SessionStateCommand(doc, f"Edit “{value.title}”", before, after))
    return value


def set_withdrawn(doc: EventDocument, session_id: int, withdrawn: bool) -> None:
    before = (pitch_service.set_withdrawn(doc.db, session_id, withdrawn),)
    after = pitch_service.capture(doc.db, [session_id])
    verb = "Withdraw" if withdrawn else "Restore"
    push_done(doc, SessionStateCommand(doc, f"{verb} “{before[0].title}”", before, after))


def merge(doc: EventDocument, keep_id: int, other_id: int) -> SessionValue:
    result = pitch_service.merge(doc.db, keep_id, other_id)
    after = pitch_service.capture(doc.db, [keep_id, other_id])
    push_done(doc, SessionStateCommand(doc, f"Merge into “{result.session.title}”", result.before, after))
    return result.session


def import_pitches(
    doc: EventDocument, path: Path, *, encoding: str | None = None
) -> pitch_service.ImportResult:
    """Add every pitch in a file as one undo step."""
    result = pitch_service.import_pitches(doc.db, path, encoding=encoding)
    if result.added:
        ids = [s.id for s in result.added]
        absent = [SessionState(i, False) for i in ids]
        after = pitch_service.capture(doc.db, ids)
        push_done(doc, SessionStateCommand(doc, f"Import {len(ids)} pitches", absent, after))
    return result
