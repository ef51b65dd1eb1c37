"""Files are sacred: no ``-o`` ever writes over an event file, its sidecars, a backup or through a link; an
existing file needs ``--force``; a failed write leaves the old file whole and no temporary file behind."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from govcamp.cli import main
from govcamp.services.demo import write_demo
from tests.domain.test_solver import example


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.govcamp"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GOVCAMP_HOME", str(folder / "home"))
        write_demo(path, applicants=120)
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "camp.govcamp"
    shutil.copyfile(demo_master, path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def commands(event: Path, out: Path) -> dict[str, list[str]]:
    instance = event.with_name("instance.json")
    instance.write_text(json.dumps(example()), encoding="utf-8")
    e, o = str(event), str(out)
    return {
        "calendar": ["export", "calendar", e, "-o", o],
        "badges": ["export", "badges", e, "-o", o],
        "poster": ["export", "poster", e, "-o", o],
        "signs": ["export", "signs", e, "-o", o],
        "schedule": ["export", "schedule", e, "-o", o, "--format", "json"],
        "tickets": ["tickets", "export", e, "--status", "confirmed", "-o", o],
        "record": ["lottery", "record", e, "-o", o],
        "solve": ["grid", "solve", str(instance), "-o", o, "--time-limit", "1"],
    }


KINDS = ["calendar", "badges", "poster", "signs", "schedule", "tickets", "record", "solve"]


@pytest.mark.parametrize("kind", KINDS)
def test_an_output_naming_the_event_file_is_refused_and_the_event_survives(
    kind: str, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(demo)
    assert main(commands(demo, demo)[kind] + ["--force"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "event file" in err
    assert digest(demo) == before and integrity(demo) == "ok"


@pytest.mark.parametrize("kind", ["calendar", "badges", "tickets", "solve"])
def test_an_event_file_under_another_name_is_refused_too(
    kind: str, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disguised = demo.with_name("grid.json")
    shutil.copyfile(demo, disguised)
    before = digest(disguised)
    assert main(commands(demo, disguised)[kind] + ["--force"]) == 2
    assert "event file" in capsys.readouterr().err
    assert digest(disguised) == before


@pytest.mark.parametrize("sidecar", ["-wal", "-shm", "-journal"])
def test_the_event_files_sidecars_are_refused(
    sidecar: str, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = Path(f"{demo}{sidecar}")
    target.write_bytes(b"sqlite keeps this")
    assert main(commands(demo, target)["calendar"] + ["--force"]) == 2
    assert "belongs to an event file" in capsys.readouterr().err
    assert target.read_bytes() == b"sqlite keeps this"


def test_a_backup_is_never_written(
    demo: Path, govcamp_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govcamp.paths import backups_root

    folder = backups_root() / "camp-1234"
    folder.mkdir(parents=True)
    target = folder / "export.ics"
    assert main(commands(demo, target)["calendar"]) == 2
    assert "backups folder" in capsys.readouterr().err
    assert not target.exists()


@pytest.mark.parametrize("kind", ["calendar", "badges", "solve"])
def test_a_symlinked_output_is_refused_and_its_target_untouched(
    kind: str, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = demo.with_name("precious.txt")
    victim.write_text("mine", encoding="utf-8")
    link = demo.with_name("out.ics")
    link.symlink_to(victim)
    assert main(commands(demo, link)[kind] + ["--force"]) == 2
    assert "symbolic link" in capsys.readouterr().err
    assert victim.read_text(encoding="utf-8") == "mine" and link.is_symlink()


@pytest.mark.parametrize("kind", KINDS)
def test_an_existing_file_needs_force(kind: str, demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = demo.with_name("out.file")
    out.write_text("an older export", encoding="utf-8")
    assert main(commands(demo, out)[kind]) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "an older export"
    assert main(commands(demo, out)[kind] + ["--force"]) == 0
    assert out.read_bytes() != b"an older export" and out.stat().st_size > 100
    assert [p.name for p in out.parent.iterdir() if p.name.endswith(".partial")] == []


def _limited(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-big write then fails with EFBIG, like a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_is_one_line_exit_2_and_the_old_export_is_whole(demo: Path, govcamp_home: Path) -> None:
    out = demo.with_name("badges.pdf")
    out.write_text("the export from yesterday", encoding="utf-8")
    env = {**os.environ, "GOVCAMP_HOME": str(govcamp_home)}
    result = subprocess.run(
        [sys.executable, "-m", "govcamp", "export", "badges", str(demo), "-o", str(out), "--force"],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=lambda: _limited(34000),
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "badges.pdf" in result.stderr and "too large" in result.stderr.lower()
    assert out.read_text(encoding="utf-8") == "the export from yesterday"
    assert [p.name for p in demo.parent.iterdir() if "partial" in p.name] == []


def test_demo_force_replaces_an_earlier_demo_but_never_a_real_event(
    event_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(event_path)
    assert main(["demo", str(event_path), "--force", "--applicants", "20"]) == 2
    assert "not the demo" in capsys.readouterr().err and digest(event_path) == before
    demo = tmp_path / "demo.govcamp"
    assert main(["demo", str(demo), "--applicants", "20"]) == 0
    assert main(["demo", str(demo), "--force", "--applicants", "20", "--seed", "3"]) == 0
    assert integrity(demo) == "ok"
