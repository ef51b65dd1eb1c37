"""The archive export replaces only what the previous export wrote: a person's own files in the folder
survive, and a folder that merely looks like an archive is never wiped."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from govcamp.cli import main
from govcamp.domain.errors import GovcampError
from govcamp.exports.archive import write_archive
from govcamp.services.archive import ArchiveData, collect
from govcamp.store.eventfile import open_event
from tests.exports.hostile import hostile_event


@pytest.fixture
def data(event_path: Path) -> ArchiveData:
    hostile_event(event_path)
    with open_event(event_path) as db:
        return collect(db)


def test_a_persons_slides_survive_the_next_export(data: ArchiveData, tmp_path: Path) -> None:
    out = tmp_path / "archive"
    write_archive(data, out)
    (out / "slides.pdf").write_bytes(b"%PDF- the host's slides")
    (out / "sessions" / "photo.jpg").write_bytes(b"a whiteboard")
    write_archive(data, out, zip_file=tmp_path / "archive.zip")
    assert (out / "slides.pdf").read_bytes() == b"%PDF- the host's slides"
    assert (out / "sessions" / "photo.jpg").read_bytes() == b"a whiteboard"
    assert (out / "index.html").is_file() and (out / "notes.json").is_file()
    with zipfile.ZipFile(tmp_path / "archive.zip") as packed:
        names = packed.namelist()
    assert "archive/index.html" in names and "archive/slides.pdf" not in names


def test_a_look_alike_notes_json_does_not_make_a_folder_ours(data: ArchiveData, tmp_path: Path) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "notes.json").write_text(json.dumps({"format": "govcamp-notes", "v": 1}), encoding="utf-8")
    (folder / "budget.xlsx").write_bytes(b"numbers")
    with pytest.raises(GovcampError, match="not empty"):
        write_archive(data, folder)
    assert sorted(p.name for p in folder.iterdir()) == ["budget.xlsx", "notes.json"]


def test_files_the_new_export_no_longer_writes_go_and_empty_folders_with_them(
    data: ArchiveData, tmp_path: Path
) -> None:
    out = tmp_path / "archive"
    write_archive(data, out)
    listed = json.loads((out / ".govcamp-archive.json").read_text(encoding="utf-8"))["files"]
    stale = "tags/a-tag-gone-since.html"
    (out / stale).write_text("from the last export", encoding="utf-8")
    manifest = out / ".govcamp-archive.json"
    manifest.write_text(
        json.dumps({"format": "govcamp-archive-manifest", "version": 1, "files": [*listed, stale]}),
        encoding="utf-8",
    )
    write_archive(data, out)
    assert not (out / stale).exists()
    assert (out / "tags" / "index.html").is_file()


def test_a_persons_file_where_the_export_would_write_is_refused_untouched(
    data: ArchiveData, tmp_path: Path
) -> None:
    out = tmp_path / "archive"
    write_archive(data, out)
    manifest = out / ".govcamp-archive.json"
    listed = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    listed.remove("README.md")
    manifest.write_text(
        json.dumps({"format": "govcamp-archive-manifest", "version": 1, "files": listed}), encoding="utf-8"
    )
    (out / "README.md").write_text("my own readme", encoding="utf-8")
    with pytest.raises(GovcampError, match="was not written by govcamp"):
        write_archive(data, out)
    assert (out / "README.md").read_text(encoding="utf-8") == "my own readme"


def test_a_symlinked_archive_folder_is_refused(
    event_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "keep.txt").write_text("mine", encoding="utf-8")
    link = tmp_path / "archive"
    link.symlink_to(real)
    assert main(["export", "archive", str(event_path), "-o", str(link)]) == 2
    assert "symbolic link" in capsys.readouterr().err
    assert [p.name for p in real.iterdir()] == ["keep.txt"]


def test_a_zip_in_the_way_that_is_not_an_earlier_exports_is_kept(data: ArchiveData, tmp_path: Path) -> None:
    out, packed = tmp_path / "archive", tmp_path / "archive.zip"
    packed.write_bytes(b"PK\x05\x06" + bytes(18))  # somebody's own (empty) zip of that name
    with pytest.raises(GovcampError, match="not an earlier archive's zip"):
        write_archive(data, out, zip_file=packed)
    assert packed.read_bytes() == b"PK\x05\x06" + bytes(18) and not out.exists()
    packed.unlink()
    write_archive(data, out, zip_file=packed)
    write_archive(data, out, zip_file=packed)  # its own zip from last time is replaced
    with zipfile.ZipFile(packed) as archive:
        assert "archive/index.html" in archive.namelist()


def test_an_earlier_archives_folder_holding_an_event_file_is_refused_on_the_command_line(
    data: ArchiveData, event_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "archive"
    write_archive(data, out)
    copy = out / "sessions" / "saved here by mistake"
    copy.write_bytes(event_path.read_bytes())  # an event file by its header, under any name
    before = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    assert main(["export", "archive", str(event_path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "holds an event file" in err
    assert copy.read_bytes() == event_path.read_bytes()
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == before


def test_a_manifest_naming_an_event_files_log_never_gets_it_deleted(
    data: ArchiveData, tmp_path: Path
) -> None:
    out = tmp_path / "archive"
    write_archive(data, out)
    manifest = out / ".govcamp-archive.json"
    listed = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    (out / "camp.govcamp-wal").write_bytes(b"sqlite's log")
    manifest.write_text(
        json.dumps(
            {"format": "govcamp-archive-manifest", "version": 1, "files": [*listed, "camp.govcamp-wal"]}
        ),
        encoding="utf-8",
    )
    write_archive(data, out)
    assert (out / "camp.govcamp-wal").read_bytes() == b"sqlite's log"
