"""The calendar file, read back by three readers we did not write: icalendar, vobject and calcurse."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govcamp.domain.pitching import PitchInput
from govcamp.domain.values import RoomInput, SlotInput
from govcamp.exports.calendar import calendar_bytes, fold
from govcamp.services import grid, pitches, rooms, slots
from govcamp.services.calendar import collect
from govcamp.store.eventfile import EventDB, open_event
from tests.calendar_event import AWKWARD, DESCRIPTION, PLAN, make_event
from tests.calendar_readers import by_calcurse, by_icalendar, by_libical, by_vobject, libical_available

needs_calcurse = pytest.mark.skipif(shutil.which("calcurse") is None, reason="calcurse is not installed")
needs_libical = pytest.mark.skipif(
    not libical_available(), reason="needs gir1.2-ical-3.0 and python3-gi (scripts/setup test installs them)"
)


@pytest.fixture
def autumn(tmp_path: Path) -> EventDB:
    handle = open_event(make_event(tmp_path / "autumn.govcamp"))
    yield handle  # type: ignore[misc]
    handle.close()


def _expected() -> dict[str, tuple[datetime, datetime]]:
    return {title: (start.astimezone(UTC), end.astimezone(UTC)) for title, (_, start, end) in PLAN.items()}


@needs_calcurse
def test_three_readers_agree_on_every_time_across_the_autumn_clock_change(
    autumn: EventDB, tmp_path: Path
) -> None:
    data = calendar_bytes(collect(autumn))
    path = tmp_path / "camp.ics"
    path.write_bytes(data)
    first = by_icalendar(data)
    second = by_vobject(data)
    third = by_calcurse(path, tmp_path)
    want = _expected()
    # The two sessions at 01:30 on 31 October are an hour apart in truth: 00:30 and 01:30 UTC.
    assert want[AWKWARD[1]][0] == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert want[AWKWARD[2]][0] == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    assert {e["summary"]: (e["start"], e["end"]) for e in first.values()} == want
    assert {e["summary"]: (e["start"], e["end"]) for e in second.values()} == want
    assert first.keys() == second.keys()
    assert third == sorted((start, end, title) for title, (start, end) in want.items())


def test_titles_and_descriptions_round_trip_exactly(autumn: EventDB) -> None:
    data = calendar_bytes(collect(autumn))
    for reader in (by_icalendar, by_vobject):
        events = reader(data)
        assert sorted(e["summary"] for e in events.values()) == sorted(AWKWARD)
        for event in events.values():
            assert event["description"].endswith("\n\n" + DESCRIPTION)
    # Escaped and folded as RFC 5545 says: no line longer than 75 octets, CRLF endings.
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert b"SUMMARY:Back\\\\slash\\\\ and semi\\;colon\\, comma" in data.replace(b"\r\n ", b"")


def test_a_title_with_a_newline_round_trips(autumn: EventDB) -> None:
    """Pitches refuse newlines in titles, but the file must carry any text it is given."""
    from dataclasses import replace

    data = collect(autumn)
    odd = replace(data, entries=(replace(data.entries[0], title="Two\nlines, \\ and ; too"),))
    events = by_vobject(calendar_bytes(odd))
    assert [e["summary"] for e in events.values()] == ["Two\nlines, \\ and ; too"]


def test_only_consenting_hosts_are_named(autumn: EventDB) -> None:
    events = {e["summary"]: e for e in by_icalendar(calendar_bytes(collect(autumn))).values()}
    assert events[AWKWARD[0]]["description"].startswith("Hosted by Ada Lovelace and 1 host not named here")
    assert events[AWKWARD[1]]["description"].startswith("Hosted by 1 host not named here")  # a plain name
    assert events[AWKWARD[3]]["description"].startswith("Hosted by Ada Lovelace\n")
    assert not any("Bob" in e["description"] or "Chris" in e["description"] for e in events.values())


def test_rfc_5545_properties(autumn: EventDB) -> None:
    raw = calendar_bytes(collect(autumn))
    cal = icalendar.Calendar.from_ical(raw)
    assert str(cal["method"]) == "PUBLISH"
    assert str(cal["x-wr-calname"]) == "Clocks Back Camp"
    assert str(cal["version"]) == "2.0"
    zones = cal.walk("VTIMEZONE")
    assert [str(z["tzid"]) for z in zones] == ["Europe/London"]
    unfolded = raw.replace(b"\r\n ", b"").decode()
    # Ordinary times in the event's zone; the repeated 01:30s in UTC, which cannot be misread.
    assert "DTSTART;TZID=Europe/London:20271030T100000" in unfolded
    assert "DTSTART;TZID=Europe/London:20271031T140000" in unfolded
    assert "DTSTART:20271031T003000Z" in unfolded
    assert "DTSTART:20271031T013000Z" in unfolded
    events = by_icalendar(raw)
    for uid, event in events.items():
        number = uid.split("-")[1]
        assert event["url"] == f"https://notes.example.org/camp/sessions/session-{number}.html"
        assert event["status"] == "CONFIRMED" and event["sequence"] == 0
    assert {e["location"] for e in events.values()} == {"Hall, Town Hall, Leeds", "Room 2, Town Hall, Leeds"}
    for event in cal.walk("VEVENT"):
        assert event.decoded("dtstamp").tzinfo is not None
        assert event.decoded("last-modified").utcoffset().total_seconds() == 0


def test_uids_come_from_stable_ids(autumn: EventDB) -> None:
    one = by_icalendar(calendar_bytes(collect(autumn)))
    two = by_icalendar(calendar_bytes(collect(autumn)))
    assert one.keys() == two.keys() and len(one) == 4


def test_a_move_published_raises_the_sequence_and_a_withdrawal_cancels(autumn: EventDB) -> None:
    before = {e.session_id: e for e in collect(autumn).entries}
    hall = rooms.find_room(autumn, "Hall")
    slot_of = {s.start.astimezone(UTC): s.id for s in slots.list_slots(autumn)}
    grid.move(autumn, 4, hall.id, slot_of[datetime(2027, 10, 31, 14, 0, tzinfo=UTC)])
    unpublished = {e.session_id: e for e in collect(autumn).entries}
    assert unpublished[4].room == "Room 2" and unpublished[4].sequence == 0  # not told until published
    grid.publish(autumn, "Plain talk to the hall")
    after = {e.session_id: e for e in collect(autumn).entries}
    assert after[4].room == "Hall" and after[4].sequence == 1
    assert after[4].last_modified > before[4].last_modified
    assert [after[n].sequence for n in (1, 2, 3)] == [0, 0, 0]
    pitches.set_withdrawn(autumn, 1, True)
    withdrawn = {e.session_id: e for e in collect(autumn).entries}
    assert withdrawn[1].cancelled and withdrawn[1].sequence == 1
    events = by_icalendar(calendar_bytes(collect(autumn)))
    assert sorted((e["status"], e["sequence"]) for e in events.values()) == [
        ("CANCELLED", 1),
        ("CONFIRMED", 0),
        ("CONFIRMED", 0),
        ("CONFIRMED", 1),
    ]


def test_one_room_and_one_person(autumn: EventDB) -> None:
    hall = collect(autumn, room="hall")
    assert hall.name == "Clocks Back Camp: Hall"
    assert [e.title for e in hall.entries] == [AWKWARD[0], AWKWARD[1]]
    bob = collect(autumn, person="BOB@example.org")
    # Hosts sessions 1 and 3, starred 4; a hand raised for 2 is not a star.
    assert [e.session_id for e in bob.entries] == [1, 3, 4]
    assert bob.name == "Clocks Back Camp: Bob Secret"


@needs_calcurse
def test_a_session_across_the_spring_clock_change(event_path: Path, tmp_path: Path) -> None:
    """00:30 to 02:30 on 28 March 2027 in London is one hour: the clocks jump from 01:00 to 02:00."""
    london = ZoneInfo("Europe/London")
    db = open_event(event_path)
    try:
        room = rooms.add_room(db, RoomInput("Hall", 50))
        slot = slots.add_slot(
            db,
            SlotInput(
                datetime(2027, 3, 28, 0, 30, tzinfo=london), datetime(2027, 3, 28, 2, 30, tzinfo=london)
            ),
        )
        session = pitches.add_pitch(db, PitchInput("Night owls", ("Ada",)))
        grid.move(db, session.id, room.id, slot.id)
        grid.publish(db)
        data = calendar_bytes(collect(db))
    finally:
        db.close()
    path = tmp_path / "spring.ics"
    path.write_bytes(data)
    want = (datetime(2027, 3, 28, 0, 30, tzinfo=UTC), datetime(2027, 3, 28, 1, 30, tzinfo=UTC))
    assert b"DTSTART;TZID=Europe/London:20270328T003000" in data
    assert [(e["start"], e["end"]) for e in by_icalendar(data).values()] == [want]
    assert [(e["start"], e["end"]) for e in by_vobject(data).values()] == [want]
    assert by_calcurse(path, tmp_path) == [(*want, "Night owls")]


@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=400)
)
def test_folding_keeps_every_character_and_the_75_octet_limit(text: str) -> None:
    line = "DESCRIPTION:" + text
    folded = fold(line)
    physical = folded.split(b"\r\n")
    assert all(len(part) <= 75 for part in physical)
    assert all(part.startswith(b" ") for part in physical[1:])
    for part in physical:
        part.decode("utf-8")  # never cut inside a character
    assert folded.replace(b"\r\n ", b"") == line.encode("utf-8")


def test_sequence_counts_each_published_change_of_room_or_time() -> None:
    from govcamp.services.calendar import history

    def at(hour: int) -> datetime:
        return datetime(2027, 6, 19, hour, 0, tzinfo=UTC)

    def cell(session: int, room: int, slot: int) -> dict[str, object]:
        return {"session": session, "room": room, "slot": slot}  # no times: as the demo's snapshots are

    slot_times = {1: (at(9), at(10)), 2: (at(10), at(11))}
    versions = [
        (at(8), [cell(1, 1, 1), cell(2, 1, 2), cell(3, 2, 1), cell(4, 2, 2)]),
        (at(9), [cell(1, 2, 1), cell(2, 1, 2), cell(3, 1, 1), cell(4, 2, 2)]),  # 1 and 3 swap rooms
        (at(10), [cell(1, 2, 2), cell(2, 1, 2), cell(3, 1, 1)]),  # 1 later; 4 taken off
        (at(11), [cell(1, 2, 2), cell(2, 1, 2), cell(3, 1, 1), cell(4, 2, 1)]),  # 4 back, elsewhere
    ]
    seen = history(versions, slot_times)
    assert {sid: h.sequence for sid, h in seen.items()} == {1: 2, 2: 0, 3: 1, 4: 2}
    assert seen[1].changed_at == at(10) and seen[2].changed_at == at(8)
    assert all(h.present for h in seen.values())
    assert seen[4].where == (2, at(9), at(10))


def test_the_vtimezone_itself_is_right_on_both_sides_of_each_change(autumn: EventDB) -> None:
    """Read the file's own VTIMEZONE with vobject (not the system's zone database) and check its offsets."""
    import vobject

    cal = vobject.readOne(calendar_bytes(collect(autumn)).decode("utf-8"))
    zone = cal.vtimezone.gettzinfo()
    hour = 3600
    for moment, offset in (
        (datetime(2027, 3, 28, 0, 59), 0),
        (datetime(2027, 3, 28, 3, 0), hour),
        (datetime(2027, 10, 30, 10, 0), hour),
        (datetime(2027, 10, 31, 14, 0), 0),
    ):
        assert zone.utcoffset(moment).total_seconds() == offset, moment


@needs_libical
def test_libical_passes_every_calendar_with_the_itip_check(autumn: EventDB) -> None:
    """RFC 5546 asks METHOD:PUBLISH for an ORGANIZER on every event; libical checks that and more."""
    for data in (collect(autumn), collect(autumn, room="Hall"), collect(autumn, person="1")):
        verdict = by_libical(calendar_bytes(data))
        assert verdict["errors"] == []
        assert verdict["itip"] is True
        assert verdict["events"] and all(e["organizer"].startswith("mailto:") for e in verdict["events"])


def test_the_organizer_is_the_events_contact_address_or_a_placeholder_that_reaches_nobody(
    autumn: EventDB,
) -> None:
    from dataclasses import replace

    from govcamp.services import event as event_service

    placeholder = icalendar.Calendar.from_ical(calendar_bytes(collect(autumn)))
    for event in placeholder.walk("VEVENT"):
        assert str(event["organizer"]).endswith(".invalid")  # RFC 2606: never delivered
    details = event_service.get_details(autumn)
    event_service.update_details(autumn, replace(details, contact_email=" hello@camp.example.org "))
    cal = icalendar.Calendar.from_ical(calendar_bytes(collect(autumn)))
    for event in cal.walk("VEVENT"):
        assert str(event["organizer"]) == "mailto:hello@camp.example.org"
        assert str(event["organizer"].params["CN"]) == details.name


@pytest.fixture(scope="module")
def demo_event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from govcamp.services.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    write_demo(path)
    return path


def test_the_demos_cancelled_session_keeps_its_title_and_every_link_leads_to_a_page(
    demo_event: Path, tmp_path: Path
) -> None:
    from govcamp.exports.archive import write_archive
    from govcamp.services import archive

    with open_event(demo_event) as db:
        data = collect(db)
        write_archive(archive.collect(db), tmp_path / "site")
    events = by_icalendar(calendar_bytes(data))
    cancelled = [e for e in events.values() if e["status"] == "CANCELLED"]
    assert cancelled and all(e["summary"].strip() for e in cancelled)
    assert by_vobject(calendar_bytes(data)).keys() == events.keys()
    links = [e["url"] for e in events.values() if e["url"]]
    assert len(links) == 40
    for url in links:
        assert url.startswith(data.archive_url)
        assert (tmp_path / "site" / url.removeprefix(data.archive_url)).is_file(), url
    assert all(not e["url"] for e in cancelled)


def test_breaks_lunch_and_plenaries_are_in_the_whole_event_calendar_only(demo_event: Path) -> None:
    with open_event(demo_event) as db:
        whole = icalendar.Calendar.from_ical(calendar_bytes(collect(db)))
        room = icalendar.Calendar.from_ical(calendar_bytes(collect(db, room="Committee Room 1")))
    fixed = [e for e in whole.walk("VEVENT") if str(e["uid"]).startswith("slot-")]
    kinds = {str(c) for e in fixed for c in e.get("categories").cats}
    assert {"BREAK", "LUNCH", "PLENARY"} <= kinds
    assert "Lunch" in {str(e["summary"]) for e in fixed}
    # Lunch and breaks leave the diary free; a plenary is where everyone is.
    assert {str(e["transp"]) for e in fixed if "LUNCH" in str(e.get("categories").cats[0])} == {"TRANSPARENT"}
    assert not [e for e in room.walk("VEVENT") if str(e["uid"]).startswith("slot-")]


@needs_libical
def test_libical_passes_the_demos_calendars(demo_event: Path) -> None:
    with open_event(demo_event) as db:
        calendars = [collect(db), collect(db, room="Committee Room 1")]
    for data in calendars:
        verdict = by_libical(calendar_bytes(data))
        assert verdict["errors"] == [] and verdict["itip"] is True
        assert all(e["summary"] for e in verdict["events"])
        assert all(e["organizer"] == "mailto:organisers@localgovcamp.example" for e in verdict["events"])
