"""``govcamp notes set|get|search`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govcamp.cli import main
from govcamp.store.eventfile import open_event
from tests import notes_data as data
from tests.pg import BACKENDS, shared_target


@pytest.fixture(params=BACKENDS)
def camp(event_path: Path, request: pytest.FixtureRequest) -> str:
    """Two sessions with hosts, a room and a slot: in an event file, or shared on the PostgreSQL server."""
    with open_event(event_path) as db:
        hall = data.room(db, "Main Hall")
        early = data.slot(db, "10:00", "10:45")
        data.session_(db, "Open data for planning", hosts=[("Tomás", None)], room_id=hall, slot_id=early)
        data.session_(db, "A late pitch")
    return shared_target(event_path, request.param, request)


def test_set_then_get_round_trips_a_note(
    camp: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "note.md"
    note.write_text("# Planning\n\nThe café's dataset is on the portal.\n", encoding="utf-8")
    assert main(["notes", "set", camp, "1", "--file", str(note), "--taker", "Zoë", "--attendance", "12"]) == 0
    assert "revision 1" in capsys.readouterr().out
    assert main(["notes", "get", camp, "open data for planning"]) == 0
    out = capsys.readouterr().out
    assert "# Open data for planning" in out
    assert "Hosts: Tomás · Room: Main Hall · Sat 27 Mar 10:00–10:45" in out
    assert "Notes by Zoë · 12 came" in out
    assert "The café's dataset is on the portal." in out
    assert main(["notes", "get", camp, "1", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["body_md"] == note.read_text(encoding="utf-8")
    assert got["note_taker"] == "Zoë" and got["attendance"] == 12 and got["revision"] == 1
    assert got["start"] == "2027-03-27T10:00:00+00:00"


def test_set_again_keeps_taker_and_bumps_revision(
    camp: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "note.md"
    note.write_text("first", encoding="utf-8")
    main(["notes", "set", camp, "2", "--file", str(note), "--taker", "Ann"])
    note.write_text("second", encoding="utf-8")
    assert main(["notes", "set", camp, "2", "--file", str(note)]) == 0
    capsys.readouterr()
    main(["notes", "get", camp, "2", "--json"])
    got = json.loads(capsys.readouterr().out)
    assert (got["body_md"], got["note_taker"], got["revision"]) == ("second", "Ann", 2)


def test_search_prints_highlights_and_json(
    camp: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "note.md"
    note.write_text("Planning permission data is messy.", encoding="utf-8")
    main(["notes", "set", camp, "1", "--file", str(note)])
    capsys.readouterr()
    assert main(["notes", "search", camp, "messy"]) == 0
    out = capsys.readouterr().out
    assert "Open data for planning" in out and "is [messy]." in out
    assert main(["notes", "search", camp, "MESS", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["session_id"] for h in hits] == [1]
    assert {"text": "messy", "match": True} in hits[0]["highlights"]
    assert main(["notes", "search", camp, "nothing-like-this"]) == 0
    assert "No notes match" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["notes", "get", "{camp}", "99"], "There is no session “99”."),
        (["notes", "get", "{camp}", "Nope"], "There is no session “Nope”."),
        (["notes", "search", "{camp}", '"()'], "Type a word to search for."),
        (["notes", "set", "{camp}", "1", "--file", "{missing}"], "no such file"),
        (["notes", "set", "{camp}", "1", "--file", "{note}", "--attendance", "-3"], "below zero"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(
    camp: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    note = tmp_path / "n.md"
    note.write_text("x", encoding="utf-8")
    filled = [a.format(camp=camp, missing=tmp_path / "missing.md", note=note) for a in args]
    assert main(filled) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_set_with_a_stale_revision_is_refused_in_one_line_and_keeps_the_other_desks_notes(
    camp: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["notes", "get", camp, "1", "--json"]) == 0
    read = json.loads(capsys.readouterr().out)["revision"]
    theirs, mine = tmp_path / "theirs.md", tmp_path / "mine.md"
    theirs.write_text("Notes from the notes table.\n", encoding="utf-8")
    mine.write_text("Notes from the grid laptop.\n", encoding="utf-8")
    args = ["notes", "set", camp, "1", "--revision", str(read)]
    assert main([*args, "--file", str(theirs), "--desk", "Notes table"]) == 0
    capsys.readouterr()
    assert main([*args, "--file", str(mine), "--desk", "Grid laptop"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "The notes of “Open data for planning” were changed on Notes table at " in err[0]
    assert main(["notes", "get", camp, "1", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["body_md"] == "Notes from the notes table.\n" and got["changed_by"] == "Notes table"
