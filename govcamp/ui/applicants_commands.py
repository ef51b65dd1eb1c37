"""Actions on applicants, the lottery and tickets (see :mod:`govcamp.ui.actions`).

Commit, draw, reset and offer expiry cannot be undone: their actions ask first (expiry runs by itself
on a timer) and clear the undo stack, so an earlier “Change the lottery rules” or import is never offered
once the list is fixed.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import replace
from pathlib import Path

from govcamp.domain.lottery import MinShare
from govcamp.services import applicants as applicant_service
from govcamp.services import lottery as lottery_service
from govcamp.services import tickets as ticket_service
from govcamp.services.applicants import ApplicantValue, ImportResult, PeopleSnapshot
from govcamp.services.eventfiles import EventDB
from govcamp.services.tickets import TicketChange, TicketsOutcome
from govcamp.ui.actions import CANNOT_UNDO, Action, Change, Confirm, Reverse, Step, Topic
from govcamp.ui.counts import plural
from govcamp.ui.document import EventDocument
from govcamp.ui.i18n import fmt, translate
from govcamp.ui.workers import Progress

PEOPLE = Topic.APPLICANTS | Topic.TICKETS
LOTTERY = Topic.LOTTERY | Topic.APPLICANTS | Topic.TICKETS


def _people(count: int) -> str:
    return f"{count:,} " + ("person" if count == 1 else "people")


# ------------------------------------------------------------------------------------------ applicants


class Imported(Step):
    def __init__(self, result: ImportResult) -> None:
        super().__init__(
            fmt(translate("applicants_commands", "Import %1"), plural(result.imported, "applicant")), PEOPLE
        )
        self.person_ids = result.person_ids
        self.snapshot: PeopleSnapshot | None = None

    def undo(self, db: EventDB) -> None:
        self.snapshot = applicant_service.remove_people(db, self.person_ids)

    def redo(self, db: EventDB) -> None:
        assert self.snapshot is not None
        applicant_service.restore_people(db, self.snapshot)


def import_action(
    path: Path, mapping: dict[str, int], *, skip_invalid: bool, encoding: str | None = None
) -> Action[ImportResult]:
    def run(db: EventDB) -> Change[ImportResult]:
        result = applicant_service.import_applicants(
            db, path, mapping=mapping, skip_invalid=skip_invalid, encoding=encoding
        )
        return Change(result, Imported(result) if result.imported else None)

    return Action(translate("applicants_commands", "Import applicants"), run, PEOPLE)


def import_file(
    doc: EventDocument,
    path: Path,
    mapping: dict[str, int],
    *,
    skip_invalid: bool,
    encoding: str | None = None,
) -> ImportResult:
    return doc.actions.perform(import_action(path, mapping, skip_invalid=skip_invalid, encoding=encoding))


class PersonEdited(Step):
    """A person's edit; undo and redo carry the version they left the row at, so neither clobbers."""

    def __init__(self, before: ApplicantValue, after: ApplicantValue, desk: str) -> None:
        super().__init__(fmt(translate("applicants_commands", "Edit %1"), after.full_name), PEOPLE)
        self.before, self.after, self.desk = before, after, desk
        self.version = after.version

    def _put(self, db: EventDB, value: ApplicantValue) -> None:
        stored = applicant_service.update_applicant(db, value, seen=self.version, desk=self.desk)
        self.version = stored.version

    def undo(self, db: EventDB) -> None:
        self._put(db, self.before)

    def redo(self, db: EventDB) -> None:
        self._put(db, self.after)


def edit_person_action(after: ApplicantValue, *, desk: str = "") -> Action[ApplicantValue]:
    """Save a person's edit; ``after.version`` is the one the editor loaded (refused if it moved on)."""

    def run(db: EventDB) -> Change[ApplicantValue]:
        before = applicant_service.get_applicant(db, after.id)
        stored = applicant_service.update_applicant(db, after, seen=after.version or None, desk=desk)
        if replace(stored, version=0) == replace(before, version=0):
            return Change(stored)
        return Change(stored, PersonEdited(before, stored, desk))

    return Action(translate("applicants_commands", "Edit applicant"), run, PEOPLE)


def edit_person(doc: EventDocument, after: ApplicantValue) -> ApplicantValue:
    return doc.actions.perform(edit_person_action(after, desk=doc.desk))


# --------------------------------------------------------------------------------------------- lottery


def _set_rules(db: EventDB, status: lottery_service.LotteryStatus) -> None:
    rules = status.rules
    lottery_service.set_rules(
        db,
        places=rules.places,
        cap_per_organisation=rules.cap_per_organisation,
        clear_cap=rules.cap_per_organisation is None,
        min_shares=rules.min_shares,
        guaranteed_roles=rules.guaranteed_roles,
        offer_hours=status.offer_hours,
    )


def rules_action(
    *, places: int, cap: int | None, min_shares: Sequence[MinShare], offer_hours: int
) -> Action[lottery_service.LotteryStatus]:
    def run(db: EventDB) -> Change[lottery_service.LotteryStatus]:
        before = lottery_service.status(db)
        after = lottery_service.set_rules(
            db,
            places=places,
            cap_per_organisation=cap,
            clear_cap=cap is None,
            min_shares=min_shares,
            offer_hours=offer_hours,
        )
        if (after.rules, after.offer_hours) == (before.rules, before.offer_hours):
            return Change(after)
        return Change(
            after,
            Reverse(
                translate("applicants_commands", "Change the lottery rules"),
                Topic.LOTTERY,
                undo=lambda db: _set_rules(db, before),
                redo=lambda db: _set_rules(db, after),
            ),
        )

    return Action(translate("applicants_commands", "Lottery rules"), run, Topic.LOTTERY)


def commit_action(status: lottery_service.LotteryStatus) -> Action[lottery_service.LotteryStatus]:
    """Fix the applicant list and the rules, and get the digest to publish."""
    confirm = Confirm(
        translate("applicants_commands", "Commit the lottery"),
        fmt(
            translate("applicants_commands", "Commit %1 and the rules (%2 places)?"),
            _people(status.applicants),
            format(status.rules.places, ","),
        ),
        translate(
            "applicants_commands",
            "After this the list of applicants and the rules are fixed: the digest you publish depends on "
            "them, and nobody can be imported. Publish the digest before you choose the seed.",
        ),
        yes=translate("applicants_commands", "&Commit"),
    )

    def run(db: EventDB) -> Change[lottery_service.LotteryStatus]:
        return Change(lottery_service.commit(db), CANNOT_UNDO)

    return Action(
        translate("applicants_commands", "Commit the lottery"),
        run,
        LOTTERY,
        confirm=confirm,
        irreversible=True,
    )


def draw_action(seed: str, question: str) -> Action[lottery_service.DrawOutcome]:
    """The draw, on the database worker: 20,000 applicants take a moment."""

    def steps(db: EventDB) -> Generator[Progress, None, Change[lottery_service.DrawOutcome]]:
        yield 0, 0, "Drawing the lottery…"
        outcome = lottery_service.draw(db, seed)
        yield 1, 1, "Drawn."
        return Change(outcome, CANNOT_UNDO)

    confirm = Confirm(
        translate("applicants_commands", "Draw the lottery"),
        question,
        yes=translate("applicants_commands", "&Draw"),
    )
    return Action.long(
        translate("applicants_commands", "Draw the lottery"),
        steps,
        LOTTERY,
        confirm=confirm,
        irreversible=True,
    )


def reset_action(status: lottery_service.LotteryStatus) -> Action[lottery_service.LotteryStatus]:
    """Undo a draw while no offer has gone out; says who goes back to “applied”."""
    counts = (
        f"{status.guaranteed:,} always in, {status.drawn:,} drawn and {status.waitlist:,} on the waiting list"
    )
    confirm = Confirm(
        translate("applicants_commands", "Reset the draw"),
        fmt(
            translate(
                "applicants_commands", "Reset the draw with seed “%1”? All %2 — %3 — go back to “applied”."
            ),
            status.seed,
            _people(status.applicants),
            counts,
        ),
        translate(
            "applicants_commands",
            "The lottery can then be drawn again with a seed; the published digest stays the same.",
        ),
        yes=translate("applicants_commands", "&Reset draw"),
    )

    def run(db: EventDB) -> Change[lottery_service.LotteryStatus]:
        return Change(lottery_service.reset_draw(db), CANNOT_UNDO)

    return Action(
        translate("applicants_commands", "Reset the draw"), run, LOTTERY, confirm=confirm, irreversible=True
    )


def simulate_action(runs: int) -> Action[lottery_service.SimulationOutcome]:
    """Simulate the draw many times, off the window's thread; it changes nothing."""

    def steps(db: EventDB) -> Generator[Progress, None, Change[lottery_service.SimulationOutcome]]:
        outcome = yield from lottery_service.simulate_steps(db, runs)
        return Change(outcome)

    return Action.long(translate("applicants_commands", "Simulate the draw"), steps, writes=False)


# --------------------------------------------------------------------------------------------- tickets


class TicketsChanged(Step):
    """Offer, accept or decline: undone by putting every ticket it touched back as it was."""

    def __init__(
        self, text: str, outcome: TicketsOutcome, again: Callable[[EventDB], TicketsOutcome]
    ) -> None:
        super().__init__(text, PEOPLE)
        self.outcome = outcome
        self.again = again

    def _changes(self) -> list[TicketChange]:
        return [*self.outcome.changed, *self.outcome.offered]

    def undo(self, db: EventDB) -> None:
        ticket_service.restore(db, list(reversed(self._changes())))

    def redo(self, db: EventDB) -> None:
        self.outcome = self.again(db)


def change_tickets_action(action: str, people: Sequence[str]) -> Action[TicketsOutcome]:
    """``offer`` / ``accept`` / ``decline`` / ``cancel`` for these people, as one undoable step."""

    def again(db: EventDB) -> TicketsOutcome:
        if action == "offer":
            return ticket_service.offer(db, people)
        if action == "accept":
            return ticket_service.accept(db, people)
        if action == "decline":
            return ticket_service.decline(db, people)
        return ticket_service.cancel(db, people)

    verb = {"offer": "Offer places", "accept": "Accept", "decline": "Decline", "cancel": "Cancel"}[action]

    def run(db: EventDB) -> Change[TicketsOutcome]:
        outcome = again(db)
        count = len(outcome.changed) + len(outcome.offered)
        if not count:
            return Change(outcome)
        return Change(outcome, TicketsChanged(f"{verb} ({count} tickets)", outcome, again))

    return Action(verb, run, PEOPLE)


def tickets_action(doc: EventDocument, action: str, people: Sequence[str]) -> TicketsOutcome:
    """Run :func:`change_tickets_action` now, raising GovcampError on refusal (the old call, kept)."""
    return doc.actions.perform(change_tickets_action(action, people))


def set_rules(
    doc: EventDocument, *, places: int, cap: int | None, min_shares: Sequence[MinShare], offer_hours: int
) -> lottery_service.LotteryStatus:
    """Run :func:`rules_action` now, raising GovcampError on refusal (the old call, kept)."""
    action = rules_action(places=places, cap=cap, min_shares=min_shares, offer_hours=offer_hours)
    return doc.actions.perform(action)


def expire_action() -> Action[TicketsOutcome]:
    """Offers past their deadline expire and pass on. Runs by itself, so it asks nothing; when something
    expired it cannot be undone (the next person has been offered the place), so the stack is cleared."""

    def run(db: EventDB) -> Change[TicketsOutcome]:
        outcome = ticket_service.expire(db)
        return Change(outcome, CANNOT_UNDO if outcome.changed else None)

    return Action(translate("applicants_commands", "Expire offers"), run, PEOPLE, irreversible=True)
