"""The Exports page's notes archive tab: write the site in the background, with progress, then open it."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from govcamp.store.eventfile import open_event
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.export_archive import ArchivePanel
from govcamp.ui.pages.exports_page import ExportsPage
from tests import notes_data as data


def test_the_archive_tab_writes_the_site_with_progress(
    qtbot: QtBot, event_path: Path, tmp_path: Path
) -> None:
    with open_event(event_path) as db:
        hall = data.room(db, "Main Hall")
        early = data.slot(db, "10:00", "10:45")
        data.session_(db, "Agile in councils", room_id=hall, slot_id=early, body="Sprints.", tags=["agile"])
    doc = EventDocument(open_event(event_path))
    page = ExportsPage(doc, "Files people take home.")
    qtbot.addWidget(page)
    page.show()
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Notes archive" in titles
    panel = page.tabs.widget(titles.index("Notes archive"))
    assert isinstance(panel, ArchivePanel)
    out = tmp_path / "site"
    panel.folder.setText(str(out))
    panel.zip.setChecked(True)
    seen: list[int] = []
    panel.progress.valueChanged.connect(seen.append)
    panel.write_button.click()
    assert not panel.write_button.isEnabled()
    qtbot.waitUntil(lambda: panel.write_button.isEnabled(), timeout=20_000)
    assert "Saved the archive" in panel.message.text() and "Open it in a web browser" in panel.message.text()
    assert panel.progress.value() == panel.progress.maximum() > 1
    assert len(set(seen)) > 1
    assert (
        json.loads((out / "notes.json").read_text(encoding="utf-8"))["sessions"][0]["title"]
        == "Agile in councils"
    )
    assert (tmp_path / "site.zip").is_file()
    doc.close()


def test_a_busy_folder_is_refused_in_words(qtbot: QtBot, event_path: Path, tmp_path: Path) -> None:
    doc = EventDocument(open_event(event_path))
    panel = ArchivePanel(doc)
    qtbot.addWidget(panel)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine", encoding="utf-8")
    panel.folder.setText(str(busy))
    panel.write_button.click()
    qtbot.waitUntil(lambda: panel.write_button.isEnabled(), timeout=20_000)
    assert "not empty" in panel.message.text()
    assert (busy / "keep.txt").read_text(encoding="utf-8") == "mine"
    doc.close()
