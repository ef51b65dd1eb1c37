"""Finding people's names and e-mail addresses in free text, however they are spelt.

Text and names are compared word by word after folding each word: compatibility decomposition (NFKD),
accents dropped, case folded. So "Siân Jones" is found as "SIÂN JONES", "sian jones", "Sia\u0302n Jones"
(decomposed) or "Siân\nJones"; "ada@example.org" as "ADA@EXAMPLE.ORG", "ada [at] example [dot] org",
"ada(at)example.org" or "ada at example dot org".

One exception, on purpose: a name of a single word ("Will", "Grace", "May") is not found where it is
written all in lower case, because there it is almost always an ordinary word. Names of two or more words
are found in every case.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from itertools import pairwise
from typing import Generic, TypeVar

T = TypeVar("T")

# A word: letters and digits, each with any combining marks after it (so decomposed accents stay inside).
_WORD = re.compile(r"(?:[^\W_][\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*)+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_PLAIN_WORD = re.compile(r"[^\W_]+")
#: Every ASCII character that is not a letter or digit, as a space (what _PLAIN_WORD leaves out, in ASCII).
_ASCII_NOT_WORD = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})
_NAME_GLUE = set(" \t\r\n\u00a0-\u2010\u2011'\u2019.")
_BRACKETS = set(" \t\r\n\u00a0()[]{}<>")
_LOCAL_GLUE = set("._-+")
_LOCAL_GLUE_CHARS = "".join(sorted(_LOCAL_GLUE))


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A word as it is compared: NFKD, accents dropped, case folded."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class Glue(Enum):
    NAME = 1  # between the words of a name: spaces, a hyphen, an apostrophe
    LOCAL = 2  # inside an e-mail's local part: . _ - + or " dot "
    AT = 3  # @, [at], (at) or " at "
    DOT = 4  # between the labels of a domain: . or [dot] or " dot "


@dataclass(frozen=True)
class _Word:
    folded: str
    start: int
    end: int


@dataclass(frozen=True)
class _Pattern(Generic[T]):
    words: tuple[str, ...]
    glue: tuple[Glue, ...]  # glue[i] joins words[i] and words[i + 1]
    value: T


@dataclass(frozen=True)
class Found(Generic[T]):
    """Where a name or address was found in a text, and what it was registered with."""

    start: int
    end: int
    value: T


def words(text: str) -> list[_Word]:
    return [_Word(fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def phrase(text: str) -> str:
    """A name as compared: its folded words joined by single spaces (``"SIÂN  jones"`` → ``"sian jones"``)."""
    return " ".join(w.folded for w in words(text))


def _has_lower_case_only(text: str) -> bool:
    return text == text.lower() and text != text.upper()


class Matcher(Generic[T]):
    """Names and addresses to look for, each with a value; :meth:`find` returns where they occur.

    Where two could match at one place, the longer wins (a kept "Robert Turner" over a withheld
    "Robert"); where the same words are registered twice, ``merge`` decides the value.
    """

    def __init__(self, merge: Callable[[T, T], T] | None = None) -> None:
        self._by_first: dict[str, dict[tuple[tuple[str, ...], tuple[Glue, ...]], _Pattern[T]]] = {}
        self._merge = merge
        self._literal: dict[tuple[str, ...], set[tuple[str, ...]]] = {}

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def _add(self, pieces: list[str], glue: list[Glue], value: T) -> None:
        if not pieces:
            return
        key = (tuple(pieces), tuple(glue))
        slot = self._by_first.setdefault(pieces[0], {})
        old = slot.get(key)
        if old is not None and self._merge is not None:
            value = self._merge(old.value, value)
        slot[key] = _Pattern(key[0], key[1], value)

    def add_name(self, name: str, value: T) -> None:
        found = words(name)
        self._add([w.folded for w in found], [Glue.NAME] * (len(found) - 1), value)
        # A name with odd characters between its words ("Ada <b>Lovelace</b>") is also found as written.
        between = tuple(name[a.end : b.start] for a, b in pairwise(found))
        if any(not (len(sep) <= 3 and set(sep) <= _NAME_GLUE) for sep in between):
            self._literal.setdefault(tuple(w.folded for w in found), set()).add(between)

    def add_email(self, email: str, value: T) -> None:
        local, at, domain = email.strip().rpartition("@")
        if not at or not local or not domain:
            self.add_name(email, value)
            return
        left = [w.folded for w in words(local)]
        labels = words(domain)
        if not left or not labels:
            return
        # Between a domain's words: a dot ("[dot]", " dot "), or the hyphen of "ystwyth-council".
        between = [domain[a.end : b.start] for a, b in pairwise(labels)]
        glue = [Glue.LOCAL] * (len(left) - 1) + [Glue.AT]
        glue += [Glue.DOT if "." in sep else Glue.LOCAL for sep in between]
        self._add(left + [w.folded for w in labels], glue, value)

    def _join(self, text: str, found: list[_Word], after: int, glue: Glue) -> int | None:
        """The index of the word that may follow ``found[after]`` across ``glue``, or None."""
        nxt = after + 1
        if nxt >= len(found):
            return None
        between = text[found[after].end : found[nxt].start]
        if glue is Glue.NAME:
            return nxt if len(between) <= 3 and set(between) <= _NAME_GLUE else None
        core = "".join(c for c in between if c not in _BRACKETS)
        if glue is Glue.LOCAL and core and set(core) <= _LOCAL_GLUE:
            return nxt
        if glue is Glue.AT:
            # A stray dot or hyphen typed before the at sign ("sian.@…") does not hide the address.
            core = core.strip(_LOCAL_GLUE_CHARS)
            if core == "@":
                return nxt
        if glue is Glue.DOT and core == ".":
            return nxt
        # A spelt-out connector: "at" or "dot" as a word of its own, with only spaces or brackets around.
        word = {Glue.AT: "at", Glue.DOT: "dot", Glue.LOCAL: "dot"}.get(glue)
        if core or word is None or found[nxt].folded != word or nxt + 1 >= len(found):
            return None
        rest = text[found[nxt].end : found[nxt + 1].start]
        return nxt + 1 if all(c in _BRACKETS for c in rest) else None

    def _match(self, text: str, found: list[_Word], index: int, pattern: _Pattern[T]) -> int | None:
        if len(pattern.words) == 1:
            word = found[index]
            return None if _has_lower_case_only(text[word.start : word.end]) else index
        at = index
        for piece, glue in zip(pattern.words[1:], pattern.glue, strict=True):
            nxt = self._join(text, found, at, glue)
            if nxt is None or found[nxt].folded != piece:
                return self._match_literal(text, found, index, pattern)
            at = nxt
        return at

    def _match_literal(self, text: str, found: list[_Word], index: int, pattern: _Pattern[T]) -> int | None:
        """The name exactly as registered, whatever stands between its words."""
        for between in self._literal.get(pattern.words, ()):
            last = index + len(pattern.words) - 1
            if last >= len(found):
                return None
            if all(
                found[index + i + 1].folded == pattern.words[i + 1]
                and text[found[index + i].end : found[index + i + 1].start] == sep
                for i, sep in enumerate(between)
            ):
                return last
        return None

    def find(self, text: str) -> list[Found[T]]:
        """Every occurrence, left to right, none overlapping."""
        if not text or not self._by_first:
            return []
        # The usual case, decided in C: no word of the whole text, folded at once, starts any name.
        if text.isascii():
            # The same words, about three times faster: in ASCII, NFKD and accents change nothing, casefold
            # is lower(), and a word of letters and digits is what is left between the spaces.
            plain = text.lower().translate(_ASCII_NOT_WORD).split()
        else:
            plain = _PLAIN_WORD.findall(_COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold())
        if self._by_first.keys().isdisjoint(plain):
            return []
        found = words(text)
        out: list[Found[T]] = []
        index = 0
        while index < len(found):
            candidates = self._by_first.get(found[index].folded)
            best: tuple[int, _Pattern[T]] | None = None
            if candidates:
                for pattern in candidates.values():
                    last = self._match(text, found, index, pattern)
                    if last is not None and (best is None or last > best[0]):
                        best = (last, pattern)
            if best is None:
                index += 1
                continue
            out.append(Found(found[index].start, found[best[0]].end, best[1].value))
            index = best[0] + 1
        return out

    def replace(self, text: str, replacement: Callable[[T], str | None]) -> str:
        """``text`` with each occurrence replaced by ``replacement(value)`` (None leaves it as it is)."""
        hits = self.find(text)
        if not hits:
            return text
        out: list[str] = []
        last = 0
        for hit in hits:
            new = replacement(hit.value)
            if new is None:
                continue
            out.append(text[last : hit.start])
            out.append(new)
            last = hit.end
        out.append(text[last:])
        return "".join(out)


def matcher_for(
    names: Iterable[tuple[str, T]], emails: Iterable[tuple[str, T]], merge: Callable[[T, T], T] | None = None
) -> Matcher[T]:
    """A matcher of these (name, value) and (email, value) pairs."""
    matcher: Matcher[T] = Matcher(merge)
    for name, value in names:
        if name and name.strip():
            matcher.add_name(name, value)
    for email, value in emails:
        if email and email.strip():
            matcher.add_email(email, value)
    return matcher
