"""The Event & rooms page drawn from a first look at the file, before the event is open, and taking input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from govcamp.services import event as event_service
from govcamp.services import rooms as room_service
from govcamp.services.demo import write_demo
from govcamp.store import locks, migrate
from govcamp.store.engine import make_engine, sqlite_url
from govcamp.store.eventfile import open_event
from govcamp.ui.main_window import EventView, MainWindow


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.govcamp"
    write_demo(path, applicants=40)
    return path


def _names(view: EventView) -> list[str]:
    model = view.event_page.rooms_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _opening(qtbot: QtBot, path: Path) -> tuple[MainWindow, list[tuple[EventView, bool]], list[bool]]:
    """A window opening ``path`` the start-up way; records each page put up and whether it was open then."""
    window = MainWindow()
    qtbot.addWidget(window)
    pages: list[tuple[EventView, bool]] = []
    done: list[bool] = []

    def page_up(view: QWidget) -> None:
        assert isinstance(view, EventView)
        pages.append((view, window.doc is not None))

    window.open_soon(path, on_done=done.append, on_page=page_up)
    window.show()
    return window, pages, done


def test_the_page_shows_the_event_before_it_is_open_and_stays_when_it_opens(
    qtbot: QtBot, demo_path: Path
) -> None:
    with open_event(demo_path) as db:
        name = event_service.get_details(db).name
        rooms = [room.name for room in room_service.list_rooms(db)]
    window, pages, done = _opening(qtbot, demo_path)
    qtbot.waitUntil(lambda: bool(pages))
    early, was_open = pages[0]
    assert not was_open and window.doc is None
    assert window.stack.currentWidget() is early
    assert early.event_page.name.text() == name and _names(early) == rooms
    assert window.windowTitle() == f"{name} — demo.govcamp — govcamp"
    qtbot.waitUntil(lambda: done == [True])
    # The same widgets, now holding the open event: nothing was rebuilt under the person's eyes.
    assert window.view is early and window.stack.currentWidget() is early
    assert window.doc is not None and early.event_page.doc is window.doc
    assert _names(early) == rooms and window.go_menu.isEnabled()
    assert len(pages) == 1


def test_an_edit_typed_before_the_event_is_open_is_saved_and_can_be_undone(
    qtbot: QtBot, demo_path: Path
) -> None:
    window, pages, done = _opening(qtbot, demo_path)
    qtbot.waitUntil(lambda: bool(pages))
    page = pages[0][0].event_page
    assert window.doc is None  # still loading
    page.name.setFocus()
    qtbot.keyClick(page.name, Qt.Key.Key_End)
    qtbot.keyClicks(page.name, " North")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    # Kept as typed, and saved once the event is open (the window did not stop for it).
    assert window.doc is None and page.name.text() == "LocalGovCamp 2027 North"
    qtbot.waitUntil(lambda: done == [True])
    assert window.doc is not None and window.doc.undo_stack.count() == 1
    assert page.name.text() == "LocalGovCamp 2027 North"
    assert window.windowTitle().startswith("LocalGovCamp 2027 North — demo.govcamp")
    assert window.view is pages[0][0]
    window.undo_action.trigger()
    assert page.name.text() == "LocalGovCamp 2027"
    window.redo_action.trigger()
    window.close_event()
    with open_event(demo_path) as db:
        assert event_service.get_details(db).name == "LocalGovCamp 2027 North"


def test_a_detail_typed_while_opening_is_kept_when_the_window_closes_at_once(
    qtbot: QtBot, demo_path: Path
) -> None:
    window, pages, _done = _opening(qtbot, demo_path)
    qtbot.waitUntil(lambda: bool(pages))
    page = pages[0][0].event_page
    page.venue.setFocus()
    page.venue.selectAll()
    qtbot.keyClicks(page.venue, "Leeds Civic Hall")
    assert window.doc is None
    window.close()  # before the event finished opening, and without leaving the field
    with open_event(demo_path) as db:
        assert event_service.get_details(db).venue == "Leeds Civic Hall"


def test_closing_at_once_with_nothing_typed_does_not_stop_to_open_the_event(
    qtbot: QtBot, demo_path: Path
) -> None:
    window, pages, done = _opening(qtbot, demo_path)
    qtbot.waitUntil(lambda: bool(pages))
    window.close()
    assert done == []  # the event was never opened just to be closed


def test_going_to_another_phase_before_the_event_is_open_opens_it_and_shows_that_page(
    qtbot: QtBot, demo_path: Path
) -> None:
    window, pages, done = _opening(qtbot, demo_path)
    qtbot.waitUntil(lambda: bool(pages))
    view = pages[0][0]
    assert window.doc is None
    view.nav.setCurrentRow(3)  # Pitches
    assert window.doc is not None
    assert view.pages.currentWidget() is view.page("Pitches")
    assert type(view.page("Pitches")).__name__ == "PitchesPage"
    qtbot.waitUntil(lambda: done == [True])


def _old_event(path: Path) -> None:
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO event (name, start_date, end_date, venue, timezone, description, archive_url, "
            "qr_contact_cards, created_at, updated_at) VALUES ('Old camp', '2026-01-17', '2026-01-17', "
            "'Leeds', 'Europe/London', '', '', 0, '2025-11-01 10:00:00', '2025-11-01 10:00:00')"
        )
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


def test_a_file_to_migrate_keeps_the_outline_until_it_is_backed_up_and_migrated(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "old.govcamp"
    _old_event(path)
    window, pages, done = _opening(qtbot, path)
    qtbot.waitUntil(lambda: done == [True])
    # No page before the event was open: the full road ran, migration and backup as always.
    assert len(pages) == 1 and pages[0] == (window.view, True)
    assert window.view is not None and window.view.event_page.name.text() == "Old camp"
    assert list(tmp_path.glob(f"old.before-v{migrate.SCHEMA_VERSION}-*.govcamp"))


def test_a_file_another_window_holds_opens_read_only_with_no_early_page(
    qtbot: QtBot, demo_path: Path
) -> None:
    moment = datetime.now(UTC).isoformat()
    holder = {"host": "desk-2.example", "pid": 4242, "since": moment, "heartbeat": moment}
    locks.lock_path(demo_path).write_text(json.dumps(holder), encoding="utf-8")
    window, pages, done = _opening(qtbot, demo_path)
    qtbot.waitUntil(lambda: done == [True])
    assert len(pages) == 1 and pages[0][1]
    assert window.doc is not None and window.doc.db.read_only is not None
    assert "desk-2.example" in window.banner.text.text()


def test_a_damaged_file_still_gets_its_one_clear_message(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bad.govcamp"
    path.write_bytes(demo_path.read_bytes()[:20000])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window, pages, done = _opening(qtbot, path)
    qtbot.waitUntil(lambda: done == [False])
    assert pages == [] and len(shown) == 1 and "damaged" in shown[0]
    assert window.stack.currentWidget() is window.welcome


EARLY = """
import sys
from govcamp.ui.app import make_app
from govcamp.ui.main_window import MainWindow
from govcamp.ui.opening import when_painted

app = make_app()
window = MainWindow()

def page_up(view):
    def drawn(_t):
        print("page drawn, database stack loaded:", "sqlalchemy" in sys.modules)
        print("name:", view.event_page.name.text())
    when_painted(view, drawn)

def done(opened):
    print("opened:", opened, window.view is not None and window.doc is not None)
    print("psycopg loaded:", "psycopg" in sys.modules)
    app.quit()

window.open_soon(sys.argv[1], interactive=False, on_done=done, on_page=page_up)
window.show()
app.exec()
"""


def test_the_page_is_drawn_before_sqlalchemy_is_imported(demo_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GOVCAMP_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", EARLY, str(demo_path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "page drawn, database stack loaded: False",
        "name: LocalGovCamp 2027",
        "opened: True True",
        "psycopg loaded: False",
    ]


def test_the_benchmarks_first_edit_is_typed_saved_and_reported(demo_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GOVCAMP_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-m", "govcamp", "open", str(demo_path), "--first-edit"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(" in ")[0] for line in lines] == [
        "first frame",
        "shown LocalGovCamp 2027 — demo.govcamp — govcamp",
        "first edit",
    ]
    with open_event(demo_path) as db:
        assert event_service.get_details(db).name == "LocalGovCamp 2027 2"
