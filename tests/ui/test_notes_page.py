"""The Notes page driven like a note-taker: type, see "Saved", switch, close, and meet another window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from govcamp.services import notes
from govcamp.services.notes import NoteInput
from govcamp.store.eventfile import open_event
from govcamp.ui.document import EventDocument
from govcamp.ui.main_window import PHASES, MainWindow
from govcamp.ui.pages.notes_page import NotesPage
from tests import notes_data as data
from tests.ui.helpers import with_dialog


@pytest.fixture
def camp(event_path: Path) -> Path:
    with open_event(event_path) as db:
        hall = data.room(db, "Main Hall", 0)
        side = data.room(db, "Side Room", 1)
        early = data.slot(db, "10:00", "10:45")
        data.session_(db, "Agile in councils", hosts=[("Priya", None)], room_id=hall, slot_id=early)
        data.session_(
            db,
            "Digital inclusion",
            hosts=[("Siân", None)],
            room_id=side,
            slot_id=early,
            body="Broadband in rural Wales.",
            taker="Tom",
        )
    return event_path


@pytest.fixture
def page(qtbot: QtBot, camp: Path) -> Iterator[NotesPage]:
    doc = EventDocument(open_event(camp))
    widget = NotesPage(doc)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.flush()
    doc.close()


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a person: line breaks are the Return key."""
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


def stored(path: Path, session_id: int) -> str:
    with open_event(path) as db:
        return notes.get_note(db, session_id).note.body_md


def test_the_editor_opens_prefilled_and_saves_itself(qtbot: QtBot, page: NotesPage, camp: Path) -> None:
    assert page.sessions.count() == 2
    assert page.title.text() == "Agile in councils"
    assert "Hosted by Priya · Main Hall · Sat 27 Mar 10:00–10:45" in page.context.text()
    assert page.status.text() == "No notes yet"
    page.editor.setFocus()
    type_text(qtbot, page.editor, "# Agile\n\nSprints in social care")
    assert page.status.text() == "Editing…"
    qtbot.waitUntil(lambda: page.status.text() == "Saved", timeout=3000)
    assert stored(camp, 1) == "# Agile\n\nSprints in social care"
    assert "Sprints in social care" in page.preview.toPlainText()
    assert "# Agile" not in page.preview.toPlainText()  # rendered, not shown raw


def test_fields_and_actions_are_saved_too(qtbot: QtBot, page: NotesPage, camp: Path) -> None:
    qtbot.keyClicks(page.taker, "Zoe")  # QTest types ASCII only
    page.attendance.setValue(23)
    qtbot.keyClicks(page.links, "https://example.org/a")
    qtbot.keyClicks(page.new_action, "Share the slides")
    qtbot.keyClick(page.new_action, Qt.Key.Key_Return)
    page.action_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.status.text() == "Saved", timeout=3000)
    with open_event(camp) as db:
        note = notes.get_note(db, 1).note
    assert note.note_taker == "Zoe" and note.attendance == 23
    assert note.links == ("https://example.org/a",)
    assert [(a.text, a.done) for a in note.actions] == [("Share the slides", True)]


def test_switching_session_never_loses_typed_text(qtbot: QtBot, page: NotesPage, camp: Path) -> None:
    qtbot.keyClicks(page.editor, "typed just before switching")
    assert page.status.text() == "Editing…"  # the autosave has not fired yet
    page.sessions.setCurrentRow(1)
    assert page.title.text() == "Digital inclusion"
    assert page.editor.toPlainText() == "Broadband in rural Wales."
    assert page.taker.text() == "Tom"
    assert stored(camp, 1) == "typed just before switching"
    page.sessions.setCurrentRow(0)
    assert page.editor.toPlainText() == "typed just before switching"


def test_closing_the_window_never_loses_typed_text(qtbot: QtBot, camp: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(camp, interactive=False)
    assert window.view is not None
    window.show_phase([title for title, _ in PHASES].index("Notes"))
    page = window.view.built["Notes"]
    assert isinstance(page, NotesPage)
    qtbot.waitUntil(lambda: page.title.text() == "Agile in councils")
    qtbot.keyClicks(page.editor, "typed just before closing")
    window.close()
    assert stored(camp, 1) == "typed just before closing"


def test_another_window_saving_first_asks_which_to_keep(qtbot: QtBot, page: NotesPage, camp: Path) -> None:
    page.sessions.setCurrentRow(1)
    qtbot.keyClicks(page.editor, " Mine.")
    with open_event(camp) as other:
        notes.save_note(other, 2, NoteInput("Theirs, from the other window."), revision=1)

    def keep_both(box: QMessageBox) -> None:
        assert "another window" in box.text()
        [button] = [b for b in box.buttons() if b.text() == "Keep both"]
        button.click()

    assert with_dialog(QMessageBox, keep_both, page.flush) == []
    text = stored(camp, 2)
    assert text.startswith("Theirs, from the other window.")
    assert text.endswith("Broadband in rural Wales. Mine.")
    assert page.editor.toPlainText() == text
    assert page.status.text() == "Saved"


def test_use_theirs_replaces_the_editor_and_keeps_their_text(
    qtbot: QtBot, page: NotesPage, camp: Path
) -> None:
    page.sessions.setCurrentRow(1)
    qtbot.keyClicks(page.editor, " Mine.")
    with open_event(camp) as other:
        notes.save_note(other, 2, NoteInput("Theirs."), revision=1)

    def use_theirs(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text() == "Use theirs"]
        button.click()

    assert with_dialog(QMessageBox, use_theirs, page.flush) == []
    assert stored(camp, 2) == "Theirs."
    assert page.editor.toPlainText() == "Theirs."


def test_search_shows_highlighted_results_and_opens_one(qtbot: QtBot, page: NotesPage) -> None:
    qtbot.keyClicks(page.search, "broadb")
    assert page.left_stack.currentWidget() is page.results
    shown = page.results.toHtml()
    assert "Digital inclusion" in page.results.toPlainText()
    assert "#ffdd00" in shown and ">Broadband</span> in rural Wales." in shown
    page.open_session(2)
    assert page.title.text() == "Digital inclusion"
    page.search.clear()
    assert page.left_stack.currentWidget() is page.sessions


def test_hostile_markdown_stays_text_in_the_preview(qtbot: QtBot, page: NotesPage) -> None:
    page.editor.setPlainText('<img src="https://tracker.example/x.png"> [x](javascript:alert(1))')
    page._render_preview()
    shown = page.preview.toHtml()
    assert "<img" not in shown and "javascript:" not in shown.replace("[x](javascript:alert(1))", "")
    assert '<img src="https://tracker.example/x.png">' in page.preview.toPlainText()


def test_an_event_without_sessions_says_so(qtbot: QtBot, event_path: Path) -> None:
    doc = EventDocument(open_event(event_path))
    widget = NotesPage(doc)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.sessions.count() == 0
    assert "No sessions yet" in widget.title.text()
    assert not widget.editor.isEnabled()
    doc.close()


def test_coming_back_shows_what_another_window_saved(qtbot: QtBot, page: NotesPage, camp: Path) -> None:
    page.sessions.setCurrentRow(1)
    page.hide()
    with open_event(camp) as other:
        notes.save_note(other, 2, NoteInput("Rewritten elsewhere."), revision=1)
    page.show()
    qtbot.waitExposed(page)
    assert page.editor.toPlainText() == "Rewritten elsewhere."
    assert page.revision == 2


def test_the_preview_has_an_empty_state(qtbot: QtBot, page: NotesPage) -> None:
    page.editor.setPlainText("")
    page._render_preview()
    assert "Nothing written yet" in page.preview.toPlainText()
    page.editor.setPlainText("Some *notes*")
    page._render_preview()
    assert page.preview.toPlainText().strip() == "Some notes"
