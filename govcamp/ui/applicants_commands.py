"""Undo commands for applicants, lottery rules and tickets (see :mod:`govcamp.ui.commands`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from govcamp.domain.lottery import MinShare
from govcamp.services import applicants as applicant_service
from govcamp.services import lottery as lottery_service
from govcamp.services import tickets as ticket_service
from govcamp.services.applicants import ApplicantValue, ImportResult, PeopleSnapshot
from govcamp.services.tickets import TicketChange, TicketsOutcome
from govcamp.ui.commands import ServiceCommand, push_done
from govcamp.ui.document import EventDocument

TOPIC = "applicants"


class ImportCommand(ServiceCommand):
    topic = TOPIC

    def __init__(self, doc: EventDocument, result: ImportResult) -> None:
        super().__init__(doc, f"Import {result.imported} applicants")
        self.person_ids = result.person_ids
        self.snapshot: PeopleSnapshot | None = None

    def apply(self) -> None:
        assert self.snapshot is not None
        applicant_service.restore_people(self.doc.db, self.snapshot)

    def revert(self) -> None:
        self.snapshot = applicant_service.remove_people(self.doc.db, self.person_ids)


def import_file(
    doc: EventDocument,
    path: Path,
    mapping: dict[str, int],
    *,
    skip_invalid: bool,
    encoding: str | None = None,
) -> ImportResult:
    result = applicant_service.import_applicants(
        doc.db, path, mapping=mapping, skip_invalid=skip_invalid, encoding=encoding
    )
    if result.imported:
        push_done(doc, ImportCommand(doc, result))
    return result


class EditPersonCommand(ServiceCommand):
    topic = TOPIC

    def __init__(self, doc: EventDocument, before: ApplicantValue, after: ApplicantValue) -> None:
        super().__init__(doc, f"Edit {after.full_name}")
        self.before, self.after = before, after

    def apply(self) -> None:
        applicant_service.update_applicant(self.doc.db, self.after)

    def revert(self) -> None:
        applicant_service.update_applicant(self.doc.db, self.before)


def edit_person(doc: EventDocument, after: ApplicantValue) -> ApplicantValue:
    before = applicant_service.get_applicant(doc.db, after.id)
    stored = applicant_service.update_applicant(doc.db, after)
    if stored != before:
        push_done(doc, EditPersonCommand(doc, before, stored))
    return stored


class RulesCommand(ServiceCommand):
    topic = "lottery"

    def __init__(
        self, doc: EventDocument, before: lottery_service.LotteryStatus, after: lottery_service.LotteryStatus
    ) -> None:
        super().__init__(doc, "Change the lottery rules")
        self.before, self.after = before, after

    @staticmethod
    def _set(doc: EventDocument, status: lottery_service.LotteryStatus) -> None:
        rules = status.rules
        lottery_service.set_rules(
            doc.db,
            places=rules.places,
            cap_per_organisation=rules.cap_per_organisation,
            clear_cap=rules.cap_per_organisation is None,
            min_shares=rules.min_shares,
            guaranteed_roles=rules.guaranteed_roles,
            offer_hours=status.offer_hours,
        )

    def apply(self) -> None:
        self._set(self.doc, self.after)

    def revert(self) -> None:
        self._set(self.doc, self.before)


def set_rules(
    doc: EventDocument, *, places: int, cap: int | None, min_shares: Sequence[MinShare], offer_hours: int
) -> lottery_service.LotteryStatus:
    before = lottery_service.status(doc.db)
    after = lottery_service.set_rules(
        doc.db,
        places=places,
        cap_per_organisation=cap,
        clear_cap=cap is None,
        min_shares=min_shares,
        offer_hours=offer_hours,
    )
    if (after.rules, after.offer_hours) != (before.rules, before.offer_hours):
        push_done(doc, RulesCommand(doc, before, after))
    return after


class TicketsCommand(ServiceCommand):
    """Offer, accept or decline: undone by putting every ticket it touched back as it was."""

    topic = TOPIC

    def __init__(
        self, doc: EventDocument, text: str, outcome: TicketsOutcome, again: Callable[[], TicketsOutcome]
    ) -> None:
        super().__init__(doc, text)
        self.outcome = outcome
        self.again = again

    def _changes(self) -> list[TicketChange]:
        return [*self.outcome.changed, *self.outcome.offered]

    def apply(self) -> None:
        self.outcome = self.again()

    def revert(self) -> None:
        ticket_service.restore(self.doc.db, list(reversed(self._changes())))


def tickets_action(doc: EventDocument, action: str, people: Sequence[str]) -> TicketsOutcome:
    """Run ``offer`` / ``accept`` / ``decline`` / ``cancel`` for these people as one undoable step."""
    db = doc.db

    def run() -> TicketsOutcome:
        if action == "offer":
            return ticket_service.offer(db, people)
        if action == "accept":
            return ticket_service.accept(db, people)
        if action == "decline":
            return ticket_service.decline(db, people)
        return ticket_service.cancel(db, people)

    outcome = run()
    if outcome.changed or outcome.offered:
        count = len(outcome.changed) + len(outcome.offered)
        verb = {"offer": "Offer places", "accept": "Accept", "decline": "Decline", "cancel": "Cancel"}[action]
        push_done(doc, TicketsCommand(doc, f"{verb} ({count} tickets)", outcome, run))
    return outcome
