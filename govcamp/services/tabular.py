"""Read a table of people or pitches from a CSV or XLSX file, whatever program wrote it.

The one entry point is :func:`read_table`::

    table = read_table(Path("attendees.csv"))
    table.header        # ("First Name", "Last Name", "Email", ...) — stripped, as written
    for row in table.rows:
        row.line        # 1-based line (CSV: physical line the record starts on; XLSX: sheet row)
        row.values      # tuple of str, exactly len(table.header) long (short rows padded with "")
        row.get(2)      # the value of column 2, "" when absent
    table.source        # "csv" or "xlsx"
    table.encoding      # "utf-8", "utf-8-sig", "utf-16", "cp1252" (CSV) or "" (XLSX)
    table.delimiter     # "," ";" "\\t" "|" (CSV) or "" (XLSX)

What it accepts:

* CSV with any common delimiter (comma, semicolon, tab, pipe), found by :class:`csv.Sniffer` with a
  counting fallback; text in UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's "Unicode text"),
  or cp1252 (Excel's "CSV" on Windows); quoted fields that hold delimiters and line breaks.
* XLSX (the first sheet) through openpyxl in read-only mode; numbers, dates and booleans become text.

Rows that are entirely blank are skipped. Values are kept whole, however long; callers decide whether a
long value is acceptable. Anything else — an empty file, a header with no rows, binary data, a PDF renamed
``.csv``, an unbalanced quote, a header with no usable column names — raises :class:`UnreadableFileError`
(a :class:`~govcamp.domain.errors.GovcampError`) with one sentence saying what is wrong.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from govcamp.domain.errors import GovcampError

__all__ = ["Row", "Table", "UnreadableFileError", "read_table", "read_table_bytes"]

_DELIMITERS = ",;\t|"
_SAMPLE = 64 * 1024


class UnreadableFileError(GovcampError):
    """The file cannot be read as a table; nothing was changed."""


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its 1-based line in the file and its values, one per header column."""

    line: int
    values: tuple[str, ...]

    def get(self, column: int) -> str:
        return self.values[column] if 0 <= column < len(self.values) else ""


@dataclass(frozen=True, slots=True)
class Table:
    """A header and its data rows."""

    header: tuple[str, ...]
    rows: tuple[Row, ...]
    source: str
    encoding: str = ""
    delimiter: str = ""

    def column(self, name: str) -> int | None:
        """The index of the column with this header (case- and space-insensitive), or None."""
        wanted = " ".join(name.split()).casefold()
        for index, title in enumerate(self.header):
            if " ".join(title.split()).casefold() == wanted:
                return index
        return None


def read_table(path: Path) -> Table:
    """Read a CSV or XLSX file; raise :class:`UnreadableFileError` when it is not a usable table."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableFileError(f"There is no file at {path}.") from exc
    except IsADirectoryError as exc:
        raise UnreadableFileError(f"{path} is a folder, not a file.") from exc
    except OSError as exc:
        raise UnreadableFileError(f"{path} cannot be read: {exc.strerror or exc}.") from exc
    return read_table_bytes(data, name=path.name)


def read_table_bytes(data: bytes, *, name: str = "the file") -> Table:
    """Read a table from the bytes of a CSV or XLSX file; ``name`` is used in messages."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise UnreadableFileError(f"{name} is empty.")
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, name)
    if data.startswith(b"%PDF"):
        raise UnreadableFileError(f"{name} is a PDF, not a spreadsheet; export the list as CSV or XLSX.")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFileError(f"{name} is an old Excel (.xls) file; save it as XLSX or CSV.")
    text, encoding = _decode(data, name)
    return _read_csv(text, encoding, name)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UnreadableFileError(f"{name} says it is UTF-16 but is not valid UTF-16.") from exc
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise UnreadableFileError(f"{name} says it is UTF-8 but is not valid UTF-8.") from exc
    if b"\x00" in data[:_SAMPLE]:
        # UTF-16 without a BOM shows as every other byte zero; anything else with NULs is binary.
        sample = data[:_SAMPLE]
        if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4:
            try:
                return data.decode("utf-16-le"), "utf-16"
            except UnicodeDecodeError:
                pass
        raise UnreadableFileError(f"{name} is not a text file or spreadsheet (it holds binary data).")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:_SAMPLE] if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > 8 or "\ufffd" in text[:_SAMPLE]:
        raise UnreadableFileError(f"{name} is not a text file or spreadsheet (it holds binary data).")
    return text, "cp1252"


def _sniff_delimiter(text: str) -> str:
    sample = text[:_SAMPLE]
    first_lines = sample.splitlines()[:20]
    try:
        dialect = csv.Sniffer().sniff("\n".join(first_lines), delimiters=_DELIMITERS)
        if dialect.delimiter in _DELIMITERS:
            return dialect.delimiter
    except csv.Error:
        pass
    header = first_lines[0] if first_lines else ""
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _records(text: str, delimiter: str, name: str) -> Iterator[tuple[int, list[str]]]:
    # csv.reader reports the line it has reached; the record started on the line after the previous one.
    # Keep very long values whole rather than stopping at the csv module's 128 KiB default.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    previous_end = 0
    try:
        for record in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            yield start, record
    except csv.Error as exc:
        line = previous_end + 1
        if "end of data" in str(exc):
            raise UnreadableFileError(
                f"{name} has a quote opened on line {line} that is never closed; fix it and try again."
            ) from exc
        raise UnreadableFileError(f"{name} cannot be read as CSV on line {line}: {exc}.") from exc


def _read_csv(text: str, encoding: str, name: str) -> Table:
    delimiter = _sniff_delimiter(text)
    header: tuple[str, ...] | None = None
    rows: list[Row] = []
    for line, record in _records(text, delimiter, name):
        if not any(cell.strip() for cell in record):
            continue
        if header is None:
            header = _header(record, name)
            continue
        rows.append(Row(line, _fit(record, len(header))))
    if header is None:
        raise UnreadableFileError(f"{name} is empty.")
    if not rows:
        raise UnreadableFileError(f"{name} has a header but no rows.")
    return Table(header, tuple(rows), "csv", encoding, delimiter)


def _header(record: list[str] | tuple[str, ...], name: str) -> tuple[str, ...]:
    header = tuple(" ".join(str(cell).split()) for cell in record)
    while header and not header[-1]:
        header = header[:-1]
    usable = [title for title in header if title]
    if not usable:
        raise UnreadableFileError(f"{name} has no column names in its first row.")
    printable = sum(ch.isprintable() for title in usable for ch in title)
    total = sum(len(title) for title in usable)
    if total and printable / total < 0.9:
        raise UnreadableFileError(f"{name} is not a text file or spreadsheet (its first row is not text).")
    return header


def _fit(record: list[str], width: int) -> tuple[str, ...]:
    if len(record) < width:
        record = record + [""] * (width - len(record))
    return tuple(cell.strip() for cell in record[:width])


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() != time() else str(value.date())
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _read_xlsx(data: bytes, name: str) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign zip
        raise UnreadableFileError(
            f"{name} is not a spreadsheet that can be read (is it an XLSX file?)."
        ) from exc
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise UnreadableFileError(f"{name} has no sheets.")
        header: tuple[str, ...] | None = None
        rows: list[Row] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(value) for value in values]
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = _header(cells, name)
                continue
            rows.append(Row(number, _fit(cells, len(header))))
    finally:
        workbook.close()
    if header is None:
        raise UnreadableFileError(f"{name} is empty.")
    if not rows:
        raise UnreadableFileError(f"{name} has a header but no rows.")
    return Table(header, tuple(rows), "xlsx")
