"""The Exports page's calendars tab: write a calendar, one room's calendar and the poster, with progress."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from govcamp.store.eventfile import open_event
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.export_calendar import CalendarPanel
from govcamp.ui.pages.exports_page import ExportsPage
from tests.calendar_event import AWKWARD, make_event
from tests.calendar_readers import by_icalendar


def _panel(qtbot: QtBot, event: Path) -> tuple[EventDocument, CalendarPanel, ExportsPage]:
    doc = EventDocument(open_event(event))
    page = ExportsPage(doc, "Files people take home.")
    qtbot.addWidget(page)
    page.show()
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    panel = page.tabs.widget(titles.index(CalendarPanel.TITLE))
    assert isinstance(panel, CalendarPanel)
    return doc, panel, page


def _write(qtbot: QtBot, panel: CalendarPanel) -> None:
    panel.write_button.click()
    qtbot.waitUntil(lambda: panel.write_button.isEnabled(), timeout=20_000)


def test_the_tab_writes_a_room_calendar_and_the_poster(qtbot: QtBot, tmp_path: Path) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    doc, panel, _page = _panel(qtbot, event)
    assert panel.path.text().endswith("camp.ics")
    assert [panel.room.itemText(i) for i in range(panel.room.count())] == ["Hall", "Room 2"]
    panel.one_room.setChecked(True)
    panel.room.setCurrentText("Room 2")
    out = tmp_path / "room2.ics"
    panel.path.setText(str(out))
    seen: list[int] = []
    panel.progress.valueChanged.connect(seen.append)
    _write(qtbot, panel)
    assert "Saved 2 sessions from grid v1" in panel.message.text() and "Open it" in panel.message.text()
    assert sorted(e["summary"] for e in by_icalendar(out.read_bytes()).values()) == sorted(AWKWARD[2:])
    assert panel.progress.value() == panel.progress.maximum() > 1 and len(set(seen)) > 1

    panel.kind.setCurrentIndex(panel.kind.findData("poster"))
    assert not panel.scope_box.isVisibleTo(panel)
    assert panel.path.text().endswith("camp grid.pdf")
    poster = tmp_path / "grid.pdf"
    panel.path.setText(str(poster))
    _write(qtbot, panel)
    assert poster.read_bytes().startswith(b"%PDF") and "🎉" in panel.message.text()
    doc.close()


def test_the_poster_is_written_on_the_sheet_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    import subprocess

    event = make_event(tmp_path / "camp.govcamp")
    doc, panel, _page = _panel(qtbot, event)
    assert not panel.sheet.isVisibleTo(panel)  # only the poster has sizes
    panel.kind.setCurrentIndex(panel.kind.findData("poster"))
    assert panel.sheet.isVisibleTo(panel) and panel.sheet.currentData() == "a3"
    panel.sheet.setCurrentIndex(panel.sheet.findData("a1"))
    poster = tmp_path / "grid-a1.pdf"
    panel.path.setText(str(poster))
    _write(qtbot, panel)
    info = subprocess.run(["pdfinfo", str(poster)], capture_output=True, text=True, check=True).stdout
    assert "2383.94 x 1683.78 pts (A1)" in info
    panel.kind.setCurrentIndex(panel.kind.findData("frab-json"))
    assert panel.path.text().endswith("camp schedule.json")
    doc.close()


def test_an_unknown_person_is_said_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    doc, panel, _page = _panel(qtbot, event)
    panel.one_person.setChecked(True)
    panel.person.setText("nobody@example.org")
    panel.path.setText(str(tmp_path / "x.ics"))
    panel.write_button.click()
    assert "Nobody the event knows matches “nobody@example.org”" in panel.message.text()
    assert not (tmp_path / "x.ics").exists()
    doc.close()
