"""Alt+letter mnemonics: giving labels free letters, and finding two that share one.

Qt gives ``&Unplaced`` and ``P&ublish`` both Alt+U without a word; the second is then unreachable. Pages
pick letters with :func:`assign`, and ``tests/ui/test_mnemonics.py`` walks every page with
:func:`mnemonics_of` and fails on a clash.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget


def letter(text: str) -> str | None:
    """The mnemonic letter of a label's text (``"P&ublish"`` → ``"u"``; ``"Q && A"`` has none), or None."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                # "Q & A" written unescaped: the space is no letter anybody can press with Alt.
                return text[index + 1].casefold() if text[index + 1].isalnum() else None
            index += 2
            continue
        index += 1
    return None


def assign(texts: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Give each text a mnemonic on a letter not yet taken: its first word's initial if free, else any.

    Texts that already have one keep it (and take its letter); a text with no free letter is left bare.
    """
    used = {t.casefold() for t in taken}
    items = list(texts)
    for text in items:
        mine = letter(text)
        if mine:
            used.add(mine)
    result: list[str] = []
    for text in items:
        if letter(text) is not None:
            result.append(text)
            continue
        plain = text.replace("&", "&&")
        # Word initials first (they are what people guess), then any other letter.
        starts = [m.start() for m in re.finditer(r"(?<![^\W\d_])[^\W\d_]", plain)]
        others = [i for i, ch in enumerate(plain) if ch.isalpha() and i not in starts]
        chosen = next((i for i in starts + others if plain[i].casefold() not in used), None)
        if chosen is None:
            result.append(plain)
            continue
        used.add(plain[chosen].casefold())
        result.append(plain[:chosen] + "&" + plain[chosen:])
    return result


def mnemonics_of(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic a person can press on ``root`` as it is shown now.

    Buttons, check boxes, labels with a buddy, group boxes and the tabs of a tab widget; hidden widgets
    and those on other tabs do not count (they cannot be reached at the same time).
    """
    found: list[tuple[str, str]] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        text = ""
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        if isinstance(widget, QTabWidget):
            bar = widget.tabBar()
            for index in range(widget.count()):
                key = letter(bar.tabText(index))
                if key:
                    found.append((key, bar.tabText(index)))
        key = letter(text)
        if key:
            found.append((key, text))
    return found


def clashes(root: QWidget, extra: Iterable[tuple[str, str]] = ()) -> list[str]:
    """One line per letter that two reachable labels on ``root`` (or in ``extra``) share."""
    by_letter: dict[str, list[str]] = {}
    for key, text in [*mnemonics_of(root), *extra]:
        by_letter.setdefault(key, []).append(text)
    return [
        f"Alt+{key.upper()}: " + ", ".join(sorted(texts))
        for key, texts in by_letter.items()
        if len(texts) > 1
    ]
