"""The welcome desk's actions for the window's one entry (:mod:`govcamp.ui.actions`).

Each ``…_action`` builds an :class:`~govcamp.ui.actions.Action` that the Check-in page hands to
``doc.actions``: the entry shows a refusal in words, records the undo step (a check-in, joining the door
queue, a whole release of no-shows, a walk-in: one Ctrl+Z each) and announces :data:`TOPIC`.
"""

from __future__ import annotations

from govcamp.domain.checkin import CheckinResult
from govcamp.services import checkin as desk
from govcamp.services import door
from govcamp.services.eventfiles import EventDB
from govcamp.ui.actions import Action, Change, Confirm, Reverse, Step, Topic
from govcamp.ui.i18n import fmt, translate

#: What the desk's actions announce; the Applicants page listens for it too.
TOPIC = Topic.CHECKIN
#: A walk-in is a new person too: the applicants list and the desk's search both take them in.
WALK_IN_TOPICS = Topic.APPLICANTS | Topic.CHECKIN


def check_in_action(reference: str, desk_name: str) -> Action[desk.CheckinOutcome]:
    """Check in the person ``reference`` names; only a check-in that happened is an undo step."""

    def run(db: EventDB) -> Change[desk.CheckinOutcome]:
        outcome = desk.check_in(db, reference, desk=desk_name)
        if outcome.result != CheckinResult.CHECKED_IN or outcome.person is None:
            return Change(outcome)  # already in, waitlisted, no place, unknown: nothing changed
        person_id, before, at = str(outcome.person.id), outcome.before, outcome.desk
        step = Reverse(
            fmt(translate("checkin_commands", "Check in %1"), outcome.person.full_name),
            TOPIC,
            undo=lambda db: desk.undo_check_in(db, person_id, to_state=before),
            redo=lambda db: desk.check_in(db, person_id, desk=at),
        )
        return Change(outcome, step)

    return Action(translate("checkin_commands", "Check in"), run, TOPIC)


def door_add_action(person: desk.PersonBrief) -> Action[int]:
    """Put a waiting-list person in the door queue; the result is their place in it."""

    def run(db: EventDB) -> Change[int]:
        position = door.door_add(db, str(person.id))
        step = Reverse(
            fmt(translate("checkin_commands", "Add %1 to the door queue"), person.full_name),
            TOPIC,
            undo=lambda db: door.door_remove(db, person.id),
            redo=lambda db: door.door_add(db, str(person.id)),
        )
        return Change(position, step)

    return Action(translate("checkin_commands", "Door queue"), run, TOPIC)


class Released(Step):
    """A release of no-shows, undone as a whole; redoing it remembers the new outcome for the next undo."""

    def __init__(self, outcome: door.ReleaseOutcome, desk_name: str) -> None:
        super().__init__(
            fmt(translate("checkin_commands", "Release %1 no-shows"), len(outcome.no_shows)), TOPIC
        )
        self.outcome = outcome
        self.desk_name = desk_name

    def undo(self, db: EventDB) -> None:
        door.undo_release(db, self.outcome)

    def redo(self, db: EventDB) -> None:
        self.outcome = door.release_no_shows(db, desk=self.desk_name)


def release_question(preview: door.ReleaseOutcome) -> Confirm:
    """What a release will do, from its dry run, naming the people: asked before it is done."""
    names = "\n".join(f"  • {c.person.full_name}" for c in preview.no_shows[:25])
    more = f"\n  … and {len(preview.no_shows) - 25} more" if len(preview.no_shows) > 25 else ""
    admitted = "\n".join(f"  • {c.person.full_name}" for c in preview.admitted[:25]) or "  nobody is waiting"
    return Confirm(
        translate("checkin_commands", "Release no-shows"),
        fmt(
            translate(
                "checkin_commands",
                "Mark %1 people who have not checked in as no-shows, and give %2 places to the door queue?",
            ),
            len(preview.no_shows),
            len(preview.admitted),
        ),
        fmt(
            translate(
                "checkin_commands",
                "No-shows:\n%1%2\n\nGiven a place and checked in:\n%3\n\nOrganisers, volunteers and "
                "sponsors keep their places. Edit ▸ Undo puts everything back.",
            ),
            names,
            more,
            admitted,
        ),
        yes=translate("checkin_commands", "Release"),
    )


def release_action(desk_name: str, confirm: Confirm | None = None) -> Action[door.ReleaseOutcome]:
    """Release the no-shows and give their places to the door queue: one undo step."""

    def run(db: EventDB) -> Change[door.ReleaseOutcome]:
        outcome = door.release_no_shows(db, desk=desk_name)
        if not (outcome.no_shows or outcome.admitted):
            return Change(outcome)
        return Change(outcome, Released(outcome, desk_name))

    return Action(translate("checkin_commands", "Release no-shows"), run, TOPIC, confirm=confirm)


class WalkedIn(Step):
    """A walk-in added; redoing adds them again (a new row), so the step keeps the latest outcome."""

    def __init__(self, person: door.WalkIn, outcome: door.WalkInOutcome, desk_name: str) -> None:
        super().__init__(
            fmt(translate("checkin_commands", "Add walk-in %1"), outcome.person.full_name), WALK_IN_TOPICS
        )
        self.person, self.outcome, self.desk_name = person, outcome, desk_name

    def undo(self, db: EventDB) -> None:
        door.remove_walk_in(db, self.outcome.person.id)

    def redo(self, db: EventDB) -> None:
        self.outcome = door.walk_in(db, self.person, desk=self.desk_name)


def walk_in_action(person: door.WalkIn, desk_name: str) -> Action[door.WalkInOutcome]:
    """Add a walk-in: a free place and checked in, or else the door queue (one undo step)."""

    def run(db: EventDB) -> Change[door.WalkInOutcome]:
        outcome = door.walk_in(db, person, desk=desk_name)
        return Change(outcome, WalkedIn(person, outcome, desk_name))

    return Action(translate("checkin_commands", "New walk-in"), run, WALK_IN_TOPICS)


def print_log_action(
    person_id: int, *, desk_name: str, printer: str, layout: str, position: int
) -> Action[None]:
    """Write a badge print to the log. Paper cannot be taken back, so this is no step of Undo."""
    from govcamp.services.badge_print import record_print

    def run(db: EventDB) -> Change[None]:
        record_print(db, person_id, desk=desk_name, printer=printer, layout=layout, position=position)
        return Change(None, untracked=TOPIC)

    return Action(translate("checkin_commands", "Record the badge print"), run, TOPIC)
