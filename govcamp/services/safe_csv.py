"""CSV files govcamp writes for people to open in a spreadsheet: every cell neutralised against formula
injection (see :func:`govcamp.domain.safe_text.spreadsheet_cell`)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from govcamp.domain.safe_text import spreadsheet_cell


class SafeWriter:
    """A ``csv.writer`` whose every cell is safe to open in Excel, LibreOffice or Google Sheets."""

    def __init__(self, handle: TextIO, **options: Any) -> None:
        self._writer = csv.writer(handle, **options)

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([spreadsheet_cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def writer(handle: TextIO, **options: Any) -> SafeWriter:
    """The safe counterpart of :func:`csv.writer`."""
    return SafeWriter(handle, **options)
