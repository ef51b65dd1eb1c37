"""A small demo event for the phone tests, and who in it may star (read through SQL, as a test sees it)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import col, select

from govcamp.services.demo import write_demo
from govcamp.store.eventfile import EventDB, open_event
from govcamp.store.tables import Person, PhoneRevocation, Placement, Ticket
from govcamp.store.tables import Session as SessionRow


@dataclass(frozen=True)
class People:
    """Codes by kind: checked in (may star), not checked in, revoked; and the placed sessions."""

    checked_in: tuple[tuple[int, str], ...]
    not_checked_in: tuple[tuple[int, str], ...]
    revoked: tuple[tuple[int, str], ...]
    placed: tuple[int, ...]


def make_demo(folder: Path, *, applicants: int = 120) -> Path:
    path = folder / "demo.govcamp"
    write_demo(path, seed=15, applicants=applicants)
    return path


def people(db: EventDB) -> People:
    with db.session() as session:
        rows = session.exec(
            select(Person.id, Person.checkin_code, Ticket.state)
            .join(Ticket, col(Ticket.person_id) == col(Person.id))
            .order_by(col(Person.id))
        ).all()
        revoked = set(session.exec(select(PhoneRevocation.person_id)).all())
        placed = session.exec(
            select(Placement.session_id)
            .join(SessionRow, col(SessionRow.id) == col(Placement.session_id))
            .where(col(SessionRow.withdrawn).is_(False))
            .order_by(col(Placement.session_id))
        ).all()
    return People(
        checked_in=tuple((p, c) for p, c, s in rows if s == "checked_in" and p not in revoked),
        not_checked_in=tuple((p, c) for p, c, s in rows if s != "checked_in" and p not in revoked),
        revoked=tuple((p, c) for p, c, _ in rows if p in revoked),
        placed=tuple(int(s) for s in placed),
    )


def open_demo(path: Path) -> EventDB:
    return open_event(path)
