"""Undo commands of the welcome desk: a check-in, joining the door queue, a release of no-shows, a walk-in.

They follow the window's current pattern (:class:`~govcamp.ui.commands.ServiceCommand` and ``push_done``):
the action runs once, and only a change that happened is pushed. The page calls the four functions at the
bottom and nothing else, so moving them to a single action runner later is a change in one place.
"""

from __future__ import annotations

from govcamp.domain.checkin import CheckinResult
from govcamp.services import checkin as desk
from govcamp.services import door
from govcamp.ui.commands import ServiceCommand, push_done
from govcamp.ui.document import EventDocument

#: What the desk's commands announce; the Applicants page listens for it too.
TOPIC = "checkin"


class CheckInCommand(ServiceCommand):
    topic = TOPIC

    def __init__(self, doc: EventDocument, outcome: desk.CheckinOutcome) -> None:
        assert outcome.person is not None
        super().__init__(doc, f"Check in {outcome.person.full_name}")
        self.outcome = outcome
        self.person_id = outcome.person.id

    def apply(self) -> None:
        desk.check_in(self.doc.db, str(self.person_id), desk=self.outcome.desk)

    def revert(self) -> None:
        desk.undo_check_in(self.doc.db, str(self.person_id), to_state=self.outcome.before)


class DoorAddCommand(ServiceCommand):
    topic = TOPIC

    def __init__(self, doc: EventDocument, person: desk.PersonBrief) -> None:
        super().__init__(doc, f"Add {person.full_name} to the door queue")
        self.person_id = person.id

    def apply(self) -> None:
        door.door_add(self.doc.db, str(self.person_id))

    def revert(self) -> None:
        door.door_remove(self.doc.db, self.person_id)


class ReleaseCommand(ServiceCommand):
    topic = TOPIC

    def __init__(self, doc: EventDocument, outcome: door.ReleaseOutcome, desk_name: str) -> None:
        super().__init__(doc, f"Release {len(outcome.no_shows)} no-shows")
        self.outcome = outcome
        self.desk_name = desk_name

    def apply(self) -> None:
        self.outcome = door.release_no_shows(self.doc.db, desk=self.desk_name)

    def revert(self) -> None:
        door.undo_release(self.doc.db, self.outcome)


class WalkInCommand(ServiceCommand):
    topic = "applicants"  # a new person: the applicants list and the desk's search both take them in

    def __init__(
        self, doc: EventDocument, person: door.WalkIn, outcome: door.WalkInOutcome, desk_name: str
    ) -> None:
        super().__init__(doc, f"Add walk-in {outcome.person.full_name}")
        self.person, self.outcome, self.desk_name = person, outcome, desk_name

    def apply(self) -> None:
        self.outcome = door.walk_in(self.doc.db, self.person, desk=self.desk_name)

    def revert(self) -> None:
        door.remove_walk_in(self.doc.db, self.outcome.person.id)


# --------------------------------------------------------------------------------- the desk's actions


def check_in(doc: EventDocument, reference: str, desk_name: str) -> desk.CheckinOutcome:
    """Check in the person ``reference`` names; a check-in that happened is one undo step."""
    outcome = desk.check_in(doc.db, reference, desk=desk_name)
    if outcome.result == CheckinResult.CHECKED_IN:
        push_done(doc, CheckInCommand(doc, outcome))
    return outcome


def add_to_door_queue(doc: EventDocument, person: desk.PersonBrief) -> int:
    """Put a waiting-list person in the door queue; return their place in it."""
    position = door.door_add(doc.db, str(person.id))
    push_done(doc, DoorAddCommand(doc, person))
    return position


def release_no_shows(doc: EventDocument, desk_name: str) -> door.ReleaseOutcome:
    """Release the no-shows (one undo step)."""
    outcome = door.release_no_shows(doc.db, desk=desk_name)
    if outcome.no_shows or outcome.admitted:
        push_done(doc, ReleaseCommand(doc, outcome, desk_name))
    return outcome


def add_walk_in(doc: EventDocument, person: door.WalkIn, desk_name: str) -> door.WalkInOutcome:
    """Add a walk-in (one undo step)."""
    outcome = door.walk_in(doc.db, person, desk=desk_name)
    push_done(doc, WalkInCommand(doc, person, outcome, desk_name))
    return outcome
