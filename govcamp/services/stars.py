"""Stars from attendees' phones (issue 15): what people want to see, fed to the solver.

The rules, all enforced here so the web server, the command line and the window agree:

* a person signs in with the check-in code on their badge; only a person **checked in** may star, and only
  the stars of people checked in now count (a check-in undone stops them counting, it does not delete them);
* one star per person per session: the pair is the table's primary key, so two phones starring at once
  make one star;
* at most :func:`max_stars` stars each (the event's ``max_stars``, 10 unless changed); the limit is checked
  with the person's row locked on a server, and inside SQLite's single writer on a file, so a burst of
  posts cannot pass it;
* the desk can revoke a person's code for phones (:func:`revoke_code`): it cannot sign in and its stars
  stop counting, until :func:`restore_code`.

The solver's interest lists (``interests`` in grid-solve.md) are the hands and interest already recorded
(the ``interest`` table) merged with the counted stars: see :func:`counted_stars` and
:func:`govcamp.services.grid.build_instance`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from govcamp.domain.enums import TicketState
from govcamp.domain.errors import GovcampError, NotFoundError, ValidationError
from govcamp.domain.words import _, ngettext
from govcamp.services.checkin import find_person
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Event, Person, PhoneRevocation, Star, Ticket, utcnow
from govcamp.store.tables import Session as SessionRow

__all__ = [
    "DEFAULT_MAX_STARS",
    "StarCount",
    "StarLimitError",
    "StarRefusedError",
    "Starrer",
    "counted_stars",
    "max_stars",
    "person_id_of",
    "restore_code",
    "revoke_code",
    "set_max_stars",
    "sign_in",
    "star",
    "star_counts",
    "stars_of",
    "unstar",
]

#: The limit a new event starts with.
DEFAULT_MAX_STARS = 10
#: The most any event may allow (a limit is what stops one person steering the grid).
MOST_STARS = 100

PersonRef = str | int


class StarRefusedError(GovcampError):
    """A star that the rules refuse (not checked in, code revoked, the limit reached, no such session)."""


class StarLimitError(StarRefusedError):
    """The person has starred as many sessions as the event allows: known by its kind, not its words,
    which follow the window's language."""


@dataclass(frozen=True)
class StarCount:
    """How many counted stars a session has."""

    session_id: int
    stars: int


@dataclass(frozen=True)
class Starrer:
    """A person signed in on a phone: only what their own page needs (never their name or code)."""

    person_id: int
    checked_in: bool
    revoked: bool

    @property
    def may_star(self) -> bool:
        return self.checked_in and not self.revoked


# ---------------------------------------------------------------------------------------------- helpers


def _person(session: Session, person: PersonRef) -> Person:
    found = session.get(Person, person) if isinstance(person, int) else find_person(session, person)
    if found is None or found.id is None:
        raise NotFoundError(_("Nobody in this event is “{person}”.").format(person=str(person).strip()))
    return found


def _by_code(session: Session, code: str) -> Person | None:
    """The person whose check-in code this is (any case, as a badge is typed), never by e-mail or id."""
    text = code.strip()
    if not text or "@" in text or text.isdigit():
        return None
    return find_person(session, text)


def _checked_in(session: Session, person_id: int) -> bool:
    state = session.exec(select(Ticket.state).where(Ticket.person_id == person_id)).first()
    return state == TicketState.CHECKED_IN.value


def _revoked(session: Session, person_id: int) -> bool:
    return session.get(PhoneRevocation, person_id) is not None


def _limit(session: Session) -> int:
    value = session.exec(select(Event.max_stars)).first()
    return DEFAULT_MAX_STARS if value is None else int(value)


def _take_write_lock(session: Session) -> None:
    """On an event file, become the writer before reading, so what is read stays true until commit.

    SQLite's Python driver begins a transaction only at the first write, so a count read before it could be
    stale by then; ``BEGIN IMMEDIATE`` waits (the busy timeout) for the one writer's lock first.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite" and not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _counted_people() -> object:
    """A subquery of the people whose stars count: checked in, code not revoked."""
    return (
        select(Ticket.person_id)
        .where(Ticket.state == TicketState.CHECKED_IN.value)
        .where(col(Ticket.person_id).not_in(select(PhoneRevocation.person_id)))
    )


def _programme_ids(session: Session) -> list[int]:
    """Sessions people can star: every session not withdrawn."""
    rows = session.exec(
        select(SessionRow.id).where(col(SessionRow.withdrawn).is_(False)).order_by(col(SessionRow.id))
    ).all()
    return [int(r) for r in rows if r is not None]


# ------------------------------------------------------------------------------------------------ reads


def starrer(db: EventDB, person_id: int) -> Starrer | None:
    """Whether a signed-in person may still star (None when they no longer exist: erased)."""
    with db.session() as session:
        if session.get(Person, person_id) is None:
            return None
        return Starrer(person_id, _checked_in(session, person_id), _revoked(session, person_id))


def sign_in(db: EventDB, code: str) -> Starrer:
    """The person a phone signs in as, given the code on their badge.

    Raises:
        StarRefusedError: no such code, a code revoked for phones, or a person not checked in yet; the
            message never says which person a code belongs to.
    """
    with db.session() as session:
        person = _by_code(session, code)
        if person is None or person.id is None:
            raise StarRefusedError(_("That code is not one we know. Check the code printed on your badge."))
        if _revoked(session, person.id):
            raise StarRefusedError(_("That code no longer works on phones. Ask at the welcome desk."))
        if not _checked_in(session, person.id):
            raise StarRefusedError(_("Check in at the welcome desk first, then sign in here."))
        return Starrer(person.id, True, False)


def person_id_of(db: EventDB, person: PersonRef) -> int:
    """The id of the person a check-in code, e-mail or id names (the desk's ways of naming someone).

    Raises:
        NotFoundError: nobody is.
    """
    with db.session() as session:
        found = _person(session, person)
        assert found.id is not None
        return found.id


def max_stars(db: EventDB) -> int:
    """How many sessions one person may star."""
    with db.session() as session:
        return _limit(session)


def stars_of(db: EventDB, person_id: int) -> list[int]:
    """The sessions the person starred, by id (whether or not their stars count now)."""
    with db.session() as session:
        rows = session.exec(
            select(Star.session_id).where(Star.person_id == person_id).order_by(col(Star.session_id))
        ).all()
        return [int(r) for r in rows]


def counted_stars(session: Session) -> list[tuple[int, int]]:
    """Every counted star as (person id, session id), in order: the solver's share of the stars."""
    rows = session.exec(
        select(Star.person_id, Star.session_id)
        .where(col(Star.person_id).in_(_counted_people()))  # type: ignore[arg-type]
        .order_by(col(Star.person_id), col(Star.session_id))
    ).all()
    return [(int(p), int(s)) for p, s in rows]


def star_counts(db: EventDB) -> list[StarCount]:
    """Every session in the programme (not withdrawn) with its counted stars, zeros included, by id."""
    with db.session() as session:
        ids = _programme_ids(session)
        rows = session.exec(
            select(Star.session_id, func.count())
            .where(col(Star.person_id).in_(_counted_people()))  # type: ignore[arg-type]
            .group_by(col(Star.session_id))
        ).all()
    counted = {int(s): int(n) for s, n in rows}
    return [StarCount(sid, counted.get(sid, 0)) for sid in ids]


# ----------------------------------------------------------------------------------------------- writes


def star(db: EventDB, person: PersonRef, session_id: int) -> list[int]:
    """Star a session for a person (a check-in code or a person id); starring twice is one star.

    Returns:
        The person's starred sessions afterwards.

    Raises:
        NotFoundError: no such person.
        StarRefusedError: the session is not in the programme, the person is not checked in, their code
            was revoked, or they already have the most stars allowed.
    """
    with db.session() as session:
        _take_write_lock(session)
        who = _person(session, person)
        assert who.id is not None
        # On a server, lock the person's row, so two posts at once cannot both see one star to spare.
        session.exec(select(Person.id).where(Person.id == who.id).with_for_update()).first()
        target = session.get(SessionRow, session_id)
        if target is None or target.withdrawn:
            raise StarRefusedError(_("There is no session {id} in the programme.").format(id=session_id))
        if _revoked(session, who.id):
            raise StarRefusedError(_("That code no longer works on phones. Ask at the welcome desk."))
        if not _checked_in(session, who.id):
            raise StarRefusedError(_("Only people who have checked in can star sessions."))
        mine = set(session.exec(select(Star.session_id).where(Star.person_id == who.id)).all())
        if session_id not in mine:
            limit = _limit(session)
            if len(mine) >= limit:
                raise StarLimitError(
                    ngettext(
                        # The English says "sessions" for one too, as it always has; Welsh has its six forms.
                        "You have starred {n} sessions, the most allowed: take a star off one first.",
                        "You have starred {n} sessions, the most allowed: take a star off one first.",
                        limit,
                    ).format(n=limit)
                )
            try:
                with session.begin_nested():
                    session.execute(
                        insert(Star).values(person_id=who.id, session_id=session_id, starred_at=utcnow())
                    )
            except IntegrityError:
                pass  # the same star from another phone a moment earlier: one star it is
            mine.add(session_id)
        return sorted(mine)


def unstar(db: EventDB, person: PersonRef, session_id: int) -> list[int]:
    """Take a person's star off a session (nothing happens when there was none).

    Returns:
        The person's starred sessions afterwards.
    """
    with db.session() as session:
        who = _person(session, person)
        session.execute(delete(Star).where(col(Star.person_id) == who.id, col(Star.session_id) == session_id))
        rows = session.exec(
            select(Star.session_id).where(Star.person_id == who.id).order_by(col(Star.session_id))
        ).all()
        return [int(r) for r in rows]


def set_max_stars(db: EventDB, limit: int) -> int:
    """Change how many sessions one person may star (stars already made above it are kept)."""
    if not 1 <= limit <= MOST_STARS:
        raise ValidationError(
            "max_stars", _("The most stars each must be between 1 and {most}.").format(most=MOST_STARS)
        )
    with db.session() as session:
        event = session.exec(select(Event)).first()
        if event is None:
            raise NotFoundError(_("This file has no event."))
        event.max_stars = limit
        session.add(event)
    return limit


def revoke_code(db: EventDB, person_id: PersonRef, *, desk: str = "") -> None:
    """Stop a person's code working on phones: it cannot sign in and its stars stop counting.

    The check-in code itself still works at the desk; phones already signed in are signed out at their
    next request. Revoking twice is once.
    """
    with db.session() as session:
        who = _person(session, person_id)
        assert who.id is not None
        if session.get(PhoneRevocation, who.id) is None:
            session.add(PhoneRevocation(person_id=who.id, desk=desk))


def restore_code(db: EventDB, person_id: int) -> None:
    """Let a revoked code sign in on phones again; its stars count again."""
    with db.session() as session:
        session.execute(delete(PhoneRevocation).where(col(PhoneRevocation.person_id) == person_id))


def revoked(db: EventDB) -> list[int]:
    """The people whose codes are revoked for phones."""
    with db.session() as session:
        return sorted(int(p) for p in session.exec(select(PhoneRevocation.person_id)).all())


def seed_stars(session: Session, pairs: Iterable[tuple[int, int]], at: datetime) -> None:
    """Insert stars made at ``at`` in bulk, in the caller's session (the demo)."""
    rows = [{"person_id": p, "session_id": s, "starred_at": at} for p, s in pairs]
    if rows:
        session.execute(insert(Star), rows)
