"""The whole data model of an event, as SQLModel tables.

Conventions, so later issues add behaviour rather than schema churn:

* Every datetime column is a :class:`UtcDateTime`: aware in Python, UTC in the file; services convert to
  the event's zone.
* Enumerations are stored as their readable words (see :mod:`govcamp.domain.enums`).
* Lists (features, needs, tags, links) are JSON arrays.
* Changing a table here needs an Alembic revision in ``migrations/versions``; a test compares the two.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from govcamp.store.personal import Kind, tag
from govcamp.store.types import UtcDateTime


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def _json_list(info: dict[str, Any] | None = None) -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False, info=info or {}))


def _tagged(kind: Kind, default: Any = "", *, identifies: bool = False, **options: Any) -> Any:
    """A plain column carrying a personal-data tag (see :mod:`govcamp.store.personal`)."""
    return Field(default=default, sa_column_kwargs={"info": tag(kind, identifies=identifies, **options)})


_ID = Kind.IDENTITY
_PROFILE = Kind.PROFILE


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE", index: bool = True) -> Any:
    return Field(
        default=None,
        sa_column=Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index),
    )


class Event(SQLModel, table=True):
    """The event itself: one row per event file."""

    __tablename__ = "event"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    start_date: date
    end_date: date
    venue: str = ""
    timezone: str = "Europe/London"
    description: str = Field(default="", sa_column_kwargs={"info": tag(Kind.MENTIONS)})
    archive_url: str = ""
    qr_contact_cards: bool = False
    #: When the event's personal data is due to be purged; the window reminds the host once it has passed.
    retention_until: date | None = None
    #: The organisers' address: the ORGANIZER of every calendar (RFC 5546 asks one of METHOD:PUBLISH).
    contact_email: str = ""
    #: How many sessions one attendee may star on their phone (issue 15).
    max_stars: int = Field(default=10, sa_column_kwargs={"server_default": "10"})
    #: The key that signs the phones' sign-in cookies, made when phones are first served; "" until then.
    phone_secret: str = ""
    #: The language of printed badges, signs, the poster and the archive: "en", "cy" or "cy+en" (Welsh first).
    export_language: str = "en"
    created_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class Person(SQLModel, table=True):
    """Anyone the event knows: applicant, attendee, organiser, volunteer, sponsor or session host."""

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    full_name: str = Field(sa_column_kwargs={"info": tag(_ID, identifies=True)})
    badge_name: str = _tagged(_ID, identifies=True)
    pronouns: str = _tagged(_PROFILE)
    email: str | None = _tagged(_ID, None, identifies=True)
    email_normalised: str | None = Field(
        default=None, unique=True, index=True, sa_column_kwargs={"info": tag(_ID, identifies=True)}
    )
    organisation: str = _tagged(_PROFILE)
    organisation_type: str = _tagged(_PROFILE, "other")
    first_timer: bool = False
    role: str = Field(default="attendee", index=True, sa_column_kwargs={"info": tag(_PROFILE)})
    access_needs: str = _tagged(Kind.SPECIAL)
    dietary_needs: str = _tagged(Kind.SPECIAL)
    consent_contact_in_qr: bool = False
    consent_named_in_notes: bool = False
    checkin_code: str = Field(unique=True, index=True, sa_column_kwargs={"info": tag(_ID)})
    group_key: str | None = Field(default=None, index=True, sa_column_kwargs={"info": tag(_PROFILE)})
    #: The language the person prefers ("en", "cy"; "" when not said): their badge's when printed per person.
    preferred_language: str = _tagged(_PROFILE)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    #: Rises with every edit; a save carrying an older one is refused (see services/versions.py).
    version: int = 1
    #: The desk (laptop) that made the last edit, and ``updated_at`` says when.
    changed_by: str = _tagged(_PROFILE)


class Ticket(SQLModel, table=True):
    """A person's place (or hope of one): one per person."""

    __tablename__ = "ticket"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, unique=True)
    )
    state: str = Field(default="applied", index=True, sa_column_kwargs={"info": tag(_PROFILE)})
    waitlist_position: int | None = None
    offer_deadline: datetime | None = Field(default=None, sa_type=UtcDateTime)
    checked_in_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    #: The desk that checked the person in (each laptop names itself: "Desk 2").
    checkin_desk: str | None = Field(default=None, sa_column_kwargs={"info": tag(_PROFILE)})
    #: Set while a waiting-list person (or a walk-in) stands in the door queue hoping for a no-show's place.
    door_queued_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    lottery_run_id: int | None = _fk("lottery_run.id", nullable=True, ondelete="SET NULL")
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class BadgePrint(SQLModel, table=True):
    """One badge printed at the desk for one person: when, where and on what."""

    __tablename__ = "badge_print"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = _fk("person.id")
    printed_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    desk: str = _tagged(_PROFILE)
    printer: str = _tagged(_PROFILE)
    layout: str = _tagged(_PROFILE)
    position: int = 1


class LotteryRun(SQLModel, table=True):
    """One draw: the rules, the digest published before it, the seed chosen after, and its result."""

    __tablename__ = "lottery_run"

    id: int | None = Field(default=None, primary_key=True)
    rules: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    applicant_digest: str
    seed: str | None = None
    result: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    algorithm_version: int = 1
    committed_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    drawn_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class Room(SQLModel, table=True):
    """A room sessions happen in; ``position`` orders the grid's columns."""

    __tablename__ = "room"
    __table_args__ = (CheckConstraint("capacity > 0", name="room_capacity_positive"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    capacity: int
    features: list[str] = _json_list()
    position: int = 0
    version: int = 1
    changed_by: str = ""
    #: When the room was last edited (empty for rooms made before row versions).
    updated_at: datetime | None = Field(default_factory=utcnow, sa_type=UtcDateTime)


class Slot(SQLModel, table=True):
    """A stretch of the day: a session slot, a break, lunch or a plenary."""

    __tablename__ = "slot"
    __table_args__ = (CheckConstraint("end_at > start_at", name="slot_ends_after_start"),)

    id: int | None = Field(default=None, primary_key=True)
    start_at: datetime = Field(sa_type=UtcDateTime, index=True)
    end_at: datetime = Field(sa_type=UtcDateTime)
    kind: str = "session"
    label: str = ""


class RoomUnavailable(SQLModel, table=True):
    """A room that cannot be used in a slot (booked by someone else, being set up)."""

    __tablename__ = "room_unavailable"

    room_id: int = Field(
        sa_column=Column(Integer, ForeignKey("room.id", ondelete="CASCADE"), primary_key=True, nullable=False)
    )
    slot_id: int = Field(
        sa_column=Column(Integer, ForeignKey("slot.id", ondelete="CASCADE"), primary_key=True, nullable=False)
    )


class Session(SQLModel, table=True):
    """A pitched session."""

    __tablename__ = "session"

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_column_kwargs={"info": tag(Kind.MENTIONS)})
    description: str = Field(default="", sa_column_kwargs={"info": tag(Kind.MENTIONS)})
    demand: int | None = None
    needs: list[str] = _json_list()
    tags: list[str] = _json_list()
    withdrawn: bool = False
    pitch_order: int = 0
    created_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    version: int = 1
    changed_by: str = ""


class SessionHost(SQLModel, table=True):
    """A host of a session: a person in the event, or just a name given at the pitch."""

    __tablename__ = "session_host"
    __table_args__ = (UniqueConstraint("session_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = _fk("session.id")
    person_id: int | None = _fk("person.id", nullable=True, ondelete="SET NULL")
    #: As said at the pitch; a host who was not linked to a person is still found by name when erasing.
    name: str = Field(sa_column_kwargs={"info": tag(_ID, identifies=True, erase_to="a participant")})
    position: int = 0


class Interest(SQLModel, table=True):
    """A person's interest in a session: starred in the app or a hand raised at the pitch."""

    __tablename__ = "interest"

    person_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, nullable=False
        )
    )
    session_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("session.id", ondelete="CASCADE"), primary_key=True, nullable=False
        )
    )
    starred: bool = True


class Star(SQLModel, table=True):
    """A session an attendee starred on their phone (issue 15): one per person per session.

    The primary key is the pair, so two phones of one person starring at once cannot make two.
    """

    __tablename__ = "star"

    person_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, nullable=False
        )
    )
    session_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("session.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
            index=True,
        )
    )
    starred_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class PhoneRevocation(SQLModel, table=True):
    """A check-in code the desk stopped for phones: it cannot sign in, and its stars no longer count."""

    __tablename__ = "phone_revocation"

    person_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, nullable=False
        )
    )
    revoked_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    #: The desk that revoked it ("Desk 2"), as a check-in records its desk.
    desk: str = _tagged(_PROFILE)


class Placement(SQLModel, table=True):
    """Where and when a session happens in the working grid."""

    __tablename__ = "placement"
    __table_args__ = (UniqueConstraint("room_id", "slot_id", name="placement_one_per_cell"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(
        sa_column=Column(Integer, ForeignKey("session.id", ondelete="CASCADE"), nullable=False, unique=True)
    )
    room_id: int = _fk("room.id")
    slot_id: int = _fk("slot.id")
    pinned: bool = False


class GridVersion(SQLModel, table=True):
    """A published grid: a numbered snapshot and what changed since the one before."""

    __tablename__ = "grid_version"

    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(unique=True)
    published_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    message: str = Field(default="", sa_column_kwargs={"info": tag(Kind.MENTIONS)})
    snapshot: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False, info=tag(Kind.MENTIONS))
    )
    changelog: list[str] = _json_list(tag(Kind.MENTIONS))


class Note(SQLModel, table=True):
    """The notes of one session; ``revision`` rises with each save so two editors cannot clobber."""

    __tablename__ = "note"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(
        sa_column=Column(Integer, ForeignKey("session.id", ondelete="CASCADE"), nullable=False, unique=True)
    )
    body_md: str = Field(default="", sa_column_kwargs={"info": tag(Kind.MENTIONS)})
    #: "Notes by": free text, so it is treated as a mention (the archive names only those who consented).
    note_taker: str = Field(default="", sa_column_kwargs={"info": tag(Kind.MENTIONS, erase_to="")})
    attendance: int | None = None
    links: list[str] = _json_list(tag(Kind.MENTIONS))
    actions: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False, info=tag(Kind.MENTIONS))
    )
    revision: int = 0
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    #: The desk that saved the last revision (the note's version is ``revision``).
    changed_by: str = ""


class AuditEntry(SQLModel, table=True):
    """Who did what, when: lottery draws, check-ins, erasures, publications."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime, index=True)
    actor: str = Field(default="", sa_column_kwargs={"info": tag(Kind.MENTIONS)})
    action: str = Field(index=True)
    #: ``person:ID`` for entries about a person: erasure rewrites it to ``person:erased``.
    subject: str = Field(default="", sa_column_kwargs={"info": tag(Kind.MENTIONS)})
    detail: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column(JSON, nullable=False, info=tag(Kind.MENTIONS))
    )
