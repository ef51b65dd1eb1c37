"""The event's own details and the counts that summarise it."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlmodel import Session, select

from govcamp.domain import schedule
from govcamp.domain.enums import SlotKind
from govcamp.domain.errors import GovcampError
from govcamp.domain.values import EventDetails, EventSummary
from govcamp.domain.words import _
from govcamp.store import migrate
from govcamp.store.eventfile import EventDB, create_event
from govcamp.store.tables import (
    Event,
    GridVersion,
    LotteryRun,
    Note,
    Person,
    Placement,
    Room,
    Slot,
    Ticket,
    utcnow,
)
from govcamp.store.tables import Session as SessionRow


def _event_row(session: Session) -> Event:
    row = session.exec(select(Event)).first()
    if row is None:
        raise GovcampError(_("This file holds no event."))
    return row


def _details(row: Event) -> EventDetails:
    return EventDetails(
        name=row.name,
        start_date=row.start_date,
        end_date=row.end_date,
        venue=row.venue,
        timezone=row.timezone,
        description=row.description,
        archive_url=row.archive_url,
        qr_contact_cards=row.qr_contact_cards,
        contact_email=row.contact_email,
        export_language=row.export_language,
    )


def new_event(path: Path, details: EventDetails, *, overwrite: bool = False) -> EventDB:
    """Check the details and create an event file for them; return it open."""
    return create_event(path, schedule.check_event(details), overwrite=overwrite)


def get_details(db: EventDB) -> EventDetails:
    with db.session() as session:
        return _details(_event_row(session))


def event_zone(db: EventDB) -> ZoneInfo:
    """The event's time zone."""
    return ZoneInfo(get_details(db).timezone)


def update_details(db: EventDB, details: EventDetails) -> EventDetails:
    """Check and store new details; return what was stored."""
    checked = schedule.check_event(details)
    with db.session() as session:
        row = _event_row(session)
        for key, value in asdict(checked).items():
            setattr(row, key, value)
        row.updated_at = utcnow()
        session.add(row)
    return checked


def _count(session: Session, column: object, *where: object) -> int:
    statement = select(func.count(column))  # type: ignore[arg-type]
    for clause in where:
        statement = statement.where(clause)  # type: ignore[arg-type]
    return int(session.exec(statement).one())


def summary(db: EventDB) -> EventSummary:
    """Counts of everything the event holds."""
    with db.session() as session:
        event = _event_row(session)
        tickets = {
            state: int(count)
            for state, count in session.exec(
                select(Ticket.state, func.count(Ticket.id)).group_by(Ticket.state)  # type: ignore[arg-type]
            ).all()
        }
        return EventSummary(
            name=event.name,
            start_date=event.start_date,
            end_date=event.end_date,
            venue=event.venue,
            timezone=event.timezone,
            schema_version=migrate.SCHEMA_VERSION,
            people=_count(session, Person.id),
            tickets=dict(sorted(tickets.items())),
            rooms=_count(session, Room.id),
            slots=_count(session, Slot.id),
            session_slots=_count(session, Slot.id, Slot.kind == SlotKind.SESSION.value),
            sessions=_count(session, SessionRow.id, SessionRow.withdrawn == False),  # noqa: E712
            withdrawn_sessions=_count(session, SessionRow.id, SessionRow.withdrawn == True),  # noqa: E712
            placements=_count(session, Placement.id),
            notes=_count(session, Note.id),
            grid_versions=_count(session, GridVersion.id),
            lottery_runs=_count(session, LotteryRun.id),
        )
