"""The printed grid and door signs, read back with poppler (pdfinfo, pdftotext, pdffonts, pdftoppm) and
zbarimg, as the badge PDFs are."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

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
    return " ".join(text.split())


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
