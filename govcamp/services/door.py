"""The door queue, releasing no-shows and walk-ins: the places that free up on the day, and who gets them.

A waiting-list person who turns up joins the door queue; releasing the no-shows frees the places of people
with a place not yet checked in (staff apart) and gives them to the door queue in waiting-list order, checking
each in; a walk-in takes a free place or the end of the door queue. Every change goes to the audit log, and
each action has its undo for the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from govcamp.domain.applicants import normalise_email
from govcamp.domain.checkin import CAN_CHECK_IN
from govcamp.domain.enums import Role, TicketState
from govcamp.domain.errors import GovcampError, ValidationError
from govcamp.domain.words import _
from govcamp.services.checkin import (
    PersonBrief,
    _brief,
    _claim,
    _door_position,
    _door_queue_rows,
    _holding,
    _now,
    _places,
    _resolve,
    _ticket,
)
from govcamp.services.lottery import audit
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Person, Ticket, utcnow

#: Roles whose places are never released as no-shows: the people running the day come when their shift does.
STAFF_ROLES = frozenset({Role.ORGANISER.value, Role.VOLUNTEER.value, Role.SPONSOR.value})


@dataclass(frozen=True)
class ReleaseChange:
    """One ticket a release changed, with what it was before (so the release is one undo step)."""

    person: PersonBrief
    before: str
    after: str
    waitlist_position: int | None = None
    door_queued_at: datetime | None = None
    offer_deadline: datetime | None = None


@dataclass(frozen=True)
class ReleaseOutcome:
    """Who a release marked no-show, and who from the door queue was given a place (and checked in)."""

    no_shows: tuple[ReleaseChange, ...] = ()
    admitted: tuple[ReleaseChange, ...] = ()
    free_after: int = 0
    dry_run: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "dry_run": self.dry_run,
            "no_shows": [c.person.as_json() for c in self.no_shows],
            "admitted": [c.person.as_json() for c in self.admitted],
            "free_places": self.free_after,
        }


@dataclass(frozen=True)
class WalkIn:
    """A person not on any list who turns up at the desk."""

    full_name: str
    badge_name: str = ""
    pronouns: str = ""
    organisation: str = ""
    email: str = ""


@dataclass(frozen=True)
class WalkInOutcome:
    """The walk-in as added: given a place (and checked in), or at the end of the door queue."""

    person: PersonBrief
    placed: bool
    checked_in_at: datetime | None = None
    door_position: int | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "result": "checked_in" if self.placed else "door_queue",
            "person": self.person.as_json(),
            "checkin_code": self.person.checkin_code,
            "checked_in_at": self.checked_in_at.isoformat() if self.checked_in_at else None,
            "door_position": self.door_position,
        }


# -------------------------------------------------------------------------------------------- door queue


def door_queue(db: EventDB) -> list[PersonBrief]:
    """The door queue in the order places go to it: waiting-list order, walk-ins last."""
    with db.session() as session:
        return [_brief(person) for _ticket_row, person in _door_queue_rows(session)]


def door_add(db: EventDB, reference: str, *, now: datetime | None = None, actor: str = "") -> int:
    """Put a waiting-list person who has turned up into the door queue; return their place in it.

    Raises:
        GovcampError: the person is not on the waiting list.
    """
    moment = _now(now)
    with db.session() as session:
        person = _resolve(session, reference)
        ticket = _ticket(session, person)
        if ticket.state != TicketState.WAITLISTED.value:
            raise GovcampError(
                _(
                    "{name} is not on the waiting list ({state}); only people waiting for a place join the "
                    "door queue."
                ).format(name=person.full_name, state=ticket.state.replace("_", " "))
            )
        if ticket.door_queued_at is None:
            ticket.door_queued_at = moment
            session.add(ticket)
            audit(session, "door.queued", f"person:{person.id}", {}, actor=actor)
            session.flush()
        position = _door_position(session, ticket)
        assert position is not None
        return position


def door_remove(db: EventDB, person_id: int, *, actor: str = "") -> None:
    """Take a person out of the door queue (the undo of :func:`door_add`); they stay on the waiting list."""
    with db.session() as session:
        ticket = session.exec(select(Ticket).where(Ticket.person_id == person_id)).first()
        if ticket is not None and ticket.door_queued_at is not None:
            ticket.door_queued_at = None
            session.add(ticket)
            audit(session, "door.left", f"person:{person_id}", {}, actor=actor)


# ------------------------------------------------------------------------------------------ no-shows


def _release_plan(session: Session) -> tuple[list[tuple[Ticket, Person]], list[tuple[Ticket, Person]], int]:
    waiting = session.exec(
        select(Ticket, Person)
        .join(Person, col(Person.id) == col(Ticket.person_id))
        .where(
            col(Ticket.state).in_(sorted(CAN_CHECK_IN)),
            col(Person.role).not_in(sorted(STAFF_ROLES)),
        )
        .order_by(col(Person.full_name), col(Person.id))
    ).all()
    no_shows = [(ticket, person) for ticket, person in waiting]
    free = _places(session) - (_holding(session) - len(no_shows))
    queue = _door_queue_rows(session)
    return no_shows, queue[: max(0, free)], free


def release_no_shows(
    db: EventDB, *, dry_run: bool = False, desk: str = "", now: datetime | None = None, actor: str = ""
) -> ReleaseOutcome:
    """Mark everyone with a place who has not checked in (staff apart) as a no-show, and give the free
    places to the door queue in waiting-list order; each person given a place is checked in at ``desk``.

    With ``dry_run``, say who would be released and admitted, and change nothing.
    """
    moment = _now(now)
    with db.session() as session:
        no_shows, admitted, free = _release_plan(session)
        released = tuple(
            ReleaseChange(
                _brief(p), t.state, TicketState.NO_SHOW.value, t.waitlist_position, None, t.offer_deadline
            )
            for t, p in no_shows
        )
        given = tuple(
            ReleaseChange(
                _brief(p), t.state, TicketState.CHECKED_IN.value, t.waitlist_position, t.door_queued_at, None
            )
            for t, p in admitted
        )
        if dry_run:
            return ReleaseOutcome(released, given, free - len(given), dry_run=True)
        for (ticket, person), change in zip(no_shows, released, strict=True):
            ticket.state = TicketState.NO_SHOW.value
            ticket.offer_deadline = None
            ticket.updated_at = moment
            session.add(ticket)
            audit(
                session,
                "ticket.no_show",
                f"person:{person.id}",
                {"from": change.before, "to": "no_show", "reason": "released"},
                actor=actor,
            )
        session.flush()
        for ticket, person in admitted:
            assert ticket.id is not None
            _claim(session, ticket.id, [TicketState.WAITLISTED.value], moment, desk.strip())
            audit(
                session,
                "ticket.checked_in",
                f"person:{person.id}",
                {"from": "waitlisted", "to": "checked_in", "desk": desk, "reason": "door queue"},
                actor=actor,
            )
        session.flush()
        _renumber_waitlist(session)
        return ReleaseOutcome(released, given, free - len(given))


def undo_release(db: EventDB, outcome: ReleaseOutcome, *, actor: str = "") -> None:
    """Put every ticket a release changed back as it was (the window's one undo step)."""
    moment = utcnow()
    with db.session() as session:
        for change in (*outcome.no_shows, *outcome.admitted):
            ticket = session.exec(select(Ticket).where(Ticket.person_id == change.person.id)).first()
            if ticket is None:
                continue
            ticket.state = change.before
            ticket.waitlist_position = change.waitlist_position
            ticket.door_queued_at = change.door_queued_at
            ticket.offer_deadline = change.offer_deadline
            if change.after == TicketState.CHECKED_IN.value:
                ticket.checked_in_at = None
                ticket.checkin_desk = None
            ticket.updated_at = moment
            session.add(ticket)
            audit(
                session,
                f"ticket.{change.before}",
                f"person:{change.person.id}",
                {"from": change.after, "to": change.before, "reason": "release undone"},
                actor=actor,
            )
        session.flush()
        _renumber_waitlist(session)


def _renumber_waitlist(session: Session) -> None:
    rows = session.exec(
        select(Ticket)
        .where(Ticket.state == TicketState.WAITLISTED.value)
        .order_by(col(Ticket.waitlist_position), col(Ticket.id))
    ).all()
    for position, ticket in enumerate(rows, start=1):
        if ticket.waitlist_position != position:
            ticket.waitlist_position = position
            session.add(ticket)
    session.flush()


# ---------------------------------------------------------------------------------------------- walk-ins


def _new_code(session: Session) -> str:
    from govcamp.services.applicants import _new_codes

    taken = set(session.exec(select(Person.checkin_code)).all())
    return _new_codes(1, taken)[0]


def walk_in(
    db: EventDB, person: WalkIn, *, desk: str = "", now: datetime | None = None, actor: str = ""
) -> WalkInOutcome:
    """Add a walk-in: checked in with a place if one is free, otherwise at the end of the door queue.

    Raises:
        ValidationError: no name, or an e-mail someone in the event already has.
    """
    moment = _now(now)
    name = " ".join(person.full_name.split())
    if not name:
        raise ValidationError("full_name", _("A walk-in needs a name."))
    email = person.email.strip()
    with db.session() as session:
        normalised = normalise_email(email) if email else None
        if (
            normalised
            and session.exec(select(Person.id).where(Person.email_normalised == normalised)).first()
        ):
            raise ValidationError(
                "email",
                _("Someone in this event already has the e-mail {email}: scan or search for them.").format(
                    email=email
                ),
            )
        row = Person(
            full_name=name,
            badge_name=" ".join(person.badge_name.split()) or name.split()[0],
            pronouns=person.pronouns.strip(),
            organisation=" ".join(person.organisation.split()),
            email=email or None,
            email_normalised=normalised,
            checkin_code=_new_code(session),
            created_at=moment,
            updated_at=moment,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        placed = _places(session) - _holding(session) > 0
        if placed:
            ticket = Ticket(
                person_id=row.id,
                state=TicketState.CHECKED_IN.value,
                checked_in_at=moment,
                checkin_desk=desk.strip(),
                updated_at=moment,
            )
        else:
            last = session.exec(select(func.max(Ticket.waitlist_position))).one() or 0
            ticket = Ticket(
                person_id=row.id,
                state=TicketState.WAITLISTED.value,
                waitlist_position=int(last) + 1,
                door_queued_at=moment,
                updated_at=moment,
            )
        session.add(ticket)
        session.flush()
        audit(
            session,
            "person.walk_in",
            f"person:{row.id}",
            {"placed": placed, "desk": desk},
            actor=actor,
        )
        return WalkInOutcome(
            _brief(row),
            placed,
            moment if placed else None,
            None if placed else _door_position(session, ticket),
        )


def remove_walk_in(db: EventDB, person_id: int, *, actor: str = "") -> None:
    """Take back a walk-in added by mistake (the window's undo): the person and their ticket go."""
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            return
        for ticket in session.exec(select(Ticket).where(Ticket.person_id == person_id)).all():
            session.delete(ticket)
        session.flush()  # the ticket first: the database would otherwise cascade it away under the ORM
        session.delete(person)
        audit(session, "person.walk_in_undone", f"person:{person_id}", {}, actor=actor)
        session.flush()
        _renumber_waitlist(session)
