"""Qt models for the Applicants page: the people table and the filter in front of it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from govcamp.services.applicants import ApplicantValue
from govcamp.ui.i18n import QT_TRANSLATE_NOOP, translate

ValueRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex

#: Each ticket state as the window names it (marked here, translated where shown).
STATUS_LABELS: dict[str, str] = {
    "applied": QT_TRANSLATE_NOOP("applicants_models", "Applied"),
    "drawn": QT_TRANSLATE_NOOP("applicants_models", "Drawn"),
    "waitlisted": QT_TRANSLATE_NOOP("applicants_models", "Waiting"),
    "offered": QT_TRANSLATE_NOOP("applicants_models", "Offered"),
    "accepted": QT_TRANSLATE_NOOP("applicants_models", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("applicants_models", "Declined"),
    "expired": QT_TRANSLATE_NOOP("applicants_models", "Expired"),
    "cancelled": QT_TRANSLATE_NOOP("applicants_models", "Cancelled"),
    "checked_in": QT_TRANSLATE_NOOP("applicants_models", "Checked in"),
    "no_show": QT_TRANSLATE_NOOP("applicants_models", "No-show"),
}

ORGANISATION_TYPE_LABELS: dict[str, str] = {
    "local_government": QT_TRANSLATE_NOOP("applicants_models", "Local government"),
    "central_government": QT_TRANSLATE_NOOP("applicants_models", "Central government"),
    "public_sector": QT_TRANSLATE_NOOP("applicants_models", "Public sector"),
    "charity": QT_TRANSLATE_NOOP("applicants_models", "Charity"),
    "supplier": QT_TRANSLATE_NOOP("applicants_models", "Supplier"),
    "academic": QT_TRANSLATE_NOOP("applicants_models", "Academic"),
    "other": QT_TRANSLATE_NOOP("applicants_models", "Other"),
}


def status_label(status: str) -> str:
    """A ticket state in the window's language (``checked_in`` → ``Checked in`` / ``Wedi cofrestru``)."""
    found = STATUS_LABELS.get(status)
    return translate("applicants_models", found) if found else status.replace("_", " ").capitalize()


def organisation_label(code: str) -> str:
    """An organisation type in the window's language (``charity`` → ``Charity`` / ``Elusen``)."""
    found = ORGANISATION_TYPE_LABELS.get(code)
    return translate("applicants_models", found) if found else code


class ApplicantsModel(QAbstractTableModel):
    """Every person with a ticket, one row each, from :class:`ApplicantValue`."""

    NAME, EMAIL, ORGANISATION, TYPE, STATUS, POSITION = range(6)
    headers = (
        QT_TRANSLATE_NOOP("headers", "Name"),
        QT_TRANSLATE_NOOP("headers", "Email"),
        QT_TRANSLATE_NOOP("headers", "Organisation"),
        QT_TRANSLATE_NOOP("headers", "Type"),
        QT_TRANSLATE_NOOP("headers", "Status"),
        QT_TRANSLATE_NOOP("headers", "Waiting"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ApplicantValue] = []
        self._haystack: list[str] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return translate("headers", self.headers[section])
        return None

    def set_values(self, values: Sequence[ApplicantValue]) -> None:
        new = list(values)
        if [v.id for v in new] == [v.id for v in self._rows]:
            for row, (old, value) in enumerate(zip(self._rows, new, strict=True)):
                if old != value:
                    self._rows[row] = value
                    self._haystack[row] = self._search_text(value)
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))
            return
        self.beginResetModel()
        self._rows = new
        self._haystack = [self._search_text(v) for v in new]
        self.endResetModel()

    @staticmethod
    def _search_text(value: ApplicantValue) -> str:
        return f"{value.full_name}\n{value.badge_name}\n{value.email}\n{value.organisation}".casefold()

    def values(self) -> list[ApplicantValue]:
        return list(self._rows)

    def value(self, row: int) -> ApplicantValue:
        return self._rows[row]

    def haystack(self) -> list[str]:
        """Each row's searchable text, lower case (for the filter)."""
        return self._haystack

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        column = index.column()
        if role == ValueRole:
            return value
        if role == IdRole:
            return value.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return value.full_name
            if column == self.EMAIL:
                return value.email
            if column == self.ORGANISATION:
                return value.organisation
            if column == self.TYPE:
                return organisation_label(value.organisation_type)
            if column == self.STATUS:
                return status_label(value.status)
            if column == self.POSITION:
                return str(value.waitlist_position) if value.waitlist_position else ""
        if role == SortRole:
            if column == self.POSITION:
                return value.waitlist_position or 10**9
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if column == self.NAME and "likely_duplicate" in value.flags:
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor("#d4351c")
            if role == Qt.ItemDataRole.ToolTipRole:
                return "Possibly the same person as another applicant (same name and organisation): check"
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS and value.offer_deadline:
            return f"Reply needed by {value.offer_deadline[:16].replace('T', ' ')} UTC"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.POSITION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ApplicantsFilter(QSortFilterProxyModel):
    """Search (name, badge, email, organisation) and filters by status and organisation type.

    Each change works out which rows pass once, with plain Python over the source's search text, and
    then lets Qt re-filter; ``filterAcceptsRow`` only looks the answer up.
    """

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self._statuses: frozenset[str] = frozenset()
        self._organisation_type = ""
        self._accepted: list[bool] = []
        self.setSortRole(SortRole)

    def set_search(self, text: str) -> None:
        self._text = text.strip().casefold()
        self._refilter()

    def set_statuses(self, statuses: Sequence[str]) -> None:
        self._statuses = frozenset(statuses)
        self._refilter()

    def set_organisation_type(self, kind: str) -> None:
        self._organisation_type = kind
        self._refilter()

    def _recompute(self, *_changed: object) -> None:
        source = self.sourceModel()
        if not isinstance(source, ApplicantsModel):
            self._accepted = []
            return
        text, statuses, kind = self._text, self._statuses, self._organisation_type
        rows = source.values()
        hay = source.haystack()
        self._accepted = [
            (not text or text in hay[i])
            and (not statuses or v.status in statuses or ("likely_duplicate" in statuses and bool(v.flags)))
            and (not kind or v.organisation_type == kind)
            for i, v in enumerate(rows)
        ]

    def _refilter(self) -> None:
        self._recompute()
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, model: Any) -> None:
        # Connected before the proxy's own handlers, so the answers are fresh when the proxy asks for them.
        if isinstance(model, ApplicantsModel):
            model.modelReset.connect(self._recompute)
            model.dataChanged.connect(self._recompute)
        super().setSourceModel(model)
        self._recompute()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accepted = self._accepted
        return source_row < len(accepted) and accepted[source_row]
