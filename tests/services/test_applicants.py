"""Importing applicants: every flavour of file in, every problem reported with its line, nothing half-done."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from govcamp.domain.applicants import auto_map
from govcamp.services.applicants import ImportRefusedError, import_applicants, list_applicants, plan_import
from govcamp.services.tabular import UnreadableFileError
from govcamp.store.eventfile import EventDB

EVENTBRITE = (
    "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Company,Job Title\n"
    "1001,2027-01-05,Aisha,Khan,aisha.khan@birmingham.gov.uk,1,General,1,Birmingham City Council,Developer\n"
    "1002,2027-01-05,Gareth,Jones,gareth@cardiff.gov.uk,1,General,2,Cardiff Council,Product manager\n"
    "1003,2027-01-06,Siân,Ó Briain,sian@example.org,1,Volunteer,3,Code for All,\n"
)


def _write(tmp_path: Path, text: str, name: str = "people.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            ["Order #", "First Name", "Last Name", "Email", "Company", "Job Title"],
            {"first_name": 1, "last_name": 2, "email": 3, "organisation": 4},
        ),
        (
            ["Ticket First Name", "Ticket Last Name", "Ticket Email", "Ticket Company Name"],
            {"first_name": 0, "last_name": 1, "email": 2, "organisation": 3},
        ),
        (
            ["Timestamp", "Email Address", "Your name", "Which organisation do you work for?", "Pronouns"],
            {"email": 1, "full_name": 2, "organisation": 3, "pronouns": 4},
        ),
        (
            [
                "ID",
                "Start time",
                "Completion time",
                "Email",
                "Name",
                "1. What is your email address?",
                "Sector",
            ],
            {"email": 3, "full_name": 4, "organisation_type": 6},
        ),
        (
            [
                "Full name",
                "Email",
                "Organisation",
                "Organisation type",
                "First timer",
                "Access needs",
                "Dietary needs",
            ],
            {
                "full_name": 0,
                "email": 1,
                "organisation": 2,
                "organisation_type": 3,
                "first_timer": 4,
                "access_needs": 5,
                "dietary_needs": 6,
            },
        ),
    ],
    ids=["eventbrite", "tito", "google-forms", "microsoft-forms", "template"],
)
def test_columns_are_mapped_for_the_usual_exports(header: list[str], expected: dict[str, int]) -> None:
    assert auto_map(header) == expected


def test_import_then_reimport_adds_nobody(db: EventDB, tmp_path: Path) -> None:
    path = _write(tmp_path, EVENTBRITE)
    first = import_applicants(db, path)
    assert first.imported == 3
    people = list_applicants(db)
    assert [p.full_name for p in people] == ["Aisha Khan", "Gareth Jones", "Siân Ó Briain"]
    assert {p.status for p in people} == {"applied"}
    assert people[0].organisation == "Birmingham City Council"
    codes = [p.checkin_code for p in people]
    assert len(set(codes)) == 3 and all(len(code) >= 8 for code in codes)
    again = import_applicants(db, _write(tmp_path, EVENTBRITE.upper().replace("ORDER", "Order"), "again.csv"))
    assert again.imported == 0
    assert again.plan.count("already_applied") == 3
    assert len(list_applicants(db)) == 3


def test_bad_rows_are_all_reported_and_nothing_is_imported(db: EventDB, tmp_path: Path) -> None:
    text = (
        "Name,Email,Organisation\n"
        "Ann Lee,ann@example.org,Leeds City Council\n"
        ",nobody@example.org,Somewhere\n"
        "Bob Cray,,Somewhere\n"
        "Cat Dee,not-an-email,Somewhere\n"
        "Ann Lee (again),ANN@example.org ,Leeds City Council\n"
        "Dan Eel,dan@example.org,Kent County Council\n"
    )
    path = _write(tmp_path, text)
    result = import_applicants(db, path)
    assert result.imported == 0
    assert list_applicants(db) == []
    kinds = [(p.line, p.kind) for p in result.plan.problems]
    assert kinds == [
        (3, "missing_name"),
        (4, "missing_email"),
        (5, "invalid_email"),
        (6, "duplicate_in_file"),
    ]
    assert "line 2" in result.plan.problems[-1].message
    good = import_applicants(db, path, skip_invalid=True)
    assert good.imported == 2
    assert sorted(p.email for p in list_applicants(db)) == ["ann@example.org", "dan@example.org"]


def test_likely_duplicates_are_flagged_not_merged(db: EventDB, tmp_path: Path) -> None:
    text = (
        "Name,Email,Organisation\n"
        "Zoë Smith,zoe@work.gov.uk,Bristol City Council\n"
        "zoe smith,zoe.smith@gmail.com,Bristol City Council\n"
    )
    result = import_applicants(db, _write(tmp_path, text))
    assert result.imported == 2
    assert [(p.line, p.kind) for p in result.plan.problems] == [(3, "likely_duplicate")]
    assert len(list_applicants(db)) == 2


def test_manual_mapping_and_missing_email_column(db: EventDB, tmp_path: Path) -> None:
    path = _write(tmp_path, "Who,Contact,Where\nAnn,ann@example.org,Leeds\n")
    with pytest.raises(ImportRefusedError, match="recognised as the email address"):
        plan_import(db, path)
    plan = plan_import(db, path, {"full_name": "Who", "email": "contact", "organisation": "3"})
    assert plan.mapping == {"full_name": 0, "email": 1, "organisation": 2}
    assert [row.organisation for row in plan.new] == ["Leeds"]


def test_long_values_are_refused_with_a_message(db: EventDB, tmp_path: Path) -> None:
    long_name = "A" * 5000
    path = _write(tmp_path, f"Name,Email,Access needs\n{long_name},a@example.org,{'x' * 3000}\n")
    result = import_applicants(db, path)
    assert result.imported == 0
    assert result.plan.problems[0].kind == "too_long"
    assert "5,000 characters" in result.plan.problems[0].message
    # Long access needs within the limit are kept whole.
    path = _write(tmp_path, f"Name,Email,Access needs\nAnn,a@example.org,{'x' * 3000}\n", "ok.csv")
    assert import_applicants(db, path).imported == 1
    assert list_applicants(db)[0].access_needs == "x" * 3000


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_excel_encodings(db: EventDB, tmp_path: Path, encoding: str) -> None:
    text = "First Name;Last Name;Email\r\nJosé;Muñoz;jose@example.es\r\n"
    assert import_applicants(db, _write(tmp_path, text, encoding=encoding)).imported == 1
    assert list_applicants(db)[0].full_name == "José Muñoz"


def test_xlsx(db: EventDB, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Email Address", "Name", "Organisation"])
    sheet.append(["ann@example.org", "Ann Lee", "Leeds"])
    path = tmp_path / "form.xlsx"
    workbook.save(path)
    assert import_applicants(db, path).imported == 1


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"", "empty.csv"),
        (b"Name,Email\n", "header.csv"),
        (bytes(range(256)) * 30, "binary.csv"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nendobj\n", "renamed.csv"),
        (b'Name,Email\n"Ann Lee,ann@example.org\nBob,bob@example.org\n', "quotes.csv"),
    ],
)
def test_unreadable_files_change_nothing(db: EventDB, tmp_path: Path, content: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError):
        import_applicants(db, path)
    assert list_applicants(db) == []
