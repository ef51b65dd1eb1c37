"""Exports in English, Welsh, or both with Welsh first (issue 14), read with poppler and an HTML parser."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from govcamp.cli import main
from govcamp.domain.enums import FEATURE_LABELS, Role, SlotKind
from govcamp.exports.badges import BadgeData, write_badges
from govcamp.exports.wording import CATALOGUES, Wording
from govcamp.paths import RESOURCES
from tests.calendar_event import make_event

TOOLS = ("pdffonts", "pdftotext")
needs_poppler = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS), reason="poppler-utils is needed"
)
ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=120).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------------------------------- catalogue


def test_every_marked_phrase_has_a_welsh_translation() -> None:
    """What Babel extracts from the exports and the archive's templates is all in cy.po, translated."""
    with (CATALOGUES / "cy.po").open("rb") as handle:
        catalogue = read_po(handle, locale="cy")
    # The Python marks printed words with w / N_ / ngettext; its _() is the window's (messages/cy.po).
    python = {"w": None, "N_": None, "ngettext": (1, 2)}
    templates = {"_": None, "gettext": None, "ngettext": (1, 2)}
    found = {
        message if isinstance(message, str) else message[0]
        for method_map, keywords in (
            ([("govcamp/exports/**.py", "python")], python),
            ([("resources/templates/archive/**.html", "jinja2")], templates),
        )
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map, keywords=keywords
        )
    }
    # Words the code passes through the catalogue at run time: slot kinds and room features.
    found |= {kind.value.capitalize() for kind in SlotKind} | set(FEATURE_LABELS.values())
    assert len(found) > 50
    missing = sorted(m for m in found if m not in catalogue or not catalogue[m].string)
    assert missing == [], missing
    for message in catalogue:
        if message.id and message.pluralizable:
            forms = message.string
            assert isinstance(forms, tuple | list) and all(forms)
            assert len(forms) == catalogue.num_plurals == 6  # CLDR's Welsh: zero … other


def test_welsh_first_when_both() -> None:
    both = Wording("cy+en")
    assert both("ORGANISER") == "TREFNYDD / ORGANISER"
    assert both.ngettext("%(num)s session", "%(num)s sessions", 2) == "2 sesiwn / 2 sessions"
    assert Wording("cy").day(__import__("datetime").date(2027, 5, 3)) == "Dydd Llun 3 Mai 2027"
    assert both.html_lang == "cy"


# ---------------------------------------------------------------------------------------------- badges

WELSH_NAME = "Siôn Ŵyn ap Ŷr"


def _badges(roles: tuple[str, ...]) -> list[BadgeData]:
    return [
        BadgeData(
            i + 1,
            WELSH_NAME if i == 0 else f"Person {i}",
            "fe/ef",
            "Cyngor Gwynedd",
            role,
            f"C{i:05d}",
            f"C{i:05d}",
        )
        for i, role in enumerate(roles)
    ]


@needs_poppler
@pytest.mark.parametrize("layout", ["herma-4418", "a4-8up"])
def test_bilingual_role_band_is_whole_with_welsh_first_even_on_the_smallest_label(
    tmp_path: Path, layout: str
) -> None:
    roles = tuple(r.value for r in Role)
    out = tmp_path / "badges.pdf"
    write_badges(_badges(roles), out, event_name="Govcamp Cymru", layout=layout, language="cy+en")
    text = flat(run("pdftotext", str(out), "-"))
    assert WELSH_NAME in text  # ŵ, ŷ, ô drawn (pdftotext reads them back)
    for welsh, english in (
        ("TREFNYDD", "ORGANISER"),
        ("GWIRFODDOLWR", "VOLUNTEER"),
        ("NODDWR", "SPONSOR"),
        ("ARWEINYDD SESIWN", "SESSION HOST"),
        ("MYNYCHWR", "ATTENDEE"),
    ):
        assert f"{welsh} · {english}" in text  # whole (not cut with “…”) and Welsh first
    assert "…" not in text
    fonts = run("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(" yes yes " in line for line in fonts)  # every font embedded and subset


@needs_poppler
def test_the_band_stays_inside_the_smallest_label(tmp_path: Path) -> None:
    """pdftotext's word boxes of the longest bilingual band sit inside the 63.5 mm Herma label."""
    out = tmp_path / "badges.pdf"
    write_badges(_badges((Role.HOST.value,)), out, event_name="", layout="herma-4418", language="cy+en")
    html = run("pdftotext", "-bbox", str(out), "-")
    words = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<', html)
    band = [
        (float(a), float(b)) for a, b, word in words if word in {"ARWEINYDD", "SESIWN", "SESSION", "HOST"}
    ]
    assert len(band) == 4
    left = 7.21 * 72 / 25.4
    right = left + 63.5 * 72 / 25.4
    assert all(left < x0 and x1 < right for x0, x1 in band)


@needs_poppler
def test_welsh_only_badges_have_no_english_role(tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    write_badges(_badges((Role.ORGANISER.value,)), out, event_name="", layout="a6", language="cy")
    text = flat(run("pdftotext", str(out), "-"))
    assert "TREFNYDD" in text and "ORGANISER" not in text


# ------------------------------------------------------------------------------------- poster and signs


@needs_poppler
def test_signs_and_poster_in_both_languages_put_welsh_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    signs, poster = tmp_path / "signs.pdf", tmp_path / "grid.pdf"
    assert main(["export", "signs", str(event), "-o", str(signs), "--language", "cy+en"]) == 0
    assert main(["export", "poster", str(event), "-o", str(poster), "--language", "cy+en"]) == 0
    capsys.readouterr()
    text = flat(run("pdftotext", str(signs), "-"))
    day = "Dydd Sadwrn 30 Hydref 2027 / Saturday 30 October 2027"
    assert day in text
    text = flat(run("pdftotext", str(poster), "-"))
    assert day in text
    assert text.index("Grid fersiwn 1") < text.index("Grid v1")
    for pdf in (signs, poster):
        fonts = run("pdffonts", str(pdf)).splitlines()[2:]
        assert all(" yes yes " in line for line in fonts)


@needs_poppler
def test_the_event_language_is_the_default_and_the_flag_overrides_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    from govcamp.services.event import get_details, update_details
    from govcamp.store.eventfile import open_event

    event = make_event(tmp_path / "camp.govcamp")
    db = open_event(event)
    try:
        update_details(db, replace(get_details(db), export_language="cy"))
    finally:
        db.close()
    welsh, english = tmp_path / "cy.pdf", tmp_path / "en.pdf"
    assert main(["export", "signs", str(event), "-o", str(welsh)]) == 0
    assert main(["export", "signs", str(event), "-o", str(english), "--language", "en"]) == 0
    capsys.readouterr()
    cy_text, en_text = flat(run("pdftotext", str(welsh), "-")), flat(run("pdftotext", str(english), "-"))
    assert "Dydd Sadwrn" in cy_text and "Saturday" not in cy_text
    assert "Saturday 30 October 2027" in en_text and "Dydd" not in en_text


def test_an_unknown_language_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    assert main(["export", "poster", str(event), "-o", str(tmp_path / "p.pdf"), "--language", "fr"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "fr" in err[0]
    assert not (tmp_path / "p.pdf").exists()


# ---------------------------------------------------------------------------------------------- archive


class _Texts(HTMLParser):
    """The page's lang and its visible text, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = ""
        self.texts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.lang = dict(attrs).get("lang") or ""
        if tag in {"script", "style"}:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"}:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.texts.append(" ".join(data.split()))


def _read(path: Path) -> _Texts:
    parser = _Texts()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_the_archive_in_welsh_and_in_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    assert main(["export", "archive", str(event), "-o", str(tmp_path / "cy"), "--language", "cy"]) == 0
    assert main(["export", "archive", str(event), "-o", str(tmp_path / "both"), "--language", "cy+en"]) == 0
    capsys.readouterr()
    index = _read(tmp_path / "cy" / "index.html")
    text = " ".join(index.texts)
    assert index.lang == "cy"
    for welsh in (
        "Neidio i’r prif gynnwys",
        "Tagiau",
        "Chwilio’r nodiadau",
        "Y grid",
        "Amser",
        "Dydd Sadwrn",
    ):
        assert welsh in text
    assert "Skip to main content" not in text and "Saturday" not in text
    session = " ".join(_read(next((tmp_path / "cy" / "sessions").glob("session-*.html"))).texts)
    assert "Arweinwyr" in session and "Ystafell" in session and "Nodiadau" in session
    both = _read(tmp_path / "both" / "index.html")
    text = " ".join(both.texts)
    assert both.lang == "cy"
    assert "Neidio i’r prif gynnwys / Skip to main content" in text
    assert "Tagiau / Tags" in text


def test_templates_have_no_untranslated_fixed_words() -> None:
    """No text node in the archive's templates is left outside ``_()`` (names and data are variables)."""
    for template in (RESOURCES / "templates" / "archive").glob("*.html"):
        source = re.sub(r"{#.*?#}|{%.*?%}|{{.*?}}", " ", template.read_text(encoding="utf-8"), flags=re.S)
        parser = _Texts()
        parser.feed(source)
        loose = [
            t
            for t in parser.texts
            if re.search(r"[A-Za-z]{3,}", t) and t not in {"notes.json", "session- .md"}
        ]
        assert loose == [], f"{template.name}: {loose}"
