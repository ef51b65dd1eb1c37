"""``govcamp export calendar`` as a script would use it, with ``grid move`` and ``grid publish``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from govcamp.cli import main
from tests.calendar_event import AWKWARD, make_event
from tests.calendar_readers import by_icalendar, by_vobject


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def export(capsys: pytest.CaptureFixture[str], event: Path, out: Path, *extra: str) -> bytes:
    code, text, err = run(capsys, "export", "calendar", str(event), "-o", str(out), *extra)
    assert code == 0, err
    assert str(out) in text
    return out.read_bytes()


def test_uids_stay_and_sequence_rises_after_move_and_publish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    first = by_icalendar(export(capsys, event, tmp_path / "one.ics"))
    again = by_icalendar(export(capsys, event, tmp_path / "two.ics"))
    assert first.keys() == again.keys()
    assert all(e["sequence"] == 0 for e in first.values())

    slots = {s["start"]: s["slot"] for s in _sessions(capsys, event)}
    afternoon = slots["2027-10-31T14:00:00+00:00"]
    assert run(capsys, "grid", "move", str(event), "4", "--room", "Hall", "--slot", str(afternoon))[0] == 0
    code, _out, _ = run(capsys, "grid", "publish", str(event), "--message", "Plain talk to the hall")
    assert code == 0

    moved = by_icalendar(export(capsys, event, tmp_path / "three.ics"))
    assert moved.keys() == first.keys()
    by_title = {e["summary"]: e for e in moved.values()}
    assert by_title[AWKWARD[3]]["sequence"] == 1
    assert by_title[AWKWARD[3]]["location"] == "Hall, Town Hall, Leeds"
    assert by_title[AWKWARD[3]]["start"] == datetime(2027, 10, 31, 14, 0, tzinfo=UTC)
    assert [by_title[t]["sequence"] for t in AWKWARD[:3]] == [0, 0, 0]


def _sessions(capsys: pytest.CaptureFixture[str], event: Path) -> list[dict[str, object]]:
    """The placed sessions as ``sessions list --json`` prints them, each start in UTC."""
    code, out, _ = run(capsys, "sessions", "list", str(event), "--json")
    assert code == 0
    rows: list[dict[str, object]] = json.loads(out)
    return [
        {**row, "start": datetime.fromisoformat(str(row["start"])).astimezone(UTC).isoformat()}
        for row in rows
        if row["start"]
    ]


def test_room_and_person_calendars(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    hall = by_vobject(export(capsys, event, tmp_path / "hall.ics", "--room", "Hall"))
    assert sorted(e["summary"] for e in hall.values()) == sorted(AWKWARD[:2])
    bob = by_vobject(export(capsys, event, tmp_path / "bob.ics", "--person", "bob@example.org"))
    assert sorted(e["summary"] for e in bob.values()) == sorted([AWKWARD[0], AWKWARD[2], AWKWARD[3]])
    code, out, _ = run(capsys, "export", "calendar", str(event), "-o", str(tmp_path / "x.ics"), "--json")
    assert code == 0 and json.loads(out)["sessions"] == 4


def test_unknown_room_or_person_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    for extra in (("--room", "Attic"), ("--person", "nobody@example.org")):
        code, out, err = run(capsys, "export", "calendar", str(event), "-o", str(tmp_path / "x.ics"), *extra)
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    code, _, err = run(
        capsys, "export", "calendar", str(event), "-o", "x.ics", "--room", "Hall", "--person", "1"
    )
    assert code == 2 and "not allowed with" in err


def test_the_demo_calendar_cancels_the_session_withdrawn_in_v2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo.govcamp"
    assert run(capsys, "demo", str(demo))[0] == 0
    events = by_icalendar(export(capsys, demo, tmp_path / "demo.ics"))
    cancelled = [e for e in events.values() if e["status"] == "CANCELLED"]
    assert len(cancelled) == 1 and cancelled[0]["sequence"] == 1
    assert all(e["sequence"] == 0 for e in events.values() if e["status"] == "CONFIRMED")

    # Swap two of the demo's sessions and publish v3: both move, so both rise to SEQUENCE 1.
    placed = [s for s in _sessions(capsys, demo) if s["slot"] is not None and not s["withdrawn"]]
    first, second = placed[0], next(s for s in placed if s["slot"] != placed[0]["slot"])
    code, _, err = run(
        capsys,
        "grid",
        "move",
        str(demo),
        str(first["id"]),
        "--room",
        str(second["room_id"]),
        "--slot",
        str(second["slot"]),
    )
    assert code == 0, err
    assert run(capsys, "grid", "publish", str(demo), "--message", "swap")[0] == 0
    after = by_icalendar(export(capsys, demo, tmp_path / "demo3.ics"))
    assert after.keys() == events.keys()
    moved = {uid for uid, e in after.items() if e["sequence"] == 1 and e["status"] == "CONFIRMED"}
    assert {uid.split("-")[1] for uid in moved} == {str(first["id"]), str(second["id"])}


def test_before_anything_is_published_the_working_grid_is_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = make_event(tmp_path / "camp.govcamp", publish=False)
    code, out, _ = run(capsys, "export", "calendar", str(event), "-o", str(tmp_path / "w.ics"))
    assert code == 0 and "the working grid (unpublished)" in out
    events = by_icalendar((tmp_path / "w.ics").read_bytes())
    assert sorted(e["summary"] for e in events.values()) == sorted(AWKWARD)
    assert all(e["sequence"] == 0 and e["status"] == "CONFIRMED" for e in events.values())
