"""Badge PDFs, read back by independent readers: poppler (pdffonts, pdftotext, pdftoppm), zbarimg and qpdf."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from govcamp.domain.errors import GovcampError
from govcamp.exports.badges import BadgeData, BadgeSheet, FillRect, TextItem, badge_steps, write_badges
from govcamp.exports.layouts import LAYOUTS
from govcamp.exports.qr import vcard

TOOLS = ("pdffonts", "pdftotext", "pdftoppm", "zbarimg", "qpdf")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs poppler-utils, zbar-tools and qpdf (scripts/setup test installs them)",
)

EVENT = "LocalGovCamp 2027"

# (badge name, full name): every script the issue names.
PEOPLE = [
    ("Siân", "Siân Llewelyn-Jones"),
    ("Niamh Ní Bhriain", "Niamh Ní Bhriain"),
    ("Łukasz Wąsowski", "Łukasz Wąsowski"),
    ("Nguyễn Thị Hương", "Nguyễn Thị Hương"),
    ("Αλέξανδρος", "Αλέξανδρος Παπαδόπουλος"),
    ("Андрій", "Андрій Ткаченко"),
    ("محمد الحسن", "محمد الحسن"),
    ("נועה כהן", "נועה כהן"),
    ("अर्जुन शर्मा", "अर्जुन शर्मा"),
    ("கார்த்திக்", "கார்த்திக் சுப்பிரமணியம்"),
    ("李小龙", "李小龙"),
    ("渡辺さくら", "渡辺さくら"),
    ("김민준", "김민준"),
    ("Zoë", "Zoë Evans"),
    ("Sam 🌈", "Sam Okonkwo-Reid"),
    ("", "Fallback Person"),
]


def people_badges() -> list[BadgeData]:
    badges = []
    roles = ["attendee", "organiser", "volunteer", "sponsor", "host"]
    for index, (name, full) in enumerate(PEOPLE):
        if index % 4 == 3:
            payload, caption = vcard(full, "Hackney Council", f"person{index}@example.org"), ""
        else:
            payload = caption = f"CODE{index:06d}"
        badges.append(
            BadgeData(
                person_id=index + 1,
                name=name,
                pronouns="she/her" if index % 2 else "they/them",
                organisation="Birmingham City Council",
                role=roles[index % len(roles)],
                qr_payload=payload,
                qr_caption=caption,
                full_name=full,
            )
        )
    return badges


@pytest.fixture(scope="module")
def people_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[BadgeData], list[str]]:
    path = tmp_path_factory.mktemp("badges") / "people.pdf"
    badges = people_badges()
    warnings = write_badges(badges, path, event_name=EVENT, layout="a4-8up")
    return path, badges, warnings


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=120, check=False)


def text_of(path: Path) -> str:
    """The PDF's text, with every run of white space (line breaks between wrapped lines too) as one space."""
    return " ".join(run("pdftotext", "-enc", "UTF-8", str(path), "-").stdout.split())


def decoded_qr_text(pdf: Path, folder: Path) -> str:
    """What zbarimg reads from every QR code on every page rendered at 300 dpi, run together.

    ``-Sbinary`` gives the codes' bytes as they are (zbar's text mode guesses an encoding and can mangle
    UTF-8); the codes follow one another with no separator, so :func:`assert_decodes` checks them by content.
    """
    prefix = folder / "page"
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(pdf), str(prefix)], check=True, timeout=300)
    found = b""
    for png in sorted(folder.glob("page-*.png")):
        result = subprocess.run(
            ["zbarimg", "--raw", "-q", "-Sbinary", str(png)], capture_output=True, timeout=120, check=False
        )
        found += result.stdout
    return found.decode("utf-8")


def assert_decodes(found: str, payloads: list[str]) -> None:
    """Every payload was read, as many times as it was printed, and nothing else."""
    assert len(found) == sum(len(p) for p in payloads), (found, payloads)
    for payload in set(payloads):
        assert found.count(payload) == payloads.count(payload), payload
    rest = found
    for payload in sorted(payloads, key=len, reverse=True):
        rest = rest.replace(payload, "", 1)
    assert rest == ""


def test_every_font_is_embedded_as_a_subset(people_pdf: tuple[Path, list[BadgeData], list[str]]) -> None:
    path, _badges, _warnings = people_pdf
    lines = run("pdffonts", str(path)).stdout.splitlines()[2:]
    assert len(lines) >= 6  # Latin, Arabic, Hebrew, Devanagari, Tamil, CJK at least
    for line in lines:
        name, *_rest = line.split()
        emb, sub = line.split()[-5], line.split()[-4]
        assert (emb, sub) == ("yes", "yes"), line
        assert re.match(r"^[A-Z]{6}\+", name), line
    names = " ".join(lines)
    for family in (
        "NotoSans-Bold",
        "NotoSansArabic",
        "NotoSansHebrew",
        "NotoSansDevanagari",
        "NotoSansTamil",
        "Droid",
    ):
        assert family in names


def test_pdftotext_finds_latin_greek_and_cyrillic_names(
    people_pdf: tuple[Path, list[BadgeData], list[str]],
) -> None:
    path, _badges, _warnings = people_pdf
    text = text_of(path)
    for name in (
        "Siân",
        "Niamh Ní Bhriain",
        "Łukasz Wąsowski",
        "Nguyễn Thị Hương",
        "Zoë",
        "Αλέξανδρος",
        "Андрій",
    ):
        assert name in text, name
    assert "Birmingham City Council" in text
    assert "LocalGovCamp 2027" in text
    for role in ("ORGANISER", "VOLUNTEER", "SPONSOR", "SESSION HOST", "ATTENDEE"):
        assert role in text


def test_an_empty_badge_name_prints_the_full_name(
    people_pdf: tuple[Path, list[BadgeData], list[str]],
) -> None:
    path, _badges, _warnings = people_pdf
    assert "Fallback Person" in text_of(path)


def test_emoji_is_dropped_with_a_warning_and_the_rest_printed(
    people_pdf: tuple[Path, list[BadgeData], list[str]],
) -> None:
    path, _badges, warnings = people_pdf
    assert any("🌈" in warning and "Sam" in warning for warning in warnings)
    text = text_of(path)
    assert "Sam" in text and "🌈" not in text


def test_every_badge_qr_decodes_to_its_payload(
    people_pdf: tuple[Path, list[BadgeData], list[str]], tmp_path: Path
) -> None:
    path, badges, _warnings = people_pdf
    found = decoded_qr_text(path, tmp_path)
    assert_decodes(found, [badge.qr_payload for badge in badges])
    assert "N:渡辺さくら;;;;" in found  # a contact card with a UTF-8 name reads back intact


def test_qpdf_finds_the_file_sound(people_pdf: tuple[Path, list[BadgeData], list[str]]) -> None:
    path, _badges, _warnings = people_pdf
    result = run("qpdf", "--check", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert run("pdfinfo", str(path)).stdout.count("Pages:") == 1
    assert re.search(r"Pages:\s+2\b", run("pdfinfo", str(path)).stdout)


@pytest.mark.parametrize("key", list(LAYOUTS))
def test_every_layout_writes_a_sound_pdf_of_the_right_page_size(key: str, tmp_path: Path) -> None:
    path = tmp_path / f"{key}.pdf"
    badges = people_badges()[:3]
    write_badges(badges, path, event_name=EVENT, layout=key)
    assert run("qpdf", "--check", str(path)).returncode == 0
    info = run("pdfinfo", str(path)).stdout
    layout = LAYOUTS[key]
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert size is not None
    assert abs(float(size.group(1)) - layout.page_width) < 0.5
    assert abs(float(size.group(2)) - layout.page_height) < 0.5
    pages = -(-len(badges) // layout.per_page)
    assert re.search(rf"Pages:\s+{pages}\b", info)
    assert_decodes(decoded_qr_text(path, tmp_path), [b.qr_payload for b in badges])


def test_folded_badges_show_the_name_on_both_faces(tmp_path: Path) -> None:
    path = tmp_path / "folded.pdf"
    badges = [people_badges()[0], people_badges()[5]]
    write_badges(badges, path, event_name=EVENT, layout="a6", folded=True)
    text = text_of(path)
    assert text.count("Siân") == 2
    assert text.count("Андрій") == 2
    assert_decodes(decoded_qr_text(path, tmp_path), [b.qr_payload for b in badges] * 2)


def test_folding_a_label_too_small_to_fold_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GovcampError, match="fold"):
        write_badges(
            people_badges()[:1], tmp_path / "x.pdf", event_name=EVENT, layout="avery-l7418", folded=True
        )


def test_hostile_input_is_shortened_and_printed_as_text(tmp_path: Path) -> None:
    path = tmp_path / "hostile.pdf"
    badges = [
        BadgeData(1, "A" * 5000, "x" * 5000, "Org " * 1250, "attendee", "CODE1", "CODE1"),
        BadgeData(
            2, "<b>Bold</b> & <script>alert(1)</script>", "", "<i>Org</i>", "organiser", "CODE2", "CODE2"
        ),
        BadgeData(3, "Tab\tand\nnew line\x00", "", "", "nonsense-role", "CODE3", "CODE3"),
        BadgeData(4, "🌈🦄", "", "", "attendee", "CODE4", "CODE4", full_name="Rainbow Person"),
    ]
    write_badges(badges, path, event_name=EVENT, layout="avery-l7418")
    assert run("qpdf", "--check", str(path)).returncode == 0
    text = text_of(path)
    assert "<b>Bold</b>" in text and "<i>Org</i>" in text
    assert "Tab and new line" in text
    assert "Rainbow Person" in text  # a badge name of emoji only: the full name is printed instead
    assert "…" in text  # the long name and organisation were shortened
    assert "A" * 40 in text.replace(" ", "")
    assert_decodes(decoded_qr_text(path, tmp_path), ["CODE1", "CODE2", "CODE3", "CODE4"])


def test_names_are_never_clipped_and_wrap_to_at_most_two_lines() -> None:
    badges = [
        BadgeData(1, "Alexandra Wolstenholme-Featherstonehaugh-Montgomery", qr_payload="C1"),
        BadgeData(2, "Pneumonoultramicroscopicsilicovolcanoconiosis", qr_payload="C2"),
        BadgeData(3, "Jo", qr_payload="C3"),
    ]
    for key in LAYOUTS:
        sheet = BadgeSheet(badges, event_name=EVENT, layout=key)
        for face in sheet.page(0).faces:
            width, height = face.box[2], face.box[3]
            names = [
                item
                for item in face.items
                if isinstance(item, TextItem) and item.bold and item.colour == (0, 0, 0)
            ]
            assert 1 <= len(names) <= 2
            for item in face.items:
                if isinstance(item, TextItem):
                    assert item.x >= -0.01 and item.x + item.line.width_at(item.size) <= width + 0.01
                    assert 0 <= item.y <= height
                if isinstance(item, FillRect):
                    assert item.x >= 0 and item.x + item.width <= width + 0.01
    short = BadgeSheet(badges[2:], event_name=EVENT, layout="a4-8up").page(0).faces[0]
    long = BadgeSheet(badges[:1], event_name=EVENT, layout="a4-8up").page(0).faces[0]
    size = {face: max(i.size for i in face.items if isinstance(i, TextItem)) for face in (short, long)}
    assert size[short] > size[long] * 2  # a short name is printed much larger


def test_stopping_early_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "cancelled.pdf"
    badges = people_badges() * 4
    steps = badge_steps(badges, path, event_name=EVENT, layout="a4-8up")
    next(steps)
    next(steps)
    steps.close()
    assert list(tmp_path.iterdir()) == []


def test_no_badges_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GovcampError, match="no badges"):
        write_badges([], tmp_path / "none.pdf", event_name=EVENT)


def test_scripts_beyond_the_chain_find_the_noto_font_named_after_them(tmp_path: Path) -> None:
    path = tmp_path / "more.pdf"
    names = ["ශ්‍රී ලංකා", "ნინო", "សុខា", "ಕನ್ನಡ"]
    badges = [BadgeData(i + 1, name, qr_payload=f"C{i}") for i, name in enumerate(names)]
    assert write_badges(badges, path, event_name=EVENT, layout="a4-8up") == []
    fonts = run("pdffonts", str(path)).stdout
    for family in ("NotoSansSinhala", "NotoSansGeorgian", "NotoSansKhmer", "NotoSansKannada"):
        assert family in fonts


NATO = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"]


@pytest.mark.parametrize("key", list(LAYOUTS))
def test_each_name_is_printed_inside_its_own_label(key: str, tmp_path: Path) -> None:
    """pdftotext's word boxes put every name inside the badge the stock has at that place."""
    layout = LAYOUTS[key]
    names = NATO[: layout.per_page]
    path = tmp_path / f"{key}.pdf"
    write_badges(
        [BadgeData(i + 1, n, qr_payload=f"C{i}") for i, n in enumerate(names)],
        path,
        event_name="",
        layout=key,
    )
    html = run("pdftotext", "-bbox", str(path), "-").stdout
    words = {
        m.group(5): tuple(float(m.group(i)) for i in range(1, 5))
        for m in re.finditer(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)</word>', html
        )
    }
    page_height = layout.page_height
    for name, (x, y, w, h) in zip(names, layout.boxes(), strict=False):
        x_min, y_min, x_max, y_max = words[name]
        top = page_height - (y + h)  # pdftotext measures from the top of the page
        assert x <= x_min and x_max <= x + w, (name, words[name], (x, top, w, h))
        assert top <= y_min and y_max <= top + h, (name, words[name], (x, top, w, h))
