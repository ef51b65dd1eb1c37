"""The welcome desk: check people in (never twice) and take it back, the desk's counts, and its search.

Checking in is one conditional ``UPDATE … WHERE state IN (places)``: when two desks (two processes) check the
same code at the same moment, SQLite lets one write first and the other's update then matches no row, so one
gets ``checked_in`` and the other ``already``. ``now`` is an argument everywhere, as in
:mod:`govcamp.services.tickets`; every change goes to the audit log. The door queue, releasing no-shows and
walk-ins are in :mod:`govcamp.services.door`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from govcamp.domain.applicants import normalise_email
from govcamp.domain.checkin import (
    CAN_CHECK_IN,
    CheckinResult,
    SearchEntry,
    arrivals_per_quarter,
    fold_code,
    no_place_reason,
    result_for,
)
from govcamp.domain.checkin_codes import normalise_code
from govcamp.domain.enums import Role, TicketState
from govcamp.domain.errors import GovcampError, NotFoundError
from govcamp.domain.words import _
from govcamp.services.lottery import HOLDING, _rules_of, audit, current_run
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Event, Person, Ticket, utcnow


@dataclass(frozen=True)
class PersonBrief:
    """A person as the desk shows them to the queue."""

    id: int
    full_name: str
    organisation: str = ""
    badge_name: str = ""
    pronouns: str = ""
    role: str = Role.ATTENDEE.value
    checkin_code: str = ""
    #: True when the person told us of access needs: the desk flags it for the host, never shows the detail.
    access_needs: bool = False

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "full_name": self.full_name, "organisation": self.organisation}


@dataclass(frozen=True)
class CheckinOutcome:
    """What the desk says after a scan or a choice: the result, who, and what to do next."""

    result: CheckinResult
    query: str
    person: PersonBrief | None = None
    state: str = ""  # the ticket's state now
    before: str = ""  # the ticket's state before this check-in (for undo)
    checked_in_at: datetime | None = None
    desk: str = ""
    reason: str = ""
    waitlist_position: int | None = None
    in_door_queue: bool = False

    @property
    def ok(self) -> bool:
        return self.result in (CheckinResult.CHECKED_IN, CheckinResult.ALREADY)

    def as_json(self) -> dict[str, object]:
        return {
            "result": self.result.value,
            "person": self.person.as_json() if self.person else None,
            "checked_in_at": self.checked_in_at.isoformat() if self.checked_in_at else None,
            "desk": self.desk or None,
        }


@dataclass(frozen=True)
class DeskCounts:
    """The live counts the desk shows."""

    expected: int  # everyone holding a place, checked in or not
    checked_in: int
    not_yet: int
    door_queue: int
    free_places: int
    arrivals: tuple[tuple[datetime, int], ...] = ()  # (start of the quarter hour, on the event's clock)


@dataclass(frozen=True)
class DeskPerson:
    """One person in ``checkin list``: their brief, state, and when and where they checked in."""

    person: PersonBrief
    state: str
    checked_in_at: datetime | None
    desk: str
    waitlist_position: int | None
    in_door_queue: bool


# ------------------------------------------------------------------------------------------------ finding


def _now(now: datetime | None) -> datetime:
    return now if now is not None else utcnow()


def _brief(person: Person) -> PersonBrief:
    assert person.id is not None
    return PersonBrief(
        id=person.id,
        full_name=person.full_name,
        organisation=person.organisation,
        badge_name=person.badge_name,
        pronouns=person.pronouns,
        role=person.role,
        checkin_code=person.checkin_code,
        access_needs=bool(person.access_needs.strip()),
    )


def find_person(session: Session, reference: str) -> Person | None:
    """A person by check-in code (as a scanner types it: any case, spaces around), e-mail or id."""
    text = reference.strip()
    if not text:
        return None
    if "@" in text:
        return session.exec(select(Person).where(Person.email_normalised == normalise_email(text))).first()
    # The stored code as it is, then any case: the exact match uses the index, the folded one is a scan
    # that only a code typed in the wrong case pays for.
    person = session.exec(select(Person).where(Person.checkin_code == text)).first()
    if person is None and normalise_code(text) != text:
        # Any case, and a typed O, I or L read as 0, 1, 1 (no code holds those letters).
        person = session.exec(select(Person).where(Person.checkin_code == normalise_code(text))).first()
    if person is None:
        person = session.exec(
            select(Person).where(func.lower(Person.checkin_code) == fold_code(text))
        ).first()
    if person is None and text.isdigit():
        person = session.get(Person, int(text))
    return person


def _resolve(session: Session, reference: str) -> Person:
    person = find_person(session, reference)
    if person is None:
        raise NotFoundError(
            _("Nobody in this event is “{reference}” (give a check-in code, e-mail or id).").format(
                reference=reference.strip()
            )
        )
    return person


def _ticket(session: Session, person: Person) -> Ticket:
    ticket = session.exec(select(Ticket).where(Ticket.person_id == person.id)).first()
    if ticket is None:
        raise NotFoundError(_("{name} has no ticket.").format(name=person.full_name))
    return ticket


def _zone(session: Session) -> ZoneInfo:
    event = session.exec(select(Event)).first()
    return ZoneInfo(event.timezone if event else "Europe/London")


def _door_position(session: Session, ticket: Ticket) -> int | None:
    if ticket.door_queued_at is None or ticket.state != TicketState.WAITLISTED.value:
        return None
    ids = [t.id for t, _p in _door_queue_rows(session)]
    return ids.index(ticket.id) + 1 if ticket.id in ids else None


def _outcome(
    session: Session, query: str, person: Person, ticket: Ticket, result: CheckinResult, before: str
) -> CheckinOutcome:
    reason = ""
    if result == CheckinResult.NO_PLACE:
        reason = no_place_reason(ticket.state)
    elif result == CheckinResult.WAITLISTED:
        reason = (
            _("on the waiting list, number {position}").format(position=ticket.waitlist_position)
            if ticket.waitlist_position
            else _("on the waiting list")
        )
    return CheckinOutcome(
        result=result,
        query=query,
        person=_brief(person),
        state=ticket.state,
        before=before,
        checked_in_at=ticket.checked_in_at if ticket.state == TicketState.CHECKED_IN.value else None,
        desk=(ticket.checkin_desk or "") if ticket.state == TicketState.CHECKED_IN.value else "",
        reason=reason,
        waitlist_position=ticket.waitlist_position,
        in_door_queue=ticket.door_queued_at is not None,
    )


# ------------------------------------------------------------------------------------------------ check in


def _claim(session: Session, ticket_id: int, states: Collection[str], now: datetime, desk: str) -> bool:
    """Check one ticket in if its state is still one of ``states``; True when this call did it."""
    done = session.connection().execute(
        update(Ticket)
        .where(col(Ticket.id) == ticket_id, col(Ticket.state).in_(sorted(states)))
        .values(
            state=TicketState.CHECKED_IN.value,
            checked_in_at=now,
            checkin_desk=desk,
            updated_at=now,
            door_queued_at=None,
            waitlist_position=None,
            offer_deadline=None,
        )
    )
    return bool(done.rowcount == 1)


def check_in(
    db: EventDB, reference: str, *, desk: str = "", now: datetime | None = None, actor: str = ""
) -> CheckinOutcome:
    """Check in the person a scanned code, e-mail or id names; never twice.

    Returns the outcome whatever it is (``unknown`` too): refusing is the desk's everyday work, not an error.
    """
    moment = _now(now)
    desk = desk.strip()
    with db.session() as session:
        person = find_person(session, reference)
        if person is None:
            return CheckinOutcome(CheckinResult.UNKNOWN, reference.strip())
        ticket = session.exec(select(Ticket).where(Ticket.person_id == person.id)).first()
        if ticket is None or ticket.id is None:
            return CheckinOutcome(
                CheckinResult.NO_PLACE, reference.strip(), _brief(person), reason=_("has no ticket")
            )
        before = ticket.state
        result = result_for(before)
        if result == CheckinResult.CHECKED_IN:
            if _claim(session, ticket.id, CAN_CHECK_IN, moment, desk):
                audit(
                    session,
                    "ticket.checked_in",
                    f"person:{person.id}",
                    {"from": before, "to": TicketState.CHECKED_IN.value, "desk": desk},
                    actor=actor,
                )
            else:
                result = CheckinResult.ALREADY  # another desk was quicker; its check-in stands
            session.refresh(ticket)
            if result == CheckinResult.ALREADY and ticket.state != TicketState.CHECKED_IN.value:
                result = result_for(ticket.state)
        return _outcome(session, reference.strip(), person, ticket, result, before)


def undo_check_in(
    db: EventDB, reference: str, *, to_state: str = TicketState.ACCEPTED.value, actor: str = ""
) -> CheckinOutcome:
    """Take back a check-in: the person holds their place again (``accepted``, or ``to_state``).

    Raises:
        GovcampError: the person is not checked in.
    """
    moment = utcnow()
    with db.session() as session:
        person = _resolve(session, reference)
        ticket = _ticket(session, person)
        if ticket.state != TicketState.CHECKED_IN.value:
            raise GovcampError(
                _("{name} is not checked in; there is nothing to undo.").format(name=person.full_name)
            )
        ticket.state = to_state
        ticket.checked_in_at = None
        ticket.checkin_desk = None
        ticket.updated_at = moment
        session.add(ticket)
        audit(
            session,
            f"ticket.{to_state}",
            f"person:{person.id}",
            {"from": TicketState.CHECKED_IN.value, "to": to_state, "reason": "check-in undone"},
            actor=actor,
        )
        session.flush()
        return _outcome(session, reference, person, ticket, result_for(ticket.state), TicketState.CHECKED_IN)


# ---------------------------------------------------------------------------------------------- counts


def _places(session: Session) -> int:
    rules, _hours = _rules_of(current_run(session))
    return rules.places


def _holding(session: Session) -> int:
    return int(
        session.exec(select(func.count(col(Ticket.id))).where(col(Ticket.state).in_(sorted(HOLDING)))).one()
    )


def counts(db: EventDB) -> DeskCounts:
    """Expected, checked in, not yet, the door queue, free places and arrivals per quarter hour."""
    with db.session() as session:
        by_state = dict(
            session.exec(select(Ticket.state, func.count(col(Ticket.id))).group_by(col(Ticket.state))).all()
        )
        expected = sum(int(n) for s, n in by_state.items() if s in HOLDING)
        checked_in = int(by_state.get(TicketState.CHECKED_IN.value, 0))
        door = int(
            session.exec(
                select(func.count(col(Ticket.id))).where(
                    Ticket.state == TicketState.WAITLISTED.value, col(Ticket.door_queued_at).is_not(None)
                )
            ).one()
        )
        moments = [
            m
            for m in session.exec(
                select(Ticket.checked_in_at).where(
                    Ticket.state == TicketState.CHECKED_IN.value, col(Ticket.checked_in_at).is_not(None)
                )
            ).all()
            if m is not None
        ]
        zone = _zone(session)
        return DeskCounts(
            expected=expected,
            checked_in=checked_in,
            not_yet=expected - checked_in,
            door_queue=door,
            free_places=max(0, _places(session) - expected),
            arrivals=tuple(arrivals_per_quarter(moments, zone)),
        )


def people(db: EventDB) -> list[DeskPerson]:
    """Everyone holding a place, waiting at the door, or marked no-show, in name order."""
    states = sorted(HOLDING | {TicketState.NO_SHOW.value, TicketState.WAITLISTED.value})
    with db.session() as session:
        rows = session.exec(
            select(Person, Ticket)
            .join(Ticket, col(Ticket.person_id) == col(Person.id))
            .where(col(Ticket.state).in_(states))
        ).all()
        out = [
            DeskPerson(
                _brief(person),
                ticket.state,
                ticket.checked_in_at,
                ticket.checkin_desk or "",
                ticket.waitlist_position,
                ticket.door_queued_at is not None,
            )
            for person, ticket in rows
            if ticket.state != TicketState.WAITLISTED.value or ticket.door_queued_at is not None
        ]
    out.sort(key=lambda p: (p.person.full_name.casefold(), p.person.id))
    return out


def search_entries(db: EventDB) -> list[SearchEntry]:
    """Every person's searchable fields, for :class:`govcamp.domain.checkin.SearchIndex`."""
    with db.session() as session:
        # Five plain columns straight from the connection: no ORM rows for 20,000 people.
        rows = (
            session.connection()
            .execute(
                sa_select(
                    col(Person.id),
                    col(Person.full_name),
                    col(Person.organisation),
                    col(Person.email),
                    col(Person.checkin_code),
                )
            )
            .all()
        )
    return [SearchEntry(int(pid or 0), name, org, email or "", code) for pid, name, org, email, code in rows]


def person_count(db: EventDB) -> int:
    """How many people the event holds (cheap: the desk asks every few seconds whether to re-read them)."""
    with db.session() as session:
        return int(session.exec(select(func.count(col(Person.id)))).one())


def look_up(db: EventDB, person_ids: Sequence[int]) -> dict[int, DeskPerson]:
    """The desk's view of a few people (the search's matches), by id."""
    with db.session() as session:
        rows = session.exec(
            select(Person, Ticket)
            .join(Ticket, col(Ticket.person_id) == col(Person.id), isouter=True)
            .where(col(Person.id).in_(list(person_ids)))
        ).all()
        return {
            _brief(person).id: DeskPerson(
                _brief(person),
                ticket.state if ticket else "",
                ticket.checked_in_at if ticket else None,
                (ticket.checkin_desk or "") if ticket else "",
                ticket.waitlist_position if ticket else None,
                bool(ticket and ticket.door_queued_at is not None),
            )
            for person, ticket in rows
        }


def _door_queue_rows(session: Session) -> list[tuple[Ticket, Person]]:
    rows = session.exec(
        select(Ticket, Person)
        .join(Person, col(Person.id) == col(Ticket.person_id))
        .where(Ticket.state == TicketState.WAITLISTED.value, col(Ticket.door_queued_at).is_not(None))
        .order_by(col(Ticket.waitlist_position), col(Ticket.door_queued_at), col(Ticket.id))
    ).all()
    return [(ticket, person) for ticket, person in rows]
