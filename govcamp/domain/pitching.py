"""Pitches and the grid as plain values, and the rules about them that need no database.

Services build these values from the event file; the window, the command line and the solver read them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher

from govcamp.domain.enums import SlotKind, shown_feature, slot_kind_words
from govcamp.domain.errors import ValidationError
from govcamp.domain.schedule import clean_text, normalise_features
from govcamp.domain.values import RoomValue, SlotValue
from govcamp.domain.words import N_, _, ngettext

MAX_TITLE = 200
MAX_DESCRIPTION = 2000
MAX_HOSTS = 6
MAX_DEMAND = 100_000
#: Titles at least this alike (difflib's ratio over normalised words) are probably the same session.
SIMILAR_RATIO = 0.85

_STOPWORDS = frozenset(
    (
        "a",
        "an",
        "and",
        "the",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "how",
        "what",
        "why",
        "we",
        "our",
        "your",
        "is",
        "are",
        "can",
        "do",
        "does",
        "it",
        "its",
        "at",
        "by",
        "from",
        "about",
        "into",
        "or",
        "vs",
    )
)


@dataclass(frozen=True)
class HostValue:
    """A host of a session: a person the event knows (``person_id``) or just a name given at the pitch."""

    name: str
    person_id: int | None = None


@dataclass(frozen=True)
class PitchInput:
    """What a person types to pitch a session or change one."""

    title: str
    hosts: tuple[str, ...] = ()
    description: str = ""
    tags: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    demand: int | None = None


@dataclass(frozen=True)
class SessionValue:
    """A pitched session and where the working grid has it (room, slot and times ``None`` when unplaced)."""

    id: int
    title: str
    hosts: tuple[HostValue, ...] = ()
    description: str = ""
    demand: int | None = None
    interest: int = 0
    needs: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    withdrawn: bool = False
    pitch_order: int = 0
    room_id: int | None = None
    room_name: str | None = None
    slot_id: int | None = None
    start: datetime | None = None
    end: datetime | None = None
    pinned: bool = False
    #: The row version this value was read at: an edit carries it so a stale save is refused.
    version: int = 0

    @property
    def host_names(self) -> tuple[str, ...]:
        return tuple(h.name for h in self.hosts)

    @property
    def placed(self) -> bool:
        return self.room_id is not None and self.slot_id is not None

    @property
    def expected(self) -> int:
        """How many people are expected: hands counted at the pitch, else the people who starred it."""
        return self.demand if self.demand is not None else self.interest

    def as_input(self) -> PitchInput:
        return PitchInput(self.title, self.host_names, self.description, self.tags, self.needs, self.demand)


@dataclass(frozen=True)
class PlacementValue:
    """One session in one cell of the working grid."""

    session_id: int
    room_id: int
    slot_id: int
    pinned: bool = False


@dataclass(frozen=True)
class GridChange:
    """One step of grid editing: where the sessions it touched were before and are after.

    Undo puts ``before`` back for every session in ``sessions``; redo puts ``after``.
    """

    sessions: tuple[int, ...]
    before: tuple[PlacementValue, ...]
    after: tuple[PlacementValue, ...]

    @property
    def empty(self) -> bool:
        return set(self.before) == set(self.after)

    def reversed(self) -> GridChange:
        return GridChange(self.sessions, self.after, self.before)


@dataclass(frozen=True)
class Problem:
    """Something wrong with a placed session, said in one sentence."""

    session_id: int
    room_id: int
    slot_id: int
    kind: str
    message: str


@dataclass(frozen=True)
class GridState:
    """The whole working grid at one moment: rooms (columns), slots (rows) and every session."""

    rooms: tuple[RoomValue, ...]
    slots: tuple[SlotValue, ...]
    sessions: tuple[SessionValue, ...]

    def cell(self, room_id: int, slot_id: int) -> SessionValue | None:
        for session in self.sessions:
            if session.room_id == room_id and session.slot_id == slot_id:
                return session
        return None

    @property
    def placed(self) -> tuple[SessionValue, ...]:
        return tuple(s for s in self.sessions if s.placed)

    @property
    def unplaced(self) -> tuple[SessionValue, ...]:
        return tuple(s for s in self.sessions if not s.placed and not s.withdrawn)


@dataclass(frozen=True)
class GridVersionValue:
    """A published grid: its number, when, the message, what changed, and the placements then."""

    number: int
    published_at: datetime
    message: str
    changelog: tuple[str, ...]
    placements: int


# ----------------------------------------------------------------------------------------------- pitches


def _one_line_list(values: Iterable[str], field: str) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        text = clean_text(value, field, limit=MAX_TITLE)
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return tuple(seen.values())


def check_pitch(pitch: PitchInput) -> PitchInput:
    """Validate a pitch and return it tidied: trimmed text, distinct hosts and tags, needs as codes."""
    title = clean_text(pitch.title, N_("title"), required=True, limit=MAX_TITLE)
    hosts = _one_line_list(pitch.hosts, N_("host"))
    if not hosts:
        raise ValidationError("host", _("A session needs at least one host."))
    if len(hosts) > MAX_HOSTS:
        raise ValidationError(
            "host", _("A session can have at most {MAX_HOSTS} hosts.").format(MAX_HOSTS=MAX_HOSTS)
        )
    description = pitch.description.strip()
    if len(description) > MAX_DESCRIPTION:
        raise ValidationError(
            "description",
            _("The description is {n} characters; the most is {MAX_DESCRIPTION}.").format(
                n=len(description), MAX_DESCRIPTION=MAX_DESCRIPTION
            ),
        )
    if pitch.demand is not None and not 0 <= pitch.demand <= MAX_DEMAND:
        raise ValidationError(
            "demand", _("Hands counted must be between 0 and {MAX_DEMAND:,}.").format(MAX_DEMAND=MAX_DEMAND)
        )
    tags = tuple(t.lower() for t in _one_line_list(pitch.tags, N_("tag")))
    return PitchInput(title, hosts, description, tags, normalise_features(pitch.needs), pitch.demand)


def _words(title: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", title.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.findall(r"[^\W_]+", plain)


def _meaningful(title: str) -> tuple[frozenset[str], str]:
    words = _words(title)
    kept = [w for w in words if w not in _STOPWORDS] or words
    return frozenset(kept), " ".join(kept)


def _alike(a: tuple[frozenset[str], str], b: tuple[frozenset[str], str], floor: float) -> float:
    """The similarity of two prepared titles; with a ``floor``, stop as soon as the answer is clear."""
    (a_set, a_text), (b_set, b_text) = a, b
    if not a_text or not b_text:
        return 0.0
    overlap = len(a_set & b_set) / len(a_set | b_set) if min(len(a_set), len(b_set)) >= 2 else 0.0
    if floor > 0 and overlap >= floor:
        return overlap
    matcher = SequenceMatcher(None, a_text, b_text)
    if floor > 0 and (matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor):
        return overlap
    return max(overlap, matcher.ratio())


def title_similarity(first: str, second: str) -> float:
    """How alike two titles are, from 0 to 1, ignoring case, accents, punctuation and little words.

    The larger of difflib's ratio over the meaningful words and the share of those words in common (the
    latter only for titles of two words or more, so "Data" and "Data ethics" are not the same session).
    """
    return _alike(_meaningful(first), _meaningful(second), 0.0)


def near_duplicates(title: str, others: Sequence[SessionValue]) -> list[SessionValue]:
    """The sessions among ``others`` whose titles look like ``title``, most alike first."""
    key = _meaningful(title)
    scored = [(_alike(key, _meaningful(s.title), SIMILAR_RATIO), s) for s in others]
    return [s for score, s in sorted(scored, key=lambda p: -p[0]) if score >= SIMILAR_RATIO]


def near_duplicate_pairs(sessions: Sequence[SessionValue]) -> dict[int, SessionValue]:
    """For each session that looks like another in ``sessions``, the first such other."""
    keys = [_meaningful(s.title) for s in sessions]
    found: dict[int, SessionValue] = {}
    for i, first in enumerate(sessions):
        for j in range(i + 1, len(sessions)):
            if _alike(keys[i], keys[j], SIMILAR_RATIO) >= SIMILAR_RATIO:
                found.setdefault(first.id, sessions[j])
                found.setdefault(sessions[j].id, first)
    return found


# -------------------------------------------------------------------------------------------------- grid


#: Days of the week as a grid problem names them (Monday first, as ``date.weekday()`` counts).
WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def _when(slot: SlotValue, days: int) -> str:
    time = slot.start.strftime("%H:%M")
    return time if days <= 1 else f"{_(WEEKDAYS[slot.start.weekday()])} {time}"


def find_problems(
    rooms: Sequence[RoomValue], slots: Sequence[SlotValue], sessions: Sequence[SessionValue]
) -> list[Problem]:
    """Everything wrong with the working grid, in grid order.

    A host in two places at once, a need the room lacks, more people expected than the room holds, a room
    that is unavailable in that slot, a session in a break.
    """
    room_by_id = {r.id: r for r in rooms}
    slot_by_id = {s.id: s for s in slots}
    days = len({s.start.date() for s in slots})
    problems: list[Problem] = []
    by_slot: dict[int, list[SessionValue]] = {}
    for session in sessions:
        if session.placed:
            by_slot.setdefault(session.slot_id or 0, []).append(session)
    order = {r.id: i for i, r in enumerate(rooms)}
    for slot_id in sorted(by_slot, key=lambda i: (slot_by_id[i].start, i) if i in slot_by_id else (None, i)):
        slot = slot_by_id.get(slot_id)
        held = sorted(by_slot[slot_id], key=lambda s: order.get(s.room_id or 0, 0))
        for session in held:
            room = room_by_id.get(session.room_id or 0)
            if room is None or slot is None:
                continue

            def add(
                kind: str, message: str, s: SessionValue = session, r: RoomValue = room, t: int = slot_id
            ) -> None:
                problems.append(Problem(s.id, r.id, t, kind, message))

            when = _when(slot, days)
            if slot.kind is not SlotKind.SESSION:
                add(
                    "slot",
                    _("“{title}” is in {slot} at {when}, not a session slot.").format(
                        title=session.title, slot=slot.label or slot_kind_words(slot.kind), when=when
                    ),
                )
            if slot_id in room.unavailable_slot_ids:
                add(
                    "unavailable",
                    _("{room} is not available at {when}, but “{title}” is there.").format(
                        room=room.name, when=when, title=session.title
                    ),
                )
            missing = [shown_feature(n) for n in session.needs if n not in room.features]
            if missing:
                add(
                    "needs",
                    _("“{title}” needs {needs}, which {room} lacks.").format(
                        title=session.title, needs=", ".join(missing).lower(), room=room.name
                    ),
                )
            over = session.expected - room.capacity
            if over > 0:
                add(
                    "capacity",
                    _("“{title}” expects {expected} people; {room} holds {capacity} ({over} over).").format(
                        title=session.title,
                        expected=session.expected,
                        room=room.name,
                        capacity=room.capacity,
                        over=over,
                    ),
                )
            for host in session.hosts:
                key = host.person_id if host.person_id is not None else host.name.casefold()
                for other in held:
                    if other.id == session.id:
                        continue
                    if any(
                        (h.person_id if h.person_id is not None else h.name.casefold()) == key
                        for h in other.hosts
                    ):
                        add(
                            "host",
                            _("{host} hosts “{title}” and “{other}” at {when}.").format(
                                host=host.name, title=session.title, other=other.title, when=when
                            ),
                        )
    return problems


def left_out_reason(
    session: SessionValue,
    rooms: Sequence[RoomValue],
    slots: Sequence[SlotValue],
    sessions: Sequence[SessionValue],
) -> str:
    """Why a session is not on the grid, in words: a need no room has, no free cell, or neither."""
    missing = [n for n in session.needs if not any(n in r.features for r in rooms)]
    if missing:
        return _("needs {needs}, which no room has").format(
            needs=", ".join(shown_feature(n) for n in missing).lower()
        )
    suitable = [r for r in rooms if all(n in r.features for n in session.needs)]
    taken = {(s.room_id, s.slot_id) for s in sessions if s.placed}
    free = [
        (r.id, t.id)
        for r in suitable
        for t in slots
        if t.kind is SlotKind.SESSION and t.id not in r.unavailable_slot_ids and (r.id, t.id) not in taken
    ]
    if not free:
        if session.needs:
            rooms_text = ", ".join(shown_feature(n) for n in session.needs).lower()
            return _("no free cell: every room with {needs} is taken in every session slot").format(
                needs=rooms_text
            )
        return _("no free cell: every room is taken in every session slot")
    return _("not on the grid yet: drag it to a free cell or use Suggest grid")


def left_out_problems(
    rooms: Sequence[RoomValue], slots: Sequence[SlotValue], sessions: Sequence[SessionValue]
) -> list[Problem]:
    """One problem per session that is neither on the grid nor withdrawn, saying why it is not placed.

    Its ``room_id`` and ``slot_id`` are 0: it is in no cell.
    """
    problems: list[Problem] = []
    for session in sessions:
        if session.placed or session.withdrawn:
            continue
        reason = left_out_reason(session, rooms, slots, sessions)
        problems.append(
            Problem(
                session.id,
                0,
                0,
                "left_out",
                ngettext(
                    "“{title}” is left out ({n:,} person): {reason}.",
                    "“{title}” is left out ({n:,} people): {reason}.",
                    session.expected,
                ).format(title=session.title, n=session.expected, reason=reason),
            )
        )
    return problems


def snapshot_entry(session: SessionValue, room: RoomValue, slot: SlotValue) -> dict[str, object]:
    """How a published grid records one placement (ids for machines, names for people)."""
    return {
        "session": session.id,
        "room": room.id,
        "slot": slot.id,
        "title": session.title,
        "room_name": room.name,
        "start": slot.start.isoformat(),
        "end": slot.end.isoformat(),
    }


def changelog(
    number: int,
    before: Sequence[Mapping[str, object]] | None,
    after: Sequence[Mapping[str, object]],
    *,
    titles: Mapping[int, str],
    withdrawn: Iterable[int],
    rooms: Mapping[int, str],
    slots: Mapping[int, SlotValue],
) -> list[str]:
    """What changed between two published grids, one line per session, e.g.

    ``v3: 'Open data in planning' moved from Room 2 11:00 to Hall 14:00``.
    """
    if before is None:
        return [f"v{number}: first grid, {len(after)} sessions"]
    days = len({s.start.date() for s in slots.values()})

    def where(entry: Mapping[str, object]) -> str:
        room_id, slot_id = int(str(entry["room"])), int(str(entry["slot"]))
        room = rooms.get(room_id) or str(entry.get("room_name") or f"room {room_id}")
        slot = slots.get(slot_id)
        if slot is not None:
            when = slot.start.strftime("%H:%M" if days <= 1 else "%a %H:%M")  # kept, so English
        else:
            start = entry.get("start")
            when = str(start)[11:16] if isinstance(start, str) and len(start) >= 16 else f"slot {slot_id}"
        return f"{room} {when}"

    def title(session_id: int, entry: Mapping[str, object] | None) -> str:
        name = titles.get(session_id) or (str(entry.get("title")) if entry and entry.get("title") else "")
        return name or f"session {session_id}"

    old = {int(str(e["session"])): e for e in before}
    new = {int(str(e["session"])): e for e in after}
    gone_for_good = set(withdrawn)
    lines: list[str] = []
    for session_id in sorted(
        set(old) | set(new), key=lambda i: title(i, old.get(i) or new.get(i)).casefold()
    ):
        was, now = old.get(session_id), new.get(session_id)
        name = title(session_id, was or now)
        if was is not None and now is not None:
            if (was["room"], was["slot"]) != (now["room"], now["slot"]):
                lines.append(f"v{number}: '{name}' moved from {where(was)} to {where(now)}")
            elif name != title(session_id, was) and was.get("title"):
                lines.append(f"v{number}: '{was['title']}' is now called '{name}'")
        elif now is not None:
            lines.append(f"v{number}: '{name}' added in {where(now)}")
        elif was is not None:
            verb = "withdrawn" if session_id in gone_for_good else "taken off the grid"
            lines.append(f"v{number}: '{name}' {verb} (was {where(was)})")
    return lines
