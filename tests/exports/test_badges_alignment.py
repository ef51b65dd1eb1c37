"""The alignment test page, read back by poppler: label outlines where the stock's labels are, true rulers."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from govcamp.cli import main
from govcamp.exports.alignment import alignment_pdf
from govcamp.exports.layouts import LAYOUTS, Layout

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="needs poppler-utils (scripts/setup test installs it)",
)
PT_PER_MM = 72 / 25.4
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def words(pdf: Path) -> list[tuple[float, float, float, float, str]]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [(float(a), float(b), float(c), float(d), text) for a, b, c, d, text in WORD.findall(out.stdout)]


def top_down_boxes(layout: Layout) -> list[tuple[float, float, float, float]]:
    """Each label as (left, top, right, bottom) in points from the page's top-left, as pdftotext measures."""
    return [(x, layout.page_height - y - h, x + w, layout.page_height - y) for x, y, w, h in layout.boxes()]


@pytest.mark.parametrize("key", list(LAYOUTS))
def test_each_label_is_numbered_inside_its_own_outline(tmp_path: Path, key: str) -> None:
    layout = LAYOUTS[key]
    pdf = tmp_path / "align.pdf"
    alignment_pdf(pdf, key)
    found = words(pdf)
    numbers = {}
    for i, (x0, y0, _x1, _y1, text) in enumerate(found):
        if text == "Label" and i + 1 < len(found):
            _nx0, _ny0, nx1, ny1, number = found[i + 1]
            numbers[int(number)] = ((x0 + nx1) / 2, (y0 + ny1) / 2)
    assert sorted(numbers) == list(range(1, layout.per_page + 1))
    for number, (left, top, right, bottom) in enumerate(top_down_boxes(layout), 1):
        cx, cy = numbers[number]
        assert left < cx < right and top < cy < bottom, (number, (cx, cy), (left, top, right, bottom))


@pytest.mark.parametrize("key", ["avery-l7418", "avery-5395", "herma-4418"])
def test_the_rulers_marks_are_millimetres_from_the_paper_edge(tmp_path: Path, key: str) -> None:
    pdf = tmp_path / "align.pdf"
    alignment_pdf(pdf, key)
    top_ruler = {
        int(text): (x0 + x1) / 2
        for x0, y0, x1, y1, text in words(pdf)
        if text.isdigit() and y1 < 15 * PT_PER_MM
    }
    assert {10, 50, 100, 150} <= set(top_ruler)
    for millimetres, centre in top_ruler.items():
        assert centre / PT_PER_MM == pytest.approx(millimetres, abs=0.5)


@pytest.mark.parametrize("key", ["avery-l7418", "avery-l4785", "avery-5392", "dymo-30856"])
def test_outlines_print_on_the_labels_edges(tmp_path: Path, key: str) -> None:
    """Rendered at 100 dpi: a dark line crosses each label's left and top edge where the template puts it."""
    layout = LAYOUTS[key]
    pdf = tmp_path / "align.pdf"
    alignment_pdf(pdf, key)
    subprocess.run(
        ["pdftoppm", "-r", "100", "-gray", "-png", "-singlefile", str(pdf), str(tmp_path / "p")], check=True
    )
    image = Image.open(tmp_path / "p.png").convert("L")
    scale = 100 / 72

    def dark_near(x: float, y: float, *, across: str) -> bool:
        px, py = round(x * scale), round(y * scale)
        for d in range(-3, 4):
            qx, qy = (px + d, py) if across == "x" else (px, py + d)
            if 0 <= qx < image.width and 0 <= qy < image.height and image.getpixel((qx, qy)) < 220:
                return True
        return False

    for left, top, right, bottom in top_down_boxes(layout):
        middle_y = top + (bottom - top) * 0.3  # off the centre, where the label number is
        middle_x = left + (right - left) * 0.3
        if left > 1:  # a label at the page edge has its outline on the edge, outside the picture
            assert dark_near(left, middle_y, across="x")
        assert dark_near(right, middle_y, across="x") or right >= layout.page_width - 1
        if top > 1:
            assert dark_near(middle_x, top, across="y")
    # Between the labels of a gapped sheet (L4785's 15 mm gutter) there is no line.
    if key == "avery-l4785":
        gutter = (top_down_boxes(layout)[0][2] + top_down_boxes(layout)[1][0]) / 2
        assert not dark_near(gutter, layout.page_height / 2 + 20, across="x")


def test_the_command_writes_the_page_for_the_layout_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = tmp_path / "demo.govcamp"
    assert main(["demo", str(event)]) == 0
    out = tmp_path / "align.pdf"
    code = main(["export", "badges", str(event), "-o", str(out), "--layout", "avery-l4785", "--alignment"])
    assert code == 0 and "alignment" in capsys.readouterr().out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Avery L4785" in text and "Label 10" in text and "Label 11" not in text
    assert "100 %" in text
