"""Qt models of the grid: the rooms × slots table and the list of unplaced sessions.

Both carry sessions by id in a MIME type of their own, so a session can be dragged from the unplaced list
to a cell, between cells, or back to the list. The models never write: a drop calls ``on_drop``, and the
page turns it into an undo command.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from govcamp.domain.enums import SlotKind
from govcamp.domain.pitching import GridState, Problem, SessionValue
from govcamp.domain.values import RoomValue, SlotValue
from govcamp.ui.counts import people, plural
from govcamp.ui.dates import weekday, weekday_day_month
from govcamp.ui.i18n import fmt, translate
from govcamp.ui.labels import features_text, kind_text

MIME = "application/x-govcamp-session"
SessionRole = Qt.ItemDataRole.UserRole + 10
ProblemsRole = Qt.ItemDataRole.UserRole + 11

Index = QModelIndex | QPersistentModelIndex
#: (session id, room id, slot id); room and slot are None for "back to the unplaced list".
DropHandler = Callable[[int, int | None, int | None], None]


@dataclass(frozen=True)
class CellColours:
    """Background and text of each kind of marked cell; unmarked cells take the palette's base and text."""

    band: tuple[QColor, QColor]
    warning: tuple[QColor, QColor]
    pinned: tuple[QColor, QColor]
    #: The session being carried by keyboard: loud, so nobody loses it while choosing a cell.
    carried: tuple[QColor, QColor]


#: On a light palette: pale tints under black text, the carried cell dark blue under white.
LIGHT = CellColours(
    band=(QColor("#e4e4e4"), QColor("#000000")),
    warning=(QColor("#ffe2b3"), QColor("#000000")),
    pinned=(QColor("#dcebff"), QColor("#000000")),
    carried=(QColor("#1d3f8f"), QColor("#ffffff")),
)
#: On a dark palette pale tints would glare: deep tints under white text, the carried cell turned light.
DARK = CellColours(
    band=(QColor("#3c3c3c"), QColor("#ffffff")),
    warning=(QColor("#6b4500"), QColor("#ffffff")),
    pinned=(QColor("#1f3d66"), QColor("#ffffff")),
    carried=(QColor("#a8c8ff"), QColor("#000000")),
)


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` puts light text on a dark base (a dark scheme or a dark high-contrast theme)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return base.lightnessF() < text.lightnessF()


def cell_colours(palette: QPalette | None = None) -> CellColours:
    """The grid's colours for ``palette`` (the application's by default)."""
    return DARK if is_dark(palette if palette is not None else QGuiApplication.palette()) else LIGHT


def encode(session_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, QByteArray(str(session_id).encode("ascii")))
    data.setText(str(session_id))
    return data


def decode(data: QMimeData) -> int | None:
    if not data.hasFormat(MIME):
        return None
    try:
        return int(bytes(data.data(MIME).data()).decode("ascii"))
    except ValueError:
        return None


def _clock(slot: SlotValue) -> str:
    return f"{slot.start:%H:%M}–{slot.end:%H:%M}"


def interest_text(session: SessionValue, stars: int) -> str:
    """Phones' stars beside the hands counted, short, as a cell shows them: `` · 40 hands · 12 ★``;
    nothing before anyone has starred it (the cell stays as it was)."""
    if not stars:
        return ""
    hands = f" · {plural(session.demand, 'hand')}" if session.demand is not None else ""
    return f"{hands} · {stars} ★"


def interest_words(session: SessionValue, stars: int) -> str:
    """The same in words, for the tooltip and screen readers."""
    parts = []
    if session.demand is not None:
        parts.append(fmt(translate("grid_models", "%1 counted at the pitch"), plural(session.demand, "hand")))
    if stars:
        parts.append(fmt(translate("grid_models", "%1 from phones"), plural(stars, "star")))
    return "; ".join(parts)


class GridModel(QAbstractTableModel):
    """Slots as rows, rooms as columns; break, lunch and plenary rows are bands nothing can be dropped on."""

    def __init__(self) -> None:
        super().__init__()
        self.rooms: tuple[RoomValue, ...] = ()
        self.slots: tuple[SlotValue, ...] = ()
        self._cells: dict[tuple[int, int], SessionValue] = {}
        self._problems: dict[int, list[str]] = {}
        self.on_drop: DropHandler | None = None
        #: Compact rows: each cell shows the title and "expected/seats" only (hosts are in the tooltip).
        self.compact = False
        #: The session picked up by keyboard, drawn so that it cannot be mistaken for any other cell.
        self.carrying: int | None = None
        #: Room headers broken over lines to fit their column (the page sets them as widths change).
        self.header_names: dict[int, str] = {}
        #: The view's font at its zoom, for the cells that need a variant of it.
        self.font: QFont | None = None
        #: Stars from attendees' phones, by session id (shown beside the hands counted).
        self.stars: dict[int, int] = {}

    # ---------------------------------------------------------------------------------------------- values

    def set_stars(self, stars: dict[int, int]) -> None:
        """The phones' star counts; set before :meth:`set_state`, which repaints the cells."""
        self.stars = dict(stars)

    def set_state(self, state: GridState, problems: Sequence[Problem]) -> None:
        same_shape = [r.id for r in state.rooms] == [r.id for r in self.rooms] and [
            s.id for s in state.slots
        ] == [s.id for s in self.slots]
        if not same_shape:
            self.beginResetModel()
        self.rooms, self.slots = state.rooms, state.slots
        self._cells = {(s.slot_id or 0, s.room_id or 0): s for s in state.sessions if s.placed}
        self._problems = {}
        for problem in problems:
            self._problems.setdefault(problem.session_id, []).append(problem.message)
        if not same_shape:
            self.endResetModel()
        elif self.rooms and self.slots:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.slots) - 1, len(self.rooms) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.rooms) - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.slots) - 1)

    def set_carrying(self, session_id: int | None) -> None:
        """Mark the session picked up by keyboard (None: nothing carried)."""
        self.carrying = session_id
        if self.rooms and self.slots:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.slots) - 1, len(self.rooms) - 1))

    def session_at(self, index: Index) -> SessionValue | None:
        if not index.isValid() or not 0 <= index.row() < len(self.slots):
            return None
        if not 0 <= index.column() < len(self.rooms):
            return None
        return self._cells.get((self.slots[index.row()].id, self.rooms[index.column()].id))

    def index_of(self, session_id: int) -> QModelIndex:
        for (slot_id, room_id), session in self._cells.items():
            if session.id == session_id:
                row = next(i for i, s in enumerate(self.slots) if s.id == slot_id)
                column = next(i for i, r in enumerate(self.rooms) if r.id == room_id)
                return self.index(row, column)
        return QModelIndex()

    def cell_of(self, index: Index) -> tuple[int, int] | None:
        """(room id, slot id) of a session cell; None for a band or outside the grid."""
        if not index.isValid() or not 0 <= index.row() < len(self.slots):
            return None
        if not 0 <= index.column() < len(self.rooms):
            return None
        slot = self.slots[index.row()]
        if slot.kind is not SlotKind.SESSION:
            return None
        return self.rooms[index.column()].id, slot.id

    def problems_of(self, session_id: int) -> list[str]:
        return list(self._problems.get(session_id, ()))

    # ------------------------------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rooms)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            # Headers are widgets of their own: they take the zoomed font from here.
            return QFont(self.font) if self.font is not None else None
        if role != Qt.ItemDataRole.DisplayRole and role != Qt.ItemDataRole.ToolTipRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.rooms):
            room = self.rooms[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                features = features_text(room.features) or translate("grid_models", "no special features")
                seats = plural(room.capacity, "seat")
                return fmt(translate("grid_models", "%1: %2; %3"), room.name, seats, features)
            # Headers do not wrap by themselves: the page breaks long names over lines to fit the column.
            name = self.header_names.get(section) or (
                "\n".join(textwrap.wrap(room.name, 12, break_long_words=False)) or room.name
            )
            return f"{name}\n{plural(room.capacity, 'seat')}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.slots):
            slot = self.slots[section]
            return _clock(slot) if role == Qt.ItemDataRole.DisplayRole else weekday_day_month(slot.start)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.slots):
            return None
        if not 0 <= index.column() < len(self.rooms):
            return None
        slot = self.slots[index.row()]
        room = self.rooms[index.column()]
        band = slot.kind is not SlotKind.SESSION
        session = self._cells.get((slot.id, room.id))
        problems = self._problems.get(session.id, []) if session else []
        if role == Qt.ItemDataRole.DisplayRole:
            if band:
                return (slot.label or kind_text(slot.kind)) if index.column() == 0 else ""
            if session is None:
                return "—" if slot.id in room.unavailable_slot_ids else ""
            mark = "⚠ " if problems else ""
            pin = " · " + translate("grid_models", "pinned") if session.pinned else ""
            if session.id == self.carrying:
                mark = translate("grid_models", "▶ CARRYING ▶") + "\n" + mark
            stars = self.stars.get(session.id, 0)
            if self.compact:
                starred = f" ★{stars}" if stars else ""
                return f"{mark}{session.title}\n{session.expected}/{room.capacity}{starred}{pin}"
            return (
                f"{mark}{session.title}\n{', '.join(session.host_names)}\n"
                + fmt(translate("grid_models", "%1 of %2"), session.expected, room.capacity)
                + f"{interest_text(session, stars)}{pin}"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if session is not None:
                hosts = ", ".join(session.host_names)
                seats = fmt(
                    translate("grid_models", "%1 expected; %2 holds %3"),
                    people(session.expected),
                    room.name,
                    room.capacity,
                )
                interest = interest_words(session, self.stars.get(session.id, 0))
                return "\n".join([session.title, hosts, seats, *([interest] if interest else []), *problems])
            if slot.id in room.unavailable_slot_ids and not band:
                at = f"{slot.start:%H:%M}"
                return fmt(translate("grid_models", "%1 is not available at %2."), room.name, at)
            return None
        carried = session is not None and session.id == self.carrying
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = cell_colours()
            if carried:
                pair = colours.carried
            elif band or (session is None and slot.id in room.unavailable_slot_ids):
                pair = colours.band
            elif problems:
                pair = colours.warning
            elif session is not None and session.pinned:
                pair = colours.pinned
            else:
                return None
            return QBrush(pair[0] if role == Qt.ItemDataRole.BackgroundRole else pair[1])
        if role == Qt.ItemDataRole.FontRole and (band or carried):
            # The view's (zoomed) font, made italic for bands and bold for the carried session.
            font = QFont(self.font) if self.font is not None else QFont()
            font.setItalic(band)
            font.setBold(carried)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(slot, room, session, problems, band)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if session is None:
                return None
            expected, capacity = people(session.expected), plural(room.capacity, "seat")
            seats = fmt(translate("grid_models", "%1 expected, %2"), expected, capacity)
            hosts = (
                fmt(translate("grid_models", "Hosted by %1"), ", ".join(session.host_names))
                if session.host_names
                else translate("grid_models", "No host")
            )
            interest = interest_words(session, self.stars.get(session.id, 0))
            return ". ".join([hosts, seats, *([interest] if interest else []), *problems])
        if role == SessionRole:
            return session.id if session else None
        if role == ProblemsRole:
            return problems
        return None

    def _spoken(
        self, slot: SlotValue, room: RoomValue, session: SessionValue | None, problems: list[str], band: bool
    ) -> str:
        """What a screen reader says for a cell: the session, where and when, then its state."""
        when = f"{weekday(slot.start)} {_clock(slot)}"
        if band:
            return f"{slot.label or kind_text(slot.kind)}, {when}"
        if session is None:
            free = (
                translate("grid_models", "Not available")
                if slot.id in room.unavailable_slot_ids
                else translate("grid_models", "Empty")
            )
            return f"{free}, {room.name}, {when}"
        states = []
        if session.id == self.carrying:
            states.append(translate("grid_models", "carrying"))
        if session.pinned:
            states.append(translate("grid_models", "pinned"))
        if problems:
            states.append(fmt(translate("grid_models", "warning: %1"), plural(len(problems), "problem")))
        return ", ".join([session.title, room.name, when, *states])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.cell_of(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        base |= Qt.ItemFlag.ItemIsDropEnabled
        if self.session_at(index) is not None:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    # ------------------------------------------------------------------------------------- drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        # Copy, so the view never "removes" the dragged cell itself: the page moves it through a command.
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        for index in indexes:
            session = self.session_at(index)
            if session is not None:
                return encode(session.id)
        return QMimeData()

    def _target(self, row: int, column: int, parent: Index) -> tuple[int, int] | None:
        if parent.isValid():
            return self.cell_of(parent)
        if row >= 0 and column >= 0:
            return self.cell_of(self.index(row, column))
        return None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return decode(data) is not None and self._target(row, column, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        session_id = decode(data)
        target = self._target(row, column, parent)
        if session_id is None or target is None or self.on_drop is None:
            return False
        self.on_drop(session_id, target[0], target[1])
        return True


class UnplacedModel(QAbstractListModel):
    """Sessions not on the grid (withdrawn ones left out), most wanted first."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SessionValue] = []
        self.on_drop: DropHandler | None = None
        #: Stars from attendees' phones, by session id.
        self.stars: dict[int, int] = {}

    def set_stars(self, stars: dict[int, int]) -> None:
        """The phones' star counts; rows whose count changed are repainted."""
        old, self.stars = self.stars, dict(stars)
        for row, session in enumerate(self._rows):
            if old.get(session.id, 0) != self.stars.get(session.id, 0):
                self.dataChanged.emit(self.index(row), self.index(row))

    def set_sessions(self, sessions: Sequence[SessionValue]) -> None:
        ordered = sorted(sessions, key=lambda s: (-s.expected, s.pitch_order, s.id))
        if [s.id for s in ordered] == [s.id for s in self._rows]:
            for row, (old, new) in enumerate(zip(self._rows, ordered, strict=True)):
                if old != new:
                    self._rows[row] = new
                    self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._rows = ordered
        self.endResetModel()

    def session(self, row: int) -> SessionValue:
        return self._rows[row]

    def row_of(self, session_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == session_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        session = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            needs = f" · needs {', '.join(session.needs)}" if session.needs else ""
            stars = self.stars.get(session.id, 0)
            return (
                f"{session.title}\n{', '.join(session.host_names)} · {people(session.expected)}"
                f"{interest_text(session, stars)}{needs}"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            interest = interest_words(session, self.stars.get(session.id, 0))
            return "\n".join(filter(None, [session.description or session.title, interest]))
        if role == SessionRole:
            return session.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        for index in indexes:
            if index.isValid() and 0 <= index.row() < len(self._rows):
                return encode(self._rows[index.row()].id)
        return QMimeData()

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        session_id = decode(data)
        return session_id is not None and self.row_of(session_id) < 0

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        session_id = decode(data)
        if session_id is None or self.row_of(session_id) >= 0 or self.on_drop is None:
            return False
        self.on_drop(session_id, None, None)
        return True
