"""The core's messages in the window's language (issue 14): a Welsh window shows a core error in its message
box and the grid's problems in Welsh, and English again once switched back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.domain.pitching import PitchInput
from govcamp.services import pitches
from govcamp.store.eventfile import EventDB
from govcamp.ui.i18n import use_language
from govcamp.ui.main_window import PHASES, MainWindow
from govcamp.ui.pages.grid_page import GridPage
from tests.services.grid_fixtures import small_event

GRID = [title for title, _promise in PHASES].index("Grid")


def test_a_core_error_is_shown_in_welsh_then_in_english(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    not_an_event = tmp_path / "minutes.govcamp"
    not_an_event.write_text("Minutes of the last govcamp, not an event file.\n" * 4, encoding="utf-8")
    win = MainWindow()
    qtbot.addWidget(win)
    use_language("cy")
    assert not win.open_path(not_an_event)
    use_language("en")
    assert not win.open_path(not_an_event)
    # The title is the window's (.ts), the text the core's (messages/cy.po): both in the language chosen.
    assert shown == [
        ("Methu agor y digwyddiad", f"Nid yw {not_an_event} yn ffeil digwyddiad govcamp."),
        ("Cannot open the event", f"{not_an_event} is not a govcamp event file."),
    ]


def problems_shown(win: MainWindow) -> list[str]:
    assert win.view is not None
    win.show_phase(GRID)
    (page,) = win.view.findChildren(GridPage)
    return [page.problem_list.item(i).text() for i in range(page.problem_list.count())]


def features_shown(win: MainWindow) -> list[str]:
    """The Features column of the Event page's rooms table: room features are core words too."""
    assert win.view is not None
    model = win.view.event_page.rooms_model
    return [str(model.data(model.index(row, model.FEATURES))) for row in range(model.rowCount())]


def test_the_grid_problems_and_room_features_follow_the_window_language(
    qtbot: QtBot, event_path: Path, db: EventDB
) -> None:
    small_event(db)
    pitches.add_pitch(db, PitchInput("Tea and sympathy", hosts=("Zoë",), demand=15, needs=("whiteboard",)))
    db.close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(event_path, interactive=False)
    english = "“Tea and sympathy” is left out (15 people): needs whiteboard, which no room has."
    assert problems_shown(win) == [english]
    use_language("cy")  # as Preferences does: the pages are rebuilt in Welsh
    welsh = (
        "Mae “Tea and sympathy” wedi'i gadael allan (15 o bobl): mae angen bwrdd gwyn, "
        "nad oes gan yr un ystafell."
    )
    qtbot.waitUntil(lambda: problems_shown(win) == [welsh])
    assert features_shown(win)[0] == "Dolen sain, Sgrin, Heb risiau"  # the Hall's, on the Event page
    use_language("en")
    qtbot.waitUntil(lambda: problems_shown(win) == [english])
    assert features_shown(win)[0] == "Hearing loop, Screen, Step-free"
    win.close_event()
