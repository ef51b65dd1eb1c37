"""Who gets a badge, and what each badge shows: plain values for :mod:`govcamp.exports.badges`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from govcamp.domain.applicants import normalise_email
from govcamp.domain.checkin_codes import CODE_ALPHABET, is_keyboard_safe, normalise_code
from govcamp.domain.enums import Role, TicketState
from govcamp.domain.errors import GovcampError, NotFoundError
from govcamp.domain.words import N_, _
from govcamp.exports.badges import BadgeData
from govcamp.exports.qr import vcard

if TYPE_CHECKING:
    # The database stack is imported where it is used: the badge command reads most events without it
    # (see govcamp.services.badge_look), and importing SQLAlchemy, SQLModel and the tables is 0.4 s.
    from sqlmodel import Session

    from govcamp.store.eventfile import EventDB

#: The choices of people, as the command line and the Exports page name them.
WHO_CHOICES: dict[str, str] = {
    "attendees": N_("Everyone with a place (drawn, accepted or checked in)"),
    "confirmed": N_("Everyone who confirmed their place (accepted or checked in)"),
    "checked-in": N_("Everyone checked in today"),
    "all": N_("Everyone in the event, applicants included"),
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
    #: The event's export language (``en``, ``cy``, ``cy+en``): the badges' unless chosen otherwise.
    language: str = "en"


def in_language(batch: BadgeBatch, language: str | None = None) -> BadgeBatch:
    """``batch`` with every badge's language settled: ``language`` for all, or with ``person``, each person's
    preferred language (the event's where they gave none). ``None`` is the event's own language.

    Raises:
        GovcampError: an unknown language.
    """
    from govcamp.exports.wording import PER_PERSON, check_language

    chosen = check_language(language or batch.language, per_person=True)
    badges = tuple(
        replace(badge, language=(badge.language or batch.language) if chosen == PER_PERSON else chosen)
        for badge in batch.badges
    )
    return replace(batch, badges=badges)


def parse_who(text: str) -> str | tuple[int | str, ...]:
    """``attendees``/``confirmed``/``checked-in``/``all``, or people named by id, check-in code or e-mail.

    People are separated by commas (``12,K7PQ2M9X,sian@example.org``); ids come back as ints, codes and
    e-mails as the text given (:func:`badge_batch` finds them, codes in any case).
    """
    value = text.strip()
    if value.lower() in WHO_CHOICES:
        return value.lower()
    parts = [part.strip() for part in value.split(",") if part.strip()]
    if parts and all(part.isdigit() or "@" in part or _could_be_code(part) for part in parts):
        return tuple(dict.fromkeys(int(part) if part.isdigit() else part for part in parts))
    raise GovcampError(
        _(
            "“{text}” is not a choice of people: use {choices}, or people's ids, check-in codes or e-mails "
            "separated by commas, such as 12,K7PQ2M9X,sian@example.org."
        ).format(text=text, choices=", ".join(WHO_CHOICES))
    )


def _could_be_code(text: str) -> bool:
    """Letters and digits that a check-in code may be: all from the alphabet, or with a digit among them."""
    code = text.strip().upper()
    in_alphabet = all(ch in CODE_ALPHABET for ch in code)
    return is_keyboard_safe(code) and (in_alphabet or any(ch.isdigit() for ch in code))


def _resolve_people(session: Session, references: Sequence[int | str]) -> tuple[int, ...]:
    """Person ids for ids, check-in codes and e-mails, in the order given (each person once).

    Raises:
        NotFoundError: naming the first reference that is nobody in the event.
    """
    from sqlmodel import col, select

    from govcamp.store.tables import Person

    ids = [r for r in references if isinstance(r, int)]
    emails = {normalise_email(r): r for r in references if isinstance(r, str) and "@" in r}
    codes = {normalise_code(r): r for r in references if isinstance(r, str) and "@" not in r}
    known_ids = set(session.exec(select(Person.id).where(col(Person.id).in_(ids))).all()) if ids else set()
    by_email = dict(
        session.exec(
            select(Person.email_normalised, Person.id).where(col(Person.email_normalised).in_(list(emails)))
        ).all()
        if emails
        else []
    )
    by_code = dict(
        session.exec(
            select(Person.checkin_code, Person.id).where(col(Person.checkin_code).in_(list(codes)))
        ).all()
        if codes
        else []
    )
    found: list[int] = []
    for reference in references:
        if isinstance(reference, int):
            person_id: int | None = reference if reference in known_ids else None
        elif "@" in reference:
            person_id = by_email.get(normalise_email(reference))
        else:
            person_id = by_code.get(normalise_code(reference))
        if person_id is None:
            if isinstance(reference, int):
                raise NotFoundError(_("There is no person {id} in this event.").format(id=reference))
            if "@" in reference:
                raise NotFoundError(_("Nobody in this event has the e-mail {email}.").format(email=reference))
            if len(references) > 1:
                raise NotFoundError(
                    _("Nobody in this event has the check-in code “{code}”.").format(code=reference)
                )
            raise NotFoundError(
                _(
                    "Nobody in this event has the check-in code “{code}”, and it is not one of {choices}."
                ).format(code=reference, choices=", ".join(WHO_CHOICES))
            )
        found.append(person_id)
    return tuple(dict.fromkeys(found))


def badge_batch(db: EventDB, who: str | Sequence[int | str] = "attendees") -> BadgeBatch:
    """The badges for ``who``, in name order (people named in the order given).

    The QR holds the person's check-in code, unless the event allows contact cards *and* the person consented
    to one: then it holds a vCard with their name, organisation and e-mail.

    Raises:
        GovcampError: an unknown choice; NotFoundError: an id, code or e-mail the event does not hold.
    """
    from sqlmodel import col, select

    from govcamp.store.tables import Event, Person, SessionHost, Ticket

    named = parse_who(who) if isinstance(who, str) else tuple(who)
    with db.session() as session:
        event = session.exec(select(Event)).first()
        if event is None:
            raise GovcampError(_("This file holds no event."))
        choice = named if isinstance(named, str) else _resolve_people(session, named)
        statement = select(Person, Ticket.state).join(
            Ticket, col(Ticket.person_id) == col(Person.id), isouter=True
        )
        if isinstance(choice, tuple):
            statement = statement.where(col(Person.id).in_(choice))
        elif choice in _STATES:
            statement = statement.where(col(Ticket.state).in_(sorted(_STATES[choice])))
        rows = session.exec(statement).all()
        hosts = set(
            session.exec(select(SessionHost.person_id).where(col(SessionHost.person_id).is_not(None))).all()
        )
        badges: list[BadgeData] = []
        for person, _state in rows:
            assert person.id is not None
            badges.append(
                person_badge(
                    PersonRow(
                        person.id,
                        person.badge_name,
                        person.pronouns,
                        person.organisation,
                        person.role,
                        person.full_name,
                        person.email or "",
                        person.checkin_code,
                        person.preferred_language,
                        person.consent_contact_in_qr,
                        person.id in hosts,
                    ),
                    contact_cards=event.qr_contact_cards,
                )
            )
        event_name = event.name
        language = event.export_language
    if isinstance(choice, tuple):
        order = {pid: index for index, pid in enumerate(choice)}
        badges.sort(key=lambda badge: order[badge.person_id])
    else:
        sort_by_name(badges)
    return BadgeBatch(event_name, tuple(badges), count_cards(badges), language)


@dataclass(frozen=True)
class PersonRow:
    """What a badge needs of one person, however it was read."""

    person_id: int
    badge_name: str
    pronouns: str
    organisation: str
    role: str
    full_name: str
    email: str
    checkin_code: str
    preferred_language: str
    consent_contact_in_qr: bool
    hosts_a_session: bool


def person_badge(row: PersonRow, *, contact_cards: bool) -> BadgeData:
    """One person's badge: a session host shows as one, and the QR holds a vCard only by consent."""
    role = row.role
    if role == Role.ATTENDEE.value and row.hosts_a_session:
        role = Role.HOST.value
    if contact_cards and row.consent_contact_in_qr:
        payload, caption = vcard(row.full_name, row.organisation, row.email), ""
    else:
        payload = caption = row.checkin_code
    return BadgeData(
        person_id=row.person_id,
        name=row.badge_name,
        pronouns=row.pronouns,
        organisation=row.organisation,
        role=role,
        qr_payload=payload,
        qr_caption=caption,
        full_name=row.full_name,
        language=row.preferred_language,
    )


def sort_by_name(badges: list[BadgeData]) -> None:
    """Badges in the order they are printed for a choice of people: by the name shown, then by id."""
    badges.sort(key=lambda badge: ((badge.name or badge.full_name).casefold(), badge.person_id))


def count_cards(badges: Sequence[BadgeData]) -> int:
    """How many badges carry a contact card (a vCard) rather than a check-in code."""
    return sum(1 for badge in badges if badge.qr_payload.startswith("BEGIN:VCARD"))
