"""The `govcamp` command: the headless jobs, their JSON, and one-line errors with exit status 2."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govcamp import __version__
from govcamp.cli import main


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GOVCAMP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "govcamp", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_version(govcamp_home: Path) -> None:
    result = run("--version", home=govcamp_home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"govcamp {__version__}"


def test_info_on_a_non_event_file_is_one_line_exit_2_and_untouched(
    tmp_path: Path, govcamp_home: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(os.urandom(3000))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run("info", str(path), home=govcamp_home)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not a govcamp event file" in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_new_then_rooms_and_slots_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "camp.govcamp")
    assert (
        main(
            [
                "new",
                path,
                "--name",
                "LocalGovCamp 2027",
                "--start",
                "2027-06-19",
                "--venue",
                "Leeds Civic Hall",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "rooms",
                "add",
                path,
                "--name",
                "Banqueting suite",
                "--capacity",
                "150",
                "--features",
                "step_free,hearing_loop,screen",
            ]
        )
        == 0
    )
    assert main(["rooms", "add", path, "--name", "Committee room 3", "--capacity", "30"]) == 0
    assert main(["slots", "add", path, "--start", "10:00", "--end", "10:50", "--label", "Session 1"]) == 0
    assert (
        main(["slots", "add", path, "--start", "2027-06-19T10:50", "--end", "11:10", "--kind", "break"]) == 0
    )
    capsys.readouterr()

    assert main(["rooms", "list", path, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["capacity"]) for r in listed] == [
        ("Banqueting suite", 150),
        ("Committee room 3", 30),
    ]
    assert listed[0]["features"] == ["hearing_loop", "screen", "step_free"]

    assert main(["slots", "list", path, "--json"]) == 0
    timetable = json.loads(capsys.readouterr().out)
    assert [(s["start"], s["end"], s["kind"]) for s in timetable] == [
        ("2027-06-19T10:00:00+01:00", "2027-06-19T10:50:00+01:00", "session"),
        ("2027-06-19T10:50:00+01:00", "2027-06-19T11:10:00+01:00", "break"),
    ]

    assert main(["info", path, "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["name"] == "LocalGovCamp 2027"
    assert (info["rooms"], info["slots"], info["session_slots"], info["sessions"]) == (2, 2, 1, 0)
    assert info["tickets"] == {}

    assert main(["info", path]) == 0
    text = capsys.readouterr().out
    assert "LocalGovCamp 2027" in text and "Leeds Civic Hall" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rooms", "add", "{f}", "--name", "Hall", "--capacity", "0"], "capacity must be more than 0"),
        (["rooms", "add", "{f}", "--name", "Hall"], "required: --capacity"),
        (["slots", "add", "{f}", "--start", "11:00", "--end", "10:00"], "must end after it starts"),
        (["slots", "add", "{f}", "--start", "soon", "--end", "10:00"], "is not a time"),
        (["new", "{f}", "--name", "X", "--start", "2027-02-30"], "is not a date"),
        (["new", "{f}", "--name", "X", "--start", "2027-02-03"], "already exists"),
        (
            ["new", "{d}/b.govcamp", "--name", "X", "--start", "2027-02-03", "--timezone", "UK"],
            "not a time zone",
        ),
        (["info", "{d}/missing.govcamp"], "no such file"),
        (["rooms"], "say what to do"),
        (["frobnicate", "x", "y"], "unrecognized arguments"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    path = tmp_path / "camp.govcamp"
    assert main(["new", str(path), "--name", "Camp", "--start", "2027-01-16"]) == 0
    capsys.readouterr()
    argv = [a.format(f=path, d=tmp_path) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_a_bad_room_leaves_the_event_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "camp.govcamp")
    main(["new", path, "--name", "Camp", "--start", "2027-01-16"])
    main(["rooms", "add", path, "--name", "Hall", "--capacity", "100"])
    assert main(["rooms", "add", path, "--name", "hall", "--capacity", "5"]) == 2
    capsys.readouterr()
    main(["rooms", "list", path, "--json"])
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["Hall"]


def test_open_exits_when_shown(event_path: Path, govcamp_home: Path) -> None:
    result = run(str(event_path), "--exit-when-shown", home=govcamp_home)
    assert result.returncode == 0, result.stderr
    # The window is drawn before the event is loaded into it, then the event's page.
    first, shown = result.stdout.splitlines()
    assert first.startswith("first frame in ")
    assert shown.startswith("shown LocalGovCamp Test — camp.govcamp — govcamp")


def test_open_a_non_event_headless_fails_cleanly(tmp_path: Path, govcamp_home: Path) -> None:
    path = tmp_path / "x.govcamp"
    path.write_text("hello")
    result = run("open", str(path), "--exit-when-shown", home=govcamp_home)
    assert result.returncode == 2
    assert "not a govcamp event file" in result.stderr
    # One message, said once, and the file left as it was.
    assert [line for line in result.stderr.splitlines() if line.startswith("govcamp:")] == [
        f"govcamp: {path} is not a govcamp event file."
    ]
    assert path.read_text() == "hello"


def test_a_command_named_after_its_module_parses_as_with_every_module_loaded() -> None:
    from govcamp.cli import MODULES, build_parser

    full = build_parser()
    for name in MODULES:
        alone = build_parser(only=name)
        assert alone.commands <= full.commands
        if name in full.commands:  # `govcamp export …`, `govcamp grid …`: loaded alone, and the same
            assert name in alone.commands
            assert alone.format_help() != full.format_help()  # the others really were left out
            alone_action = next(a for a in alone._actions if a.dest == "command")
            full_action = next(a for a in full._actions if a.dest == "command")
            assert alone_action.choices[name].format_help() == full_action.choices[name].format_help()
