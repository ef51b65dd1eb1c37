"""The Applicants & lottery page through its widgets: import a real file, filter, draw, offer, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from govcamp.services import applicants as applicant_service
from govcamp.services import lottery as lottery_service
from govcamp.store.eventfile import open_event
from govcamp.ui.applicants_dialogs import ImportDialog
from govcamp.ui.applicants_models import ApplicantsFilter, ApplicantsModel, ValueRole
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.applicants_page import ApplicantsPage
from tests.ui.helpers import with_dialog

FORM = (
    "Timestamp,Email Address,Your name,Which organisation do you work for?,Sector,"
    "Is this your first govcamp?\n"
    "2027-04-06 09:01,aisha@birmingham.gov.uk,Aisha Khan,Birmingham City Council,Local government,Yes\n"
    "2027-04-06 09:02,gareth@cardiff.gov.uk,Gareth Jones,Cardiff Council,Local government,No\n"
    "2027-04-06 09:03,not-an-email,Bad Row,Nowhere,Charity,No\n"
    "2027-04-06 09:04,AISHA@birmingham.gov.uk ,Aisha Khan,Birmingham City Council,Local government,Yes\n"
    "2027-04-06 09:05,siobhan@nhs.example,Siobhán Murphy,NHS Digital,Public sector,Yes\n"
)


@pytest.fixture
def doc(event_path: Path) -> Iterator[EventDocument]:
    document = EventDocument(open_event(event_path))
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
    kinds = ["Local government", "Charity", "Central government"]
    rows = [f"Person {i},p{i}@example.org,Org {i % 7},{kinds[i % 3]}" for i in range(n)]
    path.write_text("Name,Email,Organisation,Sector\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_import_dialog_on_a_real_file(
    qtbot: QtBot, page: ApplicantsPage, doc: EventDocument, tmp_path: Path
) -> None:
    path = tmp_path / "google-form.csv"
    path.write_text(FORM, encoding="utf-8-sig")
    seen: dict[str, object] = {}

    def fill(dialog: ImportDialog) -> None:
        seen["preview_rows"] = dialog.preview.rowCount()
        seen["first_cell"] = dialog.preview.item(0, 2).text()
        seen["email_column"] = dialog.combos["email"].currentText()
        seen["name_column"] = dialog.combos["full_name"].currentText()
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        seen["import_all_enabled"] = dialog.import_all.isEnabled()
        seen["good_text"] = dialog.import_good.text()
        qtbot.mouseClick(dialog.import_good, Qt.MouseButton.LeftButton)

    assert with_dialog(ImportDialog, fill, lambda: page.applicants.open_import(path)) == []
    assert seen["preview_rows"] == 5
    assert seen["first_cell"] == "Aisha Khan"
    assert seen["email_column"] == "Email Address"
    assert seen["name_column"] == "Your name"
    problems = seen["problems"]
    assert isinstance(problems, list)
    assert any("Line 4" in p and "not an email address" in p for p in problems)
    assert any("Line 5" in p and "line 2" in p for p in problems)
    assert seen["import_all_enabled"] is False
    assert seen["good_text"] == "Import the 3 good rows"
    assert page.applicants.proxy.rowCount() == 3
    assert "3 people: 3 applied" in page.applicants.counts.text()
    names = {v.full_name for v in applicant_service.list_applicants(doc.db)}
    assert names == {"Aisha Khan", "Gareth Jones", "Siobhán Murphy"}

    doc.undo_stack.undo()
    assert applicant_service.list_applicants(doc.db) == []
    assert page.applicants.proxy.rowCount() == 0
    doc.undo_stack.redo()
    assert len(applicant_service.list_applicants(doc.db)) == 3
    assert page.applicants.proxy.rowCount() == 3


def test_import_dialog_mapping_by_hand(qtbot: QtBot, page: ApplicantsPage, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Who,Contact\nAnn Lee,ann@example.org\n", encoding="utf-8")
    seen: dict[str, object] = {}

    def fill(dialog: ImportDialog) -> None:
        seen["before"] = dialog.summary.text()
        dialog.combos["full_name"].setCurrentIndex(1)
        dialog.combos["email"].setCurrentIndex(2)
        seen["after"] = dialog.import_all.text()
        qtbot.mouseClick(dialog.import_all, Qt.MouseButton.LeftButton)

    assert with_dialog(ImportDialog, fill, lambda: page.applicants.open_import(path)) == []
    # Words for people: the dialog says what to do with its own menus, not a command-line flag.
    assert "No column of the file was recognised as the email address" in str(seen["before"])
    assert "--map" not in str(seen["before"]) and "COLUMN" not in str(seen["before"])
    assert seen["after"] == "Import 1 applicant"
    assert page.applicants.model.rowCount() == 1


def test_search_and_filters(qtbot: QtBot, page: ApplicantsPage, doc: EventDocument, tmp_path: Path) -> None:
    applicant_service.import_applicants(doc.db, _people(tmp_path, 30))
    page.refresh()
    tab = page.applicants
    assert tab.proxy.rowCount() == 30
    qtbot.keyClicks(tab.search, "person 1")
    assert tab.proxy.rowCount() == 11  # Person 1, 10…19
    tab.search.clear()
    tab.kind.setCurrentIndex(tab.kind.findData("charity"))
    assert tab.proxy.rowCount() == 10
    tab.status.setCurrentIndex(tab.status.findData("drawn"))
    assert tab.proxy.rowCount() == 0


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, doc: EventDocument, tmp_path: Path) -> None:
    applicant_service.import_applicants(doc.db, _people(tmp_path, 12))
    model = ApplicantsModel()
    model.set_values(applicant_service.list_applicants(doc.db))
    qtmodeltester.check(model)
    proxy = ApplicantsFilter()
    proxy.setSourceModel(model)
    proxy.set_search("person 1")
    qtmodeltester.check(proxy)


def test_rules_simulate_commit_draw_offer_and_undo(
    qtbot: QtBot, page: ApplicantsPage, doc: EventDocument, tmp_path: Path
) -> None:
    applicant_service.import_applicants(doc.db, _people(tmp_path, 40))
    page.refresh()
    tab = page.lottery
    tab.places.setValue(10)
    tab.local_share.setValue(50)
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    status = lottery_service.status(doc.db)
    assert status.rules.places == 10 and status.rules.min_shares[0].share == 0.5
    doc.undo_stack.undo()
    assert lottery_service.status(doc.db).rules.min_shares == ()
    assert tab.local_share.value() == 0
    doc.undo_stack.redo()
    assert tab.local_share.value() == 50

    qtbot.mouseClick(tab.findChild(type(tab.apply_button), "simulate"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.chart.bars))  # it runs off the window's thread
    labels = [label for label, _ in tab.chart.bars]
    assert "Local government" in labels and "Everyone" in labels

    seen: list[str] = []

    def confirm(box: QMessageBox) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    assert with_dialog(QMessageBox, confirm, tab.commit_button.click) == []
    assert "Commit 40 people" in seen[0]
    assert len(tab.digest.text()) == 64
    qtbot.keyClicks(tab.seed, "04 18 23 35 41 57")
    assert with_dialog(QMessageBox, confirm, lambda: tab.draw_button.click()) == []
    assert "Draw 10 places among 40 applicants" in seen[1]
    qtbot.waitUntil(lambda: tab.reset_button.isEnabled())  # the draw runs on the database worker
    assert lottery_service.status(doc.db).stage == "drawn"
    assert lottery_service.verify(doc.db).ok
    assert tab.reset_button.isEnabled()

    drawn = [v for v in tab.model.values() if v.status == "drawn"]
    first_waiting = min(
        (v for v in tab.model.values() if v.status == "waitlisted"), key=lambda v: v.waitlist_position or 0
    )
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.values().index(drawn[0]), 0)).row()
    tab.results.selectRow(row)
    qtbot.mouseClick(tab.findChild(type(tab.apply_button), "declineSelected"), Qt.MouseButton.LeftButton)
    after = {v.id: v.status for v in applicant_service.list_applicants(doc.db)}
    assert after[drawn[0].id] == "declined"
    assert after[first_waiting.id] == "offered"
    assert not tab.reset_button.isEnabled()  # an offer has gone out

    doc.undo_stack.undo()
    after = {v.id: v.status for v in applicant_service.list_applicants(doc.db)}
    assert after[drawn[0].id] == "drawn"
    assert after[first_waiting.id] == "waitlisted"
    assert lottery_service.verify(doc.db).ok


def test_person_editor_with_undo(
    qtbot: QtBot, page: ApplicantsPage, doc: EventDocument, tmp_path: Path
) -> None:
    from govcamp.ui.applicants_dialogs import PersonDialog

    applicant_service.import_applicants(doc.db, _people(tmp_path, 3))
    page.refresh()
    tab = page.applicants
    tab.view.selectRow(0)
    person = tab.proxy.index(0, 0).data(ValueRole)

    def fill(dialog: PersonDialog) -> None:
        dialog.organisation.clear()
        qtbot.keyClicks(dialog.organisation, "Ceredigion County Council")
        dialog.organisation_type.setCurrentIndex(dialog.organisation_type.findData("local_government"))
        dialog.accept()

    assert with_dialog(PersonDialog, fill, tab.edit_selected) == []
    stored = applicant_service.get_applicant(doc.db, person.id)
    assert (stored.organisation, stored.organisation_type) == (
        "Ceredigion County Council",
        "local_government",
    )
    assert tab.proxy.index(0, ApplicantsModel.ORGANISATION).data() == "Ceredigion County Council"
    doc.undo_stack.undo()
    assert applicant_service.get_applicant(doc.db, person.id).organisation == person.organisation


def test_expired_offers_pass_on_when_checked(
    qtbot: QtBot, page: ApplicantsPage, doc: EventDocument, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from govcamp.services import tickets as ticket_service

    applicant_service.import_applicants(doc.db, _people(tmp_path, 6))
    lottery_service.set_rules(doc.db, places=3)
    lottery_service.commit(doc.db)
    result = lottery_service.draw(doc.db, "seed")
    ticket_service.decline(doc.db, [str(result.drawn[0])], now=datetime(2020, 1, 1, tzinfo=UTC))
    assert applicant_service.get_applicant(doc.db, result.waitlist[0]).status == "offered"
    assert page.expire_offers() == 1  # its deadline passed long ago
    assert applicant_service.get_applicant(doc.db, result.waitlist[0]).status == "expired"
    assert applicant_service.get_applicant(doc.db, result.waitlist[1]).status == "offered"
    assert page.timer.isActive()


def test_reset_draw_with_confirmation(
    qtbot: QtBot, page: ApplicantsPage, doc: EventDocument, tmp_path: Path
) -> None:
    applicant_service.import_applicants(doc.db, _people(tmp_path, 8))
    lottery_service.set_rules(doc.db, places=4)
    lottery_service.commit(doc.db)
    lottery_service.draw(doc.db, "seed")
    doc.notify("lottery")
    tab = page.lottery
    assert tab.reset_button.isEnabled()

    def yes(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    assert with_dialog(QMessageBox, yes, tab.reset_button.click) == []
    assert lottery_service.status(doc.db).stage == "committed"
    assert {v.status for v in applicant_service.list_applicants(doc.db)} == {"applied"}
    assert tab.draw_button.isEnabled() and not tab.reset_button.isEnabled()


def test_possible_duplicates_are_flagged_for_review(
    qtbot: QtBot, page: ApplicantsPage, doc: EventDocument, tmp_path: Path
) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(
        "Name,Email,Organisation\nZoë Smith,zoe@bristol.gov.uk,Bristol City Council\n"
        "Zoe Smith,zoe.smith@gmail.com,Bristol City Council\nAnn Lee,ann@example.org,Leeds\n",
        encoding="utf-8",
    )
    applicant_service.import_applicants(doc.db, path)
    page.refresh()
    tab = page.applicants
    assert "2 possible duplicates to check" in tab.counts.text()
    tab.status.setCurrentIndex(tab.status.findData("likely_duplicate"))
    assert tab.proxy.rowCount() == 2
    assert "same person" in tab.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert len(applicant_service.list_applicants(doc.db)) == 3  # flagged, never merged
