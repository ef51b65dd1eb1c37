"""The desk's actions and an erasure seen from the main window's Edit menu (issue 10): a check-in is one
Undo there, and what cannot be undone leaves nothing to undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from govcamp.services import applicants as applicant_service
from govcamp.services import checkin
from govcamp.store.eventfile import open_event
from govcamp.ui.main_window import PHASES, MainWindow
from govcamp.ui.pages.checkin_page import CheckinPage
from govcamp.ui.privacy_dialogs import ErasePersonDialog
from tests.desk_data import Desk, make_desk


def _desk_window(qtbot: QtBot, event_path: Path) -> tuple[MainWindow, CheckinPage, Desk]:
    with open_event(event_path) as db:
        desk = make_desk(db)
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.open_path(event_path, interactive=False)
    assert window.view is not None
    window.show_phase([title for title, _promise in PHASES].index("Check-in"))
    page = window.view.page("Check-in")
    assert isinstance(page, CheckinPage)
    qtbot.waitUntil(page.input.hasFocus)
    return window, page, desk


def _edit_menu_undo(window: MainWindow) -> QAction:
    """The Undo item as the Edit menu holds it."""
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    undo = edit.actions()[0]  # type: ignore[union-attr]
    assert undo is window.undo_action and undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    return undo


def test_a_check_in_is_undone_from_the_edit_menu(qtbot: QtBot, event_path: Path) -> None:
    window, page, desk = _desk_window(qtbot, event_path)
    assert window.doc is not None
    undo = _edit_menu_undo(window)
    assert not undo.isEnabled()
    qtbot.keyClicks(page.input, "NOELCODE")
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    db = window.doc.db
    assert checkin.look_up(db, [desk.noel])[desk.noel].state == "checked_in"
    assert undo.isEnabled() and undo.text() == "&Undo Check in Noël Martin"
    assert "1</b> checked in" in page.counts_label.text()

    undo.trigger()
    assert checkin.look_up(db, [desk.noel])[desk.noel].state == "drawn"
    assert "0</b> checked in" in page.counts_label.text()  # the page heard the undo
    assert not undo.isEnabled() and window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert checkin.look_up(db, [desk.noel])[desk.noel].state == "checked_in"
    assert "1</b> checked in" in page.counts_label.text()
    window.close_event()


def test_an_erasure_leaves_nothing_to_undo(qtbot: QtBot, event_path: Path) -> None:
    window, page, desk = _desk_window(qtbot, event_path)
    assert window.doc is not None
    qtbot.keyClicks(page.input, "TOMOSCDE")
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    undo = _edit_menu_undo(window)
    assert undo.isEnabled()  # the check-in could be undone…

    dialog = ErasePersonDialog(window.doc, desk.tomos, "Tomos", window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.understood.setChecked(True)
    dialog.confirm.click()
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=20000)
    assert "Erased the personal data of" in dialog.details.toPlainText()
    # …but its step remembers a person who is gone: no Undo is offered for anything before the erasure.
    assert not undo.isEnabled() and undo.text() == "&Undo"
    assert window.doc.undo_stack.count() == 0
    assert desk.tomos not in {v.id for v in applicant_service.list_applicants(window.doc.db)}
    assert "0</b> checked in" in page.counts_label.text()  # the desk heard of it
    dialog.close()
    window.close_event()
