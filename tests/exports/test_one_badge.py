"""One badge at label position N: the right label of the sheet, read back with poppler and zbar."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest

from govcamp.domain.errors import GovcampError
from govcamp.exports.badges import BadgeData
from govcamp.exports.layouts import LAYOUTS
from govcamp.exports.one_badge import write_one_badge

BADGE = BadgeData(
    person_id=7,
    name="Siân",
    pronouns="she/her",
    organisation="Cyngor Gwynedd",
    qr_payload="SIANCODE",
    qr_caption="SIANCODE",
    full_name="Siân Evans",
)


def decode_label(pdf: Path, layout_key: str, position: int, work: Path, dpi: int = 300) -> list[str]:
    """What zbarimg reads inside label ``position`` alone (the page cropped to it, drawn in ``work``)."""
    layout = LAYOUTS[layout_key]
    x, y, w, h = layout.boxes()[position - 1]
    scale = dpi / 72
    left, top = round(x * scale), round((layout.page_height - y - h) * scale)
    with tempfile.TemporaryDirectory(prefix="label-", dir=work) as folder:
        png = Path(folder) / "label"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                str(dpi),
                "-singlefile",
                "-x",
                str(left),
                "-y",
                str(top),
                "-W",
                str(round(w * scale)),
                "-H",
                str(round(h * scale)),
                str(pdf),
                str(png),
            ],
            check=True,
        )
        done = subprocess.run(
            ["zbarimg", "-q", "--raw", f"{png}.png"], capture_output=True, text=True, check=False
        )
    return done.stdout.split()


def test_the_badge_lands_on_the_chosen_label_only(tmp_path: Path) -> None:
    pdf = write_one_badge(
        BADGE, tmp_path / "one.pdf", event_name="LocalGovCamp", layout="avery-l7418", position=3
    )
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Siân" in text and "Cyngor Gwynedd" in text and "she/her" in text
    assert decode_label(pdf, "avery-l7418", 3, tmp_path) == ["SIANCODE"]
    assert decode_label(pdf, "avery-l7418", 1, tmp_path) == []
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info and "595.276 x 841.89" in info  # one A4 sheet


def test_a_roll_label_is_one_page_of_its_own_size(tmp_path: Path) -> None:
    pdf = write_one_badge(BADGE, tmp_path / "roll.pdf", event_name="LocalGovCamp", layout="roll-4x3")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "288 x 216" in info
    assert decode_label(pdf, "roll-4x3", 1, tmp_path) == ["SIANCODE"]


def test_a_position_off_the_sheet_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(GovcampError, match="choose 1 to 8"):
        write_one_badge(BADGE, tmp_path / "x.pdf", event_name="E", layout="a4-8up", position=9)
    assert list(tmp_path.iterdir()) == []
