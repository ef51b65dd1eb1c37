"""A one-page alignment test for a badge layout: every label's outline, numbered, and millimetre rulers.

Printed on plain paper and held against a sheet of labels to the light, it shows at once whether the printer
puts ink where the labels are (and whether the print dialog shrank the page to fit) before 150 badges go
through it. Values in, a file out, like every export.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.exports.layouts import Layout, get_layout, mm

#: Where the rulers run: this far in from the top and left edges (printers leave about 4 mm unprinted).
RULER_INSET = mm(6)
TICK = {1: mm(1.5), 5: mm(2.5), 10: mm(4)}


def instructions(layout: Layout) -> list[str]:
    """What the page says about itself, in words for the volunteer at the printer."""
    size = f"{layout.badge_width / mm(1):.1f} × {layout.badge_height / mm(1):.1f} mm".replace(".0 ", " ")
    return [
        f"Alignment test: {layout.title}",
        "Print at 100 % (actual size, not “fit to page”) on plain paper, lay it on a sheet of labels",
        f"and hold both to the light: each outline ({size}) should lie on a label’s edge.",
        "The rulers are in millimetres from the paper’s edges: 100 on the ruler is 100 mm on yours.",
    ]


def alignment_pdf(path: Path, layout: str | Layout) -> None:
    """Write the alignment page for ``layout`` to ``path`` (beside it first, then moved into place).

    Raises:
        GovcampError: an unknown layout, or a path that cannot be written.
    """
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from govcamp.exports.badges import shared_font_book

    stock = get_layout(layout) if isinstance(layout, str) else layout
    path = Path(path)
    if path.is_dir():
        raise GovcampError(_("{path} is a folder; give a file name such as alignment.pdf.").format(path=path))
    if not path.parent.is_dir():
        raise GovcampError(_("The folder {parent} does not exist.").format(parent=path.parent))
    font = shared_font_book().font("latin", bold=False)
    assert font is not None  # FontBook refuses to exist without it
    partial = path.with_name(f".{path.name}.partial")
    width, height = stock.page_width, stock.page_height
    canvas = Canvas(str(partial), pagesize=(width, height), initialFontName=font.name)
    canvas.setTitle(f"Alignment test — {stock.title}")
    canvas.setCreator("govcamp")
    canvas.setSubject("Badge alignment test page")

    # The labels, as thin outlines with their number in the middle (counted as a person counts them).
    canvas.setLineWidth(0.5)
    canvas.setStrokeColorRGB(0, 0, 0)
    label_size = min(14.0, stock.badge_height * 0.25)
    for number, (x, y, w, h) in enumerate(stock.boxes(), 1):
        canvas.roundRect(x, y, w, h, stock.corner_radius, stroke=1, fill=0)
        canvas.setFont(font.name, label_size)
        canvas.drawCentredString(x + w / 2, y + h / 2 - label_size * 0.35, f"Label {number}")

    # Rulers along the top and the left, numbered every 10 mm from the paper's edge.
    canvas.setLineWidth(0.3)
    canvas.setFont(font.name, 5.5)
    top = height - RULER_INSET
    canvas.line(0, top, width, top)
    for step in range(0, int(width / mm(1)) + 1):
        x = mm(step)
        tick = TICK[10 if step % 10 == 0 else 5 if step % 5 == 0 else 1]
        canvas.line(x, top, x, top - tick)
        if step % 10 == 0 and step and x + mm(3) < width:  # a number cut by the paper's edge misleads
            canvas.drawCentredString(x, top - TICK[10] - 6, str(step))
    left = RULER_INSET
    canvas.line(left, 0, left, height)
    for step in range(0, int(height / mm(1)) + 1):
        y = height - mm(step)
        tick = TICK[10 if step % 10 == 0 else 5 if step % 5 == 0 else 1]
        canvas.line(left, y, left + tick, y)
        if step % 10 == 0 and step >= 20 and y > mm(3):  # 10 would sit on the top ruler's 10
            canvas.drawString(left + TICK[10] + 1.5, y - 2, str(step))

    # The instructions: in the middle of the page, where they cross label outlines least on most stock.
    size = 7.0
    lines = [
        part
        for text in instructions(stock)
        for part in simpleSplit(text, font.name, size, width - 2 * (RULER_INSET + TICK[10] + mm(6)))
    ]
    canvas.setFont(font.name, size)
    y = height / 2 + len(lines) * size * 0.6
    for text in lines:
        canvas.setFillColorRGB(1, 1, 1)
        text_width = canvas.stringWidth(text, font.name, size)
        canvas.rect(
            (width - text_width) / 2 - 2, y - size * 0.3, text_width + 4, size * 1.25, stroke=0, fill=1
        )
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawCentredString(width / 2, y, text)
        y -= size * 1.3
    canvas.showPage()
    try:
        canvas.save()
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise GovcampError(
            _("Could not write {path}: {value}.").format(path=path, value=exc.strerror or exc)
        ) from exc
