"""Pitches: capture, edit, withdraw, merge and list the sessions people pitch on the morning.

Every change returns what undo needs: the value made, or a :class:`SessionState` snapshot of what it
replaced.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlmodel import Session, col, delete, select

from govcamp.domain.errors import GovcampError, NotFoundError, ValidationError
from govcamp.domain.pitching import (
    MAX_DEMAND,
    HostValue,
    PitchInput,
    PlacementValue,
    SessionValue,
    check_pitch,
    near_duplicates,
)
from govcamp.domain.words import _, ngettext
from govcamp.services.event import _event_row
from govcamp.services.versions import claim
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Interest, Person, Placement, Room, SessionHost, Slot, Star, utcnow
from govcamp.store.tables import Session as SessionRow


@dataclass(frozen=True)
class SessionState:
    """Everything stored about one session, so undo can put it back exactly (or remove it when absent)."""

    id: int
    present: bool
    title: str = ""
    description: str = ""
    demand: int | None = None
    needs: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    withdrawn: bool = False
    pitch_order: int = 0
    created_at: datetime | None = None
    hosts: tuple[HostValue, ...] = ()
    interests: tuple[tuple[int, bool], ...] = ()
    placement: PlacementValue | None = None
    #: Stars from phones (issue 15): (person id, when starred).
    stars: tuple[tuple[int, datetime], ...] = ()
    #: The row version when captured (0 when absent); not part of what is compared, since putting a
    #: session back is itself a change and moves its version on.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class MergeResult:
    """The merged session, and both sessions as they were before, for undo."""

    session: SessionValue
    before: tuple[SessionState, ...]


# --------------------------------------------------------------------------------------------- reading


def _sessions(session: Session, ids: Iterable[int] | None = None) -> list[SessionValue]:
    query = select(SessionRow).order_by(col(SessionRow.pitch_order), col(SessionRow.id))
    wanted = None if ids is None else list(ids)
    if wanted is not None:
        query = query.where(col(SessionRow.id).in_(wanted))
    rows = session.exec(query).all()
    host_query = select(SessionHost).order_by(col(SessionHost.session_id), col(SessionHost.position))
    interest_query = select(Interest.session_id, func.count()).group_by(col(Interest.session_id))
    place_query = (
        select(Placement, Room.name, Slot.start_at, Slot.end_at)
        .join(Room, col(Room.id) == col(Placement.room_id))
        .join(Slot, col(Slot.id) == col(Placement.slot_id))
    )
    if wanted is not None:
        host_query = host_query.where(col(SessionHost.session_id).in_(wanted))
        interest_query = interest_query.where(col(Interest.session_id).in_(wanted))
        place_query = place_query.where(col(Placement.session_id).in_(wanted))
    hosts: dict[int, list[HostValue]] = {}
    for host in session.exec(host_query).all():
        hosts.setdefault(host.session_id, []).append(HostValue(host.name, host.person_id))
    interest = {sid: count for sid, count in session.exec(interest_query).all()}
    places = {p.session_id: (p, name, start, end) for p, name, start, end in session.exec(place_query).all()}
    zone = ZoneInfo(_event_row(session).timezone)
    values = []
    for row in rows:
        assert row.id is not None
        where = places.get(row.id)
        values.append(
            SessionValue(
                id=row.id,
                title=row.title,
                hosts=tuple(hosts.get(row.id, ())),
                description=row.description,
                demand=row.demand,
                interest=interest.get(row.id, 0),
                needs=tuple(row.needs),
                tags=tuple(row.tags),
                withdrawn=row.withdrawn,
                pitch_order=row.pitch_order,
                room_id=where[0].room_id if where else None,
                room_name=where[1] if where else None,
                slot_id=where[0].slot_id if where else None,
                start=where[2].astimezone(zone) if where else None,
                end=where[3].astimezone(zone) if where else None,
                pinned=where[0].pinned if where else False,
                version=row.version,
            )
        )
    return values


def list_sessions(db: EventDB, *, include_withdrawn: bool = True) -> list[SessionValue]:
    """Every session in pitch order, with where the working grid has it."""
    with db.session() as session:
        values = _sessions(session)
    return [v for v in values if include_withdrawn or not v.withdrawn]


def get_session(db: EventDB, session_id: int) -> SessionValue:
    with db.session() as session:
        found = _sessions(session, [session_id])
    if not found:
        raise NotFoundError(_("There is no session {id}.").format(id=session_id))
    return found[0]


def find_session(db: EventDB, key: str) -> SessionValue:
    """A session by id, or by its exact title (any case)."""
    sessions = list_sessions(db)
    for value in sessions:
        if key.strip() == str(value.id):
            return value
    matches = [v for v in sessions if v.title.casefold() == key.strip().casefold()]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise GovcampError(
            ngettext(
                "{n} session is called “{key}”; give the session's id instead.",
                "{n} sessions are called “{key}”; give the session's id instead.",
                len(matches),
            ).format(n=len(matches), key=key)
        )
    raise NotFoundError(_("There is no session “{key}”.").format(key=key))


def host_names(db: EventDB) -> list[str]:
    """Names people go by (badge names, then full names), for type-ahead when a host is typed."""
    with db.session() as session:
        rows = session.exec(select(Person.badge_name, Person.full_name).order_by(col(Person.id))).all()
    names: dict[str, str] = {}
    for badge, full in rows:
        for name in (badge, full):
            if name and name.casefold() not in names:
                names[name.casefold()] = name
    return sorted(names.values(), key=str.casefold)


def similar_sessions(db: EventDB, title: str, *, exclude: int | None = None) -> list[SessionValue]:
    """Sessions (not withdrawn) whose titles look like ``title``: probably the same idea pitched twice."""
    others = [s for s in list_sessions(db, include_withdrawn=False) if s.id != exclude]
    return near_duplicates(title, others)


# -------------------------------------------------------------------------------------------- changing


def _match_hosts(session: Session, names: Sequence[str]) -> list[HostValue]:
    """Match each name to a person by badge or full name (any case); keep unknown names as given."""
    wanted = {n.casefold() for n in names}
    found: dict[str, int] = {}
    for person_id, badge, full in session.exec(
        select(Person.id, Person.badge_name, Person.full_name).order_by(col(Person.id))
    ).all():
        for name in (badge, full):
            key = name.casefold()
            if key in wanted and key not in found and person_id is not None:
                found[key] = person_id
    return [HostValue(n, found.get(n.casefold())) for n in names]


def _set_hosts(session: Session, session_id: int, hosts: Sequence[HostValue]) -> None:
    session.exec(delete(SessionHost).where(col(SessionHost.session_id) == session_id))
    session.flush()
    for position, host in enumerate(hosts):
        session.add(
            SessionHost(session_id=session_id, person_id=host.person_id, name=host.name, position=position)
        )


def _row(session: Session, session_id: int) -> SessionRow:
    row = session.get(SessionRow, session_id)
    if row is None:
        raise NotFoundError(_("There is no session {id}.").format(id=session_id))
    return row


def add_pitch(db: EventDB, pitch: PitchInput) -> SessionValue:
    """Check and store a new pitch at the end of the pitch order; hosts are matched to people by name."""
    checked = check_pitch(pitch)
    with db.session() as session:
        last = session.exec(select(func.max(SessionRow.pitch_order))).one()
        row = SessionRow(
            title=checked.title,
            description=checked.description,
            demand=checked.demand,
            needs=list(checked.needs),
            tags=list(checked.tags),
            pitch_order=(last or 0) + 1,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        _set_hosts(session, row.id, _match_hosts(session, checked.hosts))
        new_id = row.id
    return get_session(db, new_id)


def update_pitch(
    db: EventDB, session_id: int, pitch: PitchInput, *, seen: int | None = None, desk: str = ""
) -> SessionValue:
    """Check and store a session's new title, hosts, description, tags, needs and hands counted.

    Args:
        seen: the version the editor loaded; the save is refused when the session has moved on.
        desk: the desk (laptop) making the change, named to whoever is refused next.

    Raises:
        ChangedElsewhereError: the session changed since ``seen``; nothing was saved.
    """
    checked = check_pitch(pitch)
    with db.session() as session:
        claim(session, SessionRow, session_id, seen=seen, desk=desk)
        row = _row(session, session_id)
        row.title, row.description, row.demand = checked.title, checked.description, checked.demand
        row.needs, row.tags = list(checked.needs), list(checked.tags)
        session.add(row)
        current = [
            HostValue(h.name, h.person_id)
            for h in session.exec(
                select(SessionHost)
                .where(col(SessionHost.session_id) == session_id)
                .order_by(col(SessionHost.position))
            ).all()
        ]
        if [h.name for h in current] != list(checked.hosts):
            _set_hosts(session, session_id, _match_hosts(session, checked.hosts))
    return get_session(db, session_id)


def set_withdrawn(
    db: EventDB, session_id: int, withdrawn: bool, *, seen: int | None = None, desk: str = ""
) -> SessionState:
    """Withdraw a session (it leaves the grid) or bring it back (unplaced); return the state before.

    Raises:
        ChangedElsewhereError: the session changed since ``seen``; nothing was saved.
    """
    before = capture(db, [session_id])[0]
    with db.session() as session:
        claim(session, SessionRow, session_id, seen=seen, desk=desk)
        row = _row(session, session_id)
        row.withdrawn = withdrawn
        session.add(row)
        if withdrawn:
            session.exec(delete(Placement).where(col(Placement.session_id) == session_id))
    return before


def remove_pitch(db: EventDB, session_id: int) -> SessionState:
    """Delete a session outright (undo of capturing it); return everything it held."""
    before = capture(db, [session_id])[0]
    with db.session() as session:
        session.delete(_row(session, session_id))
    return before


def merge(db: EventDB, keep_id: int, other_id: int, *, desk: str = "") -> MergeResult:
    """Merge ``other`` into ``keep``: one co-hosted session; ``other`` is withdrawn.

    The merged session has both sets of hosts, needs and tags, everyone's interest, and the hands counted
    for both (the two pitches were counted separately).
    """
    if keep_id == other_id:
        raise ValidationError("merge", _("Choose two different sessions to merge."))
    before = capture(db, [keep_id, other_id])
    keep, other = before
    if not keep.present or not other.present:
        raise NotFoundError(
            _("There is no session {id}.").format(id=keep_id if not keep.present else other_id)
        )
    if other.withdrawn or keep.withdrawn:
        raise ValidationError("merge", _("A withdrawn session cannot be merged; restore it first."))
    hosts: dict[str, HostValue] = {h.name.casefold(): h for h in keep.hosts}
    for host in other.hosts:
        hosts.setdefault(host.name.casefold(), host)
    demand = (
        None if keep.demand is None and other.demand is None else (keep.demand or 0) + (other.demand or 0)
    )
    description = "\n\n".join(d for d in (keep.description, other.description) if d)
    merged = check_pitch(
        PitchInput(
            keep.title,
            tuple(h.name for h in hosts.values()),
            description,
            keep.tags + other.tags,
            keep.needs + other.needs,
            demand,
        )
    )
    with db.session() as session:
        # Both as read above, or neither: a desk that edited one meanwhile is not overwritten.
        claim(session, SessionRow, keep_id, seen=keep.version, desk=desk)
        claim(session, SessionRow, other_id, seen=other.version, desk=desk)
        row = _row(session, keep_id)
        row.description, row.demand = merged.description, merged.demand
        row.needs, row.tags = list(merged.needs), list(merged.tags)
        session.add(row)
        _set_hosts(session, keep_id, list(hosts.values()))
        starred = {p for p, _ in keep.interests}
        for person_id, star in other.interests:
            if person_id not in starred:
                session.add(Interest(person_id=person_id, session_id=keep_id, starred=star))
        # A star for either pitch is a star for the merged session (the withdrawn one's no longer count).
        phoned = {p for p, _ in keep.stars}
        for person_id, at in other.stars:
            if person_id not in phoned:
                session.add(Star(person_id=person_id, session_id=keep_id, starred_at=at))
        gone = _row(session, other_id)
        gone.withdrawn = True
        session.add(gone)
        session.exec(delete(Placement).where(col(Placement.session_id) == other_id))
    return MergeResult(get_session(db, keep_id), before)


# ------------------------------------------------------------------------------------- undo snapshots


def capture(db: EventDB, session_ids: Sequence[int]) -> tuple[SessionState, ...]:
    """Snapshot sessions exactly as stored (absent ones too), for :func:`restore`."""
    with db.session() as session:
        states = []
        for session_id in session_ids:
            row = session.get(SessionRow, session_id)
            if row is None:
                states.append(SessionState(session_id, present=False))
                continue
            hosts = session.exec(
                select(SessionHost)
                .where(col(SessionHost.session_id) == session_id)
                .order_by(col(SessionHost.position))
            ).all()
            interests = session.exec(
                select(Interest.person_id, Interest.starred)
                .where(col(Interest.session_id) == session_id)
                .order_by(col(Interest.person_id))
            ).all()
            place = session.exec(select(Placement).where(col(Placement.session_id) == session_id)).first()
            starred_by = session.exec(
                select(Star.person_id, Star.starred_at)
                .where(col(Star.session_id) == session_id)
                .order_by(col(Star.person_id))
            ).all()
            states.append(
                SessionState(
                    id=session_id,
                    present=True,
                    title=row.title,
                    description=row.description,
                    demand=row.demand,
                    needs=tuple(row.needs),
                    tags=tuple(row.tags),
                    withdrawn=row.withdrawn,
                    pitch_order=row.pitch_order,
                    created_at=row.created_at,
                    hosts=tuple(HostValue(h.name, h.person_id) for h in hosts),
                    interests=tuple((p, bool(s)) for p, s in interests),
                    placement=(
                        PlacementValue(place.session_id, place.room_id, place.slot_id, place.pinned)
                        if place
                        else None
                    ),
                    stars=tuple((p, at) for p, at in starred_by),
                    version=row.version,
                )
            )
        return tuple(states)


def restore(
    db: EventDB,
    states: Sequence[SessionState],
    *,
    expect: Mapping[int, int] | None = None,
    desk: str = "",
) -> dict[int, int]:
    """Put sessions back exactly as captured: rows, hosts, interest, stars and placement (or remove them).

    Args:
        expect: for undo, the version each session should still be at (refused when it moved on).
        desk: the desk putting them back.

    Returns:
        The version each session put back is at now (for the next undo or redo to expect).

    Raises:
        ChangedElsewhereError: a session in ``expect`` changed since; nothing was put back.
    """
    with db.session() as session:
        for state in states:
            stored = session.exec(select(SessionRow.id).where(SessionRow.id == state.id)).first()
            if stored is not None and (expect is None or state.id in expect):
                claim(session, SessionRow, state.id, seen=(expect or {}).get(state.id), desk=desk)
        for state in states:
            row = session.get(SessionRow, state.id)
            if not state.present:
                if row is not None:
                    session.delete(row)
                continue
            if row is None:
                row = SessionRow(id=state.id, title=state.title)
                if state.created_at is not None:
                    row.created_at = state.created_at
            row.title, row.description, row.demand = state.title, state.description, state.demand
            row.needs, row.tags = list(state.needs), list(state.tags)
            row.withdrawn, row.pitch_order = state.withdrawn, state.pitch_order
            row.updated_at = utcnow()
            session.add(row)
            session.flush()
            _set_hosts(session, state.id, state.hosts)
            session.exec(delete(Interest).where(col(Interest.session_id) == state.id))
            session.exec(delete(Star).where(col(Star.session_id) == state.id))
            session.exec(delete(Placement).where(col(Placement.session_id) == state.id))
            session.flush()
            for person_id, starred in state.interests:
                session.add(Interest(person_id=person_id, session_id=state.id, starred=starred))
            for person_id, at in state.stars:
                session.add(Star(person_id=person_id, session_id=state.id, starred_at=at))
            p = state.placement
            if p is not None:
                taken = session.exec(
                    select(Placement).where(
                        col(Placement.room_id) == p.room_id, col(Placement.slot_id) == p.slot_id
                    )
                ).first()
                if taken is not None:
                    raise GovcampError(_("That cell of the grid now holds another session; move it first."))
                session.add(
                    Placement(session_id=state.id, room_id=p.room_id, slot_id=p.slot_id, pinned=p.pinned)
                )
        session.flush()
        ids = [state.id for state in states if state.present]
        rows = session.exec(
            select(SessionRow.id, SessionRow.version).where(col(SessionRow.id).in_(ids))
        ).all()
        return {int(sid or 0): version for sid, version in rows}


# ---------------------------------------------------------------------------------------------- import

_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("title", "session", "session title", "pitch", "pitch title", "name of session"),
    "hosts": ("host", "hosts", "host name", "host names", "pitched by", "speaker", "speakers", "co-host"),
    "description": ("description", "summary", "about", "details", "abstract"),
    "tags": ("tags", "tag", "topics", "topic", "themes"),
    "needs": ("needs", "access needs", "room needs", "requirements"),
    "demand": ("demand", "hands", "hands counted", "votes", "interest", "show of hands"),
}


@dataclass(frozen=True)
class ImportResult:
    added: tuple[SessionValue, ...]
    skipped: tuple[str, ...]


def _split(text: str) -> tuple[str, ...]:
    for separator in (";", "|", "\n", " & ", " and "):
        text = text.replace(separator, ",")
    return tuple(part.strip() for part in text.split(",") if part.strip())


def read_pitches(path: Path, *, encoding: str | None = None) -> list[tuple[int, PitchInput]]:
    """Read pitches from a CSV or XLSX file; every row is checked before any is kept.

    Columns are found by their headings (``Title``, ``Host``/``Hosts`` or several ``Host`` columns,
    ``Description``, ``Tags``, ``Needs``, ``Hands``/``Demand``), in any order and any case.

    Raises:
        GovcampError: the file is not a table, has no title column, or a row breaks a rule (the line
            number is given).
    """
    from govcamp.services.tabular import read_table

    table = read_table(path, encoding=encoding)
    where: dict[str, list[int]] = {}
    for index, heading in enumerate(table.header):
        name = " ".join(heading.casefold().replace("_", " ").split()).rstrip("s0123456789 ") or heading
        for key, names in _COLUMNS.items():
            if heading.casefold().strip() in names or name in names:
                where.setdefault(key, []).append(index)
                break
    if "title" not in where:
        raise GovcampError(
            _("{name} has no Title column (found: {columns}).").format(
                name=path.name, columns=", ".join(table.header)
            )
        )
    if "hosts" not in where:
        raise GovcampError(
            _("{name} has no Host column (found: {columns}).").format(
                name=path.name, columns=", ".join(table.header)
            )
        )
    pitches: list[tuple[int, PitchInput]] = []
    for row in table.rows:

        def cell(key: str, row: Any = row) -> str:
            return " ".join(row.get(i) for i in where.get(key, []) if row.get(i)).strip()

        hosts = tuple(h for i in where["hosts"] for h in _split(row.get(i)))
        demand = _hands(cell("demand"), row.line)
        try:
            pitch = check_pitch(
                PitchInput(
                    title=cell("title"),
                    hosts=hosts,
                    description=cell("description"),
                    tags=_split(cell("tags")),
                    needs=_split(cell("needs")),
                    demand=demand,
                )
            )
        except ValidationError as exc:
            raise GovcampError(
                _("Line {line}: {problem}").format(line=row.line, problem=exc.message)
            ) from None
        pitches.append((row.line, pitch))
    return pitches


def _hands(text: str, line: int) -> int | None:
    """A show of hands from a cell: a whole number (``12`` or ``12.0``); ``inf``, ``1e400`` and the like are
    refused naming the line rather than crashing."""
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise GovcampError(
            _("Line {line}: “{text}” is not a number of hands.").format(line=line, text=text)
        ) from None
    if not math.isfinite(value) or value != int(value) or not 0 <= value <= MAX_DEMAND:
        raise GovcampError(
            _("Line {line}: “{text}” is not a number of hands (a whole number, 0 to {most}).").format(
                line=line, text=text, most=f"{MAX_DEMAND:,}"
            )
        )
    return int(value)


def import_pitches(db: EventDB, path: Path, *, encoding: str | None = None) -> ImportResult:
    """Add every pitch in a CSV or XLSX file, all or nothing (one transaction, so a crash or a kill halfway
    keeps none of them); a title already in the event is skipped, not doubled."""
    rows = read_pitches(path, encoding=encoding)
    added_ids: list[int] = []
    skipped: list[str] = []
    with db.session() as session:
        known = {title.casefold() for title in session.exec(select(SessionRow.title)).all()}
        # Every person's names once, not once a row: a big import stays linear.
        people: dict[str, int] = {}
        for person_id, badge, full in session.exec(
            select(Person.id, Person.badge_name, Person.full_name).order_by(col(Person.id))
        ).all():
            for name in (badge, full):
                if person_id is not None:
                    people.setdefault(name.casefold(), person_id)
        last = session.exec(select(func.max(SessionRow.pitch_order))).one() or 0
        next_id = (session.exec(select(func.max(SessionRow.id))).one() or 0) + 1
        for _line, pitch in rows:
            if pitch.title.casefold() in known:
                skipped.append(pitch.title)
                continue
            known.add(pitch.title.casefold())
            last += 1
            # Ids given here rather than by a flush per row: one flush for the lot keeps big imports quick.
            row = SessionRow(
                id=next_id,
                title=pitch.title,
                description=pitch.description,
                demand=pitch.demand,
                needs=list(pitch.needs),
                tags=list(pitch.tags),
                pitch_order=last,
            )
            session.add(row)
            for position, host in enumerate(pitch.hosts):
                session.add(
                    SessionHost(
                        session_id=next_id,
                        person_id=people.get(host.casefold()),
                        name=host,
                        position=position,
                    )
                )
            added_ids.append(next_id)
            next_id += 1
        session.flush()
        fresh = set(added_ids)
        by_id = {value.id: value for value in _sessions(session) if value.id in fresh} if fresh else {}
    return ImportResult(tuple(by_id[i] for i in added_ids), tuple(skipped))
