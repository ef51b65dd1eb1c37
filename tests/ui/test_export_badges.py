"""The Exports page's Badges tab: choose the stock and the people, see the first page, write the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from govcamp.exports.badges import Page
from govcamp.exports.layouts import LAYOUTS
from govcamp.services.demo import write_demo
from govcamp.store.eventfile import open_event
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.export_badges import BadgePanel
from govcamp.ui.pages.exports_page import ExportsPage


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    write_demo(path, applicants=40)
    return path


@pytest.fixture
def doc(demo_file: Path, tmp_path: Path) -> EventDocument:
    copy = tmp_path / "demo.govcamp"
    shutil.copy(demo_file, copy)
    return EventDocument(open_event(copy))


def choose(combo_owner: BadgePanel, key: str) -> None:
    combo = combo_owner.layout_choice
    combo.setCurrentIndex(combo.findData(key))


def test_the_badges_tab_writes_the_chosen_stock_with_progress(
    qtbot: QtBot, doc: EventDocument, tmp_path: Path
) -> None:
    page = ExportsPage(doc, "Files people take home.")
    qtbot.addWidget(page)
    page.show()
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    panel = page.tabs.widget(titles.index("Badges"))
    assert isinstance(panel, BadgePanel)
    choose(panel, "avery-l7418")
    assert not panel.folded.isEnabled()  # labels are stuck on, not folded
    out = tmp_path / "badges.pdf"
    panel.output.clear()
    qtbot.keyClicks(panel.output, str(out))
    seen: list[int] = []
    panel.progress.valueChanged.connect(seen.append)
    qtbot.mouseClick(panel.write_button, Qt.MouseButton.LeftButton)
    assert not panel.write_button.isEnabled() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: panel.write_button.isEnabled(), timeout=30_000)
    assert "Saved" in panel.message.text() and "Open the PDF" in panel.message.text()
    assert out.is_file()
    assert panel.progress.value() == panel.progress.maximum() > 1
    assert len(set(seen)) > 1
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts", info)  # A4, as L7418 sheets are
    doc.close()


def test_the_preview_shows_the_first_page_of_the_chosen_layout(qtbot: QtBot, doc: EventDocument) -> None:
    panel = BadgePanel(doc)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitUntil(lambda: isinstance(panel.preview.page, Page), timeout=10_000)
    first = panel.preview.page
    assert isinstance(first, Page) and len(first.faces) == 8  # A4 8-up by default
    choose(panel, "a6")
    panel.folded.setChecked(True)
    qtbot.waitUntil(lambda: panel.preview.layout_ is LAYOUTS["a6"] and panel.preview.page is not first)
    qtbot.waitUntil(lambda: isinstance(panel.preview.page, Page) and len(panel.preview.page.faces) == 2)
    folded = panel.preview.page
    assert isinstance(folded, Page)
    assert [face.rotated for face in folded.faces] == [False, True]  # the back reads upright once folded
    image = panel.preview.grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre != QColor("#e6e6e6")  # a page is drawn, not the empty grey
    doc.close()


def test_people_by_name_email_or_code_and_a_mistake_in_words(
    qtbot: QtBot, doc: EventDocument, tmp_path: Path
) -> None:
    from govcamp.services.applicants import list_applicants

    people = list_applicants(doc.db)[:2]
    panel = BadgePanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    panel.who.setCurrentIndex(panel.who.findData("ids"))
    assert panel.ids.isEnabled()
    assert "id" not in panel.ids.placeholderText().split()
    # The completer offers people by what a person would type: part of a name.
    completer = panel.ids.completer()
    completer.setCompletionPrefix(people[0].full_name[:4])
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert any(people[0].full_name in text and people[0].email in text for text in offered)
    # (Set, not typed: the completer's pop-up cannot grab the keyboard on the offscreen platform.)
    panel.ids.setText(f"{people[0].email}; {people[1].checkin_code}; Nobody Atall")
    panel.output.setText(str(tmp_path / "some.pdf"))
    qtbot.mouseClick(panel.write_button, Qt.MouseButton.LeftButton)
    assert "Nobody the event knows matches “Nobody Atall”" in panel.message.text()
    assert panel.write_button.isEnabled() and not (tmp_path / "some.pdf").exists()
    panel.ids.setText(f"{people[0].full_name}; {people[1].email}")
    qtbot.mouseClick(panel.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.write_button.isEnabled(), timeout=30_000)
    assert "Saved 2 badges" in panel.message.text()
    doc.close()


def test_cancel_leaves_no_file(qtbot: QtBot, doc: EventDocument, tmp_path: Path) -> None:
    panel = BadgePanel(doc)
    qtbot.addWidget(panel)
    panel.who.setCurrentIndex(panel.who.findData("all"))
    out = tmp_path / "cancelled.pdf"
    panel.output.setText(str(out))
    panel.write_button.click()
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: panel.write_button.isEnabled(), timeout=30_000)
    if "Cancelled" in panel.message.text():
        assert not out.exists()
        assert [p for p in tmp_path.iterdir() if p.suffix == ".partial" or p.name.endswith(".partial")] == []
    else:  # the machine was quicker than the click: then the file is whole
        assert "Saved" in panel.message.text() and out.is_file()
    doc.close()


def test_the_alignment_page_is_written_beside_the_badges_for_the_chosen_stock(
    qtbot: QtBot, doc: EventDocument, tmp_path: Path
) -> None:
    panel = BadgePanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    choose(panel, "avery-l4785")
    panel.output.setText(str(tmp_path / "camp badges.pdf"))
    qtbot.mouseClick(panel.alignment_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "camp badges alignment avery-l4785.pdf"
    assert out.is_file() and "100 %" in panel.message.text() and "Open it" in panel.message.text()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Label 10" in text and "Avery L4785" in text
    doc.close()
