"""The welcome desk: check people in (never twice), the door queue, releasing no-shows, walk-ins.

Checking in is one conditional ``UPDATE … WHERE state IN (places)``: when two desks (two processes) check the
same code at the same moment, SQLite lets one write first and the other's update then matches no row, so one
gets ``checked_in`` and the other ``already``. ``now`` is an argument everywhere, as in
:mod:`govcamp.services.tickets`; every change goes to the audit log.
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
from govcamp.domain.enums import Role, TicketState
from govcamp.domain.errors import GovcampError, NotFoundError, ValidationError
from govcamp.services.lottery import HOLDING, _rules_of, audit, current_run
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Event, Person, Ticket, utcnow

#: Roles whose places are never released as no-shows: the people running the day come when their shift does.
STAFF_ROLES = frozenset({Role.ORGANISER.value, Role.VOLUNTEER.value, Role.SPONSOR.value})


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
    if person is None and text.upper() != text:
        person = session.exec(select(Person).where(Person.checkin_code == text.upper())).first()
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
            f"Nobody in this event is “{reference.strip()}” (give a check-in code, e-mail or id)."
        )
    return person


def _ticket(session: Session, person: Person) -> Ticket:
    ticket = session.exec(select(Ticket).where(Ticket.person_id == person.id)).first()
    if ticket is None:
        raise NotFoundError(f"{person.full_name} has no ticket.")
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
            f"on the waiting list, number {ticket.waitlist_position}"
            if ticket.waitlist_position
            else "on the waiting list"
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
                CheckinResult.NO_PLACE, reference.strip(), _brief(person), reason="has no ticket"
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
            raise GovcampError(f"{person.full_name} is not checked in; there is nothing to undo.")
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


# -------------------------------------------------------------------------------------------- door queue


def _door_queue_rows(session: Session) -> list[tuple[Ticket, Person]]:
    rows = session.exec(
        select(Ticket, Person)
        .join(Person, col(Person.id) == col(Ticket.person_id))
        .where(Ticket.state == TicketState.WAITLISTED.value, col(Ticket.door_queued_at).is_not(None))
        .order_by(col(Ticket.waitlist_position), col(Ticket.door_queued_at), col(Ticket.id))
    ).all()
    return [(ticket, person) for ticket, person in rows]


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
                f"{person.full_name} is not on the waiting list ({ticket.state.replace('_', ' ')}); "
                "only people waiting for a place join the door queue."
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
        raise ValidationError("full_name", "A walk-in needs a name.")
    email = person.email.strip()
    with db.session() as session:
        normalised = normalise_email(email) if email else None
        if (
            normalised
            and session.exec(select(Person.id).where(Person.email_normalised == normalised)).first()
        ):
            raise ValidationError(
                "email", f"Someone in this event already has the e-mail {email}: scan or search for them."
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
