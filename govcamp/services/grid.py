"""The working grid: place, swap, unplace and pin sessions; find problems; let the solver suggest a grid;
fit rooms to demand; publish numbered versions with a changelog.

Every edit returns a :class:`GridChange` (where the sessions it touched were before and are after), which
is all undo and redo need: :func:`apply_change` puts either side back.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlmodel import Session, col, delete, select

from govcamp.domain.enums import SlotKind, slot_kind_words
from govcamp.domain.errors import GovcampError, NotFoundError, ValidationError
from govcamp.domain.pitching import (
    GridChange,
    GridState,
    GridVersionValue,
    PlacementValue,
    Problem,
    SessionValue,
    changelog,
    find_problems,
    left_out_problems,
    snapshot_entry,
)
from govcamp.domain.words import _
from govcamp.services import pitches, rooms, slots, stars
from govcamp.services.event import _event_row
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import AuditEntry, GridVersion, Interest, Placement, utcnow
from govcamp.store.tables import Session as SessionRow

if TYPE_CHECKING:
    from govcamp.domain.solver import Grid, Instance


@dataclass(frozen=True)
class GridCounts:
    placed: int
    unplaced: int
    withdrawn: int


@dataclass(frozen=True)
class SuggestResult:
    """What Suggest grid did: the change, the solver's score, and one line per session that moved."""

    change: GridChange
    score: Any
    moved: tuple[str, ...]
    unscheduled: tuple[str, ...]
    seconds: float


# --------------------------------------------------------------------------------------------- reading


def grid_state(db: EventDB) -> GridState:
    """Rooms, slots and every session with where it is, read together."""
    return GridState(
        tuple(rooms.list_rooms(db)), tuple(slots.list_slots(db)), tuple(pitches.list_sessions(db))
    )


def problems(state: GridState) -> list[Problem]:
    """Everything wrong with the working grid, then every session left off it with the reason."""
    return find_problems(state.rooms, state.slots, state.sessions) + left_out_problems(
        state.rooms, state.slots, state.sessions
    )


def counts(state: GridState) -> GridCounts:
    return GridCounts(
        placed=len(state.placed),
        unplaced=len(state.unplaced),
        withdrawn=sum(1 for s in state.sessions if s.withdrawn),
    )


def placements(db: EventDB) -> list[PlacementValue]:
    with db.session() as session:
        return [
            PlacementValue(p.session_id, p.room_id, p.slot_id, p.pinned)
            for p in session.exec(select(Placement).order_by(col(Placement.session_id))).all()
        ]


def _placements_of(session: Session, session_ids: Sequence[int]) -> tuple[PlacementValue, ...]:
    rows = session.exec(select(Placement).where(col(Placement.session_id).in_(list(session_ids)))).all()
    return tuple(
        sorted((PlacementValue(p.session_id, p.room_id, p.slot_id, p.pinned) for p in rows), key=_key)
    )


def _key(p: PlacementValue) -> int:
    return p.session_id


# -------------------------------------------------------------------------------------------- changing


def _write(session: Session, sessions: Sequence[int], after: Sequence[PlacementValue]) -> None:
    """Replace the placements of ``sessions`` with ``after``, refusing a cell another session holds."""
    session.exec(delete(Placement).where(col(Placement.session_id).in_(list(sessions))))
    session.flush()
    for p in after:
        clash = session.exec(
            select(Placement).where(col(Placement.room_id) == p.room_id, col(Placement.slot_id) == p.slot_id)
        ).first()
        if clash is not None:
            raise GovcampError(_("That cell of the grid holds another session; move it first."))
        session.add(Placement(session_id=p.session_id, room_id=p.room_id, slot_id=p.slot_id, pinned=p.pinned))
        session.flush()


def apply_change(db: EventDB, change: GridChange, *, undo: bool = False) -> None:
    """Put the sessions of ``change`` where ``after`` (or, for ``undo``, ``before``) has them."""
    with db.session() as session:
        _write(session, change.sessions, change.before if undo else change.after)


def _session_row(session: Session, session_id: int) -> SessionRow:
    row = session.get(SessionRow, session_id)
    if row is None:
        raise NotFoundError(_("There is no session {session_id}.").format(session_id=session_id))
    return row


def move(db: EventDB, session_id: int, room_id: int, slot_id: int) -> GridChange:
    """Put a session in a cell; a session already there swaps to where this one was (or is unplaced).

    Raises:
        GovcampError: the session is withdrawn, the slot is a break, or the room or slot does not exist.
    """
    room = rooms.get_room(db, room_id)
    slot = slots.get_slot(db, slot_id)
    if slot.kind is not SlotKind.SESSION:
        raise ValidationError(
            "slot",
            _("{value} at {start:%H:%M} is not a session slot.").format(
                value=slot.label or slot_kind_words(slot.kind).capitalize(), start=slot.start
            ),
        )
    with db.session() as session:
        row = _session_row(session, session_id)
        if row.withdrawn:
            raise ValidationError(
                "session", _("“{title}” is withdrawn; restore it before placing it.").format(title=row.title)
            )
        here = session.exec(select(Placement).where(col(Placement.session_id) == session_id)).first()
        there = session.exec(
            select(Placement).where(col(Placement.room_id) == room.id, col(Placement.slot_id) == slot.id)
        ).first()
        involved = [session_id] + ([there.session_id] if there is not None else [])
        before = _placements_of(session, involved)
        after = [PlacementValue(session_id, room.id, slot.id, here.pinned if here else False)]
        if there is not None and there.session_id != session_id and here is not None:
            after.append(PlacementValue(there.session_id, here.room_id, here.slot_id, there.pinned))
        after_t = tuple(sorted(after, key=_key))
        ids = tuple(sorted(set(involved)))
        _write(session, ids, after_t)
    return GridChange(ids, before, after_t)


def unplace(db: EventDB, session_id: int) -> GridChange:
    """Take a session off the grid (back to the unplaced list)."""
    with db.session() as session:
        _session_row(session, session_id)
        before = _placements_of(session, [session_id])
        if not before:
            raise ValidationError("session", _("That session is not on the grid."))
        _write(session, [session_id], ())
    return GridChange((session_id,), before, ())


def set_pinned(db: EventDB, session_id: int, pinned: bool) -> GridChange:
    """Pin a placed session where it is (Suggest grid keeps it), or unpin it."""
    with db.session() as session:
        row = _session_row(session, session_id)
        before = _placements_of(session, [session_id])
        if not before:
            raise ValidationError(
                "session", _("“{title}” is not on the grid, so it cannot be pinned.").format(title=row.title)
            )
        after = (PlacementValue(session_id, before[0].room_id, before[0].slot_id, pinned),)
        _write(session, [session_id], after)
    return GridChange((session_id,), before, after)


def set_placements(db: EventDB, wanted: Sequence[PlacementValue], *, keep_pins: bool = True) -> GridChange:
    """Make the whole working grid ``wanted`` in one step (Suggest grid, Fit rooms)."""
    with db.session() as session:
        current = {
            p.session_id: PlacementValue(p.session_id, p.room_id, p.slot_id, p.pinned)
            for p in session.exec(select(Placement)).all()
        }
        after = []
        for p in wanted:
            old = current.get(p.session_id)
            pinned = p.pinned or (
                keep_pins
                and old is not None
                and old.pinned
                and (old.room_id, old.slot_id) == (p.room_id, p.slot_id)
            )
            after.append(PlacementValue(p.session_id, p.room_id, p.slot_id, pinned))
        ids = tuple(sorted(set(current) | {p.session_id for p in after}))
        before = tuple(sorted(current.values(), key=_key))
        after_t = tuple(sorted(after, key=_key))
        _write(session, ids, after_t)
    return GridChange(ids, before, after_t)


# ----------------------------------------------------------------------------------------------- solver


def build_instance(db: EventDB, *, now: datetime | None = None) -> Instance:
    """The event as the solver sees it: ids are the database ids as text.

    Withdrawn sessions are left out; the interest lists are the recorded interest merged with the counted
    stars from phones; demand is the hands counted, or the people who want it when more; the
    previous grid is the latest published version; pinned placements are kept. Given ``now``, slots
    that have already started are left out, with the sessions placed in them: the past cannot move.
    """
    from govcamp.domain.solver import Instance, RoomSpec, SessionSpec, SlotSpec
    from govcamp.domain.solver import Placement as SPlacement

    state = grid_state(db)
    session_slots = [s for s in state.slots if s.kind is SlotKind.SESSION and (now is None or s.start > now)]
    slot_ids = {s.id for s in session_slots}
    started = {s.id for s in state.slots if now is not None and s.start <= now}
    live = [s for s in state.sessions if not s.withdrawn and s.slot_id not in started]
    live_ids = {s.id for s in live}
    room_ids = {r.id for r in state.rooms}
    with db.session() as session:
        rows = session.exec(
            select(Interest.person_id, Interest.session_id).order_by(
                col(Interest.person_id), col(Interest.session_id)
            )
        ).all()
        # Stars from phones join the interest recorded at the pitch: the same person wanting the same
        # session once, whichever way they said so (only checked-in people's stars, see services.stars).
        wanted = sorted({(int(p), int(s)) for p, s in rows} | set(stars.counted_stars(session)))
        latest = session.exec(select(GridVersion).order_by(col(GridVersion.number).desc())).first()
    interests: dict[str, list[str]] = {}
    wanting: dict[int, int] = {}
    for person_id, session_id in wanted:
        if session_id in live_ids:
            interests.setdefault(str(person_id), []).append(str(session_id))
            wanting[session_id] = wanting.get(session_id, 0) + 1
    previous: list[SPlacement] = []
    if latest is not None:
        for entry in latest.snapshot:
            sid, rid, tid = int(entry["session"]), int(entry["room"]), int(entry["slot"])
            if sid in live_ids and rid in room_ids and tid in slot_ids:
                previous.append(SPlacement(str(sid), str(rid), str(tid)))
    pinned = [
        SPlacement(str(s.id), str(s.room_id), str(s.slot_id))
        for s in live
        if s.pinned and s.slot_id in slot_ids
    ]
    return Instance(
        rooms=tuple(RoomSpec(str(r.id), r.capacity, frozenset(r.features)) for r in state.rooms),
        slots=tuple(SlotSpec(str(s.id), s.start.isoformat(), s.end.isoformat()) for s in session_slots),
        sessions=tuple(
            SessionSpec(
                str(s.id),
                s.title,
                tuple(
                    str(h.person_id) if h.person_id is not None else f"name:{h.name.casefold()}"
                    for h in s.hosts
                ),
                # Hands counted, unless more people than that starred it or said they were interested.
                max(s.demand if s.demand is not None else 0, wanting.get(s.id, 0)),
                frozenset(s.needs),
            )
            for s in live
        ),
        interests={person: tuple(ids) for person, ids in interests.items()},
        unavailable=frozenset(
            (str(r.id), str(t)) for r in state.rooms for t in r.unavailable_slot_ids if t in slot_ids
        ),
        pinned=tuple(pinned),
        previous=tuple(previous),
    )


def apply_grid(db: EventDB, grid: Grid) -> GridChange:
    """Make the solver's grid the working grid, in one step (pins kept).

    Sessions the grid does not mention (held in slots already past) stay where they are.
    """
    wanted = [PlacementValue(int(p.session), int(p.room), int(p.slot)) for p in grid.placements]
    mentioned = {int(p.session) for p in grid.placements} | {int(s) for s in grid.unscheduled}
    wanted += [p for p in placements(db) if p.session_id not in mentioned]
    return set_placements(db, wanted)


def describe_moves(db: EventDB, change: GridChange) -> list[str]:
    """One line per session the change moved, placed or took off, for people to read."""
    state = grid_state(db)
    room_names = {r.id: r.name for r in state.rooms}
    slot_by_id = {s.id: s for s in state.slots}
    titles = {s.id: s.title for s in state.sessions}
    before = {p.session_id: p for p in change.before}
    after = {p.session_id: p for p in change.after}

    def where(p: PlacementValue) -> str:
        slot = slot_by_id.get(p.slot_id)
        return f"{room_names.get(p.room_id, p.room_id)} {slot.start:%H:%M}" if slot else str(p.room_id)

    lines = []
    for sid in change.sessions:
        was, now = before.get(sid), after.get(sid)
        title = titles.get(sid, f"session {sid}")
        if was and now and (was.room_id, was.slot_id) != (now.room_id, now.slot_id):
            lines.append(f"“{title}” moved from {where(was)} to {where(now)}")
        elif now and not was:
            lines.append(f"“{title}” placed in {where(now)}")
        elif was and not now:
            lines.append(f"“{title}” taken off the grid (was {where(was)})")
    return lines


def suggest_steps(
    instance: Instance, *, time_limit: float = 5.0, seed: int = 0, result: list[Grid] | None = None
) -> Iterator[tuple[int, int, str]]:
    """Run the solver on ``instance`` (see :func:`build_instance`), yielding ``(done, total, message)``.

    The grid lands in ``result``. The solver runs on a thread of its own so that closing this generator
    (Cancel) stops it at once. Nothing is written: the caller applies the grid as one undoable step.
    """
    from govcamp.domain.solver import solve

    stop = threading.Event()
    latest: list[tuple[int, int, str]] = [(0, 100, _("Looking for a grid…"))]
    out: list[Grid] = []
    failure: list[BaseException] = []

    def report(done: int, total: int, message: str) -> None:
        latest.append((done, total, message))

    def work() -> None:
        try:
            out.append(
                solve(instance, time_limit=time_limit, seed=seed, should_stop=stop.is_set, progress=report)
            )
        except BaseException as exc:  # handed to the caller's thread below
            failure.append(exc)

    thread = threading.Thread(target=work, name="govcamp-solver", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.1)
            yield latest[-1]
    finally:
        stop.set()
        thread.join()
    if failure:
        raise failure[0]
    if result is not None and out:
        result.append(out[0])
    yield 100, 100, _("Done.")


def suggest(
    db: EventDB, *, time_limit: float = 5.0, seed: int = 0, now: datetime | None = None
) -> SuggestResult:
    """Run the solver and make its grid the working grid (what ``govcamp grid auto`` does)."""
    found: list[Grid] = []
    instance = build_instance(db, now=now)
    for _step in suggest_steps(instance, time_limit=time_limit, seed=seed, result=found):
        pass
    return take_suggestion(db, found[0])


def take_suggestion(db: EventDB, grid: Grid) -> SuggestResult:
    change = apply_grid(db, grid)
    titles = {s.id: s.title for s in pitches.list_sessions(db)}
    return SuggestResult(
        change=change,
        score=grid.score,
        moved=tuple(describe_moves(db, change)),
        unscheduled=tuple(titles.get(int(s), s) for s in grid.unscheduled),
        seconds=grid.seconds,
    )


# ------------------------------------------------------------------------------------------- fit rooms


def fit_rooms(db: EventDB) -> GridChange:
    """Keep every session's slot; in each slot give rooms so the biggest demand gets rooms that hold it.

    Pinned sessions keep their rooms. A room must meet a session's needs and be available; among equally
    good answers a session stays where it is.
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    state = grid_state(db)
    by_slot: dict[int, list[SessionValue]] = {}
    for s in state.placed:
        if not s.pinned:
            by_slot.setdefault(s.slot_id or 0, []).append(s)
    taken = {(s.room_id, s.slot_id) for s in state.placed if s.pinned}
    wanted: list[PlacementValue] = [
        PlacementValue(s.id, s.room_id or 0, s.slot_id or 0, True) for s in state.placed if s.pinned
    ]
    big = 1_000_000.0
    for slot_id, held in by_slot.items():
        free = [r for r in state.rooms if (r.id, slot_id) not in taken]
        cost = np.zeros((len(held), len(free)))
        for i, s in enumerate(held):
            for j, r in enumerate(free):
                bad = any(n not in r.features for n in s.needs) or slot_id in r.unavailable_slot_ids
                overflow = max(0, s.expected - r.capacity)
                # A move must spare at least one person standing; empty seats only break ties.
                spare = max(0, r.capacity - s.expected) / 100_000.0
                stay = 0.0 if r.id == s.room_id else 0.5
                cost[i, j] = (big if bad else 0.0) + overflow + spare + stay
        if len(free) < len(held):
            raise GovcampError(_("A slot holds more sessions than it has rooms."))
        rows, cols = linear_sum_assignment(cost)
        for i, j in zip(rows, cols, strict=True):
            s = held[int(i)]
            wanted.append(PlacementValue(s.id, free[int(j)].id, slot_id, False))
    return set_placements(db, wanted, keep_pins=True)


# ---------------------------------------------------------------------------------------------- publish


@dataclass(frozen=True)
class Published:
    version: GridVersionValue
    snapshot: tuple[dict[str, Any], ...] = field(default_factory=tuple)


def _version(row: GridVersion, zone: ZoneInfo) -> GridVersionValue:
    return GridVersionValue(
        number=row.number,
        published_at=row.published_at.astimezone(zone),
        message=row.message,
        changelog=tuple(row.changelog),
        placements=len(row.snapshot),
    )


def versions(db: EventDB) -> list[GridVersionValue]:
    """Published grids, oldest first."""
    with db.session() as session:
        zone = ZoneInfo(_event_row(session).timezone)
        rows = session.exec(select(GridVersion).order_by(col(GridVersion.number))).all()
        return [_version(r, zone) for r in rows]


def pending_changelog(db: EventDB) -> list[str]:
    """What publishing now would announce."""
    _number, lines, _rows = _next_version(db)
    return lines


def _next_version(db: EventDB) -> tuple[int, list[str], list[dict[str, Any]]]:
    state = grid_state(db)
    room_by_id = {r.id: r for r in state.rooms}
    slot_by_id = {s.id: s for s in state.slots}
    snapshot = [
        snapshot_entry(s, room_by_id[s.room_id or 0], slot_by_id[s.slot_id or 0])
        for s in sorted(state.placed, key=lambda v: v.id)
    ]
    with db.session() as session:
        latest = session.exec(select(GridVersion).order_by(col(GridVersion.number).desc())).first()
        number = (latest.number if latest else 0) + 1
        before = list(latest.snapshot) if latest else None
    lines = changelog(
        number,
        before,
        snapshot,
        titles={s.id: s.title for s in state.sessions},
        withdrawn={s.id for s in state.sessions if s.withdrawn},
        rooms={r.id: r.name for r in state.rooms},
        slots=slot_by_id,
    )
    return number, lines, snapshot


def publish(db: EventDB, message: str = "", *, actor: str = "") -> GridVersionValue:
    """Take a numbered snapshot of the working grid with what changed since the last one.

    Raises:
        GovcampError: nothing is placed, or nothing changed since the last version.
    """
    number, lines, snapshot = _next_version(db)
    if not snapshot:
        raise GovcampError(_("The grid is empty: place some sessions before publishing."))
    if number > 1 and not lines:
        raise GovcampError(_("Nothing has changed since v{value}.").format(value=number - 1))
    with db.session() as session:
        zone = ZoneInfo(_event_row(session).timezone)
        row = GridVersion(
            number=number, message=message.strip(), snapshot=snapshot, changelog=lines, published_at=utcnow()
        )
        session.add(row)
        session.add(
            AuditEntry(
                actor=actor,
                action="grid.published",
                subject=f"grid:{number}",
                detail={"number": number, "placements": len(snapshot), "changes": len(lines)},
            )
        )
        session.flush()
        return _version(row, zone)


def unpublish(db: EventDB, number: int) -> None:
    """Remove the latest published version (undo of publishing it)."""
    with db.session() as session:
        latest = session.exec(select(func.max(GridVersion.number))).one()
        if latest != number:
            raise GovcampError(
                _("Only the latest version (v{latest}) can be taken back.").format(latest=latest)
            )
        session.exec(delete(GridVersion).where(col(GridVersion.number) == number))
