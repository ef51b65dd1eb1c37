"""The keyboard on every page of the demo event: mnemonics without clashes, focus where typing starts,
dates that can be typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from govcamp.ui.date_field import parse_date
from govcamp.ui.main_window import PHASES, MainWindow
from govcamp.ui.mnemonics import assign, clashes, letter
from tests.ui.screens import settle


def tab_states(page: QWidget) -> Iterator[str]:
    """Yield once per combination a person can see: each tab of each tab widget in turn."""
    yield "as opened"
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(0.05)
            yield tabs.tabText(index).replace("&", "")


def menu_letters(win: MainWindow) -> list[tuple[str, str]]:
    """The menu bar's letters work on every page, so they count against each page's own."""
    found = []
    for action in win.menuBar().actions():
        key = letter(action.text())
        if key:
            found.append((key, action.text()))
    return found


def page_shortcuts(page: QWidget) -> list[str]:
    keys: list[str] = []
    for shortcut in page.findChildren(QShortcut):
        # One that works only while its own widget has focus cannot clash with the page's others.
        if shortcut.context() == Qt.ShortcutContext.WidgetShortcut:
            continue
        bound = shortcut.keys()  # a QShortcut method, not a dict
        keys += sorted({k.toString() for k in bound if not k.isEmpty()})
    return keys


def menu_clashes(menu: QMenu, where: str) -> list[str]:
    """Letters two items of one open menu share (Alt+letter there reaches only the first), submenus too."""
    found: list[str] = []
    by_letter: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = letter(action.text())
        if key:
            by_letter.setdefault(key, []).append(action.text())
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += menu_clashes(sub, f"{where} ▸ {action.text()}")
    found += [f"{where}: {', '.join(texts)}" for texts in by_letter.values() if len(texts) > 1]
    return found


@pytest.mark.parametrize("window", ["en", "cy"], indirect=True)
def test_no_menu_has_two_items_on_one_letter(window: MainWindow) -> None:
    bar = window.menuBar()
    found = [f"menu bar: {clash}" for clash in clashes(bar, menu_letters(window))]
    for action in bar.actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        found += menu_clashes(menu, action.text())
    assert found == [], "\n".join(found)


def test_the_menu_check_finds_two_items_on_one_letter(qtbot: QtBot) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.addAction("Save a &Copy…")
    menu.addAction("&Close Event")
    sub = menu.addMenu("&Recent")
    sub.addAction("&One")
    sub.addAction("&Other")
    assert menu_clashes(menu, "File") == ["File ▸ &Recent: &One, &Other", "File: Save a &Copy…, &Close Event"]


@pytest.mark.parametrize("window", ["en", "cy"], indirect=True)
def test_no_page_has_two_labels_on_one_letter(window: MainWindow) -> None:
    found: list[str] = []
    assert window.view is not None
    for number, (title, _promise) in enumerate(PHASES):
        window.show_phase(number)
        settle(0.1)
        page = window.view.page(title)
        for state in tab_states(page):
            for clash in clashes(page, menu_letters(window)):
                found.append(f"{title} ({state}): {clash}")
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("window", ["en", "cy"], indirect=True)
def test_no_page_binds_one_shortcut_twice(window: MainWindow) -> None:
    assert window.view is not None
    window_keys = [a.shortcut().toString() for a in window.findChildren(type(window.undo_action))]
    window_keys = [k for k in window_keys if k]
    found: list[str] = []
    for number, (title, _promise) in enumerate(PHASES):
        window.show_phase(number)
        settle(0.1)
        keys = page_shortcuts(window.view.page(title)) + window_keys
        found += [f"{title}: {k}" for k in sorted(set(keys)) if keys.count(k) > 1]
    assert found == []


@pytest.mark.parametrize("window", ["en", "cy"], indirect=True)
def test_every_label_with_an_ampersand_shows_it_as_a_mnemonic_not_a_character(window: MainWindow) -> None:
    """A QLabel's "&" underlines only with a buddy; without one it is drawn as a literal "&"."""
    from PySide6.QtWidgets import QLabel

    assert window.view is not None
    literal: list[str] = []
    for number, (title, _promise) in enumerate(PHASES):
        window.show_phase(number)
        settle(0.1)
        for label in window.view.page(title).findChildren(QLabel):
            if label.buddy() is None and letter(label.text()) and label.textFormat().name != "RichText":
                literal.append(f"{title}: {label.text()}")
    assert literal == []
    # The Go menu shows "Event & rooms", with its ampersand, not "Event  rooms" with R underlined.
    if window.menuBar().actions()[0].text() == "&File":
        assert window.phase_actions[0].text() == "Event && rooms"
    assert letter(window.phase_actions[0].text()) is None


def test_assign_picks_free_letters_and_keeps_given_ones() -> None:
    assert assign(["Step-free", "Screen", "Quiet room"], taken=["s"]) == [
        "Step-&free",
        "S&creen",
        "&Quiet room",
    ]
    assert assign(["P&ublish", "Unplaced"]) == ["P&ublish", "U&nplaced"]
    assert assign(["Q & A"]) == ["&Q && A"]
    assert QKeySequence.mnemonic("&Q && A").toString() == "Alt+Q"


def test_arriving_on_a_page_focuses_where_typing_starts(window: MainWindow, qtbot: QtBot) -> None:
    assert window.view is not None
    window.activateWindow()
    window.show_phase(3)  # Pitches
    pitches = window.view.page("Pitches")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is getattr(pitches, "title", None))
    qtbot.keyClicks(QApplication.focusWidget(), "Typed straight away")
    assert pitches.title.text() == "Typed straight away"  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    grid = window.view.page("Grid")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is getattr(grid, "table", None))


def dialog_problems(dialog: QWidget) -> list[str]:
    from PySide6.QtWidgets import QLabel

    found = clashes(dialog)
    found += [
        f"literal &: {label.text()}"
        for label in dialog.findChildren(QLabel)
        if label.buddy() is None and letter(label.text())
    ]
    return found


def test_dialogs_have_working_letters_and_typed_dates(qtbot: QtBot) -> None:
    from govcamp.ui.dialogs import NewEventDialog, RoomDialog

    new = NewEventDialog(lambda _p, _d: None)
    qtbot.addWidget(new)
    new.show()
    assert dialog_problems(new) == []
    save_label = next(lab for lab in new.findChildren(QLabel) if lab.text() == "&Save as")
    assert save_label.buddy() is new.path
    # A date typed the way people write one.
    new.activateWindow()
    qtbot.waitUntil(new.isActiveWindow)
    new.start.setFocus()
    new.start.edit.selectAll()
    qtbot.keyClicks(new.start.edit, "27/03/2027")
    qtbot.keyClick(new.start.edit, Qt.Key.Key_Tab)
    assert new.start.date() == QDate(2027, 3, 27)
    assert new.start.text() == "Sat 27 Mar 2027"
    new.start.edit.selectAll()
    qtbot.keyClicks(new.start.edit, "not a date")
    qtbot.keyClick(new.start.edit, Qt.Key.Key_Tab)
    assert new.start.date() == QDate(2027, 3, 27)  # nothing lost
    room = RoomDialog(lambda _r: None, slots=[])
    qtbot.addWidget(room)
    room.show()
    assert dialog_problems(room) == []
    assert all(letter(box.text()) for box in room.feature_boxes.values())


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("27/03/2027", date(2027, 3, 27)),
        ("27-3-27", date(2027, 3, 27)),
        ("2027-03-27", date(2027, 3, 27)),
        ("27 Mar 2027", date(2027, 3, 27)),
        ("Sat 27 March 2027", date(2027, 3, 27)),
        ("31/02/2027", None),
        ("tomorrow", None),
    ],
)
def test_parse_date(typed: str, expected: date | None) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize("language", ["en", "cy"], indirect=True)
def test_every_dialog_has_working_letters_and_no_clash(qtbot: QtBot, demo: Path, language: str) -> None:
    from zoneinfo import ZoneInfo

    from govcamp.services.applicants import list_applicants
    from govcamp.store.eventfile import open_event
    from govcamp.ui.applicants_dialogs import ImportDialog, PersonDialog
    from govcamp.ui.dialogs import SlotDialog
    from govcamp.ui.document import EventDocument
    from govcamp.ui.pages.grid_page import PublishDialog

    doc = EventDocument(open_event(demo))
    try:
        first = date(2027, 6, 19)
        dialogs: list[QWidget] = [
            SlotDialog(lambda _s: None, ZoneInfo("Europe/London"), first, date(2027, 6, 20)),
            PublishDialog(["v3: one change"]),
            ImportDialog(doc),
            PersonDialog(doc, list_applicants(doc.db)[0]),
        ]
        found: list[str] = []
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            found += [f"{type(dialog).__name__}: {p}" for p in dialog_problems(dialog)]
        assert found == []
    finally:
        doc.close()
