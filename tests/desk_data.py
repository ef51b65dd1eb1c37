"""A small welcome-desk event for the check-in tests: people with places, a waiting list, a cancellation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from govcamp.domain.enums import TicketState
from govcamp.services import lottery
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Person, Ticket

MORNING = datetime(2027, 3, 27, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Desk:
    """The ids of the people each test talks about."""

    sian: int  # accepted, access needs
    tomos: int  # accepted
    noel: int  # drawn, never arrives
    amara: int  # waiting list 1
    bea: int  # waiting list 2
    cath: int  # cancelled
    volunteer: int  # accepted volunteer: never released as a no-show


PEOPLE = (
    # name, organisation, email, code, state, waitlist, role, access needs, pronouns
    (
        "Siân Evans",
        "Cyngor Gwynedd",
        "sian@gwynedd.example",
        "SIANCODE",
        "accepted",
        None,
        "attendee",
        "step-free",
        "she/her",
    ),
    (
        "Tomos Jones",
        "Cardiff Council",
        "tomos@cardiff.example",
        "TOMOSCDE",
        "accepted",
        None,
        "attendee",
        "",
        "he/him",
    ),
    ("Noël Martin", "GDS", "noel@gds.example", "NOELCODE", "drawn", None, "attendee", "", ""),
    (
        "Amara Okafor",
        "Leeds City Council",
        "amara@leeds.example",
        "AMARACDE",
        "waitlisted",
        1,
        "attendee",
        "",
        "",
    ),
    ("Bea Smith", "mySociety", "bea@mysociety.example", "BEASMITH", "waitlisted", 2, "attendee", "", ""),
    (
        "Cath Brown",
        "Kent County Council",
        "cath@kent.example",
        "CATHBRWN",
        "cancelled",
        None,
        "attendee",
        "",
        "",
    ),
    ("Vic Volunteer", "govcamp", "vic@govcamp.example", "VICVOLNT", "accepted", None, "volunteer", "", ""),
)


def make_desk(db: EventDB, *, places: int = 4) -> Desk:
    """Seven people; ``places`` places at the event (the lottery's rule)."""
    lottery.set_rules(db, places=places)
    ids: list[int] = []
    with db.session() as session:
        for name, org, email, code, state, position, role, access, pronouns in PEOPLE:
            person = Person(
                full_name=name,
                badge_name=name.split()[0],
                pronouns=pronouns,
                email=email,
                email_normalised=email,
                organisation=org,
                role=role,
                access_needs=access,
                checkin_code=code,
            )
            session.add(person)
            session.flush()
            assert person.id is not None
            session.add(
                Ticket(person_id=person.id, state=TicketState(state).value, waitlist_position=position)
            )
            ids.append(person.id)
    return Desk(*ids)
