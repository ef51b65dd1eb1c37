"""Fonts for every script a badge may carry: found, embedded (subset), chosen per character, shaped.

The decision (see the README's "Badges" section): fonts come from the system, not the repository. Debian's
``fonts-noto-core`` has TrueType Noto Sans for Latin (with Welsh, Irish, Polish and Vietnamese diacritics),
Greek, Cyrillic, Arabic, Hebrew, Devanagari and Tamil. Noto's CJK fonts (``fonts-noto-cjk``) are CFF-based
``.ttc`` files, which reportlab cannot embed, so Chinese, Japanese and Korean come from Droid Sans Fallback
(``fonts-droid-fallback``, Apache 2.0, TrueType outlines, Han + kana + Hangul in one 4 MB file). DejaVu Sans
is the last resort for symbols. ``resources/fonts`` is searched first, so a font dropped there wins.

Each character goes to the first font in the chain that has a glyph for it; spaces, punctuation and combining
marks stay with the run they are in when that font has them, so a word is shaped in one piece. Runs in
complex scripts (Arabic, Hebrew, Indic, anything with combining marks) are shaped by HarfBuzz (uharfbuzz) and
handed to reportlab as a ``ShapedStr``, which reportlab's canvas draws glyph by glyph with HarfBuzz's
positions. Right-to-left runs are put in visual order here (the Unicode bidi algorithm applied to whole
runs, enough for names), since reportlab's own bidi needs ``rlbidi``, which is not a dependency. Characters no
font has (emoji: colour emoji fonts are bitmaps a PDF cannot embed as TrueType) are dropped and reported,
never drawn as empty boxes.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _

# The chain, in the order characters look for a glyph: (key, regular file names, bold file names). The first
# file found of each tuple is used; a font without a bold face is made bold by stroking its outline.
FONT_CHAIN: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("latin", ("NotoSans-Regular.ttf", "DejaVuSans.ttf"), ("NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf")),
    ("arabic", ("NotoSansArabic-Regular.ttf",), ("NotoSansArabic-Bold.ttf",)),
    ("hebrew", ("NotoSansHebrew-Regular.ttf",), ("NotoSansHebrew-Bold.ttf",)),
    ("devanagari", ("NotoSansDevanagari-Regular.ttf",), ("NotoSansDevanagari-Bold.ttf",)),
    ("tamil", ("NotoSansTamil-Regular.ttf",), ("NotoSansTamil-Bold.ttf",)),
    ("bengali", ("NotoSansBengali-Regular.ttf",), ("NotoSansBengali-Bold.ttf",)),
    ("gurmukhi", ("NotoSansGurmukhi-Regular.ttf",), ("NotoSansGurmukhi-Bold.ttf",)),
    ("gujarati", ("NotoSansGujarati-Regular.ttf",), ("NotoSansGujarati-Bold.ttf",)),
    ("thai", ("NotoSansThai-Regular.ttf",), ("NotoSansThai-Bold.ttf",)),
    ("armenian", ("NotoSansArmenian-Regular.ttf",), ("NotoSansArmenian-Bold.ttf",)),
    ("georgian", ("NotoSansGeorgian-Regular.ttf",), ("NotoSansGeorgian-Bold.ttf",)),
    ("ethiopic", ("NotoSansEthiopic-Regular.ttf",), ("NotoSansEthiopic-Bold.ttf",)),
    ("cjk", ("DroidSansFallback.ttf", "DroidSansFallbackFull.ttf"), ()),
    ("cjk-extra", ("DroidSansFallbackFull.ttf",), ()),
    ("symbols", ("DejaVuSans.ttf",), ("DejaVuSans-Bold.ttf",)),
)

#: Debian packages that hold the fonts above (scripts/setup installs them).
FONT_PACKAGES = ("fonts-noto-core", "fonts-droid-fallback", "fonts-dejavu-core")

_RESOURCE_FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
# Debian keeps the Droid Sans Fallback that has Hangul outside /usr/share/fonts.
_SYSTEM_DIRS = (
    "/usr/share/fonts",
    "/usr/share/fonts-droid-fallback",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
)
_RTL_CLASSES = frozenset({"R", "AL"})
_LTR_CLASSES = frozenset({"L", "EN", "AN"})
# Runs in these scripts, or with combining marks, need HarfBuzz; the rest draw glyph for character.
_COMPLEX_RANGES = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, NKo…
    (0x0900, 0x0DFF),  # Indic scripts
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x0F00, 0x109F),  # Tibetan, Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms
    (0xFE70, 0xFEFF),
)


def _font_dirs() -> list[Path]:
    dirs = [Path(p) for p in os.environ.get("GOVCAMP_FONT_DIRS", "").split(os.pathsep) if p]
    dirs.append(_RESOURCE_FONTS)
    dirs.extend(Path(d).expanduser() for d in _SYSTEM_DIRS)
    return dirs


@lru_cache(maxsize=1)
def _font_index() -> dict[str, Path]:
    """File name → path of every TrueType font in the font folders (first folder wins)."""
    index: dict[str, Path] = {}
    for folder in _font_dirs():
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith(".ttf"):
                    index.setdefault(name, Path(root) / name)
    return index


def find_font_file(names: Iterable[str]) -> Path | None:
    """The first of ``names`` found in resources/fonts or the system's font folders."""
    index = _font_index()
    for name in names:
        if name in index:
            return index[name]
    return None


def _is_complex(text: str) -> bool:
    for char in text:
        code = ord(char)
        if unicodedata.combining(char) or any(lo <= code <= hi for lo, hi in _COMPLEX_RANGES):
            return True
    return False


def _direction(char: str) -> str | None:
    """ "rtl", "ltr" or None (neutral) for one character."""
    kind = unicodedata.bidirectional(char)
    if kind in _RTL_CLASSES:
        return "rtl"
    if kind in _LTR_CLASSES:
        return "ltr"
    return None


# Unicode blocks → the chain link to try first, so a Chinese name does not load every Indic font on the way.
_PREFERRED: tuple[tuple[int, int, str], ...] = (
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x08FF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0E00, 0x0E7F, "thai"),
    (0x0530, 0x058F, "armenian"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "cjk"),
    (0x1200, 0x139F, "ethiopic"),
    (0x2E80, 0x9FFF, "cjk"),
    (0xA8E0, 0xA8FF, "devanagari"),
    (0xAC00, 0xD7AF, "cjk"),
    (0xF900, 0xFAFF, "cjk"),
    (0xFB1D, 0xFB4F, "hebrew"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0xFF00, 0xFFEF, "cjk"),
    (0x20000, 0x3FFFF, "cjk"),
)


def _preferred(char: str) -> str | None:
    code = ord(char)
    if code < 0x0590:
        return "latin"
    for low, high, key in _PREFERRED:
        if low <= code <= high:
            return key
    return None


def _script_keys(char: str) -> list[str]:
    """Chain keys for the Noto font named after ``char``'s script, from its Unicode name.

    ``SINHALA LETTER SHA`` → ``script:Sinhala``; ``OL CHIKI LETTER LA`` → also ``script:OlChiki``. Symbols
    and emoji are not letters of a script, so they do not set off a search.
    """
    if not unicodedata.category(char).startswith(("L", "M", "N")):
        return []
    words = unicodedata.name(char, "").split()
    return [f"script:{''.join(w.title() for w in words[:n])}" for n in (1, 2) if len(words) > n]


def _script_links(key: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """The chain link for a ``script:`` key: Noto Sans, then Noto Serif, named after the script."""
    if not key.startswith("script:"):
        return ()
    name = key.removeprefix("script:")
    return (
        (
            key,
            (f"NotoSans{name}-Regular.ttf", f"NotoSerif{name}-Regular.ttf"),
            (f"NotoSans{name}-Bold.ttf", f"NotoSerif{name}-Bold.ttf"),
        ),
    )


_LOADED: dict[tuple[Path, bool, bool], Font] = {}


def _load_font(key: str, path: Path, *, bold: bool, synthetic_bold: bool) -> Font:
    """Each font file is parsed once per process (the parse is most of a cold export's time)."""
    slot = (path, bold, synthetic_bold)
    if slot not in _LOADED:
        _LOADED[slot] = Font(key, path, bold=bold, synthetic_bold=synthetic_bold)
    return _LOADED[slot]


# ------------------------------------------------------------------------------------- parsed-font cache
# Parsing a font with reportlab's TTFont (every table, every glyph's width) takes 20–60 ms, and a badge run
# can need 16 of them: most of a short export. The parsed font is kept between runs in govcamp's cache folder,
# one file per font file, named after the font's path, modification time and size (and reportlab's version,
# whose objects are stored), so a changed or replaced font is parsed afresh. An entry that cannot be read is
# ignored and written again; the cache only ever saves time.
_CACHE_FORMAT = 1


def _cache_file(path: Path) -> Path | None:
    import hashlib

    import reportlab

    from govcamp.paths import cache_dir

    try:
        stat = path.stat()
    except OSError:
        return None
    key = f"{_CACHE_FORMAT}|{reportlab.Version}|{path.resolve()}|{stat.st_mtime_ns}|{stat.st_size}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return cache_dir() / "fonts" / f"{path.stem[:40]}-{digest}.pickle"


def _unit_scale(units_per_em: int) -> Callable[[float], float]:
    factor = 1000 / units_per_em
    return (lambda x: x) if units_per_em == 1000 else (lambda x: x * factor)


def _parse_ttf(name: str, path: Path) -> Any:
    """A reportlab ``TTFont`` for ``path``, from the cache when it holds this very file."""
    import pickle
    from weakref import WeakKeyDictionary

    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

    cached = _cache_file(path)
    if cached is not None:
        try:
            with cached.open("rb") as stream:
                state, face_state = pickle.load(stream)
            font = TTFont.__new__(TTFont)
            face = TTFontFace.__new__(TTFontFace)
            face.__dict__.update(face_state)
            face._pdfScale = _unit_scale(face.unitsPerEm)
            font.__dict__.update(state)
            font.face, font.fontName, font.state = face, name, WeakKeyDictionary()
            if face.filename == str(path) and face.charToGlyph:
                return font
        except Exception:  # a corrupt, truncated or outdated entry: parse the font and write it again
            pass
    font = TTFont(name, str(path))
    if cached is not None:
        _store(cached, font)
    return font


@cache
def _coverage(path: Path) -> frozenset[int]:
    """The characters ``path`` has glyphs for: a small cache entry of its own, so that finding which font
    draws a character does not load every font it asks (the font is parsed and cached when it is not there).
    """
    import pickle

    cached = _cache_file(path)
    index = None if cached is None else cached.with_suffix(".cmap")
    if index is not None:
        try:
            with index.open("rb") as stream:
                chars = pickle.load(stream)
            if isinstance(chars, frozenset):
                return chars
        except Exception:  # missing, corrupt or outdated: made again below
            pass
    chars = frozenset(_parse_ttf("govcamp-coverage", path).face.charToGlyph)
    if index is not None:
        _write_atomically(index, chars)
    return chars


def _write_atomically(target: Path, value: object) -> None:
    """Pickle ``value`` beside ``target`` and move it into place (two processes may race)."""
    import contextlib
    import pickle
    import tempfile

    partial: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, suffix=".partial", delete=False) as stream:
            partial = Path(stream.name)
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, target)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        # No cache folder (read-only home, full disk) or an object reportlab may add that cannot be
        # stored: badges are still made, only as slowly as without a cache.
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink()


def _store(cached: Path, font: Any) -> None:
    """Keep the parsed font, taken before anything draws with it (shaping adds private-use glyphs)."""
    state = {k: v for k, v in vars(font).items() if k not in ("face", "state", "fontName")}
    face_state = {k: v for k, v in vars(font.face).items() if k != "_pdfScale"}
    _write_atomically(cached, (state, face_state))


class Font:
    """One TrueType face registered with reportlab, with its character map and (lazily) its HarfBuzz font."""

    def __init__(self, key: str, path: Path, *, bold: bool, synthetic_bold: bool) -> None:
        from reportlab.pdfbase import pdfmetrics

        self.key = key
        self.path = path
        self.bold = bold
        self.synthetic_bold = synthetic_bold
        self.name = f"govcamp-{key}-{'bold' if bold else 'regular'}"
        try:
            self.ttf: Any = _parse_ttf(self.name, path)
        except Exception as exc:  # a broken or unsupported font file: say which
            raise GovcampError(
                _("The font {path} cannot be used for badges ({exc}).").format(path=path, exc=exc)
            ) from exc
        pdfmetrics.registerFont(self.ttf)
        self.cmap: frozenset[int] = frozenset(self.ttf.face.charToGlyph)
        self._hb: Any = None

    def has(self, char: str) -> bool:
        return ord(char) in self.cmap

    def hb_font(self) -> Any:
        if self._hb is None:
            self._hb = self.ttf.hbFont(1000)  # also sets up reportlab's private-use glyph mapping
        return self._hb


@dataclass(frozen=True)
class Piece:
    """A run of text in one font, ready to draw: ``text`` may be a reportlab ``ShapedStr``."""

    font: Font
    text: str
    width: float  # at a font size of 1 pt
    #: For a shaped piece, the characters its glyphs stand for, in the glyphs' (visual) order: right-to-left
    #: text reversed, as its glyphs are, since readers put extracted text in reading order by position.
    source: str = ""


@dataclass(frozen=True)
class Line:
    """A line of text in visual order, with what could not be drawn."""

    pieces: tuple[Piece, ...]
    width: float  # at 1 pt
    dropped: tuple[str, ...] = field(default=())

    def width_at(self, size: float) -> float:
        return self.width * size


class FontBook:
    """The font chain for badges: which font draws each character, and shaped, measured lines."""

    def __init__(self) -> None:
        self._fonts: dict[tuple[str, bool], Font | None] = {}
        self._lines: dict[tuple[str, bool], Line] = {}
        self._chars: dict[tuple[str, bool], Font | None] = {}
        #: Per weight, characters the Latin font draws as they are, left to right (see :meth:`_plain_font`).
        self._plain: dict[bool, set[str]] = {False: set(), True: set()}
        if self.font("latin", bold=False) is None:
            raise GovcampError(
                _(
                    "No fonts for badges were found: install the Debian packages {packages} "
                    "(scripts/setup does), or put Noto Sans in resources/fonts."
                ).format(packages=", ".join(FONT_PACKAGES))
            )

    def font(self, key: str, *, bold: bool) -> Font | None:
        """The font for one link of the chain, loaded on first use; None when it is not installed."""
        slot = (key, bold)
        if slot not in self._fonts:
            self._fonts[slot] = self._load(key, bold)
        return self._fonts[slot]

    def _load(self, key: str, bold: bool) -> Font | None:
        found = self._file(key, bold)
        if found is None:
            return None
        path, synthetic = found
        return _load_font(key, path, bold=bold, synthetic_bold=synthetic)

    def _file(self, key: str, bold: bool) -> tuple[Path, bool] | None:
        """The font file for one link of the chain, and whether its bold is made by stroking."""
        for chain_key, regular, bolds in (*FONT_CHAIN, *_script_links(key)):
            if chain_key != key:
                continue
            if bold:
                path = find_font_file(bolds)
                if path is not None:
                    return path, False
                path = find_font_file(regular)
                return None if path is None else (path, True)
            path = find_font_file(regular)
            return None if path is None else (path, False)
        return None

    def _covers(self, key: str, bold: bool, char: str) -> bool:
        """Whether the link's font has ``char``, known without loading the font (see :func:`_coverage`)."""
        slot = (key, bold)
        font = self._fonts.get(slot)
        if font is not None:
            return font.has(char)
        if slot in self._fonts:
            return False  # not installed
        found = self._file(key, bold)
        if found is None:
            self._fonts[slot] = None
            return False
        return ord(char) in _coverage(found[0])

    def fonts_for(self, char: str, *, bold: bool) -> Font | None:
        """The first font in the chain with a glyph for ``char``."""
        slot = (char, bold)
        if slot in self._chars:
            return self._chars[slot]
        found: Font | None = None
        preferred = _preferred(char)
        # Fonts are only loaded once they are known to have the character: an emoji that no font has
        # would otherwise load the whole chain.
        if preferred is not None and self._covers(preferred, bold, char):
            font = self.font(preferred, bold=bold)
            if font is not None and font.has(char):
                self._chars[slot] = font
                return font
        for key, _regular, _bold in FONT_CHAIN:
            if not self._covers(key, bold, char):
                continue
            font = self.font(key, bold=bold)
            if font is not None and font.has(char):
                found = font
                break
        if found is None:
            # A script the chain does not name (Sinhala, Georgian, Khmer…): Noto has a font named after it.
            for key in _script_keys(char):
                if not self._covers(key, bold, char):
                    continue
                font = self.font(key, bold=bold)
                if font is not None and font.has(char):
                    found = font
                    break
        self._chars[slot] = found
        return found

    def used_fonts(self) -> list[Font]:
        return [font for font in self._fonts.values() if font is not None]

    # ------------------------------------------------------------------------------------------ lines

    def line(self, text: str, *, bold: bool = False) -> Line:
        """``text`` as one line: split into font runs, shaped, in visual order, measured at 1 pt."""
        slot = (text, bold)
        cached = self._lines.get(slot)
        if cached is None:
            cached = self._lines[slot] = self._make_line(text, bold)
        return cached

    def _make_line(self, text: str, bold: bool) -> Line:
        plain = self._plain_font(text, bold)
        if plain is not None:
            # What the run splitting below makes of such text, without asking about it character by
            # character: most names and organisations are this, and a badge run makes thousands of lines.
            piece = Piece(plain, text, plain.ttf.stringWidth(text, 1.0))
            return Line((piece,), piece.width)
        runs, dropped = self._runs(text, bold)
        ordered = _visual_order(runs)
        pieces = tuple(self._piece(font, run_text, rtl) for font, run_text, rtl in ordered)
        return Line(pieces, sum(p.width for p in pieces), tuple(dropped))

    def _plain_font(self, text: str, bold: bool) -> Font | None:
        """The Latin font when it alone draws ``text``, as one left-to-right run with nothing to shape.

        That is: every character is below Hebrew (so none is right-to-left), none is a combining mark, the
        Latin font has them all, and no space ends the text (the run splitting would give it a piece of its
        own). Anything else returns None and goes the long way.
        """
        if not text or text[-1].isspace():
            return None
        known = self._plain[bold]
        chars = set(text)
        if chars <= known:
            return self.font("latin", bold=bold)
        latin = self.font("latin", bold=bold)
        if latin is None:
            return None
        for char in chars - known:
            if ord(char) >= 0x0590 or unicodedata.combining(char) or not latin.has(char):
                return None
            known.add(char)
        return latin

    def _runs(self, text: str, bold: bool) -> tuple[list[tuple[Font, str, str | None]], list[str]]:
        """Split into (font, text, direction) runs; direction is None for a run of neutrals only."""
        runs: list[tuple[Font, list[str], str | None]] = []
        dropped: list[str] = []
        for char in text:
            direction = _direction(char)
            category = unicodedata.category(char)
            neutral = direction is None
            if runs and neutral and runs[-1][0].has(char):
                runs[-1][1].append(char)
                continue
            font = self.fonts_for(char, bold=bold)
            if font is None:
                # Joiners and variation selectors belong to an emoji that is dropped already; say so once.
                if category not in ("Cf", "Mn", "Me") and not char.isspace():
                    dropped.append(char)
                continue
            if runs and runs[-1][0] is font and (neutral or runs[-1][2] in (None, direction)):
                runs[-1][1].append(char)
                if runs[-1][2] is None and not neutral:
                    runs[-1] = (font, runs[-1][1], direction)
                continue
            runs.append((font, [char], direction))
        joined = [(font, "".join(chars), direction) for font, chars, direction in runs]
        return _split_edge_spaces(joined), dropped

    def _piece(self, font: Font, text: str, rtl: bool) -> Piece:
        if not rtl and not _is_complex(text):
            return Piece(font, text, font.ttf.stringWidth(text, 1.0))
        return _shape(font, text, rtl)


def _split_edge_spaces(runs: list[tuple[Font, str, str | None]]) -> list[tuple[Font, str, str | None]]:
    """Spaces between runs of opposite directions become neutral runs of their own, so they stay between."""
    out: list[tuple[Font, str, str | None]] = []
    for font, text, direction in runs:
        core = text.rstrip()
        if direction is not None and core and core != text:
            out.append((font, core, direction))
            out.append((font, text[len(core) :], None))
        else:
            out.append((font, text, direction))
    return out


def _visual_order(runs: Sequence[tuple[Font, str, str | None]]) -> list[tuple[Font, str, bool]]:
    """Order runs for display: the Unicode bidi algorithm's rules, applied to whole runs."""
    if not runs:
        return []
    strong = [direction for _font, _text, direction in runs if direction is not None]
    base = 1 if strong and strong[0] == "rtl" else 0
    levels: list[int] = []
    for index, (_font, _text, direction) in enumerate(runs):
        if direction == "rtl":
            levels.append(1)
        elif direction == "ltr":
            levels.append(2 if base else 0)
        else:
            before = next((r[2] for r in reversed(runs[:index]) if r[2] is not None), None)
            after = next((r[2] for r in runs[index + 1 :] if r[2] is not None), None)
            if before == after == "rtl":
                levels.append(1)
            elif before == after == "ltr":
                levels.append(2 if base else 0)
            else:
                levels.append(base)
    order = list(range(len(runs)))
    top = max(levels)
    lowest_odd = 1
    for level in range(top, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return [(runs[i][0], runs[i][1], levels[i] % 2 == 1) for i in order]


def _shape(font: Font, text: str, rtl: bool) -> Piece:
    """Shape ``text`` with HarfBuzz into a reportlab ``ShapedStr`` (glyphs in visual order)."""
    import uharfbuzz as hb
    from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

    hb_font = font.hb_font()
    ttf = font.ttf
    face = ttf.face
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(hb_font, buf, {"kern": True, "liga": True})
    chars: list[str] = []
    data: list[Any] = []
    total = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        mapped = face.glyphToChar.get(gid)
        # A glyph with no character of its own (a ligature, a conjunct) gets a private-use one from reportlab.
        code = mapped[0] if mapped else ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, pos.x_advance)
        advance = ttf.pdfScale(pos.x_advance)
        total += advance
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                advance,
                ttf.pdfScale(pos.y_advance),
                ttf.pdfScale(pos.x_offset),
                ttf.pdfScale(pos.y_offset),
                face.charWidths.get(code, advance),
            )
        )
    return Piece(font, ShapedStr("".join(chars), shapeData=data), total / 1000.0, text[::-1] if rtl else text)


def actual_text(piece: Piece) -> tuple[str, str]:
    """PDF operators to put around a shaped piece's glyphs so that copying or searching the PDF gives the
    characters it stands for (ActualText, PDF 1.7 section 14.9.4), not the glyphs' own code points
    (ligatures and conjuncts are private-use characters; Arabic letters become presentation forms).

    Returns:
        ``(begin, end)`` marked-content operators, or two empty strings for a piece drawn as its own text.
    """
    if not piece.source:
        return "", ""
    encoded = ("\ufeff" + piece.source).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{encoded}>>> BDC", "EMC"


def draw_line(canvas: Any, line: Line, x: float, y: float, size: float) -> None:
    """Draw ``line`` with its left end at ``(x, y)`` (the baseline) at ``size`` points."""
    for piece in line.pieces:
        begin, end = actual_text(piece)
        if begin:
            canvas.addLiteral(begin)
        canvas.setFont(piece.font.name, size)
        if piece.font.synthetic_bold:
            canvas.saveState()
            canvas.setStrokeColor(canvas._fillColorObj)
            canvas.setLineWidth(size * 0.035)
            canvas.drawString(x, y, piece.text, mode=2)
            canvas.restoreState()
        else:
            canvas.drawString(x, y, piece.text)
        if end:
            canvas.addLiteral(end)
        x += piece.width * size
