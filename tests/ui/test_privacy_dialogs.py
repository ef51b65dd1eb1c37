"""Erasing a person and purging from the window: preview, a deliberate tick, the receipt, the reminder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.paths import backups_root
from govcamp.services import applicants as applicant_service
from govcamp.services import retention
from govcamp.services.demo import write_demo
from govcamp.store import backups
from govcamp.store.eventfile import open_event
from govcamp.ui.applicants_dialogs import PersonDialog
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.applicants_page import ApplicantsPage
from govcamp.ui.privacy_dialogs import ErasePersonDialog, PurgeDialog, remind_purge


@pytest.fixture
def camp(tmp_path: Path) -> Path:
    path = tmp_path / "camp.govcamp"
    write_demo(path, applicants=60)
    return path


@pytest.fixture
def doc(camp: Path) -> Iterator[EventDocument]:
    document = EventDocument(open_event(camp))
    yield document
    document.close()


def _host(doc: EventDocument) -> tuple[int, str]:
    with doc.db.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT p.id, p.full_name FROM person p JOIN session_host h ON h.person_id = p.id "
            "JOIN note n ON n.session_id = h.session_id LIMIT 1"
        ).one()
    return int(row[0]), str(row[1])


def test_erase_shows_what_goes_then_a_receipt(qtbot: QtBot, doc: EventDocument, camp: Path) -> None:
    backup = backups.back_up(camp, backups_root(), force=True)
    assert backup is not None
    person_id, name = _host(doc)
    doc.undo_stack.push(QUndoCommand("an edit that remembers their old name"))
    dialog = ErasePersonDialog(doc, person_id, name)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.details.toPlainText()
    assert f"Will erase the personal data of {name}" in preview
    assert "Keep, as “a participant”: " in preview and "session host" in preview
    assert "Rewrite backup" in preview
    assert not dialog.confirm.isEnabled()
    assert name.encode() in camp.read_bytes()
    dialog.understood.setChecked(True)
    assert dialog.confirm.isEnabled()
    dialog.confirm.click()
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=20000)
    receipt = dialog.details.toPlainText()
    assert f"Erased the personal data of {name}" in receipt and f"Rewritten backup: {backup.path}" in receipt
    assert dialog.close_button.isVisible() and not dialog.confirm.isVisible()
    assert doc.undo_stack.count() == 0
    assert name.encode() not in camp.read_bytes() and name.encode() not in backup.path.read_bytes()
    assert person_id not in {v.id for v in applicant_service.list_applicants(doc.db)}


def test_the_person_editor_and_the_table_offer_export_and_erase(qtbot: QtBot, doc: EventDocument) -> None:
    page = ApplicantsPage(doc)
    qtbot.addWidget(page)
    value = applicant_service.list_applicants(doc.db)[0]
    editor = PersonDialog(doc, value)
    qtbot.addWidget(editor)
    buttons = editor.findChild(QDialogButtonBox)
    assert buttons is not None
    assert {"Export Data…", "Erase…"} <= {b.text() for b in buttons.buttons()}
    assert page.applicants.view.receivers("2customContextMenuRequested(QPoint)") >= 1


def test_purge_keeps_the_programme_and_sets_the_retention_date(qtbot: QtBot, doc: EventDocument) -> None:
    dialog = PurgeDialog(doc)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Will erase the personal data of everyone (60 people)" in dialog.details.toPlainText()
    dialog.until.setDate(dialog.until.date().fromString("2027-09-30", "yyyy-MM-dd"))
    dialog.save_retention()
    assert retention.retention_date(doc.db) == date(2027, 9, 30)
    dialog.understood.setChecked(True)
    dialog.confirm.click()
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=20000)
    assert applicant_service.list_applicants(doc.db) == []
    with doc.db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM session").scalar() == 45


def test_the_window_reminds_the_host_once_the_retention_date_has_passed(
    qtbot: QtBot, doc: EventDocument
) -> None:
    retention.set_retention_date(doc.db, date(2027, 9, 30))
    assert remind_purge(doc, None, today=date(2027, 9, 30)) is None  # type: ignore[arg-type]
    box = remind_purge(doc, None, today=date(2027, 10, 1))  # type: ignore[arg-type]
    assert isinstance(box, QMessageBox)
    qtbot.addWidget(box)
    assert "30 September 2027" in box.text() and box.isVisible()
    box.reject()


def test_opening_an_event_past_its_retention_date_shows_the_reminder_once_the_page_is_drawn(
    qtbot: QtBot, camp: Path
) -> None:
    from govcamp.ui.main_window import MainWindow

    # An event long over whose data is still held (the service refuses a date before the event's end, and
    # the demo's is in 2027, so the file is set as a year-old event would have it).
    with open_event(camp) as db, db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE event SET retention_until = '2020-01-01'")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(camp, interactive=False)
    # Not in the way of the first page: it comes just after the page is drawn.
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "purgeReminder") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "purgeReminder")
    assert isinstance(box, QMessageBox) and "1 January 2020" in box.text() and box.isVisible()
    box.reject()
    window.close_event()
