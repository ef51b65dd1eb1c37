"""Hostile and odd input to the importers: encodings decided on evidence (never mojibake), control
characters never stored or echoed, impossible numbers refused by line, zip bombs and huge files bounded,
and a pitches import that is all or nothing."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govcamp.cli import main
from govcamp.domain.errors import GovcampError
from govcamp.domain.safe_text import for_terminal, strip_controls
from govcamp.services import pitches, tabular
from govcamp.services.tabular import UnreadableFileError, UnsureEncodingError, read_table_bytes
from govcamp.store.eventfile import EventDB
from tests.pg import read_rows

HEADER = "First Name,Last Name,Email\n"


def people(target: str) -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in read_rows(target, "SELECT full_name, badge_name FROM person")]


def test_windows_1252_names_still_import() -> None:
    data = (HEADER + "Zoë,Müller,z@x.org\nFrançois,Créé,f@x.org\n“Émilie”,Straße,e@x.org\n").encode("cp1252")
    table = read_table_bytes(data, name="people.csv")
    assert table.encoding == "cp1252"
    assert [r.values[:2] for r in table.rows] == [
        ("Zoë", "Müller"),
        ("François", "Créé"),
        ("“Émilie”", "Straße"),
    ]


def test_utf8_with_one_bad_byte_is_refused_naming_the_line_not_read_as_cp1252() -> None:
    data = (HEADER + "Siân,Jones,s@x.org\nBob,Smith,b@x.org\n").encode("utf-8").replace(b"Smith", b"Sm\xffth")
    with pytest.raises(UnsureEncodingError, match="line 3") as caught:
        read_table_bytes(data, name="people.csv")
    assert caught.value.line == 3 and "SiÃ¢n" not in str(caught.value)


@pytest.mark.parametrize("encoding", ["shift_jis", "gb18030", "big5", "euc-kr"])
def test_east_asian_encodings_are_refused_rather_than_guessed(encoding: str) -> None:
    names = {"shift_jis": "山田,太郎", "gb18030": "李,小龙", "big5": "陳,大文", "euc-kr": "김,민준"}
    data = (HEADER + f"{names[encoding]},x@x.org\n").encode(encoding)
    with pytest.raises(UnsureEncodingError, match="UTF-8"):
        read_table_bytes(data, name="people.csv")


def test_the_command_refuses_a_broken_file_in_one_line_and_stores_nothing(
    event_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "people.csv"
    data.write_bytes(
        (HEADER + "Siân,Jones,s@x.org\nBob,Sm\xffth,b@x.org\n").encode("utf-8", "surrogateescape")
    )
    data.write_bytes(data.read_bytes().replace("Smÿth".encode(), b"Sm\xffth"))
    assert main(["applicants", "import", event_target, str(data)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 3" in err
    assert people(event_target) == []


def test_control_characters_are_never_stored(event_target: str, tmp_path: Path) -> None:
    data = tmp_path / "people.csv"
    data.write_text(
        HEADER + "\x1b[2JMal\x7flory,\u202eevil\u202c,m@x.org\nSiân,\x9b31mJones,s@x.org\n", encoding="utf-8"
    )
    assert main(["applicants", "import", event_target, str(data)]) == 0
    stored = people(event_target)
    assert stored and all(strip_controls(full) == full and strip_controls(b) == b for full, b in stored)
    assert {full for full, _badge in stored} == {"Mallory evil", "Siân Jones"}


def test_a_nul_in_a_text_file_is_refused_not_stored(event_target: str, tmp_path: Path) -> None:
    data = tmp_path / "people.csv"
    data.write_text(HEADER + "Mal\x00lory,Smith,m@x.org\n", encoding="utf-8")
    assert main(["applicants", "import", event_target, str(data)]) == 2
    assert people(event_target) == []


def test_every_stored_field_loses_escapes_whatever_path_wrote_it(db: EventDB) -> None:
    from govcamp.store.tables import Room

    with db.session() as session:
        session.add(Room(name="Main\x1b[5m hall\u202e", capacity=10, features=["step\x00_free"]))
    with db.session() as session:
        room = session.exec(__import__("sqlmodel").select(Room)).one()
        assert (room.name, room.features) == ("Main hall", ["step_free"])


def test_the_command_line_never_prints_raw_escapes(event_target: str, tmp_path: Path) -> None:
    data = tmp_path / "pitches.csv"
    data.write_text("Title,Host,Hands\nBig \x1b]0;pwned\x07 data,Ann,\x1b[31mmany\n", encoding="utf-8")
    missing = tmp_path / "gone\x1b[2J.csv"
    outputs = []
    for source in (data, missing):
        result = subprocess.run(
            [sys.executable, "-m", "govcamp", "pitches", "import", event_target, str(source)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 2 and result.stderr.count("\n") == 1
        outputs.append(result.stderr + result.stdout)
    assert all("\x1b" not in text for text in outputs)
    assert "“many”" in outputs[0] and "gone\\u001b[2J.csv" in outputs[1]


@given(st.text())
def test_stripped_text_has_nothing_unsafe_and_printing_it_is_safe(text: str) -> None:
    clean = strip_controls(text)
    assert not any(ord(c) < 32 and c not in "\t\r\n" for c in clean)
    assert not any(
        0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in clean
    )
    shown = for_terminal(text)
    assert "\x1b" not in shown and "\x00" not in shown and "\u202e" not in shown


@pytest.mark.parametrize("hands", ["inf", "-inf", "1e400", "nan", "12.5", "-3", "100001", "1e5000"])
def test_impossible_hands_are_refused_by_line(db: EventDB, tmp_path: Path, hands: str) -> None:
    data = tmp_path / "pitches.csv"
    data.write_text(f"Title,Host,Hands\nMaps,Ann,3\nBig data,Bob,{hands}\n", encoding="utf-8")
    with pytest.raises(GovcampError, match="Line 3"):
        pitches.import_pitches(db, data)
    assert pitches.list_sessions(db) == []


def test_hands_written_as_decimals_by_a_spreadsheet_are_fine(db: EventDB, tmp_path: Path) -> None:
    data = tmp_path / "pitches.csv"
    data.write_text("Title,Host,Hands\nMaps,Ann,12.0\n", encoding="utf-8")
    assert [s.demand for s in pitches.import_pitches(db, data).added] == [12]


def test_a_pitches_import_that_fails_partway_keeps_nothing(
    db: EventDB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "pitches.csv"
    data.write_text("Title,Host\n" + "".join(f"Session {i},Host {i}\n" for i in range(50)), encoding="utf-8")
    real = pitches.SessionHost
    made = 0

    def failing(**kwargs: object) -> object:
        nonlocal made
        made += 1
        if made == 30:
            raise OSError("the disk went away")
        return real(**kwargs)

    monkeypatch.setattr(pitches, "SessionHost", failing)
    with pytest.raises(OSError):
        pitches.import_pitches(db, data)
    monkeypatch.undo()
    assert pitches.list_sessions(db) == []


def _bomb(uncompressed: int) -> bytes:
    """A real XLSX whose sheet unpacks to ``uncompressed`` bytes of empty rows."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Title", "Host"])
    book.active.append(["Maps", "Ann"])
    plain = io.BytesIO()
    book.save(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                head, tail = content.split(b"</sheetData>")
                filler = b"<row/>" * ((uncompressed - len(content)) // 6)
                content = head + filler + b"</sheetData>" + tail
            target.writestr(info.filename, content)
    return out.getvalue()


def test_an_xlsx_zip_bomb_is_refused_before_unpacking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_UNCOMPRESSED", 2_000_000)
    bomb = _bomb(5_000_000)
    assert len(bomb) < 100_000
    with pytest.raises(UnreadableFileError, match="zip bomb"):
        read_table_bytes(bomb, name="pitches.xlsx")


def test_too_many_rows_are_refused_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_ROWS", 100)
    data = ("Title,Host\n" + "".join(f"S{i},H{i}\n" for i in range(101))).encode()
    with pytest.raises(UnreadableFileError, match="more than 100 rows"):
        read_table_bytes(data, name="pitches.csv")
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Title", "Host"])
    for i in range(150):
        book.active.append([f"S{i}", f"H{i}"])
    sheet = io.BytesIO()
    book.save(sheet)
    with pytest.raises(UnreadableFileError, match="more than 100 rows"):
        read_table_bytes(sheet.getvalue(), name="pitches.xlsx")


def test_a_file_too_big_to_be_a_table_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 1000)
    data = tmp_path / "pitches.csv"
    data.write_text("Title,Host\n" + "Maps,Ann\n" * 200, encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="MB"):
        tabular.read_table(data)
