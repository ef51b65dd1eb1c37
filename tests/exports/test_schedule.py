"""``govcamp export schedule``: frab's schedule.xml checked against its published schema, and our JSON."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
import xmlschema

from govcamp.cli import main
from govcamp.services import pitches
from govcamp.store.eventfile import open_event
from tests.calendar_event import AWKWARD, DESCRIPTION, PLAN, make_event

SCHEMA = Path(__file__).parent.parent / "fixtures" / "frab" / "schedule.xml.xsd"
JSON_SCHEMA = Path(__file__).parent.parent / "fixtures" / "frab" / "schedule.json.schema"


def export(capsys: pytest.CaptureFixture[str], event: Path, out: Path) -> Path:
    code = main(["export", "schedule", str(event), "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def camp(tmp_path: Path) -> Path:
    return make_event(tmp_path / "camp.govcamp")


def test_schedule_xml_is_valid_and_carries_every_session(
    camp: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = export(capsys, camp, tmp_path / "schedule.xml")
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(out))
    root = ET.parse(out).getroot()
    events = root.findall("day/room/event")
    found = {
        e.findtext("title"): (datetime.fromisoformat(e.findtext("date") or "").astimezone(UTC), e)
        for e in events
    }
    assert set(found) == set(AWKWARD)
    for title, (room, start, _end) in PLAN.items():
        moment, event = found[title]
        assert moment == start.astimezone(UTC)  # both 01:30s, an hour apart, by their offsets
        assert event.findtext("room") == room
        assert event.findtext("abstract") == DESCRIPTION
    assert [p.text for p in found[AWKWARD[0]][1].findall("persons/person")] == ["Ada Lovelace"]
    notes = "https://notes.example.org/camp/sessions/session-1.html"
    assert found[AWKWARD[0]][1].findtext("url") == notes
    assert [(a.get("href"), a.text) for a in found[AWKWARD[0]][1].findall("links/link")] == [
        (notes, "Session notes")
    ]
    assert root.findtext("conference/time_zone_name") == "Europe/London"
    assert [d.get("date") for d in root.findall("day")] == ["2027-10-30", "2027-10-31"]


def test_guids_stay_the_same_and_withdrawn_sessions_leave(
    camp: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = ET.parse(export(capsys, camp, tmp_path / "one.xml")).getroot()
    db = open_event(camp)
    try:
        pitches.set_withdrawn(db, 2, True)
    finally:
        db.close()
    second = ET.parse(export(capsys, camp, tmp_path / "two.xml")).getroot()
    guids = {e.get("id"): e.get("guid") for e in first.iter("event")}
    later = {e.get("id"): e.get("guid") for e in second.iter("event")}
    assert set(later) == {"1", "3", "4"} and all(later[k] == guids[k] for k in later)
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(tmp_path / "two.xml"))
    data = json.loads(export(capsys, camp, tmp_path / "programme.json").read_text(encoding="utf-8"))
    assert {s["id"]: s["status"] for s in data["sessions"]} == {
        1: "confirmed",
        2: "cancelled",
        3: "confirmed",
        4: "confirmed",
    }


def test_programme_json_as_documented(camp: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(export(capsys, camp, tmp_path / "p.json").read_text(encoding="utf-8"))
    assert data["format"] == "govcamp-programme" and data["format_version"] == 1
    assert data["grid_version"] == 1
    assert data["event"]["timezone"] == "Europe/London"
    assert [r["name"] for r in data["rooms"]] == ["Hall", "Room 2"]
    assert data["rooms"][0]["features"] == ["step_free"]
    by_title = {s["title"]: s for s in data["sessions"]}
    second = by_title[AWKWARD[2]]
    assert second["start"] == "2027-10-31T01:30:00+00:00" and second["start_utc"] == "2027-10-31T01:30:00Z"
    assert by_title[AWKWARD[1]]["start_utc"] == "2027-10-31T00:30:00Z"
    assert second["hosts"] == [] and second["unnamed_hosts"] == 1
    documented = (Path(__file__).parents[2] / "docs" / "schedule-json.md").read_text(encoding="utf-8")
    for key in (*data, *data["event"], *second, *data["rooms"][0], *data["slots"][0]):
        assert f"`{key}`" in documented, key


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    assert main(["demo", str(path)]) == 0
    return path


def _sessions_and_fixed(root: ET.Element) -> tuple[list[ET.Element], list[ET.Element]]:
    sessions = [e for e in root.iter("event") if e.findtext("type") == "session"]
    fixed = [e for e in root.iter("event") if e.findtext("type") != "session"]
    return sessions, fixed


def test_the_demo_schedule_carries_what_confclerk_reads(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ConfClerk's importer (src/sql/schedulexmlparser.cpp) reads each event's id, date, start, duration,
    room, title, type, abstract; persons by their id attribute (no id: no presenter) and <links><link href>.
    """
    out = export(capsys, demo, tmp_path / "demo.xml")
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(out))
    root = ET.parse(out).getroot()
    sessions, fixed = _sessions_and_fixed(root)
    assert len(sessions) == 40
    rooms = {r.get("name") for r in root.iter("room")}
    for event in sessions:
        assert event.findtext("room") in rooms - {"Whole event"}
        assert event.findtext("title")
        assert re.fullmatch(r"\d\d:\d\d", event.findtext("start") or "")
        links = event.findall("links/link")
        assert len(links) == 1 and (links[0].get("href") or "").startswith("https://localgovcamp.example/")
        assert links[0].get("href") == event.findtext("url")
    persons = [p for e in sessions for p in e.findall("persons/person")]
    assert len(persons) >= 30 and all((p.get("id") or "").isdigit() and p.text for p in persons)
    # One person, one id, wherever they host.
    ids: dict[str, set[str]] = {}
    for person in persons:
        ids.setdefault(person.text or "", set()).add(person.get("id") or "")
    assert all(len(found) == 1 for found in ids.values())
    # Breaks, lunch and plenaries are there, in the whole-event room, with ids no session can have.
    kinds = {e.findtext("type") for e in fixed}
    assert {"break", "lunch", "plenary"} <= kinds
    assert {e.findtext("title") for e in fixed if e.findtext("type") == "lunch"} == {"Lunch"}
    assert all(e.findtext("room") == "Whole event" and int(e.get("id") or 0) > 1_000_000 for e in fixed)
    assert len({e.get("id") for e in root.iter("event")}) == len(sessions) + len(fixed)


def test_frab_schedule_json_matches_the_xml_and_its_schema(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xml_root = ET.parse(export(capsys, demo, tmp_path / "schedule.xml")).getroot()
    out = export(capsys, demo, tmp_path / "schedule.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft6Validator(schema).validate(data)
    conference = data["schedule"]["conference"]
    events = [e for day in conference["days"] for held in day["rooms"].values() for e in held]
    from_xml = {
        int(e.get("id") or 0): (e.findtext("title"), e.findtext("date"), e.findtext("room"))
        for e in xml_root.iter("event")
    }
    assert {e["id"]: (e["title"], e["date"], e["room"]) for e in events} == from_xml
    hosted = [e for e in events if e["persons"]]
    assert hosted and all(isinstance(p["id"], int) and p["public_name"] for e in hosted for p in e["persons"])
    assert all(
        e["links"] == [{"url": e["url"], "title": "Session notes"}] for e in events if e["type"] == "session"
    )
    # A different name for the file is our own programme JSON, as before.
    other = json.loads(export(capsys, demo, tmp_path / "programme.json").read_text(encoding="utf-8"))
    assert other["format"] == "govcamp-programme"


def test_a_cancelled_session_keeps_its_title_and_links_nowhere(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(export(capsys, demo, tmp_path / "p.json").read_text(encoding="utf-8"))
    cancelled = [s for s in data["sessions"] if s["status"] == "cancelled"]
    assert cancelled and all(s["title"].strip() for s in cancelled)
    assert all(s["notes_url"] is None for s in cancelled)
    live = [s for s in data["sessions"] if s["status"] == "confirmed"]
    assert all(s["notes_url"].endswith(f"sessions/session-{s['id']}.html") for s in live)


def test_an_unknown_file_kind_is_one_line(camp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", "schedule", str(camp), "-o", "schedule.txt"])
    _, err = capsys.readouterr()
    assert code == 2 and ".xml or .json" in err and len(err.strip().splitlines()) == 1
