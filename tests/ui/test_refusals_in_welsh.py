"""The core's refusals in the window's language (issue 14): a pitches file with a bad show of hands, imported
on the Pitches page of a Welsh window, is refused in a message box worded in Welsh (the box's title from the
window's .ts, its sentence from the core's cy.po), naming the person's line and value."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import QDeadlineTimer, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from govcamp.services import pitches
from govcamp.services.language import CATALOGUES
from govcamp.ui.main_window import PHASES, MainWindow
from govcamp.ui.pages.pitches_page import PitchesPage

HANDS = "Line {line}: “{text}” is not a number of hands."


def _welsh(msgid: str) -> str:
    with (CATALOGUES / "cy.po").open("rb") as handle:
        message = read_po(handle, locale="cy").get(msgid)
    assert message is not None and isinstance(message.string, str) and message.string
    return message.string


@pytest.mark.parametrize("window", ["en", "cy"], indirect=True)
def test_a_refused_pitches_import_is_explained_in_the_windows_language(
    window: MainWindow, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    language = request.node.callspec.params["window"]
    path = tmp_path / "cynigion.csv"
    path.write_text(
        "Title,Host,Hands\nOpen data,Siân Llewelyn,12\nTai cymdeithasol,Ravi,lots\n", encoding="utf-8"
    )
    window.show_phase([title for title, _ in PHASES].index("Pitches"))
    assert window.view is not None
    page = window.view.page("Pitches")
    assert isinstance(page, PitchesPage)
    before = len(pitches.list_sessions(page.doc.db))
    seen: dict[str, str] = {}

    def read_the_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read_the_box)
            return
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        box.grab().save(str(tmp_path / f"refused-import-{language}.png"))
        box.accept()

    QTimer.singleShot(0, read_the_box)
    page.import_file(path)
    deadline = QDeadlineTimer(5000)
    while "text" not in seen and not deadline.hasExpired():
        QApplication.processEvents()
    if language == "cy":
        assert seen["title"] == "Mewnforio cynigion"
        assert seen["text"] == _welsh(HANDS).format(line=3, text="lots")
        assert seen["text"].startswith("Llinell 3:") and "“lots”" in seen["text"]
    else:
        assert seen == {"title": "Import pitches", "text": "Line 3: “lots” is not a number of hands."}
    assert len(pitches.list_sessions(page.doc.db)) == before  # all or nothing: the good row was not kept
