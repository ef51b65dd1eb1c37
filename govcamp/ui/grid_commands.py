"""Actions on pitches and the grid (see :mod:`govcamp.ui.actions`).

Grid edits carry a :class:`GridChange` (before and after of every session they touched), so a swap, a
whole suggested grid or Fit rooms is one step, one Ctrl+Z; pitch edits carry :class:`SessionState`
snapshots. Publishing cannot be undone (calendars and the printed grid follow a version), so it clears
the undo stack.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from govcamp.domain.errors import GovcampError
from govcamp.domain.pitching import GridChange, GridVersionValue, PitchInput, SessionValue
from govcamp.services import grid as grid_service
from govcamp.services import pitches as pitch_service
from govcamp.services.eventfiles import EventDB
from govcamp.services.pitches import SessionState
from govcamp.ui.actions import CANNOT_UNDO, Action, Change, Confirm, Step, Topic
from govcamp.ui.counts import plural
from govcamp.ui.document import EventDocument
from govcamp.ui.i18n import fmt, translate
from govcamp.ui.workers import Progress

GRID = Topic.GRID
SESSIONS = Topic.SESSIONS | Topic.GRID


class GridChanged(Step):
    def __init__(self, text: str, change: GridChange) -> None:
        super().__init__(text, GRID)
        self.change = change

    def undo(self, db: EventDB) -> None:
        grid_service.apply_change(db, self.change, undo=True)

    def redo(self, db: EventDB) -> None:
        grid_service.apply_change(db, self.change)


class SessionsChanged(Step):
    """Sessions put back as they were; a session that did not exist before is captured as absent."""

    def __init__(self, text: str, before: Sequence[SessionState], after: Sequence[SessionState]) -> None:
        super().__init__(text, SESSIONS)
        self.before, self.after = tuple(before), tuple(after)

    def undo(self, db: EventDB) -> None:
        pitch_service.restore(db, self.before)

    def redo(self, db: EventDB) -> None:
        pitch_service.restore(db, self.after)


def _grid_change(text: str, change: GridChange) -> Change[GridChange]:
    return Change(change, None if change.empty else GridChanged(text, change))


def _title(db: EventDB, session_id: int) -> str:
    return pitch_service.get_session(db, session_id).title


# ---------------------------------------------------------------------------------------------------- grid


def move_action(session_id: int, room_id: int, slot_id: int) -> Action[GridChange]:
    """Put a session in a cell (swapping with whoever is there): both rows move in one undo step."""

    def run(db: EventDB) -> Change[GridChange]:
        change = grid_service.move(db, session_id, room_id, slot_id)
        verb = "Swap" if len(change.sessions) > 1 else "Move"
        return _grid_change(f"{verb} “{_title(db, session_id)}”", change)

    return Action(translate("grid_commands", "Move session"), run, GRID)


def unplace_action(session_id: int) -> Action[GridChange]:
    def run(db: EventDB) -> Change[GridChange]:
        change = grid_service.unplace(db, session_id)
        return _grid_change(fmt(translate("grid_commands", "Unplace “%1”"), _title(db, session_id)), change)

    return Action(translate("grid_commands", "Take off the grid"), run, GRID)


def pin_action(session_id: int, pinned: bool) -> Action[GridChange]:
    def run(db: EventDB) -> Change[GridChange]:
        change = grid_service.set_pinned(db, session_id, pinned)
        verb = "Pin" if pinned else "Unpin"
        return _grid_change(f"{verb} “{_title(db, session_id)}”", change)

    return Action(translate("grid_commands", "Pin session"), run, GRID)


def fit_rooms_action() -> Action[GridChange]:
    def run(db: EventDB) -> Change[GridChange]:
        return _grid_change(translate("grid_commands", "Fit rooms"), grid_service.fit_rooms(db))

    return Action(translate("grid_commands", "Fit rooms"), run, GRID)


def suggest_action(time_limit: float) -> Action[grid_service.SuggestResult]:
    """The solver's search and then its grid, on the database worker, as one undo step."""
    # Import the solver (and SciPy under it) here, on the window's thread: a first import on a worker
    # thread crashes PySide6's import hook (seen: "none_dealloc" in shibokensupport while SciPy loads).
    import govcamp.domain.solver  # noqa: F401

    def steps(db: EventDB) -> Generator[Progress, None, Change[grid_service.SuggestResult]]:
        # Slots that have started are past: Suggest leaves them, and what is in them, alone.
        instance = grid_service.build_instance(db, now=datetime.now(UTC))
        found: list[object] = []
        yield from grid_service.suggest_steps(instance, time_limit=time_limit, result=found)  # type: ignore[arg-type]
        if not found:
            raise GovcampError(translate("grid_commands", "The solver found no grid; nothing changed."))
        result = grid_service.take_suggestion(db, found[0])  # type: ignore[arg-type]
        change = result.change
        return Change(
            result, None if change.empty else GridChanged(translate("grid_commands", "Suggest grid"), change)
        )

    return Action.long(translate("grid_commands", "Suggest grid"), steps, GRID)


def publish_action(message: str) -> Action[GridVersionValue]:
    """Publish the next numbered version. The Publish dialog has asked; this cannot be undone."""

    def run(db: EventDB) -> Change[GridVersionValue]:
        return Change(grid_service.publish(db, message), CANNOT_UNDO)

    return Action(translate("grid_commands", "Publish grid"), run, GRID, irreversible=True)


# ------------------------------------------------------------------------------------------------- pitches


def add_pitch_action(pitch: PitchInput) -> Action[SessionValue]:
    def run(db: EventDB) -> Change[SessionValue]:
        value = pitch_service.add_pitch(db, pitch)
        after = pitch_service.capture(db, [value.id])
        step = SessionsChanged(f"Add pitch “{value.title}”", [SessionState(value.id, False)], after)
        return Change(value, step)

    return Action(translate("grid_commands", "Save pitch"), run, SESSIONS)


def edit_pitch_action(session_id: int, pitch: PitchInput) -> Action[SessionValue]:
    def run(db: EventDB) -> Change[SessionValue]:
        before = pitch_service.capture(db, [session_id])
        value = pitch_service.update_pitch(db, session_id, pitch)
        after = pitch_service.capture(db, [session_id])
        if after == before:
            return Change(value)
        return Change(value, SessionsChanged(f"Edit “{value.title}”", before, after))

    return Action(translate("grid_commands", "Edit pitch"), run, SESSIONS)


def withdraw_action(session: SessionValue, withdrawn: bool) -> Action[None]:
    """Withdraw or restore a session; withdrawing one on the grid says first which cell it leaves."""
    confirm = None
    if withdrawn and session.placed:
        when = f" at {session.start:%H:%M}" if session.start else ""
        confirm = Confirm(
            translate("grid_commands", "Withdraw session"),
            fmt(
                translate("grid_commands", "Withdraw “%1”? It comes off the grid: %2%3 will be empty."),
                session.title,
                session.room_name,
                when,
            ),
            translate(
                "grid_commands",
                "The next published version will say it was withdrawn. Ctrl+Z puts it back in its place.",
            ),
            yes=translate("grid_commands", "&Withdraw"),
        )

    def run(db: EventDB) -> Change[None]:
        before = (pitch_service.set_withdrawn(db, session.id, withdrawn),)
        after = pitch_service.capture(db, [session.id])
        verb = "Withdraw" if withdrawn else "Restore"
        return Change(None, SessionsChanged(f"{verb} “{before[0].title}”", before, after))

    return Action(
        translate("grid_commands", "Withdraw session")
        if withdrawn
        else translate("grid_commands", "Restore session"),
        run,
        SESSIONS,
        confirm=confirm,
    )


def merge_action(keep_id: int, other_id: int) -> Action[SessionValue]:
    def run(db: EventDB) -> Change[SessionValue]:
        result = pitch_service.merge(db, keep_id, other_id)
        after = pitch_service.capture(db, [keep_id, other_id])
        step = SessionsChanged(f"Merge into “{result.session.title}”", result.before, after)
        return Change(result.session, step)

    return Action(translate("grid_commands", "Merge sessions"), run, SESSIONS)


def import_pitches_action(path: Path, *, encoding: str | None = None) -> Action[pitch_service.ImportResult]:
    """Add every pitch in a file as one undo step."""

    def run(db: EventDB) -> Change[pitch_service.ImportResult]:
        result = pitch_service.import_pitches(db, path, encoding=encoding)
        if not result.added:
            return Change(result)
        ids = [s.id for s in result.added]
        absent = [SessionState(i, False) for i in ids]
        after = pitch_service.capture(db, ids)
        text = f"Import {plural(len(ids), 'pitch', 'pitches')}"
        return Change(result, SessionsChanged(text, absent, after))

    return Action(translate("grid_commands", "Import pitches"), run, SESSIONS)


def add_pitch(doc: EventDocument, pitch: PitchInput) -> SessionValue:
    """Save a pitch, raising on refusal (the capture form shows the problem beside the field)."""
    return doc.actions.perform(add_pitch_action(pitch))
