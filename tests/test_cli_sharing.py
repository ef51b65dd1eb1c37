"""``govcamp share`` / ``unshare``, and everyday commands given a ``postgresql://`` URL, not a file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import psycopg
import pytest

from govcamp.cli import main
from govcamp.services.demo import write_demo


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    write_demo(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shared(demo_file: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = run(capsys, "share", str(demo_file), "--to", pg_url)
    assert (code, err) == (0, "")
    assert "Shared" in out and pg_url.split(":")[2].split("@")[0] not in out  # the password is not shown
    return pg_url


def _code_of(path: Path, state: str) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        row = connection.execute(
            "SELECT checkin_code FROM person JOIN ticket ON ticket.person_id = person.id "
            "WHERE ticket.state = ? ORDER BY person.id LIMIT 1",
            (state,),
        ).fetchone()
    return str(row[0])


def test_info_and_sessions_on_the_server_match_the_file(
    demo_file: Path, shared: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, on_file, _ = run(capsys, "info", str(demo_file), "--json")
    code, on_server, _ = run(capsys, "info", shared, "--json")
    assert code == 0
    from_file, from_server = json.loads(on_file), json.loads(on_server)
    assert from_server.pop("file") == shared.replace(shared.split(":")[2].split("@")[0], "***")
    from_file.pop("file")
    assert from_server == from_file and from_server["people"] > 500

    _, on_file, _ = run(capsys, "sessions", "list", str(demo_file), "--json")
    code, on_server, _ = run(capsys, "sessions", "list", shared, "--json")
    assert code == 0 and json.loads(on_server) == json.loads(on_file) and json.loads(on_file)


def test_checkin_on_the_server_then_back_to_a_file(
    demo_file: Path, shared: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code_ = _code_of(demo_file, "accepted")
    code, out, _ = run(capsys, "checkin", shared, code_, "--desk", "Desk 2", "--json")
    assert code == 0 and json.loads(out)["result"] == "checked_in" and json.loads(out)["desk"] == "Desk 2"
    code, out, _ = run(capsys, "checkin", shared, code_, "--json")
    assert code == 0 and json.loads(out)["result"] == "already"

    back = tmp_path / "back.govcamp"
    code, out, err = run(capsys, "unshare", shared, "-o", str(back))
    assert (code, err) == (0, "") and str(back) in out
    with sqlite3.connect(f"file:{back}?mode=ro", uri=True) as connection:
        state, desk = connection.execute(
            "SELECT state, checkin_desk FROM ticket JOIN person ON person.id = ticket.person_id "
            "WHERE checkin_code = ?",
            (code_,),
        ).fetchone()
    assert (state, desk) == ("checked_in", "Desk 2")
    # The source file was never touched: the check-in happened on the server only.
    assert _code_of(demo_file, "accepted") == code_


def test_notes_set_get_and_search_with_accents_on_the_server(
    shared: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "note.md"
    note.write_text("# Planning\n\nThe Café Zoë dataset is on the portal.\n", encoding="utf-8")
    code, out, _ = run(capsys, "notes", "set", shared, "1", "--file", str(note), "--taker", "Siân")
    assert code == 0 and "revision" in out
    code, out, _ = run(capsys, "notes", "get", shared, "1")
    assert code == 0 and "The Café Zoë dataset is on the portal." in out and "Siân" in out
    # Accents folded: "cafe zoe" finds "Café Zoë".
    code, out, _ = run(capsys, "notes", "search", shared, "cafe zoe", "--json")
    assert code == 0
    assert [hit["session_id"] for hit in json.loads(out)][:1] == [1]


def test_cli_mistakes_are_one_line_and_exit_2(
    demo_file: Path, shared: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Sharing into a database that already holds an event.
    code, out, err = run(capsys, "share", str(demo_file), "--to", shared)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "empty database" in err
    # Unsharing over an existing file.
    kept = tmp_path / "kept.govcamp"
    kept.write_bytes(b"keep me")
    code, _, err = run(capsys, "unshare", shared, "-o", str(kept))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--force" in err
    assert kept.read_bytes() == b"keep me"
    # A wrong password, and a server that is not there.
    wrong = shared.replace(shared.split(":")[2].split("@")[0], "wrong")
    for url in (wrong, "postgresql://govcamp:x@127.0.0.1:1/nothing"):
        code, _, err = run(capsys, "info", url, "--json")
        assert code == 2 and len(err.strip().splitlines()) == 1, err
        assert "wrong" not in err.replace("--", "")


def test_share_refuses_a_database_holding_other_tables(
    demo_file: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE payroll (id integer)")
    code, _, err = run(capsys, "share", str(demo_file), "--to", pg_url)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "payroll" in err
