"""Pitches: capture with hosts matched to people, edit, withdraw, merge and undo, duplicates, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from govcamp.domain.errors import GovcampError, ValidationError
from govcamp.domain.pitching import PitchInput, SessionValue, near_duplicate_pairs, title_similarity
from govcamp.services import grid, pitches
from govcamp.store.eventfile import EventDB
from tests.pg import read_rows
from tests.services.grid_fixtures import small_event


def test_a_pitch_is_stored_with_hosts_matched_to_people_by_badge_or_full_name(db: EventDB) -> None:
    ids = small_event(db)
    value = pitches.add_pitch(
        db,
        PitchInput(
            "  Open data in   planning ",
            hosts=("siân", "ZOË PATEL", "A visitor from Leeds"),
            tags=("Data", "planning", "data"),
            needs=("Step-free", "hearing loop"),
            demand=40,
        ),
    )
    assert value.title == "Open data in planning"
    assert [(h.name, h.person_id) for h in value.hosts] == [
        ("siân", ids["siân"]),
        ("ZOË PATEL", ids["zoë"]),
        ("A visitor from Leeds", None),
    ]
    assert value.tags == ("data", "planning")
    assert value.needs == ("hearing_loop", "step_free")
    assert value.demand == 40 and not value.placed and not value.withdrawn
    assert pitches.list_sessions(db) == [value]


@pytest.mark.parametrize(
    ("pitch", "field"),
    [
        (PitchInput("", hosts=("Siân",)), "title"),
        (PitchInput("A title", hosts=()), "host"),
        (PitchInput("A title", hosts=("  ",)), "host"),
        (PitchInput("A title", hosts=("Siân",), demand=-1), "demand"),
        (PitchInput("A title", hosts=("Siân",), needs=("a hall!",)), "features"),
    ],
)
def test_a_bad_pitch_is_refused_and_nothing_is_stored(db: EventDB, pitch: PitchInput, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        pitches.add_pitch(db, pitch)
    assert caught.value.field == field
    assert pitches.list_sessions(db) == []


def test_editing_changes_what_people_see_and_rematches_hosts(db: EventDB) -> None:
    ids = small_event(db)
    value = pitches.add_pitch(db, PitchInput("Agile", hosts=("Nobody",), demand=3))
    edited = pitches.update_pitch(
        db, value.id, PitchInput("Agile in councils", hosts=("Ahmed", "Nobody"), demand=12)
    )
    assert edited.title == "Agile in councils" and edited.demand == 12
    assert [h.person_id for h in edited.hosts] == [ids["ahmed"], None]


def test_withdrawing_takes_a_session_off_the_grid_and_restore_puts_it_back(db: EventDB) -> None:
    ids = small_event(db)
    value = pitches.add_pitch(db, PitchInput("Agile", hosts=("Ahmed",)))
    grid.move(db, value.id, ids["hall"], ids["s1"])
    before = pitches.set_withdrawn(db, value.id, True)
    gone = pitches.get_session(db, value.id)
    assert gone.withdrawn and not gone.placed
    pitches.restore(db, [before])
    back = pitches.get_session(db, value.id)
    assert not back.withdrawn and (back.room_name, back.slot_id) == ("Hall", ids["s1"])


def test_merge_makes_one_co_hosted_session_and_undo_restores_both(db: EventDB, event_target: str) -> None:
    ids = small_event(db)
    keep = pitches.add_pitch(db, PitchInput("Open data", hosts=("Siân",), needs=("screen",), demand=10))
    other = pitches.add_pitch(
        db, PitchInput("Open data for planners", hosts=("Łukasz", "siân"), tags=("planning",), demand=7)
    )
    with db.session() as session:
        from govcamp.store.tables import Interest

        session.add(Interest(person_id=ids["ahmed"], session_id=other.id))
        session.add(Interest(person_id=ids["zoë"], session_id=keep.id))
    grid.move(db, other.id, ids["room2"], ids["s2"])
    before = pitches.capture(db, [keep.id, other.id])

    result = pitches.merge(db, keep.id, other.id)

    merged = result.session
    assert merged.host_names == ("Siân", "Łukasz")
    assert merged.needs == ("screen",) and merged.tags == ("planning",)
    assert merged.demand == 17 and merged.interest == 2
    withdrawn = pitches.get_session(db, other.id)
    assert withdrawn.withdrawn and not withdrawn.placed
    pitches.restore(db, result.before)
    assert pitches.capture(db, [keep.id, other.id]) == before
    # An independent reader agrees: two sessions, one interest each, the other one back in Room 2.
    assert read_rows(event_target, "select count(*) from interest") == [(2,)]
    query = "select room_id, slot_id from placement where session_id = ?"
    placed = read_rows(event_target, query, (other.id,))
    assert placed == [(ids["room2"], ids["s2"])]


def test_merging_a_session_with_itself_is_refused(db: EventDB) -> None:
    value = pitches.add_pitch(db, PitchInput("Agile", hosts=("Ahmed",)))
    with pytest.raises(ValidationError):
        pitches.merge(db, value.id, value.id)


def test_removing_a_new_pitch_and_restoring_it(db: EventDB) -> None:
    value = pitches.add_pitch(db, PitchInput("Agile", hosts=("Ahmed",), demand=4))
    state = pitches.remove_pitch(db, value.id)
    assert pitches.list_sessions(db) == []
    pitches.restore(db, [state])
    assert pitches.list_sessions(db) == [value]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Open data in planning", "Open Data for Planning!", True),
        ("AI in social care", "AI and social care", True),
        ("Agile in councils", "Agile in local councils", False),
        ("Open data in planning", "Open data in housing", False),
        ("Data", "Data ethics", False),
        ("Café culture", "Cafe culture", True),
    ],
)
def test_near_duplicate_titles(first: str, second: str, same: bool) -> None:
    assert (title_similarity(first, second) >= 0.85) is same


def test_similar_sessions_warns_about_a_near_duplicate_but_not_withdrawn_ones(db: EventDB) -> None:
    first = pitches.add_pitch(db, PitchInput("Open data in planning", hosts=("Ahmed",)))
    pitches.add_pitch(db, PitchInput("Digital inclusion", hosts=("Ahmed",)))
    assert [s.id for s in pitches.similar_sessions(db, "open data for planning")] == [first.id]
    pitches.set_withdrawn(db, first.id, True)
    assert pitches.similar_sessions(db, "open data for planning") == []


def test_find_session_by_id_or_title(db: EventDB) -> None:
    value = pitches.add_pitch(db, PitchInput("Agile", hosts=("Ahmed",)))
    assert pitches.find_session(db, str(value.id)) == value
    assert pitches.find_session(db, "AGILE") == value
    with pytest.raises(GovcampError):
        pitches.find_session(db, "Waterfall")


def test_import_pitches_from_csv_and_xlsx(db: EventDB, tmp_path: Path) -> None:
    ids = small_event(db)
    csv_path = tmp_path / "pitches.csv"
    csv_path.write_text(
        "Session title,Host,Host 2,Hands,Needs,Tags\n"
        "Open data in planning,Siân,Łukasz,40,step_free,data;planning\n"
        '"Libraries, hubs and more",Zoë Patel,,12,,\n',
        encoding="utf-8",
    )
    result = pitches.import_pitches(db, csv_path)
    assert [(s.title, s.host_names, s.demand) for s in result.added] == [
        ("Open data in planning", ("Siân", "Łukasz"), 40),
        ("Libraries, hubs and more", ("Zoë Patel",), 12),
    ]
    assert result.added[0].hosts[1].person_id == ids["łukasz"]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Title", "Hosts", "Description"])
    sheet.append(["Open data in planning", "Siân", "again"])
    sheet.append(["Cyber after an incident", "Ahmed & Zoë Patel", "what we learnt"])
    xlsx_path = tmp_path / "more.xlsx"
    book.save(xlsx_path)
    again = pitches.import_pitches(db, xlsx_path)
    assert [s.title for s in again.added] == ["Cyber after an incident"]
    assert again.added[0].host_names == ("Ahmed", "Zoë Patel")
    assert again.skipped == ("Open data in planning",)


def test_import_with_a_bad_row_names_the_line_and_adds_nothing(db: EventDB, tmp_path: Path) -> None:
    path = tmp_path / "pitches.csv"
    path.write_text("Title,Host,Hands\nFine,Siân,3\nNo host here,,4\n", encoding="utf-8")
    with pytest.raises(GovcampError, match="Line 3"):
        pitches.import_pitches(db, path)
    assert pitches.list_sessions(db) == []


@given(
    st.lists(
        st.lists(
            st.sampled_from(["open", "data", "in", "planning", "Planning", "café", "cafe", "AI", "care"]),
            max_size=4,
        ).map(" ".join),
        max_size=8,
    )
)
def test_the_fast_pairwise_check_agrees_with_title_similarity(titles: list[str]) -> None:
    sessions = [SessionValue(id=n, title=t) for n, t in enumerate(titles)]
    flagged = set(near_duplicate_pairs(sessions))
    expected = {
        a.id
        for a in sessions
        for b in sessions
        if a.id != b.id and title_similarity(a.title, b.title) >= 0.85
    }
    assert flagged == expected
