"""The welcome desk's services: check in never twice, undo, the door queue, no-shows and walk-ins."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from govcamp.domain.checkin import CheckinResult, SearchIndex
from govcamp.domain.errors import GovcampError, ValidationError
from govcamp.services import checkin, door
from govcamp.store.eventfile import EventDB, open_event
from govcamp.store.tables import AuditEntry, Ticket
from tests.desk_data import MORNING, make_desk


def test_a_scanned_code_checks_in_once_in_any_case_with_spaces(db: EventDB) -> None:
    desk = make_desk(db)
    first = checkin.check_in(db, "  siancode \n", desk="Desk 2", now=MORNING)
    assert first.result == CheckinResult.CHECKED_IN
    assert first.person is not None and first.person.id == desk.sian
    assert first.person.access_needs  # flagged, without the detail
    assert first.desk == "Desk 2" and first.checked_in_at == MORNING

    again = checkin.check_in(db, "SIANCODE", desk="Desk 1", now=MORNING + timedelta(minutes=5))
    assert again.result == CheckinResult.ALREADY
    assert again.desk == "Desk 2" and again.checked_in_at == MORNING  # the first check-in stands


def test_email_and_id_find_people_too(db: EventDB) -> None:
    desk = make_desk(db)
    assert checkin.check_in(db, "Tomos@Cardiff.example").result == CheckinResult.CHECKED_IN
    outcome = checkin.check_in(db, str(desk.noel))
    assert outcome.result == CheckinResult.CHECKED_IN and outcome.before == "drawn"


def test_refusals_say_why(db: EventDB) -> None:
    make_desk(db)
    waiting = checkin.check_in(db, "BEASMITH")
    assert waiting.result == CheckinResult.WAITLISTED and waiting.waitlist_position == 2
    cancelled = checkin.check_in(db, "CATHBRWN")
    assert cancelled.result == CheckinResult.NO_PLACE and "cancelled" in cancelled.reason
    unknown = checkin.check_in(db, "NOSUCHONE")
    assert unknown.result == CheckinResult.UNKNOWN and unknown.person is None
    with db.session() as session:
        states = {t.state for t in session.exec(select(Ticket)).all()}
    assert "checked_in" not in states


def test_undo_gives_the_place_back(db: EventDB) -> None:
    desk = make_desk(db)
    checkin.check_in(db, "TOMOSCDE", desk="Desk 1")
    undone = checkin.undo_check_in(db, "TOMOSCDE")
    assert undone.state == "accepted"
    assert checkin.counts(db).checked_in == 0
    with pytest.raises(GovcampError, match="not checked in"):
        checkin.undo_check_in(db, str(desk.tomos))


def test_counts_and_arrivals_per_quarter_hour(db: EventDB) -> None:
    make_desk(db)
    checkin.check_in(db, "SIANCODE", now=MORNING + timedelta(minutes=2))
    checkin.check_in(db, "TOMOSCDE", now=MORNING + timedelta(minutes=14))
    checkin.check_in(db, "VICVOLNT", now=MORNING + timedelta(minutes=40))
    numbers = checkin.counts(db)
    assert (numbers.expected, numbers.checked_in, numbers.not_yet) == (4, 3, 1)
    # 09:00 and 09:30 in UTC are 09:00 and 09:30 in London in March (before the clocks go forward).
    assert [(at.strftime("%H:%M"), n) for at, n in numbers.arrivals] == [
        ("09:00", 2),
        ("09:15", 0),
        ("09:30", 1),
    ]


def test_search_folds_accents_and_case(db: EventDB) -> None:
    desk = make_desk(db)
    index = SearchIndex(checkin.search_entries(db))
    assert [e.person_id for e in index.search("sian")] == [desk.sian]
    assert [e.person_id for e in index.search("NOEL")] == [desk.noel]
    assert {e.person_id for e in index.search("council")} == {desk.tomos, desk.amara, desk.cath}
    assert [e.person_id for e in index.search("mysoc")] == [desk.bea]
    assert index.search("  ") == []


def test_release_gives_no_shows_places_to_the_door_queue_in_waiting_list_order(db: EventDB) -> None:
    desk = make_desk(db)
    checkin.check_in(db, "SIANCODE", desk="Desk 1")
    checkin.check_in(db, "TOMOSCDE", desk="Desk 1")
    assert door.door_add(db, "BEASMITH") == 1
    assert door.door_add(db, "AMARACDE") == 1  # waiting-list order, not arrival order
    assert [p.id for p in door.door_queue(db)] == [desk.amara, desk.bea]

    preview = door.release_no_shows(db, dry_run=True)
    assert [c.person.id for c in preview.no_shows] == [desk.noel]  # the volunteer is not released
    assert [c.person.id for c in preview.admitted] == [desk.amara]
    assert checkin.counts(db).door_queue == 2  # a dry run changes nothing

    done = door.release_no_shows(db, desk="Desk 2", now=MORNING)
    assert [c.person.id for c in done.admitted] == [desk.amara]
    looked = checkin.look_up(db, [desk.noel, desk.amara, desk.bea])
    assert looked[desk.noel].state == "no_show"
    assert looked[desk.amara].state == "checked_in" and looked[desk.amara].desk == "Desk 2"
    assert looked[desk.bea].in_door_queue and looked[desk.bea].waitlist_position == 1

    door.undo_release(db, done)
    looked = checkin.look_up(db, [desk.noel, desk.amara, desk.bea])
    assert looked[desk.noel].state == "drawn"
    assert looked[desk.amara].state == "waitlisted" and looked[desk.amara].in_door_queue
    assert [p.id for p in door.door_queue(db)] == [desk.amara, desk.bea]


def test_door_queue_is_for_the_waiting_list(db: EventDB) -> None:
    make_desk(db)
    with pytest.raises(GovcampError, match="not on the waiting list"):
        door.door_add(db, "SIANCODE")


def test_a_walk_in_waits_at_the_door_when_no_place_is_free_and_gets_one_when_it_is(db: EventDB) -> None:
    make_desk(db, places=4)
    queued = door.walk_in(db, door.WalkIn("Zoë Walker", organisation="Leeds"), desk="Desk 1")
    assert not queued.placed and queued.door_position == 1
    assert [p.id for p in door.door_queue(db)] == [queued.person.id]
    assert queued.person.badge_name == "Zoë"

    make_room = door.release_no_shows(db)  # Siân, Tomos and Noël never came: three places free
    assert queued.person.id in [c.person.id for c in make_room.admitted]

    placed = door.walk_in(db, door.WalkIn("Łukasz Nowak", pronouns="he/him"))
    assert placed.placed and placed.checked_in_at is not None
    assert checkin.check_in(db, placed.person.checkin_code).result == CheckinResult.ALREADY
    door.remove_walk_in(db, placed.person.id)
    assert checkin.check_in(db, placed.person.checkin_code).result == CheckinResult.UNKNOWN


def test_a_walk_in_needs_a_name_and_a_new_email(db: EventDB) -> None:
    make_desk(db)
    with pytest.raises(ValidationError, match="name"):
        door.walk_in(db, door.WalkIn("   "))
    with pytest.raises(ValidationError, match="already has"):
        door.walk_in(db, door.WalkIn("Someone", email="SIAN@gwynedd.example"))


def _race(target: str, code: str, desk: str, barrier: object, results: object) -> None:
    with open_event(target if "://" in target else Path(target)) as db:
        barrier.wait()  # type: ignore[attr-defined]
        outcome = checkin.check_in(db, code, desk=desk)
        results.put((desk, outcome.result.value))  # type: ignore[attr-defined]


def test_two_processes_checking_the_same_code_at_once_end_with_one_check_in(
    db: EventDB, event_target: str
) -> None:
    make_desk(db, places=10)
    context = multiprocessing.get_context("spawn")
    for code in ("SIANCODE", "TOMOSCDE", "NOELCODE"):
        barrier = context.Barrier(2)
        results = context.Queue()
        workers = [
            context.Process(target=_race, args=(event_target, code, desk, barrier, results))
            for desk in ("Desk 1", "Desk 2")
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
            assert worker.exitcode == 0
        seen = sorted(results.get(timeout=5)[1] for _ in workers)
        assert seen == ["already", "checked_in"]
    with db.session() as session:
        entries = session.exec(select(AuditEntry).where(AuditEntry.action == "ticket.checked_in")).all()
    assert len(entries) == 3  # one check-in written per person, never two


def test_a_code_typed_with_o_i_or_l_for_0_1_1_still_checks_in(db: EventDB) -> None:
    # New codes never hold O, I or L, so a volunteer typing one off a smudged badge means 0 or 1.
    from govcamp.store.tables import Person

    desk = make_desk(db)
    with db.session() as session:
        person = session.get(Person, desk.tomos)
        assert person is not None
        person.checkin_code = "AB0C1D2E"
        session.add(person)
        session.commit()
    outcome = checkin.check_in(db, " abocld2e ", desk="Desk 1")
    assert outcome.result == CheckinResult.CHECKED_IN and outcome.person is not None
    assert outcome.person.id == desk.tomos
    assert checkin.check_in(db, "TOMOSCDE").result == CheckinResult.UNKNOWN  # the old code is gone
