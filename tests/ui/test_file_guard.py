"""The window and its file: a second window opens read-only naming the holder, stale locks are taken
over, a file deleted while open stops edits and can be saved as a copy, and read-only media say so."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from govcamp.cli import main
from govcamp.domain.errors import GovcampError
from govcamp.domain.values import RoomInput
from govcamp.services.rooms import add_room
from govcamp.store import locks
from govcamp.ui.main_window import MainWindow
from tests.readonly import read_only_copy


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def window(qtbot: QtBot, path: Path) -> MainWindow:
    made = MainWindow()
    qtbot.addWidget(made)
    made.show()
    assert made.open_path(path, interactive=False)
    return made


def fake_lock(event: Path, *, host: str, pid: int, age: timedelta) -> None:
    moment = (datetime.now(UTC) - age).isoformat()
    locks.lock_path(event).write_text(
        json.dumps({"host": host, "pid": pid, "since": moment, "heartbeat": moment}), encoding="utf-8"
    )


def rooms(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [str(row[0]) for row in connection.execute("SELECT name FROM room ORDER BY id")]
    finally:
        connection.close()


def test_a_second_window_opens_read_only_naming_the_first(qtbot: QtBot, event_path: Path) -> None:
    first = window(qtbot, event_path)
    holder = locks.read_holder(event_path)
    assert holder is not None and holder.host == socket.gethostname()
    second = window(qtbot, event_path)
    assert second.doc is not None and second.doc.db.read_only is not None
    assert (
        second.banner.isVisibleTo(second)
        and "another govcamp window on this laptop" in second.banner.text.text()
    )
    assert "Read-only" in second.status_label.text()
    with pytest.raises(GovcampError, match="Nothing was saved"):
        add_room(second.doc.db, RoomInput("Annexe", 9))
    assert first.doc is not None and first.doc.db.read_only is None and not first.banner.isVisibleTo(first)
    add_room(first.doc.db, RoomInput("Main hall", 80))
    second.close_event()
    first.close_event()
    assert not locks.lock_path(event_path).exists()


def test_a_stale_lock_is_taken_over(qtbot: QtBot, event_path: Path) -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    fake_lock(event_path, host=socket.gethostname(), pid=int(gone.stdout), age=timedelta(0))
    opened = window(qtbot, event_path)
    assert opened.doc is not None and opened.doc.db.read_only is None
    fake_lock(event_path, host="elsewhere", pid=1, age=timedelta(hours=1))
    opened.close_event()
    again = window(qtbot, event_path)
    assert again.doc is not None and again.doc.db.read_only is None
    again.close_event()


def test_another_laptops_live_lock_is_named_in_the_window_and_on_the_command_line(
    qtbot: QtBot, event_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_lock(event_path, host="desk-laptop-2", pid=4242, age=timedelta(seconds=10))
    opened = window(qtbot, event_path)
    assert opened.doc is not None and opened.doc.db.read_only is not None
    assert "desk-laptop-2" in opened.banner.text.text()
    assert main(["rooms", "add", str(event_path), "--name", "Annexe", "--capacity", "9"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "desk-laptop-2" in err
    opened.close_event()
    assert locks.read_holder(event_path) is not None  # not ours to remove


def test_a_file_deleted_while_open_stops_edits_and_can_be_saved_as_a_copy(
    qtbot: QtBot, event_path: Path, tmp_path: Path, no_message_boxes: list[str]
) -> None:
    opened = window(qtbot, event_path)
    assert opened.doc is not None and opened.file_watch is not None
    add_room(opened.doc.db, RoomInput("Main hall", 80))
    event_path.rename(tmp_path / "moved-away.govcamp")
    assert not opened.file_watch.check()
    assert opened.banner.isVisibleTo(opened) and opened.banner.copy_button.isVisibleTo(opened)
    assert "deleted or moved" in opened.banner.text.text() and no_message_boxes
    assert "Not saved" in opened.status_label.text()
    with pytest.raises(GovcampError, match="Nothing was saved"):
        add_room(opened.doc.db, RoomInput("Annexe", 9))
    rescued = tmp_path / "rescued.govcamp"
    assert opened.rescue_to(rescued), no_message_boxes
    assert rooms(rescued) == ["Main hall"]
    opened.close_event()
    assert not event_path.exists()  # nothing was re-created at the old path


def test_a_file_replaced_while_open_is_noticed(qtbot: QtBot, event_path: Path, tmp_path: Path) -> None:
    opened = window(qtbot, event_path)
    assert opened.file_watch is not None
    other = tmp_path / "other.govcamp"
    other.write_bytes(event_path.read_bytes())
    other.replace(event_path)
    assert not opened.file_watch.check()
    assert "replaced by another file" in opened.banner.text.text()
    opened.close_event()


def test_an_event_on_read_only_media_opens_read_only_with_the_reason(
    qtbot: QtBot, event_path: Path, tmp_path: Path
) -> None:
    with read_only_copy(event_path, tmp_path) as stick:
        opened = window(qtbot, stick)
        assert opened.doc is not None and opened.doc.db.read_only is not None
        assert "read-only" in opened.banner.text.text().lower()
        opened.close_event()
