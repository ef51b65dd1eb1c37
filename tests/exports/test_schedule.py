"""``govcamp export schedule``: frab's schedule.xml checked against its published schema, and our JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import xmlschema

from govcamp.cli import main
from govcamp.services import pitches
from govcamp.store.eventfile import open_event
from tests.calendar_event import AWKWARD, DESCRIPTION, PLAN, make_event

SCHEMA = Path(__file__).parent.parent / "fixtures" / "frab" / "schedule.xml.xsd"


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
    assert found[AWKWARD[0]][1].findtext("url") == "https://notes.example.org/camp/sessions/session-1.html"
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


def test_the_demo_schedule_is_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = tmp_path / "demo.govcamp"
    assert main(["demo", str(demo)]) == 0
    out = export(capsys, demo, tmp_path / "demo.xml")
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(out))
    assert len(ET.parse(out).getroot().findall("day/room/event")) == 40


def test_an_unknown_file_kind_is_one_line(camp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", "schedule", str(camp), "-o", "schedule.txt"])
    _, err = capsys.readouterr()
    assert code == 2 and ".xml or .json" in err and len(err.strip().splitlines()) == 1
