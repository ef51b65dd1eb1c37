"""``govcamp pitches``, ``sessions list`` and the grid-editing commands, as a script would use them."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

from govcamp.cli import main
from tests.pg import read_rows


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def sessions(capsys: pytest.CaptureFixture[str], path: str) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "sessions", "list", str(path), "--json")
    assert code == 0
    data: list[dict[str, object]] = json.loads(out)
    return data


@pytest.fixture
def camp(event_target: str, capsys: pytest.CaptureFixture[str]) -> str:
    f = event_target
    for name, capacity, features in (
        ("Hall", "100", "step_free,screen"),
        ("Room 2", "20", ""),
        ("Quiet", "8", ""),
    ):
        assert (
            run(capsys, "rooms", "add", f, "--name", name, "--capacity", capacity, "--features", features)[0]
            == 0
        )
    for start, end, kind in (
        ("10:00", "10:50", "session"),
        ("11:00", "11:50", "session"),
        ("12:00", "13:00", "lunch"),
    ):
        assert run(capsys, "slots", "add", f, "--start", start, "--end", end, "--kind", kind)[0] == 0
    return event_target


def test_pitches_add_and_sessions_list_json(camp: str, capsys: pytest.CaptureFixture[str]) -> None:
    f = str(camp)
    code, out, err = run(
        capsys,
        "pitches",
        "add",
        f,
        "--title",
        "Open data in planning",
        "--host",
        "Siân",
        "--host",
        "Ravi",
        "--demand",
        "40",
        "--needs",
        "step_free",
        "--tags",
        "data,planning",
        "--description",
        "Maps!",
    )
    assert code == 0 and err == "" and "Added session 1" in out
    code, out, _ = run(capsys, "pitches", "add", f, "--title", "Open Data for Planning", "--host", "Ann")
    assert "looks like session 1" in out
    listed = sessions(capsys, camp)
    assert listed[0] == {
        "id": 1,
        "title": "Open data in planning",
        "hosts": ["Siân", "Ravi"],
        "demand": 40,
        "interest": 0,
        "needs": ["step_free"],
        "tags": ["data", "planning"],
        "description": "Maps!",
        "room": None,
        "room_id": None,
        "slot": None,
        "start": None,
        "end": None,
        "pinned": False,
        "withdrawn": False,
    }
    assert listed[1]["demand"] is None


def test_move_by_what_sessions_list_prints_then_pin_unplace_publish(
    camp: str, capsys: pytest.CaptureFixture[str]
) -> None:
    f = str(camp)
    run(capsys, "pitches", "add", f, "--title", "Agile", "--host", "Ann", "--demand", "30")
    run(capsys, "pitches", "add", f, "--title", "Blockchain", "--host", "Bob", "--demand", "5")
    code, out, _ = run(capsys, "slots", "list", f, "--json")
    slots = json.loads(out)
    first, second = slots[0]["id"], slots[1]["id"]
    assert run(capsys, "grid", "move", f, "1", "--room", "hall", "--slot", str(first))[0] == 0
    placed = sessions(capsys, camp)[0]
    assert placed["room"] == "Hall" and placed["slot"] == first
    assert (
        placed["start"] == slots[0]["start"]
        and datetime.fromisoformat(str(placed["start"])).utcoffset() is not None
    )
    # ROOM as printed (name or id) and SLOT as printed.
    code, out, _ = run(
        capsys, "grid", "move", f, "Blockchain", "--room", str(placed["room_id"]), "--slot", str(first)
    )
    assert code == 0 and "placed in Hall 10:00" in out
    now = {s["title"]: s for s in sessions(capsys, camp)}
    assert now["Blockchain"]["room"] == "Hall" and now["Agile"]["room"] is None
    assert run(capsys, "grid", "move", f, "1", "--room", "Room 2", "--slot", str(second))[0] == 0
    assert run(capsys, "grid", "pin", f, "1")[0] == 0
    assert sessions(capsys, camp)[0]["pinned"] is True
    assert run(capsys, "grid", "unpin", f, "1")[0] == 0
    assert sessions(capsys, camp)[0]["pinned"] is False
    code, out, _ = run(capsys, "grid", "publish", f, "--message", "Printed")
    assert code == 0 and "Published v1" in out
    assert run(capsys, "grid", "unplace", f, "Blockchain")[0] == 0
    code, out, _ = run(capsys, "grid", "publish", f)
    assert "v2: 'Blockchain' taken off the grid (was Hall 10:00)" in out
    code, out, _ = run(capsys, "grid", "versions", f, "--json")
    versions = json.loads(out)
    assert [v["number"] for v in versions] == [1, 2] and versions[0]["message"] == "Printed"
    assert versions[1]["changelog"] == ["v2: 'Blockchain' taken off the grid (was Hall 10:00)"]
    # An independent reader sees the same grid.
    assert read_rows(camp, "select session_id, slot_id from placement") == [(1, second)]


def test_grid_auto_places_everything_it_can_and_fit_keeps_slots(
    camp: str, capsys: pytest.CaptureFixture[str]
) -> None:
    f = str(camp)
    for n in range(5):
        run(
            capsys,
            "pitches",
            "add",
            f,
            "--title",
            f"Session {n}",
            "--host",
            f"Host {n % 3}",
            "--demand",
            str(10 + 20 * n),
        )
    code, out, _ = run(
        capsys, "grid", "auto", f, "--time-limit", "1", "--now", "2027-03-27T09:00+00:00", "--json"
    )
    assert code == 0
    result = json.loads(out)
    assert result["placed"] == 5 and result["unplaced"] == 0
    assert result["score"]["total"] == sum(v for k, v in result["score"].items() if k != "total")
    listed = sessions(capsys, camp)
    cells = {(s["room"], s["slot"]) for s in listed}
    assert len(cells) == 5
    for host in ("Host 0", "Host 1", "Host 2"):
        hosted = [s["slot"] for s in listed if s["hosts"] == [host]]
        assert len(hosted) == len(set(hosted))
    slots_before = {s["id"]: s["slot"] for s in listed}
    assert run(capsys, "grid", "fit", f)[0] == 0
    assert {s["id"]: s["slot"] for s in sessions(capsys, camp)} == slots_before


def test_pitches_import(camp: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "pitches.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Title", "Host", "Hands"])
        writer.writerow(["Agile", "Ann", "12"])
        writer.writerow(["Blockchain", "Bob; Carys", "3"])
    code, out, _ = run(capsys, "pitches", "import", str(camp), str(data))
    assert code == 0 and "Added 2 pitches" in out
    assert [s["hosts"] for s in sessions(capsys, camp)] == [["Ann"], ["Bob", "Carys"]]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("grid", "move", "{f}", "1", "--room", "Ballroom", "--slot", "1"), "no room “Ballroom”"),
        (("grid", "move", "{f}", "1", "--room", "Hall", "--slot", "3"), "not a session slot"),
        (("grid", "move", "{f}", "1", "--room", "Hall", "--slot", "ten"), "not a slot id"),
        (("grid", "move", "{f}", "42", "--room", "Hall", "--slot", "1"), "no session “42”"),
        (("grid", "pin", "{f}", "1"), "not on the grid"),
        (("grid", "publish", "{f}"), "grid is empty"),
        (("grid", "auto", "{f}", "--time-limit", "-1"), "time limit"),
        (("grid", "auto", "{f}", "--now", "13:30"), "not a time"),
        (("pitches", "add", "{f}", "--title", " ", "--host", "Ann"), "title cannot be empty"),
        (("pitches", "add", "{f}", "--title", "X", "--host", "Ann", "--demand", "-3"), "negative"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(
    camp: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str
) -> None:
    run(capsys, "pitches", "add", str(camp), "--title", "Agile", "--host", "Ann")
    code, out, err = run(capsys, *(a.replace("{f}", str(camp)) for a in args))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and words in err
