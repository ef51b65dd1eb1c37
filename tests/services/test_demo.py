"""The demo event: what it holds, that its grid keeps the rules, and that a seed always gives the same file.

The file is read back with the standard library's ``sqlite3``, not through the code that wrote it.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections import Counter
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from govcamp.domain.checkin_codes import CODE_ALPHABET
from govcamp.domain.errors import GovcampError
from govcamp.services.demo import demo_steps, write_demo
from govcamp.services.event import summary
from govcamp.store.eventfile import open_event

LONDON = ZoneInfo("Europe/London")
SCRIPTS: dict[str, str] = {
    "Welsh": "[âêîôûŵŷÂÊÎÔÛŴŶ]",
    "Polish": "[ąćęłńśźżĄĆĘŁŃŚŹŻ]",
    "Vietnamese": "[ăđơưĂĐƠƯ\u1ea0-\u1ef9]",
    "Greek": "[\u0370-\u03ff]",
    "Cyrillic": "[\u0400-\u04ff]",
    "Arabic": "[\u0600-\u06ff]",
    "Hebrew": "[\u0590-\u05ff]",
    "Devanagari": "[\u0900-\u097f]",
    "Tamil": "[\u0b80-\u0bff]",
    "Japanese": "[\u3040-\u30ff]",
    "Korean": "[\uac00-\ud7a3]",
}
CJK = re.compile("[\u4e00-\u9fff]")
KANA = re.compile("[\u3040-\u30ff]")


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)


def _rows(path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    connection = _connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def _one(path: Path, sql: str) -> Any:
    return _rows(path, sql)[0][0]


def _moment(text: str) -> datetime:
    """A stored time (UTC without an offset, as SQLite holds it) as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _latin(name: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


def _dump(path: Path) -> str:
    connection = _connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "localgovcamp-2027.govcamp"
    write_demo(path)
    return path


# ------------------------------------------------------------------------------------------- contents


def test_default_demo_holds_one_day_of_localgovcamp(demo: Path) -> None:
    name, start, end, venue, zone = _rows(
        demo, "SELECT name, start_date, end_date, venue, timezone FROM event"
    )[0]
    assert name == "LocalGovCamp 2027"
    assert start == end == "2027-06-19"
    assert datetime(2027, 6, 19).strftime("%A") == "Saturday"
    assert "Birmingham" in venue
    assert zone == "Europe/London"
    assert _one(demo, "SELECT count(*) FROM person") == 600
    assert _one(demo, "SELECT count(*) FROM ticket") == 600
    assert _one(demo, "SELECT count(DISTINCT person_id) FROM ticket") == 600
    assert _one(demo, "SELECT count(*) FROM room") == 8
    assert [r[0] for r in _rows(demo, "SELECT position FROM room ORDER BY position")] == list(range(8))
    kinds = Counter(r[0] for r in _rows(demo, "SELECT kind FROM slot"))
    assert kinds["session"] == 6
    assert kinds["break"] == 2
    assert kinds["lunch"] == 1
    assert kinds["plenary"] >= 2
    assert _one(demo, "SELECT count(*) FROM room_unavailable") == 1
    assert _one(demo, "SELECT count(*) FROM session") == 45
    assert [r[0] for r in _rows(demo, "SELECT pitch_order FROM session ORDER BY pitch_order")] == list(
        range(1, 46)
    )
    assert 1 <= _one(demo, "SELECT count(*) FROM session WHERE withdrawn") <= 2


def test_slots_run_through_the_day_without_overlapping(demo: Path) -> None:
    slots = [
        (_moment(start).astimezone(LONDON), _moment(end).astimezone(LONDON), kind)
        for start, end, kind in _rows(demo, "SELECT start_at, end_at, kind FROM slot ORDER BY start_at")
    ]
    for (_, end, _), (start, _, _) in pairwise(slots):
        assert end <= start
    assert all(start.date().isoformat() == "2027-06-19" for start, _, _ in slots)
    sessions = [(end - start).total_seconds() / 60 for start, end, kind in slots if kind == "session"]
    assert all(45 <= minutes <= 50 for minutes in sessions)
    assert slots[0][2] == "plenary" and slots[-1][2] == "plenary"


def test_names_come_in_many_scripts(demo: Path) -> None:
    names = [f"{full} {badge}" for full, badge in _rows(demo, "SELECT full_name, badge_name FROM person")]
    for script, pattern in SCRIPTS.items():
        assert any(re.search(pattern, name) for name in names), f"no {script} name"
    assert any(CJK.search(name) and not KANA.search(name) for name in names), "no Chinese name"
    latin = [full for full, _ in _rows(demo, "SELECT full_name, badge_name FROM person") if _latin(full)]
    assert 0.75 <= len(latin) / len(names) <= 0.95
    badges = [r[0] for r in _rows(demo, "SELECT badge_name FROM person")]
    assert any(re.search("[\U0001f300-\U0001faff]", badge) for badge in badges), "no emoji badge"
    assert max(len(badge) for badge in badges) > 40


def test_people_are_plausible_and_distinct(demo: Path) -> None:
    people = _rows(
        demo,
        "SELECT email, email_normalised, checkin_code, pronouns, first_timer, access_needs, dietary_needs, "
        "consent_contact_in_qr, consent_named_in_notes, organisation, organisation_type FROM person",
    )
    emails = [p[1] for p in people]
    assert len(set(emails)) == len(emails)
    assert all(p[1] == p[0].strip().lower() for p in people)
    assert all(e.endswith(".example") for e in emails)
    codes = [p[2] for p in people]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(f"[{CODE_ALPHABET}]{{10}}", code) for code in codes)  # keyboard-safe letters
    share = {
        "pronouns": sum(1 for p in people if p[3]) / 600,
        "first_timer": sum(1 for p in people if p[4]) / 600,
        "access": sum(1 for p in people if p[5]) / 600,
        "dietary": sum(1 for p in people if p[6]) / 600,
        "qr": sum(1 for p in people if p[7]) / 600,
        "notes": sum(1 for p in people if p[8]) / 600,
    }
    assert 0.5 <= share["pronouns"] <= 0.7
    assert 0.25 <= share["first_timer"] <= 0.45
    assert 0.02 <= share["access"] <= 0.12
    assert 0.12 <= share["dietary"] <= 0.28
    assert 0.3 <= share["qr"] <= 0.5
    assert 0.7 <= share["notes"] <= 0.9
    councils = {p[9] for p in people if p[10] == "local_government"}
    assert len(councils) >= 40
    assert {p[10] for p in people} >= {
        "local_government",
        "central_government",
        "public_sector",
        "charity",
        "supplier",
        "academic",
    }


def test_tickets_tell_the_story_of_a_drawn_lottery(demo: Path) -> None:
    states = Counter(r[0] for r in _rows(demo, "SELECT state FROM ticket"))
    holders = states["accepted"] + states["checked_in"]
    assert 150 <= holders <= 220
    assert states["checked_in"] > states["accepted"]
    for state in ("no_show", "cancelled", "declined", "offered", "waitlisted"):
        assert states[state] > 0, state
    positions = [r[0] for r in _rows(demo, "SELECT waitlist_position FROM ticket WHERE state = 'waitlisted'")]
    assert sorted(positions) == list(range(1, states["waitlisted"] + 1))
    assert _one(demo, "SELECT count(*) FROM ticket WHERE state <> 'waitlisted' AND waitlist_position") == 0
    assert _one(demo, "SELECT count(*) FROM ticket WHERE state = 'offered' AND offer_deadline IS NULL") == 0
    assert _one(demo, "SELECT count(*) FROM ticket WHERE state = 'checked_in' AND checked_in_at IS NULL") == 0
    assert _one(demo, "SELECT count(*) FROM ticket WHERE state <> 'checked_in' AND checked_in_at") == 0
    staff = _rows(
        demo,
        "SELECT p.role, t.state FROM person p JOIN ticket t ON t.person_id = p.id WHERE p.role <> 'attendee'",
    )
    assert 20 <= len(staff) <= 30
    assert {r[0] for r in staff} == {"organiser", "volunteer", "sponsor"}
    assert {r[1] for r in staff} <= {"accepted", "checked_in"}
    groups = _rows(
        demo,
        "SELECT p.group_key, count(*), count(DISTINCT t.state) FROM person p JOIN ticket t "
        "ON t.person_id = p.id WHERE p.group_key IS NOT NULL GROUP BY p.group_key",
    )
    assert groups
    assert all(count == 2 and states_in_group == 1 for _, count, states_in_group in groups)


def test_sessions_have_hosts_needs_and_tags(demo: Path) -> None:
    sessions = _rows(demo, "SELECT id, title, description, demand, needs, tags FROM session")
    assert len({s[1] for s in sessions}) == 45
    assert all(s[2] for s in sessions)
    demands = [int(s[3]) for s in sessions]
    assert min(demands) >= 2 and max(demands) <= 120
    assert sorted(demands)[len(demands) // 2] < 60  # skewed: most sessions draw a modest crowd
    assert all(2 <= len(json.loads(s[5])) <= 3 for s in sessions if "First time" not in s[1])
    assert any(json.loads(s[4]) for s in sessions)
    hosts = _rows(demo, "SELECT session_id, person_id, name, position FROM session_host")
    per_session = Counter(int(h[0]) for h in hosts)
    assert set(per_session) == {int(s[0]) for s in sessions}
    assert 4 <= sum(1 for count in per_session.values() if count == 2) <= 6
    assert max(per_session.values()) == 2
    people = {int(r[0]): (r[1], r[2]) for r in _rows(demo, "SELECT id, full_name, badge_name FROM person")}
    for session_id, person_id, name, position in hosts:
        assert name in people[int(person_id)]
        assert position in (0, 1) if per_session[int(session_id)] == 2 else position == 0


def _check_grid_rules(demo: Path) -> None:
    """The rules a grid must never break, whatever the seed."""
    placements = _rows(
        demo,
        "SELECT p.session_id, p.room_id, p.slot_id, s.needs, r.features, sl.kind, s.withdrawn "
        "FROM placement p JOIN session s ON s.id = p.session_id JOIN room r ON r.id = p.room_id "
        "JOIN slot sl ON sl.id = p.slot_id",
    )
    cells = [(p[1], p[2]) for p in placements]
    assert len(set(cells)) == len(cells)
    assert all(p[5] == "session" for p in placements)
    assert not any(p[6] for p in placements)
    for p in placements:
        assert set(json.loads(p[3])) <= set(json.loads(p[4]))
    unavailable = set(_rows(demo, "SELECT room_id, slot_id FROM room_unavailable"))
    assert not unavailable & set(cells)
    busy = _rows(
        demo,
        "SELECT h.person_id, p.slot_id, count(*) FROM session_host h JOIN placement p "
        "ON p.session_id = h.session_id GROUP BY h.person_id, p.slot_id HAVING count(*) > 1",
    )
    assert busy == []
    unplaced = _one(
        demo,
        "SELECT count(*) FROM session WHERE NOT withdrawn AND id NOT IN (SELECT session_id FROM placement)",
    )
    assert unplaced >= 2  # the late pitches wait for a gap


def test_grid_keeps_the_hard_rules(demo: Path) -> None:
    _check_grid_rules(demo)
    unplaced = _one(
        demo,
        "SELECT count(*) FROM session WHERE NOT withdrawn AND id NOT IN (SELECT session_id FROM placement)",
    )
    assert 2 <= unplaced <= 3
    assert 1 <= _one(demo, "SELECT count(*) FROM placement WHERE pinned") <= 5


# Small events have few hosts for 45 pitches, so hosts pitch several times and the grid is tight.
@pytest.mark.parametrize(("seed", "applicants"), [(1, 20), (2, 40), (3, 40), (4, 90), (5, 300), (6, 1000)])
def test_grid_keeps_the_hard_rules_for_any_seed_and_size(tmp_path: Path, seed: int, applicants: int) -> None:
    path = tmp_path / "demo.govcamp"
    write_demo(path, seed=seed, applicants=applicants)
    _check_grid_rules(path)


def test_grid_puts_big_sessions_in_big_rooms(demo: Path) -> None:
    rows = _rows(
        demo,
        "SELECT s.demand, r.capacity FROM placement p JOIN session s ON s.id = p.session_id "
        "JOIN room r ON r.id = p.room_id ORDER BY s.demand DESC",
    )
    top = [capacity for _, capacity in rows[:5]]
    bottom = [capacity for _, capacity in rows[-5:]]
    assert min(top) >= 80
    assert max(bottom) <= 40


def test_published_grid_is_the_printed_one(demo: Path) -> None:
    number, published, message, snapshot, changelog = _rows(
        demo, "SELECT number, published_at, message, snapshot, changelog FROM grid_version ORDER BY number"
    )[0]
    assert number == 1
    assert message == "Grid as printed at 10:15"
    assert json.loads(changelog) == ["v1: first grid"]
    first_session = _moment(_one(demo, "SELECT min(start_at) FROM slot WHERE kind = 'session'"))
    assert _moment(published) < first_session
    printed = {(c["session"], c["room"], c["slot"]) for c in json.loads(snapshot)}
    working = set(_rows(demo, "SELECT session_id, room_id, slot_id FROM placement"))
    late = {r[0] for r in _rows(demo, "SELECT id FROM session WHERE created_at > " + repr(str(published)))}
    # Since printing: a session was withdrawn and late pitches arrived; nothing else moved.
    assert working <= printed
    assert not {c[0] for c in printed} & late


def test_notes_cover_about_half_the_placed_sessions(demo: Path) -> None:
    placed = _one(demo, "SELECT count(*) FROM placement")
    notes = _rows(
        demo,
        "SELECT n.body_md, n.note_taker, n.attendance, n.links, n.actions, n.revision, r.capacity, sl.kind, "
        "sl.end_at, n.updated_at FROM note n JOIN placement p ON p.session_id = n.session_id "
        "JOIN room r ON r.id = p.room_id JOIN slot sl ON sl.id = p.slot_id",
    )
    assert len(notes) == _one(demo, "SELECT count(*) FROM note")  # every note is for a placed session
    assert 0.35 <= len(notes) / placed <= 0.65
    takers = {r[0] for r in _rows(demo, "SELECT badge_name FROM person")}
    for body, taker, attendance, links, actions, revision, capacity, kind, end, updated in notes:
        assert body.startswith("# ")
        assert "\n## " in body and "\n- " in body
        assert re.search(r"\[[^\]]+\]\(https://[^)]+\)", body), "no inline link"
        assert taker in takers
        assert 0 < int(attendance) <= int(capacity)
        assert all(url.startswith("https://") for url in json.loads(links))
        assert all(set(a) == {"text", "done"} for a in json.loads(actions))
        # Actions and links live in their fields, so the text does not list them a second time.
        assert "## Actions" not in body and "## Links" not in body
        assert not any(a["text"] in body for a in json.loads(actions))
        assert revision == 1
        assert kind == "session"
        assert _moment(updated) > _moment(end)
    bodies = "\n".join(n[0] for n in notes)
    assert "`<script>alert(1)</script>`" in bodies
    thanks = [line for line in bodies.splitlines() if line.startswith("- Thanks to")]
    assert any(not _latin(line) for line in thanks)
    # The notes' search index was filled as the notes went in.
    assert _one(demo, "SELECT count(*) FROM note_fts WHERE note_fts MATCH 'talked'") == len(notes)


def test_interest_comes_from_people_holding_places(demo: Path) -> None:
    rows = _rows(
        demo,
        "SELECT i.person_id, t.state, s.withdrawn FROM interest i JOIN ticket t ON t.person_id = i.person_id "
        "JOIN session s ON s.id = i.session_id",
    )
    assert rows
    assert {r[1] for r in rows} <= {"accepted", "checked_in"}
    assert not any(r[2] for r in rows)
    assert max(Counter(r[0] for r in rows).values()) <= 6


def test_every_time_is_derived_from_the_event_not_the_clock(demo: Path) -> None:
    columns = {
        "event": ("created_at", "updated_at"),
        "person": ("created_at", "updated_at"),
        "ticket": ("updated_at", "checked_in_at", "offer_deadline"),
        "session": ("created_at", "updated_at"),
        "note": ("updated_at",),
        "grid_version": ("published_at",),
        "lottery_run": ("committed_at", "drawn_at"),
        "audit_log": ("at",),
    }
    earliest = datetime(2027, 3, 1, tzinfo=LONDON)
    latest = datetime(2027, 6, 19, 14, 0, tzinfo=LONDON)
    for table, names in columns.items():
        for name in names:
            for (value,) in _rows(demo, f"SELECT {name} FROM {table} WHERE {name} IS NOT NULL"):
                assert earliest <= _moment(value) <= latest, (table, name, value)
    actions = {r[0] for r in _rows(demo, "SELECT action FROM audit_log")}
    assert {"event.created", "grid.published"} <= actions


def test_file_reopens_and_its_summary_matches(demo: Path) -> None:
    db = open_event(demo)
    try:
        counts = summary(db)
    finally:
        db.close()
    assert counts.name == "LocalGovCamp 2027"
    assert counts.people == 600
    assert sum(counts.tickets.values()) == 600
    assert counts.tickets == {
        state: int(n) for state, n in _rows(demo, "SELECT state, count(*) FROM ticket GROUP BY state")
    }
    assert counts.rooms == 8
    assert counts.session_slots == 6
    assert counts.slots == _one(demo, "SELECT count(*) FROM slot")
    assert counts.sessions + counts.withdrawn_sessions == 45
    assert counts.placements == _one(demo, "SELECT count(*) FROM placement")
    assert counts.notes == _one(demo, "SELECT count(*) FROM note")
    assert counts.grid_versions == 2
    assert counts.lottery_runs == 1


# ------------------------------------------------------------------------------------ reproducibility


def test_same_seed_gives_the_same_file(tmp_path: Path) -> None:
    first, second = tmp_path / "a.govcamp", tmp_path / "b.govcamp"
    write_demo(first, seed=7, applicants=120)
    write_demo(second, seed=7, applicants=120)
    assert _dump(first) == _dump(second)
    assert first.read_bytes() == second.read_bytes()


def test_different_seeds_give_different_people(tmp_path: Path) -> None:
    first, second = tmp_path / "a.govcamp", tmp_path / "b.govcamp"
    write_demo(first, seed=1, applicants=120)
    write_demo(second, seed=2, applicants=120)
    sql = "SELECT full_name, email_normalised FROM person ORDER BY id"
    one, two = _rows(first, sql), _rows(second, sql)
    assert one != two
    assert len(set(one) & set(two)) < len(one) // 2


def test_a_small_demo_still_holds_a_whole_event(tmp_path: Path) -> None:
    path = tmp_path / "small.govcamp"
    write_demo(path, applicants=50)
    db = open_event(path)
    try:
        counts = summary(db)
    finally:
        db.close()
    assert counts.people == 50
    assert sum(counts.tickets.values()) == 50
    assert counts.rooms == 8
    assert counts.sessions + counts.withdrawn_sessions == 45
    assert counts.placements > 0
    assert counts.grid_versions == 2


# --------------------------------------------------------------------------------- progress and errors


def test_progress_counts_up_to_the_total(tmp_path: Path) -> None:
    path = tmp_path / "demo.govcamp"
    steps = list(demo_steps(path, applicants=2500))
    totals = {total for _, total, _ in steps}
    assert len(totals) == 1
    done = [d for d, _, _ in steps]
    assert done == sorted(done)
    assert done[0] == 0 and done[-1] == totals.pop()
    assert all(message for _, _, message in steps)
    assert path.exists()


def test_stopping_early_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "demo.govcamp"
    path.write_bytes(b"the file that was to be replaced")
    steps = demo_steps(path, overwrite=True)
    for _ in range(4):
        next(steps)
    steps.close()  # what a cancelled progress dialog does
    assert path.read_bytes() == b"the file that was to be replaced"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.govcamp"]


def test_overwrite_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.govcamp"
    path.write_bytes(b"old")
    write_demo(path, applicants=30, overwrite=True)
    assert _one(path, "SELECT count(*) FROM person") == 30


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"applicants": 19}, "between 20 and 20,000"),
        ({"applicants": 20_001}, "between 20 and 20,000"),
        ({"applicants": -5}, "between 20 and 20,000"),
        ({"applicants": True}, "whole number"),
        ({"applicants": "600"}, "whole number"),
        ({"seed": 1.5}, "whole number"),
    ],
)
def test_bad_arguments_are_refused_at_once(tmp_path: Path, kwargs: dict[str, object], words: str) -> None:
    with pytest.raises(GovcampError, match=words):
        demo_steps(tmp_path / "demo.govcamp", **kwargs)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_kept_without_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "demo.govcamp"
    path.write_bytes(b"precious")
    with pytest.raises(GovcampError, match="already exists"):
        write_demo(path)
    assert path.read_bytes() == b"precious"


def test_a_missing_folder_or_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GovcampError, match="does not exist"):
        write_demo(tmp_path / "nowhere" / "demo.govcamp")
    with pytest.raises(GovcampError, match="is a folder"):
        write_demo(tmp_path, overwrite=True)


def test_the_demo_promises_to_purge_three_months_after_the_day(demo: Path) -> None:
    from datetime import date

    from govcamp.services import retention

    with open_event(demo) as db:
        assert retention.retention_date(db) == date(2027, 9, 19)
        assert retention.purge_due(db, date(2027, 9, 19)) is None
        assert retention.purge_due(db, date(2027, 9, 20)) == date(2027, 9, 19)


def test_the_demo_shows_the_desk_on_the_morning(demo: Path) -> None:
    from govcamp.services import checkin, door
    from govcamp.store.eventfile import open_event

    with open_event(demo) as db:
        numbers = checkin.counts(db)
        everyone = checkin.people(db)
        queue = door.door_queue(db)
    desks = {p.desk for p in everyone if p.state == "checked_in"}
    assert desks == {"Desk 1", "Desk 2"}  # two desks checking people in
    assert numbers.checked_in > 100 and numbers.not_yet > 0
    assert len(queue) == numbers.door_queue == 4
    assert numbers.arrivals and max(n for _at, n in numbers.arrivals) > 10
    released = _rows(
        demo, "SELECT subject FROM audit_log WHERE action = 'ticket.no_show' AND detail LIKE '%released%'"
    )
    assert len(released) == 1
    person = int(released[0][0].split(":")[1])
    assert _one(demo, f"SELECT state FROM ticket WHERE person_id = {person}") == "no_show"
