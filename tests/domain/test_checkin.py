"""The desk's pure rules: folding, what a ticket's state means at the door, search as you type, arrivals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from govcamp.domain.checkin import (
    CheckinResult,
    SearchEntry,
    SearchIndex,
    arrivals_per_quarter,
    fold,
    result_for,
)

PEOPLE = [
    SearchEntry(1, "Siân Evans", "Cyngor Gwynedd", "sian@gwynedd.example", "SIAN2345"),
    SearchEntry(2, "Tomos Siani", "Cardiff Council", "tomos@cardiff.example", "TOMO2345"),
    SearchEntry(3, "Asia Brown", "Kent County Council", "asia@kent.example", "ASIA2345"),
    SearchEntry(4, "Zoë Łukasiewicz", "Ceredigion", "zoe@ceredigion.example", "ZOEL2345"),
]


def test_fold_drops_case_and_accents() -> None:
    assert fold("Siân ZOË Łukasz") == "sian zoe łukasz"  # Ł is a letter of its own, not L with a mark
    assert fold("Ａｂｃ") == "abc"  # full-width letters, as some phones type them


def test_what_each_state_means_at_the_door() -> None:
    assert result_for("accepted") == result_for("drawn") == result_for("offered") == CheckinResult.CHECKED_IN
    assert result_for("checked_in") == CheckinResult.ALREADY
    assert result_for("waitlisted") == CheckinResult.WAITLISTED
    for state in ("cancelled", "declined", "expired", "no_show", "applied"):
        assert result_for(state) == CheckinResult.NO_PLACE


def test_search_ranks_name_starts_first_and_follows_typing_and_backspace() -> None:
    index = SearchIndex(PEOPLE)
    assert [e.person_id for e in index.search("si")] == [1, 2, 3, 4]  # starts, word starts, inside
    assert [e.person_id for e in index.search("sia")] == [1, 2, 3]
    assert [e.person_id for e in index.search("sian")] == [1, 2]
    assert [e.person_id for e in index.search("sian ev")] == [1]
    assert [e.person_id for e in index.search("sian")] == [1, 2]  # backspace: everyone again
    assert [e.person_id for e in index.search("council")] == [3, 2]
    assert [e.person_id for e in index.search("zoel2")] == [4]  # the code, any case
    assert [e.person_id for e in index.search("ceredigion.example")] == [4]
    assert index.search("nobody") == [] and index.search("") == []
    assert [e.person_id for e in SearchIndex(PEOPLE).search("si", limit=1)] == [1]


def test_arrivals_count_the_latest_day_in_quarters_on_the_event_clock() -> None:
    london = ZoneInfo("Europe/London")
    day = datetime(2027, 6, 5, 7, 50, tzinfo=UTC)  # 08:50 in London (summer time)
    moments = [day, day + timedelta(minutes=5), day + timedelta(minutes=31), day - timedelta(days=30)]
    counted = arrivals_per_quarter(moments, london)
    assert [(at.strftime("%H:%M"), n) for at, n in counted] == [("08:45", 2), ("09:00", 0), ("09:15", 1)]
    assert arrivals_per_quarter([], london) == []
