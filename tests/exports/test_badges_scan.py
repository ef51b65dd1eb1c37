"""Badge QR codes scan, read back badge by badge by zbar and zxing-cpp from pages rendered by poppler.

The issue's bar: every badge on every layout decodes with both readers at 300 dpi, and at least 99 % of a
thousand badges at 150 dpi; contact cards with names beyond ASCII carry the UTF-8 ECI designator, so zbar
reads "Noël" and not "NoÃ«l".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govcamp.exports.badges import BadgeData, BadgeSheet, write_badges
from govcamp.exports.layouts import LAYOUTS
from govcamp.exports.qr import vcard
from govcamp.services.badges import badge_batch
from govcamp.services.demo import write_demo
from govcamp.store.eventfile import open_event
from tests.exports.badge_scanner import scan_badges

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdftoppm", "zbarimg")),
    reason="needs poppler-utils and zbar-tools (scripts/setup test installs them)",
)
zxingcpp = pytest.importorskip("zxingcpp")


@pytest.fixture(scope="module")
def demo_badges(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[BadgeData]]:
    """The thousand people of the demo, 40 % of them with contact cards (many names beyond ASCII)."""
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    write_demo(path, applicants=1000)
    with open_event(path) as db:
        batch = badge_batch(db, "all")
    assert len(batch.badges) >= 1000 and batch.contact_cards > 300
    return batch.event_name, list(batch.badges[:1000])


def hardest(badges: list[BadgeData]) -> list[BadgeData]:
    """The badges whose codes are densest: the longest contact cards, non-ASCII ones, and check-in codes."""
    cards = [b for b in badges if b.qr_payload.startswith("BEGIN:VCARD")]
    cards.sort(key=lambda b: -len(b.qr_payload))
    foreign = [b for b in cards if not b.qr_payload.isascii()][:3]
    codes = [b for b in badges if not b.qr_payload.startswith("BEGIN:VCARD")][:3]
    return cards[:3] + foreign + codes


def test_a_thousand_badges_scan_at_150_dpi_with_both_readers(
    demo_badges: tuple[str, list[BadgeData]], tmp_path: Path
) -> None:
    event_name, badges = demo_badges
    pdf = tmp_path / "badges.pdf"
    write_badges(badges, pdf, event_name=event_name, layout="a4-8up")
    result = scan_badges(pdf, BadgeSheet(badges, event_name=event_name, layout="a4-8up"), dpi=150)
    assert result.faces == 1000
    assert result.rate("zbar") >= 0.99, result.zbar_missed[:5]
    assert result.rate("zxing") >= 0.99, result.zxing_missed[:5]


@pytest.mark.parametrize(
    ("layout", "folded"),
    [(key, False) for key in LAYOUTS] + [(key, True) for key, layout in LAYOUTS.items() if layout.foldable],
)
def test_every_layout_scans_at_300_dpi_with_both_readers(
    demo_badges: tuple[str, list[BadgeData]], tmp_path: Path, layout: str, folded: bool
) -> None:
    event_name, badges = demo_badges
    chosen = hardest(badges)
    pdf = tmp_path / "badges.pdf"
    write_badges(chosen, pdf, event_name=event_name, layout=layout, folded=folded)
    sheet = BadgeSheet(chosen, event_name=event_name, layout=layout, folded=folded)
    result = scan_badges(pdf, sheet, dpi=300)
    assert result.faces == len(chosen) * (2 if folded else 1)
    assert result.zbar_missed == [] and result.zxing_missed == []


def test_a_contact_card_beyond_ascii_says_it_is_utf8(tmp_path: Path) -> None:
    import subprocess

    import qrcode

    card = vcard("Noël Jones", "Hackney Council", "noel@example.org")
    badges = [BadgeData(person_id=1, name="Noël", qr_payload=card)]
    pdf = tmp_path / "noel.pdf"
    write_badges(badges, pdf, event_name="Camp", layout="a6")
    result = scan_badges(pdf, BadgeSheet(badges, event_name="Camp", layout="a6"), dpi=200)
    assert result.zbar_missed == [] and result.zxing_missed == []  # zbar's text mode: "Noël" read right
    # The same card without the designator (the qrcode package cannot write one): zbar guesses Shift-JIS.
    qrcode.make(card.encode("utf-8")).save(tmp_path / "plain.png")
    read = subprocess.run(
        ["zbarimg", "--nodbus", "--raw", "-q", str(tmp_path / "plain.png")], capture_output=True, check=False
    ).stdout.decode("utf-8", "replace")
    assert read and "Noël" not in read
