"""The archive withholds a person who did not consent, however their name or address is spelt."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govcamp.domain.redaction import phrase
from govcamp.services.archive import WITHHELD_EMAIL, WITHHELD_NAME, Redactor, collect
from govcamp.store.eventfile import open_event
from tests import notes_data as data

_LETTERS = "abcdefghijklmnopqrstuvwxyzâêîôûŵŷáéíóúàèëïöüçñłøåæœßğşžčřśźżãõ"
_word = st.text(alphabet=_LETTERS, min_size=3, max_size=9).map(str.capitalize)
_filler = st.lists(st.sampled_from(["we", "met", "and", "talked", "about", "data", "the", "café", "—"]))


def _spell(name: str, how: str) -> str:
    first, last = name.split(" ", 1)
    return {
        "as is": name,
        "upper": name.upper(),
        "lower": name.lower(),
        "nfd": unicodedata.normalize("NFD", name),
        "nfc": unicodedata.normalize("NFC", name),
        "no accents": "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)),
        "line break": f"{first}\n{last}",
        "two spaces": f"{first}  {last}",
        "possessive": f"{name}'s",
    }[how]


def _address(local: str, domain: str, how: str) -> str:
    host, _, tld = domain.partition(".")
    return {
        "plain": f"{local}@{domain}",
        "upper": f"{local}@{domain}".upper(),
        "[at]": f"{local} [at] {host} [dot] {tld}",
        "(at)": f"{local}(at){domain}",
        "words": f"{local} at {host} dot {tld}",
        "mailto": f"<mailto:{local}@{domain}>",
    }[how]


SPELLINGS = ["as is", "upper", "lower", "nfd", "nfc", "no accents", "line break", "two spaces", "possessive"]
ADDRESSES = ["plain", "upper", "[at]", "(at)", "words", "mailto"]


def _leaks(text: str, name: str) -> bool:
    return f" {phrase(name)} " in f" {phrase(text)} "


@settings(max_examples=300, deadline=None)
@given(
    first=_word,
    last=_word,
    how=st.sampled_from(SPELLINGS),
    mail=st.sampled_from(ADDRESSES),
    before=_filler,
    after=_filler,
)
# Found by hypothesis: a name whose last word has no ASCII letters leaves "aaa." before the at sign.
@example(first="Aaa", last="Æøł", how=SPELLINGS[0], mail="words", before=[], after=[])
def test_a_withheld_name_and_address_go_in_any_spelling(
    first: str, last: str, how: str, mail: str, before: list[str], after: list[str]
) -> None:
    name = f"{first} {last}"
    local = phrase(first).replace(" ", "") + "." + phrase(last).replace(" ", "")
    local = "".join(c for c in unicodedata.normalize("NFKD", local) if c.isascii()) or "someone"
    email = f"{local}@north-council.gov.uk".replace("..", ".").strip(".")
    redact = Redactor([name], [], [email])
    text = " ".join(
        [
            *before,
            _spell(name, how),
            "wrote to",
            _address(email.split("@")[0], "north-council.gov.uk", mail),
            *after,
        ]
    )
    out = redact(text)
    assert WITHHELD_NAME in out
    assert WITHHELD_EMAIL in out
    assert not _leaks(out, name), out
    assert not _leaks(out, email.split("@")[0].replace(".", " ")), out


@settings(max_examples=100, deadline=None)
@given(first=_word, how=st.sampled_from(["as is", "upper", "nfd"]))
def test_a_one_word_name_goes_unless_written_as_an_ordinary_lower_case_word(first: str, how: str) -> None:
    spelt = {"as is": first, "upper": first.upper(), "nfd": unicodedata.normalize("NFD", first)}[how]
    redact = Redactor([first], [], [])
    assert redact(f"Thanks {spelt}!") == f"Thanks {WITHHELD_NAME}!"
    assert redact("will may grace") == "will may grace"


def test_consented_names_stay_whole_in_any_case() -> None:
    redact = Redactor(["Robert"], ["Robert Turner"], [])
    assert redact("ROBERT TURNER and Robert") == f"ROBERT TURNER and {WITHHELD_NAME}"
    assert redact("Roberta and Annie stay") == "Roberta and Annie stay"


def test_the_archive_withholds_notes_by_and_body_in_every_form(event_target: str) -> None:
    with open_event(event_target) as db:
        room = data.room(db, "Hall")
        slot = data.slot(db, "10:00", "10:45")
        data.person(db, "Zoë Consentwell", consent=True)
        data.person(db, "Siân Privett", consent=False, badge_name="Siân", email="sian.privett@example.org")
        body = (
            f"SIÂN PRIVETT and {unicodedata.normalize('NFD', 'siân privett')} spoke; "
            "write to sian.privett [at] example [dot] org or SIAN.PRIVETT@EXAMPLE.ORG. "
            "Zoë Consentwell agreed."
        )
        first = data.session_(db, "One", room_id=room, slot_id=slot, body=body, taker="siân privett")
        second = data.session_(db, "Two", body="Short notes.", taker="SIÂN")
        third = data.session_(db, "Three", body="More notes.", taker="Zoë Consentwell")
        archive = collect(db)
    notes = {s.id: s.note for s in archive.sessions}
    one = notes[first]
    assert one is not None and notes[second] is not None and notes[third] is not None
    assert "Privett" not in one.body_md and "PRIVETT" not in one.body_md.upper()
    assert one.body_md.count(WITHHELD_NAME) == 2 and one.body_md.count(WITHHELD_EMAIL) == 2
    assert "Zoë Consentwell agreed" in one.body_md
    assert one.note_taker == WITHHELD_NAME
    assert notes[second].note_taker == WITHHELD_NAME
    assert notes[third].note_taker == "Zoë Consentwell"
