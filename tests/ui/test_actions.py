"""The one entry for actions (issue 10), driven through real pages and the real window.

What cannot be undone asks first and then clears Undo (Cancel does nothing); a refusal is shown in words
and leaves the undo stack where it was; a move that touches several rows is one Ctrl+Z; destructive
edits say what will happen, naming the sessions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.domain.pitching import PitchInput
from govcamp.domain.values import RoomInput
from govcamp.services import applicants as applicant_service
from govcamp.services import grid as grid_service
from govcamp.services import lottery as lottery_service
from govcamp.services import pitches as pitch_service
from govcamp.services import rooms as room_service
from govcamp.services.eventfiles import EventDB, open_event_file
from govcamp.ui import commands
from govcamp.ui.actions import IRREVERSIBLE_NOTE, Topic
from govcamp.ui.document import EventDocument
from govcamp.ui.main_window import MainWindow
from govcamp.ui.pages.applicants_page import ApplicantsPage
from govcamp.ui.pages.event_page import EventPage
from govcamp.ui.pages.grid_page import GridPage
from govcamp.ui.pages.pitches_page import PitchesPage
from tests.services.grid_fixtures import small_event
from tests.ui.helpers import with_dialog


@pytest.fixture
def doc(event_path: Path) -> Iterator[EventDocument]:
    document = EventDocument(open_event_file(event_path))
    yield document
    document.close()


def _people(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "people.csv"
    rows = [f"Person {i},p{i}@example.org,Org {i % 5},Local government" for i in range(n)]
    path.write_text("Name,Email,Organisation,Sector\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _answer(button: QMessageBox.StandardButton, seen: list[QMessageBox | tuple[str, str]]) -> object:
    def click(box: QMessageBox) -> None:
        seen.append((box.text(), box.informativeText()))
        box.button(button).click()

    return click


def _placed(db: EventDB) -> dict[str, int]:
    """The small event with two sessions on the grid: Agile in Hall 10:00, Cyber in Room 2 11:00."""
    ids = small_event(db)
    ids["agile"] = pitch_service.add_pitch(db, PitchInput("Agile in councils", hosts=("Siân",), demand=30)).id
    ids["cyber"] = pitch_service.add_pitch(db, PitchInput("Cyber after an incident", hosts=("Zoë",))).id
    grid_service.move(db, ids["agile"], ids["hall"], ids["s1"])
    grid_service.move(db, ids["cyber"], ids["room2"], ids["s2"])
    return ids


def test_commit_asks_cancel_does_nothing_yes_commits_and_clears_undo(
    qtbot: QtBot, doc: EventDocument, tmp_path: Path
) -> None:
    applicant_service.import_applicants(doc.db, _people(tmp_path, 25))
    page = ApplicantsPage(doc)
    qtbot.addWidget(page)
    page.show()
    tab = page.lottery
    tab.places.setValue(12)
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert doc.undo_stack.count() == 1

    seen: list[QMessageBox | tuple[str, str]] = []
    no = _answer(QMessageBox.StandardButton.Cancel, seen)
    assert with_dialog(QMessageBox, no, tab.commit_button.click) == []  # type: ignore[arg-type]
    assert lottery_service.status(doc.db).stage == "draft"
    assert doc.undo_stack.undoText() == "Change the lottery rules"

    yes = _answer(QMessageBox.StandardButton.Yes, seen)
    assert with_dialog(QMessageBox, yes, tab.commit_button.click) == []  # type: ignore[arg-type]
    assert seen[0] == seen[1]
    text, details = seen[1]  # type: ignore[misc]
    assert text == "Commit 25 people and the rules (12 places)?"
    assert IRREVERSIBLE_NOTE in details
    assert lottery_service.status(doc.db).stage == "committed"
    assert doc.undo_stack.count() == 0 and not doc.undo_stack.canUndo()
    assert len(tab.digest.text()) == 64  # the page heard the lottery change


def test_reset_draw_names_what_goes_back_and_cancel_keeps_the_draw(
    qtbot: QtBot, doc: EventDocument, tmp_path: Path
) -> None:
    applicant_service.import_applicants(doc.db, _people(tmp_path, 8))
    lottery_service.set_rules(doc.db, places=3)
    lottery_service.commit(doc.db)
    lottery_service.draw(doc.db, "seed")
    page = ApplicantsPage(doc)
    qtbot.addWidget(page)
    page.show()
    seen: list[QMessageBox | tuple[str, str]] = []
    cancel = _answer(QMessageBox.StandardButton.Cancel, seen)
    assert with_dialog(QMessageBox, cancel, page.lottery.reset_button.click) == []  # type: ignore[arg-type]
    assert seen[0][0] == (  # type: ignore[index]
        "Reset the draw with seed “seed”? All 8 people — 0 always in, 3 drawn and 5 on the waiting "
        "list — go back to “applied”."
    )
    assert lottery_service.status(doc.db).stage == "drawn"


def test_a_refusal_is_shown_in_words_and_the_stack_stays(
    qtbot: QtBot, doc: EventDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    page = EventPage(doc)
    qtbot.addWidget(page)
    hall = commands.add_room(doc, RoomInput("Hall", 100, ()))
    commands.add_room(doc, RoomInput("Room 2", 20, ()))
    assert doc.undo_stack.count() == 2

    # Renaming Room 2 to Hall is refused by the service: one sentence, nothing pushed.
    assert doc.actions.run(commands.edit_room_action(hall.id + 1, RoomInput("Hall", 20, ())), page) is None
    assert len(shown) == 1 and shown[0][0] == "Edit room"
    assert "Hall" in shown[0][1] and "Error" not in shown[0][1]
    assert doc.undo_stack.count() == 2 and doc.undo_stack.index() == 2
    assert doc.undo_stack.undoText() == "Add room “Room 2”"

    # An undo the event can no longer do (the room went behind the window's back) moves nothing either.
    room_service.remove_room(doc.db, hall.id + 1)
    doc.undo_stack.undo()
    assert len(shown) == 2 and shown[1][0] == "Cannot undo “Add room “Room 2””"
    assert doc.undo_stack.index() == 2
    assert [r.name for r in page.rooms_model.values()] == ["Hall", "Room 2"]  # not told of a change


def test_a_swap_touches_two_rows_and_one_ctrl_z_puts_both_back(
    qtbot: QtBot, event_path: Path, tmp_path: Path
) -> None:
    db = open_event_file(event_path)
    ids = _placed(db)
    db.close()
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.open_path(event_path)
    assert window.view is not None and window.doc is not None
    window.show_phase(4)
    page = window.view.page("Grid")
    assert isinstance(page, GridPage)
    qtbot.waitUntil(lambda: page.state is not None)
    # Agile onto Cyber's cell: both sessions move, as one step.
    assert page.move_session(ids["agile"], ids["room2"], ids["s2"])
    doc_db = window.doc.db
    where = {s.title: (s.room_id, s.slot_id) for s in pitch_service.list_sessions(doc_db)}
    assert where["Agile in councils"] == (ids["room2"], ids["s2"])
    assert where["Cyber after an incident"] == (ids["hall"], ids["s1"])
    assert window.undo_action.text() == "&Undo Swap “Agile in councils”"

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    where = {s.title: (s.room_id, s.slot_id) for s in pitch_service.list_sessions(doc_db)}
    assert where["Agile in councils"] == (ids["hall"], ids["s1"])
    assert where["Cyber after an incident"] == (ids["room2"], ids["s2"])
    assert not window.undo_action.isEnabled()
    assert "Agile in councils" in str(page.model.data(page.model.index(0, 0)))  # the page heard it
    window.close_event()


def test_removing_a_room_that_holds_sessions_names_them_first(qtbot: QtBot, doc: EventDocument) -> None:
    ids = _placed(doc.db)
    page = EventPage(doc)
    qtbot.addWidget(page)
    page.show()
    page.select_room(ids["hall"])
    seen: list[QMessageBox | tuple[str, str]] = []
    cancel = _answer(QMessageBox.StandardButton.Cancel, seen)
    assert with_dialog(QMessageBox, cancel, page.remove_room_button.click) == []  # type: ignore[arg-type]
    assert seen[0][0] == (  # type: ignore[index]
        "Remove “Hall”? Its 1 session will be taken off the grid: “Agile in councils” (10:00)."
    )
    assert [r.name for r in room_service.list_rooms(doc.db)] == ["Hall", "Room 2", "Quiet"]

    yes = _answer(QMessageBox.StandardButton.Yes, seen)
    assert with_dialog(QMessageBox, yes, page.remove_room_button.click) == []  # type: ignore[arg-type]
    assert [r.name for r in room_service.list_rooms(doc.db)] == ["Room 2", "Quiet"]
    assert not pitch_service.get_session(doc.db, ids["agile"]).placed
    doc.undo_stack.undo()
    assert pitch_service.get_session(doc.db, ids["agile"]).room_id == ids["hall"]

    # A room with nothing in it goes without a question.
    page.select_room(ids["quiet"])
    page.remove_room_button.click()
    assert [r.name for r in room_service.list_rooms(doc.db)] == ["Hall", "Room 2"]


def test_withdrawing_a_placed_session_says_which_cell_it_leaves(qtbot: QtBot, doc: EventDocument) -> None:
    ids = _placed(doc.db)
    page = PitchesPage(doc)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(page.model.row_of(ids["cyber"]))
    seen: list[QMessageBox | tuple[str, str]] = []
    yes = _answer(QMessageBox.StandardButton.Yes, seen)
    assert with_dialog(QMessageBox, yes, page.withdraw_button.click) == []  # type: ignore[arg-type]
    assert seen[0][0] == (  # type: ignore[index]
        "Withdraw “Cyber after an incident”? It comes off the grid: Room 2 at 11:00 will be empty."
    )
    assert pitch_service.get_session(doc.db, ids["cyber"]).withdrawn
    doc.undo_stack.undo()
    cyber = pitch_service.get_session(doc.db, ids["cyber"])
    assert not cyber.withdrawn and cyber.room_id == ids["room2"]


def test_pages_hear_typed_topics_and_old_words_still_arrive(qtbot: QtBot, doc: EventDocument) -> None:
    heard: list[Topic] = []
    words: list[str] = []
    page = EventPage(doc)
    qtbot.addWidget(page)
    doc.subscribe(page, Topic.GRID, heard.append)
    doc.changed.connect(words.append)
    commands.add_room(doc, RoomInput("Hall", 100, ()))
    assert heard == [Topic.ROOMS | Topic.GRID]
    assert words == ["rooms", "grid"]
    doc.notify("checkin")  # the old way, for a page not yet converted
    assert words[-1] == "checkin" and heard == [Topic.ROOMS | Topic.GRID]


def test_a_macro_of_several_service_calls_is_one_ctrl_z(qtbot: QtBot, doc: EventDocument) -> None:
    from govcamp.ui.actions import Action, Change, Macro, Reverse

    ids = small_event(doc.db)
    page = EventPage(doc)
    qtbot.addWidget(page)
    doc.undo_stack.clear()

    def move(room_id: int, to: int, back: int) -> Reverse:
        return Reverse(
            "Move room",
            Topic.ROOMS,
            undo=lambda db: room_service.move_room(db, room_id, back),
            redo=lambda db: room_service.move_room(db, room_id, to),
        )

    def run(db: EventDB) -> Change[None]:
        # Quiet to the front, then Hall to the back: two service calls, one change for the person.
        room_service.move_room(db, ids["quiet"], 0)
        room_service.move_room(db, ids["hall"], 2)
        return Change(None, Macro("Reorder rooms", [move(ids["quiet"], 0, 2), move(ids["hall"], 2, 1)]))

    doc.actions.run(Action("Reorder rooms", run, Topic.ROOMS), page)
    assert [r.name for r in page.rooms_model.values()] == ["Quiet", "Room 2", "Hall"]
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert [r.name for r in page.rooms_model.values()] == ["Hall", "Room 2", "Quiet"]
    doc.undo_stack.redo()
    assert [r.name for r in page.rooms_model.values()] == ["Quiet", "Room 2", "Hall"]


def test_the_old_service_command_api_still_works_through_the_entry(
    qtbot: QtBot, doc: EventDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page written on the old pattern (ServiceCommand, push_done, doc.notify) keeps working."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    words: list[str] = []
    doc.changed.connect(words.append)

    class AddHall(commands.ServiceCommand):
        topic = "rooms"

        def __init__(self, doc: EventDocument, room_id: int) -> None:
            super().__init__(doc, "Add the hall")
            self.room_id = room_id
            self.snapshot: room_service.RoomSnapshot | None = None

        def apply(self) -> None:
            assert self.snapshot is not None
            room_service.restore_room(self.doc.db, self.snapshot)

        def revert(self) -> None:
            self.snapshot = room_service.remove_room(self.doc.db, self.room_id)

    hall = room_service.add_room(doc.db, RoomInput("Hall", 100, ()))
    commands.push_done(doc, AddHall(doc, hall.id))
    assert words == ["rooms"] and doc.undo_stack.undoText() == "Add the hall"
    doc.undo_stack.undo()
    assert room_service.list_rooms(doc.db) == [] and words[-1] == "rooms"
    doc.undo_stack.redo()
    assert [r.name for r in room_service.list_rooms(doc.db)] == ["Hall"]
    room_service.remove_room(doc.db, hall.id)  # gone behind its back: the undo is refused, in words
    doc.undo_stack.undo()
    assert doc.undo_stack.index() == 1 and len(shown) == 1


def test_long_work_runs_off_the_window_thread_and_other_changes_wait(
    qtbot: QtBot, doc: EventDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    from collections.abc import Generator

    from govcamp.ui.actions import Action, Change
    from govcamp.ui.workers import Progress

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    page = EventPage(doc)
    qtbot.addWidget(page)
    release = threading.Event()
    threads: list[threading.Thread] = []

    def steps(db: EventDB) -> Generator[Progress, None, Change[str]]:
        threads.append(threading.current_thread())
        yield 0, 2, "Adding the hall…"
        release.wait(10)
        hall = room_service.add_room(db, RoomInput("Hall", 100, ()))
        yield 2, 2, "Done."
        return Change(hall.name, commands.RoomAdded(hall))

    done: list[str] = []
    task = doc.actions.start(Action.long("Add the hall", steps, Topic.ROOMS), page, on_done=done.append)
    assert task is not None and doc.actions.busy == "Add the hall"
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    # Meanwhile another change is refused in words, and nothing is written or pushed.
    assert doc.actions.run(commands.add_room_action(RoomInput("Room 2", 20, ())), page) is None
    assert told == ["Wait for “Add the hall” to finish, then try again."]
    assert room_service.list_rooms(doc.db) == [] and doc.undo_stack.count() == 0
    release.set()
    qtbot.waitUntil(lambda: done == ["Hall"])
    assert doc.actions.busy == "" and doc.undo_stack.undoText() == "Add room “Hall”"
    assert [r.name for r in page.rooms_model.values()] == ["Hall"]
    doc.undo_stack.undo()
    assert room_service.list_rooms(doc.db) == []
