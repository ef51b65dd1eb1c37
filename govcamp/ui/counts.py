"""Counts in words in the window's language: "1 session", "2 sessions"; "1 sesiwn", "7 o sesiynau".

The same calls as :mod:`govcamp.domain.words` (which stays English for the command line), with each noun's
plural forms in the translations: Welsh has more forms than English, so a count is one message with ``%n``.
"""

from __future__ import annotations

from collections.abc import Callable

from govcamp.domain import words
from govcamp.ui.i18n import translate

_NOUNS: dict[str, Callable[[int], str]] = {
    "applicant": lambda n: translate("counts", "%n applicant(s)", None, n),
    "badge": lambda n: translate("counts", "%n badge(s)", None, n),
    "change": lambda n: translate("counts", "%n change(s)", None, n),
    "column": lambda n: translate("counts", "%n column(s)", None, n),
    "draw": lambda n: translate("counts", "%n draw(s)", None, n),
    "good row": lambda n: translate("counts", "%n good row(s)", None, n),
    "hand": lambda n: translate("counts", "%n hand(s)", None, n),
    "page": lambda n: translate("counts", "%n page(s)", None, n),
    "person": lambda n: translate("counts", "%n person(s)", None, n),
    "pitch": lambda n: translate("counts", "%n pitch(es)", None, n),
    "place": lambda n: translate("counts", "%n place(s)", None, n),
    "problem": lambda n: translate("counts", "%n problem(s)", None, n),
    "room": lambda n: translate("counts", "%n room(s)", None, n),
    "row": lambda n: translate("counts", "%n row(s)", None, n),
    "seat": lambda n: translate("counts", "%n seat(s)", None, n),
    "session": lambda n: translate("counts", "%n session(s)", None, n),
    "session slot": lambda n: translate("counts", "%n session slot(s)", None, n),
    "slot": lambda n: translate("counts", "%n slot(s)", None, n),
    "star": lambda n: translate("counts", "%n star(s)", None, n),
}


def plural(count: int, one: str, many: str | None = None) -> str:
    """A count with its noun in the right form for the window's language: ``plural(2, "slot")``."""
    noun = _NOUNS.get(one)
    if noun is None:
        return words.plural(count, one, many)
    # %n is written without grouping; thousands keep their comma as the rest of the window writes them.
    return noun(count).replace(str(count), f"{count:,}", 1) if count >= 1000 else noun(count)


def people(count: int) -> str:
    """``1 person``, ``15 people``; ``1 person``, ``15 o bobl``."""
    return plural(count, "person")
