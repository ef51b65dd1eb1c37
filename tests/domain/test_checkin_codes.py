"""Check-in codes: keyboard-safe, distinct, reproducible from a seed, and found whatever the case."""

from __future__ import annotations

import random

from govcamp.domain.checkin_codes import (
    CODE_ALPHABET,
    CODE_LENGTH,
    is_keyboard_safe,
    new_checkin_codes,
    normalise_code,
)

#: Characters on different keys on UK and US keyboards, or dead keys on the Welsh (UK Extended) layout.
MOVES_BETWEEN_LAYOUTS = "@\"#~\\|£¬`'^¨"
#: Letters read or typed for the digits 0 and 1.
LOOK_ALIKE = "OIL"


def test_codes_use_only_letters_and_digits_that_type_the_same_everywhere() -> None:
    codes = new_checkin_codes(2000)
    assert len(set(codes)) == 2000
    for code in codes:
        assert len(code) == CODE_LENGTH and is_keyboard_safe(code)
        assert not set(code) & set(MOVES_BETWEEN_LAYOUTS + LOOK_ALIKE)
        assert code == code.upper() and set(code) <= set(CODE_ALPHABET)


def test_codes_already_taken_are_never_given_again() -> None:
    taken = set(new_checkin_codes(50, rng=random.Random(1), length=2))
    fresh = new_checkin_codes(200, taken, rng=random.Random(1), length=2)
    assert not taken & set(fresh) and len(set(fresh)) == 200


def test_a_seed_gives_the_same_codes_and_the_system_source_does_not() -> None:
    assert new_checkin_codes(5, rng=random.Random(7)) == new_checkin_codes(5, rng=random.Random(7))
    assert new_checkin_codes(5) != new_checkin_codes(5)


def test_a_scanner_with_caps_lock_on_types_the_same_code() -> None:
    assert normalise_code("  k7pq2m9x\n") == "K7PQ2M9X"
    assert normalise_code("k7pq2m9o") == normalise_code("K7PQ2M9L".replace("L", "0")) == "K7PQ2M90"
    assert normalise_code("AB1I") == "AB11"
    assert not is_keyboard_safe("K7PQ-2M9X") and not is_keyboard_safe("Noël") and not is_keyboard_safe("")


def test_every_character_of_a_code_is_as_likely_as_any_other() -> None:
    # 160,000 characters: each of the 32 is expected 5,000 times (standard deviation about 70); a character
    # the source favoured or left out would be thousands away.
    counts = {ch: 0 for ch in CODE_ALPHABET}
    for code in new_checkin_codes(20_000):
        for ch in code:
            counts[ch] += 1
    assert all(4_500 < n < 5_500 for n in counts.values()), counts
