"""Faults of the machine, not of the command line — a read-only stick, a busy file, a full disk — are one
line saying what and where, exit status 2, and nothing half-written."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.readonly import read_only_copy


def run(*args: str, home: Path, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limited() -> None:
        if limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # too-big writes then fail, as on a full disk
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "GOVCAMP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "govcamp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=limited,
        check=False,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    return result.stderr


def rooms(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM room ORDER BY id")]
    finally:
        connection.close()


def test_an_event_on_a_read_only_stick_is_read_not_called_damaged(
    event_path: Path, tmp_path: Path, govcamp_home: Path
) -> None:
    run("rooms", "add", str(event_path), "--name", "Main hall", "--capacity", "80", home=govcamp_home)
    with read_only_copy(event_path, tmp_path) as stick:
        before = hashlib.sha256(stick.read_bytes()).hexdigest()
        listed = run("rooms", "list", str(stick), home=govcamp_home)
        assert listed.returncode == 0, listed.stderr
        assert "Main hall" in listed.stdout and "damaged" not in listed.stderr
        err = one_line(
            run("rooms", "add", str(stick), "--name", "Annexe", "--capacity", "9", home=govcamp_home)
        )
        assert "read-only" in err and str(stick) in err
        assert hashlib.sha256(stick.read_bytes()).hexdigest() == before
        assert sorted(p.name for p in stick.parent.iterdir()) == [stick.name]


def test_a_busy_event_file_waits_a_few_seconds_then_says_so(event_path: Path, govcamp_home: Path) -> None:
    holder = sqlite3.connect(event_path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("BEGIN IMMEDIATE")  # another writer in the middle of its work
    try:
        err = one_line(
            run("rooms", "add", str(event_path), "--name", "Annexe", "--capacity", "9", home=govcamp_home)
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "busy" in err and "waited 5 seconds" in err and str(event_path) in err
    assert "Annexe" not in rooms(event_path)


def test_a_full_disk_during_an_import_is_one_line_and_nothing_half_imported(
    event_path: Path, tmp_path: Path, govcamp_home: Path
) -> None:
    data = tmp_path / "applicants.csv"
    lines = ["First Name,Last Name,Email,Company"]
    lines += [f"Name{i},Family{i},person{i}@example.org,Org {i % 9}" for i in range(3000)]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = one_line(run("applicants", "import", str(event_path), str(data), home=govcamp_home, limit=200_000))
    assert str(event_path) in err and ("full" in err or "cannot be written" in err)
    connection = sqlite3.connect(event_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM person").fetchone()[0] == 0
    finally:
        connection.close()
