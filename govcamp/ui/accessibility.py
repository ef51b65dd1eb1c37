"""What assistive technology needs beyond what Qt derives itself: names for unnamed parts, announcements."""

from __future__ import annotations

import weakref
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QFont,
    QGuiApplication,
)
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QTableView, QWidget

_W = TypeVar("_W", bound=QWidget)


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


def notifying(widget: _W) -> _W:
    """Give ``widget`` the accessible role Notification; call before anything asks for its interface.

    Orca speaks a notification when it is shown wherever the focus is, whatever its version: the way to
    reach Orca before 45.2 when the focus is somewhere whose description cannot carry the message (a
    table's current cell, which Qt replaces as the table refreshes). See :func:`notify`.
    """
    global _factory_installed
    if not _factory_installed:
        # With the first such widget, not at import: installed before the application existed, the
        # factory was not consulted (seen under pytest-qt).
        QAccessible.installFactory(_interface)
        _factory_installed = True
    _NOTIFYING.add(widget)
    return widget


def notify(widget: QWidget, message: str) -> None:
    """Show ``message`` on a :func:`notifying` widget and have it read out (it is shown again to AT-SPI)."""
    widget.setAccessibleName(message)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.ObjectShow))


_NOTIFYING: weakref.WeakSet[QObject] = weakref.WeakSet()
_factory_installed = False


def _interface(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QWidget) and obj in _NOTIFYING:
        return QAccessibleWidget(obj, QAccessible.Role.Notification)
    return None


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
