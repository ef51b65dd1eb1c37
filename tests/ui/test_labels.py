"""The window's words for the core's codes (slot kinds, features, ticket states, seats) in Welsh."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from govcamp.services.demo import write_demo
from govcamp.ui.i18n import use_language
from govcamp.ui.main_window import MainWindow
from govcamp.ui.pages.grid_page import GridPage


def test_the_tables_name_kinds_features_states_and_seats_in_welsh(qtbot: QtBot, tmp_path: Path) -> None:
    from govcamp.ui.applicants_models import ApplicantsModel
    from govcamp.ui.pages.applicants_page import ApplicantsPage
    from govcamp.ui.pages.pitches_page import PitchesPage

    path = tmp_path / "demo.govcamp"
    write_demo(path)
    use_language("cy")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(path, interactive=False)
    view = win.view
    assert view is not None
    rooms = view.event_page.rooms_model
    column = [rooms.data(rooms.index(r, rooms.FEATURES)) for r in range(rooms.rowCount())]
    # The hall's features, in the words its door sign prints.
    assert "Dolen sain, Taflunydd, Sgrin, Heb risiau" in column
    assert not any("Hearing loop" in text for text in column)
    availability = {rooms.data(rooms.index(r, rooms.AVAILABILITY)) for r in range(rooms.rowCount())}
    assert availability == {"Drwy’r dydd", "Ddim mewn 1 slot"}
    slots = view.event_page.slots_model
    kinds = {slots.data(slots.index(r, slots.KIND)) for r in range(slots.rowCount())}
    assert kinds == {"Sesiwn lawn", "Sesiwn", "Egwyl", "Cinio"}
    assert slots.data(slots.index(0, slots.LENGTH)) == "45 mun"
    win.show_phase(1)
    applicants = view.page("Applicants & lottery")
    assert isinstance(applicants, ApplicantsPage)
    model = applicants.applicants.model
    states = {model.data(model.index(r, ApplicantsModel.STATUS)) for r in range(model.rowCount())}
    types = {model.data(model.index(r, ApplicantsModel.TYPE)) for r in range(model.rowCount())}
    assert "Wedi cofrestru" in states and "Checked in" not in states
    assert "Llywodraeth leol" in types and "Local government" not in types
    assert "wedi cofrestru" in applicants.applicants.counts.text()
    win.show_phase(4)
    page = view.page("Grid")
    assert isinstance(page, GridPage)
    grid = page.model
    header = grid.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header.endswith("150 o seddi") and "seats" not in header
    win.show_phase(3)
    pitches = view.page("Pitches")
    assert isinstance(pitches, PitchesPage)
    boxes = [box.text().replace("&", "") for box in pitches.need_boxes.values()]
    assert "Heb risiau" in boxes and "Step-free" not in boxes
    win.close_event()
