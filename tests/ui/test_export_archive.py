"""The Exports page's notes archive tab: write the site in the background, with progress, then open it."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.store.eventfile import open_event
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.export_archive import ArchivePanel
from govcamp.ui.pages.exports_page import ExportsPage
from tests import notes_data as data
from tests.ui.helpers import with_dialog


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


def _written(qtbot: QtBot, panel: ArchivePanel) -> None:
    panel.write_button.click()
    qtbot.waitUntil(lambda: panel.write_button.isEnabled(), timeout=20_000)
    assert "Saved the archive" in panel.message.text(), panel.message.text()


def _press(button: QMessageBox.StandardButton) -> Callable[[QMessageBox], None]:
    return lambda box: box.button(button).click()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_earlier_archive_is_replaced_only_after_yes_and_a_persons_file_survives(
    qtbot: QtBot, event_path: Path, tmp_path: Path
) -> None:
    with open_event(event_path) as db:
        data.session_(db, "Agile in councils", body="Sprints.")
    doc = EventDocument(open_event(event_path))
    panel = ArchivePanel(doc)
    qtbot.addWidget(panel)
    out = tmp_path / "site"
    panel.folder.setText(str(out))
    _written(qtbot, panel)
    (out / "slides.pdf").write_bytes(b"%PDF- a person's slides")
    (out / "index.html").write_text("yesterday's archive", encoding="utf-8")

    assert with_dialog(QMessageBox, _press(QMessageBox.StandardButton.Cancel), panel.write_button.click) == []
    assert "the earlier archive was kept" in panel.message.text()
    assert panel.write_button.isEnabled()  # nothing started
    assert (out / "index.html").read_text(encoding="utf-8") == "yesterday's archive"

    assert with_dialog(QMessageBox, _press(QMessageBox.StandardButton.Yes), panel.write_button.click) == []
    qtbot.waitUntil(lambda: panel.write_button.isEnabled(), timeout=20_000)
    assert "Saved the archive" in panel.message.text()
    assert "Agile in councils" in (out / "index.html").read_text(encoding="utf-8")
    assert (out / "slides.pdf").read_bytes() == b"%PDF- a person's slides"
    doc.close()


def test_a_folder_holding_an_event_file_is_refused_before_any_work(
    qtbot: QtBot, event_path: Path, tmp_path: Path
) -> None:
    doc = EventDocument(open_event(event_path))
    panel = ArchivePanel(doc)
    qtbot.addWidget(panel)
    out = tmp_path / "site"
    panel.folder.setText(str(out))
    _written(qtbot, panel)
    # An earlier archive's folder, and someone saved a copy of the event in it.
    copy = out / "camp copy.govcamp"
    shutil.copyfile(event_path, copy)
    before = {path.name: _digest(path) for path in (copy, event_path)}
    listed = sorted(p.name for p in out.iterdir())
    panel.write_button.click()  # no question: the refusal comes first
    assert panel.write_button.isEnabled()
    assert "holds an event file" in panel.message.text() and "Nothing was written" in panel.message.text()
    assert {path.name: _digest(path) for path in (copy, event_path)} == before
    assert sorted(p.name for p in out.iterdir()) == listed
    doc.close()


def test_the_event_file_itself_or_its_folder_is_refused_in_words(
    qtbot: QtBot, event_path: Path, tmp_path: Path
) -> None:
    doc = EventDocument(open_event(event_path))
    panel = ArchivePanel(doc)
    qtbot.addWidget(panel)
    before = _digest(event_path)
    for target, words in ((event_path, "event file"), (event_path.parent, "not empty")):
        panel.folder.setText(str(target))
        panel.write_button.click()
        assert panel.write_button.isEnabled()
        assert words in panel.message.text(), panel.message.text()
    assert _digest(event_path) == before
    assert not any(p.name.endswith(".partial") for p in event_path.parent.iterdir())
    doc.close()
