"""The table of pitched sessions, editable in place; edits go to the page, which makes them undo commands."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from govcamp.domain.pitching import PitchInput, SessionValue, near_duplicate_pairs
from govcamp.ui.counts import people
from govcamp.ui.i18n import QT_TRANSLATE_NOOP, translate
from govcamp.ui.labels import feature_text

Index = QModelIndex | QPersistentModelIndex
SessionIdRole = Qt.ItemDataRole.UserRole + 20
#: Called with the session and what it should become; returns whether the change was stored.
EditHandler = Callable[[SessionValue, PitchInput], bool]


def split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())


class PitchesModel(QAbstractTableModel):
    NUMBER, TITLE, HOSTS, HANDS, NEEDS, TAGS, WHERE = range(7)
    headers: ClassVar[tuple[str, ...]] = (
        "#",
        QT_TRANSLATE_NOOP("headers", "Title"),
        QT_TRANSLATE_NOOP("headers", "Hosts"),
        QT_TRANSLATE_NOOP("headers", "Hands"),
        QT_TRANSLATE_NOOP("headers", "Needs"),
        QT_TRANSLATE_NOOP("headers", "Tags"),
        QT_TRANSLATE_NOOP("headers", "Where"),
    )
    EDITABLE: ClassVar[frozenset[int]] = frozenset({TITLE, HOSTS, HANDS, NEEDS, TAGS})

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SessionValue] = []
        self._similar: dict[int, SessionValue] = {}
        self.on_edit: EditHandler | None = None
        #: The version of each session whose cell editor is open, as it was when the editor opened: if
        #: another desk saves meanwhile, the live update refreshes the row but this edit still carries
        #: the version its typist saw, so it is refused instead of overwriting theirs.
        self._seen: dict[int, int] = {}

    def editing(self, row: int) -> None:
        """An editor opened on ``row``: remember the version it started from."""
        if 0 <= row < len(self._rows):
            value = self._rows[row]
            self._seen[value.id] = value.version

    def set_sessions(self, sessions: Sequence[SessionValue]) -> None:
        new = list(sessions)
        similar = near_duplicate_pairs([s for s in new if not s.withdrawn])
        self._similar = similar
        if [s.id for s in new] == [s.id for s in self._rows]:
            for row, (old, value) in enumerate(zip(self._rows, new, strict=True)):
                self._rows[row] = value
                if old != value or value.id in similar:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def session(self, row: int) -> SessionValue:
        return self._rows[row]

    def row_of(self, session_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == session_id), -1)

    def similar_to(self, session_id: int) -> SessionValue | None:
        return self._similar.get(session_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return translate("headers", self.headers[section])
        return None

    def _text(self, s: SessionValue, column: int, *, edit: bool) -> str:
        if column == self.NUMBER:
            return str(s.pitch_order)
        if column == self.TITLE:
            mark = "⚠ " if s.id in self._similar and not edit else ""
            return mark + s.title + (" (withdrawn)" if s.withdrawn and not edit else "")
        if column == self.HOSTS:
            return ", ".join(s.host_names)
        if column == self.HANDS:
            if edit:
                return "" if s.demand is None else str(s.demand)
            return str(s.demand) if s.demand is not None else (f"({s.interest})" if s.interest else "")
        if column == self.NEEDS:
            return ", ".join(s.needs if edit else [feature_text(n) for n in s.needs])
        if column == self.TAGS:
            return ", ".join(s.tags)
        if column == self.WHERE:
            if s.placed and s.start is not None:
                pinned = " · " + translate("pitches_model", "pinned") if s.pinned else ""
                return f"{s.room_name} {s.start:%H:%M}{pinned}"
            return "—" if s.withdrawn else translate("pitches_model", "Unplaced")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.headers):
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, column, edit=False)
        if role == Qt.ItemDataRole.EditRole:
            return self._text(s, column, edit=True)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE and s.id in self._similar:
                other = self._similar[s.id]
                return (
                    f"Looks like #{other.pitch_order} “{other.title}”: "
                    "merge them if they are the same session."
                )
            if column == self.HANDS and s.demand is None and s.interest:
                return f"Not counted at the pitch; {people(s.interest)} starred it."
            return s.description or None
        if role == Qt.ItemDataRole.ForegroundRole and s.withdrawn:
            return QBrush(QColor("#5f5f5f"))
        if role == Qt.ItemDataRole.FontRole and s.withdrawn:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.HANDS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SessionIdRole:
            return s.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.EDITABLE and not self._rows[index.row()].withdrawn:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        if not 0 <= index.row() < len(self._rows) or index.column() not in self.EDITABLE:
            return False
        s = self._rows[index.row()]
        s = replace(s, version=self._seen.pop(s.id, s.version))
        text = str(value).strip()
        pitch = s.as_input()
        column = index.column()
        if column == self.TITLE:
            pitch = PitchInput(text, pitch.hosts, pitch.description, pitch.tags, pitch.needs, pitch.demand)
        elif column == self.HOSTS:
            pitch = PitchInput(
                pitch.title, split_list(text), pitch.description, pitch.tags, pitch.needs, pitch.demand
            )
        elif column == self.HANDS:
            try:
                demand = int(text) if text else None
            except ValueError:
                return False
            pitch = PitchInput(pitch.title, pitch.hosts, pitch.description, pitch.tags, pitch.needs, demand)
        elif column == self.NEEDS:
            pitch = PitchInput(
                pitch.title, pitch.hosts, pitch.description, pitch.tags, split_list(text), pitch.demand
            )
        elif column == self.TAGS:
            pitch = PitchInput(
                pitch.title, pitch.hosts, pitch.description, split_list(text), pitch.needs, pitch.demand
            )
        if pitch == s.as_input():
            return True
        return self.on_edit(s, pitch)


class EditStartDelegate(QStyledItemDelegate):
    """Tells the model when a cell editor opens, so the edit carries the version it started from."""

    def __init__(self, model: PitchesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        self._model.editing(index.row())
        return super().createEditor(parent, option, index)
