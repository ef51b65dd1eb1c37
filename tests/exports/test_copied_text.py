"""Text copied out of the PDFs (pdftotext, as a search box or a screen reader gets it) is the original
characters, also in scripts drawn as shaped glyphs: Bengali, Tamil, Devanagari conjuncts, Arabic."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from govcamp.exports.badges import BadgeData, write_badges
from govcamp.exports.poster import poster_pdf, signs_pdf
from govcamp.services.calendar import collect
from govcamp.store.eventfile import open_event
from tests.calendar_event import make_event

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

SHAPED = [
    "রবীন্দ্রনাথ ঠাকুর",  # Bengali: conjuncts, vowel signs before the consonant
    "கார்த்திக் சுப்பிரமணியம்",  # Tamil
    "अर्जुन शर्मा",  # Devanagari: reph and conjuncts
    "محمد الحسن",  # Arabic: joined forms
    "لا للتمييز",  # Arabic: the lam-alef ligature
]


def words(pdf: Path) -> set[str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # Poppler marks right-to-left lines with embedding controls; they are not part of the words.
    return set(text.replace("\u202b", " ").replace("\u202c", " ").split())


def test_badge_names_copy_as_typed(tmp_path: Path) -> None:
    pdf = tmp_path / "badges.pdf"
    write_badges(
        [BadgeData(person_id=i + 1, name=name) for i, name in enumerate(SHAPED)],
        pdf,
        event_name="Camp",
        layout="a4-8up",
    )
    found = words(pdf)
    for name in SHAPED:
        assert set(name.split()) <= found, name


def test_poster_and_sign_titles_copy_as_typed(tmp_path: Path) -> None:
    with open_event(make_event(tmp_path / "camp.govcamp")) as db:
        data = collect(db)
    titled = replace(
        data,
        entries=tuple(
            replace(entry, title=SHAPED[i % len(SHAPED)] + " " + entry.title.split()[0])
            for i, entry in enumerate(data.entries)
        ),
    )
    for name, pdf_bytes in (("poster.pdf", poster_pdf(titled)), ("signs.pdf", signs_pdf(titled))):
        pdf = tmp_path / name
        pdf.write_bytes(pdf_bytes)
        found = words(pdf)
        used = {SHAPED[i % len(SHAPED)] for i in range(len(titled.entries))}
        for title in used:
            assert set(title.split()) <= found, (name, title)
