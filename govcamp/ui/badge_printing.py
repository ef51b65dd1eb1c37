"""One badge through Qt's print system (CUPS on Linux): the badge's display list drawn on a QPrinter.

The page comes from :func:`govcamp.exports.one_badge.one_badge_page`, the same display list the PDF export
writes, so what the desk prints is the badge the Exports page previews. The printer, layout and the next label
position on a part-used sheet are remembered per laptop (QSettings).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from govcamp.exports.badges import Page
from govcamp.exports.layouts import LAYOUTS, Layout
from govcamp.ui import settings
from govcamp.ui.badge_painting import paint_page


@dataclass(frozen=True)
class DeskPrinting:
    """This laptop's printing choices."""

    printer: str  # a printer's name; "" writes the one-badge PDF and opens it
    layout: str
    next_position: int
    auto_print: bool


def load_printing() -> DeskPrinting:
    store = settings.settings()
    layout = str(store.value("desk/layout", "a6"))
    if layout not in LAYOUTS:
        layout = "a6"
    try:
        position = int(str(store.value("desk/next_position", 1)))
    except ValueError:
        position = 1
    if not 1 <= position <= LAYOUTS[layout].per_page:
        position = 1
    auto = str(store.value("desk/auto_print", "false")).lower() == "true"
    return DeskPrinting(str(store.value("desk/printer", "")), layout, position, auto)


def save_printing(choice: DeskPrinting) -> None:
    store = settings.settings()
    store.setValue("desk/printer", choice.printer)
    store.setValue("desk/layout", choice.layout)
    store.setValue("desk/next_position", choice.next_position)
    store.setValue("desk/auto_print", "true" if choice.auto_print else "false")


def desk_name() -> str:
    return str(settings.settings().value("desk/name", "Desk 1"))


def save_desk_name(name: str) -> None:
    settings.settings().setValue("desk/name", name)


def setup_printer(printer: QPrinter, layout: Layout) -> None:
    """The layout's page, with no margins: label positions are measured from the sheet's edge."""
    size = QPageSize(QSizeF(layout.page_width, layout.page_height), QPageSize.Unit.Point, layout.title)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)


def print_page(printer: QPrinter, page: Page, layout: Layout) -> bool:
    """Print one page on ``printer`` (set up with :func:`setup_printer`); False if it could not start."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # One painter unit = one PDF point, whatever the printer's resolution.
        scale = printer.resolution() / 72.0
        painter.scale(scale, scale)
        paint_page(painter, page, layout, float(printer.resolution()))
    finally:
        painter.end()
    return True
