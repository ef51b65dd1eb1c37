"""When a file's encoding is in doubt the window asks, showing the doubtful line each way, and imports
what the person chose; cancelling imports nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from govcamp.services import pitches
from govcamp.store.eventfile import EventDB
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.pitches_page import PitchesPage
from tests.ui.helpers import with_dialog


@pytest.fixture
def page(db: EventDB, qtbot: QtBot) -> Iterator[PitchesPage]:
    doc = EventDocument(db)
    widget = PitchesPage(doc)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    doc.undo_stack.clear()


@pytest.fixture
def japanese(tmp_path: Path) -> Path:
    path = tmp_path / "pitches.csv"
    path.write_bytes("Title,Host\n日本のオープンデータ,山田太郎\n".encode("shift_jis"))
    return path


def test_the_person_chooses_the_reading_that_looks_right(
    page: PitchesPage, japanese: Path, db: EventDB
) -> None:
    offered: list[str] = []

    def choose_japanese(dialog: QInputDialog) -> None:
        offered.extend(dialog.comboBoxItems())
        dialog.setTextValue(next(item for item in offered if item.startswith("Shift-JIS")))
        dialog.accept()

    assert with_dialog(QInputDialog, choose_japanese, lambda: page.import_file(japanese)) == []
    assert any("日本のオープンデータ,山田太郎" in item for item in offered)
    assert [(s.title, s.host_names) for s in pitches.list_sessions(db)] == [
        ("日本のオープンデータ", ("山田太郎",))
    ]


def test_cancelling_the_question_imports_nothing(page: PitchesPage, japanese: Path, db: EventDB) -> None:
    assert with_dialog(QInputDialog, lambda dialog: dialog.reject(), lambda: page.import_file(japanese)) == []
    assert pitches.list_sessions(db) == []
    assert "Nothing was imported" in page.saved.text()
