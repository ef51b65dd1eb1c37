"""A person's preferred language (issue 14): imported from a sheet, kept, exported, used for their badge."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from govcamp.cli import main
from govcamp.domain.applicants import auto_map, preferred_language
from govcamp.services.applicants import get_applicant, import_applicants, list_applicants, update_applicant
from govcamp.store.eventfile import EventDB


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Language", "preferred_language"),
        ("Iaith", "preferred_language"),
        ("Preferred language", "preferred_language"),
    ],
)
def test_the_language_column_is_found(header: str, field: str) -> None:
    assert auto_map(["Name", "Email", header])[field] == 2


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Cymraeg", "cy"),
        ("welsh", "cy"),
        ("CY", "cy"),
        ("English", "en"),
        ("Saesneg", "en"),
        ("", ""),
        ("?", ""),
    ],
)
def test_what_people_write_is_understood(written: str, code: str) -> None:
    assert preferred_language(written) == code


def _by_name(db: EventDB) -> dict[str, str]:
    return {a.full_name: a.preferred_language for a in list_applicants(db)}


def test_import_from_csv_and_xlsx_then_edit(db: EventDB, tmp_path: Path) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text(
        "Name,Email,Iaith\nSiân Ŵyn,s@example.org,Cymraeg\nBob,b@example.org,English\nCai,c@example.org,\n"
    )
    import_applicants(db, csv)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Full name", "Email address", "Preferred language"])
    sheet.append(["Dafydd", "d@example.org", "Welsh"])
    book.save(tmp_path / "more.xlsx")
    import_applicants(db, tmp_path / "more.xlsx")
    assert _by_name(db) == {"Siân Ŵyn": "cy", "Bob": "en", "Cai": "", "Dafydd": "cy"}
    cai = next(a for a in list_applicants(db) if a.full_name == "Cai")
    from dataclasses import replace

    update_applicant(db, replace(get_applicant(db, cai.id), preferred_language="cy"))
    assert _by_name(db)["Cai"] == "cy"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is needed")
def test_per_person_badges_follow_the_preference_and_subject_access_shows_it(
    event_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text(
        "Name,Email,Language,Role\nSiân Ŵyn,s@example.org,cy,organiser\n"
        "Bob Smith,b@example.org,en,organiser\nCai Jones,c@example.org,,volunteer\n"
    )
    assert main(["applicants", "import", str(event_path), str(csv)]) == 0
    capsys.readouterr()
    out = tmp_path / "badges.pdf"
    code = main(
        [
            "export",
            "badges",
            str(event_path),
            "-o",
            str(out),
            "--who",
            "all",
            "--language",
            "person",
            "--json",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["language"] == "person"
    pages = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    text = " ".join(pages.split())
    # Badges in name order: Bob (English), Cai (no preference: the event's English), Siân (Welsh).
    assert text.count("TREFNYDD") == 1 and text.count("ORGANISER") == 1 and "VOLUNTEER" in text
    assert "GWIRFODDOLWR" not in text
    assert main(["person", "export", str(event_path), "s@example.org", "-o", str(tmp_path / "sar")]) == 0
    capsys.readouterr()
    held = (next((tmp_path / "sar").glob("*.json"))).read_text(encoding="utf-8")
    assert '"preferred_language": "cy"' in held
    page = (next((tmp_path / "sar").glob("*.html"))).read_text(encoding="utf-8")
    assert "Preferred language" in page
