"""Plain values that services hand to the UI and the command line.

They are frozen dataclasses: nothing here knows about the database, so a Qt model or a JSON dump can hold
them without keeping a database session alive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from govcamp.domain.enums import SlotKind


@dataclass(frozen=True)
class EventDetails:
    """What the event is: name, dates, where and in which time zone."""

    name: str
    start_date: date
    end_date: date
    venue: str = ""
    timezone: str = "Europe/London"
    description: str = ""
    archive_url: str = ""
    qr_contact_cards: bool = False
    #: The organisers' address, named as the organiser in calendars ("" = a placeholder that says so).
    contact_email: str = ""
    #: The printed exports' fixed words: "en", "cy" or "cy+en" (both, Welsh first).
    export_language: str = "en"


@dataclass(frozen=True)
class RoomValue:
    """A room people meet in; ``position`` orders the grid's columns."""

    id: int
    name: str
    capacity: int
    features: tuple[str, ...] = ()
    position: int = 0
    unavailable_slot_ids: tuple[int, ...] = ()
    #: The row version this value was read at: an edit carries it so a stale save is refused.
    version: int = 0


@dataclass(frozen=True)
class RoomInput:
    """What a person types to make or change a room."""

    name: str
    capacity: int
    features: tuple[str, ...] = ()
    unavailable_slot_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class SlotValue:
    """A stretch of the day; times are aware datetimes in the event's time zone."""

    id: int
    start: datetime
    end: datetime
    kind: SlotKind = SlotKind.SESSION
    label: str = ""

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass(frozen=True)
class SlotInput:
    """What a person types to make or change a slot (aware datetimes)."""

    start: datetime
    end: datetime
    kind: SlotKind = SlotKind.SESSION
    label: str = ""


@dataclass(frozen=True)
class EventSummary:
    """Counts that ``govcamp info`` and the window's status bar show."""

    name: str
    start_date: date
    end_date: date
    venue: str
    timezone: str
    schema_version: int
    people: int
    tickets: dict[str, int] = field(default_factory=dict)
    rooms: int = 0
    slots: int = 0
    session_slots: int = 0
    sessions: int = 0
    withdrawn_sessions: int = 0
    placements: int = 0
    notes: int = 0
    grid_versions: int = 0
    lottery_runs: int = 0
