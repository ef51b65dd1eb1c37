"""Notes: read with the session's context, save without clobbering, and search with highlights."""

from __future__ import annotations

import pytest

from govcamp.domain.errors import NotFoundError, ValidationError
from govcamp.services import notes
from govcamp.services.notes import ActionItem, NoteConflictError, NoteInput
from govcamp.store.eventfile import EventDB
from tests import notes_data as data


@pytest.fixture
def grid(db: EventDB) -> dict[str, int]:
    hall = data.room(db, "Main Hall", 0)
    side = data.room(db, "Side Room", 1)
    early = data.slot(db, "10:00", "10:45")
    late = data.slot(db, "11:00", "11:45")
    host = data.person(db, "Siân Evans", consent=True)
    return {
        "late_hall": data.session_(db, "Open data for planning", room_id=hall, slot_id=late),
        "early_side": data.session_(
            db,
            "Digital inclusion in rural Wales",
            hosts=[("Siân Evans", host), ("Tomás", None)],
            room_id=side,
            slot_id=early,
            tags=["inclusion"],
            body="We met in the café and talked about Zoë's broadband map.\n\nBudgets are tight.",
        ),
        "early_hall": data.session_(db, "Agile in councils", room_id=hall, slot_id=early),
        "unplaced": data.session_(db, "A late pitch"),
    }


def test_sessions_are_listed_by_time_then_room(db: EventDB, grid: dict[str, int]) -> None:
    listed = notes.list_sessions(db)
    assert [s.session_id for s in listed] == [
        grid["early_hall"],
        grid["early_side"],
        grid["late_hall"],
        grid["unplaced"],
    ]
    side = listed[1]
    assert side.hosts == ("Siân Evans", "Tomás")
    assert side.room == "Side Room"
    assert side.start is not None and side.start.utcoffset() is not None
    assert f"{side.start:%H:%M}" == "10:00"
    assert side.has_note and not listed[0].has_note
    assert listed[3].when == "not in the grid"


def test_a_new_note_is_saved_and_read_back_with_context(db: EventDB, grid: dict[str, int]) -> None:
    view = notes.get_note(db, grid["early_hall"])
    assert view.note.revision == 0 and view.note.body_md == ""
    assert view.session.title == "Agile in councils" and view.session.room == "Main Hall"
    saved = notes.save_note(
        db,
        grid["early_hall"],
        NoteInput(
            "# Agile\n\nSprints in social care.",
            note_taker="  Priya ",
            attendance=23,
            links=("https://example.org/agile", " ", "https://example.org/agile"),
            actions=(ActionItem("Share the slides", True), ActionItem("  ")),
        ),
        revision=0,
    )
    assert saved.revision == 1
    again = notes.get_note(db, grid["early_hall"]).note
    assert again.body_md == "# Agile\n\nSprints in social care."
    assert again.note_taker == "Priya"
    assert again.attendance == 23
    assert again.links == ("https://example.org/agile",)
    assert again.actions == (ActionItem("Share the slides", True),)
    assert again.revision == 1


def test_a_stale_revision_is_a_conflict_with_both_texts(db: EventDB, grid: dict[str, int]) -> None:
    sid = grid["early_side"]
    loaded = notes.get_note(db, sid).note
    first_window = notes.save_note(db, sid, NoteInput("from window one"), revision=loaded.revision)
    with pytest.raises(NoteConflictError) as caught:
        notes.save_note(db, sid, NoteInput("from window two"), revision=loaded.revision)
    assert caught.value.mine.body_md == "from window two"
    assert caught.value.theirs.body_md == "from window one"
    assert caught.value.theirs.revision == first_window.revision
    assert notes.get_note(db, sid).note.body_md == "from window one"
    # Choosing "keep mine" saves against the revision that is now stored.
    kept = notes.save_note(db, sid, caught.value.mine, revision=caught.value.theirs.revision)
    assert notes.get_note(db, sid).note.body_md == "from window two"
    assert kept.revision == first_window.revision + 1


def test_two_first_saves_of_a_new_note_conflict(db: EventDB, grid: dict[str, int]) -> None:
    notes.save_note(db, grid["unplaced"], NoteInput("one"), revision=0)
    with pytest.raises(NoteConflictError):
        notes.save_note(db, grid["unplaced"], NoteInput("two"), revision=0)


def test_bad_notes_and_missing_sessions_are_refused(db: EventDB, grid: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="below zero"):
        notes.save_note(db, grid["unplaced"], NoteInput("x", attendance=-1), revision=0)
    with pytest.raises(NotFoundError):
        notes.save_note(db, 9999, NoteInput("x"), revision=0)
    with pytest.raises(NotFoundError):
        notes.get_note(db, 9999)


def test_sessions_are_found_by_number_or_exact_title(db: EventDB, grid: dict[str, int]) -> None:
    assert notes.find_session(db, str(grid["unplaced"])).title == "A late pitch"
    assert notes.find_session(db, "a LATE pitch").session_id == grid["unplaced"]
    with pytest.raises(NotFoundError):
        notes.find_session(db, "late")


def test_search_highlights_matching_words(db: EventDB, grid: dict[str, int]) -> None:
    hits = notes.search_notes(db, "broadband")
    assert [h.session.session_id for h in hits] == [grid["early_side"]]
    assert ("broadband", True) in hits[0].fragments
    assert "[broadband]" in hits[0].snippet()
    assert hits[0].session.room == "Side Room"


def test_search_folds_diacritics_both_ways(db: EventDB, grid: dict[str, int]) -> None:
    assert [h.session.session_id for h in notes.search_notes(db, "cafe zoe")] == [grid["early_side"]]
    data.session_(db, "Naming", body="Thanks to Sian and Zoe for the examples.")
    found = {h.session.title for h in notes.search_notes(db, "Siân")}
    assert found == {"Naming"}
    hit = notes.search_notes(db, "zoë")
    assert {h.session.title for h in hit} == {"Naming", "Digital inclusion in rural Wales"}


def test_search_matches_word_beginnings_and_titles(db: EventDB, grid: dict[str, int]) -> None:
    assert [h.session.session_id for h in notes.search_notes(db, "budg")] == [grid["early_side"]]
    by_title = notes.search_notes(db, "planning")
    assert [h.session.session_id for h in by_title] == [grid["late_hall"]]
    assert ("planning", True) in by_title[0].title_fragments


@pytest.mark.parametrize("query", ['"', "AND", "broadband OR", "NEAR(", "body_md:x", "*", "café)", "'; --"])
def test_fts_syntax_in_a_query_is_only_words(db: EventDB, grid: dict[str, int], query: str) -> None:
    try:
        notes.search_notes(db, query)
    except ValidationError as exc:
        assert str(exc) == "Type a word to search for."


def test_an_empty_query_asks_for_a_word(db: EventDB, grid: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="Type a word"):
        notes.search_notes(db, '  "*()  ')


def test_saved_notes_are_searchable_at_once(db: EventDB, grid: dict[str, int]) -> None:
    sid = grid["early_side"]
    notes.save_note(db, sid, NoteInput("Now about parking permits"), revision=1)
    assert notes.search_notes(db, "broadband") == []
    assert [h.session.session_id for h in notes.search_notes(db, "permits")] == [sid]
