"""Dates in the window name their days and months in the window's language (CLDR, through Babel)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.services import retention
from govcamp.services.demo import write_demo
from govcamp.store.eventfile import open_event
from govcamp.ui.date_field import DateField
from govcamp.ui.dates import full_moment, parse_date, short_date
from govcamp.ui.document import EventDocument
from govcamp.ui.i18n import use_language
from govcamp.ui.main_window import MainWindow
from govcamp.ui.pages.grid_page import GridPage
from govcamp.ui.privacy_dialogs import remind_purge


def test_day_and_month_names_follow_the_language() -> None:
    moment = datetime(2027, 6, 19, 10, 30, tzinfo=ZoneInfo("Europe/London"))
    assert short_date(moment) == "Sat 19 Jun 2027"
    assert full_moment(moment) == "Saturday 19 June 2027, 10:30"
    use_language("cy")
    assert short_date(moment) == "Sad 19 Meh 2027"
    assert full_moment(moment) == "Dydd Sadwrn 19 Mehefin 2027, 10:30"


@pytest.mark.parametrize(
    "typed",
    ["27 Mawrth 2027", "Dydd Sadwrn 27 Mawrth 2027", "Sad 27 Maw 27", "27 March 2027", "Sat, 27 Mar 2027"],
)
def test_a_date_typed_with_a_welsh_or_english_month_is_read(typed: str) -> None:
    assert parse_date(typed) == date(2027, 3, 27)


def test_a_word_that_is_no_month_is_not_a_date() -> None:
    assert parse_date("27 Mawrthh 2027") is None


def test_the_date_field_shows_and_takes_welsh(qtbot: QtBot) -> None:
    use_language("cy")
    field = DateField(QDate(2027, 6, 19))
    qtbot.addWidget(field)
    field.show()
    assert field.text() == "Sad 19 Meh 2027"
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "3 Gorffennaf 2027")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.date() == QDate(2027, 7, 3) and field.text() == "Sad 3 Gorff 2027"
    calendar = field.make_calendar()
    assert calendar.locale().monthName(7) == "Gorffennaf"
    assert calendar.selectedDate() == QDate(2027, 7, 3)
    calendar.deleteLater()


def test_the_schedule_and_the_grid_show_welsh_days_in_a_welsh_window(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "demo.govcamp"
    write_demo(path)
    use_language("cy")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(path, interactive=False)
    view = win.view
    assert view is not None
    slots = view.event_page.slots_model
    assert slots.data(slots.index(0, slots.DAY)) == "Sad 19 Meh"
    tip = slots.data(slots.index(0, slots.DAY), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Dydd Sadwrn 19 Mehefin 2027, 08:45 tan 09:30")
    assert view.event_page.start.text() == "Sad 19 Meh 2027"
    win.show_phase(4)
    page = view.page("Grid")
    assert isinstance(page, GridPage)
    grid = page.model
    tip = grid.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Dydd Sadwrn 19 Mehefin"
    # Switched back, the rebuilt pages speak English again.
    use_language("en")
    qtbot.waitUntil(lambda: win.view is not view and win.view is not None)
    assert win.view is not None
    slots = win.view.event_page.slots_model
    assert slots.data(slots.index(0, slots.DAY)) == "Sat 19 Jun"
    win.close_event()


def test_the_purge_reminder_names_the_month_in_welsh(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "camp.govcamp"
    write_demo(path, applicants=20)
    doc = EventDocument(open_event(path))
    try:
        retention.set_retention_date(doc.db, date(2027, 9, 30))
        use_language("cy")
        box = remind_purge(doc, None, today=date(2027, 10, 1))  # type: ignore[arg-type]
        assert isinstance(box, QMessageBox)
        qtbot.addWidget(box)
        assert "30 Medi 2027" in box.text() and "September" not in box.text()
        box.reject()
    finally:
        doc.close()
