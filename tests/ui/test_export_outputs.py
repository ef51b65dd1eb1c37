"""The export panels keep files sacred: the event file is refused in words, an existing file is replaced
only after the person says Yes, and a symlink is never written through."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.store.eventfile import open_event
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.export_calendar import CalendarPanel
from govcamp.ui.pages.exports_page import ExportsPage
from tests.calendar_event import make_event
from tests.ui.helpers import with_dialog


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


def test_the_event_file_itself_is_refused_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    doc, panel, _page = _panel(qtbot, event)
    before = hashlib.sha256(event.read_bytes()).hexdigest()
    panel.path.setText(str(event))
    _write(qtbot, panel)
    assert "event file" in panel.message.text()
    assert hashlib.sha256(event.read_bytes()).hexdigest() == before
    doc.close()


def test_an_existing_file_is_replaced_only_after_yes(qtbot: QtBot, tmp_path: Path) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    doc, panel, _page = _panel(qtbot, event)
    out = tmp_path / "programme.ics"
    out.write_text("yesterday's", encoding="utf-8")
    panel.path.setText(str(out))

    def press(button: QMessageBox.StandardButton) -> object:
        return lambda box: box.button(button).click()

    assert with_dialog(QMessageBox, press(QMessageBox.StandardButton.Cancel), panel.write_button.click) == []
    assert out.read_text(encoding="utf-8") == "yesterday's" and "was kept" in panel.message.text()
    assert with_dialog(QMessageBox, press(QMessageBox.StandardButton.Yes), panel.write_button.click) == []
    qtbot.waitUntil(lambda: panel.write_button.isEnabled(), timeout=20_000)
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR") and "Saved" in panel.message.text()
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []
    doc.close()


def test_a_symlink_is_not_written_through(qtbot: QtBot, tmp_path: Path) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    doc, panel, _page = _panel(qtbot, event)
    victim = tmp_path / "precious.txt"
    victim.write_text("mine", encoding="utf-8")
    link = tmp_path / "link.ics"
    link.symlink_to(victim)
    panel.path.setText(str(link))
    _write(qtbot, panel)
    assert "symbolic link" in panel.message.text() and victim.read_text(encoding="utf-8") == "mine"
    doc.close()
