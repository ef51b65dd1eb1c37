"""What assistive technology needs beyond what Qt derives itself: names for unnamed parts, announcements."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QFont, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QTableView, QWidget


def name_corner_button(table: QTableView, name: str = "Select all") -> None:
    """Name the button in a table's top-left corner, which selects every cell.

    Qt gives it no text, so a screen reader would say only "button".
    """
    corner = table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
    if corner is not None:
        corner.setAccessibleName(name)


def announce(widget: QWidget, message: str, *, urgent: bool = False) -> None:
    """Tell a screen reader that ``widget`` now says ``message``, and have it read out.

    ``widget``'s name changed (NameChanged), and the message is announced even though the focus is
    elsewhere — assertively when ``urgent`` (it interrupts), politely otherwise.
    """
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if urgent else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


#: The application font size the pages' text sizes were designed at (Qt's own default).
DESIGN_POINTS = 9.0


def relative_font(points: float, *, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """The application's font at ``points`` as designed against a 9pt base, scaled to the actual base.

    A style sheet's ``font-size: 20pt`` stays 20pt however large a person sets their desktop's text; this
    grows with it (a 20pt heading is 24pt on a desktop whose text is 11pt).
    """
    font = QGuiApplication.font()
    font.setPointSizeF(font.pointSizeF() * points / DESIGN_POINTS)
    font.setWeight(weight)
    return font
