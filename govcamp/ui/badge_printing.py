"""One badge through Qt's print system (CUPS on Linux): the badge's display list drawn on a QPrinter.

The page comes from :func:`govcamp.exports.one_badge.one_badge_page`, the same display list the PDF export
writes, so what the desk prints is the badge the Exports page previews. The printer, layout and the next label
position on a part-used sheet are remembered per laptop (QSettings).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from govcamp.exports.badges import Face, FillRect, Page, QrItem, RuleItem, TextItem
from govcamp.exports.layouts import LAYOUTS, Layout
from govcamp.ui import settings


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


def _colour(rgb: tuple[float, float, float]) -> QColor:
    return QColor.fromRgbF(*rgb)


def paint_page(painter: QPainter, page: Page, layout: Layout, dpi: float) -> None:
    """Draw ``page`` with its PDF points mapped onto the painter's current unit (one unit = one point).

    ``dpi`` is the device's logical resolution, to turn the display list's point sizes into Qt font sizes.
    """
    painter.save()
    painter.translate(0, layout.page_height)
    # From here on a point (x, y) of the PDF page is drawn at (x, -y): y up, text upright.
    for face in page.faces:
        _paint_face(painter, face, dpi)
    for mark in page.marks:
        pen = QPen(_colour(mark.colour), mark.width)
        if mark.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(mark.x1, -mark.y1), QPointF(mark.x2, -mark.y2))
    painter.restore()


def _paint_face(painter: QPainter, face: Face, dpi: float) -> None:
    x, y, w, h = face.box
    painter.save()
    if face.rotated:
        painter.translate(x + w, -(y + h))
        painter.rotate(180)
    else:
        painter.translate(x, -y)
    for item in face.items:
        if isinstance(item, FillRect):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(_colour(item.colour)))
            box = QRectF(item.x, -item.y - item.height, item.width, item.height)
            if item.radius:
                painter.drawRoundedRect(box, item.radius, item.radius)
                painter.drawRect(QRectF(box.x(), box.y(), box.width(), box.height() / 2))
            else:
                painter.drawRect(box)
        elif isinstance(item, TextItem):
            font = QFont("Noto Sans")
            font.setPointSizeF(max(item.size * 72 / dpi, 0.5))
            font.setBold(item.bold)
            painter.setFont(font)
            painter.setPen(_colour(item.colour))
            painter.drawText(QPointF(item.x, -item.y), item.text)
        elif isinstance(item, QrItem):
            _paint_qr(painter, item)
        elif isinstance(item, RuleItem):
            painter.setPen(QPen(_colour(item.colour), item.width))
            painter.drawLine(QPointF(item.x1, -item.y1), QPointF(item.x2, -item.y2))
    painter.restore()


def _paint_qr(painter: QPainter, item: QrItem) -> None:
    module = item.size / item.code.modules
    quiet = (item.code.modules - len(item.code.rows)) / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("black")))
    top = -(item.y + item.size)
    for row, runs in enumerate(item.code.rows):
        for start, length in runs:
            painter.drawRect(
                QRectF(
                    item.x + (quiet + start) * module, top + (quiet + row) * module, length * module, module
                )
            )


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
