"""A grid-solving instance, the grid's score and its hard rules: the contract of ``govcamp grid solve``.

Everything here follows ``spec/grid-solve.md`` plainly and slowly, so that it can serve as the reference
that the solver's fast incremental bookkeeping is checked against. The instance is read from JSON-like data
with one :class:`~govcamp.domain.errors.ValidationError` per mistake, whose message starts with the path
of the field at fault (``pinned[0].room: unknown room "lab"``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from govcamp.domain.errors import ValidationError
from govcamp.domain.words import _

#: What leaving a session out costs on top of its demand, and what moving a printed session costs.
UNSCHEDULED_PENALTY = 100
MOVED_PENALTY = 10

# The most an instance may hold: far beyond any govcamp, and little enough that the solver can set up its
# search and answer within its time limit. Past one of these an instance is refused with a line saying so.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_SESSIONS = 10_000
MAX_ROOMS = 1_000
MAX_SLOTS = 1_000
#: Sessions × rooms × slots: the size of the solver's table of what each session costs in each cell.
MAX_SESSION_CELLS = 5_000_000
MAX_PEOPLE = 20_000  # interest lists
MAX_INTERESTS = 1_000_000  # entries over all interest lists
MAX_ENTRIES = 1_000_000  # closed cells, pins or placements of the printed grid
#: A demand or a capacity, in people.
MAX_PEOPLE_COUNT = 1_000_000
#: Digits a number in the JSON may have: anything longer is no count of people.
MAX_DIGITS = 15


@dataclass(frozen=True)
class RoomSpec:
    id: str
    capacity: int
    features: frozenset[str]


@dataclass(frozen=True)
class SlotSpec:
    """A session slot; ``start`` and ``end`` are the ISO 8601 strings as given."""

    id: str
    start: str
    end: str


@dataclass(frozen=True)
class SessionSpec:
    """A pitched session; ``demand`` is ``None`` when it should be counted from the interests."""

    id: str
    title: str
    hosts: tuple[str, ...]
    demand: int | None
    needs: frozenset[str]


@dataclass(frozen=True)
class Placement:
    session: str
    room: str
    slot: str


@dataclass(frozen=True)
class Instance:
    """Rooms, slots and sessions to fit together, and what people want.

    ``interests`` maps a person to the sessions they want; ``unavailable`` holds (room, slot) pairs;
    ``pinned`` must be kept exactly; ``previous`` is the grid already printed.
    """

    rooms: tuple[RoomSpec, ...]
    slots: tuple[SlotSpec, ...]
    sessions: tuple[SessionSpec, ...]
    interests: Mapping[str, tuple[str, ...]]
    unavailable: frozenset[tuple[str, str]]
    pinned: tuple[Placement, ...]
    previous: tuple[Placement, ...]

    def demands(self) -> dict[str, int]:
        """Each session's demand: as given, or else how many people's interests list it."""
        counted: Counter[str] = Counter()
        for wanted in self.interests.values():
            counted.update(set(wanted))
        return {s.id: s.demand if s.demand is not None else counted[s.id] for s in self.sessions}


@dataclass(frozen=True)
class Score:
    """People let down (lower is better); ``total`` is the sum of the four parts."""

    total: int
    overflow: int
    missed: int
    unscheduled: int
    moved: int


@dataclass(frozen=True)
class Grid:
    """A solver's answer: placements, the sessions left out, their score and the seconds it took."""

    placements: tuple[Placement, ...]
    unscheduled: tuple[str, ...]
    score: Score
    seconds: float
    #: Whether the search made every move its budget allowed (false when the clock cut it short).
    budget_met: bool = True


def score(instance: Instance, placements: Iterable[Placement]) -> Score:
    """The contract's score of ``placements``, computed plainly from the rules in the spec."""
    placed = {p.session: p for p in placements}
    capacity = {r.id: r.capacity for r in instance.rooms}
    demand = instance.demands()
    overflow = sum(max(0, demand[s] - capacity[p.room]) for s, p in placed.items())
    missed = 0
    for wanted in instance.interests.values():
        per_slot = Counter(placed[s].slot for s in set(wanted) if s in placed)
        missed += sum(k - 1 for k in per_slot.values() if k > 1)
    unscheduled = sum(demand[s.id] + UNSCHEDULED_PENALTY for s in instance.sessions if s.id not in placed)
    moved = sum(
        MOVED_PENALTY
        for before in instance.previous
        if (now := placed.get(before.session)) is None or (now.room, now.slot) != (before.room, before.slot)
    )
    return Score(overflow + missed + unscheduled + moved, overflow, missed, unscheduled, moved)


def check_hard_rules(instance: Instance, placements: Iterable[Placement]) -> list[str]:
    """Every hard rule ``placements`` break, one readable sentence each; ``[]`` when there are none."""
    placements = list(placements)
    rooms = {r.id: r for r in instance.rooms}
    slots = {s.id for s in instance.slots}
    sessions = {s.id: s for s in instance.sessions}
    problems: list[str] = []
    seen: dict[str, Placement] = {}
    cells: dict[tuple[str, str], str] = {}
    hosts_in_slot: dict[tuple[str, str], str] = {}
    for p in placements:
        if p.session not in sessions or p.room not in rooms or p.slot not in slots:
            problems.append(
                _("{session} in {room} at {slot} names something the instance does not hold.").format(
                    session=p.session, room=p.room, slot=p.slot
                )
            )
            continue
        if p.session in seen:
            problems.append(_("{session} is placed more than once.").format(session=p.session))
            continue
        seen[p.session] = p
        if (p.room, p.slot) in cells:
            problems.append(
                _("{room} at {slot} holds both {other} and {session}.").format(
                    room=p.room, slot=p.slot, other=cells[p.room, p.slot], session=p.session
                )
            )
        cells[p.room, p.slot] = p.session
        for host in set(sessions[p.session].hosts):
            if (host, p.slot) in hosts_in_slot:
                other = hosts_in_slot[host, p.slot]
                problems.append(
                    _("Host {host} is in both {other} and {session} at {slot}.").format(
                        host=host, other=other, session=p.session, slot=p.slot
                    )
                )
            hosts_in_slot[host, p.slot] = p.session
        lacking = sorted(sessions[p.session].needs - rooms[p.room].features)
        if lacking:
            problems.append(
                _("{session} needs {needs}, which {room} lacks.").format(
                    session=p.session, needs=", ".join(lacking), room=p.room
                )
            )
        if (p.room, p.slot) in instance.unavailable:
            problems.append(
                _("{session} is in {room} at {slot}, when that room is unavailable.").format(
                    session=p.session, room=p.room, slot=p.slot
                )
            )
    for pin in instance.pinned:
        now = seen.get(pin.session)
        if now is None or (now.room, now.slot) != (pin.room, pin.slot):
            problems.append(
                _("{session} is pinned to {room} at {slot} but is not there.").format(
                    session=pin.session, room=pin.room, slot=pin.slot
                )
            )
    return problems


# --- Reading an instance ------------------------------------------------------------------------------


def _fail(field: str, text: str) -> ValidationError:
    return ValidationError(field, f"{field}: {text}")


class HugeNumber:
    """A number too long to be a count of people, kept unconverted so the field can be named (see
    :func:`load_instance_json`): converting a 5,000-digit integer is refused by Python, and slow."""

    def __init__(self, text: str) -> None:
        self.digits = len(text.lstrip("-"))


def load_instance_json(text: str) -> object:
    """Decode an instance's JSON text, refusing what no instance needs before it costs time or memory.

    Raises:
        ValidationError: nested too deeply, or not JSON (with the line and column); the message is about
            the text as a whole, so it does not start with a field.
    """
    try:
        return json.loads(text, parse_int=_int, parse_float=_float)
    except RecursionError:
        # An instance is four levels deep; Python's decoder gives up near a thousand.
        raise ValidationError("instance", _("nested far too deeply to be an instance")) from None
    except json.JSONDecodeError as exc:
        message = f"not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        raise ValidationError("instance", message) from None


def _int(text: str) -> int | HugeNumber:
    return HugeNumber(text) if len(text.lstrip("-")) > MAX_DIGITS else int(text)


def _float(text: str) -> float | HugeNumber:
    value = float(text)
    return value if abs(value) < 1e15 else HugeNumber(text)


def _kind(value: object) -> str:
    if isinstance(value, HugeNumber):
        return f"a {value.digits:,}-digit number"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return {dict: "an object", list: "a list", str: "text", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


def _object(value: object, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(field, f"must be an object, not {_kind(value)}")
    return value


def _list(value: object, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(field, f"must be a list, not {_kind(value)}")
    return value


def _text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise _fail(field, f"must be text, not {_kind(value)}")
    if not value.strip():
        raise _fail(field, "must not be empty")
    return value


def _count(value: object, field: str) -> int:
    if isinstance(value, HugeNumber):
        raise _fail(field, f"must be at most {MAX_PEOPLE_COUNT:,} people (got {_kind(value)})")
    if isinstance(value, float):
        raise _fail(field, f"must be a whole number, not {value:g}")
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(field, f"must be a whole number, not {_kind(value)}")
    if value < 0:
        raise _fail(field, f"must not be negative (got {value})")
    if value > MAX_PEOPLE_COUNT:
        raise _fail(field, f"must be at most {MAX_PEOPLE_COUNT:,} people (got {value:,})")
    return value


def _at_most(items: object, field: str, limit: int, what: str) -> None:
    if isinstance(items, list | dict) and len(items) > limit:
        raise _fail(field, f"{len(items):,} {what} are more than the solver takes (at most {limit:,})")


def _required(item: dict[str, Any], key: str, field: str) -> object:
    if key not in item:
        raise _fail(f"{field}.{key}", "is missing")
    return item[key]


def _texts(value: object, field: str) -> tuple[str, ...]:
    return tuple(_text(v, f"{field}[{i}]") for i, v in enumerate(_list(value, field)))


def _unique_ids(items: list[Any], field: str) -> None:
    seen: set[str] = set()
    for i, item in enumerate(items):
        ident = item["id"]
        if ident in seen:
            raise _fail(f"{field}[{i}].id", f'"{ident}" is used twice')
        seen.add(ident)


def _room(value: object, field: str) -> RoomSpec:
    item = _object(value, field)
    return RoomSpec(
        id=_text(_required(item, "id", field), f"{field}.id"),
        capacity=_count(_required(item, "capacity", field), f"{field}.capacity"),
        features=frozenset(_texts(item.get("features", []), f"{field}.features")),
    )


def _instant(value: object, field: str) -> datetime:
    text = _text(value, field)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _fail(field, f'"{text}" is not an ISO 8601 date and time') from None
    return moment


def _slot(value: object, field: str) -> SlotSpec:
    item = _object(value, field)
    ident = _text(_required(item, "id", field), f"{field}.id")
    start_text, end_text = _required(item, "start", field), _required(item, "end", field)
    start, end = _instant(start_text, f"{field}.start"), _instant(end_text, f"{field}.end")
    try:
        backwards = end <= start
    except TypeError:
        raise _fail(f"{field}.end", "start and end must both have a time-zone offset, or neither") from None
    if backwards:
        raise _fail(f"{field}.end", "must be after the start")
    return SlotSpec(id=ident, start=str(start_text), end=str(end_text))


def _session(value: object, field: str) -> SessionSpec:
    item = _object(value, field)
    demand = item.get("demand")
    hosts = _texts(item.get("hosts", []), f"{field}.hosts")
    if len(set(hosts)) != len(hosts):
        raise _fail(f"{field}.hosts", "lists a host twice")
    return SessionSpec(
        id=_text(_required(item, "id", field), f"{field}.id"),
        title=_text(_required(item, "title", field), f"{field}.title"),
        hosts=hosts,
        demand=None if demand is None else _count(demand, f"{field}.demand"),
        needs=frozenset(_texts(item.get("needs", []), f"{field}.needs")),
    )


def _placement(
    value: object, field: str, sessions: set[str], rooms: set[str], slots: set[str], *, strict: bool = True
) -> Placement:
    item = _object(value, field)
    placement = Placement(
        session=_text(_required(item, "session", field), f"{field}.session"),
        room=_text(_required(item, "room", field), f"{field}.room"),
        slot=_text(_required(item, "slot", field), f"{field}.slot"),
    )
    if not strict:
        return placement
    for key, known, what in (
        ("session", sessions, "session"),
        ("room", rooms, "room"),
        ("slot", slots, "slot"),
    ):
        name = getattr(placement, key)
        if name not in known:
            raise _fail(f"{field}.{key}", f'unknown {what} "{name}"')
    return placement


def _placements(
    value: object, field: str, sessions: set[str], rooms: set[str], slots: set[str], *, strict: bool = True
) -> tuple[Placement, ...]:
    result = tuple(
        _placement(v, f"{field}[{i}]", sessions, rooms, slots, strict=strict)
        for i, v in enumerate(_list(value, field))
    )
    seen: set[str] = set()
    for i, p in enumerate(result):
        if p.session in seen:
            raise _fail(f"{field}[{i}].session", f'"{p.session}" is listed twice')
        seen.add(p.session)
    return result


def parse_instance(data: object) -> Instance:
    """Read an instance from decoded JSON, checking every field.

    Raises:
        ValidationError: the first mistake found, as one line starting with the field's path.
    """
    # Fields the spec does not name (a tool's own metadata, say) are left alone, not refused.
    top = _object(data, "instance")
    for key in ("rooms", "slots", "sessions"):
        if key not in top:
            raise _fail(key, "is missing")
    raw_rooms, raw_slots, raw_sessions = (_list(top[k], k) for k in ("rooms", "slots", "sessions"))
    _at_most(raw_rooms, "rooms", MAX_ROOMS, "rooms")
    _at_most(raw_slots, "slots", MAX_SLOTS, "slots")
    _at_most(raw_sessions, "sessions", MAX_SESSIONS, "sessions")
    if len(raw_sessions) * len(raw_rooms) * len(raw_slots) > MAX_SESSION_CELLS:
        raise _fail(
            "sessions",
            f"{len(raw_sessions):,} sessions for {len(raw_rooms):,} rooms × {len(raw_slots):,} slots are "
            f"more than the solver takes (sessions × rooms × slots at most {MAX_SESSION_CELLS:,})",
        )
    for key in ("unavailable", "pinned", "previous"):
        _at_most(top.get(key), key, MAX_ENTRIES, "entries")
    _at_most(top.get("interests"), "interests", MAX_PEOPLE, "interest lists")
    rooms = tuple(_room(v, f"rooms[{i}]") for i, v in enumerate(raw_rooms))
    slots = tuple(_slot(v, f"slots[{i}]") for i, v in enumerate(raw_slots))
    sessions = tuple(_session(v, f"sessions[{i}]") for i, v in enumerate(raw_sessions))
    for field, items in (("rooms", raw_rooms), ("slots", raw_slots), ("sessions", raw_sessions)):
        _unique_ids(items, field)
    room_ids, slot_ids, session_ids = {r.id for r in rooms}, {s.id for s in slots}, {s.id for s in sessions}

    interests: dict[str, tuple[str, ...]] = {}
    entries = 0
    for person, wanted in _object(top.get("interests", {}), "interests").items():
        field = f"interests.{person}"
        names = _texts(wanted, field)
        entries += len(names)
        if entries > MAX_INTERESTS:
            raise _fail(
                "interests", f"list more than {MAX_INTERESTS:,} sessions in all, more than the solver takes"
            )
        for i, name in enumerate(names):
            if name not in session_ids:
                raise _fail(f"{field}[{i}]", f'unknown session "{name}"')
        interests[person] = tuple(dict.fromkeys(names))

    unavailable: set[tuple[str, str]] = set()
    for i, value in enumerate(_list(top.get("unavailable", []), "unavailable")):
        field = f"unavailable[{i}]"
        item = _object(value, field)
        room = _text(_required(item, "room", field), f"{field}.room")
        slot = _text(_required(item, "slot", field), f"{field}.slot")
        if room not in room_ids:
            raise _fail(f"{field}.room", f'unknown room "{room}"')
        if slot not in slot_ids:
            raise _fail(f"{field}.slot", f'unknown slot "{slot}"')
        unavailable.add((room, slot))

    pinned = _placements(top.get("pinned", []), "pinned", session_ids, room_ids, slot_ids)
    # The printed grid may name a room since closed, a slot since removed or a session since withdrawn:
    # that is history, not a mistake, and such a session simply counts as moved.
    previous = _placements(top.get("previous", []), "previous", session_ids, room_ids, slot_ids, strict=False)
    instance = Instance(rooms, slots, sessions, interests, frozenset(unavailable), pinned, previous)
    _check_pins(instance)
    return instance


def _check_pins(instance: Instance) -> None:
    """Pins that break a hard rule between themselves make an instance no grid can satisfy."""
    rooms = {r.id: r for r in instance.rooms}
    sessions = {s.id: s for s in instance.sessions}
    cells: set[tuple[str, str]] = set()
    hosts: set[tuple[str, str]] = set()
    for i, pin in enumerate(instance.pinned):
        field = f"pinned[{i}]"
        if (pin.room, pin.slot) in cells:
            raise _fail(field, f'room "{pin.room}" at slot "{pin.slot}" is pinned twice')
        cells.add((pin.room, pin.slot))
        if (pin.room, pin.slot) in instance.unavailable:
            raise _fail(field, f'room "{pin.room}" is unavailable at slot "{pin.slot}"')
        lacking = sorted(sessions[pin.session].needs - rooms[pin.room].features)
        if lacking:
            raise _fail(field, f'room "{pin.room}" lacks {", ".join(lacking)}, needed by "{pin.session}"')
        for host in sessions[pin.session].hosts:
            if (host, pin.slot) in hosts:
                raise _fail(field, f'host "{host}" is pinned into two sessions at slot "{pin.slot}"')
            hosts.add((host, pin.slot))


# --- Writing JSON -------------------------------------------------------------------------------------


def _placement_json(p: Placement) -> dict[str, str]:
    return {"session": p.session, "room": p.room, "slot": p.slot}


def grid_to_json(grid: Grid) -> dict[str, Any]:
    """The grid as ``spec/grid-solve.md`` prints it."""
    s = grid.score
    return {
        "placements": [_placement_json(p) for p in grid.placements],
        "unscheduled": list(grid.unscheduled),
        "score": {
            "total": s.total,
            "overflow": s.overflow,
            "missed": s.missed,
            "unscheduled": s.unscheduled,
            "moved": s.moved,
        },
        "seconds": round(grid.seconds, 3),
    }


def instance_to_json(instance: Instance) -> dict[str, Any]:
    """The instance as ``spec/grid-solve.md`` reads it; ``parse_instance`` reads it back unchanged."""
    sessions: list[dict[str, Any]] = []
    for s in instance.sessions:
        item: dict[str, Any] = {
            "id": s.id,
            "title": s.title,
            "hosts": list(s.hosts),
            "needs": sorted(s.needs),
        }
        if s.demand is not None:
            item["demand"] = s.demand
        sessions.append(item)
    return {
        "rooms": [
            {"id": r.id, "capacity": r.capacity, "features": sorted(r.features)} for r in instance.rooms
        ],
        "slots": [{"id": s.id, "start": s.start, "end": s.end} for s in instance.slots],
        "unavailable": [{"room": room, "slot": slot} for room, slot in sorted(instance.unavailable)],
        "sessions": sessions,
        "interests": {person: list(wanted) for person, wanted in instance.interests.items()},
        "pinned": [_placement_json(p) for p in instance.pinned],
        "previous": [_placement_json(p) for p in instance.previous],
    }
