"""Which font draws each character, and the order right-to-left runs are drawn in."""

from __future__ import annotations

import unicodedata

import pytest

from govcamp.exports.fonts import FontBook, find_font_file


@pytest.fixture(scope="module")
def book() -> FontBook:
    return FontBook()


def keys(book: FontBook, text: str) -> list[str]:
    return [piece.font.key for piece in book.line(text, bold=True).pieces]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Siân Llewelyn-Jones", "latin"),
        ("Nguyễn Thị Hương", "latin"),
        ("Αλέξανδρος", "latin"),
        ("Андрій", "latin"),
        ("محمد", "arabic"),
        ("נועה", "hebrew"),
        ("अर्जुन", "devanagari"),
        ("கார்த்திக்", "tamil"),
        ("王芳", "cjk"),
        ("さくら", "cjk"),
        ("김민준", "cjk"),
    ],
)
def test_each_script_gets_a_font_that_has_it(book: FontBook, text: str, key: str) -> None:
    if key == "cjk" and find_font_file(["DroidSansFallback.ttf"]) is None:
        pytest.skip("fonts-droid-fallback is not installed")
    line = book.line(text, bold=True)
    assert {piece.font.key for piece in line.pieces} == {key}
    assert line.dropped == ()
    assert line.width > 0


def test_arabic_is_joined_and_drawn_right_to_left(book: FontBook) -> None:
    line = book.line("محمد", bold=False)
    (piece,) = line.pieces
    glyphs = str(piece.text)
    # Joined: contextual forms, not the four isolated letters; right to left: the last letter comes first.
    assert glyphs != "محمد"
    assert unicodedata.name(glyphs[0]).startswith("ARABIC LETTER DAL")
    assert "FINAL" in unicodedata.name(glyphs[0]) and "INITIAL" in unicodedata.name(glyphs[-1])


def test_devanagari_is_shaped_into_fewer_glyphs(book: FontBook) -> None:
    (piece,) = book.line("अर्जुन", bold=False).pieces
    assert len(str(piece.text)) < len("अर्जुन")  # the conjunct र्ज and the vowel sign combine


def test_a_latin_name_around_arabic_keeps_reading_order(book: FontBook) -> None:
    line = book.line("Ali محمد Smith", bold=False)
    texts = [str(piece.text).strip() for piece in line.pieces if str(piece.text).strip()]
    assert texts[0] == "Ali" and texts[-1] == "Smith"
    line = book.line("محمد الحسن", bold=False)
    assert len(line.pieces) == 1  # one run: the space between Arabic words stays in it


def test_an_emoji_is_left_out_and_reported(book: FontBook) -> None:
    line = book.line("Sam 🌈", bold=True)
    assert line.dropped == ("🌈",)
    assert "".join(str(p.text) for p in line.pieces).strip() == "Sam"
