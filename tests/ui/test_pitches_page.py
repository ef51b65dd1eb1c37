"""The Pitches page driven by keyboard, as on the morning: type, Tab, Enter, next pitch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from govcamp.domain.pitching import PitchInput
from govcamp.services import pitches
from govcamp.store.eventfile import EventDB
from govcamp.ui.document import EventDocument
from govcamp.ui.i18n import use_language
from govcamp.ui.pages.pitches_page import PitchesPage
from govcamp.ui.pitches_model import PitchesModel
from tests.services.grid_fixtures import small_event


@pytest.fixture
def page(db: EventDB, qtbot: QtBot) -> Iterator[PitchesPage]:
    # English with its plural forms installed ("2 pitches"), whichever tests ran before in this process.
    use_language("en")
    small_event(db)
    doc = EventDocument(db)
    widget = PitchesPage(doc)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    doc.undo_stack.clear()


# The offscreen platform cannot raise the suggestion pop-up or let it grab the keyboard; a desktop can.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_keyboard_only_capture_of_two_pitches(page: PitchesPage, qtbot: QtBot) -> None:
    page.title.setFocus()
    qtbot.waitUntil(page.title.hasFocus)
    qtbot.keyClicks(page.title, "Open data in planning")
    qtbot.keyClick(page.title, Qt.Key.Key_Tab)
    assert page.hosts.hasFocus()
    # Type-ahead: "nowak" offers Łukasz Nowak; Down and Enter take it.
    qtbot.keyClicks(page.hosts, "nowak")
    popup = page.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert page.hosts.text() in ("Łukasz", "Łukasz Nowak")
    qtbot.keyClicks(page.hosts, ", Ravi from Leeds")
    qtbot.keyClick(page.hosts, Qt.Key.Key_Tab)
    qtbot.keyClick(page.description, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.tags, "data, planning")
    qtbot.keyClick(page.tags, Qt.Key.Key_Tab)
    assert page.need_boxes["step_free"].hasFocus()
    qtbot.keyClick(page.need_boxes["step_free"], Qt.Key.Key_Space)
    for _ in range(2):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert page.need_boxes["screen"].hasFocus()
    qtbot.keyClick(page.need_boxes["screen"], Qt.Key.Key_Space)
    for _ in range(4):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert page.hands.hasFocus()
    qtbot.keyClicks(page.hands, "42")
    qtbot.keyClick(page.hands, Qt.Key.Key_Return)

    stored = pitches.list_sessions(page.doc.db)
    assert [(s.title, s.host_names, s.needs, s.tags, s.demand) for s in stored] == [
        (
            "Open data in planning",
            (page_host := stored[0].host_names[0], "Ravi from Leeds"),
            ("screen", "step_free"),
            ("data", "planning"),
            42,
        )
    ]
    assert page_host.startswith("Łukasz") and stored[0].hosts[0].person_id is not None
    # The form is clear and the cursor is back on the title for the next pitch.
    assert page.title.text() == "" and page.hosts.text() == "" and page.hands.value() == 0
    assert not page.need_boxes["screen"].isChecked()
    assert page.title.hasFocus()
    assert "Saved #1 “Open data in planning”" in page.saved.text()

    # The next pitch looks like the first: a warning, then Enter saves it all the same.
    qtbot.keyClicks(page.title, "Open Data for Planning")
    qtbot.waitUntil(page.duplicate.isVisible, timeout=2000)
    assert "Looks like #1 “Open data in planning”" in page.duplicate.text()
    qtbot.keyClick(page.title, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.hosts, "Ahmed")
    page.completer.popup().hide()
    qtbot.keyClick(page.hosts, Qt.Key.Key_Return)
    assert [s.title for s in pitches.list_sessions(page.doc.db)] == [
        "Open data in planning",
        "Open Data for Planning",
    ]
    assert page.model.rowCount() == 2
    assert str(page.model.data(page.model.index(1, PitchesModel.TITLE))).startswith("⚠ ")
    # Each pitch is one undo step.
    page.doc.undo_stack.undo()
    assert page.model.rowCount() == 1


def test_a_pitch_without_a_host_is_refused_and_the_form_keeps_what_was_typed(
    page: PitchesPage, qtbot: QtBot
) -> None:
    qtbot.keyClicks(page.title, "Agile")
    qtbot.keyClick(page.title, Qt.Key.Key_Return)
    assert page.error.isVisible() and page.error.text() == "A session needs at least one host."
    assert page.title.text() == "Agile" and page.hosts.hasFocus()
    assert pitches.list_sessions(page.doc.db) == []


def test_inline_edit_withdraw_merge_and_undo(page: PitchesPage, qtbot: QtBot, qtmodeltester: object) -> None:
    db = page.doc.db
    a = pitches.add_pitch(db, PitchInput("Open data", hosts=("Siân",), demand=10))
    b = pitches.add_pitch(db, PitchInput("Open data for planners", hosts=("Ahmed",), demand=5))
    page.reload()
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    # Inline: select the hands cell of the first row and type a new count.
    index = page.model.index(page.model.row_of(a.id), PitchesModel.HANDS)
    page.table.setCurrentIndex(index)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not page.table
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: pitches.get_session(db, a.id).demand == 25)
    assert page.model.data(index) == "25"
    # Merge: select both rows, press Merge.
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows,
    )
    assert page.merge_button.isEnabled()
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    merged = pitches.get_session(db, a.id)
    assert merged.host_names == ("Siân", "Ahmed") and merged.demand == 30
    assert pitches.get_session(db, b.id).withdrawn
    assert "(withdrawn)" in str(
        page.model.data(page.model.index(page.model.row_of(b.id), PitchesModel.TITLE))
    )
    page.doc.undo_stack.undo()
    assert pitches.get_session(db, a.id).host_names == ("Siân",)
    assert not pitches.get_session(db, b.id).withdrawn
    # Withdraw and restore with the button.
    page.table.selectRow(page.model.row_of(b.id))
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    assert pitches.get_session(db, b.id).withdrawn
    assert page.withdraw_button.text() == "&Restore"
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    assert not pitches.get_session(db, b.id).withdrawn
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_import_from_a_file_is_one_undo_step(page: PitchesPage, tmp_path: Path) -> None:
    path = tmp_path / "pitches.csv"
    path.write_text("Title,Host,Hands\nAgile,Ahmed,12\nBlockchain,Zoë Patel,3\n", encoding="utf-8")
    page.import_file(path)
    assert page.model.rowCount() == 2
    assert page.saved.text() == "Imported 2 pitches from pitches.csv."
    assert page.doc.undo_stack.undoText() == "Import 2 pitches"
    page.doc.undo_stack.undo()
    assert page.model.rowCount() == 0 and pitches.list_sessions(page.doc.db) == []
    page.doc.undo_stack.redo()
    assert [s.title for s in pitches.list_sessions(page.doc.db)] == ["Agile", "Blockchain"]


@pytest.mark.parametrize("width", [760, 1000, 1800])
def test_the_title_column_keeps_a_fair_share_of_the_table(
    page: PitchesPage, qtbot: QtBot, width: int
) -> None:
    page.resize(width, 700)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0)
    QApplication.processEvents()
    header = page.table.horizontalHeader()
    title = header.sectionSize(PitchesModel.TITLE)
    wordy = [header.sectionSize(c) for c in (PitchesModel.HOSTS, PitchesModel.NEEDS, PitchesModel.TAGS)]
    # The title, the column people read, is the widest; on a wide screen the others have their full widths.
    assert title >= max(wordy)
    assert title >= 0.3 * page.table.viewport().width()
    if width >= 1800:
        assert wordy == [170, 110, 150]
