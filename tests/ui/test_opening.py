"""Opening an event at start-up: the window is drawn first, then the event is loaded into it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.services import event as event_service
from govcamp.services import rooms as room_service
from govcamp.services.demo import write_demo
from govcamp.store.eventfile import open_event
from govcamp.ui.main_window import MainWindow


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.govcamp"
    write_demo(path, applicants=40)
    return path


def test_the_outline_shows_at_once_then_the_demo_opens_populated(qtbot: QtBot, demo_path: Path) -> None:
    db = open_event(demo_path)
    name = event_service.get_details(db).name
    rooms = [room.name for room in room_service.list_rooms(db)]
    db.close()
    window = MainWindow()
    qtbot.addWidget(window)
    results: list[bool] = []
    window.open_soon(demo_path, on_done=results.append)
    # Before anything is loaded: the outline of the event window, saying what it is opening.
    assert window.stack.currentWidget().objectName() == "openingView"
    assert window.windowTitle() == "Opening demo.govcamp — govcamp"
    window.show()
    qtbot.waitUntil(lambda: results == [True])
    assert window.view is not None
    assert window.stack.currentWidget() is window.view
    page = window.view.event_page
    assert page.name.text() == name
    model = page.rooms_model
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == rooms
    assert window.windowTitle().startswith(f"{name} — demo.govcamp")
    assert window.go_menu.isEnabled()
    # The outline is gone, not kept under the event.
    assert all(window.stack.widget(i).objectName() != "openingView" for i in range(window.stack.count()))


@pytest.mark.parametrize("kind", ["not an event", "damaged"])
def test_a_bad_file_gives_one_clear_message_and_the_welcome_screen(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    path = tmp_path / "bad.govcamp"
    if kind == "not an event":
        path.write_text("hello")
        expected = "not a govcamp event file"
    else:
        path.write_bytes(demo_path.read_bytes()[:20000])
        expected = "damaged"
    before = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    results: list[bool] = []
    # From a window already on screen this time (File ▸ Open takes the same road once it is drawn).
    window.show()
    qtbot.waitExposed(window)
    window.open_soon(path, on_done=results.append)
    qtbot.waitUntil(lambda: results == [False])
    assert len(shown) == 1 and expected in shown[0]
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "govcamp"
    assert not window.go_menu.isEnabled()
    assert path.read_bytes() == before


FIRST_FRAME = """
import sys
from govcamp.ui.app import make_app
from govcamp.ui.main_window import MainWindow
from govcamp.ui.opening import when_painted

app = make_app()
window = MainWindow()
when_painted(window, lambda _t: print("database stack loaded at first frame:", "sqlalchemy" in sys.modules))

def done(opened):
    print("opened:", opened, window.view is not None)
    app.quit()

window.open_soon(sys.argv[1], interactive=False, on_done=done)
window.show()
app.exec()
"""


def test_the_window_is_drawn_before_the_database_stack_is_imported(demo_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GOVCAMP_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(demo_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["database stack loaded at first frame: False", "opened: True True"]


def test_open_with_a_screenshot_shows_the_populated_event(demo_path: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GOVCAMP_HOME": str(tmp_path / "home")}
    png = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "govcamp", "open", str(demo_path), "--screenshot", str(png), "--page", "2"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("shown ")
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 600


def test_an_event_opened_while_loading_wins(qtbot: QtBot, demo_path: Path, event_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    results: list[bool] = []
    window.open_soon(demo_path, on_done=results.append)
    window.show()
    # The person picks another event from the menus before the start-up one has loaded.
    assert window.open_path(event_path)
    qtbot.waitUntil(lambda: results == [False])
    assert window.view is not None and window.doc is not None
    assert window.doc.db.path == event_path
    assert window.stack.currentWidget() is window.view
    assert window.windowTitle().startswith("LocalGovCamp Test — camp.govcamp")


def test_the_welcome_window_opens_and_draws(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GOVCAMP_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-m", "govcamp", "open", "--exit-when-shown"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    first, shown = result.stdout.splitlines()
    assert first.startswith("first frame in ")
    assert shown.startswith("shown govcamp in ")
