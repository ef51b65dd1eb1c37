"""``govcamp host``: a real private cluster started as a subprocess, joined, stopped with SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from govcamp.services.demo import write_demo
from govcamp.store.cluster import free_port, port_is_free
from tests.pg import Cluster

ROOT = Path(__file__).resolve().parent.parent


def _govcamp(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "govcamp", *args],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def _accepted_code(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        row = connection.execute(
            "SELECT checkin_code FROM person JOIN ticket ON ticket.person_id = person.id "
            "WHERE ticket.state = 'accepted' ORDER BY person.id LIMIT 1"
        ).fetchone()
    return str(row[0])


def _checked_in(path: Path, code: str) -> tuple[str, str | None]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        state, desk = connection.execute(
            "SELECT state, checkin_desk FROM ticket JOIN person ON person.id = ticket.person_id "
            "WHERE checkin_code = ?",
            (code,),
        ).fetchone()
    return str(state), desk


def _servers_on(port: int) -> set[int]:
    """The PostgreSQL server processes started for ``port`` (read from /proc: other tests run servers too)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                words = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            program = Path(words[0].decode(errors="replace")).name
            if program == "postgres" and f"port={port}".encode() in words:
                found.add(int(entry.name))
    return found


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "camp.govcamp"
    write_demo(path)
    return path


def test_host_join_check_in_and_stop_leaves_a_new_file_and_nothing_running(
    event: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "GOVCAMP_HOME": str(tmp_path / "home")}
    before = event.read_bytes()
    code = _accepted_code(event)
    port = free_port()
    host = subprocess.Popen(
        [sys.executable, "-m", "govcamp", "host", str(event), "--port", str(port)],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        lines: list[str] = []
        assert host.stdout is not None
        while not any(line.startswith("Hosting until") for line in lines):
            line = host.stdout.readline()
            assert line, f"host ended early: {''.join(lines)}{host.stderr.read() if host.stderr else ''}"
            lines.append(line)
        url = next(line.split()[-1] for line in lines if line.startswith("Join with:"))
        join = next(line.split()[-1] for line in lines if line.startswith("Short join string:"))
        assert url.startswith("postgresql://govcamp:") and f"@127.0.0.1:{port}/" in url
        assert join.startswith(f"govcamp://127.0.0.1:{port}/") and "key=" in join
        assert not port_is_free(port)
        assert _servers_on(port), "no PostgreSQL server started"

        info = _govcamp(env, "info", url, "--json")
        assert info.returncode == 0, info.stderr
        assert json.loads(info.stdout)["people"] > 500
        checkin = _govcamp(env, "checkin", join, code, "--desk", "Desk 2", "--json")
        assert checkin.returncode == 0, checkin.stderr
        assert json.loads(checkin.stdout)["result"] == "checked_in"

        host.send_signal(signal.SIGTERM)
        out, err = host.communicate(timeout=60)
    finally:
        if host.poll() is None:
            host.kill()
            host.wait()
    assert host.returncode == 0, err
    finals = sorted(event.parent.glob("camp.shared-*.govcamp"))
    assert len(finals) == 1 and str(finals[0]) in out
    assert _checked_in(finals[0], code) == ("checked_in", "Desk 2")
    assert event.read_bytes() == before  # the event file itself is never written
    assert _checked_in(event, code)[0] == "accepted"
    assert not _servers_on(port), "the cluster's server is still running"
    assert port_is_free(port)
    assert not list((tmp_path / "home").glob("data/hosted/*")), "the cluster's files were left behind"


def test_host_refuses_a_port_in_use_in_one_line(event: Path, tmp_path: Path, pg_cluster: Cluster) -> None:
    env = {**os.environ, "GOVCAMP_HOME": str(tmp_path / "home")}
    taken = str(pg_cluster.port)
    result = _govcamp(env, "host", str(event), "--port", taken)
    assert result.returncode == 2
    assert f"Port {taken} is in use" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_host_without_postgresql_says_what_to_install_in_one_line(event: Path, tmp_path: Path) -> None:
    # A laptop where the .deb's Recommends were left out: no server programs on PATH nor in the named folder.
    empty = tmp_path / "no-postgresql"
    empty.mkdir()
    env = {**os.environ, "PATH": "/usr/bin:/bin", "GOVCAMP_PG_BINDIR": str(empty)}
    assert not (Path("/usr/bin") / "initdb").exists() and not (Path("/usr/bin") / "pg_ctl").exists()
    result = _govcamp(env, "host", str(event))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "install the `postgresql` package" in lines[0] and "initdb" in lines[0]
    assert not any(Path(tmp_path).glob("*.shared-*.govcamp"))
