"""`govcamp person export|erase`, `govcamp purge` and `govcamp retention`: contracts, files and exit codes."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from govcamp.cli import main
from govcamp.store.eventfile import open_event
from tests import notes_data as data
from tests.pg import read_rows

HOSTILE = "Ada <script>alert(1)</script> Lovelace"


class Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture
def camp(event_target: str) -> tuple[str, int]:
    with open_event(event_target) as db:
        pid = data.person(
            db, HOSTILE, consent=False, email="ada@example.org", access="Step-free ROUTEONLY", dietary="Vegan"
        )
        data.person(db, "Grace Hopper", consent=True, email="grace@example.org")
        data.session_(
            db, "Engines", hosts=[(HOSTILE, pid)], body=f"{HOSTILE} showed the engine.", taker="Grace"
        )
    return event_target, pid


def _code(target: str, pid: int) -> str:
    return str(read_rows(target, "SELECT checkin_code FROM person WHERE id = ?", (pid,))[0][0])


def test_person_export_writes_json_and_an_escaped_page(
    camp: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, pid = camp
    out = tmp_path / "sar"
    code = _code(path, pid)
    assert main(["person", "export", str(path), code.lower(), "-o", str(out)]) == 0
    written = json.loads((out / f"subject-access-person-{pid}.json").read_text(encoding="utf-8"))
    person = next(h for h in written["held"] if h["table"] == "person")
    assert person["data"]["full_name"] == HOSTILE and person["kinds"]["access_needs"] == "special"
    assert {h["table"] for h in written["held"]} == {"person", "session_host"}  # no ticket here
    assert any(m["table"] == "note" for m in written["mentions"])
    page = (out / f"subject-access-person-{pid}.html").read_text(encoding="utf-8")
    reader = Text()
    reader.feed(page)
    assert "script" not in reader.tags
    text = " ".join(reader.text)
    assert HOSTILE in text and "Step-free ROUTEONLY" in text and "Sessions you hosted" in text
    # A second export into the same folder asks for --force.
    capsys.readouterr()
    assert main(["person", "export", str(path), "ada@example.org", "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["person", "export", str(path), "ada@example.org", "-o", str(out), "--force"]) == 0


@pytest.mark.sqlite_only  # reads the bytes of the event file: an erased person is gone from the disk
def test_erase_needs_yes_and_a_dry_run_changes_nothing(
    camp: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, pid = camp
    capsys.readouterr()
    assert main(["person", "erase", str(path), str(pid)]) == 2
    captured = capsys.readouterr()
    assert "Will erase" in captured.out and len(captured.err.strip().splitlines()) == 1
    assert "--yes" in captured.err
    assert main(["person", "erase", str(path), str(pid), "--dry-run"]) == 0
    assert b"ROUTEONLY" in Path(path).read_bytes()
    capsys.readouterr()
    assert main(["person", "erase", str(path), "ada@example.org", "--yes", "--json"]) == 0
    receipt = json.loads(capsys.readouterr().out)
    assert receipt["done"] and receipt["deleted_rows"]["person"] == 1
    assert set(receipt) >= {"deleted_rows", "kept_rows_anonymised", "rewritten_values", "storage", "backups"}
    raw = Path(path).read_bytes()
    assert b"ROUTEONLY" not in raw and b"Lovelace" not in raw and b"ada@example.org" not in raw
    assert main(["person", "erase", str(path), str(pid), "--yes"]) == 2
    assert "Nobody in this event" in capsys.readouterr().err


def test_purge_and_the_retention_date(camp: tuple[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, _pid = camp
    file = str(path)
    capsys.readouterr()
    assert main(["retention", file, "2027-01-01"]) == 2
    assert "at least until the event ends" in capsys.readouterr().err
    assert main(["retention", file, "2027-09-30", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"retention_until": "2027-09-30", "purge_due": False}
    assert main(["purge", file]) == 2
    assert "nothing was changed" in capsys.readouterr().err
    assert main(["purge", file, "--yes"]) == 0
    assert "Erased the personal data of everyone (2 people)" in capsys.readouterr().out
    assert read_rows(path, "SELECT count(*) FROM person") == [(0,)]
    assert read_rows(path, "SELECT count(*) FROM session") == [(1,)]
    assert read_rows(path, "SELECT note_taker FROM note") == [("",)]
    assert main(["retention", file, "none"]) == 0
    assert "No retention date" in capsys.readouterr().out
