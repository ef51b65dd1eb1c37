"""The Check-in page driven as at the desk: a wedge scanner's code and Enter, a name search with ↓ Enter,
a repeated scan, undo, releasing no-shows to a door queue, a walk-in, and P for the badge."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.services import checkin, door
from govcamp.store.eventfile import EventDB
from govcamp.ui.checkin_dialogs import WalkInDialog
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.checkin_page import CheckinPage
from tests.desk_data import Desk, make_desk
from tests.ui.helpers import with_dialog


@pytest.fixture
def desk(db: EventDB) -> Desk:
    return make_desk(db)


@pytest.fixture
def page(db: EventDB, desk: Desk, qtbot: QtBot) -> Iterator[CheckinPage]:
    doc = EventDocument(db)
    widget = CheckinPage(doc)
    widget.opened: list[Path] = []  # type: ignore[misc]
    widget.open_file = widget.opened.append  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.input.hasFocus)
    yield widget
    doc.undo_stack.clear()


def scan(qtbot: QtBot, page: CheckinPage, code: str) -> None:
    """What a keyboard-wedge scanner does: type the code, then Enter."""
    qtbot.keyClicks(page.input, code)
    qtbot.keyClick(page.input, Qt.Key.Key_Return)


def test_a_wedge_scan_checks_in_with_no_other_key(
    page: CheckinPage, qtbot: QtBot, db: EventDB, desk: Desk
) -> None:
    page.set_desk_name("Desk 2")
    scan(qtbot, page, "SIANCODE")
    assert page.band.kind == "checked_in"
    assert "CHECKED IN" in page.band.heading.text() and "Siân" in page.band.heading.text()
    assert "Cyngor Gwynedd" in page.band.detail.text() and "she/her" in page.band.detail.text()
    assert "Access needs" in page.band.next_step.text()
    assert "step-free" not in page.band.detail.text() + page.band.next_step.text()  # flagged, not shown
    assert page.input.text() == "" and page.input.hasFocus()
    assert checkin.look_up(db, [desk.sian])[desk.sian].desk == "Desk 2"
    assert "1</b> checked in of 4 expected" in page.counts_label.text()


def test_a_repeated_scan_is_amber_and_says_since_when(page: CheckinPage, qtbot: QtBot) -> None:
    scan(qtbot, page, "TOMOSCDE")
    scan(qtbot, page, "tomoscde")  # any case
    assert page.band.kind == "already"
    assert "ALREADY IN" in page.band.heading.text() and "in since" in page.band.heading.text()
    assert "Desk 1" in page.band.heading.text()
    assert page.doc.undo_stack.count() == 1  # one check-in, once


def test_a_name_search_with_down_and_enter(page: CheckinPage, qtbot: QtBot, db: EventDB, desk: Desk) -> None:
    qtbot.keyClicks(page.input, "noe")
    assert page.matches.isVisible()
    assert page.matches.count() == 1 and "Noël Martin" in page.matches.item(0).text()
    qtbot.keyClick(page.input, Qt.Key.Key_Down)
    # The focus stays in the input: a screen reader hears the chosen match as the input's description.
    assert page.input.accessibleDescription() == f"{page.matches.item(0).text()} (1 of 1)"
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    assert page.band.kind == "checked_in" and "Noël" in page.band.heading.text()
    assert page.input.accessibleDescription() == page.band.accessibleName()
    assert checkin.look_up(db, [desk.noel])[desk.noel].state == "checked_in"
    assert not page.matches.isVisible()


def test_ctrl_z_undoes_a_check_in(page: CheckinPage, qtbot: QtBot, db: EventDB, desk: Desk) -> None:
    scan(qtbot, page, "NOELCODE")
    assert checkin.look_up(db, [desk.noel])[desk.noel].state == "checked_in"
    qtbot.keyClick(page.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert checkin.look_up(db, [desk.noel])[desk.noel].state == "drawn"  # as it was before
    assert "Undone" in page.band.detail.text()
    assert "0</b> checked in" in page.counts_label.text()


def test_refusals_are_red_or_blue_in_words(page: CheckinPage, qtbot: QtBot) -> None:
    scan(qtbot, page, "CATHBRWN")
    assert page.band.kind == "no_place" and "NO PLACE" in page.band.heading.text()
    assert "cancelled" in page.band.detail.text().lower()
    scan(qtbot, page, "NOSUCHCODE")
    assert page.band.kind == "unknown" and "NOT FOUND" in page.band.heading.text()
    scan(qtbot, page, "BEASMITH")
    assert page.band.kind == "waitlisted" and "number 2 on the waiting list" in page.band.heading.text()
    assert page.band.door_button.isVisibleTo(page)


def _release(box: QMessageBox) -> None:
    assert "1 people" in box.text() and "1 places" in box.text()
    assert "Noël Martin" in box.informativeText() and "Amara Okafor" in box.informativeText()
    button = next(b for b in box.buttons() if b.text() == "Release")
    button.click()


def test_release_of_no_shows_with_a_door_queue(
    page: CheckinPage, qtbot: QtBot, db: EventDB, desk: Desk
) -> None:
    scan(qtbot, page, "SIANCODE")
    scan(qtbot, page, "TOMOSCDE")
    for code in ("BEASMITH", "AMARACDE"):
        scan(qtbot, page, code)
        page.band.door_button.click()
    assert page.door_list.count() == 2 and "Amara" in page.door_list.item(0).text()

    assert with_dialog(QMessageBox, _release, page.release_button.click) == []
    assert page.band.kind == "released" and "NO-SHOWS RELEASED" in page.band.heading.text()
    assert "Amara Okafor" in page.band.detail.text()
    looked = checkin.look_up(db, [desk.noel, desk.amara, desk.bea])
    assert looked[desk.noel].state == "no_show"
    assert looked[desk.amara].state == "checked_in"
    assert looked[desk.bea].in_door_queue
    assert page.door_list.count() == 1 and "Bea" in page.door_list.item(0).text()

    page.doc.undo_stack.undo()  # the whole release is one step
    looked = checkin.look_up(db, [desk.noel, desk.amara])
    assert looked[desk.noel].state == "drawn" and looked[desk.amara].in_door_queue
    assert page.door_list.count() == 2


def test_a_walk_in_joins_the_door_queue_when_no_place_is_free(page: CheckinPage, qtbot: QtBot) -> None:
    def fill(dialog: WalkInDialog) -> None:
        dialog.name.setText("Zoë Walker")
        dialog.pronouns.setText("she/her")
        dialog.organisation.setText("Leeds City Council")
        dialog.buttons.accepted.emit()

    assert with_dialog(WalkInDialog, fill, page.walkin_button.click) == []
    assert page.band.kind == "door" and "Zoë Walker: number 1" in page.band.heading.text()
    assert "Zoë Walker" in page.door_list.item(0).text()
    # The search knows the new person at once.
    qtbot.keyClicks(page.input, "zoe")
    assert page.matches.count() == 1 and "door queue" in page.matches.item(0).text()
    page.clear_input()
    page.doc.undo_stack.undo()
    assert "Nobody is waiting" in page.door_list.item(0).text()


def test_p_prints_the_badge_as_a_pdf_without_a_printer_and_asks_before_a_reprint(
    page: CheckinPage, qtbot: QtBot, tmp_path: Path
) -> None:
    asked: list[str] = []
    page.confirm = lambda _title, text: bool(asked.append(text))  # say no
    scan(qtbot, page, "SIANCODE")
    qtbot.keyClick(page.input, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: len(page.opened) == 1)  # type: ignore[attr-defined]
    pdf = page.opened[0]  # type: ignore[attr-defined]
    assert str(pdf).startswith(str(tmp_path))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Siân" in text and "Cyngor Gwynedd" in text
    assert page.input.text() == ""  # the P was the print key, not the start of a search

    scan(qtbot, page, "SIANCODE")  # already in; P again reprints, after asking
    assert "Badge printed at" in page.band.next_step.text()
    qtbot.keyClick(page.input, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "printed at" in asked[0] and "on Desk 1 — print again?" in asked[0]
    assert len(page.opened) == 1  # type: ignore[attr-defined]


def test_a_scanned_code_starting_with_p_is_not_taken_for_print(
    page: CheckinPage, qtbot: QtBot, db: EventDB, desk: Desk
) -> None:
    from govcamp.store.tables import Person

    with db.session() as session:
        person = session.get(Person, desk.tomos)
        assert person is not None
        person.checkin_code = "PQRSTVWX"
        session.add(person)
    scan(qtbot, page, "SIANCODE")
    scan(qtbot, page, "PQRSTVWX")
    assert page.band.kind == "checked_in" and "Tomos" in page.band.heading.text()
    assert page.opened == []  # type: ignore[attr-defined]


def test_the_input_keeps_the_focus_and_the_desk_name_is_remembered(
    page: CheckinPage, qtbot: QtBot, desk: Desk
) -> None:
    page.set_desk_name("  Desk   3 ")
    qtbot.mouseClick(page.door_list.viewport(), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton)
    assert page.input.hasFocus()
    scan(qtbot, page, "TOMOSCDE")
    assert checkin.look_up(page.doc.db, [desk.tomos])[desk.tomos].desk == "Desk 3"
    again = CheckinPage(page.doc)
    qtbot.addWidget(again)
    assert again.desk_label == "Desk 3"  # this laptop's desk, next time too


def test_the_counts_and_search_follow_another_desk(page: CheckinPage, qtbot: QtBot, event_path: Path) -> None:
    from govcamp.store.eventfile import open_event

    page._live.setInterval(50)  # every 10 s on the day
    with open_event(event_path) as other:  # a second laptop on the same event
        checkin.check_in(other, "TOMOSCDE", desk="Desk 2")
        door.walk_in(other, door.WalkIn("Ngozi Adeyemi", organisation="Lambeth"))
    qtbot.waitUntil(lambda: "1</b> checked in" in page.counts_label.text())
    assert "Ngozi" in page.door_list.item(0).text()
    qtbot.keyClicks(page.input, "ngozi")
    assert page.matches.count() == 1


def test_the_printer_stock_and_next_label_are_remembered_and_advance(
    page: CheckinPage, qtbot: QtBot, tmp_path: Path
) -> None:
    from govcamp.ui.badge_printing import load_printing
    from govcamp.ui.checkin_dialogs import PrinterDialog
    from tests.exports.test_one_badge import decode_label

    def fill(dialog: PrinterDialog) -> None:
        dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("avery-l7418"))
        dialog.position.setValue(8)  # the last label left on a part-used sheet
        dialog.accept()

    assert with_dialog(PrinterDialog, fill, page.printer_button.click) == []
    assert "avery-l7418, next label 8" in page.printer_button.text()
    scan(qtbot, page, "TOMOSCDE")
    qtbot.keyClick(page.input, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: len(page.opened) == 1)  # type: ignore[attr-defined]
    assert decode_label(page.opened[0], "avery-l7418", 8, tmp_path) == ["TOMOSCDE"]  # type: ignore[attr-defined]
    assert load_printing().next_position == 1  # the sheet is used up: a new one starts at 1
    assert load_printing().layout == "avery-l7418"


def test_tab_reaches_the_result_buttons_in_order_and_a_scan_after_tabbing_still_checks_in(
    page: CheckinPage, qtbot: QtBot, db: EventDB, desk: Desk
) -> None:
    scan(qtbot, page, "SIANCODE")
    stops = []
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    wanted = [
        page.band.print_button,
        page.band.undo_button,
        page.door_list,
        page.walkin_button,
        page.release_button,
        page.revoke_button,
        page.desk_button,
        page.printer_button,
        page.input,
    ]
    assert [w for w in stops if w in wanted][: len(wanted)] == wanted
    # Tabbed onto a button, the next badge is scanned: its keys go to the input, nothing is lost.
    page.band.undo_button.setFocus()
    qtbot.keyClicks(page.band.undo_button, "TOMOSCDE")
    assert page.input.hasFocus() and page.input.text() == "TOMOSCDE"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.band.kind == "checked_in" and "Tomos" in page.band.heading.text()
    assert checkin.look_up(db, [desk.sian, desk.tomos])[desk.tomos].checked_in_at is not None
    assert checkin.look_up(db, [desk.sian])[desk.sian].checked_in_at is not None  # no undo was pressed


def test_a_welsh_desk_says_where_a_match_stands_in_welsh(page: CheckinPage, qtbot: QtBot) -> None:
    from govcamp.ui.i18n import use_language

    qtbot.keyClicks(page.input, "noe")
    english = page.matches.item(0).text()
    page.clear_input()
    use_language("cy")
    try:
        qtbot.keyClicks(page.input, "noe")
        welsh = page.matches.item(0).text()
    finally:
        page.clear_input()
        use_language("en")
    assert "Noël Martin" in welsh and welsh != english
    # The state and a missing organisation are the window's words, not the English of the code.
    assert not any(word in welsh for word in ("no organisation", "drawn", "waiting list", "door queue"))
