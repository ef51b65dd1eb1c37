"""Who gets a badge, and what each badge shows: plain values for :mod:`govcamp.exports.badges`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlmodel import Session, col, select

from govcamp.domain.applicants import normalise_email
from govcamp.domain.checkin_codes import CODE_ALPHABET, is_keyboard_safe, normalise_code
from govcamp.domain.enums import Role, TicketState
from govcamp.domain.errors import GovcampError, NotFoundError
from govcamp.domain.words import N_, _
from govcamp.exports.badges import BadgeData
from govcamp.exports.qr import vcard
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Event, Person, SessionHost, Ticket

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
                    language=person.preferred_language,
                )
            )
        event_name = event.name
        language = event.export_language
    if isinstance(choice, tuple):
        order = {pid: index for index, pid in enumerate(choice)}
        badges.sort(key=lambda badge: order[badge.person_id])
    else:
        badges.sort(key=lambda badge: ((badge.name or badge.full_name).casefold(), badge.person_id))
    return BadgeBatch(event_name, tuple(badges), cards, language)
