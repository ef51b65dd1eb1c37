"""Qt table models over service values (never over a database session)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from govcamp.domain.values import RoomValue, SlotValue
from govcamp.ui.dates import full_moment, short_day
from govcamp.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from govcamp.ui.labels import features_text, kind_text

ValueRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2

V = TypeVar("V", RoomValue, SlotValue)
Index = QModelIndex | QPersistentModelIndex


class ValueTableModel(QAbstractTableModel, Generic[V]):
    """Rows of frozen values keyed by ``id``; updates send targeted ``dataChanged`` where they can."""

    headers: ClassVar[tuple[str, ...]] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[V] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return translate("headers", self.headers[section])
        return None

    def value(self, row: int) -> V:
        return self._rows[row]

    def values(self) -> list[V]:
        return list(self._rows)

    def row_of(self, value_id: int) -> int:
        for row, value in enumerate(self._rows):
            if value.id == value_id:
                return row
        return -1

    def set_values(self, values: Sequence[V]) -> None:
        new = list(values)
        if [v.id for v in new] == [v.id for v in self._rows]:
            for row, (old, value) in enumerate(zip(self._rows, new, strict=True)):
                if old != value:
                    self._rows[row] = value
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        if role == ValueRole:
            return value
        if role == IdRole:
            return value.id
        return self.cell(value, index.column(), role)

    def cell(self, value: V, column: int, role: int) -> Any:
        raise NotImplementedError


class RoomsModel(ValueTableModel[RoomValue]):
    NAME, CAPACITY, FEATURES, AVAILABILITY = range(4)
    headers = (
        QT_TRANSLATE_NOOP("headers", "Room"),
        QT_TRANSLATE_NOOP("headers", "Capacity"),
        QT_TRANSLATE_NOOP("headers", "Features"),
        QT_TRANSLATE_NOOP("headers", "Availability"),
    )

    def cell(self, value: RoomValue, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return value.name
            if column == self.CAPACITY:
                return str(value.capacity)
            if column == self.FEATURES:
                return features_text(value.features) or "—"
            if column == self.AVAILABILITY:
                count = len(value.unavailable_slot_ids)
                if not count:
                    return translate("models", "All day")
                return translate("models", "Not in %n slot(s)", None, count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CAPACITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FEATURES and value.features:
            return features_text(value.features)
        return None


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


class SlotsModel(ValueTableModel[SlotValue]):
    DAY, START, END, LENGTH, KIND, LABEL = range(6)
    headers = (
        QT_TRANSLATE_NOOP("headers", "Day"),
        QT_TRANSLATE_NOOP("headers", "Start"),
        QT_TRANSLATE_NOOP("headers", "End"),
        QT_TRANSLATE_NOOP("headers", "Length"),
        QT_TRANSLATE_NOOP("headers", "Kind"),
        QT_TRANSLATE_NOOP("headers", "Label"),
    )

    def cell(self, value: SlotValue, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DAY:
                return short_day(value.start)
            if column == self.START:
                return _clock(value.start)
            if column == self.END:
                return _clock(value.end)
            if column == self.LENGTH:
                return fmt(translate("models", "%1 min"), value.minutes)
            if column == self.KIND:
                return kind_text(value.kind)
            if column == self.LABEL:
                return value.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return fmt(
                translate("models", "%1 to %2 (%3)"),
                full_moment(value.start),
                _clock(value.end),
                value.start.tzname(),
            )
        return None
