"""Two desks editing one session, room, person or note: the second save is refused, the first is kept.

Each test runs twice: two handles on one event file, and two on one PostgreSQL server (as two laptops
would), so the refusal holds on both stores.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from govcamp.domain.errors import GovcampError
from govcamp.domain.pitching import PitchInput
from govcamp.domain.values import RoomInput
from govcamp.services import applicants, notes, pitches, rooms
from govcamp.services.eventfiles import open_event_file
from govcamp.services.notes import NoteConflictError, NoteInput
from govcamp.services.versions import ChangedElsewhereError
from govcamp.store.eventfile import EventDB
from tests import notes_data as data
from tests.pg import BACKENDS, shared_target

LONDON = ZoneInfo("Europe/London")


@pytest.fixture(params=BACKENDS)
def desks(
    request: pytest.FixtureRequest, event_path: Path
) -> Iterator[tuple[EventDB, EventDB, dict[str, int]]]:
    """Two handles on one event holding a session with a host and a note, two rooms and a person."""
    setup = open_event_file(event_path)
    hall = data.room(setup, "Main Hall", 0)
    side = data.room(setup, "Side Room", 1)
    early = data.slot(setup, "10:00", "10:45")
    host = data.person(setup, "Siân Evans", consent=True, email="sian@example.org")
    ids = {
        "session": data.session_(
            setup, "Open data", hosts=[("Siân Evans", host)], room_id=hall, slot_id=early, body="First."
        ),
        "other": data.session_(setup, "Open data again", hosts=[("Tomás", None)]),
        "hall": hall,
        "side": side,
        "slot": early,
        "person": host,
    }
    setup.close()
    target = shared_target(event_path, str(request.param), request)
    one, two = open_event_file(target), open_event_file(target)
    try:
        yield one, two, ids
    finally:
        one.close()
        two.close()


def _message_at(exc: pytest.ExceptionInfo[GovcampError], what: str, desk: str) -> datetime:
    """The refusal's wording, with the time it names (the event's local time, within a minute of now)."""
    pattern = re.escape(what) + r" (?:was|were) changed on " + re.escape(desk) + r" at (\d\d):(\d\d) — "
    found = re.match(pattern, str(exc.value))
    assert found, str(exc.value)
    now = datetime.now(LONDON)
    said = now.replace(hour=int(found[1]), minute=int(found[2]), second=0, microsecond=0)
    assert abs((now - said).total_seconds()) < 120
    return said


def test_a_session_saved_on_one_desk_refuses_the_other_desks_stale_save(
    desks: tuple[EventDB, EventDB, dict[str, int]],
) -> None:
    one, two, ids = desks
    seen_one = pitches.get_session(one, ids["session"])
    seen_two = pitches.get_session(two, ids["session"])
    assert seen_one.version == seen_two.version
    pitch = PitchInput("Open data for councils", ("Siân Evans",), "Desk 1's words", ("data",))
    saved = pitches.update_pitch(one, ids["session"], pitch, seen=seen_one.version, desk="Desk 1")
    assert saved.version == seen_one.version + 1
    theirs = PitchInput("Open data!", ("Someone new", "Another"), "Desk 2's words", ("maps",), demand=40)
    with pytest.raises(ChangedElsewhereError) as refused:
        pitches.update_pitch(two, ids["session"], theirs, seen=seen_two.version, desk="Desk 2")
    _message_at(refused, "“Open data for councils”", "Desk 1")
    assert str(refused.value).endswith("— reloaded.")
    # The first save stands whole, and nothing of the second got in: not the title, not the hosts.
    now = pitches.get_session(two, ids["session"])
    assert (now.title, now.description, now.tags, now.host_names, now.demand) == (
        "Open data for councils",
        "Desk 1's words",
        ("data",),
        ("Siân Evans",),
        None,
    )
    assert now.version == saved.version
    # Reloaded, desk 2 may save on top of it.
    again = pitches.update_pitch(two, ids["session"], theirs, seen=now.version, desk="Desk 2")
    assert again.title == "Open data!" and again.host_names == ("Someone new", "Another")


def test_a_withdrawal_and_a_merge_are_refused_after_another_desks_edit(
    desks: tuple[EventDB, EventDB, dict[str, int]],
) -> None:
    one, two, ids = desks
    stale = pitches.get_session(two, ids["session"]).version
    pitches.update_pitch(
        one, ids["session"], PitchInput("Open data, renamed", ("Siân Evans",)), desk="Desk 1"
    )
    with pytest.raises(ChangedElsewhereError):
        pitches.set_withdrawn(two, ids["session"], True, seen=stale, desk="Desk 2")
    assert not pitches.get_session(one, ids["session"]).withdrawn
    # A merge read both sessions; one moved on before it wrote, so neither is touched.
    before = pitches.capture(two, [ids["session"], ids["other"]])
    pitches.update_pitch(one, ids["other"], PitchInput("Open data again", ("Tomás", "Ana")), desk="Desk 1")
    merged = pitches.merge(two, ids["session"], ids["other"], desk="Desk 2")  # reads afresh: fine
    assert merged.session.host_names == ("Siân Evans", "Tomás", "Ana")
    # Undo of the merge, after desk 1 changed the merged session, is refused rather than clobbering it.
    pitches.update_pitch(one, ids["session"], PitchInput("Open data, kept", ("Siân Evans",)), desk="Desk 1")
    expect = {s.id: s.version + 1 for s in before}
    with pytest.raises(ChangedElsewhereError):
        pitches.restore(two, merged.before, expect=expect, desk="Desk 2")
    assert pitches.get_session(one, ids["session"]).title == "Open data, kept"
    assert pitches.get_session(one, ids["other"]).withdrawn


def test_a_room_saved_on_one_desk_refuses_the_other_desks_stale_save(
    desks: tuple[EventDB, EventDB, dict[str, int]],
) -> None:
    one, two, ids = desks
    seen = rooms.get_room(two, ids["hall"]).version
    rooms.update_room(one, ids["hall"], RoomInput("Great Hall", 120, ("screen",)), seen=seen, desk="Desk 1")
    with pytest.raises(ChangedElsewhereError) as refused:
        rooms.update_room(
            two, ids["hall"], RoomInput("Main Hall", 10, (), (ids["slot"],)), seen=seen, desk="Desk 2"
        )
    _message_at(refused, "“Great Hall”", "Desk 1")
    kept = rooms.get_room(two, ids["hall"])
    assert (kept.name, kept.capacity, kept.features, kept.unavailable_slot_ids) == (
        "Great Hall",
        120,
        ("screen",),
        (),
    )
    # Removing the room on a stale view is refused too: its sessions stay where they are.
    with pytest.raises(ChangedElsewhereError):
        rooms.remove_room(two, ids["hall"], seen=seen, desk="Desk 2")
    assert pitches.get_session(one, ids["session"]).room_id == ids["hall"]


def test_a_person_saved_on_one_desk_refuses_the_other_desks_stale_save(
    desks: tuple[EventDB, EventDB, dict[str, int]],
) -> None:
    one, two, ids = desks
    mine = applicants.get_applicant(one, ids["person"])
    theirs = applicants.get_applicant(two, ids["person"])
    applicants.update_applicant(
        one, replace(mine, pronouns="she/her"), seen=mine.version, desk="Welcome desk"
    )
    with pytest.raises(ChangedElsewhereError) as refused:
        applicants.update_applicant(
            two,
            replace(theirs, full_name="Sian Evans-Jones", email="other@example.org"),
            seen=theirs.version,
            desk="Desk 2",
        )
    _message_at(refused, "“Siân Evans”", "Welcome desk")
    now = applicants.get_applicant(two, ids["person"])
    assert (now.full_name, now.email, now.pronouns) == ("Siân Evans", "sian@example.org", "she/her")


def test_a_note_saved_on_one_desk_refuses_the_other_and_keeps_both_texts(
    desks: tuple[EventDB, EventDB, dict[str, int]],
) -> None:
    one, two, ids = desks
    loaded = notes.get_note(two, ids["session"]).note
    notes.save_note(
        one, ids["session"], NoteInput("Desk 1's notes."), revision=loaded.revision, desk="Notes table"
    )
    with pytest.raises(NoteConflictError) as refused:
        notes.save_note(
            two,
            ids["session"],
            NoteInput("Desk 2's notes.", attendance=30),
            revision=loaded.revision,
            desk="Desk 2",
        )
    _message_at(refused, "The notes of “Open data”", "Notes table")
    assert refused.value.mine.body_md == "Desk 2's notes."
    assert (
        refused.value.theirs.body_md == "Desk 1's notes." and refused.value.theirs.changed_by == "Notes table"
    )
    stored = notes.get_note(one, ids["session"]).note
    assert (stored.body_md, stored.attendance) == ("Desk 1's notes.", None)


def test_two_desks_saving_one_session_at_the_same_moment_one_wins(
    desks: tuple[EventDB, EventDB, dict[str, int]],
) -> None:
    one, two, ids = desks
    seen = pitches.get_session(one, ids["session"]).version
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(db: EventDB, desk: str) -> None:
        start.wait()
        try:
            pitches.update_pitch(
                db, ids["session"], PitchInput(f"Saved by {desk}", (desk,)), seen=seen, desk=desk
            )
            outcomes[desk] = "saved"
        except ChangedElsewhereError as exc:
            outcomes[desk] = str(exc)

    threads = [
        threading.Thread(target=save, args=(db, desk)) for db, desk in ((one, "Desk 1"), (two, "Desk 2"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    winners = [desk for desk, outcome in outcomes.items() if outcome == "saved"]
    assert len(winners) == 1, outcomes
    loser = "Desk 2" if winners == ["Desk 1"] else "Desk 1"
    assert outcomes[loser].startswith(f"“Saved by {winners[0]}” was changed on {winners[0]} at ")
    stored = pitches.get_session(one, ids["session"])
    assert (stored.title, stored.host_names, stored.version) == (
        f"Saved by {winners[0]}",
        (winners[0],),
        seen + 1,
    )
