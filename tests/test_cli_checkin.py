"""The welcome desk's commands, as scripts and other tools use them: names, JSON keys and exit codes."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from govcamp.cli import main
from govcamp.store.eventfile import EventDB
from tests.cups_printer import CupsPrinter, cups_printer  # noqa: F401  (the fixture)
from tests.desk_data import Desk, make_desk
from tests.exports.test_one_badge import decode_label
from tests.pg import BACKENDS, shared_target


@pytest.fixture
def desk(db: EventDB) -> Desk:
    return make_desk(db)


@pytest.fixture(params=BACKENDS)
def target(event_path: Path, desk: Desk, request: pytest.FixtureRequest) -> str:
    """The desk's event as a file, or shared on the test PostgreSQL server: the commands work the same."""
    return shared_target(event_path, request.param, request)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_checkin_json_and_exit_codes(target: str, desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    file = target
    code, out, _ = run(capsys, "checkin", file, " siancode ", "--desk", "Desk 2", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["result"] == "checked_in" and data["desk"] == "Desk 2"
    assert data["person"] == {"id": desk.sian, "full_name": "Siân Evans", "organisation": "Cyngor Gwynedd"}
    assert datetime.fromisoformat(data["checked_in_at"]).tzinfo is not None

    code, out, _ = run(capsys, "checkin", file, "sian@gwynedd.example", "--json")
    assert code == 0 and json.loads(out)["result"] == "already" and json.loads(out)["desk"] == "Desk 2"

    for person, result in (("BEASMITH", "waitlisted"), ("CATHBRWN", "no_place"), ("NOBODY", "unknown")):
        code, out, err = run(capsys, "checkin", file, person, "--json")
        assert code == 1 and json.loads(out)["result"] == result
        assert len(err.strip().splitlines()) == 1  # one line saying why

    code, _, err = run(capsys, "checkin", file)
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_checkin_undo_and_list(target: str, desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    file = target
    run(capsys, "checkin", file, "TOMOSCDE")
    code, out, _ = run(capsys, "checkin", "list", file, "--json")
    listed = json.loads(out)
    assert code == 0 and listed["checked_in"] == 1 and listed["expected"] == 4
    assert {p["id"]: p["state"] for p in listed["people"]}[desk.tomos] == "checked_in"
    code, out, _ = run(capsys, "checkin", "undo", file, "TOMOSCDE")
    assert code == 0 and "Took back" in out
    code, _, err = run(capsys, "checkin", "undo", file, "TOMOSCDE")
    assert code == 2 and "not checked in" in err


def test_door_and_walkin(target: str, desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    file = target
    assert run(capsys, "door", "add", file, "AMARACDE")[0] == 0
    code, out, _ = run(capsys, "walkin", file, "--name", "Zoë Walker", "--pronouns", "she/her", "--json")
    walked = json.loads(out)
    assert code == 0 and walked["result"] == "door_queue" and walked["door_position"] == 2
    code, out, _ = run(capsys, "door", "release", file, "--dry-run", "--json")
    preview = json.loads(out)
    assert preview["dry_run"] and {p["full_name"] for p in preview["no_shows"]} == {
        "Siân Evans",
        "Tomos Jones",
        "Noël Martin",
    }
    assert [p["full_name"] for p in preview["admitted"]] == ["Amara Okafor", "Zoë Walker"]
    code, out, _ = run(capsys, "door", "release", file, "--json")
    assert code == 0 and not json.loads(out)["dry_run"]
    code, out, _ = run(capsys, "checkin", file, walked["checkin_code"], "--json")
    assert json.loads(out)["result"] == "already"  # given a place and checked in by the release
    assert run(capsys, "door", "add", file, "SIANCODE")[0] == 2  # not on the waiting list


def test_print_badge_to_a_pdf(
    event_path: Path, desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "one.pdf"
    code, _said, _ = run(
        capsys,
        "print",
        "badge",
        str(event_path),
        "SIANCODE",
        "-o",
        str(out),
        "--layout",
        "a4-8up",
        "--position",
        "4",
    )
    assert code == 0 and out.exists()
    assert decode_label(out, "a4-8up", 4, tmp_path) == ["SIANCODE"]
    assert run(capsys, "print", "badge", str(event_path), "SIANCODE")[0] == 2  # a printer or a file
    assert (
        run(capsys, "print", "badge", str(event_path), "SIANCODE", "-o", str(out), "--position", "2")[0] == 2
    )


def test_print_badge_through_cups(
    event_path: Path,
    desk: Desk,
    cups_printer: CupsPrinter,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    code, said, err = run(
        capsys, "print", "badge", str(event_path), "TOMOSCDE", "--printer", cups_printer.name
    )
    assert code == 0, err
    assert "request id is" in said
    pdf = cups_printer.wait_for_job(said.split()[3])
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Tomos" in text and "Cardiff Council" in text
    assert decode_label(pdf, "a6", 1, tmp_path) == ["TOMOSCDE"]
    code, _, err = run(capsys, "print", "badge", str(event_path), "TOMOSCDE", "--printer", "NoSuchPrinter")
    assert code == 2 and "refused" in err
