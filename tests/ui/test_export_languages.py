"""The window's language choices for exports (issue 14): the event's default, and each panel's own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from govcamp.exports.badges import Page, TextItem
from govcamp.services.demo import write_demo
from govcamp.services.event import get_details
from govcamp.store.eventfile import open_event
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.event_page import EventPage
from govcamp.ui.pages.export_badges import BadgePanel


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


def _texts(page: object) -> str:
    assert isinstance(page, Page)
    return " ".join(i.text for face in page.faces for i in face.items if isinstance(i, TextItem))


def test_the_event_page_stores_the_printed_language(qtbot: QtBot, doc: EventDocument) -> None:
    page = EventPage(doc)
    qtbot.addWidget(page)
    page.show()
    combo = page.export_language
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("cy+en"))
    combo.activated.emit(combo.currentIndex())
    assert get_details(doc.db).export_language == "cy+en"
    doc.close()


def test_the_badge_preview_follows_the_language_chosen(qtbot: QtBot, doc: EventDocument) -> None:
    panel = BadgePanel(doc)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitUntil(lambda: isinstance(panel.preview.page, Page), timeout=10_000)
    assert "ATTENDEE" in _texts(panel.preview.page) and "MYNYCHWR" not in _texts(panel.preview.page)
    combo = panel.language
    combo.setCurrentIndex(combo.findData("cy+en"))
    qtbot.waitUntil(lambda: "MYNYCHWR · ATTENDEE" in _texts(panel.preview.page), timeout=10_000)
    combo.setCurrentIndex(combo.findData("cy"))
    qtbot.waitUntil(lambda: "ATTENDEE" not in _texts(panel.preview.page), timeout=10_000)
    doc.close()
