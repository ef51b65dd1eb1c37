"""What assistive technology needs beyond what Qt derives itself: names for unnamed parts, announcements."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QAbstractButton, QTableView, QWidget


def name_corner_button(table: QTableView, name: str = "Select all") -> None:
    """Name the button in a table's top-left corner, which selects every cell.

    Qt gives it no text, so a screen reader would say only "button".
    """
    corner = table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
    if corner is not None:
        corner.setAccessibleName(name)


def announce(widget: QWidget, event: QAccessible.Event = QAccessible.Event.NameChanged) -> None:
    """Tell a screen reader that ``widget``'s name changed (or, with ``Alert``, that it must be read now)."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, event))
