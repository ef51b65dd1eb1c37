"""Two windows on one shared event editing one session: the second save is refused, and it says by whom."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.domain.values import RoomInput
from govcamp.services import applicants as applicant_service
from govcamp.services import pitches, rooms
from govcamp.services.eventfiles import open_event_file
from govcamp.services.sharing import share_event
from govcamp.services.versions import ChangedElsewhereError
from govcamp.store.eventfile import open_event
from govcamp.ui import commands
from govcamp.ui.applicants_commands import edit_person
from govcamp.ui.dialogs import RoomDialog
from govcamp.ui.document import EventDocument
from govcamp.ui.main_window import PHASES, MainWindow
from govcamp.ui.pages.event_page import EventPage
from govcamp.ui.pages.pitches_page import PitchesPage
from govcamp.ui.pitches_model import PitchesModel
from tests import notes_data as data
from tests.ui.helpers import with_dialog


def _open(qtbot: QtBot, url: str, desk: str) -> tuple[MainWindow, PitchesPage]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(url, interactive=False)
    assert window.doc is not None and window.view is not None
    window.doc.desk = desk
    window.show_phase([title for title, _promise in PHASES].index("Pitches"))
    page = window.view.page("Pitches")
    assert isinstance(page, PitchesPage)
    listener = window.doc.live.listener
    assert listener is not None
    qtbot.waitUntil(listener.connected.is_set, timeout=10_000)
    return window, page


@pytest.fixture
def shared(event_path: Path, pg_url: str) -> Iterator[str]:
    with open_event(event_path) as db:
        data.session_(db, "Open data", hosts=[("Siân Evans", None)])
        data.session_(db, "Agile in councils", hosts=[("Tomás", None)])
    share_event(event_path, pg_url)
    yield pg_url


def _title(page: PitchesPage, row: int) -> str:
    return str(page.model.index(row, PitchesModel.TITLE).data())


def test_the_second_window_saving_one_session_is_refused_and_shows_the_first_ones_change(
    qtbot: QtBot, shared: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    first, page1 = _open(qtbot, shared, "Desk 1")
    second, page2 = _open(qtbot, shared, "Desk 2")
    row = page2.model.row_of(pitches.find_session(page2.doc.db, "Open data").id)
    assert _title(page1, row) == _title(page2, row) == "Open data"

    # Desk 2 starts retyping the title in place…
    cell = page2.model.index(row, PitchesModel.TITLE)
    page2.table.setCurrentIndex(cell)
    page2.table.edit(cell)
    editor = page2.table.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    # …while Desk 1 saves its own change to the same session, which Desk 2's list follows live.
    assert page1.model.setData(page1.model.index(row, PitchesModel.TITLE), "Open data for councils")
    qtbot.waitUntil(lambda: _title(page2, row) == "Open data for councils", timeout=3000)
    assert page2.table.findChild(QLineEdit) is editor  # Desk 2's editor is still open, with its text

    editor.selectAll()
    qtbot.keyClicks(editor, "Open data, my version")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    title, text = shown[-1]
    assert title == "Edit pitch"
    assert re.fullmatch(r"“Open data for councils” was changed on Desk 1 at \d\d:\d\d — reloaded\.", text)
    assert second.doc is not None
    stored = pitches.find_session(second.doc.db, "Open data for councils")
    assert stored.host_names == ("Siân Evans",)
    assert _title(page2, row) == "Open data for councils"  # the window shows theirs, not the typed text
    assert not second.doc.undo_stack.canUndo()  # nothing of the refused save became a step
    # The refused save changed nothing, so Desk 1's own edit is still the latest: its Undo goes through.
    assert first.doc is not None and first.doc.undo_stack.canUndo()
    first.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: _title(page2, row) == "Open data", timeout=3000)


def test_undo_of_a_change_another_window_has_since_changed_is_refused(
    qtbot: QtBot, shared: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    first, page1 = _open(qtbot, shared, "Desk 1")
    second, page2 = _open(qtbot, shared, "Desk 2")
    assert first.doc is not None and second.doc is not None
    row = page1.model.row_of(pitches.find_session(first.doc.db, "Agile in councils").id)
    assert page1.model.setData(page1.model.index(row, PitchesModel.HOSTS), "Tomás, Ana")
    qtbot.waitUntil(lambda: "Ana" in str(page2.model.index(row, PitchesModel.HOSTS).data()), timeout=3000)
    assert page2.model.setData(page2.model.index(row, PitchesModel.TITLE), "Agile in local government")
    first.doc.undo_stack.undo()
    assert shown and shown[-1][0] == "Cannot undo “Edit “Agile in councils””"
    assert shown[-1][1].startswith("“Agile in local government” was changed on Desk 2 at ")
    stored = pitches.get_session(first.doc.db, page1.model.session(row).id)
    assert (stored.title, stored.host_names) == ("Agile in local government", ("Tomás", "Ana"))
    assert first.doc.undo_stack.canUndo()  # the step stays, as the stack did not move
    # Desk 2's own edit is the latest, so its undo goes through.
    second.doc.undo_stack.undo()
    assert pitches.get_session(first.doc.db, stored.id).title == "Agile in councils"


def test_a_room_dialog_refused_keeps_what_was_typed_and_the_list_shows_the_other_desks_change(
    qtbot: QtBot, event_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    desk1, desk2 = EventDocument(open_event_file(event_path)), EventDocument(open_event_file(event_path))
    desk1.desk, desk2.desk = "Desk 1", "Desk 2"
    try:
        hall = rooms.add_room(desk1.db, RoomInput("Hall", 100)).id
        page = EventPage(desk2)
        qtbot.addWidget(page)
        page.show()
        page.select_room(hall)
        seen_by_desk2 = page.selected_room()
        assert seen_by_desk2 is not None and seen_by_desk2.name == "Hall"
        typed: list[str] = []

        def type_and_save(dialog: RoomDialog) -> None:
            # Desk 1 saves while Desk 2's dialog is open.
            commands.edit_room(desk1, hall, RoomInput("Great Hall", 120), seen=seen_by_desk2.version)
            dialog.name.setText("Hall (downstairs)")
            dialog.accept()
            assert dialog.isVisible()  # refused: the dialog stays, with the typing
            typed.append(dialog.name.text())
            typed.append(dialog.error.text())
            dialog.reject()

        assert with_dialog(RoomDialog, type_and_save, page.edit_room) == []
        assert typed[0] == "Hall (downstairs)"
        assert re.fullmatch(r"“Great Hall” was changed on Desk 1 at \d\d:\d\d — reloaded\.", typed[1])
        shown = page.selected_room()
        assert shown is not None and (shown.name, shown.capacity) == ("Great Hall", 120)
        assert rooms.get_room(desk2.db, hall).name == "Great Hall"
        assert not desk2.undo_stack.canUndo()
        # Desk 2's own later edit makes Desk 1's Undo a clobber: it is refused and Desk 2's name stays.
        commands.edit_room(desk2, hall, RoomInput("Hall (downstairs)", 120), seen=shown.version)
        desk1.undo_stack.undo()
        assert warned and warned[-1].startswith("“Hall (downstairs)” was changed on Desk 2 at ")
        assert rooms.get_room(desk1.db, hall).name == "Hall (downstairs)"
        assert desk1.undo_stack.canUndo()
    finally:
        desk1.close()
        desk2.close()


def test_a_person_edited_on_a_stale_view_is_refused_and_undo_does_not_clobber(
    qtbot: QtBot, event_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    desk1, desk2 = EventDocument(open_event_file(event_path)), EventDocument(open_event_file(event_path))
    desk1.desk, desk2.desk = "Welcome desk", "Desk 2"
    try:
        person = data.person(desk1.db, "Siân Evans", consent=True)
        seen_by_desk2 = applicant_service.get_applicant(desk2.db, person)
        mine = applicant_service.get_applicant(desk1.db, person)
        edit_person(desk1, replace(mine, pronouns="she/her"))
        with pytest.raises(ChangedElsewhereError) as refused:
            edit_person(desk2, replace(seen_by_desk2, full_name="Sian Evans-Jones"))
        assert str(refused.value).startswith("“Siân Evans” was changed on Welcome desk at ")
        fresh = applicant_service.get_applicant(desk2.db, person)
        assert (fresh.full_name, fresh.pronouns) == ("Siân Evans", "she/her")
        edit_person(desk2, replace(fresh, badge_name="Siân E."))
        desk1.undo_stack.undo()  # would take the pronouns away over Desk 2's newer save
        assert warned and "was changed on Desk 2 at " in warned[-1]
        now = applicant_service.get_applicant(desk1.db, person)
        assert (now.pronouns, now.badge_name) == ("she/her", "Siân E.")
        desk2.undo_stack.undo()  # Desk 2's own, still the latest: fine
        assert applicant_service.get_applicant(desk1.db, person).badge_name == "Siân Evans"
    finally:
        desk1.close()
        desk2.close()
