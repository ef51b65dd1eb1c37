"""The working grid: moves, swaps, undo, pins, problems, the solver's instance, fit rooms, publish."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcamp.domain.errors import GovcampError, ValidationError
from govcamp.domain.pitching import PitchInput, PlacementValue
from govcamp.domain.values import RoomInput
from govcamp.services import grid, pitches, rooms
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Interest
from tests.pg import read_rows
from tests.services.grid_fixtures import small_event


def pitch(
    db: EventDB, title: str, *hosts: str, demand: int | None = None, needs: tuple[str, ...] = ()
) -> int:
    return pitches.add_pitch(db, PitchInput(title, hosts=hosts or ("Ahmed",), demand=demand, needs=needs)).id


def where(db: EventDB) -> dict[int, tuple[str | None, int | None]]:
    return {s.id: (s.room_name, s.slot_id) for s in pitches.list_sessions(db)}


def test_move_to_an_empty_cell_and_undo_and_redo(db: EventDB) -> None:
    ids = small_event(db)
    a = pitch(db, "Agile")
    change = grid.move(db, a, ids["hall"], ids["s1"])
    assert where(db)[a] == ("Hall", ids["s1"])
    assert change.before == () and change.after == (PlacementValue(a, ids["hall"], ids["s1"]),)
    grid.apply_change(db, change, undo=True)
    assert where(db)[a] == (None, None)
    grid.apply_change(db, change)
    assert where(db)[a] == ("Hall", ids["s1"])


def test_dropping_on_an_occupied_cell_swaps_and_undo_swaps_back(db: EventDB) -> None:
    ids = small_event(db)
    a, b = pitch(db, "Agile"), pitch(db, "Blockchain", "Siân")
    grid.move(db, a, ids["hall"], ids["s1"])
    grid.move(db, b, ids["room2"], ids["s2"])
    change = grid.move(db, a, ids["room2"], ids["s2"])
    assert where(db)[a] == ("Room 2", ids["s2"]) and where(db)[b] == ("Hall", ids["s1"])
    grid.apply_change(db, change, undo=True)
    assert where(db)[a] == ("Hall", ids["s1"]) and where(db)[b] == ("Room 2", ids["s2"])


def test_an_unplaced_session_dropped_on_a_taken_cell_sends_the_other_to_unplaced(db: EventDB) -> None:
    ids = small_event(db)
    a, b = pitch(db, "Agile"), pitch(db, "Blockchain", "Siân")
    grid.move(db, a, ids["hall"], ids["s1"])
    grid.move(db, b, ids["hall"], ids["s1"])
    assert where(db)[a] == (None, None) and where(db)[b] == ("Hall", ids["s1"])


def test_moves_that_cannot_be_made_are_refused(db: EventDB) -> None:
    ids = small_event(db)
    a = pitch(db, "Agile")
    with pytest.raises(ValidationError, match="not a session slot"):
        grid.move(db, a, ids["hall"], ids["lunch"])
    pitches.set_withdrawn(db, a, True)
    with pytest.raises(ValidationError, match="withdrawn"):
        grid.move(db, a, ids["hall"], ids["s1"])
    with pytest.raises(GovcampError):
        grid.move(db, 999, ids["hall"], ids["s1"])
    with pytest.raises(GovcampError):
        grid.unplace(db, a)


def test_pin_unpin_and_unplace(db: EventDB) -> None:
    ids = small_event(db)
    a = pitch(db, "Agile")
    with pytest.raises(ValidationError):
        grid.set_pinned(db, a, True)
    grid.move(db, a, ids["quiet"], ids["s3"])
    change = grid.set_pinned(db, a, True)
    assert pitches.get_session(db, a).pinned
    grid.apply_change(db, change, undo=True)
    assert not pitches.get_session(db, a).pinned
    grid.unplace(db, a)
    assert not pitches.get_session(db, a).placed


def test_problems_say_what_is_wrong_in_one_sentence(db: EventDB) -> None:
    ids = small_event(db)
    a = pitch(db, "Agile", "Siân", demand=25, needs=("step_free",))
    b = pitch(db, "Blockchain", "siân", "Ahmed")
    c = pitch(db, "Cyber", "Zoë Patel")
    rooms.update_room(db, ids["quiet"], RoomInput("Quiet", 10, ("quiet",), (ids["s1"],)))
    grid.move(db, a, ids["room2"], ids["s1"])
    grid.move(db, b, ids["hall"], ids["s1"])
    grid.move(db, c, ids["quiet"], ids["s1"])
    found = grid.problems(grid.grid_state(db))
    messages = {(p.session_id, p.kind): p.message for p in found}
    assert messages[a, "capacity"] == "“Agile” expects 25 people; Room 2 holds 20 (5 over)."
    assert messages[a, "needs"] == "“Agile” needs step-free, which Room 2 lacks."
    assert messages[a, "host"] == "Siân hosts “Agile” and “Blockchain” at 10:00."
    assert (b, "host") in messages
    assert messages[c, "unavailable"] == "Quiet is not available at 10:00, but “Cyber” is there."
    counts = grid.counts(grid.grid_state(db))
    assert (counts.placed, counts.unplaced) == (3, 0)
    grid.move(db, a, ids["hall"], ids["s2"])
    assert {p.kind for p in grid.problems(grid.grid_state(db)) if p.session_id == a} == set()


def test_build_instance_matches_the_event(db: EventDB) -> None:
    ids = small_event(db)
    a = pitch(db, "Agile", "Siân", "A stranger", demand=30)
    b = pitch(db, "Blockchain", needs=("screen",))
    gone = pitch(db, "Gone")
    pitches.set_withdrawn(db, gone, True)
    with db.session() as session:
        session.add(Interest(person_id=ids["zoë"], session_id=b))
        session.add(Interest(person_id=ids["ahmed"], session_id=b))
        session.add(Interest(person_id=ids["ahmed"], session_id=a))
        session.add(Interest(person_id=ids["ahmed"], session_id=gone))
    rooms.update_room(db, ids["quiet"], RoomInput("Quiet", 10, ("quiet",), (ids["s2"],)))
    grid.move(db, a, ids["hall"], ids["s1"])
    grid.move(db, b, ids["room2"], ids["s2"])
    grid.publish(db)
    grid.move(db, b, ids["room2"], ids["s3"])
    grid.set_pinned(db, a, True)

    instance = grid.build_instance(db)

    assert [r.id for r in instance.rooms] == [str(ids["hall"]), str(ids["room2"]), str(ids["quiet"])]
    assert [s.id for s in instance.slots] == [str(ids["s1"]), str(ids["s2"]), str(ids["s3"])]
    sessions = {s.id: s for s in instance.sessions}
    assert set(sessions) == {str(a), str(b)}
    assert sessions[str(a)].demand == 30 and sessions[str(b)].demand == 2
    assert sessions[str(a)].hosts == (str(ids["siân"]), "name:a stranger")
    assert sessions[str(b)].needs == frozenset({"screen"})
    assert instance.interests[str(ids["ahmed"])] == (str(a), str(b))
    assert instance.unavailable == frozenset({(str(ids["quiet"]), str(ids["s2"]))})
    assert [(p.session, p.room, p.slot) for p in instance.pinned] == [
        (str(a), str(ids["hall"]), str(ids["s1"]))
    ]
    assert {(p.session, p.room, p.slot) for p in instance.previous} == {
        (str(a), str(ids["hall"]), str(ids["s1"])),
        (str(b), str(ids["room2"]), str(ids["s2"])),
    }


def test_suggest_keeps_pins_and_breaks_no_hard_rule_and_is_one_undoable_step(db: EventDB) -> None:
    from govcamp.domain.solver import check_hard_rules

    ids = small_event(db)
    made = [
        pitch(db, f"Session {n}", ("Siân", "Ahmed", "Zoë Patel", "Łukasz")[n % 4], demand=5 + n)
        for n in range(7)
    ]
    grid.move(db, made[0], ids["quiet"], ids["s3"])
    grid.set_pinned(db, made[0], True)
    before = grid.placements(db)
    result = grid.suggest(db, time_limit=1.0)
    instance = grid.build_instance(db)
    after = grid.placements(db)
    assert PlacementValue(made[0], ids["quiet"], ids["s3"], True) in after
    assert len(after) == 7
    from govcamp.domain.solver import Placement

    assert (
        check_hard_rules(
            instance, [Placement(str(p.session_id), str(p.room_id), str(p.slot_id)) for p in after]
        )
        == []
    )
    assert any("placed in" in line for line in result.moved)
    grid.apply_change(db, result.change, undo=True)
    assert grid.placements(db) == before


def test_fit_rooms_keeps_slots_and_gives_the_big_session_the_big_room(db: EventDB) -> None:
    ids = small_event(db)
    big = pitch(db, "Big", demand=90)
    small = pitch(db, "Small", "Siân", demand=8)
    other = pitch(db, "Other", "Zoë Patel", demand=15)
    grid.move(db, big, ids["quiet"], ids["s1"])
    grid.move(db, small, ids["hall"], ids["s1"])
    grid.move(db, other, ids["room2"], ids["s2"])
    change = grid.fit_rooms(db)
    now = where(db)
    assert now[big] == ("Hall", ids["s1"])
    assert now[small][1] == ids["s1"] and now[small][0] in {"Quiet", "Room 2"}
    assert now[other] == ("Room 2", ids["s2"])  # already fine: it stays
    assert set(change.sessions) >= {big, small}
    grid.apply_change(db, change, undo=True)
    assert where(db)[big] == ("Quiet", ids["s1"])


def test_publish_numbers_versions_and_writes_a_changelog(db: EventDB, event_target: str) -> None:
    ids = small_event(db)
    with pytest.raises(GovcampError, match="empty"):
        grid.publish(db)
    a = pitch(db, "Open data in planning")
    b = pitch(db, "Blockchain", "Siân")
    c = pitch(db, "Cyber", "Zoë Patel")
    grid.move(db, a, ids["room2"], ids["s2"])
    grid.move(db, b, ids["hall"], ids["s1"])
    first = grid.publish(db, "Printed at 10:15")
    assert first.number == 1 and first.changelog == ("v1: first grid, 2 sessions",)
    with pytest.raises(GovcampError, match="Nothing has changed since v1"):
        grid.publish(db)
    grid.move(db, a, ids["hall"], ids["s3"])
    grid.move(db, c, ids["quiet"], ids["s1"])
    pitches.set_withdrawn(db, b, True)
    second = grid.publish(db)
    assert second.changelog == (
        "v2: 'Blockchain' withdrawn (was Hall 10:00)",
        "v2: 'Cyber' added in Quiet 10:00",
        "v2: 'Open data in planning' moved from Room 2 11:00 to Hall 13:00",
    )
    assert [v.number for v in grid.versions(db)] == [1, 2]
    # JSON as the database holds it (text in a file, json on a server), read by an independent reader.
    (raw,) = read_rows(event_target, "select snapshot from grid_version where number = 2")[0]
    snapshot = json.loads(raw) if isinstance(raw, str) else raw
    assert {(e["session"], e["room"], e["slot"]) for e in snapshot} == {
        (a, ids["hall"], ids["s3"]),
        (c, ids["quiet"], ids["s1"]),
    }
    grid.unpublish(db, 2)
    assert [v.number for v in grid.versions(db)] == [1]
    with pytest.raises(GovcampError):
        grid.unpublish(db, 5)


def test_the_demo_has_a_later_version_with_changes_and_interest_to_plan_with(tmp_path: Path) -> None:
    from govcamp.services.demo import write_demo
    from govcamp.store.eventfile import open_event

    path = tmp_path / "demo.govcamp"
    write_demo(path, applicants=120)
    connection = sqlite3.connect(path)
    try:
        versions = connection.execute(
            "select number, snapshot, changelog from grid_version order by number"
        ).fetchall()
        withdrawn = {r[0] for r in connection.execute("select id from session where withdrawn")}
        working = set(connection.execute("select session_id, room_id, slot_id from placement").fetchall())
        interested = connection.execute("select count(distinct session_id) from interest").fetchone()[0]
    finally:
        connection.close()
    assert [v[0] for v in versions] == [1, 2]
    first = {(c["session"], c["room"], c["slot"]) for c in json.loads(versions[0][1])}
    second = {(c["session"], c["room"], c["slot"]) for c in json.loads(versions[1][1])}
    changelog = json.loads(versions[1][2])
    assert len(changelog) == 1 and changelog[0].startswith("v2: '") and "withdrawn (was " in changelog[0]
    assert first - second and {c[0] for c in first - second} <= withdrawn
    assert working <= second
    assert interested > 30
    db = open_event(path)
    try:
        instance = grid.build_instance(db)
        assert len(instance.previous) == len(second) and instance.interests
        assert grid.pending_changelog(db) == []  # nothing changed since v2
    finally:
        db.close()


def test_suggest_after_the_day_has_begun_leaves_the_past_alone(db: EventDB) -> None:
    from tests.services.grid_fixtures import at

    ids = small_event(db)
    done = pitch(db, "Already happened", "Siân", demand=90)
    waiting = pitch(db, "Late pitch", "Ahmed", demand=50)
    grid.move(db, done, ids["quiet"], ids["s1"])
    instance = grid.build_instance(db, now=at("10:30"))
    assert [s.id for s in instance.slots] == [str(ids["s2"]), str(ids["s3"])]
    assert {s.id for s in instance.sessions} == {str(waiting)}
    grid.suggest(db, time_limit=0.5, now=at("10:30"))
    after = where(db)
    assert after[done] == ("Quiet", ids["s1"])  # over-full, but it has happened: it stays
    assert after[waiting][0] == "Hall" and after[waiting][1] in {ids["s2"], ids["s3"]}


def test_any_sequence_of_edits_undoes_back_to_the_start(tmp_path_factory: pytest.TempPathFactory) -> None:
    from govcamp.services.event import new_event
    from tests.conftest import DETAILS

    path = tmp_path_factory.mktemp("edits") / "camp.govcamp"
    handle = new_event(path, DETAILS)
    try:
        ids = small_event(handle)
        made = [pitch(handle, f"S{n}", ("Siân", "Ahmed", "Zoë Patel")[n % 3]) for n in range(4)]
        cells = [(ids[r], ids[s]) for r in ("hall", "room2", "quiet") for s in ("s1", "s2", "s3")]
        edit = st.tuples(
            st.sampled_from(["move", "unplace", "pin", "unpin"]),
            st.sampled_from(made),
            st.sampled_from(cells),
        )

        @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
        @given(st.lists(edit, max_size=8))
        def check(edits: list[tuple[str, int, tuple[int, int]]]) -> None:
            start = grid.placements(handle)
            done = []
            for action, session_id, (room_id, slot_id) in edits:
                try:
                    if action == "move":
                        change = grid.move(handle, session_id, room_id, slot_id)
                    elif action == "unplace":
                        change = grid.unplace(handle, session_id)
                    else:
                        change = grid.set_pinned(handle, session_id, action == "pin")
                except GovcampError:
                    continue
                done.append((change, grid.placements(handle)))
            # Undo walks back through every state; redo walks forward again.
            for change, state in reversed(done):
                assert grid.placements(handle) == state
                grid.apply_change(handle, change, undo=True)
            assert grid.placements(handle) == start
            for change, state in done:
                grid.apply_change(handle, change)
                assert grid.placements(handle) == state
            for change, _ in reversed(done):
                grid.apply_change(handle, change, undo=True)

        check()
    finally:
        handle.close()
