"""What assistive technology needs beyond what Qt derives itself: names for unnamed parts, announcements."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QFont, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QTableView, QWidget


def name_corner_button(table: QTableView, name: str = "Select all") -> None:
    """Name the button in a table's top-left corner, which selects every cell.

    Qt gives it no text, so a screen reader would say only "button".
    """
    corner = table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
    if corner is not None:
        corner.setAccessibleName(name)


def announce(widget: QWidget, message: str, *, urgent: bool = False, focus: QWidget | None = None) -> None:
    """Tell a screen reader that ``widget`` now says ``message``, and have it read out.

    ``widget``'s name changed (NameChanged), and the message is announced even though the focus is
    elsewhere — assertively when ``urgent`` (it interrupts), politely otherwise. The announcement reaches
    NVDA, VoiceOver and Orca 45.2 or later; Orca before that never hears it (it registers for no AT-SPI
    ``announcement`` event, and Qt's bridge sends one only to a client that registered). For those, give
    ``focus``: the control that keeps the keyboard while the message is shown. The message becomes its
    accessible description (see :func:`describe_focused`), which every Orca speaks.
    """
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if urgent else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    if focus is not None:
        describe_focused(focus, message)


def describe_focused(control: QWidget, message: str) -> None:
    """Make ``message`` the accessible description of ``control``, which keeps the focus, and say so.

    Orca speaks a change of the focused object's description whatever its version (its guide for
    application developers recommends it for a search field's "n matches found"); a name change it speaks
    only for some roles. The same message twice is sent again, since a second "Not found" is news too.
    """
    if control.accessibleDescription() == message:
        QAccessible.updateAccessibility(QAccessibleEvent(control, QAccessible.Event.DescriptionChanged))
    else:
        control.setAccessibleDescription(message)  # Qt sends DescriptionChanged itself


def current_cell_described(view: QAbstractItemView) -> None:
    """Tell assistive technology that the description of ``view``'s current cell has changed.

    The focus in an item view is on its current cell, so that is the object whose description change a
    screen reader speaks; the model supplies the new text (``Qt.AccessibleDescriptionRole``).
    """
    face = QAccessible.queryAccessibleInterface(view)
    cell = face.focusChild() if face is not None else None
    if face is None or cell is None or cell == face:
        return
    event = QAccessibleEvent(view, QAccessible.Event.DescriptionChanged)
    event.setChild(face.indexOfChild(cell))
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
