"""Every ``-o`` of every command goes through the guard (issue 16): pointed at the event file itself or at
its ``-wal``, each is refused with one line and exit 2, even with ``--force``, and the event is byte-for-byte
the same. The list of commands is checked against the parser, so a new ``-o`` cannot be missed."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest

from govcamp.cli import build_parser, main
from govcamp.services.sharing import share_event
from tests.pg import Cluster
from tests.test_cli_outputs import commands, demo, demo_master, digest, integrity

__all__ = ["demo", "demo_master"]  # the fixtures, shared with test_cli_outputs


def _person_code(event: Path) -> str:
    connection = sqlite3.connect(event)
    try:
        row = connection.execute(
            "SELECT p.checkin_code FROM person p JOIN ticket t ON t.person_id = p.id"
            " WHERE p.checkin_code != '' LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return str(row[0])


def every_command(event: Path, out: Path) -> dict[str, list[str]]:
    e, o = str(event), str(out)
    return {
        **commands(event, out),
        "archive": ["export", "archive", e, "-o", o],
        "archive-zip": ["export", "archive", e, "-o", o, "--zip"],
        "person": ["person", "export", e, _person_code(event), "-o", o],
        "print-badge": ["print", "badge", e, _person_code(event), "-o", o],
        # Refused before the server is asked: no server listens on port 9.
        "unshare": ["unshare", "postgresql://govcamp:secret@127.0.0.1:9/none", "-o", o],
    }


KINDS = [
    "calendar",
    "badges",
    "poster",
    "signs",
    "schedule",
    "tickets",
    "record",
    "solve",
    "archive",
    "archive-zip",
    "person",
    "print-badge",
    "unshare",
]


def _with_output(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> set[str]:
    found: set[str] = set()
    if any("-o" in action.option_strings for action in parser._actions):
        found.add(" ".join(words))
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found |= _with_output(child, (*words, name))
    return found


def test_the_list_names_every_command_with_an_output(demo: Path) -> None:
    covered = {
        " ".join(word for word in argv[:2] if not word.startswith(("/", "postgresql")))
        for argv in every_command(demo, demo.with_name("out")).values()
    }
    assert _with_output(build_parser()) <= covered


@pytest.mark.parametrize("sidecar", ["", "-wal"])
@pytest.mark.parametrize("kind", KINDS)
def test_an_output_on_the_event_or_its_wal_is_refused_and_the_event_is_untouched(
    kind: str, sidecar: str, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = Path(f"{demo}{sidecar}")
    before = digest(demo)
    argv = every_command(demo, target)[kind]
    force = [] if kind.startswith("archive") else ["--force"]  # the archive replaces only its own export
    assert main([*argv, *force]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "event file" in err, err
    assert digest(demo) == before and integrity(demo) == "ok"
    if sidecar:
        assert not target.exists(), f"{kind} made {target.name}, which SQLite would take for the event's log"
    assert sorted(p.name for p in demo.parent.iterdir() if not p.name.startswith("instance")) == [
        "camp.govcamp"
    ]


@pytest.fixture(scope="module")
def demo_url(demo_master: Path, pg_cluster: Cluster) -> str:
    """The demo shared on the test server once for this module (the commands below only read it)."""
    url = pg_cluster.new_database()
    share_event(demo_master, url)
    return url


#: What reads the event (``solve`` reads an instance file); poster, signs and zip repeat what another does.
ON_A_SERVER = [
    "calendar", "badges", "schedule", "tickets", "record", "archive", "person", "print-badge", "unshare",
]  # fmt: skip


@pytest.mark.parametrize("kind", ON_A_SERVER)
def test_every_output_command_works_on_a_shared_event(
    kind: str, demo: Path, demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Every sub-command that takes FILE takes a URL: the same export from the server, a new file out.
    out = tmp_path / "exports" / f"out-{kind}"
    out.parent.mkdir()
    argv = [demo_url if word == str(demo) else word for word in every_command(demo, out)[kind]]
    if kind == "unshare":
        argv[1] = demo_url
    assert main(argv) == 0, capsys.readouterr().err
    made = out if out.exists() else out.with_suffix(".zip")
    assert made.exists() and (made.is_dir() or made.stat().st_size > 0)
