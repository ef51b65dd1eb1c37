"""The stock badges are printed on: page sizes and where each badge sits, true to the real sheets.

All figures are in PDF points (1/72 inch); ``mm`` and ``inch`` convert the published sizes. Badge positions
are the bottom-left corners of each badge in PDF coordinates (origin at the bottom-left of the page),
listed in reading order: left to right, then top to bottom, as a person counts labels on a sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _

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
    #: The published template the geometry is taken from, for the test that compares them:
    #: ``("libreoffice", "<label name>")`` for LibreOffice's ``labels.xml`` or ``("glabels", brand, part)``.
    template: tuple[str, ...] = ()

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
        # Avery L7418 name badge labels: 8 per A4 sheet, 86 × 55 mm, 2 across by 4 down, butted together (the
        # pitch is the label size), first label 19 mm from the left and 38.5 mm from the top: LibreOffice's
        # template "L7418 Name Badge" (labels.xml). The corners are rounded on the sheet.
        Layout(
            key="avery-l7418",
            title="Avery L7418 name badge labels (A4, 8 per sheet, 86 × 55 mm)",
            page_width=A4[0],
            page_height=A4[1],
            badge_width=mm(86),
            badge_height=mm(55),
            origins=_grid(A4, (mm(86), mm(55)), 2, 4, mm(19), mm(38.5), (mm(86), mm(55))),
            corner_radius=mm(5),
            source="LibreOffice labels.xml, “L7418 Name Badge”: 86 × 55 mm at 19 mm left, 38.5 mm top, "
            "pitch 86 × 55 mm",
            template=("libreoffice", "L7418 Name Badge"),
        ),
        # Avery L4785 self-adhesive name badges (acetate silk; L4784, L4786, L4787 are the same sheet in other
        # colours): 10 per A4 sheet, 80 × 50 mm with 4 mm rounded corners, 2 across by 5 down, first label at
        # 18 mm / 13 mm, 95 × 55 mm pitch: gLabels' template Avery L4785.
        Layout(
            key="avery-l4785",
            title="Avery L4785 self-adhesive name badges (A4, 10 per sheet, 80 × 50 mm)",
            page_width=A4[0],
            page_height=A4[1],
            badge_width=mm(80),
            badge_height=mm(50),
            origins=_grid(A4, (mm(80), mm(50)), 2, 5, mm(18), mm(13), (mm(95), mm(55))),
            corner_radius=mm(4),
            source="gLabels avery-iso-templates.xml, Avery L4785: 80 × 50 mm at 18 mm left, 13 mm top, "
            "pitch 95 × 55 mm",
            template=("glabels", "Avery", "L4785"),
        ),
        # Herma 4418 / 4419 name labels (acetate silk, red / blue border): 27 per A4 sheet, 63.5 × 29.63 mm,
        # 3 across by 9 down, first at 7.21 mm / 15.15 mm, 66.04 × 29.63 mm pitch: LibreOffice's template
        # "4418 SuperPrint Namensetiketten Acetatseide, rot". Small stickers: the name, a thin band, no room
        # to spare.
        Layout(
            key="herma-4418",
            title="Herma 4418/4419 name labels (A4, 27 per sheet, 63.5 × 29.6 mm)",
            page_width=A4[0],
            page_height=A4[1],
            badge_width=mm(63.5),
            badge_height=mm(29.63),
            origins=_grid(A4, (mm(63.5), mm(29.63)), 3, 9, mm(7.21), mm(15.15), (mm(66.04), mm(29.63))),
            source="LibreOffice labels.xml, “4418 SuperPrint Namensetiketten Acetatseide, rot”: 63.5 × "
            "29.63 mm at 7.21 mm left, 15.15 mm top, pitch 66.04 × 29.63 mm",
            template=("libreoffice", "4418 SuperPrint Namensetiketten Acetatseide, rot"),
        ),
        # Avery 5395 name badge labels (5095, 5895, 8395 are the same sheet): 8 per US Letter sheet,
        # 3⅜ × 2⅓ inches with 3/16 inch rounded corners, 2 across by 4 down; first label 11/16 inch from the
        # left and 7/12 inch from the top; 3.75 inches across and 2.5 inches down from one label to the next:
        # gLabels' template Avery 5395 (LibreOffice's "5395 Name Badge - White" agrees to 0.01 mm).
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
            source="gLabels avery-us-templates.xml, Avery 5395: 3.375 × 2.333 in at 0.6875 in left, "
            "0.5833 in top, pitch 3.75 × 2.5 in",
            template=("glabels", "Avery", "5395"),
        ),
        # Avery 5390 name badge inserts (the refill for Avery's clip and pin holders): 8 per US Letter sheet,
        # 3½ × 2 1/6 inches (88.9 × 55.03 mm), micro-perforated and butted, first at 19.05 mm / 29.63 mm:
        # LibreOffice's template "5390 Name Tag Refill". Card, cut on the perforations, no rounded corners.
        Layout(
            key="avery-5390",
            title="Avery 5390 name badge inserts (US Letter, 8 per sheet, 3½ × 2⅙ in)",
            page_width=LETTER[0],
            page_height=LETTER[1],
            badge_width=mm(88.9),
            badge_height=mm(55.03),
            origins=_grid(LETTER, (mm(88.9), mm(55.03)), 2, 4, mm(19.05), mm(29.63), (mm(88.9), mm(55.03))),
            source="LibreOffice labels.xml, “5390 Name Tag Refill”: 88.9 × 55.03 mm at 19.05 mm left, "
            "29.63 mm top, pitch 88.9 × 55.03 mm",
            template=("libreoffice", "5390 Name Tag Refill"),
        ),
        # Avery 5392 / 5384 / 74541 name badge inserts, 4 × 3 inches: 6 per US Letter sheet, 2 across by 3
        # down, butted, first at 6.35 mm / 25.4 mm (¼ in, 1 in): LibreOffice's template "5392 Name Tag Refill"
        # ("5384 Name Tag Kit" and "74541 Name Badge Inserts" are the same figures).
        Layout(
            key="avery-5392",
            title="Avery 5392/5384/74541 name badge inserts (US Letter, 6 per sheet, 4 × 3 in)",
            page_width=LETTER[0],
            page_height=LETTER[1],
            badge_width=mm(101.6),
            badge_height=mm(76.2),
            origins=_grid(LETTER, (mm(101.6), mm(76.2)), 2, 3, mm(6.35), mm(25.4), (mm(101.6), mm(76.2))),
            source="LibreOffice labels.xml, “5392 Name Tag Refill”: 101.6 × 76.2 mm at 6.35 mm left, "
            "25.4 mm top, pitch 101.6 × 76.2 mm",
            template=("libreoffice", "5392 Name Tag Refill"),
        ),
        # DYMO LabelWriter 30856 name badge cards: one 62 × 106 mm card per label on the roll: gLabels'
        # template Dymo 30856.
        Layout(
            key="dymo-30856",
            title="DYMO 30856 name badge cards (LabelWriter roll, 62 × 106 mm)",
            page_width=mm(62),
            page_height=mm(106),
            badge_width=mm(62),
            badge_height=mm(106),
            origins=((0.0, 0.0),),
            source="gLabels dymo-other-templates.xml, Dymo 30856: 62 × 106 mm, one per label",
            template=("glabels", "Dymo", "30856"),
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
            _("There is no badge layout called “{key}”; choose one of {value}.").format(
                key=key, value=", ".join(LAYOUTS)
            )
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
