"""The shared table reader: every common CSV flavour and XLSX in, one clear error for anything else."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from govcamp.services.tabular import UnreadableFileError, read_table

ROWS = [
    ["First Name", "Last Name", "Email"],
    ["Siân", "Ó Briain", "sian@example.gov.uk"],
    ["Bob", "Lee", "b@x.org"],
]


def _csv(rows: list[list[str]], delimiter: str) -> str:
    return "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_csv_flavours_read_the_same(tmp_path: Path, delimiter: str, encoding: str) -> None:
    path = tmp_path / "people.csv"
    rows = ROWS if encoding != "cp1252" else [[c.replace("Ó", "O") for c in r] for r in ROWS]
    path.write_bytes(_csv(rows, delimiter).encode(encoding))
    table = read_table(path)
    assert table.header == tuple(rows[0])
    assert [row.values for row in table.rows] == [tuple(r) for r in rows[1:]]
    assert [row.line for row in table.rows] == [2, 3]
    assert table.delimiter == delimiter


def test_quoted_line_breaks_keep_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text('Name,Email\n"Ann\nSmith",a@x.org\n\nBob,b@x.org\n', encoding="utf-8")
    table = read_table(path)
    assert [(row.line, row.values[0]) for row in table.rows] == [(2, "Ann\nSmith"), (5, "Bob")]


def test_xlsx(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in ROWS:
        sheet.append(row)
    sheet.append([None, None, None])
    sheet.append(["Num", 42, True])
    path = tmp_path / "p.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.source == "xlsx"
    assert table.header == tuple(ROWS[0])
    assert [row.values for row in table.rows][-1] == ("Num", "42", "yes")
    assert [row.line for row in table.rows] == [2, 3, 5]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"\r\n\r\n", "empty"),
        (b"Name,Email\r\n", "no rows"),
        (bytes(range(256)) * 20, "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b'Name,Email\n"Ann,a@x.org\nBob,b@x.org\n', "never closed"),
        (b"\x01\x02\x03,\x04\x05\nAnn,a@x.org\n", "not text"),
        (b"PK\x03\x04garbage", "not a spreadsheet"),
    ],
)
def test_unreadable_files_get_one_clear_message(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError, match=words):
        read_table(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="no file"):
        read_table(tmp_path / "nope.csv")


def test_long_values_kept_whole(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    long = "x" * 200_000
    path.write_text(f"Name,Email\n{long},a@x.org\n", encoding="utf-8")
    assert read_table(path).rows[0].values[0] == long
