"""The Grid page driven like a person would: drag and drop, the keyboard, undo and redo, pins, warnings."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from govcamp.domain.pitching import PitchInput
from govcamp.services import grid as grid_service
from govcamp.services import pitches
from govcamp.store.eventfile import EventDB
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.grid_page import GridPage, PublishDialog
from govcamp.ui.projector import ProjectorWindow
from tests.services.grid_fixtures import LONDON, small_event
from tests.ui.helpers import with_dialog


@pytest.fixture
def setup(db: EventDB, qtbot: QtBot) -> Iterator[tuple[GridPage, dict[str, int]]]:
    ids = small_event(db)
    ids["agile"] = pitches.add_pitch(db, PitchInput("Agile in councils", hosts=("Siân",), demand=30)).id
    ids["cyber"] = pitches.add_pitch(db, PitchInput("Cyber after an incident", hosts=("Siân",), demand=8)).id
    doc = EventDocument(db)
    page = GridPage(doc)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    yield page, ids
    doc.undo_stack.clear()


def cell_text(page: GridPage, row: int, column: int) -> str:
    return str(page.model.data(page.model.index(row, column)) or "")


def drag_events(point: QPoint, mime: QMimeData) -> list[QEvent]:
    """Enter, move and drop, as Qt sends them to a view while something is dragged onto it."""
    buttons, keys, copy = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.DropAction.CopyAction
    with warnings.catch_warnings():
        # PySide6 flags these constructors as deprecated, yet Qt 6 offers no others for drag events.
        warnings.simplefilter("ignore", DeprecationWarning)
        return [
            QDragEnterEvent(point, copy, mime, buttons, keys),
            QDragMoveEvent(point, copy, mime, buttons, keys),
            QDropEvent(QPointF(point), copy, mime, buttons, keys),
        ]


def drag_to(page: GridPage, source: QWidget, mime_index: QModelIndex, target: QModelIndex) -> None:
    """What Qt delivers to the grid while a session is dragged over it and dropped on ``target``."""
    model = page.unplaced_model if source is page.unplaced else page.model
    mime = model.mimeData([mime_index])
    viewport = page.table.viewport()
    point = page.table.visualRect(target).center()
    enter, move, drop = drag_events(point, mime)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted(), "the grid refused the drop"
    QApplication.sendEvent(viewport, drop)


def test_drag_from_unplaced_to_a_cell_then_onto_another_session_swaps_and_undo_redo(
    setup: tuple[GridPage, dict[str, int]], qtbot: QtBot
) -> None:
    page, ids = setup
    doc = page.doc
    assert page.unplaced_model.rowCount() == 2
    assert page.counts.text().startswith("0 placed · 2 unplaced")
    # Slot rows: 0 = 10:00, 1 = 11:00, 2 = lunch band, 3 = 13:00. Columns: Hall, Room 2, Quiet.
    agile_row = page.unplaced_model.row_of(ids["agile"])
    drag_to(page, page.unplaced, page.unplaced_model.index(agile_row), page.model.index(0, 0))
    qtbot.waitUntil(lambda: "Agile in councils" in cell_text(page, 0, 0))
    cyber_row = page.unplaced_model.row_of(ids["cyber"])
    drag_to(page, page.unplaced, page.unplaced_model.index(cyber_row), page.model.index(1, 1))
    qtbot.waitUntil(lambda: "Cyber after an incident" in cell_text(page, 1, 1))
    assert page.counts.text().startswith("2 placed · 0 unplaced")
    # Between cells, onto an occupied one: the two swap, as one undo step.
    drag_to(page, page.table, page.model.index(0, 0), page.model.index(1, 1))
    qtbot.waitUntil(lambda: "Agile in councils" in cell_text(page, 1, 1))
    assert "Cyber after an incident" in cell_text(page, 0, 0)
    assert doc.undo_stack.count() == 3
    assert doc.undo_stack.undoText() == "Swap “Agile in councils”"

    doc.undo_stack.undo()
    assert "Agile in councils" in cell_text(page, 0, 0) and "Cyber" in cell_text(page, 1, 1)
    doc.undo_stack.undo()
    assert cell_text(page, 1, 1) == "" and page.unplaced_model.rowCount() == 1
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert "Agile in councils" in cell_text(page, 1, 1) and "Cyber" in cell_text(page, 0, 0)
    # Dragging back to the unplaced list takes a session off the grid.
    mime = page.model.mimeData([page.model.index(1, 1)])
    point = page.unplaced.viewport().rect().center()
    for event in drag_events(point, mime):
        QApplication.sendEvent(page.unplaced.viewport(), event)
    qtbot.waitUntil(lambda: page.unplaced_model.rowCount() == 1)
    assert not pitches.get_session(doc.db, ids["agile"]).placed


def test_nothing_can_be_dropped_on_lunch(setup: tuple[GridPage, dict[str, int]]) -> None:
    page, _ = setup
    mime = page.unplaced_model.mimeData([page.unplaced_model.index(0)])
    assert not page.model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, page.model.index(2, 1))
    assert page.model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, page.model.index(3, 1))
    assert cell_text(page, 2, 0) == "Lunch"


def test_keyboard_only_pick_up_move_and_drop_with_warnings(
    setup: tuple[GridPage, dict[str, int]], qtbot: QtBot
) -> None:
    page, ids = setup
    page.unplaced.setFocus()
    qtbot.waitUntil(page.unplaced.hasFocus)
    qtbot.keyClick(page.unplaced, Qt.Key.Key_Home)
    first = page.unplaced_model.session(page.unplaced.currentIndex().row())
    assert first.id == ids["agile"]  # the most wanted first
    qtbot.keyClick(page.unplaced, Qt.Key.Key_Return)
    assert page.carrying == ids["agile"] and page.table.hasFocus()
    assert "Carrying “Agile in councils”" in page.hint.text()
    # The carried session is unmistakable: marked in words, bold, white on dark blue.
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.model.carrying == ids["agile"]
    # Down one row and right one column: 11:00 in Room 2 (holds 20; 30 expected).
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Right)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.carrying is None
    assert "Agile in councils" in cell_text(page, 1, 1)
    assert cell_text(page, 1, 1).startswith("⚠ ")
    problems = [page.problem_list.item(i).text() for i in range(page.problem_list.count())]
    assert problems == [
        "“Agile in councils” expects 30 people; Room 2 holds 20 (10 over).",
        "“Cyber after an incident” is left out (8 people): not on the grid yet: drag it to a free cell "
        "or use Suggest grid.",
    ]
    # Pick it up again from the grid and put it in the Hall instead: the warning goes.
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Left)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert "Agile in councils" in cell_text(page, 1, 0) and page.problem_list.count() == 1
    # Esc puts down without moving; Ctrl+Shift+P pins; Delete unplaces.
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert page.carrying is None and "Agile in councils" in cell_text(page, 1, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(
        page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert pitches.get_session(page.doc.db, ids["agile"]).pinned
    assert "pinned" in cell_text(page, 1, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert not pitches.get_session(page.doc.db, ids["agile"]).placed
    assert page.doc.undo_stack.count() == 4


def test_a_host_in_two_places_is_warned_on_both_cells(setup: tuple[GridPage, dict[str, int]]) -> None:
    page, ids = setup
    assert page.move_session(ids["agile"], ids["hall"], ids["s1"])
    assert page.move_session(ids["cyber"], ids["room2"], ids["s1"])
    tips = str(page.model.data(page.model.index(0, 1), Qt.ItemDataRole.ToolTipRole))
    assert "Siân hosts “Cyber after an incident” and “Agile in councils” at 10:00." in tips
    assert cell_text(page, 0, 0).startswith("⚠ ") and cell_text(page, 0, 1).startswith("⚠ ")


def test_fit_rooms_and_publish_from_the_page(setup: tuple[GridPage, dict[str, int]]) -> None:
    page, ids = setup
    page.move_session(ids["agile"], ids["quiet"], ids["s1"])
    page.move_session(ids["cyber"], ids["hall"], ids["s1"])
    page.fit_rooms()
    assert "Agile in councils" in cell_text(page, 0, 0)
    assert "Fit rooms:" in page.report.toPlainText()
    page.publish_now("Printed")
    assert page.report.toPlainText() == "v1: first grid, 2 sessions"
    page.copy_report()
    assert QApplication.clipboard().text() == "v1: first grid, 2 sessions"
    assert [v.number for v in grid_service.versions(page.doc.db)] == [1]
    # A published version cannot be taken back (calendars follow it): Undo offers nothing before it.
    assert not page.doc.undo_stack.canUndo()
    page.doc.undo_stack.undo()
    assert [v.number for v in grid_service.versions(page.doc.db)] == [1]
    assert "Agile in councils" in cell_text(page, 0, 0)


def test_suggest_grid_runs_in_the_background_and_is_one_undo_step(
    setup: tuple[GridPage, dict[str, int]], qtbot: QtBot
) -> None:
    page, _ = setup
    page.time_limit.setValue(0.5)
    page.suggest()
    qtbot.waitUntil(lambda: page.last_suggestion is not None, timeout=20_000)
    assert page.counts.text().startswith("2 placed · 0 unplaced")
    report = page.report.toPlainText()
    assert report.startswith("Suggested grid: 2 changes (Ctrl+Z undoes them all).")
    assert "people expected without a seat" in report and "let down" not in report
    assert page.doc.undo_stack.undoText() == "Suggest grid"
    page.doc.undo_stack.undo()
    assert page.unplaced_model.rowCount() == 2


def test_models_pass_the_model_tester(setup: tuple[GridPage, dict[str, int]], qtmodeltester: object) -> None:
    page, ids = setup
    page.move_session(ids["agile"], ids["hall"], ids["s1"])
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.unplaced_model)  # type: ignore[attr-defined]


def test_projector_shows_now_and_next_and_follows_the_grid(
    setup: tuple[GridPage, dict[str, int]], qtbot: QtBot
) -> None:
    page, ids = setup
    page.move_session(ids["agile"], ids["hall"], ids["s1"])
    page.move_session(ids["cyber"], ids["room2"], ids["s2"])
    window = ProjectorWindow(page.doc, clock=lambda: datetime(2027, 3, 27, 10, 20, tzinfo=LONDON))
    qtbot.addWidget(window)
    text = "\n".join(window.texts())
    assert "Now: 10:00–10:50" in text and "Agile in councils" in text
    assert "Next: 11:00–11:50" in text and "Cyber after an incident" in text
    page.move_session(ids["cyber"], ids["room2"], ids["s3"])
    text = "\n".join(window.texts())
    assert "Cyber after an incident" not in text and "Sessions to be announced." in text
    window.clock = lambda: datetime(2027, 3, 27, 12, 10, tzinfo=LONDON)
    window.refresh()
    assert "Now: Lunch until 13:00" in "\n".join(window.texts())


def test_the_open_projector_follows_a_language_switch(
    setup: tuple[GridPage, dict[str, int]], qtbot: QtBot
) -> None:
    # It stays up on the venue screen while the host switches the laptop's language: no reopening.
    from govcamp.ui.i18n import use_language

    page, ids = setup
    page.move_session(ids["agile"], ids["hall"], ids["s1"])
    window = ProjectorWindow(page.doc, clock=lambda: datetime(2027, 3, 27, 10, 20, tzinfo=LONDON))
    qtbot.addWidget(window)
    try:
        use_language("cy")
        qtbot.waitUntil(lambda: window.close_button.text() == "Cau (Esc)")
        text = "\n".join(window.texts())
        assert "Nawr: 10:00–10:50" in text and "Agile in councils" in text
        assert "Nesaf: 11:00–11:50" in text and "Cyhoeddir y sesiynau cyn bo hir." in text
        assert "Now:" not in text and "Next:" not in text
        assert window.windowTitle() == "Golwg taflunydd"
        window.clock = lambda: datetime(2027, 3, 27, 12, 10, tzinfo=LONDON)
        window.refresh()
        assert "Nawr: Lunch tan 13:00" in "\n".join(window.texts())  # the slot's label: the host's words
    finally:
        use_language("en")
    qtbot.waitUntil(lambda: window.close_button.text() == "Close (Esc)")
    assert "Now: Lunch until 13:00" in "\n".join(window.texts())


def test_publish_button_shows_the_changes_and_takes_a_message(
    setup: tuple[GridPage, dict[str, int]], qtbot: QtBot
) -> None:
    page, ids = setup
    page.move_session(ids["agile"], ids["hall"], ids["s1"])
    page.publish_now("")
    page.move_session(ids["agile"], ids["room2"], ids["s3"])
    seen: list[str] = []

    def fill(dialog: PublishDialog) -> None:
        seen.append(dialog.changes.toPlainText())
        qtbot.keyClicks(dialog.message, "After lunch")
        qtbot.keyClick(dialog.message, Qt.Key.Key_Return)

    assert (
        with_dialog(
            PublishDialog, fill, lambda: qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
        )
        == []
    )
    expected = "v2: 'Agile in councils' moved from Hall 10:00 to Room 2 13:00"
    assert seen == [expected]
    versions = grid_service.versions(page.doc.db)
    assert [(v.number, v.message) for v in versions] == [(1, ""), (2, "After lunch")]
    assert page.report.toPlainText() == expected


def test_ctrl_m_picks_up_and_puts_down(setup: tuple[GridPage, dict[str, int]], qtbot: QtBot) -> None:
    page, ids = setup
    page.unplaced.setFocus()
    qtbot.waitUntil(page.unplaced.hasFocus)
    qtbot.keyClick(page.unplaced, Qt.Key.Key_Home)
    qtbot.keyClick(page.unplaced, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert page.carrying == ids["agile"]
    page.table.setCurrentIndex(page.model.index(3, 0))  # 13:00, Hall
    qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert page.carrying is None and "Agile in councils" in cell_text(page, 3, 0)


def test_a_session_no_room_can_take_is_listed_with_the_reason_and_publish_warns(
    setup: tuple[GridPage, dict[str, int]], qtbot: QtBot
) -> None:
    page, _ = setup
    tea = pitches.add_pitch(
        page.doc.db, PitchInput("Tea and sympathy", hosts=("Zoë",), demand=15, needs=("whiteboard",))
    ).id
    page.doc.notify("sessions")
    page.time_limit.setValue(0.5)
    page.suggest()
    qtbot.waitUntil(lambda: page.last_suggestion is not None, timeout=20_000)
    report = page.report.toPlainText()
    assert "1 session left out (15 people): “Tea and sympathy”" in report
    problems = [page.problem_list.item(i).text() for i in range(page.problem_list.count())]
    assert "“Tea and sympathy” is left out (15 people): needs whiteboard, which no room has." in problems
    assert page.counts.text() == "2 placed · 1 unplaced · 1 problem"
    # Activating the problem shows the session where it is: in the unplaced list.
    page.problem_list.setCurrentRow(problems.index(next(p for p in problems if "Tea" in p)))
    page._show_problem(page.problem_list.currentItem())
    assert page.unplaced_model.session(page.unplaced.currentIndex().row()).id == tea
    seen: list[str] = []

    def look(dialog: PublishDialog) -> None:
        seen.append(dialog.left_out.text() if dialog.left_out.isVisibleTo(dialog) else "")
        dialog.reject()

    with_dialog(PublishDialog, look, page.publish)
    assert seen == [
        "⚠ 1 session left out (15 people): “Tea and sympathy”. They will not be in this version of the grid."
    ]


def test_a_full_grid_says_there_is_no_free_cell(setup: tuple[GridPage, dict[str, int]]) -> None:
    page, _ = setup
    for title in ("A", "B", "C", "D", "E", "F", "G", "H", "I", "J"):
        pitches.add_pitch(page.doc.db, PitchInput(f"Session {title}", hosts=(title,), demand=5))
    state = grid_service.grid_state(page.doc.db)
    cells = [(r.id, s.id) for s in state.slots if s.kind.value == "session" for r in state.rooms]
    for session, (room, slot) in zip(state.unplaced, cells, strict=False):
        page.move_session(session.id, room, slot)
    messages = [p.message for p in grid_service.problems(grid_service.grid_state(page.doc.db))]
    left = [m for m in messages if "left out" in m]
    assert len(left) == 3
    assert all(m.endswith("no free cell: every room is taken in every session slot.") for m in left)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen cannot raise a window
def test_the_projector_has_a_way_out_and_no_traceback_after_it_closes(
    setup: tuple[GridPage, dict[str, int]], qtbot: QtBot
) -> None:
    page, ids = setup
    page.open_projector()
    window = page._projector
    assert isinstance(window, ProjectorWindow)
    assert window.close_button.isVisible() and "Esc" in window.close_button.text()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # closes at once, full screen or not
    qtbot.waitUntil(lambda: page._projector is None)
    # The event changing after the window has gone reaches nothing that was deleted.
    page.move_session(ids["agile"], ids["hall"], ids["s1"])
    page.doc.notify("grid")
    page.open_projector()
    assert page._projector is not None
    qtbot.mouseClick(page._projector.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page._projector is None)
    page.doc.notify("grid")


def test_the_carried_cell_is_unmistakable(setup: tuple[GridPage, dict[str, int]], qtbot: QtBot) -> None:
    page, ids = setup
    page.move_session(ids["agile"], ids["hall"], ids["s1"])
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    index = page.model.index(0, 0)
    assert cell_text(page, 0, 0).startswith("▶ CARRYING ▶")
    background = page.model.data(index, Qt.ItemDataRole.BackgroundRole).color()
    other = page.model.data(page.model.index(0, 1), Qt.ItemDataRole.BackgroundRole)
    assert background.lightness() < 100 and other is None  # dark, where every other cell is light
    assert page.model.data(index, Qt.ItemDataRole.FontRole).bold()
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert not cell_text(page, 0, 0).startswith("▶")
