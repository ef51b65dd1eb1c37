"""Who gets a badge, and what each badge shows: plain values for :mod:`govcamp.exports.badges`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import col, select

from govcamp.domain.enums import Role, TicketState
from govcamp.domain.errors import GovcampError, NotFoundError
from govcamp.exports.badges import BadgeData
from govcamp.exports.qr import vcard
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Event, Person, SessionHost, Ticket

#: The choices of people, as the command line and the Exports page name them.
WHO_CHOICES: dict[str, str] = {
    "attendees": "Everyone with a place (drawn, accepted or checked in)",
    "confirmed": "Everyone who confirmed their place (accepted or checked in)",
    "checked-in": "Everyone checked in today",
    "all": "Everyone in the event, applicants included",
}

_STATES: dict[str, frozenset[str]] = {
    "attendees": frozenset({TicketState.DRAWN, TicketState.ACCEPTED, TicketState.CHECKED_IN}),
    "confirmed": frozenset({TicketState.ACCEPTED, TicketState.CHECKED_IN}),
    "checked-in": frozenset({TicketState.CHECKED_IN}),
}


@dataclass(frozen=True)
class BadgeBatch:
    """The badges to print and the event they are for."""

    event_name: str
    badges: tuple[BadgeData, ...]
    contact_cards: int  # how many badges carry a vCard rather than a check-in code


def parse_who(text: str) -> str | tuple[int, ...]:
    """``attendees``/``confirmed``/``checked-in``/``all``, or a comma-separated list of person ids."""
    value = text.strip().lower()
    if value in WHO_CHOICES:
        return value
    parts = [part.strip() for part in value.split(",") if part.strip()]
    if parts and all(part.isdigit() for part in parts):
        return tuple(dict.fromkeys(int(part) for part in parts))
    raise GovcampError(
        f"“{text}” is not a choice of people: use {', '.join(WHO_CHOICES)} or person ids such as 12,40,41."
    )


def badge_batch(db: EventDB, who: str | Sequence[int] = "attendees") -> BadgeBatch:
    """The badges for ``who``, in name order (ids in the order given).

    The QR holds the person's check-in code, unless the event allows contact cards *and* the person consented
    to one: then it holds a vCard with their name, organisation and e-mail.

    Raises:
        GovcampError: an unknown choice; NotFoundError: a person id the event does not hold.
    """
    choice = parse_who(who) if isinstance(who, str) else tuple(who)
    with db.session() as session:
        event = session.exec(select(Event)).first()
        if event is None:
            raise GovcampError("This file holds no event.")
        statement = select(Person, Ticket.state).join(
            Ticket, col(Ticket.person_id) == col(Person.id), isouter=True
        )
        if isinstance(choice, tuple):
            statement = statement.where(col(Person.id).in_(choice))
        elif choice in _STATES:
            statement = statement.where(col(Ticket.state).in_(sorted(_STATES[choice])))
        rows = session.exec(statement).all()
        if isinstance(choice, tuple):
            found = {person.id for person, _state in rows}
            missing = [pid for pid in choice if pid not in found]
            if missing:
                raise NotFoundError(f"There is no person {missing[0]} in this event.")
        hosts = set(
            session.exec(select(SessionHost.person_id).where(col(SessionHost.person_id).is_not(None))).all()
        )
        badges: list[BadgeData] = []
        cards = 0
        for person, _state in rows:
            assert person.id is not None
            role = person.role
            if role == Role.ATTENDEE.value and person.id in hosts:
                role = Role.HOST.value
            if event.qr_contact_cards and person.consent_contact_in_qr:
                payload = vcard(person.full_name, person.organisation, person.email or "")
                caption = ""
                cards += 1
            else:
                payload = caption = person.checkin_code
            badges.append(
                BadgeData(
                    person_id=person.id,
                    name=person.badge_name,
                    pronouns=person.pronouns,
                    organisation=person.organisation,
                    role=role,
                    qr_payload=payload,
                    qr_caption=caption,
                    full_name=person.full_name,
                )
            )
        event_name = event.name
    if isinstance(choice, tuple):
        order = {pid: index for index, pid in enumerate(choice)}
        badges.sort(key=lambda badge: order[badge.person_id])
    else:
        badges.sort(key=lambda badge: ((badge.name or badge.full_name).casefold(), badge.person_id))
    return BadgeBatch(event_name, tuple(badges), cards)
