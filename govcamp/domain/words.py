"""Counts in words: "1 session", "2 sessions", "1 person", "15 people"."""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """A count with its noun in the right number: ``plural(1, "slot")`` is ``1 slot``."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def people(count: int) -> str:
    """``1 person``, ``15 people``."""
    return plural(count, "person", "people")
