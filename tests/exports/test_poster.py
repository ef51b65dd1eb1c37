"""The printed grid and door signs, read back with poppler (pdfinfo, pdftotext, pdffonts, pdftoppm) and
zbarimg, as the badge PDFs are."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from govcamp.cli import main
from tests.calendar_event import AWKWARD, make_event

TOOLS = ("pdfinfo", "pdffonts", "pdftotext", "pdftoppm", "zbarimg")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS), reason="poppler-utils and zbar-tools are needed"
)


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=120).stdout


def export(capsys: pytest.CaptureFixture[str], kind: str, event: Path, out: Path) -> str:
    code = main(["export", kind, str(event), "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == 0, err
    return err


def _flat(text: str) -> str:
    """Spaces collapsed, and a line broken after a hyphen joined again ("Welsh-\nlanguage")."""
    return " ".join(text.split()).replace("- ", "-")


def test_poster_is_a3_landscape_with_every_session_and_embedded_fonts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    out = tmp_path / "grid.pdf"
    err = export(capsys, "poster", event, out)
    info = run("pdfinfo", str(out))
    assert "Pages:           2" in info  # one per day
    assert "1190.55 x 841.89 pts (A3)" in info
    text = _flat(run("pdftotext", str(out), "-"))
    for title in AWKWARD:
        assert _flat(title.replace("🎉", "").replace("  ", " ")) in text
    assert "Hall" in text and "Room 2" in text and "Saturday 30 October 2027" in text
    assert "01:30 BST" in text and "01:30 GMT" in text
    assert "Ada Lovelace" in text and "Bob Secret" not in text and "Chris Plain" not in text
    fonts = run("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(" yes yes " in line for line in fonts)  # embedded, subset
    assert any("DroidSansFallback" in line for line in fonts)  # the CJK title
    assert "🎉" in err and "warning" in err  # an emoji no font has is reported, not drawn as a box


def test_poster_qr_codes_open_the_notes_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    out = tmp_path / "grid.pdf"
    export(capsys, "poster", event, out)
    run("pdftoppm", "-png", "-r", "150", str(out), str(tmp_path / "page"))
    found: set[str] = set()
    for page in sorted(tmp_path.glob("page-*.png")):
        result = subprocess.run(
            ["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True, timeout=120, check=False
        )
        found.update(result.stdout.split())
    assert found == {f"https://notes.example.org/camp/sessions/session-{n}.html" for n in (1, 2, 3, 4)}


def test_signs_one_a4_page_per_room_and_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    out = tmp_path / "signs.pdf"
    export(capsys, "signs", event, out)
    info = run("pdfinfo", str(out))
    assert "Pages:           4" in info  # two rooms, two days
    assert "595.276 x 841.89 pts (A4)" in info
    pages = [_flat(run("pdftotext", "-f", str(n), "-l", str(n), str(out), "-")) for n in range(1, 5)]
    assert pages[0].startswith("Hall Step-free Saturday 30 October 2027")
    assert "10:00–10:45" in pages[0] and 'Budgets, cuts; and "what next?"' in pages[0]
    # The two 01:30s of the night the clocks go back say which they are.
    assert pages[1].startswith("Hall Step-free Sunday 31 October 2027")
    assert "01:30 BST–01:55 BST" in pages[1]
    assert "01:30 GMT–01:55 GMT" in pages[3]
    assert pages[2].startswith("Room 2 Screen Saturday 30 October 2027")
    assert "No sessions in this room today." in pages[2]
    assert "Plain talk" in pages[3] and "14:00–14:45" in pages[3]
    fonts = run("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(" yes yes " in line for line in fonts)


def test_nothing_placed_is_one_line(event_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", "poster", str(event_path), "-o", str(event_path.with_suffix(".pdf"))])
    _, err = capsys.readouterr()
    assert code == 2 and "nothing on the grid" in err and len(err.strip().splitlines()) == 1


def test_the_demo_poster_renders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = tmp_path / "demo.govcamp"
    assert main(["demo", str(demo)]) == 0
    out = tmp_path / "grid.pdf"
    export(capsys, "poster", demo, out)
    text = _flat(run("pdftotext", str(out), "-"))
    assert "Banqueting Suite" in text and "Dashboards" in text and "Quiet room" in text


# ---------------------------------------------------------------------------------- sheet sizes, type size

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
#: Capitals that sit on the baseline and reach the cap height (no descender, no accent).
CAPITALS = set("ABCDEFHIKLMNPRSTUVWXZ")
SIZES_MM = {"a3": (420, 297), "a2": (594, 420), "a1": (841, 594), "a0": (1189, 841)}


@pytest.fixture(scope="module")
def demo_event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture(scope="module")
def demo_titles(demo_event: Path) -> list[str]:
    from govcamp.services.calendar import collect
    from govcamp.store.eventfile import open_event

    with open_event(demo_event) as db:
        return [e.title for e in collect(db).entries if not e.cancelled]


def _dark(image: Image.Image, x: int, y: int) -> bool:
    return int(image.getpixel((x, y))) < 160  # type: ignore[arg-type]


def first_letter_heights_mm(pdf: Path, page: int, starts: list[str], dpi: int = 100) -> list[float]:
    """How tall the first letter of each text in ``starts`` is on the rendered page, in millimetres: the dark
    pixels of its first glyph (a capital or digit: the cap height), as a ruler on the print would say.

    A text is found where its first two words stand in that order (one word: that word), so that a title's
    first word met elsewhere in small type (a footer's "The") is not measured.
    """
    xml = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-")
    found = WORD.findall(xml)
    tokens = [w[4] for w in found]
    wanted: set[int] = set()
    for text in starts:
        words = text.split()[:2]
        for i in range(len(tokens)):
            if tokens[i : i + len(words)] == words:
                wanted.add(i)
    stem = pdf.with_name(f"{pdf.stem}-p{page}")
    run(
        "pdftoppm",
        "-r",
        str(dpi),
        "-gray",
        "-png",
        "-singlefile",
        "-f",
        str(page),
        "-l",
        str(page),
        str(pdf),
        str(stem),
    )
    image = Image.open(stem.with_suffix(".png")).convert("L")
    scale = dpi / 72
    heights = []
    for index, (x0, y0, x1, y1, text) in enumerate(found):
        if index not in wanted or not (text[0] in CAPITALS or text[0].isdigit()):
            continue
        left, top, right, bottom = (round(float(v) * scale) for v in (x0, y0, x1, y1))
        crop = image.crop((left, top - 2, right + 1, bottom + 2))
        columns = [x for x in range(crop.width) if any(_dark(crop, x, y) for y in range(crop.height))]
        if not columns:
            continue
        end = columns[0]
        while end + 1 in columns:
            end += 1
        rows = [y for y in range(crop.height) if any(_dark(crop, x, y) for x in range(columns[0], end + 1))]
        height_px = rows[-1] - rows[0] + 1
        if end - columns[0] + 1 > height_px * 1.1:  # two glyphs touching: not one letter
            continue
        heights.append(height_px / dpi * 25.4)
    return heights


@pytest.mark.parametrize("size", list(SIZES_MM))
def test_the_poster_at_each_sheet_size_keeps_every_title_whole(
    demo_event: Path, demo_titles: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], size: str
) -> None:
    out = tmp_path / f"grid-{size}.pdf"
    code = main(["export", "poster", str(demo_event), "-o", str(out), "--size", size])
    assert code == 0, capsys.readouterr().err
    info = run("pdfinfo", str(out))
    width, height = (
        round(float(v) / 72 * 25.4) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups()
    )  # type: ignore[union-attr]
    assert (width, height) == SIZES_MM[size]
    text = _flat(run("pdftotext", "-raw", str(out), "-"))  # -raw keeps a hyphen that ends a line
    for title in demo_titles:
        assert _flat(title) in text, title


@pytest.mark.parametrize("size", ["a1", "a0"])
def test_titles_on_a1_and_a0_have_capitals_at_least_10_mm_tall(
    demo_event: Path, demo_titles: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], size: str
) -> None:
    out = tmp_path / f"grid-{size}.pdf"
    assert main(["export", "poster", str(demo_event), "-o", str(out), "--size", size]) == 0
    capsys.readouterr()
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(out))).group(1))  # type: ignore[union-attr]
    heights = [h for page in range(1, pages + 1) for h in first_letter_heights_mm(out, page, demo_titles)]
    assert len(heights) >= 20
    assert min(heights) >= 10.0, sorted(heights)[:5]


def test_a3_type_is_half_the_a1_type(demo_event: Path, tmp_path: Path, demo_titles: list[str]) -> None:
    out = tmp_path / "grid.pdf"
    assert main(["export", "poster", str(demo_event), "-o", str(out)]) == 0
    heights = first_letter_heights_mm(out, 1, demo_titles, dpi=150)
    assert heights and min(heights) >= 5.0  # 21 pt at least: readable at a couple of metres


def test_door_signs_titles_and_times_are_at_least_10_mm_tall(
    demo_event: Path, demo_titles: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "signs.pdf"
    assert main(["export", "signs", str(demo_event), "-o", str(out)]) == 0
    capsys.readouterr()
    text = _flat(run("pdftotext", "-raw", str(out), "-"))  # -raw keeps a hyphen that ends a line
    for title in demo_titles:
        assert _flat(title) in text, title
    xml = run("pdftotext", "-bbox", "-f", "1", "-l", "3", str(out), "-")
    times = {w[4] for w in WORD.findall(xml) if re.fullmatch(r"\d\d:\d\d–\d\d:\d\d", w[4])}
    assert times
    heights = [h for page in (1, 2, 3) for h in first_letter_heights_mm(out, page, [*demo_titles, *times])]
    assert len(heights) >= 6
    assert min(heights) >= 10.0, sorted(heights)[:5]


def test_a_very_long_title_with_qr_codes_on_is_printed_whole(tmp_path: Path) -> None:
    from dataclasses import replace

    from govcamp.exports.poster import poster_pdf
    from govcamp.services.calendar import collect
    from govcamp.store.eventfile import open_event

    long_title = (
        "The climate emergency: measuring what matters to residents, councillors and the officers who "
        "report on it, with Supercalifragilisticexpialidociousness"
    )
    with open_event(make_event(tmp_path / "camp.govcamp")) as db:
        data = collect(db)
    assert data.archive_url  # QR codes on: they take part of every cell
    data = replace(data, entries=tuple(replace(e, title=long_title) for e in data.entries))
    for size in ("a3", "a0"):
        out = tmp_path / f"long-{size}.pdf"
        out.write_bytes(poster_pdf(data, size=size))
        text = _flat(run("pdftotext", "-raw", str(out), "-"))
        words = long_title.split()
        # Every word there, in order (the one word too wide for a cell is broken, never shortened).
        assert _flat(" ".join(words[:-1])) in text
        assert words[-1] in text.replace(" ", "")
        assert "…" not in text
