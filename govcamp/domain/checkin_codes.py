"""Check-in codes: what a badge's QR code and an e-mail's ticket carry, and what a scanner types at the door.

A keyboard-wedge scanner does not send characters: it presses keys, and the laptop's keyboard layout turns
them into characters. Letters and digits sit on the same keys on the UK, US and Welsh layouts (the Welsh
one, on Windows "United Kingdom Extended" and on a Mac "Welsh", is the UK one with accents on AltGr and dead
keys); punctuation does not (``@``, ``"``, ``#``, ``~`` and ``\\`` move between UK and US, and the grave
accent is a dead key on the Welsh layout). So codes use capital letters and digits only: Crockford's base 32,
which leaves out I, L, O (read as 1 and 0) and U, so a code read aloud or typed from a badge is typed as
meant, and a typed O, I or L is taken as the digit it looks like. A scanner on a laptop with Caps Lock on
types the letters in lower case, so codes are compared without regard to case.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Set

#: Crockford's base 32: digits and capitals on the same keys on UK, US and Welsh keyboards; no I, L, O, U.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: Characters of a new code: 32⁸ ≈ 1.1 × 10¹² codes, so one cannot be guessed from another.
CODE_LENGTH = 8


def new_checkin_codes(
    count: int, taken: Set[str] = frozenset(), *, rng: random.Random | None = None, length: int = CODE_LENGTH
) -> list[str]:
    """``count`` new check-in codes, none in ``taken`` and no two alike.

    Args:
        count: how many.
        taken: codes already in use (any alphabet: codes from earlier versions keep working).
        rng: a seeded random source (the demo event, so it is the same for a seed); by default the system's
            secure source, so a code cannot be predicted from another.
        length: characters per code.
    """
    choose = rng.choices if rng is not None else None
    used: set[str] = set()  # not a copy of ``taken``: the demo asks for one code at a time among 200,000
    codes: list[str] = []
    while len(codes) < count:
        if choose is not None:
            batch = ["".join(choose(CODE_ALPHABET, k=length))]
        elif 256 % len(CODE_ALPHABET) == 0:
            # One read of the secure source for all the codes still wanted (200,000 codes were 1.6 million
            # calls of secrets.choice, an eighth of a big import): 256 is a multiple of the alphabet's size,
            # so a byte's remainder picks each character with the same chance.
            raw = secrets.token_bytes((count - len(codes)) * length).translate(_BYTE_TO_CHARACTER)
            batch = [raw[start : start + length].decode("ascii") for start in range(0, len(raw), length)]
        else:
            batch = ["".join(secrets.choice(CODE_ALPHABET) for _ in range(length))]
        for code in batch:
            if code not in used and code not in taken:
                used.add(code)
                codes.append(code)
    return codes


_BYTE_TO_CHARACTER = bytes.maketrans(
    bytes(range(256)), bytes(ord(CODE_ALPHABET[byte % len(CODE_ALPHABET)]) for byte in range(256))
)


_LOOK_ALIKE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalise_code(text: str) -> str:
    """A typed or scanned code as it is stored: no surrounding space, capitals, O/I/L as 0/1/1.

    No code has ever held O, I or L (earlier versions' alphabets left them out too), so codes already
    stored are found as before.
    """
    return text.strip().upper().translate(_LOOK_ALIKE)


def is_keyboard_safe(code: str) -> bool:
    """Whether ``code`` types the same on UK, US and Welsh keyboards (letters and digits only)."""
    return bool(code) and all(ch.isascii() and ch.isalnum() for ch in code)
