"""Each layout's badges land where its stock's labels or cut lines are, by the published figures."""

from __future__ import annotations

import pytest

from govcamp.domain.errors import GovcampError
from govcamp.exports.layouts import LAYOUTS, crop_marks, get_layout
from tests.exports import label_templates

PT_PER_MM = 72 / 25.4


def in_mm(points: float) -> float:
    return points / PT_PER_MM


def top_left_mm(key: str) -> list[tuple[float, float]]:
    """Each badge's top-left corner measured from the sheet's top-left corner, as label makers publish it."""
    layout = LAYOUTS[key]
    return [
        (round(in_mm(x), 2), round(in_mm(layout.page_height - (y + layout.badge_height)), 2))
        for x, y in layout.origins
    ]


def test_a6_is_one_badge_filling_an_a6_page() -> None:
    layout = LAYOUTS["a6"]
    assert (round(in_mm(layout.page_width), 2), round(in_mm(layout.page_height), 2)) == (105.0, 148.0)
    assert layout.boxes() == [(0.0, 0.0, layout.page_width, layout.page_height)]


def test_a4_four_up_quarters_the_sheet_and_marks_both_cuts() -> None:
    layout = LAYOUTS["a4-4up"]
    assert (round(in_mm(layout.page_width)), round(in_mm(layout.page_height))) == (210, 297)
    assert top_left_mm("a4-4up") == [(0.0, 0.0), (105.0, 0.0), (0.0, 148.5), (105.0, 148.5)]
    assert (round(in_mm(layout.badge_width), 2), round(in_mm(layout.badge_height), 2)) == (105.0, 148.5)
    marks = crop_marks(layout)
    # The vertical cut at 105 mm, marked top and bottom; the horizontal cut at 148.5 mm, marked both sides.
    assert {round(in_mm(m[0]), 2) for m in marks if m[0] == m[2]} == {105.0}
    assert {round(in_mm(m[1]), 2) for m in marks if m[1] == m[3]} == {148.5}
    assert len(marks) == 4


def test_a4_eight_up_is_the_sheet_in_eighths() -> None:
    assert top_left_mm("a4-8up") == [
        (0.0, 0.0),
        (105.0, 0.0),
        (0.0, 74.25),
        (105.0, 74.25),
        (0.0, 148.5),
        (105.0, 148.5),
        (0.0, 222.75),
        (105.0, 222.75),
    ]
    assert len(crop_marks(LAYOUTS["a4-8up"])) == 2 + 3 * 2


def test_avery_l7418_labels_butt_together_where_libreoffice_puts_them() -> None:
    layout = LAYOUTS["avery-l7418"]
    assert (round(in_mm(layout.badge_width), 2), round(in_mm(layout.badge_height), 2)) == (86.0, 55.0)
    assert top_left_mm("avery-l7418") == [
        (19.0, 38.5),
        (105.0, 38.5),
        (19.0, 93.5),
        (105.0, 93.5),
        (19.0, 148.5),
        (105.0, 148.5),
        (19.0, 203.5),
        (105.0, 203.5),
    ]
    # The bottom row ends 38.5 mm above the sheet's foot: its role band prints on the label.
    assert round(297 - 203.5 - 55, 2) == 38.5
    assert not layout.crop_marks


@pytest.mark.parametrize("key", [key for key, layout in LAYOUTS.items() if layout.template])
def test_every_label_layout_matches_its_published_template(key: str) -> None:
    """Page, label size and every label's corner agree with the template file installed by Debian."""
    layout = LAYOUTS[key]
    for path in (label_templates.LIBREOFFICE_LABELS, label_templates.GLABELS_TEMPLATES):
        assert path.exists(), f"{path} is missing: {label_templates.SETUP_HINT}"
    sheet = label_templates.published(layout.template)
    assert in_mm(layout.page_width) == pytest.approx(sheet.page[0], abs=0.1)
    assert in_mm(layout.page_height) == pytest.approx(sheet.page[1], abs=0.1)
    assert in_mm(layout.badge_width) == pytest.approx(sheet.label[0], abs=0.05)
    assert in_mm(layout.badge_height) == pytest.approx(sheet.label[1], abs=0.05)
    assert len(top_left_mm(key)) == len(sheet.corners)
    for ours, theirs in zip(top_left_mm(key), sheet.corners, strict=True):
        assert ours == pytest.approx(theirs, abs=0.05)
    # The layouts table says where the figures come from.
    assert layout.template[-1] in layout.source or layout.template[-1].split()[0] in layout.source


def test_every_layout_is_a_published_template_or_plain_card_cut_by_hand() -> None:
    for layout in LAYOUTS.values():
        plain = layout.crop_marks or layout.boxes() == [(0.0, 0.0, layout.page_width, layout.page_height)]
        assert layout.template or plain, layout.key
        assert layout.source, layout.key


def test_avery_5395_eight_labels_on_us_letter() -> None:
    layout = LAYOUTS["avery-5395"]
    assert (layout.page_width / 72, layout.page_height / 72) == (8.5, 11.0)
    assert (layout.badge_width / 72, round(layout.badge_height / 72, 4)) == (3.375, 2.3333)
    inches = [
        (round(x / 72, 4), round((layout.page_height - y - layout.badge_height) / 72, 4))
        for x, y in layout.origins
    ]
    assert inches == [
        (0.6875, 0.5833),
        (4.4375, 0.5833),
        (0.6875, 3.0833),
        (4.4375, 3.0833),
        (0.6875, 5.5833),
        (4.4375, 5.5833),
        (0.6875, 8.0833),
        (4.4375, 8.0833),
    ]


def test_badge_printer_roll_is_four_by_three_inches() -> None:
    layout = LAYOUTS["roll-4x3"]
    assert (layout.page_width / 72, layout.page_height / 72) == (4.0, 3.0)
    assert layout.boxes() == [(0.0, 0.0, 288.0, 216.0)]


@pytest.mark.parametrize("key", list(LAYOUTS))
def test_every_badge_lies_on_its_page_without_overlapping_another(key: str) -> None:
    layout = LAYOUTS[key]
    boxes = layout.boxes()
    for x, y, w, h in boxes:
        assert x >= -0.01 and x + w <= layout.page_width + 0.01
        assert y >= -0.01 and y + h <= layout.page_height + 0.01
    for i, (x1, y1, w1, h1) in enumerate(boxes):
        for x2, y2, w2, h2 in boxes[i + 1 :]:
            overlap_w = min(x1 + w1, x2 + w2) - max(x1, x2)
            overlap_h = min(y1 + h1, y2 + h2) - max(y1, y2)
            assert overlap_w <= 0.01 or overlap_h <= 0.01


def test_an_unknown_layout_names_the_choices() -> None:
    with pytest.raises(GovcampError, match="avery-l7418"):
        get_layout("avery-9999")
