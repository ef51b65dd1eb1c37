"""The undo defect of issue 10: after a commit or a draw, Undo must not offer what can no longer be undone.

Seen on the landed main: set the lottery rules, commit, draw — Undo still said “Change the lottery rules”,
pressing it raised from the service and the undo stack's index moved anyway, so the stack and the event
file disagreed. The same happened to an applicants import once the list was committed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.services import applicants as applicant_service
from govcamp.services import lottery as lottery_service
from govcamp.services.eventfiles import open_event_file
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.applicants_page import ApplicantsPage


@pytest.fixture
def doc(event_path: Path) -> Iterator[EventDocument]:
    document = EventDocument(open_event_file(event_path))
    yield document
    document.close()


@pytest.fixture
def page(qtbot: QtBot, doc: EventDocument) -> ApplicantsPage:
    widget = ApplicantsPage(doc)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _people(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "people.csv"
    rows = [f"Person {i},p{i}@example.org,Org {i % 5},Local government" for i in range(n)]
    path.write_text("Name,Email,Organisation,Sector\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


class SayYes:
    """Answers Yes to every question box shown while it runs (the page asks before what cannot be undone)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.asked.append(box.text())
            button = box.button(QMessageBox.StandardButton.Yes)
            (button or box.defaultButton()).click()

    def stop(self) -> None:
        self.timer.stop()


def _click_and_wait(qtbot: QtBot, button: object, done: object) -> None:
    QTimer.singleShot(0, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))  # type: ignore[arg-type]
    qtbot.waitUntil(done, timeout=10_000)  # type: ignore[arg-type]


def test_rules_then_commit_then_draw_leaves_no_impossible_undo(
    qtbot: QtBot, page: ApplicantsPage, doc: EventDocument, tmp_path: Path
) -> None:
    applicant_service.import_applicants(doc.db, _people(tmp_path, 30))
    page.refresh()
    tab = page.lottery
    tab.places.setValue(10)
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert doc.undo_stack.undoText() == "Change the lottery rules"

    yes = SayYes()
    try:
        _click_and_wait(qtbot, tab.commit_button, lambda: lottery_service.status(doc.db).stage == "committed")
        qtbot.keyClicks(tab.seed, "04 18 23 35 41 57")
        _click_and_wait(qtbot, tab.draw_button, lambda: lottery_service.status(doc.db).stage == "drawn")
    finally:
        yes.stop()
    qtbot.waitUntil(lambda: not doc.undo_stack.canUndo(), timeout=5_000)

    # Nothing is offered that the event can no longer do, and pressing Undo anyway changes nothing.
    assert doc.undo_stack.undoText() == ""
    index = doc.undo_stack.index()
    doc.undo_stack.undo()
    assert doc.undo_stack.index() == index
    assert lottery_service.status(doc.db).stage == "drawn"
    assert lottery_service.status(doc.db).rules.places == 10


def test_an_import_cannot_be_undone_once_the_list_is_committed(
    qtbot: QtBot, page: ApplicantsPage, doc: EventDocument, tmp_path: Path
) -> None:
    from govcamp.ui.applicants_commands import import_file

    columns = {"full_name": 0, "email": 1, "organisation": 2}
    import_file(doc, _people(tmp_path, 12), columns, skip_invalid=False)
    page.refresh()
    assert doc.undo_stack.undoText() == "Import 12 applicants"
    yes = SayYes()
    try:
        _click_and_wait(
            qtbot, page.lottery.commit_button, lambda: lottery_service.status(doc.db).stage == "committed"
        )
    finally:
        yes.stop()
    qtbot.waitUntil(lambda: not doc.undo_stack.canUndo(), timeout=5_000)
    doc.undo_stack.undo()
    assert len(applicant_service.list_applicants(doc.db)) == 12
    assert lottery_service.status(doc.db).stage == "committed"
