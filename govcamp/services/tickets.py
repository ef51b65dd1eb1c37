"""The waiting list and offers: places that free up go to the next person waiting, with a deadline.

Every change is written to the audit log. ``now`` is an argument everywhere, so tests and scripts can say
what time it is; the window passes the clock.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from govcamp.domain.applicants import normalise_organisation
from govcamp.domain.enums import TicketState, state_words
from govcamp.domain.errors import GovcampError, NotFoundError
from govcamp.domain.words import N_, _
from govcamp.services import safe_csv
from govcamp.services.lottery import HOLDING, _rules_of, audit, current_run
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Event, Person, Ticket, utcnow

EXPORTS = ("offered", "waitlisted", "confirmed")


@dataclass(frozen=True)
class TicketChange:
    """One ticket that changed: who, from which state to which."""

    person_id: int
    full_name: str
    before: str
    after: str
    offer_deadline: datetime | None = None


@dataclass(frozen=True)
class TicketsOutcome:
    """What one action did: the tickets asked about, and the offers that followed automatically."""

    changed: tuple[TicketChange, ...] = ()
    offered: tuple[TicketChange, ...] = ()


def _now(now: datetime | None) -> datetime:
    return now if now is not None else utcnow()


def resolve(session: Session, reference: str) -> Person:
    """A person by check-in code (any case, as a scanner types it), e-mail or id: the desk's one rule."""
    from govcamp.services.checkin import find_person

    person = find_person(session, reference)
    if person is None:
        raise NotFoundError(
            _("Nobody in this event is “{reference}” (give an id, an email or a check-in code).").format(
                reference=reference.strip()
            )
        )
    return person


def _ticket(session: Session, person: Person) -> Ticket:
    ticket = session.exec(select(Ticket).where(Ticket.person_id == person.id)).first()
    if ticket is None:
        raise NotFoundError(_("{full_name} has no ticket.").format(full_name=person.full_name))
    return ticket


def _set(
    session: Session,
    person: Person,
    ticket: Ticket,
    state: TicketState,
    now: datetime,
    *,
    actor: str,
    deadline: datetime | None = None,
    reason: str = "",
) -> TicketChange:
    before = ticket.state
    ticket.state = state.value
    ticket.updated_at = now
    ticket.offer_deadline = deadline
    if state != TicketState.WAITLISTED:
        ticket.waitlist_position = None
    session.add(ticket)
    detail: dict[str, object] = {"from": before, "to": state.value}
    if deadline is not None:
        detail["deadline"] = deadline.isoformat()
    if reason:
        detail["reason"] = reason
    audit(session, f"ticket.{state.value}", f"person:{person.id}", detail, actor=actor)
    assert person.id is not None
    return TicketChange(person.id, person.full_name, before, state.value, deadline)


def _offer_hours(session: Session, hours: int | None) -> int:
    if hours is not None:
        if hours < 1:
            raise GovcampError(_("An offer must stay open for at least an hour."))
        return hours
    return _rules_of(current_run(session))[1]


def _free_places(session: Session) -> int:
    rules, _hours = _rules_of(current_run(session))
    held = session.exec(select(Ticket.id).where(col(Ticket.state).in_(sorted(HOLDING)))).all()
    return rules.places - len(held)


def _waiting(session: Session) -> list[tuple[Ticket, Person]]:
    rows = session.exec(
        select(Ticket, Person)
        .join(Person, col(Person.id) == col(Ticket.person_id))
        .where(Ticket.state == TicketState.WAITLISTED.value)
        .order_by(col(Ticket.waitlist_position), col(Ticket.id))
    ).all()
    return [(ticket, person) for ticket, person in rows]


def _fill(session: Session, now: datetime, hours: int, *, actor: str) -> list[TicketChange]:
    """Offer free places to the waiting list in order; a group is offered together, and only if it fits."""
    free = _free_places(session)
    if free <= 0:
        return []
    rules, _ = _rules_of(current_run(session))
    cap = rules.cap_per_organisation
    held_orgs: Counter[str] = Counter()
    if cap is not None:
        holders = session.exec(
            select(Person.organisation)
            .join(Ticket, col(Ticket.person_id) == col(Person.id))
            .where(col(Ticket.state).in_(sorted(HOLDING)), col(Person.role).not_in(rules.guaranteed_roles))
        ).all()
        held_orgs.update(key for key in map(normalise_organisation, holders) if key)
    offered: list[TicketChange] = []
    waiting = _waiting(session)
    done: set[int] = set()
    deadline = now + timedelta(hours=hours)
    for ticket, person in waiting:
        if free <= 0:
            break
        if ticket.id in done:
            continue
        unit = [(t, p) for t, p in waiting if p.group_key and p.group_key == person.group_key] or [
            (ticket, person)
        ]
        done.update(t.id for t, _ in unit if t.id is not None)
        if len(unit) > free:
            continue
        orgs = Counter(k for k in (normalise_organisation(p.organisation) for _, p in unit) if k)
        if cap is not None and any(held_orgs[k] + n > cap for k, n in orgs.items()):
            continue
        for unit_ticket, unit_person in unit:
            offered.append(
                _set(
                    session,
                    unit_person,
                    unit_ticket,
                    TicketState.OFFERED,
                    now,
                    actor=actor,
                    deadline=deadline,
                )
            )
        held_orgs.update(orgs)
        free -= len(unit)
    _renumber(session)
    return offered


def _renumber(session: Session) -> None:
    for position, (ticket, _person) in enumerate(_waiting(session), start=1):
        if ticket.waitlist_position != position:
            ticket.waitlist_position = position
            session.add(ticket)
    session.flush()


def offer(
    db: EventDB,
    people: Sequence[str] = (),
    *,
    hours: int | None = None,
    now: datetime | None = None,
    actor: str = "",
) -> TicketsOutcome:
    """Offer a place to these people, or with nobody named, offer the free places in waiting-list order."""
    moment = _now(now)
    with db.session() as session:
        span = _offer_hours(session, hours)
        if not people:
            return TicketsOutcome(offered=tuple(_fill(session, moment, span, actor=actor)))
        changes: list[TicketChange] = []
        for reference in people:
            person = resolve(session, reference)
            ticket = _ticket(session, person)
            if ticket.state in HOLDING:
                raise GovcampError(
                    _("{full_name} already has a place ({state}).").format(
                        full_name=person.full_name, state=state_words(ticket.state)
                    )
                )
            changes.append(
                _set(
                    session,
                    person,
                    ticket,
                    TicketState.OFFERED,
                    moment,
                    actor=actor,
                    deadline=moment + timedelta(hours=span),
                )
            )
        session.flush()
        _renumber(session)
        return TicketsOutcome(changed=tuple(changes))


_ALLOWED: dict[TicketState, frozenset[str]] = {
    TicketState.ACCEPTED: frozenset(
        {TicketState.DRAWN.value, TicketState.OFFERED.value, TicketState.ACCEPTED.value}
    ),
    TicketState.DECLINED: frozenset(
        {
            TicketState.DRAWN.value,
            TicketState.OFFERED.value,
            TicketState.ACCEPTED.value,
            TicketState.WAITLISTED.value,
            TicketState.APPLIED.value,
        }
    ),
    TicketState.CANCELLED: frozenset(
        {
            TicketState.DRAWN.value,
            TicketState.OFFERED.value,
            TicketState.ACCEPTED.value,
            TicketState.WAITLISTED.value,
            TicketState.APPLIED.value,
            TicketState.DECLINED.value,
            TicketState.EXPIRED.value,
        }
    ),
}


def _change(
    db: EventDB,
    people: Sequence[str],
    state: TicketState,
    *,
    hours: int | None,
    now: datetime | None,
    actor: str,
    refill: bool = True,
) -> TicketsOutcome:
    moment = _now(now)
    with db.session() as session:
        changes: list[TicketChange] = []
        for reference in people:
            person = resolve(session, reference)
            ticket = _ticket(session, person)
            if ticket.state not in _ALLOWED[state]:
                refusal = {
                    "accepted": N_("{full_name}'s ticket is {state}; there is nothing to accept."),
                    "declined": N_("{full_name}'s ticket is {state}; there is nothing to decline."),
                    "cancelled": N_("{full_name}'s ticket is {state}; there is nothing to cancel."),
                }[state.value]
                raise GovcampError(
                    _(refusal).format(full_name=person.full_name, state=state_words(ticket.state))
                )
            if ticket.state == state.value:
                continue
            changes.append(_set(session, person, ticket, state, moment, actor=actor))
        session.flush()
        _renumber(session)
        offered: list[TicketChange] = []
        if refill and any(c.before in HOLDING for c in changes):
            offered = _fill(session, moment, _offer_hours(session, hours), actor=actor)
        return TicketsOutcome(tuple(changes), tuple(offered))


def accept(
    db: EventDB, people: Sequence[str], *, now: datetime | None = None, actor: str = ""
) -> TicketsOutcome:
    """These people take their place."""
    return _change(db, people, TicketState.ACCEPTED, hours=None, now=now, actor=actor, refill=False)


def decline(
    db: EventDB,
    people: Sequence[str],
    *,
    hours: int | None = None,
    now: datetime | None = None,
    actor: str = "",
) -> TicketsOutcome:
    """These people say no; any place they held is offered to the next person waiting."""
    return _change(db, people, TicketState.DECLINED, hours=hours, now=now, actor=actor)


def cancel(
    db: EventDB,
    people: Sequence[str],
    *,
    hours: int | None = None,
    now: datetime | None = None,
    actor: str = "",
) -> TicketsOutcome:
    """These tickets are cancelled; any place they held is offered to the next person waiting."""
    return _change(db, people, TicketState.CANCELLED, hours=hours, now=now, actor=actor)


def expire(
    db: EventDB, *, hours: int | None = None, now: datetime | None = None, actor: str = ""
) -> TicketsOutcome:
    """Offers past their deadline expire; their places pass on to the next people waiting."""
    moment = _now(now)
    with db.session() as session:
        rows = session.exec(
            select(Ticket, Person)
            .join(Person, col(Person.id) == col(Ticket.person_id))
            .where(Ticket.state == TicketState.OFFERED.value, col(Ticket.offer_deadline).is_not(None))
        ).all()
        changes = [
            _set(
                session,
                person,
                ticket,
                TicketState.EXPIRED,
                moment,
                actor=actor,
                reason="no reply by the deadline",
            )
            for ticket, person in rows
            if ticket.offer_deadline is not None and ticket.offer_deadline <= moment
        ]
        session.flush()
        offered: list[TicketChange] = []
        if changes:
            offered = _fill(session, moment, _offer_hours(session, hours), actor=actor)
        return TicketsOutcome(tuple(changes), tuple(offered))


def restore(db: EventDB, changes: Iterable[TicketChange], *, actor: str = "") -> None:
    """Put tickets back as they were before ``changes`` (the window's undo); written to the audit log."""
    moment = utcnow()
    with db.session() as session:
        for change in changes:
            person = session.get(Person, change.person_id)
            if person is None:
                continue
            ticket = _ticket(session, person)
            _set(
                session,
                person,
                ticket,
                TicketState(change.before),
                moment,
                actor=actor,
                reason="undone",
                deadline=change.offer_deadline if change.before == TicketState.OFFERED.value else None,
            )
            if change.before == TicketState.WAITLISTED.value:
                ticket.waitlist_position = 0  # back to the front; renumbered below
        session.flush()
        _renumber(session)


def export_csv(db: EventDB, which: str, target: Path) -> int:
    """Write a CSV for a mail merge: ``offered`` (with deadline), ``waitlisted`` (with position) or
    ``confirmed`` (with personal check-in code). Returns the number of people written."""
    if which not in EXPORTS:
        raise GovcampError(
            _("Export one of {value}, not “{which}”.").format(value=", ".join(EXPORTS), which=which)
        )
    with db.session() as session:
        event = session.exec(select(Event)).first()
        zone = ZoneInfo(event.timezone if event else "Europe/London")
        states = {
            "offered": [TicketState.OFFERED.value],
            "waitlisted": [TicketState.WAITLISTED.value],
            "confirmed": [TicketState.ACCEPTED.value, TicketState.CHECKED_IN.value],
        }[which]
        rows = session.exec(
            select(Ticket, Person)
            .join(Person, col(Person.id) == col(Ticket.person_id))
            .where(col(Ticket.state).in_(states))
            .order_by(col(Ticket.waitlist_position), col(Ticket.offer_deadline), col(Person.full_name))
        ).all()
        header = ["id", "full_name", "badge_name", "email", "organisation"]
        extra = {
            "offered": ["offer_deadline"],
            "waitlisted": ["waitlist_position"],
            "confirmed": ["checkin_code"],
        }
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = safe_csv.writer(handle)  # a name like =HYPERLINK(…) must not run in Excel
            writer.writerow(header + extra[which])
            for ticket, person in rows:
                base = [
                    person.id,
                    person.full_name,
                    person.badge_name,
                    person.email or "",
                    person.organisation,
                ]
                if which == "offered":
                    deadline = ticket.offer_deadline
                    value = deadline.astimezone(zone).strftime("%Y-%m-%d %H:%M") if deadline else ""
                elif which == "waitlisted":
                    value = str(ticket.waitlist_position or "")
                else:
                    value = person.checkin_code
                writer.writerow([*base, value])
        return len(rows)
