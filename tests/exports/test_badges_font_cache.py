"""Parsed fonts are kept between runs in govcamp's cache folder, and a bad or stale entry costs nothing."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from govcamp.exports import fonts
from govcamp.exports.fonts import find_font_file

LATIN = find_font_file(["NotoSans-Regular.ttf", "DejaVuSans.ttf"])
pytestmark = pytest.mark.skipif(LATIN is None, reason="needs fonts-noto-core (scripts/setup installs it)")


@pytest.fixture
def font_copy(tmp_path: Path) -> Path:
    """A font file of the test's own, so its cache entry is the test's own too."""
    assert LATIN is not None
    copy = tmp_path / "fonts" / LATIN.name
    copy.parent.mkdir()
    shutil.copy(LATIN, copy)
    return copy


def entries(home: Path) -> list[Path]:
    return sorted((home / "cache" / "fonts").glob("*.pickle"))


def same_font(ours: object, fresh: TTFont) -> None:
    face = ours.face  # type: ignore[attr-defined]
    assert face.charToGlyph == fresh.face.charToGlyph and face.charWidths == fresh.face.charWidths
    assert ours.stringWidth("Siân Llewelyn-Jones", 12) == fresh.stringWidth("Siân Llewelyn-Jones", 12)  # type: ignore[attr-defined]
    assert face.makeSubset([0, 65, 66]) == fresh.face.makeSubset([0, 65, 66])


def test_a_parsed_font_is_stored_once_and_read_back_the_same(govcamp_home: Path, font_copy: Path) -> None:
    fresh = TTFont("fresh", str(font_copy))
    first = fonts._parse_ttf("first", font_copy)
    assert len(entries(govcamp_home)) == 1
    stored = entries(govcamp_home)[0].read_bytes()
    second = fonts._parse_ttf("second", font_copy)
    assert entries(govcamp_home)[0].read_bytes() == stored  # read, not written again
    assert second.fontName == "second"
    same_font(first, fresh)
    same_font(second, fresh)


def test_a_corrupt_entry_is_ignored_and_rebuilt(govcamp_home: Path, font_copy: Path) -> None:
    fonts._parse_ttf("first", font_copy)
    (entry,) = entries(govcamp_home)
    for garbage in (b"", b"not a pickle", pickle.dumps(("a", "b")), entry.read_bytes()[:1000]):
        entry.write_bytes(garbage)
        font = fonts._parse_ttf("again", font_copy)
        same_font(font, TTFont("fresh", str(font_copy)))
        assert entry.read_bytes() != garbage  # written again, whole
        assert pickle.loads(entry.read_bytes())


def test_a_changed_font_file_gets_a_new_entry(govcamp_home: Path, font_copy: Path) -> None:
    fonts._parse_ttf("first", font_copy)
    stat = font_copy.stat()
    os.utime(font_copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    fonts._parse_ttf("touched", font_copy)
    assert len(entries(govcamp_home)) == 2


def test_an_unwritable_cache_folder_still_gives_the_font(govcamp_home: Path, font_copy: Path) -> None:
    govcamp_home.mkdir(parents=True, exist_ok=True)
    (govcamp_home / "cache").write_text("a file where the folder should be")
    same_font(fonts._parse_ttf("x", font_copy), TTFont("fresh", str(font_copy)))


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils")
def test_a_second_process_embeds_the_same_fonts_from_the_cache(govcamp_home: Path, tmp_path: Path) -> None:
    script = (
        "import sys\nfrom pathlib import Path\nfrom govcamp.exports.badges import BadgeData, write_badges\n"
        "write_badges([BadgeData(1, 'Siân', organisation='محمد', qr_payload='K7PQ2M9X')], Path(sys.argv[1]),"
        " event_name='Camp', layout='a6')\n"
    )
    env = {**os.environ, "GOVCAMP_HOME": str(govcamp_home)}
    listings = []
    for run in ("cold", "warm"):
        out = tmp_path / f"{run}.pdf"
        subprocess.run([sys.executable, "-c", script, str(out)], env=env, check=True, timeout=120)
        listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        listings.append([line.split()[0].split("+")[-1] for line in listing.splitlines()[2:]])
    assert entries(govcamp_home) and listings[0] == listings[1]
    assert any("Arabic" in name for name in listings[1])
