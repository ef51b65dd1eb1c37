"""A date field that takes a date typed the way people write one, with a calendar beside it.

Qt's QDateEdit types section by section: "27/03/2027" typed into "Mon 5 Jan 2026" lands nowhere useful.
:class:`DateField` reads the whole text instead — ``27/03/2027``, ``27-3-27``, ``2027-03-27``,
``27 Mar 2027``, ``27 March 2027``, ``Sat 27 Mar 2027``, ``27 Mawrth 2027`` — and shows it back as
``Sat 27 Mar 2027`` (``Sad 27 Maw 2027`` in Welsh).
Up and Down step a day; Alt+Down or the button opens a calendar.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from govcamp.ui.dates import parse_date, short_date
from govcamp.ui.i18n import current_language, translate

__all__ = ["DateField", "parse_date", "shown"]


def shown(value: QDate) -> str:
    """``Sat 27 Mar 2027`` / ``Sad 27 Maw 2027``: how the field shows a date in the window's language."""
    return short_date(date(value.year(), value.month(), value.day()))


class DateField(QWidget):
    """A typed date with a calendar button; ``date()``/``setDate()`` like QDateEdit."""

    #: The date changed (typed and confirmed, stepped, or picked in the calendar).
    dateChanged = Signal(QDate)
    #: The person finished with the field (Enter, leaving it, or picking from the calendar).
    editingFinished = Signal()

    def __init__(
        self, value: QDate | None = None, parent: QWidget | None = None, *, name: str = "Date"
    ) -> None:
        """Start at ``value`` (today if None); ``name`` is what a screen reader calls the typed field.

        A form's label is the buddy of this container, not of the line edit inside it that takes the focus,
        so the line edit is named here.
        """
        super().__init__(parent)
        self._date = value if value is not None else QDate.currentDate()
        self.edit = QLineEdit(shown(self._date))
        self.edit.setToolTip(
            translate(
                "date_field",
                "Type a date such as 27/03/2027 or 27 Mar 2027; Up and Down step a day, Alt+Down opens a "
                "calendar",
            )
        )
        self.edit.setAccessibleName(name)
        self.edit.setAccessibleDescription(
            translate("date_field", "Up and Down step a day; Alt+Down opens a calendar")
        )
        self.edit.editingFinished.connect(self._typed)
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(translate("date_field", "Choose from a calendar (Alt+Down)"))
        self.button.setAccessibleName(translate("date_field", "Calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        self._range: tuple[QDate, QDate] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        # Wide enough for the longest day and month names of the language (the 28th falls on every weekday).
        metrics = self.edit.fontMetrics()
        width = max(metrics.horizontalAdvance(shown(QDate(2027, month, 28))) for month in range(1, 13)) + 24
        self.edit.setMinimumWidth(width)

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate) -> None:
        changed = value != self._date
        self._date = QDate(value)
        self.edit.setText(shown(value))
        self.edit.setStyleSheet("")
        if changed:
            self.dateChanged.emit(QDate(value))

    def setDateRange(self, first: QDate, last: QDate) -> None:
        """Only dates from ``first`` to ``last`` are taken (the days of a multi-day event)."""
        self._range = (QDate(first), QDate(last))
        if not first <= self._date <= last:
            self.setDate(first)

    def _in_range(self, value: QDate) -> bool:
        return self._range is None or self._range[0] <= value <= self._range[1]

    def text(self) -> str:
        return self.edit.text()

    def _typed(self) -> None:
        found = parse_date(self.edit.text())
        if found is None or not self._in_range(QDate(found.year, found.month, found.day)):
            # Nothing lost, nothing guessed: the field keeps the last date and says what it wants.
            self.edit.setText(shown(self._date))
            self.edit.setStyleSheet("QLineEdit { border: 2px solid #b00020; }")
            self.edit.setToolTip(
                translate("date_field", "That was not a date; type one such as 27/03/2027 or 27 Mar 2027")
            )
        else:
            self.setDate(QDate(found.year, found.month, found.day))
        self.editingFinished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier:
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods == Qt.KeyboardModifier.NoModifier:
                stepped = self._date.addDays(1 if key == Qt.Key.Key_Up else -1)
                if self._in_range(stepped):
                    self.setDate(stepped)
                self.edit.selectAll()
                return True
        return False

    def open_calendar(self) -> None:
        calendar = self.make_calendar()
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar

    def make_calendar(self) -> QCalendarWidget:
        """The calendar popup, on the field's date and in the window's language, not yet shown."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setSelectedDate(self._date)
        if self._range is not None:
            calendar.setDateRange(*self._range)
        calendar.setGridVisible(True)
        if current_language() == "cy":
            # Qt's calendar names months and days in its widget's locale, not the installed translation.
            calendar.setLocale(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))

        def picked(value: QDate) -> None:
            calendar.close()
            self.setDate(value)
            self.edit.setFocus()
            self.editingFinished.emit()

        calendar.activated.connect(picked)
        calendar.clicked.connect(picked)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return calendar
