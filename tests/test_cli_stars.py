"""``govcamp stars`` and ``govcamp serve`` as a person runs them: subprocesses, real files, a real server."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.phones_data import make_demo

ROOT = Path(__file__).resolve().parent.parent


def _govcamp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "govcamp", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def _sql(path: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return list(connection.execute(query).fetchall())


def test_stars_list_json_counts_every_session_with_only_checked_in_unrevoked_stars(tmp_path: Path) -> None:
    path = make_demo(tmp_path)
    result = _govcamp("stars", "list", str(path), "--json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    expected = dict(
        _sql(
            path,
            "SELECT session.id, COUNT(star.person_id) FROM session "
            "LEFT JOIN star ON star.session_id = session.id "
            "AND star.person_id IN (SELECT person_id FROM ticket WHERE state = 'checked_in') "
            "AND star.person_id NOT IN (SELECT person_id FROM phone_revocation) "
            "WHERE NOT session.withdrawn GROUP BY session.id",
        )
    )
    assert listed == [{"session": sid, "stars": expected[sid]} for sid in sorted(expected)]
    assert sum(e["stars"] for e in listed) > 0
    text = _govcamp("stars", "list", str(path))
    assert text.returncode == 0 and len(text.stdout.splitlines()) == len(listed)


def test_stars_limit_and_revoke(tmp_path: Path) -> None:
    path = make_demo(tmp_path)
    assert _govcamp("stars", "limit", str(path)).stdout.strip() == "10"
    assert _govcamp("stars", "limit", str(path), "4").returncode == 0
    assert _sql(path, "SELECT max_stars FROM event") == [(4,)]
    code = str(_sql(path, "SELECT checkin_code FROM person ORDER BY id LIMIT 1")[0][0])
    assert _govcamp("stars", "revoke", str(path), code, "--desk", "Desk 3").returncode == 0
    assert ("Desk 3",) in _sql(path, "SELECT desk FROM phone_revocation")
    assert _govcamp("stars", "revoke", str(path), code, "--undo").returncode == 0
    assert ("Desk 3",) not in _sql(path, "SELECT desk FROM phone_revocation")


@pytest.mark.parametrize(
    "args",
    [
        ("stars", "list", "{missing}"),
        ("stars", "limit", "{path}", "0"),
        ("stars", "revoke", "{path}", "NOBODY"),
        ("stars",),
        ("serve", "{path}", "--port", "http"),
        ("serve", "{missing}"),
        ("serve", "{path}", "--listen", "203.0.113.9", "--port", "0"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    path = make_demo(tmp_path)
    filled = [a.format(path=path, missing=tmp_path / "missing.govcamp") for a in args]
    result = _govcamp(*filled)
    assert result.returncode == 2, result
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_serve_prints_its_address_serves_the_grid_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    path = make_demo(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "govcamp", "serve", str(path), "--listen", "127.0.0.1", "--port", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert found, line
        with urllib.request.urlopen(found.group(0), timeout=10) as response:
            assert response.status == 200 and b"The day" in response.read()
        with urllib.request.urlopen(found.group(0) + "programme.json", timeout=10) as response:
            assert json.loads(response.read())["format"] == "govcamp-programme"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Stopped serving phones." in out
