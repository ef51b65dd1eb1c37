"""The main window driven like a person would: dialogs, keyboard, undo, close and reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from govcamp.services import rooms as room_service
from govcamp.services import slots as slot_service
from govcamp.store.eventfile import open_event
from govcamp.ui.dialogs import NewEventDialog, RoomDialog, SlotDialog
from govcamp.ui.main_window import PHASES, MainWindow
from tests.ui.helpers import with_dialog


def ok(dialog: NewEventDialog | RoomDialog | SlotDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def make_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Offscreen Qt does not hand activation back to the window after a dialog closes; a desktop does."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def create_event(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    def fill(dialog: NewEventDialog) -> None:
        qtbot.keyClicks(dialog.name, "LocalGovCamp Ceredigion 2027")
        dialog.start.setDate(QDate(2027, 6, 19))
        qtbot.keyClicks(dialog.venue, "Aberystwyth Arts Centre")
        dialog.path.clear()
        qtbot.keyClicks(dialog.path, str(path))
        ok(dialog)

    assert (
        with_dialog(
            NewEventDialog,
            fill,
            lambda: qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton),
        )
        == []
    )


def add_room(
    qtbot: QtBot, window: MainWindow, name: str, capacity: int, features: tuple[str, ...]
) -> list[str]:
    def fill(dialog: RoomDialog) -> None:
        qtbot.keyClicks(dialog.name, name)
        dialog.capacity.setValue(capacity)
        for code in features:
            dialog.feature_boxes[code].setChecked(True)
        ok(dialog)

    assert window.view is not None
    page = window.view.event_page
    return with_dialog(
        RoomDialog, fill, lambda: qtbot.mouseClick(page.add_room_button, Qt.MouseButton.LeftButton)
    )


def add_slot(qtbot: QtBot, window: MainWindow, start: QTime, end: QTime, label: str) -> list[str]:
    def fill(dialog: SlotDialog) -> None:
        dialog.start.setTime(start)
        dialog.end.setTime(end)
        qtbot.keyClicks(dialog.label, label)
        ok(dialog)

    assert window.view is not None
    page = window.view.event_page
    activate(qtbot, window)
    return with_dialog(
        SlotDialog,
        fill,
        lambda: qtbot.keyClick(
            page, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ),
    )


def test_welcome_screen_when_nothing_is_open(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "govcamp"
    assert window.welcome.no_recent.isVisible()
    assert not window.close_action.isEnabled()


def test_create_event_add_rooms_and_slots_undo_redo_close_and_reopen(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "ceredigion.govcamp"
    window = make_window(qtbot)
    create_event(qtbot, window, path)
    assert path.exists()
    assert window.windowTitle() == "LocalGovCamp Ceredigion 2027 — ceredigion.govcamp — govcamp"
    assert window.view is not None
    page = window.view.event_page
    assert page.rooms_empty.isVisible()

    assert add_room(qtbot, window, "Theatre", 120, ("step_free", "hearing_loop", "screen")) == []
    assert add_room(qtbot, window, "Studio", 40, ("screen",)) == []
    assert add_slot(qtbot, window, QTime(10, 0), QTime(10, 50), "Session 1") == []
    assert add_slot(qtbot, window, QTime(11, 0), QTime(11, 50), "Session 2") == []
    assert page.rooms_model.rowCount() == 2
    assert page.slots_model.rowCount() == 2
    assert not page.rooms_empty.isVisible()
    assert page.rooms_model.index(0, 2).data() == "Hearing loop, Screen, Step-free"

    # A clashing slot is refused inside the dialog, which stays open with the reason.
    def clash(dialog: SlotDialog) -> None:
        dialog.start.setTime(QTime(10, 30))
        dialog.end.setTime(QTime(11, 30))
        ok(dialog)
        assert dialog.isVisible()
        assert "overlaps" in dialog.error.text()
        dialog.reject()

    assert with_dialog(SlotDialog, clash, page.add_slot) == []
    assert page.slots_model.rowCount() == 2

    # Undo the last slot with the keyboard, then redo it.
    assert window.undo_action.text() == "&Undo Add slot 11:00–11:50"
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.slots_model.rowCount() == 1
    window.redo_action.trigger()
    assert page.slots_model.rowCount() == 2

    # Remove a room with Delete, undo brings it back in its place.
    activate(qtbot, window)
    page.rooms_view.setFocus()
    page.rooms_view.selectRow(0)
    qtbot.keyClick(page.rooms_view, Qt.Key.Key_Delete)
    assert [r.name for r in page.rooms_model.values()] == ["Studio"]
    window.undo_action.trigger()
    assert [r.name for r in page.rooms_model.values()] == ["Theatre", "Studio"]

    # Reorder with Ctrl+Down; undo and redo the move.
    page.rooms_view.selectRow(0)
    qtbot.keyClick(page.rooms_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [r.name for r in page.rooms_model.values()] == ["Studio", "Theatre"]
    window.undo_action.trigger()
    assert [r.name for r in page.rooms_model.values()] == ["Theatre", "Studio"]

    # Edit the venue in place; the change is one undo step.
    page.venue.clear()
    qtbot.keyClicks(page.venue, "Canolfan y Celfyddydau, Aberystwyth")
    page.venue.editingFinished.emit()
    assert window.undo_action.text() == "&Undo Edit event details"

    window.close_action.trigger()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1

    # The file holds it all, checked without the window.
    with open_event(path) as db:
        assert [(r.name, r.capacity) for r in room_service.list_rooms(db)] == [
            ("Theatre", 120),
            ("Studio", 40),
        ]
        assert [s.label for s in slot_service.list_slots(db)] == ["Session 1", "Session 2"]

    # Reopen from the recent list and find everything.
    item = window.welcome.recent.item(0)
    window.welcome.recent.itemActivated.emit(item)
    assert window.view is not None
    page = window.view.event_page
    assert [r.name for r in page.rooms_model.values()] == ["Theatre", "Studio"]
    assert [s.label for s in page.slots_model.values()] == ["Session 1", "Session 2"]
    assert page.venue.text() == "Canolfan y Celfyddydau, Aberystwyth"


def test_room_dialog_refuses_a_duplicate_name_and_keeps_the_typing(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    create_event(qtbot, window, tmp_path / "a.govcamp")
    assert add_room(qtbot, window, "Theatre", 120, ()) == []
    problems = add_room(qtbot, window, "theatre", 10, ())
    assert len(problems) == 1 and "already a room called “Theatre”" in problems[0]
    assert window.view is not None
    assert window.view.event_page.rooms_model.rowCount() == 1


def test_bad_event_dates_show_an_error_and_store_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    create_event(qtbot, window, tmp_path / "a.govcamp")
    assert window.view is not None
    page = window.view.event_page
    page.end.setDate(QDate(2027, 6, 1))
    page.save_details()
    assert page.details_error.isVisible()
    assert "before it starts" in page.details_error.text()
    assert not window.undo_action.isEnabled()


def test_the_contact_email_is_typed_on_the_event_page_and_undone(qtbot: QtBot, tmp_path: Path) -> None:
    from govcamp.services import event as event_service

    window = make_window(qtbot)
    create_event(qtbot, window, tmp_path / "a.govcamp")
    assert window.view is not None
    page = window.view.event_page
    qtbot.keyClicks(page.contact_email, "not an address")
    page.save_details()
    assert page.details_error.isVisible() and "not an email address" in page.details_error.text()
    page.contact_email.clear()
    qtbot.keyClicks(page.contact_email, "hello@camp.example.org")
    page.save_details()
    assert not page.details_error.isVisible()
    assert event_service.get_details(window.view.doc.db).contact_email == "hello@camp.example.org"
    window.undo_action.trigger()
    assert event_service.get_details(window.view.doc.db).contact_email == ""
    assert page.contact_email.text() == ""


def test_opening_a_non_event_keeps_the_welcome_screen(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    path = tmp_path / "broken.govcamp"
    path.write_bytes(b"not an event at all")
    window = make_window(qtbot)
    assert window.open_path(path) is False
    assert window.stack.currentWidget() is window.welcome
    assert shown and "not a govcamp event file" in shown[0]
    assert path.read_bytes() == b"not an event at all"


def test_every_phase_has_a_page_and_a_shortcut(qtbot: QtBot, event_path: Path) -> None:
    window = make_window(qtbot)
    assert window.open_path(event_path)
    assert window.view is not None
    assert window.view.nav.count() == len(PHASES) == 7
    for number, (title, promise) in enumerate(PHASES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.view.nav.currentItem().text() == title
        if promise and title in window.view.coming:
            page = window.view.coming[title]
            assert window.view.pages.currentWidget() is page
            assert page.promise.text() == promise


def test_window_state_and_recent_files_persist(qtbot: QtBot, event_path: Path) -> None:
    window = make_window(qtbot)
    window.open_path(event_path)
    window.resize(760, 560)
    window.close()
    again = make_window(qtbot)
    assert again.welcome.recent.count() == 1
    assert again.welcome.recent.item(0).data(Qt.ItemDataRole.UserRole) == str(event_path.resolve())
    assert (again.size().width(), again.size().height()) == (760, 560)


def test_try_the_demo_writes_it_in_the_background_then_opens_it(qtbot: QtBot, govcamp_home: Path) -> None:
    window = make_window(qtbot)
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None, timeout=60_000)
    assert window.windowTitle().startswith("LocalGovCamp 2027 — localgovcamp-demo.govcamp")
    assert window.view is not None
    assert window.view.event_page.rooms_model.rowCount() == 8
    grid_facts = window.view.coming["Grid"].facts.text() if "Grid" in window.view.coming else ""
    assert grid_facts == "" or "8 rooms" in grid_facts
    assert (govcamp_home / "data" / "demo" / "localgovcamp-demo.govcamp").exists()


def test_save_a_copy_writes_a_whole_event(
    qtbot: QtBot, event_path: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "usb" / "backup"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window = make_window(qtbot)
    window.open_path(event_path)
    assert add_room(qtbot, window, "Theatre", 120, ()) == []
    window.copy_action.trigger()
    copy = target.with_suffix(".govcamp")
    with open_event(copy) as db:
        assert [r.name for r in room_service.list_rooms(db)] == ["Theatre"]


def test_backups_are_taken_and_can_be_restored_from_the_menu(
    qtbot: QtBot, event_path: Path, govcamp_home: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from govcamp.store import backups

    window = make_window(qtbot)
    window.open_path(event_path)  # opening takes the first automatic backup
    assert len(backups.list_backups(event_path, govcamp_home / "data" / "backups")) == 1
    assert add_room(qtbot, window, "Added later", 10, ()) == []
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *_a: (items[0], True))
    window.restore_action.trigger()
    assert window.view is not None
    assert window.view.event_page.rooms_model.rowCount() == 0
    assert list(event_path.parent.glob("camp.replaced-*.govcamp"))


def test_a_refusal_is_not_followed_by_a_claim_that_it_saved(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from govcamp.domain.values import RoomInput
    from govcamp.services.demo import write_demo
    from govcamp.ui import commands

    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: QMessageBox.StandardButton.Ok)
    path = tmp_path / "demo.govcamp"
    write_demo(path)
    window = make_window(qtbot)
    assert window.open_path(path, interactive=False)
    assert window.doc is not None
    assert window.status_label.text() == "Saved in demo.govcamp"
    first, second = room_service.list_rooms(window.doc.db)[:2]
    # Renaming a room to another room's name is refused: the status bar says why, and that nothing changed.
    edit = commands.edit_room_action(second.id, RoomInput(first.name, second.capacity, second.features))
    assert window.doc.actions.run(edit, window) is None
    message = window.statusBar().currentMessage()
    assert first.name in message
    assert window.status_label.text() == "Nothing changed in demo.govcamp"
    # Once the refusal goes, the usual line is back.
    window.statusBar().clearMessage()
    assert window.status_label.text() == "Saved in demo.govcamp"
    window.close_event()
