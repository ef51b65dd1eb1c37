"""The phones' join address on the printed grid and the door signs: a QR code zbarimg reads as the address,
and the address in words under it (pdftotext); a ``.local`` name is refused before anything is written."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from govcamp.cli import main
from tests.calendar_event import make_event

TOOLS = ("pdfinfo", "pdftotext", "pdftoppm", "zbarimg")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS), reason="poppler-utils and zbar-tools are needed"
)
URL = "http://192.168.1.20:8080/"


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=120).stdout


def codes_per_page(pdf: Path, folder: Path) -> list[set[str]]:
    run("pdftoppm", "-png", "-r", "150", str(pdf), str(folder / "page"))
    found = []
    for page in sorted(folder.glob("page-*.png")):
        result = subprocess.run(
            ["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True, timeout=120, check=False
        )
        found.append(set(result.stdout.split()))
    return found


@pytest.mark.parametrize("kind", ["poster", "signs"])
def test_every_page_carries_the_join_code_and_address(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    out = tmp_path / f"{kind}.pdf"
    assert main(["export", kind, str(event), "-o", str(out), "--phones-url", URL]) == 0
    capsys.readouterr()
    pages = codes_per_page(out, tmp_path)
    assert pages and all(URL in codes for codes in pages)
    assert len(pages) == int(run("pdfinfo", str(out)).split("Pages:")[1].split()[0])
    for n in range(1, len(pages) + 1):
        text = " ".join(run("pdftotext", "-f", str(n), "-l", str(n), str(out), "-").split())
        assert "192.168.1.20:8080" in text and "star the sessions" in text


def test_without_the_option_there_is_no_join_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    out = tmp_path / "signs.pdf"
    assert main(["export", "signs", str(event), "-o", str(out)]) == 0
    capsys.readouterr()
    assert not any(codes_per_page(out, tmp_path))
    assert "192.168" not in run("pdftotext", str(out), "-")


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("http://camp-laptop.local:8080/", ".local"),
        ("http://127.0.0.1:8080/", "this laptop only"),
        ("192.168.1.20:8080", "not a web address"),
    ],
)
def test_an_address_phones_cannot_open_is_one_line_and_writes_nothing(
    url: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    out = tmp_path / "grid.pdf"
    assert main(["export", "poster", str(event), "-o", str(out), "--phones-url", url]) == 2
    _, err = capsys.readouterr()
    assert said in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


WELSH_LEAD = "Ar eich ffôn: y grid byw, a rhowch seren i’r sesiynau rydych am fynd iddynt"
ENGLISH_LEAD = "On your phone: the live grid, and star the sessions you want to go to"


@pytest.mark.parametrize("kind", ["poster", "signs"])
def test_the_join_words_are_welsh_first_in_both_languages_and_welsh_alone_in_welsh(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = make_event(tmp_path / "camp.govcamp")
    both, welsh = tmp_path / f"{kind}-cy+en.pdf", tmp_path / f"{kind}-cy.pdf"
    for out, language in ((both, "cy+en"), (welsh, "cy")):
        args = ["export", kind, str(event), "-o", str(out), "--phones-url", URL, "--language", language]
        assert main(args) == 0
    capsys.readouterr()
    pages = codes_per_page(both, tmp_path)
    assert pages and all(URL in codes for codes in pages)  # the smaller words leave the code whole
    for n in range(1, len(pages) + 1):
        text = " ".join(run("pdftotext", "-f", str(n), "-l", str(n), str(both), "-").split())
        assert text.index(WELSH_LEAD) < text.index(ENGLISH_LEAD)
        assert text.index("sganiwch y cod") < text.index("scan the code") < text.index("192.168.1.20:8080")
    text = " ".join(run("pdftotext", str(welsh), "-").split())
    assert WELSH_LEAD in text and "Ymunwch â Wi-Fi’r lleoliad" in text
    assert "On your phone" not in text and "scan the code" not in text


def test_both_languages_keep_the_address_inside_the_poster_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Four lines of words above the address once overflowed the band and cut the address at the page edge.
    event = make_event(tmp_path / "camp.govcamp")
    out = tmp_path / "grid.pdf"
    assert (
        main(["export", "poster", str(event), "-o", str(out), "--phones-url", URL, "--language", "cy+en"])
        == 0
    )
    capsys.readouterr()
    boxes = run("pdftotext", "-f", "1", "-l", "1", "-bbox", str(out), "-")
    height = float(boxes.split('<page width="')[1].split('height="')[1].split('"')[0])
    words = [line for line in boxes.splitlines() if ">192.168.1.20:8080<" in line]
    assert words, "the address is not on the page (pdftotext drops what is cut off)"
    assert float(words[0].split('yMax="')[1].split('"')[0]) < height
