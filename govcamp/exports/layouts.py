"""The stock badges are printed on: page sizes and where each badge sits, true to the real sheets.

All figures are in PDF points (1/72 inch); ``mm`` and ``inch`` convert the published sizes. Badge positions
are the bottom-left corners of each badge in PDF coordinates (origin at the bottom-left of the page),
listed in reading order: left to right, then top to bottom, as a person counts labels on a sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from govcamp.domain.errors import GovcampError

MM = 72 / 25.4
INCH = 72.0


def mm(value: float) -> float:
    return value * MM


def inch(value: float) -> float:
    return value * INCH


# ISO 216: A4 is 210 × 297 mm; A6 is 105 × 148 mm (A4 quartered is 105 × 148.5 mm: A-sizes are rounded down).
A4 = (mm(210), mm(297))
A6 = (mm(105), mm(148))
# ANSI / US Letter: 8.5 × 11 inches.
LETTER = (inch(8.5), inch(11))


@dataclass(frozen=True)
class Layout:
    """One kind of stock: the page, the badge size, and every badge's place on the page."""

    key: str
    title: str
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    origins: tuple[tuple[float, float], ...]
    #: Card that is cut after printing gets crop marks; pre-cut labels and single badges do not.
    crop_marks: bool = False
    #: Labels have rounded corners (drawn only in the preview, never printed).
    corner_radius: float = 0.0
    #: Big enough to fold in half (the name on both faces).
    foldable: bool = False
    #: Where the figures come from.
    source: str = ""

    @property
    def per_page(self) -> int:
        return len(self.origins)

    def boxes(self) -> list[tuple[float, float, float, float]]:
        """Every badge as ``(x, y, width, height)`` in points, in reading order."""
        return [(x, y, self.badge_width, self.badge_height) for x, y in self.origins]


def _grid(
    page: tuple[float, float],
    size: tuple[float, float],
    columns: int,
    rows: int,
    left: float,
    top: float,
    pitch: tuple[float, float],
) -> tuple[tuple[float, float], ...]:
    """Badge origins for a grid measured the way label makers publish it: from the page's top-left corner."""
    page_height = page[1]
    return tuple(
        (left + column * pitch[0], page_height - top - row * pitch[1] - size[1])
        for row in range(rows)
        for column in range(columns)
    )


LAYOUTS: dict[str, Layout] = {
    layout.key: layout
    for layout in (
        # One A6 badge on an A6 page (105 × 148 mm, ISO 216): a desk printer with A6 card, or a badge wallet.
        Layout(
            key="a6",
            title="A6 card, one badge per page",
            page_width=A6[0],
            page_height=A6[1],
            badge_width=A6[0],
            badge_height=A6[1],
            origins=((0.0, 0.0),),
            foldable=True,
            source="ISO 216: A6 is 105 × 148 mm",
        ),
        # Four A6 badges on A4: the sheet quartered (each 105 × 148.5 mm), with crop marks on the cut lines.
        Layout(
            key="a4-4up",
            title="A4 card, four A6 badges with crop marks",
            page_width=A4[0],
            page_height=A4[1],
            badge_width=mm(105),
            badge_height=mm(148.5),
            origins=_grid(A4, (mm(105), mm(148.5)), 2, 2, 0.0, 0.0, (mm(105), mm(148.5))),
            crop_marks=True,
            foldable=True,
            source="ISO 216: A4 is 210 × 297 mm; quartered, 105 × 148.5 mm",
        ),
        # Eight badges on plain A4 card: two columns by four rows of 105 × 74.25 mm (A4 cut in eighths).
        Layout(
            key="a4-8up",
            title="A4 card, eight badges with crop marks",
            page_width=A4[0],
            page_height=A4[1],
            badge_width=mm(105),
            badge_height=mm(74.25),
            origins=_grid(A4, (mm(105), mm(74.25)), 2, 4, 0.0, 0.0, (mm(105), mm(74.25))),
            crop_marks=True,
            source="ISO 216: A4 is 210 × 297 mm; in eighths, 105 × 74.25 mm",
        ),
        # Avery L7418 name badge labels: 8 per A4 sheet, 86 × 55 mm with rounded corners, 2 across by 4 down
        # (Avery's published size). Margins 14 mm at the sides and 31 mm at the top, 96 mm across and 60 mm
        # down from one label to the next (10 and 5 mm gaps), which centres the labels on the sheet:
        # 14 + 96 + 86 + 14 = 210 and 31 + 3 × 60 + 55 + 31 = 297. Not yet checked against a printed sheet.
        Layout(
            key="avery-l7418",
            title="Avery L7418 name badge labels (A4, 8 per sheet, 86 × 55 mm)",
            page_width=A4[0],
            page_height=A4[1],
            badge_width=mm(86),
            badge_height=mm(55),
            origins=_grid(A4, (mm(86), mm(55)), 2, 4, mm(14), mm(31), (mm(96), mm(60))),
            corner_radius=mm(5),
            source="Avery L7418: 86 × 55 mm, 8 per A4 sheet; margins 14 mm side, 31 mm top; pitch 96 × 60 mm",
        ),
        # Avery 5395 name badge labels: 8 per US Letter sheet, 3⅜ × 2⅓ inches with 3/16 inch rounded corners,
        # 2 across by 4 down; first label 11/16 inch from the left and 7/12 inch from the top; 3.75 inches
        # across and 2.5 inches down from one label to the next (the gLabels template for Avery 5395).
        Layout(
            key="avery-5395",
            title="Avery 5395 name badge labels (US Letter, 8 per sheet, 3⅜ × 2⅓ in)",
            page_width=LETTER[0],
            page_height=LETTER[1],
            badge_width=inch(3.375),
            badge_height=inch(7 / 3),
            origins=_grid(
                LETTER, (inch(3.375), inch(7 / 3)), 2, 4, inch(0.6875), inch(7 / 12), (inch(3.75), inch(2.5))
            ),
            corner_radius=inch(0.1875),
            source="Avery 5395: 3.375 × 2.333 in, 8 per Letter sheet; first at (0.6875, 0.5833) in",
        ),
        # Badge printers (Zebra, Brother, DYMO) take rolls of 4 × 3 inch die-cut badge labels: one per page,
        # 4 inches wide by 3 inches tall.
        Layout(
            key="roll-4x3",
            title="Badge printer roll, 4 × 3 inches",
            page_width=inch(4),
            page_height=inch(3),
            badge_width=inch(4),
            badge_height=inch(3),
            origins=((0.0, 0.0),),
            source="4 × 3 in die-cut badge labels, one per page",
        ),
    )
}

DEFAULT_LAYOUT = "a4-8up"


def get_layout(key: str) -> Layout:
    """The layout called ``key``; a clear error naming the choices otherwise."""
    try:
        return LAYOUTS[key]
    except KeyError:
        raise GovcampError(
            f"There is no badge layout called “{key}”; choose one of {', '.join(LAYOUTS)}."
        ) from None


def crop_marks(
    layout: Layout, length: float = mm(6), inset: float = mm(3)
) -> list[tuple[float, float, float, float]]:
    """Short lines on the page edges where the cuts go between badges: ``(x1, y1, x2, y2)`` each.

    They start ``inset`` from the edge (printers cannot print right to it) and run ``length`` inwards, inside
    the badges' margins, so a cut through them leaves nothing on a badge's face.
    """
    xs = sorted({round(x, 3) for x, _y in layout.origins} - {0.0})
    ys = sorted({round(y, 3) for _x, y in layout.origins} - {0.0})
    marks: list[tuple[float, float, float, float]] = []
    width, height = layout.page_width, layout.page_height
    for x in xs:
        marks.append((x, inset, x, inset + length))
        marks.append((x, height - inset, x, height - inset - length))
    for y in ys:
        marks.append((inset, y, inset + length, y))
        marks.append((width - inset, y, width - inset - length, y))
    return marks
