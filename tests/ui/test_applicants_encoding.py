"""The applicants import asks when a file's encoding is in doubt (issue 16): a real Shift-JIS CSV shows its
doubtful line read each possible way; the person's answer is what gets imported, and Cancel imports
nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from govcamp.services import applicants as applicant_service
from govcamp.store.eventfile import open_event
from govcamp.ui.applicants_dialogs import ImportDialog
from govcamp.ui.document import EventDocument

ROWS = "First Name,Last Name,Email\n山田,太郎,taro@example.jp\n佐藤,花子,hanako@example.jp\n"


@pytest.fixture
def doc(event_path: Path) -> Iterator[EventDocument]:
    document = EventDocument(open_event(event_path))
    yield document
    document.close()


@pytest.fixture
def shift_jis(tmp_path: Path) -> Path:
    path = tmp_path / "応募者.csv"
    path.write_bytes(ROWS.encode("shift_jis"))  # as Excel on a Japanese Windows saves it
    return path


def _answer(pick: Callable[[QInputDialog], None], seen: dict[str, object]) -> None:
    """Answer the encoding question the moment it opens (it is modal, inside ``load``)."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(10, act)
            return
        seen["question"] = box.labelText()
        seen["options"] = list(box.comboBoxItems())
        pick(box)

    QTimer.singleShot(0, act)


def _choose(start: str) -> Callable[[QInputDialog], None]:
    def pick(box: QInputDialog) -> None:
        box.setTextValue(next(o for o in box.comboBoxItems() if o.startswith(start)))
        box.accept()

    return pick


def test_the_chosen_encoding_is_what_gets_imported(qtbot: QtBot, doc: EventDocument, shift_jis: Path) -> None:
    dialog = ImportDialog(doc)
    qtbot.addWidget(dialog)
    seen: dict[str, object] = {}
    _answer(_choose("Shift-JIS"), seen)
    dialog.load(shift_jis)
    assert "Line 2" in str(seen["question"])
    options = seen["options"]
    assert isinstance(options, list) and len(options) > 1
    # Each way of reading shows the doubtful line, so the person can see which one is right.
    assert any(o.startswith("Shift-JIS") and "山田,太郎,taro@example.jp" in o for o in options)
    assert any("GB18030" in o and "山田" not in o for o in options)
    assert dialog.preview.item(0, 0).text() == "山田"
    assert dialog.import_all.isEnabled()
    dialog.import_all.click()
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    people = {(v.full_name, v.email) for v in applicant_service.list_applicants(doc.db)}
    assert people == {("山田 太郎", "taro@example.jp"), ("佐藤 花子", "hanako@example.jp")}


def test_a_wrong_reading_chosen_is_what_the_preview_shows_before_anything_is_imported(
    qtbot: QtBot, doc: EventDocument, shift_jis: Path
) -> None:
    dialog = ImportDialog(doc)
    qtbot.addWidget(dialog)
    _answer(_choose("GB18030"), {})
    dialog.load(shift_jis)
    first = dialog.preview.item(0, 0).text()
    assert first != "山田" and first  # the person sees the wrong text and can cancel
    dialog.reject()
    assert applicant_service.list_applicants(doc.db) == []


def test_cancel_imports_nothing(qtbot: QtBot, doc: EventDocument, shift_jis: Path) -> None:
    dialog = ImportDialog(doc)
    qtbot.addWidget(dialog)
    _answer(lambda box: box.reject(), {})
    dialog.load(shift_jis)
    assert shift_jis.name in dialog.file_label.text()
    assert dialog.preview.rowCount() == 0
    assert not dialog.import_all.isEnabled()
    dialog.import_all.click()  # disabled: nothing happens
    assert applicant_service.list_applicants(doc.db) == []
    assert doc.db is not None and not doc.undo_stack.canUndo()


def test_broken_utf8_is_refused_naming_the_line_and_never_read_as_mojibake(
    qtbot: QtBot, doc: EventDocument, tmp_path: Path
) -> None:
    path = tmp_path / "applicants.csv"
    good = "First Name,Last Name,Email\nSiân,Evans,sian@example.org\nZoë,Müller,zoe@example.org\n"
    path.write_bytes(good.encode("utf-8") + b"Bad\xff,Byte,b@example.org\n")
    dialog = ImportDialog(doc)
    qtbot.addWidget(dialog)
    asked: list[str] = []

    def act() -> None:  # fails the test if a question comes (every answer would store "SiÃ¢n")
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog):
            asked.append(box.labelText())
            box.reject()

    QTimer.singleShot(0, act)
    dialog.load(path)
    assert asked == []
    assert "line 4" in dialog.file_label.text() and "UTF-8" in dialog.file_label.text()
    assert not dialog.import_all.isEnabled() and dialog.preview.rowCount() == 0
    assert applicant_service.list_applicants(doc.db) == []
