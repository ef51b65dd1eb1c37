"""The date an event's personal data is kept until, and whether the purge it promises is due."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from govcamp.domain.errors import ValidationError
from govcamp.domain.words import _
from govcamp.services.event import _event_row
from govcamp.services.lottery import audit
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Person


def retention_date(db: EventDB) -> date | None:
    with db.session() as session:
        return _event_row(session).retention_until


def set_retention_date(db: EventDB, until: date | None, *, actor: str = "") -> date | None:
    """Keep personal data until ``until`` (None: no date set); it cannot be before the event ends."""
    with db.session() as session:
        row = _event_row(session)
        if until is not None and until < row.end_date:
            raise ValidationError(
                "retention_until",
                _("Keep personal data at least until the event ends ({end_date:%d %B %Y}).").format(
                    end_date=row.end_date
                ),
            )
        row.retention_until = until
        session.add(row)
        audit(
            session, "event.retention", "event", {"until": until.isoformat() if until else None}, actor=actor
        )
        return until


def purge_due(db: EventDB, today: date) -> date | None:
    """The retention date, when it has passed and people's data is still held; otherwise None."""
    with db.session() as session:
        until = _event_row(session).retention_until
        if until is None or today <= until:
            return None
        return until if session.exec(select(Person.id).limit(1)).first() is not None else None
