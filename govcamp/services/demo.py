"""A realistic demo event, for trying govcamp out, for screenshots and for testing against real-looking data.

The story: LocalGovCamp 2027, Saturday 19 June 2027 at the Council House in Birmingham. Applications opened
in April; the lottery was drawn on 12 May and the waiting list has been working ever since. It is now
about half past one on the day: most people have checked in, the desk has marked the morning's no-shows and
offered their places to the waiting list (replies by 14:00), 45 sessions were pitched, the grid was
printed at 10:15, a session has since been withdrawn and two or three late pitches wait for a place. The
three morning sessions are over and most of them have notes.

Everything comes from ``random.Random(seed)`` and the event's date, never from the clock, so the same seed
and size give the same file, byte for byte.
"""

from __future__ import annotations

import heapq
import math
import os
import random
import re
import sqlite3
import unicodedata
from bisect import bisect
from collections import deque
from collections.abc import Callable, Generator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import insert, update
from sqlmodel import Session, select

from govcamp.domain import lottery
from govcamp.domain.applicants import lottery_applicant
from govcamp.domain.checkin_codes import new_checkin_codes
from govcamp.domain.enums import OrganisationType, Role, SlotKind, TicketState
from govcamp.domain.errors import GovcampError
from govcamp.domain.values import EventDetails
from govcamp.domain.words import N_, _
from govcamp.services import demo_data as data
from govcamp.services import stars
from govcamp.services.event import new_event
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import (
    AuditEntry,
    Event,
    GridVersion,
    Interest,
    LotteryRun,
    Note,
    Person,
    PhoneRevocation,
    Placement,
    Room,
    RoomUnavailable,
    SessionHost,
    Slot,
    Ticket,
)
from govcamp.store.tables import Session as SessionRow

MIN_APPLICANTS = 20
MAX_APPLICANTS = 20_000
SESSION_COUNT = 45
EVENT_DAY = date(2027, 6, 19)
RETENTION_UNTIL = date(2027, 9, 19)  # three months after the day
ZONE = ZoneInfo("Europe/London")

_T = TypeVar("_T")
_PEOPLE_CHUNK = 1000
_FIXED_STEPS = 8
_LINK = re.compile(r"\{link:([^|}]+)\|([^}]+)\}")
_ASCII_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ı": "i"}
)


def demo_steps(
    path: Path, *, seed: int = 2027, applicants: int = 600, overwrite: bool = False
) -> Generator[tuple[int, int, str], None, None]:
    """Write the demo event to ``path``, yielding ``(done, total, message)`` as it goes.

    The arguments are checked at once, before the first step; the file is built beside ``path`` and moved
    into place only when complete, so stopping the iteration early (a cancelled progress dialog) leaves no
    half-made event and does not touch a file that was to be overwritten. The database is closed at the end.

    Args:
        path: where the event file goes.
        seed: chooses the people, sessions and grid; the same seed gives the same file.
        applicants: how many people applied, from 20 to 20,000.
        overwrite: replace ``path`` if it exists.

    Raises:
        GovcampError: a bad argument, a missing folder, or ``path`` exists and ``overwrite`` is false.
    """
    target = _check_arguments(Path(path), seed, applicants, overwrite)
    return _write(target, seed, applicants)


def write_demo(path: Path, *, seed: int = 2027, applicants: int = 600, overwrite: bool = False) -> None:
    """Write the demo event to ``path`` in one go (see :func:`demo_steps`)."""
    for _step in demo_steps(path, seed=seed, applicants=applicants, overwrite=overwrite):
        pass


def _check_arguments(path: Path, seed: object, applicants: object, overwrite: bool) -> Path:
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise GovcampError(_("The demo seed must be a whole number, not {seed}.").format(seed=repr(seed)))
    if isinstance(applicants, bool) or not isinstance(applicants, int):
        raise GovcampError(
            _("The number of applicants must be a whole number, not {number}.").format(
                number=repr(applicants)
            )
        )
    if not MIN_APPLICANTS <= applicants <= MAX_APPLICANTS:
        raise GovcampError(
            _("A demo event needs between {least} and {most} applicants (got {number}).").format(
                least=MIN_APPLICANTS, most=f"{MAX_APPLICANTS:,}", number=f"{applicants:,}"
            )
        )
    if path.is_dir():
        raise GovcampError(_("{path} is a folder; give a file name such as demo.govcamp.").format(path=path))
    if not path.parent.is_dir():
        raise GovcampError(_("The folder {folder} does not exist.").format(folder=path.parent))
    if path.exists() and not overwrite:
        raise GovcampError(
            _("{path} already exists; choose another name or allow overwriting.").format(path=path)
        )
    if path.is_symlink():
        raise GovcampError(_("{path} is a symbolic link; give the real file's name.").format(path=path))
    if path.exists() and not _is_demo(path):
        # Files are sacred: --force replaces an earlier demo, never a real event someone has worked on.
        raise GovcampError(
            _("{path} is an event that is not the demo; the demo never replaces it.").format(path=path)
        )
    return path


def _is_demo(path: Path) -> bool:
    """Whether ``path`` is a file the demo may replace: not an event, or an earlier demo event."""
    from govcamp.exports.outputs import is_event_file

    if not is_event_file(path):
        return True
    try:
        connection = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT name, venue FROM event").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return row is not None and tuple(row) == (data.EVENT_NAME, data.VENUE)


def _write(target: Path, seed: int, applicants: int) -> Generator[tuple[int, int, str], None, None]:
    partial = target.with_name(f".{target.name}.demo-partial")
    chunks = math.ceil(applicants / _PEOPLE_CHUNK)
    total = _FIXED_STEPS + chunks
    done = 0
    db: EventDB | None = None
    finished = False
    try:
        yield done, total, _("Creating the event file…")
        _remove_files(partial)
        db = new_event(partial, _details(), overwrite=True)
        demo = _Demo(random.Random(seed), applicants)
        done += 1

        yield done, total, _("Adding rooms and the day's timetable…")
        with db.session() as session:
            demo.write_venue(session)
            # Personal data is kept for three months after the day, then purged (the window reminds).
            session.exec(select(Event)).one().retention_until = RETENTION_UNTIL
        done += 1

        for chunk in range(chunks):
            first = chunk * _PEOPLE_CHUNK
            last = min(applicants, first + _PEOPLE_CHUNK)
            yield (
                done,
                total,
                _("Adding applicants {first}–{last} of {total}…").format(
                    first=f"{first + 1:,}", last=f"{last:,}", total=f"{applicants:,}"
                ),
            )
            with db.session() as session:
                demo.write_people(session, first, last)
            done += 1

        steps: tuple[tuple[str, Callable[[Session], None]], ...] = (
            (N_("Drawing the lottery and working the waiting list…"), demo.write_tickets),
            (N_("Pitching sessions…"), demo.write_sessions),
            (N_("Building and publishing the grid…"), demo.write_grid),
            (N_("Writing the morning's session notes…"), demo.write_notes),
            (N_("Starring sessions and writing the audit log…"), demo.write_interest_and_audit),
        )
        for message, step in steps:
            yield done, total, _(message)
            with db.session() as session:
                step(session)
            done += 1

        yield done, total, _("Tidying the file…")
        # VACUUM rewrites every page from the rows alone, so no stale bytes from the creation step differ
        # between runs: the same seed then gives a byte-identical file.
        with db.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM")
        db.close()
        db = None
        _remove_files(target, main=False)
        os.replace(partial, target)
        finished = True
        done += 1
        yield done, total, _("Wrote the demo event to {name}.").format(name=target.name)
    finally:
        if db is not None:
            db.close()
        if not finished:
            _remove_files(partial)


def _remove_files(path: Path, *, main: bool = True) -> None:
    """Remove a database and its journals; ``main=False`` leaves the database itself."""
    for suffix in ("", "-wal", "-shm", "-journal") if main else ("-wal", "-shm", "-journal"):
        with suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _details() -> EventDetails:
    return EventDetails(
        name=data.EVENT_NAME,
        start_date=EVENT_DAY,
        end_date=EVENT_DAY,
        venue=data.VENUE,
        timezone=ZONE.key,
        description=data.EVENT_DESCRIPTION,
        qr_contact_cards=True,
        # Where the notes archive will be published: calendars and schedule apps link each session's notes.
        archive_url="https://localgovcamp.example/2027/notes/",
        # The organisers' address, the ORGANIZER in every calendar (a reserved domain: it reaches nobody).
        contact_email="organisers@localgovcamp.example",
    )


def _at(day: date, hhmm: str, *, plus: timedelta = timedelta()) -> datetime:
    """A local time on ``day`` in the event's zone."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=ZONE) + plus


def _on_day(hhmm: str) -> datetime:
    return _at(EVENT_DAY, hhmm)


def _before(days: int, hhmm: str) -> datetime:
    return _at(EVENT_DAY - timedelta(days=days), hhmm)


def _ascii(text: str) -> str:
    """Latin text without accents (Siân → Sian, Łukasz → Lukasz), for e-mail addresses."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_FOLD))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def _slug(text: str) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", _ascii(text.replace("&", " and ")).lower())
    return words.strip("-")


def _local_part(text: str) -> str:
    return re.sub(r"[^a-z0-9.\-]", "", _ascii(text).lower().replace(" ", ""))


def _non_latin(text: str) -> bool:
    """True when a name is written in a script other than Latin (emoji and punctuation do not count)."""
    return any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in text)


class _Weighted(Generic[_T]):
    """Weighted choice with the cumulative weights worked out once, for speed over thousands of draws."""

    def __init__(self, items: Sequence[_T], weights: Sequence[float]) -> None:
        self.items = items
        self.cumulative = list(accumulate(weights))

    def pick(self, rng: random.Random) -> _T:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


def _chance(rng: random.Random, probability: float) -> bool:
    return rng.random() < probability


def _moment(rng: random.Random, start: datetime, end: datetime) -> datetime:
    """A time between ``start`` and ``end``, to the minute."""
    minutes = max(0, int((end - start).total_seconds() // 60))
    return start + timedelta(minutes=rng.randint(0, minutes))


def _weighted_sample(rng: random.Random, items: Sequence[_T], weights: Sequence[float], k: int) -> list[_T]:
    """``k`` distinct items, each more likely the heavier it is (Efraimidis and Spirakis' keys)."""
    keyed = sorted(
        ((rng.random() ** (1.0 / w), index) for index, w in enumerate(weights)),
        reverse=True,
    )
    return [items[index] for _, index in keyed[:k]]


@dataclass
class _Person:
    id: int
    full_name: str
    badge_name: str
    pronouns: str
    email: str
    organisation: str
    organisation_type: str
    first_timer: bool
    role: str
    access_needs: str
    dietary_needs: str
    consent_contact_in_qr: bool
    consent_named_in_notes: bool
    checkin_code: str
    group_key: str | None
    created_at: datetime
    updated_at: datetime
    preferred_language: str = ""

    def row(self) -> dict[str, Any]:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["email_normalised"] = self.email.strip().lower()
        return values


def _preferred_language(organisation: str, full_name: str, index: int) -> str:
    """Welsh for about half the people from Welsh organisations, and for Siân; English for a few others who
    said so. Worked out from the person, not the random source, so the rest of the demo is unchanged."""
    if full_name.startswith("Siân Llewelyn") or (organisation in data.WELSH_ORGANISATIONS and index % 2 == 0):
        return "cy"
    if organisation in data.WELSH_ORGANISATIONS or index % 7 == 0:
        return "en"
    return ""


@dataclass
class _Ticket:
    person_id: int
    state: str
    updated_at: datetime
    waitlist_position: int | None = None
    offer_deadline: datetime | None = None
    checked_in_at: datetime | None = None
    lottery_run_id: int | None = None
    checkin_desk: str | None = None
    door_queued_at: datetime | None = None

    def row(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class _Pitch:
    id: int
    pitch: data.Pitch
    demand: int
    needs: list[str]
    hosts: list[_Person]
    created_at: datetime
    late: bool = False
    withdrawn: bool = False
    updated_at: datetime | None = None
    host_names: list[str] = field(default_factory=list)


@dataclass
class _Name:
    full: str
    badge: str
    email_given: str
    email_family: str
    gender: str


class _Grid:
    """The working grid while it is built: who is in which cell, and which hosts are busy when.

    Pitches are placed roughly the way hosts do it on the day: sessions with hard-to-meet needs first (a
    hearing loop, the quiet room), then the most wanted. Each takes the smallest room that holds the hands
    counted, so the big rooms stay free for the big sessions, and an unused scarce feature counts as wasted
    seats, so the quiet room and the hearing loops are kept for those who need them. A session left over
    takes a cell by moving one placed session to a free cell. No cell holds two sessions and no host is in
    two places at once.
    """

    #: An unused feature that only one room has costs as much as this many empty seats.
    WASTE_SEATS = 40

    def __init__(
        self, rooms: dict[int, data.RoomSpec], slots: list[int], unavailable: tuple[int, int]
    ) -> None:
        self.rooms = rooms
        self.slots = slots
        self.owner: dict[tuple[int, int], int] = {unavailable: 0}  # cell -> session id; 0 marks unavailable
        self.busy: dict[int, set[int]] = {slot_id: set() for slot_id in slots}
        self.where: dict[int, tuple[int, int]] = {}  # session id -> (room id, slot id)
        self.by_id: dict[int, _Pitch] = {}
        self.holding: dict[str, int] = {}
        for spec in rooms.values():
            for feature in spec.features:
                self.holding[feature] = self.holding.get(feature, 0) + 1

    def place_all(self, pitches: list[_Pitch], rng: random.Random) -> None:
        self.by_id = {p.id: p for p in pitches}
        left: list[_Pitch] = []
        for pitch in sorted(pitches, key=lambda p: (self._cells_for(p), -p.demand, p.id)):
            for room_id in self._ranked(pitch):
                free = self._free_slots(pitch, room_id)
                if free:
                    self._put(pitch, room_id, rng.choice(free))
                    break
            else:
                left.append(pitch)
        for pitch in left:
            self._make_room(pitch)

    def _suitable(self, pitch: _Pitch) -> list[int]:
        return [r for r, spec in self.rooms.items() if set(pitch.needs) <= set(spec.features)]

    def _cells_for(self, pitch: _Pitch) -> int:
        """How many cells could ever take the pitch: the fewer, the sooner it must be placed."""
        return sum(1 for r in self._suitable(pitch) for s in self.slots if self.owner.get((r, s)) != 0)

    def _ranked(self, pitch: _Pitch) -> list[int]:
        """The rooms that meet the pitch's needs, best first."""

        def preference(room_id: int) -> tuple[int, float, int]:
            spec = self.rooms[room_id]
            if spec.capacity < pitch.demand:
                return (1, -spec.capacity, room_id)  # too small: the bigger the better
            waste = sum(1 / self.holding[f] for f in spec.features if f not in pitch.needs)
            return (0, round(spec.capacity + self.WASTE_SEATS * waste, 3), room_id)

        return sorted(self._suitable(pitch), key=preference)

    @staticmethod
    def _hosts(pitch: _Pitch) -> set[int]:
        return {h.id for h in pitch.hosts}

    def _free_slots(self, pitch: _Pitch, room_id: int) -> list[int]:
        hosts = self._hosts(pitch)
        return [s for s in self.slots if (room_id, s) not in self.owner and not hosts & self.busy[s]]

    def _put(self, pitch: _Pitch, room_id: int, slot_id: int) -> None:
        self.owner[room_id, slot_id] = pitch.id
        self.busy[slot_id] |= self._hosts(pitch)
        self.where[pitch.id] = (room_id, slot_id)

    def _lift(self, pitch: _Pitch) -> None:
        room_id, slot_id = self.where.pop(pitch.id)
        del self.owner[room_id, slot_id]
        self.busy[slot_id] -= self._hosts(pitch)

    def _make_room(self, pitch: _Pitch) -> None:
        """Give ``pitch`` a cell by moving the session in it to a free cell; leave it unplaced if none."""
        mine = self._hosts(pitch)
        for room_id in self._ranked(pitch):
            for slot_id in self.slots:
                other = self.by_id.get(self.owner.get((room_id, slot_id), 0))
                if other is None:
                    continue
                self._lift(other)
                if not mine & self.busy[slot_id]:
                    for new_room in self._ranked(other):
                        # Not back into the cell it left, and not beside the newcomer if they share a host.
                        free = [
                            s
                            for s in self._free_slots(other, new_room)
                            if (new_room, s) != (room_id, slot_id)
                            and not (s == slot_id and mine & self._hosts(other))
                        ]
                        if free:
                            self._put(other, new_room, free[0])
                            self._put(pitch, room_id, slot_id)
                            return
                self._put(other, room_id, slot_id)


class _Demo:
    """Builds the event step by step; each ``write_*`` method fills tables through one database session."""

    LOTTERY_RUN_ID = 1

    def __init__(self, rng: random.Random, applicants: int) -> None:
        self.rng = rng
        self.applicants = applicants
        self.people: list[_Person] = []
        self.tickets: dict[int, _Ticket] = {}
        self.emails: set[str] = set()
        self.codes: set[str] = set()
        self.cultures: _Weighted[data.Culture] = _Weighted(data.CULTURES, [c.weight for c in data.CULTURES])
        self.kinds: _Weighted[str] = _Weighted(
            [k for k, _ in data.ORGANISATION_MIX], [w for _, w in data.ORGANISATION_MIX]
        )
        self.organisations: dict[str, _Weighted[data.Organisation]] = {}
        for kind, _weight in data.ORGANISATION_MIX:
            members = [o for o in data.ORGANISATIONS if o.kind == kind]
            self.organisations[kind] = _Weighted(members, [o.weight for o in members])
        self.pronouns = {
            gender: _Weighted([p for p, _ in options], [w for _, w in options])
            for gender, options in data.PRONOUNS_BY_GENDER.items()
        }
        self._plan_people()
        self.rooms: list[tuple[int, data.RoomSpec]] = []
        self.slots: list[tuple[int, data.SlotSpec]] = []
        self.session_slots: list[tuple[int, data.SlotSpec]] = []
        self.unavailable: tuple[int, int] = (0, 0)
        self.pitches: list[_Pitch] = []
        self.placements: dict[int, tuple[int, int]] = {}  # session id -> (room id, slot id)
        self.pinned: set[int] = set()
        self.snapshot: list[dict[str, int]] = []
        self.organiser = ""
        self.lottery: dict[str, Any] = {}
        self.day_offers = 0
        self.withdrawn_after: int | None = None

    # ------------------------------------------------------------------------------------------- plan

    def _plan_people(self) -> None:
        """Decide who is staff, where the showcase people go and which applicants come as a pair."""
        rng = self.rng
        n = self.applicants
        staff = min(25, max(4, n // 24))
        organisers = max(1, round(staff * 0.24))
        sponsors = max(1, round(staff * 0.16))
        self.roles = (
            [Role.ORGANISER.value] * organisers
            + [Role.SPONSOR.value] * sponsors
            + [Role.VOLUNTEER.value] * (staff - organisers - sponsors)
        )
        # The showcase people land anywhere: the same person may be an organiser under one seed and on
        # the waiting list under another.
        showcase_at = rng.sample(range(n), min(n, len(data.SHOWCASE)))
        self.showcase: dict[int, data.Showcase] = dict(zip(showcase_at, data.SHOWCASE, strict=False))
        # Applicants who need a personal assistant apply with them; the pair shares one lottery entry.
        self.pairs: dict[int, str] = {}  # index of the first of the pair -> group key
        wanted = max(1, n // 200)
        for _attempt in range(wanted * 4):
            if len(self.pairs) == wanted:
                break
            first = rng.randrange(staff, n - 1)
            taken = {first - 1, first, first + 1}
            if taken & self.pairs.keys() or first in self.showcase or first + 1 in self.showcase:
                continue
            self.pairs[first] = f"pair-{len(self.pairs) + 1}"
        self.assistants = {first + 1: key for first, key in self.pairs.items()}
        # Applications arrive in a rush when the form opens, then tail off; ids follow arrival.
        opened = _at(date(2027, 4, 6), "09:00")
        window = (_at(date(2027, 5, 9), "23:59") - opened).total_seconds()
        self.applied_at = sorted(
            opened + timedelta(seconds=int(window * rng.random() ** 2.2)) for _ in range(n - staff)
        )
        self.staff = staff

    # ---------------------------------------------------------------------------------------- venue

    def write_venue(self, session: Session) -> None:
        connection = session.connection()
        connection.execute(
            update(Event).values(created_at=_at(date(2027, 3, 1), "10:00"), updated_at=_before(1, "16:30"))
        )
        rooms = []
        for index, spec in enumerate(data.ROOMS):
            self.rooms.append((index + 1, spec))
            rooms.append(
                {
                    "id": index + 1,
                    "name": spec.name,
                    "capacity": spec.capacity,
                    "features": list(spec.features),
                    "position": index,
                    "updated_at": _before(1, "16:30"),
                    "changed_by": "Grid laptop",
                }
            )
        connection.execute(insert(Room), rooms)
        slots = []
        for index, slot in enumerate(data.TIMETABLE):
            self.slots.append((index + 1, slot))
            slots.append(
                {
                    "id": index + 1,
                    "start_at": _on_day(slot.start),
                    "end_at": _on_day(slot.end),
                    "kind": SlotKind(slot.kind).value,
                    "label": slot.label,
                }
            )
        connection.execute(insert(Slot), slots)
        self.session_slots = [(i, s) for i, s in self.slots if s.kind == SlotKind.SESSION.value]
        room_id = next(i for i, spec in self.rooms if spec.name == data.UNAVAILABLE_ROOM)
        slot_id = self.session_slots[data.UNAVAILABLE_SESSION_SLOT - 1][0]
        self.unavailable = (room_id, slot_id)
        connection.execute(insert(RoomUnavailable), [{"room_id": room_id, "slot_id": slot_id}])

    # --------------------------------------------------------------------------------------- people

    def write_people(self, session: Session, first: int, last: int) -> None:
        made = [self._person(index) for index in range(first, last)]
        self.people.extend(made)
        session.connection().execute(insert(Person), [p.row() for p in made])

    def _person(self, index: int) -> _Person:
        rng = self.rng
        role = self.roles[index] if index < self.staff else Role.ATTENDEE.value
        showcase = self.showcase.get(index)
        if showcase is not None:
            name = _Name(showcase.full_name, showcase.badge_name, showcase.email_local, "", showcase.gender)
            pronouns = showcase.pronouns
        else:
            name = self._name(self.cultures.pick(rng))
            pronouns = self.pronouns[name.gender].pick(rng) if _chance(rng, 0.6) else ""
        organisation, kind = self._organisation(role, index)
        badge = name.badge
        if kind == OrganisationType.ACADEMIC.value and showcase is None and _chance(rng, 0.3):
            badge = f"Dr {name.full}"
        elif kind == OrganisationType.LOCAL_GOVERNMENT.value and showcase is None and _chance(rng, 0.02):
            badge = f"Cllr {name.full}"  # councillors come too, and like to be known as such
        if index < self.staff:
            created = _at(date(2027, 3, 8), "09:00", plus=timedelta(minutes=17 * index))
            first_timer = role == Role.VOLUNTEER.value and _chance(rng, 0.15)
        else:
            created = self.applied_at[index - self.staff]
            first_timer = _chance(rng, 0.35)
        access = ""
        if index in self.pairs:
            access = rng.choice(
                (
                    "Wheelchair user; step-free access please",
                    "BSL interpreter",
                    "Guide dog will be with me",
                )
            )
        elif index not in self.assistants and _chance(rng, 0.06):
            access = rng.choice(data.ACCESS_NEEDS)
        updated = created
        if _chance(rng, 0.08):
            updated = min(
                created + timedelta(days=rng.randint(1, 30), minutes=rng.randint(0, 600)), _before(2, "18:00")
            )
        return _Person(
            id=index + 1,
            full_name=name.full,
            badge_name=badge,
            pronouns=pronouns,
            email=self._email(name, organisation, kind, showcase is not None),
            organisation=organisation,
            organisation_type=kind,
            first_timer=first_timer,
            role=role,
            access_needs=access,
            dietary_needs=rng.choice(data.DIETARY_NEEDS) if _chance(rng, 0.2) else "",
            consent_contact_in_qr=_chance(rng, 0.4),
            consent_named_in_notes=_chance(rng, 0.8),
            checkin_code=self._code(),
            group_key=self.pairs.get(index) or self.assistants.get(index),
            created_at=created,
            updated_at=updated,
            preferred_language=_preferred_language(organisation, name.full, index),
        )

    def _name(self, culture: data.Culture) -> _Name:
        rng = self.rng
        given = rng.choice(culture.given)
        family = rng.choice(culture.family)
        gender = given.gender
        feminine = bool(family.feminine) and (gender == "f" or (gender == "x" and _chance(rng, 0.5)))
        if family.feminine and gender == "x":
            gender = "f" if feminine else "m"
        surname = family.feminine if feminine else family.name
        surname_latin = (family.latin_feminine if feminine else family.latin) or surname
        if culture.key == "english" and _chance(rng, 0.06):
            other = rng.choice(culture.family).name
            if other != surname and not re.search(r"[-']", other + surname):
                surname = surname_latin = f"{surname}-{other}"
        if culture.layout == "joined":
            full = f"{surname}{given.name}"
        elif culture.layout == "family_first":
            full = f"{surname} {given.name}"
        else:
            full = f"{given.name} {surname}"
        latin_given = given.latin or given.name
        if culture.layout == "family_first":
            latin_given = given.name.split()[-1]
        roll = rng.random()
        if culture.latin_script:
            if culture.layout == "family_first":
                badge = latin_given if roll < 0.75 else full
            elif given.short and roll < 0.15:
                badge = given.short
            else:
                badge = given.name if roll < 0.8 else full
        elif culture.layout == "joined" and roll < 0.45:
            badge = full
        elif culture.layout == "joined":
            badge = latin_given if roll < 0.85 else f"{latin_given} {surname_latin}"
        elif roll < 0.4:
            badge = given.name
        elif roll < 0.75:
            badge = given.short if given.short and _chance(rng, 0.5) else latin_given
        else:
            badge = full
        return _Name(full, badge, latin_given, surname_latin, gender)

    def _organisation(self, role: str, index: int) -> tuple[str, str]:
        rng = self.rng
        if index in self.assistants:
            return "", OrganisationType.OTHER.value  # a personal assistant comes for the person, not a job
        if role == Role.SPONSOR.value:
            kind = OrganisationType.SUPPLIER.value
        elif role == Role.ORGANISER.value:
            kind = (
                OrganisationType.LOCAL_GOVERNMENT
                if _chance(rng, 0.8)
                else OrganisationType.CENTRAL_GOVERNMENT
            ).value
        else:
            kind = self.kinds.pick(rng)
        organisation = self.organisations[kind].pick(rng)
        return organisation.name, OrganisationType(kind).value

    def _email(self, name: _Name, organisation: str, kind: str, showcase: bool) -> str:
        rng = self.rng
        given, family = _local_part(name.email_given), _local_part(name.email_family)
        if showcase or not family:
            local = given
        else:
            roll = rng.random()
            if roll < 0.7:
                local = f"{given}.{family}"
            elif roll < 0.9:
                local = f"{given[:1]}{family}"
            else:
                local = f"{given}{family}"
        local = local.strip(".-") or "someone"
        personal = not organisation or kind == OrganisationType.OTHER.value or _chance(rng, 0.15)
        domain = rng.choice(data.PERSONAL_DOMAINS) if personal else f"{_slug(organisation)}.example"
        candidate, number = local, 1
        while f"{candidate}@{domain}" in self.emails:
            number += 1
            candidate = f"{local}{number}"
        self.emails.add(f"{candidate}@{domain}")
        email = f"{candidate}@{domain}"
        if _chance(rng, 0.12):
            # People type their address as they like; the normalised column is what must be unique.
            email = ".".join(part.capitalize() for part in candidate.split(".")) + f"@{domain}"
        return email

    def _code(self) -> str:
        # Ten characters, as the demo always drew (so its random sequence, and every later choice, is kept).
        (code,) = new_checkin_codes(1, self.codes, rng=self.rng, length=data.CHECKIN_LENGTH)
        self.codes.add(code)
        return code

    # -------------------------------------------------------------------------------------- tickets

    def write_tickets(self, session: Session) -> None:
        rng = self.rng
        public = self.people[self.staff :]
        units: list[list[_Person]] = []
        position = 0
        while position < len(public):
            index = position + self.staff
            if index in self.pairs:
                units.append(public[position : position + 2])
                position += 2
            else:
                units.append([public[position]])
                position += 1
        places = min(175, max(4, round(len(public) * 0.3)))
        # A real draw through the lottery (govcamp.domain.lottery), so `govcamp lottery verify` replays it.
        rules = lottery.Rules(
            places=places + self.staff,
            cap_per_organisation=6,
            min_shares=(lottery.MinShare("organisation_type", OrganisationType.LOCAL_GOVERNMENT.value, 0.5),),
        )
        applicants = [
            lottery_applicant(
                checkin_code=p.checkin_code,
                role=p.role,
                organisation=p.organisation,
                organisation_type=p.organisation_type,
                first_timer=p.first_timer,
                group_key=p.group_key,
            )
            for p in self.people
        ]
        seed = f"{rng.getrandbits(64):016x}"
        result = lottery.draw(applicants, rules, seed)
        person_of = {a.id: p for a, p in zip(applicants, self.people, strict=True)}
        unit_of = {person.id: unit for unit in units for person in unit}

        def in_order(tokens: Sequence[str]) -> list[list[_Person]]:
            seen: list[list[_Person]] = []
            for token in tokens:
                unit = unit_of[person_of[token].id]
                if not seen or seen[-1] is not unit:
                    seen.append(unit)
            return seen

        drawn = in_order(result.drawn)
        waiting: deque[list[_Person]] = deque(in_order(result.waitlist))
        committed, drawn_at = _at(date(2027, 5, 10), "12:00"), _at(date(2027, 5, 12), "12:00")
        self._write_lottery(session, rules, applicants, result, seed, committed, drawn_at)

        def settle(unit: list[_Person], state: TicketState, when: datetime, **extra: Any) -> None:
            for person in unit:
                self.tickets[person.id] = _Ticket(
                    person.id, state.value, when, lottery_run_id=self.LOTTERY_RUN_ID, **extra
                )

        holders: list[list[_Person]] = []
        released: list[tuple[datetime, int, int]] = []  # (when, order, seats): a heap of places given back
        counter = 0
        for unit in drawn:
            if _chance(rng, 0.07):
                when = drawn_at + timedelta(hours=rng.randint(2, 140))
                settle(unit, TicketState.DECLINED, when)
                counter += 1
                heapq.heappush(released, (when, counter, len(unit)))
            elif _chance(rng, 0.045):
                when = _moment(rng, _at(date(2027, 5, 20), "08:00"), _at(date(2027, 6, 10), "20:00"))
                settle(unit, TicketState.CANCELLED, when)
                counter += 1
                heapq.heappush(released, (when, counter, len(unit)))
            else:
                settle(unit, TicketState.ACCEPTED, drawn_at + timedelta(hours=rng.randint(1, 96)))
                holders.append(unit)

        # Each place given back goes to the next on the waiting list, with five days to reply; a decline or
        # a lapse passes it on. Places freed in the last week are kept for the desk on the day.
        last_offer = _before(7, "12:00")
        for_the_day = 0
        while released:
            when, _, count = heapq.heappop(released)
            if when > last_offer:
                for_the_day += count
                continue
            if not waiting:
                continue
            unit = waiting.popleft()
            offered = when + timedelta(hours=rng.randint(1, 20))
            deadline = offered + timedelta(days=5)
            roll = rng.random()
            if roll < 0.68:
                settle(unit, TicketState.ACCEPTED, offered + timedelta(hours=rng.randint(1, 90)))
                holders.append(unit)
                continue
            if roll < 0.84:
                settle(unit, TicketState.DECLINED, offered + timedelta(hours=rng.randint(1, 100)))
                again = self.tickets[unit[0].id].updated_at
            else:
                settle(unit, TicketState.EXPIRED, deadline, offer_deadline=deadline)
                again = deadline
            counter += 1
            heapq.heappush(released, (again, counter, count))

        # The day: most holders arrive; at 11:00 the desk marks those not here as no-shows.
        for unit in holders:
            roll = rng.random()
            if roll < 0.86:
                if _chance(rng, 0.92):
                    arrived = _on_day("08:35") + timedelta(minutes=round(rng.triangular(0, 85, 20)))
                else:
                    arrived = _moment(rng, _on_day("10:00"), _on_day("12:40"))
                for offset, person in enumerate(unit):
                    ticket = self.tickets[person.id]
                    ticket.state = TicketState.CHECKED_IN.value
                    ticket.checked_in_at = ticket.updated_at = arrived + timedelta(minutes=offset)
            elif roll < 0.92:
                settle(unit, TicketState.NO_SHOW, _on_day("11:00"))
                for_the_day += len(unit)
            # otherwise still "accepted": running late, or coming for the afternoon only

        # Freed places are offered to the waiting list at 11:05 with a reply needed by 14:00; those nearby
        # come straight in, some say no, the rest have not answered yet.
        offered_at, deadline = _on_day("11:05"), _on_day("14:00")
        self.day_offers = 0
        while for_the_day > 0 and waiting:
            unit = waiting.popleft()
            for_the_day -= len(unit)
            self.day_offers += 1
            roll = rng.random()
            if roll < 0.45:
                arrived = _moment(rng, _on_day("11:25"), _on_day("13:00"))
                settle(unit, TicketState.CHECKED_IN, arrived, checked_in_at=arrived)
            elif roll < 0.55:
                settle(unit, TicketState.DECLINED, _moment(rng, _on_day("11:10"), _on_day("12:30")))
                for_the_day += len(unit)
            else:
                settle(unit, TicketState.OFFERED, offered_at, offer_deadline=deadline)

        place = 0
        for unit in waiting:
            for person in unit:
                place += 1
                self.tickets[person.id] = _Ticket(
                    person.id,
                    TicketState.WAITLISTED.value,
                    drawn_at,
                    waitlist_position=place,
                    lottery_run_id=self.LOTTERY_RUN_ID,
                )
        self._staff_tickets()
        self._desk_morning()
        rows = [self.tickets[p.id].row() for p in self.people]
        session.connection().execute(insert(Ticket), rows)

    def _desk_morning(self) -> None:
        """The welcome desk on the morning: two desks checking people in, one late no-show released at
        11:45 whose place went to the first person in the door queue, and four more waiting at the door."""
        # Its own random source, seeded from the draw: the rest of the demo stays exactly as it was.
        rng = random.Random(f"desk:{self.lottery['seed']}")
        for ticket in self.tickets.values():
            if ticket.state == TicketState.CHECKED_IN.value:
                ticket.checkin_desk = "Desk 1" if rng.random() < 0.55 else "Desk 2"
        roles = {p.id: p.role for p in self.people}
        late = sorted(
            t.person_id
            for t in self.tickets.values()
            if t.state == TicketState.ACCEPTED.value and roles[t.person_id] == Role.ATTENDEE.value
        )
        waiting = sorted(
            (t for t in self.tickets.values() if t.state == TicketState.WAITLISTED.value),
            key=lambda t: t.waitlist_position or 0,
        )
        self.desk_release: tuple[int, int] | None = None
        if late and waiting:
            gone = self.tickets[late[0]]
            gone.state, gone.updated_at = TicketState.NO_SHOW.value, _on_day("11:45")
            admitted = waiting.pop(0)
            admitted.state, admitted.waitlist_position = TicketState.CHECKED_IN.value, None
            admitted.checked_in_at = admitted.updated_at = _on_day("11:46")
            admitted.checkin_desk = "Desk 2"
            self.desk_release = (gone.person_id, admitted.person_id)
        for position, ticket in enumerate(waiting, start=1):
            ticket.waitlist_position = position
        for ticket in waiting[:4]:
            ticket.door_queued_at = _moment(rng, _on_day("11:20"), _on_day("12:00"))

    def _staff_tickets(self) -> None:
        rng = self.rng
        volunteers_seen = 0
        for person in self.people[: self.staff]:
            if person.role == Role.ORGANISER.value:
                arrived = _moment(rng, _on_day("07:30"), _on_day("08:10"))
            elif person.role == Role.SPONSOR.value:
                arrived = _moment(rng, _on_day("08:00"), _on_day("08:45"))
            else:
                volunteers_seen += 1
                if volunteers_seen == 3:
                    # one volunteer does the afternoon shift on the desk and has not arrived yet
                    self.tickets[person.id] = _Ticket(
                        person.id, TicketState.ACCEPTED.value, person.created_at + timedelta(days=1)
                    )
                    continue
                arrived = _moment(rng, _on_day("07:45"), _on_day("08:40"))
            self.tickets[person.id] = _Ticket(
                person.id, TicketState.CHECKED_IN.value, arrived, checked_in_at=arrived
            )
        organisers = [p for p in self.people[: self.staff] if p.role == Role.ORGANISER.value]
        self.organiser = organisers[0].badge_name

    def _write_lottery(
        self,
        session: Session,
        rules: lottery.Rules,
        applicants: list[lottery.Applicant],
        result: lottery.DrawResult,
        seed: str,
        committed: datetime,
        drawn_at: datetime,
    ) -> None:
        digest = lottery.digest(applicants, rules)
        self.lottery = {
            "digest": digest,
            "seed": seed,
            "drawn": len(result.drawn),
            "waiting": len(result.waitlist),
        }
        session.connection().execute(
            insert(LotteryRun),
            [
                {
                    "id": self.LOTTERY_RUN_ID,
                    "rules": {**rules.as_json(), "offer_hours": 120},
                    "applicant_digest": digest,
                    "seed": seed,
                    "result": {
                        "applicants": [a.as_json() for a in sorted(applicants, key=lambda a: a.id)],
                        "guaranteed": list(result.guaranteed),
                        "drawn": list(result.drawn),
                        "waitlist": list(result.waitlist),
                        "quotas": [
                            {"label": q.label, "target": q.target, "filled": q.filled} for q in result.quotas
                        ],
                        "confirmed_by_draw": [],
                    },
                    "algorithm_version": lottery.ALGORITHM_VERSION,
                    "committed_at": committed,
                    "drawn_at": drawn_at,
                }
            ],
        )

    # ------------------------------------------------------------------------------------- sessions

    def _present(self, by: datetime) -> list[_Person]:
        return [
            p
            for p in self.people
            if (t := self.tickets[p.id]).state == TicketState.CHECKED_IN.value
            and t.checked_in_at is not None
            and t.checked_in_at <= by
        ]

    def write_sessions(self, session: Session) -> None:
        rng = self.rng
        chosen = rng.sample(data.PITCHES, SESSION_COUNT)
        late = rng.choice((2, 3))
        on_time_hosts = self._present(_on_day("09:55"))
        later_hosts = self._present(_on_day("11:15"))
        hosts = self._host_sequence(on_time_hosts, SESSION_COUNT - late)
        hosts += self._host_sequence(later_hosts, late)
        attending = sum(
            1
            for t in self.tickets.values()
            if t.state in (TicketState.CHECKED_IN.value, TicketState.ACCEPTED.value)
        )
        # Hands are counted in a room of ~200; a smaller demo gets proportionally fewer.
        scale = min(1.0, attending / 190)
        late_times = ("11:20", "12:25", "13:20")
        for number, spec in enumerate(chosen, start=1):
            is_late = number > SESSION_COUNT - late
            created = (
                _on_day(late_times[number - (SESSION_COUNT - late) - 1])
                if is_late
                else _on_day("09:38") + timedelta(seconds=40 * (number - 1))
            )
            pitched = [hosts[number - 1]]
            self.pitches.append(
                _Pitch(
                    id=number,
                    pitch=spec,
                    demand=max(2, round((5 + 115 * rng.betavariate(1.3, 3.8)) * scale)),
                    needs=[],
                    hosts=pitched,
                    created_at=created,
                    late=is_late,
                )
            )
        # A few sessions are run by two people, often colleagues.
        for pitch in rng.sample(self.pitches, rng.randint(4, 6)):
            first = pitch.hosts[0]
            pool = on_time_hosts if not pitch.late else later_hosts
            colleagues = [p for p in pool if p.organisation == first.organisation and p.id != first.id]
            others = [p for p in pool if p.id != first.id]
            if colleagues and _chance(rng, 0.5):
                pitch.hosts.append(rng.choice(colleagues))
            elif others:
                pitch.hosts.append(rng.choice(others))
        for pitch in self.pitches:
            pitch.needs = self._needs(pitch)
            pitch.host_names = [h.badge_name if _chance(rng, 0.7) else h.full_name for h in pitch.hosts]
        # One pitch was merged into a similar one before the grid was built.
        merged = rng.choice([p for p in self.pitches if not p.late])
        merged.withdrawn = True
        merged.updated_at = merged.created_at + timedelta(minutes=3)
        self._write_pitches(session)

    def _host_sequence(self, pool: list[_Person], count: int) -> list[_Person]:
        """Hosts for ``count`` pitches: mostly different people, and a couple who pitch twice."""
        rng = self.rng
        if not pool:
            pool = self.people[: self.staff]
        if len(pool) >= count:
            distinct = rng.sample(pool, max(1, count - 2))
            return distinct + [rng.choice(distinct) for _ in range(count - len(distinct))]
        order = rng.sample(pool, len(pool))
        return [order[i % len(order)] for i in range(count)]

    def _needs(self, pitch: _Pitch) -> list[str]:
        rng = self.rng
        added: list[str] = []
        for host in pitch.hosts:
            if host.access_needs in data.STEP_FREE_NEEDS:
                added.append("step_free")
            if host.access_needs in data.HEARING_NEEDS:
                added.append("hearing_loop")
        if _chance(rng, 0.06):
            added.append("step_free")
        if _chance(rng, 0.04):
            added.append("hearing_loop")
        # Keep an added need only if some room can still meet them all (the quiet room has no hearing
        # loop): a session that no room could ever take is not what the demo is for.
        needs = set(pitch.pitch.needs)
        for need in added:
            if any(needs | {need} <= set(spec.features) for _, spec in self.rooms):
                needs.add(need)
        return sorted(needs)

    def _write_pitches(self, session: Session) -> None:
        connection = session.connection()
        rows: list[dict[str, Any]] = []
        hosts: list[dict[str, Any]] = []
        for pitch in self.pitches:
            rows.append(
                {
                    "id": pitch.id,
                    "title": pitch.pitch.title,
                    "description": pitch.pitch.description,
                    "demand": pitch.demand,
                    "needs": pitch.needs,
                    "tags": list(pitch.pitch.tags),
                    "withdrawn": pitch.withdrawn,
                    "pitch_order": pitch.id,
                    "created_at": pitch.created_at,
                    "updated_at": pitch.updated_at or pitch.created_at,
                }
            )
            for position, (host, name) in enumerate(zip(pitch.hosts, pitch.host_names, strict=True)):
                hosts.append(
                    {
                        "id": len(hosts) + 1,
                        "session_id": pitch.id,
                        "person_id": host.id,
                        "name": name,
                        "position": position,
                    }
                )
        connection.execute(insert(SessionRow), rows)
        connection.execute(insert(SessionHost), hosts)

    # ----------------------------------------------------------------------------------------- grid

    def write_grid(self, session: Session) -> None:
        """Build the grid as printed at 10:15, then withdraw one afternoon session from the working grid."""
        rng = self.rng
        grid = _Grid(dict(self.rooms), [slot_id for slot_id, _ in self.session_slots], self.unavailable)
        grid.place_all([p for p in self.pitches if not p.late and not p.withdrawn], rng)
        self.placements = grid.where
        # A few sessions are pinned where they are: a host who must leave at lunch, a booked interpreter.
        self.pinned = set(rng.sample(sorted(self.placements), min(3, len(self.placements))))
        self.snapshot = [
            {"session": session_id, "room": room_id, "slot": slot_id}
            for session_id, (room_id, slot_id) in sorted(self.placements.items())
        ]
        # After the grid was printed, one afternoon host went home unwell: the printed grid keeps the session,
        # the working grid has a free cell for a late pitch.
        afternoon = {slot_id for slot_id, _ in self.session_slots[3:]}
        candidates = [
            session_id
            for session_id, (_, slot_id) in sorted(self.placements.items())
            if slot_id in afternoon and session_id not in self.pinned
        ]
        if candidates:
            gone = rng.choice(candidates)
            del self.placements[gone]
            pitch = self.pitches[gone - 1]
            pitch.withdrawn = True
            pitch.updated_at = _on_day("12:50")
            session.connection().execute(
                update(SessionRow)
                .where(SessionRow.id == gone)  # type: ignore[arg-type]
                .values(withdrawn=True, updated_at=pitch.updated_at)
            )
            self.withdrawn_after = gone
        connection = session.connection()
        rows = [
            {
                "id": number,
                "session_id": session_id,
                "room_id": room_id,
                "slot_id": slot_id,
                "pinned": session_id in self.pinned,
            }
            for number, (session_id, (room_id, slot_id)) in enumerate(sorted(self.placements.items()), 1)
        ]
        if rows:
            connection.execute(insert(Placement), rows)
        connection.execute(
            insert(GridVersion),
            [
                {
                    "id": 1,
                    "number": 1,
                    "published_at": _on_day("10:15"),
                    "message": "Grid as printed at 10:15",
                    "snapshot": self.snapshot,
                    "changelog": ["v1: first grid"],
                }
            ],
        )
        announced = self.withdrawn_after
        if announced is not None:
            # The withdrawal was announced: v2 is the printed grid without that session.
            was = next(cell for cell in self.snapshot if cell["session"] == announced)
            room, slot = dict(self.rooms)[was["room"]], dict(self.session_slots)[was["slot"]]
            title = self.pitches[announced - 1].pitch.title
            connection.execute(
                insert(GridVersion),
                [
                    {
                        "id": 2,
                        "number": 2,
                        "published_at": _on_day("12:55"),
                        "message": "Afternoon update",
                        "snapshot": [cell for cell in self.snapshot if cell["session"] != announced],
                        "changelog": [f"v2: '{title}' withdrawn (was {room.name} {slot.start})"],
                    }
                ],
            )

    # ---------------------------------------------------------------------------------------- notes

    def write_notes(self, session: Session) -> None:
        """Notes for the morning's sessions: the afternoon has not happened yet."""
        rng = self.rng
        morning = {slot_id: spec for slot_id, spec in self.session_slots[:3]}
        rooms = dict(self.rooms)
        noted: list[tuple[_Pitch, data.RoomSpec, data.SlotSpec]] = []
        for pitch in self.pitches:
            room_id, slot_id = self.placements.get(pitch.id, (0, 0))
            # A small "no notes taken" session keeps its promise; otherwise most rooms found a note-taker.
            if slot_id in morning and "quiet" not in pitch.needs and _chance(rng, 0.92):
                noted.append((pitch, rooms[room_id], morning[slot_id]))
        present = self._present(_on_day("13:15"))
        willing = [p for p in present if p.consent_named_in_notes] or present or self.people
        other_scripts = [p for p in willing if _non_latin(p.full_name + p.badge_name)] or willing
        hostile = rng.randrange(len(noted)) if noted else -1
        thanked = set(rng.sample(range(len(noted)), min(2, len(noted))))
        rows: list[dict[str, Any]] = []
        for number, (pitch, room, slot) in enumerate(noted):
            hosts = {h.id for h in pitch.hosts}
            taker = rng.choice([p for p in willing if p.id not in hosts] or willing)
            attendance = min(
                room.capacity, len(present), max(2, round(pitch.demand * rng.uniform(0.55, 1.05)))
            )
            extra: list[str] = []
            if number == hostile:
                extra.append(data.HOSTILE_POINT)
            if number in thanked:
                names = rng.sample(other_scripts, min(2, len(other_scripts)))
                extra.append(
                    f"Thanks to {' and '.join(p.badge_name for p in names)} for sharing their examples"
                )
            body, links, actions = self._note_body(pitch, room.name, taker.badge_name, attendance, extra)
            rows.append(
                {
                    "id": len(rows) + 1,
                    "session_id": pitch.id,
                    "body_md": body,
                    "note_taker": taker.badge_name,
                    "attendance": attendance,
                    "links": links,
                    "actions": actions,
                    "revision": 1,
                    "updated_at": _on_day(slot.end) + timedelta(minutes=rng.randint(2, 14)),
                    # The laptop at the notes table saves every note (shown when two edit one at once).
                    "changed_by": "Notes table",
                }
            )
        if rows:
            session.connection().execute(insert(Note), rows)

    def _note_body(
        self, pitch: _Pitch, room: str, taker: str, attendance: int, extra: list[str]
    ) -> tuple[str, list[str], list[dict[str, Any]]]:
        rng = self.rng
        links: list[str] = []

        def linked(text: str) -> str:
            def replace(match: re.Match[str]) -> str:
                if match.group(2) not in links:
                    links.append(match.group(2))
                return f"[{match.group(1)}]({match.group(2)})"

            return _LINK.sub(replace, text)

        pool = [point for tag in pitch.pitch.tags for point in data.POINTS_BY_TAG.get(tag, ())]
        points = rng.sample(pool, min(len(pool), rng.randint(2, 4)))
        points += rng.sample(data.GENERAL_POINTS, rng.randint(0, 1))
        if not any(_LINK.search(point) for point in points):
            label, url = rng.choice(data.READING)
            points.append(f"Worth a look: {{link:{label}|{url}}}")
        points += extra
        chosen_actions = rng.sample(data.ACTIONS, rng.randint(0, 3))
        actions = [
            {"text": text, "done": text.startswith("Share") and _chance(rng, 0.7)} for text in chosen_actions
        ]
        lines = [
            f"# {pitch.pitch.title}",
            "",
            f"**Hosted by** {' and '.join(pitch.host_names)} · **Room** {room} · **Notes by** {taker}",
            "",
            f"About {attendance} people came.",
            "",
            "## What we talked about",
            "",
            *(f"- {linked(point)}" for point in points),
        ]
        if _chance(rng, 0.5):
            lines += ["", f"> {rng.choice(data.QUOTES)}"]
        # Actions and further reading go in the note's own fields, not again in its text: the window and
        # the archive show each of them once.
        for _title, url in rng.sample(data.READING, rng.randint(0, 2)):
            if url not in links:
                links.append(url)
        return "\n".join(lines) + "\n", links, actions

    # ------------------------------------------------------------------------------ interest, audit

    def write_stars(
        self, session: Session, interest: list[dict[str, Any]], open_pitches: list[_Pitch]
    ) -> None:
        """Stars from the phones of some checked-in people (issue 15): mostly sessions they raised a
        hand for, now and then one they did not; one check-in code revoked by the desk.

        A random source of its own, seeded from what came before, keeps the rest of the demo as it was.
        """
        rng = random.Random(sum(r["person_id"] * 7919 + r["session_id"] for r in interest))
        hands: dict[int, list[int]] = {}
        for row in interest:
            hands.setdefault(row["person_id"], []).append(row["session_id"])
        pitch_ids = sorted(p.id for p in open_pitches)
        pairs: list[tuple[int, int]] = []
        starring = [p.id for p in self.people if self.tickets[p.id].state == TicketState.CHECKED_IN.value]
        for person_id in starring:
            if not _chance(rng, 0.45):
                continue
            wanted = set(rng.sample(hands.get(person_id, []), min(len(hands.get(person_id, [])), 4)))
            if pitch_ids and _chance(rng, 0.4):
                wanted.add(rng.choice(pitch_ids))
            pairs += [(person_id, sid) for sid in sorted(wanted)[: stars.DEFAULT_MAX_STARS]]
        # Starred in the morning, once people had checked in; the clock never decides the demo.
        stars.seed_stars(session, pairs, _at(EVENT_DAY, "09:50"))
        if starring:
            session.add(
                PhoneRevocation(person_id=starring[-1], desk="Desk 1", revoked_at=_at(EVENT_DAY, "10:05"))
            )

    def write_interest_and_audit(self, session: Session) -> None:
        rng = self.rng
        connection = session.connection()
        open_pitches = [p for p in self.pitches if not p.withdrawn]
        weights = [float(p.demand) for p in open_pitches]
        counts = _Weighted(range(7), (0.18, 0.1, 0.15, 0.2, 0.15, 0.12, 0.1))
        rows: list[dict[str, Any]] = []
        for person in self.people:
            if self.tickets[person.id].state not in (
                TicketState.ACCEPTED.value,
                TicketState.CHECKED_IN.value,
            ):
                continue
            for pitch in sorted(
                _weighted_sample(rng, open_pitches, weights, counts.pick(rng)), key=lambda p: p.id
            ):
                rows.append({"person_id": person.id, "session_id": pitch.id, "starred": True})
        if rows:
            connection.execute(insert(Interest), rows)
        self.write_stars(session, rows, open_pitches)
        entries: list[tuple[datetime, str, str, str, dict[str, Any]]] = [
            (_at(date(2027, 3, 1), "10:00"), self.organiser, "event.created", data.EVENT_NAME, {}),
            (
                _at(date(2027, 5, 10), "12:00"),
                self.organiser,
                "lottery.committed",
                f"lottery:{self.LOTTERY_RUN_ID}",
                {"applicant_digest": self.lottery["digest"]},
            ),
            (
                _at(date(2027, 5, 12), "12:00"),
                self.organiser,
                "lottery.drawn",
                f"lottery:{self.LOTTERY_RUN_ID}",
                {
                    "seed": self.lottery["seed"],
                    "drawn": self.lottery["drawn"],
                    "waiting": self.lottery["waiting"],
                },
            ),
            (
                _on_day("10:15"),
                self.organiser,
                "grid.published",
                "grid:1",
                {"number": 1, "placements": len(self.snapshot)},
            ),
            (
                _on_day("11:00"),
                "Welcome desk",
                "tickets.no_show",
                "",
                {"count": sum(1 for t in self.tickets.values() if t.state == TicketState.NO_SHOW.value)},
            ),
            (
                _on_day("11:05"),
                "Welcome desk",
                "offers.made",
                "",
                {"count": self.day_offers, "deadline": "14:00"},
            ),
        ]
        if self.desk_release is not None:
            gone, admitted = self.desk_release
            entries.append(
                (_on_day("11:45"), "Desk 2", "ticket.no_show", f"person:{gone}", {"reason": "released"})
            )
            entries.append(
                (
                    _on_day("11:46"),
                    "Desk 2",
                    "ticket.checked_in",
                    f"person:{admitted}",
                    {"from": "waitlisted", "desk": "Desk 2", "reason": "door queue"},
                )
            )
        withdrawn = self.withdrawn_after
        if withdrawn is not None:
            entries.append(
                (
                    _on_day("12:50"),
                    self.organiser,
                    "session.withdrawn",
                    f"session:{withdrawn}",
                    {"reason": "host unwell"},
                )
            )
            entries.append(
                (_on_day("12:55"), self.organiser, "grid.published", "grid:2", {"number": 2, "changes": 1})
            )
        connection.execute(
            insert(AuditEntry),
            [
                {
                    "id": number,
                    "at": at,
                    "actor": actor,
                    "action": action,
                    "subject": subject,
                    "detail": detail,
                }
                for number, (at, actor, action, subject, detail) in enumerate(entries, 1)
            ],
        )
