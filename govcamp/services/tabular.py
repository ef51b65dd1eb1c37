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
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from govcamp.domain.errors import GovcampError
from govcamp.domain.safe_text import strip_controls
from govcamp.domain.words import _

__all__ = ["Row", "Table", "UnreadableFileError", "UnsureEncodingError", "read_table", "read_table_bytes"]

_DELIMITERS = ",;\t|"
_SAMPLE = 64 * 1024
#: Limits that keep a hostile file from running for minutes or filling the memory (a zip bomb).
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_ROWS = 250_000
MAX_COLUMNS = 500


class UnreadableFileError(GovcampError):
    """The file cannot be read as a table; nothing was changed."""


class UnsureEncodingError(UnreadableFileError):
    """The text's encoding cannot be decided with confidence; ``line`` is the first line that shows it and
    ``readings`` how that line reads in each encoding the whole file is valid in, for a person to choose."""

    def __init__(self, message: str, *, line: int, readings: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message)
        self.line = line
        self.readings = readings


#: The encodings a person may be offered when govcamp cannot be sure, most common first.
CANDIDATES = ("utf-8", "cp1252", "shift_jis", "gb18030", "big5", "euc-kr", "euc-jp", "iso-8859-2", "koi8-r")


def readings(data: bytes, line: int) -> tuple[tuple[str, str], ...]:
    """How line ``line`` of ``data`` reads in each of :data:`CANDIDATES` that decodes the whole file."""
    found = []
    for candidate in CANDIDATES:
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        lines = text.splitlines()
        if 0 < line <= len(lines):
            found.append((candidate, strip_controls(lines[line - 1])[:200]))
    return tuple(found)


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


def read_table(path: Path, *, encoding: str | None = None) -> Table:
    """Read a CSV or XLSX file; raise :class:`UnreadableFileError` when it is not a usable table.

    ``encoding`` is the person's answer when :class:`UnsureEncodingError` asked them (a CSV only).
    """
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UnreadableFileError(
                _("{name} is {size} MB; govcamp reads tables up to {most} MB.").format(
                    name=path.name,
                    size=f"{path.stat().st_size / 1e6:,.0f}",
                    most=MAX_FILE_BYTES // (1024 * 1024),
                )
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableFileError(_("There is no file at {path}.").format(path=path)) from exc
    except IsADirectoryError as exc:
        raise UnreadableFileError(_("{path} is a folder, not a file.").format(path=path)) from exc
    except OSError as exc:
        raise UnreadableFileError(
            _("{path} cannot be read: {reason}.").format(path=path, reason=exc.strerror or exc)
        ) from exc
    return read_table_bytes(data, name=path.name, encoding=encoding)


def read_table_bytes(data: bytes, *, name: str | None = None, encoding: str | None = None) -> Table:
    """Read a table from the bytes of a CSV or XLSX file; ``name`` (else "the file") is used in messages."""
    if name is None:
        name = _("the file")
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise UnreadableFileError(_("{name} is empty.").format(name=name))
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, name)
    if data.startswith(b"%PDF"):
        raise UnreadableFileError(
            _("{name} is a PDF, not a spreadsheet; export the list as CSV or XLSX.").format(name=name)
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFileError(
            _("{name} is an old Excel (.xls) file; save it as XLSX or CSV.").format(name=name)
        )
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise UnreadableFileError(
                _("{name} is not {encoding} text (line {line} does not read as it).").format(
                    name=name, encoding=encoding, line=_line_of(data, exc.start)
                )
            ) from exc
        except LookupError as exc:
            raise UnreadableFileError(
                _("“{encoding}” is not an encoding govcamp knows.").format(encoding=encoding)
            ) from exc
        return _read_csv(text.removeprefix("\ufeff"), encoding, name)
    text, found = _decode(data, name)
    return _read_csv(text, found, name)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UnreadableFileError(
                _("{name} says it is UTF-16 but is not valid UTF-16.").format(name=name)
            ) from exc
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise UnreadableFileError(
                _("{name} says it is UTF-8 but is not valid UTF-8.").format(name=name)
            ) from exc
    if b"\x00" in data[:_SAMPLE]:
        # UTF-16 without a BOM shows as every other byte zero; anything else with NULs is binary.
        sample = data[:_SAMPLE]
        if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4:
            try:
                return data.decode("utf-16-le"), "utf-16"
            except UnicodeDecodeError:
                pass
        raise UnreadableFileError(_binary(name))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # Evidence, not hope: a file that is mostly well-formed UTF-8 is UTF-8 with a broken byte, not
    # Windows-1252 (reading it so would store “Siân” as “SiÃ¢n”).
    if _mostly_utf8(data):
        line = _line_of(data, first_bad)
        raise UnsureEncodingError(
            _(
                "{name} is UTF-8 text with a broken byte on line {line}; fix or re-save it as UTF-8 and "
                "import again. Nothing was imported."
            ).format(name=name, line=line),
            line=line,
            # No choice to offer: every other encoding reads the file's good UTF-8 as mojibake.
        )
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:_SAMPLE] if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > 8 or "\ufffd" in text[:_SAMPLE]:
        if _looks_multibyte(data):
            line = next(
                n for n, t in enumerate(text.splitlines(), start=1) if "\ufffd" in t or _implausible(t)
            )
            raise UnsureEncodingError(_unsure(name, line), line=line, readings=readings(data, line))
        raise UnreadableFileError(_binary(name))
    for number, line_text in enumerate(text.splitlines(), start=1):
        if _NON_ASCII.search(line_text) and _implausible(line_text):
            raise UnsureEncodingError(_unsure(name, number), line=number, readings=readings(data, number))
    return text, "cp1252"


# A lead byte and its continuation bytes, as UTF-8 writes every character beyond ASCII.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
# Western text in Windows-1252 puts an accented letter beside plain ones ("Zoë", "Müller", "créé").
_LETTERS = frozenset("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿŒœŠšŽžŸ")
_PUNCTUATION = frozenset("\u00a0‘’‚“”„–—…•€£°·«»¡¿©®™§ªº±×÷µ¢¥")
# What cp1252 shows for the bytes of Shift-JIS, GB18030 or Big5, and almost never in a list of people.
_RARE = frozenset("ƒˆ‰‹›˜¤¦¨¯´¸¹²³¼½¾¬†‡\u00ad")


def _mostly_utf8(data: bytes) -> bool:
    """Well-formed UTF-8 sequences outnumber the stray high bytes: UTF-8 with damage, not another encoding."""
    sequences = _UTF8_SEQUENCE.findall(data)
    if not sequences:
        return False
    stray = len(_HIGH.findall(data)) - sum(len(seq) for seq in sequences)
    return len(sequences) >= stray


def _implausible(line: str) -> bool:
    """Whether a line read as Windows-1252 looks like another encoding misread: three accented characters
    in a row, two that differ in case or are not letters, or a symbol a list of people would not hold."""
    run = 0
    previous = ""
    for ch in line:
        if ord(ch) < 0x80 or ch in _PUNCTUATION:
            run = 0
            continue
        if ch in _RARE or ch not in _LETTERS:
            return True
        run += 1
        if run >= 3 or (run == 2 and previous.isupper() != ch.isupper()):
            return True
        previous = ch
    return False


def _looks_multibyte(data: bytes) -> bool:
    high = sum(1 for byte in data[:_SAMPLE] if byte >= 0x80)
    return high > 0 and b"\x00" not in data[:_SAMPLE]


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _binary(name: str) -> str:
    return _("{name} is not a text file or spreadsheet (it holds binary data).").format(name=name)


def _too_many_rows(name: str) -> str:
    return _("{name} has more than {most} rows; split it into smaller files.").format(
        name=name, most=f"{MAX_ROWS:,}"
    )


def _unsure(name: str, line: int) -> str:
    return _(
        "{name} is not in an encoding govcamp can be sure of (line {line} would read as nonsense in "
        "Windows-1252; is it Shift-JIS, GB18030 or another?). Save it as UTF-8 and import again. "
        "Nothing was imported."
    ).format(name=name, line=line)


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
                _(
                    "{name} has a quote opened on line {line} that is never closed; fix it and try again."
                ).format(name=name, line=line)
            ) from exc
        raise UnreadableFileError(
            _("{name} cannot be read as CSV on line {line}: {reason}.").format(
                name=name, line=line, reason=exc
            )
        ) from exc


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
        if len(rows) >= MAX_ROWS:
            raise UnreadableFileError(_too_many_rows(name))
        rows.append(Row(line, _fit(record, len(header))))
    if header is None:
        raise UnreadableFileError(_("{name} is empty.").format(name=name))
    if not rows:
        raise UnreadableFileError(_("{name} has a header but no rows.").format(name=name))
    return Table(header, tuple(rows), "csv", encoding, delimiter)


def _header(record: list[str] | tuple[str, ...], name: str) -> tuple[str, ...]:
    header = tuple(" ".join(str(cell).split()) for cell in record)
    while header and not header[-1]:
        header = header[:-1]
    usable = [title for title in header if title]
    if not usable:
        raise UnreadableFileError(_("{name} has no column names in its first row.").format(name=name))
    printable = sum(ch.isprintable() for title in usable for ch in title)
    total = sum(len(title) for title in usable)
    if total and printable / total < 0.9:
        raise UnreadableFileError(
            _("{name} is not a text file or spreadsheet (its first row is not text).").format(name=name)
        )
    return tuple(strip_controls(title) for title in header)


def _fit(record: list[str], width: int) -> tuple[str, ...]:
    if len(record) < width:
        record = record + [""] * (width - len(record))
    # No cell brings a terminal escape, a stray control character or a bidi override into the event.
    return tuple(strip_controls(cell).strip() for cell in record[:width])


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


def _check_zip(data: bytes, name: str) -> None:
    """Refuse a zip that would unpack to more than :data:`MAX_UNCOMPRESSED` (Python's zip reader stops each
    member at its declared size, so the declared sizes bound the work)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise UnreadableFileError(
            _("{name} is not a spreadsheet that can be read (is it an XLSX file?).").format(name=name)
        ) from exc
    if total > MAX_UNCOMPRESSED:
        raise UnreadableFileError(
            _(
                "{name} would unpack to {size} MB (a zip bomb?); govcamp reads spreadsheets up to {most} MB "
                "unpacked."
            ).format(name=name, size=f"{total / 1e6:,.0f}", most=MAX_UNCOMPRESSED // (1024 * 1024))
        )


def _read_xlsx(data: bytes, name: str) -> Table:
    from openpyxl import load_workbook

    _check_zip(data, name)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign zip
        raise UnreadableFileError(
            _("{name} is not a spreadsheet that can be read (is it an XLSX file?).").format(name=name)
        ) from exc
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise UnreadableFileError(_("{name} has no sheets.").format(name=name))
        header: tuple[str, ...] | None = None
        rows: list[Row] = []
        rows_seen = 0
        for number, values in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
            rows_seen += 1
            if rows_seen > MAX_ROWS + 1000:  # blank rows count too: a sheet of a million empty rows is work
                raise UnreadableFileError(_too_many_rows(name))
            cells = [_cell_text(value) for value in values]
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = _header(cells, name)
                continue
            if len(rows) >= MAX_ROWS:
                raise UnreadableFileError(_too_many_rows(name))
            rows.append(Row(number, _fit(cells, len(header))))
    finally:
        workbook.close()
    if header is None:
        raise UnreadableFileError(_("{name} is empty.").format(name=name))
    if not rows:
        raise UnreadableFileError(_("{name} has a header but no rows.").format(name=name))
    return Table(header, tuple(rows), "xlsx")
