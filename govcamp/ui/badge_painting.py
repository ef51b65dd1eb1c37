"""Drawing a badge page's display list (govcamp.exports.badges) with QPainter: the Badges tab's preview and
the desk's printer draw the same faces, QR codes and crop marks the PDF holds."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from govcamp.exports.badges import Face, FillRect, Page, QrItem, RuleItem, TextItem
from govcamp.exports.layouts import Layout


def colour(rgb: tuple[float, float, float]) -> QColor:
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
        pen = QPen(colour(mark.colour), mark.width)
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
            painter.setBrush(QBrush(colour(item.colour)))
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
            painter.setPen(colour(item.colour))
            painter.drawText(QPointF(item.x, -item.y), item.text)
        elif isinstance(item, QrItem):
            _paint_qr(painter, item)
        elif isinstance(item, RuleItem):
            painter.setPen(QPen(colour(item.colour), item.width))
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
