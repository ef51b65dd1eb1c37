"""Sizing the grid table for the screen it is on: zoom, compact rows, fit to window.

On a 1366×768 laptop the full-size grid shows three of the demo's twelve rows; on a 1024×600 netbook one.
:class:`GridSizer` keeps the table readable at any size: columns are never narrower than the longest word
in a room's name or a session's title (so words wrap, never get cut), room names are broken over lines to
fit their column, rows are as tall as their wrapped text, and :meth:`GridSizer.fit` finds the largest zoom
at which every row and column is on screen at once.
"""

from __future__ import annotations

import re
import textwrap

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from govcamp.ui.grid_models import GridModel

#: Zoom steps offered by Ctrl+plus and Ctrl+minus, as fractions of the normal size.
ZOOMS = (0.6, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
#: Room for the style's text margins on both sides and the grid line.
CELL_PADDING = 10


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text) if w]


class GridSizer(QObject):
    """Zoom, compact rows and fit-to-window for one grid table and its model.

    It starts fitting the grid to the window and keeps doing so as the window changes size, until the
    person zooms or changes compact rows by hand.
    """

    #: The zoom or compact rows changed by fitting (the page shows them).
    changed = Signal()

    def __init__(self, table: QTableView, model: GridModel) -> None:
        super().__init__(table)
        self.table = table
        self._width = -1
        #: Fit to window until the person zooms by hand: the grid then follows the window's size.
        self.auto_fit = True
        self._fitting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._resized)
        table.viewport().installEventFilter(self)
        self.model = model
        self.base_size = table.font().pointSizeF()
        self.zoom = 1.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The splitters and scroll bars resize the cells' area without resizing the page: share out the
        # new width then (only the width: heights follow from it, and would otherwise go round in circles).
        if (
            event.type() == QEvent.Type.Resize
            and not self._fitting
            and (self.table.viewport().width() != self._width or self.auto_fit)
        ):
            self._timer.start()
        return False

    def _resized(self) -> None:
        if self.auto_fit:
            self.fit()
        else:
            self.relayout()

    # ---------------------------------------------------------------------------------------------- zoom

    def font(self) -> QFont:
        font = QFont(self.table.font())
        font.setPointSizeF(max(5.0, self.base_size * self.zoom))
        return font

    def set_zoom(self, zoom: float) -> None:
        if not self._fitting:
            self._scroll_as_needed()
        self.zoom = min(ZOOMS[-1], max(ZOOMS[0], zoom))
        font = self.font()
        self.model.font = font
        # Headers are widgets of their own: they do not follow the table's font unless told.
        for widget in (self.table, self.table.horizontalHeader(), self.table.verticalHeader()):
            widget.setFont(font)
        self.relayout()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 0.001), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 0.001), ZOOMS[0]))

    def _scroll_as_needed(self) -> None:
        for policy_of in (self.table.setHorizontalScrollBarPolicy, self.table.setVerticalScrollBarPolicy):
            policy_of(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def set_compact(self, compact: bool) -> None:
        self._scroll_as_needed()
        self.model.compact = compact
        self.model.layoutChanged.emit()
        self.relayout()

    # ------------------------------------------------------------------------------------------- layout

    def min_column_width(self) -> int:
        """The widest single word in any room header or session cell, plus padding."""
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        words: list[str] = []
        for room in self.model.rooms:
            words += [*_words(room.name), f"{room.capacity}", "seats"]
        for row in range(self.model.rowCount()):
            if self.model.cell_of(self.model.index(row, 0)) is None:
                continue  # a band spans every column
            for column in range(self.model.columnCount()):
                words += _words(str(self.model.data(self.model.index(row, column)) or ""))
        widest = max((metrics.horizontalAdvance(w) for w in words), default=40)
        if self.model.carrying is not None:
            widest = max(widest, QFontMetrics(bold).horizontalAdvance("▶ CARRYING ▶"))
        return widest + CELL_PADDING

    def relayout(self) -> None:
        """Share the width among the rooms, wrap their names to fit, and size rows to their text."""
        columns = self.model.columnCount()
        if not columns:
            return
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(1)
        # The viewport is the cells' area: headers and scroll bars are already outside it.
        available = self.table.viewport().width()
        self._width = available
        width = max(self.min_column_width(), available // columns)
        metrics = QFontMetrics(self.font())
        chars = max(4, (width - CELL_PADDING) // max(1, metrics.averageCharWidth()))
        names: dict[int, str] = {}
        for column, room in enumerate(self.model.rooms):
            lines = self._wrap(room.name, width - CELL_PADDING, metrics, chars)
            names[column] = "\n".join(lines)
            header.resizeSection(column, width)
        if names != self.model.header_names:
            self.model.header_names = names
            self.model.headerDataChanged.emit(header.orientation(), 0, columns - 1)
        self.table.resizeRowsToContents()
        # Scroll bars shown for the old sizes go only when the view recomputes its ranges.
        self.table.updateGeometries()

    @staticmethod
    def _wrap(text: str, width: int, metrics: QFontMetrics, chars: int) -> list[str]:
        """Break ``text`` into lines no wider than ``width`` pixels, at spaces only."""
        lines = textwrap.wrap(text, chars, break_long_words=False) or [text]
        # Character counts are a guess: split again wherever a line is still too wide in pixels.
        fitted: list[str] = []
        for line in lines:
            current = ""
            for word in line.split(" "):
                trial = f"{current} {word}".strip()
                if current and metrics.horizontalAdvance(trial) > width:
                    fitted.append(current)
                    current = word
                else:
                    current = trial
            fitted.append(current)
        return fitted

    def rows_fit(self) -> bool:
        """Whether every row is on screen (the rooms may still scroll sideways)."""
        return self.table.verticalHeader().length() <= self.table.maximumViewportSize().height()

    def fits(self) -> bool:
        """Whether every cell is on screen with no scrolling (the headers are outside the cells' area)."""
        room = self.table.maximumViewportSize()
        horizontal = self.table.horizontalHeader().length()
        vertical = self.table.verticalHeader().length()
        return horizontal <= room.width() and vertical <= room.height()

    def fit(self) -> float:
        """Full rows at 100% if they fit; else compact rows at the largest zoom step that fits.

        Fitting shrinks what does not fit and never blows a small grid up; if nothing fits the smallest step
        stays, and the grid scrolls.
        """
        self._fitting = True
        try:
            self.model.compact = False
            self.model.layoutChanged.emit()
            self.set_zoom(1.0)
            if not self.fits():
                self.model.compact = True
                self.model.layoutChanged.emit()
                tall_enough: float | None = None
                for zoom in sorted((z for z in ZOOMS if z <= 1.0), reverse=True):
                    self.set_zoom(zoom)
                    if self.fits():
                        break
                    if tall_enough is None and self.rows_fit():
                        tall_enough = zoom
                else:
                    # Too narrow at any zoom: keep every row in view and let the rooms scroll sideways,
                    # rather than shrink the type to nothing.
                    if tall_enough is not None:
                        self.set_zoom(tall_enough)
            # A grid that fits needs no scroll bars; Qt can leave stale ones that would hide a column.
            bars = Qt.ScrollBarPolicy
            policy = bars.ScrollBarAlwaysOff if self.fits() else bars.ScrollBarAsNeeded
            self.table.setHorizontalScrollBarPolicy(policy)
            self.table.setVerticalScrollBarPolicy(policy)
            self.relayout()
        finally:
            self._fitting = False
        self.changed.emit()
        return self.zoom
