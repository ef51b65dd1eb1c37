"""Badges as a print-ready PDF: values in, a file out, progress as a generator.

A badge carries the name as the person wants it shown (large, shrunk to fit and wrapped to at most two lines,
never clipped), their pronouns, their organisation (shortened with an ellipsis when long), a role band that
says the role in words as well as colour, the event's name and a QR code (see :mod:`govcamp.exports.qr`).

Each badge face is first composed into a short display list (rectangles, lines of text, a QR code) in the
face's own coordinates; the PDF writer draws that list with reportlab, and the window's preview draws the very
same list with Qt, so the preview shows exactly where everything lands. Text goes through
:class:`~govcamp.exports.fonts.FontBook`, which picks a font per script, shapes and measures it.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govcamp.domain.enums import Role
from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.exports.fonts import FontBook, Line
from govcamp.exports.layouts import LAYOUTS, Layout, crop_marks, get_layout, mm
from govcamp.exports.qr import QrCode, qr_code
from govcamp.exports.wording import N_, check_language, wording

Progress = tuple[int, int, str]
Colour = tuple[float, float, float]

#: The longest name, pronouns and organisation kept before fitting (5,000 characters is a mistake or a joke).
NAME_LIMIT = 64
PRONOUNS_LIMIT = 40
ORGANISATION_LIMIT = 200

BLACK: Colour = (0.0, 0.0, 0.0)
INK: Colour = (0.1, 0.1, 0.12)
GREY: Colour = (0.3, 0.3, 0.33)
WHITE: Colour = (1.0, 1.0, 1.0)
FOLD: Colour = (0.6, 0.6, 0.6)

#: The role band's colour; white text on each has a contrast ratio above 7:1 (WCAG AAA), and the band always
#: says the role in words, so nobody needs to tell the colours apart.
ROLE_COLOURS: dict[str, Colour] = {
    Role.ORGANISER.value: (0.42, 0.10, 0.51),
    Role.VOLUNTEER.value: (0.02, 0.38, 0.25),
    Role.SPONSOR.value: (0.52, 0.27, 0.0),
    Role.HOST.value: (0.0, 0.29, 0.55),
    Role.ATTENDEE.value: (0.20, 0.22, 0.24),
}
ROLE_WORDS: dict[str, str] = {
    Role.ORGANISER.value: N_("ORGANISER"),
    Role.VOLUNTEER.value: N_("VOLUNTEER"),
    Role.SPONSOR.value: N_("SPONSOR"),
    Role.HOST.value: N_("SESSION HOST"),
    Role.ATTENDEE.value: N_("ATTENDEE"),
}
#: Between the Welsh and the English role on a bilingual band.
ROLE_SEPARATOR = " · "

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class BadgeData:
    """What one badge shows; ``qr_payload`` is a check-in code or a vCard, ``qr_caption`` the code as text."""

    person_id: int
    name: str
    pronouns: str = ""
    organisation: str = ""
    role: str = Role.ATTENDEE.value
    qr_payload: str = ""
    qr_caption: str = ""
    full_name: str = ""
    #: The badge's own language (``en``, ``cy``, ``cy+en``); "" prints it in the sheet's language.
    language: str = ""


# ------------------------------------------------------------------------------------------- display list


@dataclass(frozen=True)
class FillRect:
    x: float
    y: float
    width: float
    height: float
    colour: Colour
    radius: float = 0.0


@dataclass(frozen=True)
class TextItem:
    """One line of text with its left end of baseline at ``(x, y)``."""

    x: float
    y: float
    size: float
    line: Line
    text: str
    colour: Colour
    bold: bool = False


@dataclass(frozen=True)
class QrItem:
    """A QR code filling the square ``size`` × ``size`` at ``(x, y)`` (quiet zone included)."""

    x: float
    y: float
    size: float
    code: QrCode
    payload: str


@dataclass(frozen=True)
class RuleItem:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    colour: Colour
    dashed: bool = False


Item = FillRect | TextItem | QrItem | RuleItem


@dataclass(frozen=True)
class Face:
    """One face of a badge: its items in the face's own coordinates, placed on the page at ``box``.

    ``rotated`` turns it half a turn (the back of a folded badge, so it reads the right way up once folded).
    """

    box: tuple[float, float, float, float]
    items: tuple[Item, ...]
    rotated: bool = False
    person_id: int = 0


@dataclass(frozen=True)
class Page:
    faces: tuple[Face, ...]
    marks: tuple[RuleItem, ...] = ()


# ---------------------------------------------------------------------------------------- text clean-up


def clean_text(text: str, limit: int) -> str:
    """One line of plain text: control characters gone, spaces collapsed, at most ``limit`` characters.

    Markup is not interpreted anywhere, so ``<b>`` stays the three characters ``<b>``.
    """
    if not text.isprintable():  # printable text has no control characters: skip asking each one
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in "\t\n\r")
    text = _SPACES.sub(" ", text).strip()
    if len(text) > limit:
        cut = text[:limit]
        space = cut.rfind(" ")
        if space > limit * 0.6:
            cut = cut[:space]
        while cut and unicodedata.combining(text[len(cut)] if len(cut) < len(text) else " "):
            cut = cut[:-1]  # never split a letter from its accent
        text = cut.rstrip() + "…"
    return text


def display_name(badge: BadgeData) -> str:
    """The name to print: the badge name, or the full name when the badge name is empty."""
    name = clean_text(badge.name, NAME_LIMIT)
    if not name:
        name = clean_text(badge.full_name, NAME_LIMIT)
    return name or "—"


# --------------------------------------------------------------------------------------------- fitting


def _break_points(text: str) -> list[int]:
    """Where a name may wrap: after spaces and hyphens; between CJK characters."""
    points: list[int] = []
    for i in range(1, len(text)):
        before, here = text[i - 1], text[i]
        if here == " " or before == "-" or (_is_cjk(before) and _is_cjk(here)):
            points.append(i)
    return points


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or code >= 0x20000


def _letter_points(text: str) -> list[int]:
    """Any place between two letters, for a single word too long for the badge (never before a mark)."""
    return [i for i in range(1, len(text)) if not unicodedata.category(text[i]).startswith("M")]


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: tuple[Line, ...]
    texts: tuple[str, ...]


class Typesetter:
    """Fits names and lines into boxes, caching what it measured (names repeat across faces and previews)."""

    def __init__(self, book: FontBook) -> None:
        self.book = book
        self._ellipsis: dict[tuple[str, bool, float], tuple[str, Line]] = {}

    def fit_name(self, name: str, width: float, height: float, max_size: float) -> Fitted:
        """The largest size at which ``name`` fits ``width`` × ``height`` on one line or two."""
        book = self.book
        one = book.line(name, bold=True)
        best = Fitted(self._size(max_size, width, height, [one], 1), (one,), (name,))
        if best.size >= max_size * 0.95:
            return best
        points = _break_points(name)
        two = self._best_split(name, points, width, height, max_size)
        if best.size < max_size * 0.4 and (two is None or two.size < max_size * 0.4):
            # One very long word: wrap it between letters rather than print it tiny.
            fallback = self._best_split(
                name, _letter_points(name), width, height, max_size, balance_only=True
            )
            if fallback is not None and (two is None or fallback.size > two.size * 1.25):
                two = fallback
        if two is not None and two.size > best.size * 1.08:
            best = two
        return best

    def _best_split(
        self,
        name: str,
        points: Sequence[int],
        width: float,
        height: float,
        max_size: float,
        *,
        balance_only: bool = False,
    ) -> Fitted | None:
        if not points:
            return None
        if balance_only:
            # Only the few points nearest the middle: a long word wraps where the halves balance.
            middle = len(name) / 2
            points = sorted(points, key=lambda i: abs(i - middle))[:6]
        best: Fitted | None = None
        best_balance = 0.0
        for index in points:
            first, second = name[:index].rstrip(), name[index:].lstrip()
            if not first or not second:
                continue
            lines = [self.book.line(first, bold=True), self.book.line(second, bold=True)]
            size = self._size(max_size, width, height, lines, 2)
            balance = abs(lines[0].width - lines[1].width)
            if (
                best is None
                or size > best.size * 1.01
                or (size > best.size * 0.99 and balance < best_balance)
            ):
                best = Fitted(size, tuple(lines), (first, second))
                best_balance = balance
        return best

    @staticmethod
    def _size(max_size: float, width: float, height: float, lines: Sequence[Line], count: int) -> float:
        widest = max((line.width for line in lines), default=0.0)
        size = min(max_size, height / (1.18 * count))
        if widest > 0:
            size = min(size, width / widest)
        return size

    def ellipsis(self, text: str, width: float, size: float, *, bold: bool = False) -> tuple[str, Line]:
        """``text`` as one line no wider than ``width`` at ``size``, cut short with “…” when it must be."""
        slot = (text, bold, round(width / size, 3))
        found = self._ellipsis.get(slot)
        if found is not None:
            return found
        line = self.book.line(text, bold=bold)
        if line.width * size <= width or not text:
            result = (text, line)
        else:
            low, high = 0, len(text)
            best = ("…", self.book.line("…", bold=bold))
            while low < high:
                middle = (low + high + 1) // 2
                candidate = text[:middle].rstrip() + "…"
                candidate_line = self.book.line(candidate, bold=bold)
                if candidate_line.width * size <= width:
                    best = (candidate, candidate_line)
                    low = middle
                else:
                    high = middle - 1
            result = best
        self._ellipsis[slot] = result
        return result


# ------------------------------------------------------------------------------------------ composition


@dataclass
class Composer:
    """Composes badge faces of one size; keeps the fonts and measurements it has made."""

    typesetter: Typesetter
    event_name: str
    width: float
    height: float
    #: Labels have rounded corners: the band keeps inside them, so no ink lands on the backing sheet.
    corner_radius: float = 0.0
    warnings: list[str] = field(default_factory=list)
    #: The role band's language when a badge has none of its own.
    language: str = "en"

    def compose(self, badge: BadgeData) -> tuple[Item, ...]:
        """The display list of one face, ``width`` × ``height`` with its origin at the bottom-left."""
        w, h = self.width, self.height
        landscape = w >= h
        t = self.typesetter
        items: list[Item] = []
        margin = max(mm(3.5), 0.06 * min(w, h))
        band = min(max(0.13 * h if landscape else 0.085 * h, mm(6)), mm(15))
        role = badge.role if badge.role in ROLE_WORDS else Role.ATTENDEE.value

        # The role band along the bottom, with the role in words.
        edge = mm(1.5) if self.corner_radius else 0.0
        radius = max(self.corner_radius - edge, 0.0)
        items.append(FillRect(edge, edge, w - 2 * edge, band - edge, ROLE_COLOURS[role], radius))
        role_size = band * 0.46
        words = ROLE_SEPARATOR.join(wording(badge.language or self.language).each(ROLE_WORDS[role]))
        room = w - 2 * margin
        # The role's words are fixed and short: a bilingual band shrinks them to fit (to 60 %, still
        # legible) rather than cut one language off; only what is wider still is cut short.
        natural = t.book.line(words, bold=True).width_at(role_size)
        if natural > room:
            role_size = max(role_size * room / natural, role_size * 0.6)
        role_text, role_line = t.ellipsis(words, room, role_size, bold=True)
        items.append(
            TextItem(
                (w - role_line.width_at(role_size)) / 2,
                band * 0.5 - role_size * 0.36,
                role_size,
                role_line,
                role_text,
                WHITE,
                True,
            )
        )

        # The event's name along the top.
        event_size = min(max(0.05 * h if landscape else 0.04 * h, 6.5), 12.0)
        top = h - margin
        if self.event_name:
            text, line = t.ellipsis(self.event_name, w - 2 * margin, event_size)
            items.append(TextItem(margin, top - event_size * 0.8, event_size, line, text, GREY))
            top -= event_size * 1.4

        # The QR code: at the right of a landscape badge, centred above the band on a portrait one.
        caption_size = min(max(0.028 * h, 5.5), 8.0)
        caption_room = caption_size * 1.3 if badge.qr_caption else 0.0
        bottom = band + margin * 0.6
        if landscape:
            qr_size = min(top - bottom - caption_room, 0.32 * w)
            qr_x = w - margin * 0.6 - qr_size
            qr_y = bottom + caption_room + (top - bottom - caption_room - qr_size) / 2
            text_left, text_right, text_bottom = margin, qr_x - margin * 0.5, bottom
        else:
            qr_size = min(0.45 * w, 0.3 * h)
            qr_x = (w - qr_size) / 2
            qr_y = bottom + caption_room
            text_left, text_right, text_bottom = margin, w - margin, qr_y + qr_size
        if badge.qr_payload:
            items.append(QrItem(qr_x, qr_y, qr_size, qr_code(badge.qr_payload), badge.qr_payload))
            if badge.qr_caption:
                line = t.book.line(badge.qr_caption)
                items.append(
                    TextItem(
                        qr_x + (qr_size - line.width_at(caption_size)) / 2,
                        qr_y - caption_size * 0.9,
                        caption_size,
                        line,
                        badge.qr_caption,
                        GREY,
                    )
                )

        # Name, pronouns and organisation, centred in what is left.
        text_width = text_right - text_left
        detail_size = min(max(0.075 * h if landscape else 0.045 * h, 6.5), 15.0)
        pronouns = clean_text(badge.pronouns, PRONOUNS_LIMIT)
        organisation = clean_text(badge.organisation, ORGANISATION_LIMIT)
        details: list[tuple[str, Line, float, Colour]] = []
        if pronouns:
            text, line = t.ellipsis(pronouns, text_width, detail_size)
            details.append((text, line, detail_size, INK))
        if organisation:
            text, line = t.ellipsis(organisation, text_width, detail_size)
            details.append((text, line, detail_size, GREY))
        details_height = sum(size * 1.3 for _t, _l, size, _c in details)
        name_box = top - text_bottom - details_height - margin * 0.3
        name = display_name(badge)
        max_name = min(0.3 * h, 0.32 * w, 72.0)
        fitted = t.fit_name(name, text_width, name_box, max_size=max_name)
        for dropped in {ch for line in fitted.lines for ch in line.dropped}:
            self.warnings.append(
                f"{name}: “{dropped}” cannot be printed (no font has it, e.g. colour emoji) and was left out."
            )
        if not any(line.pieces for line in fitted.lines) and badge.full_name:
            # Nothing of the badge name can be printed (all emoji, say): the full name instead.
            name = clean_text(badge.full_name, NAME_LIMIT)
            fitted = t.fit_name(name, text_width, name_box, max_size=max_name)
        block = len(fitted.lines) * fitted.size * 1.18 + details_height
        y = text_bottom + (top - text_bottom + block) / 2
        for text, line in zip(fitted.texts, fitted.lines, strict=True):
            y -= fitted.size * 1.05
            x = text_left + (text_width - line.width_at(fitted.size)) / 2
            items.append(TextItem(x, y, fitted.size, line, text, BLACK, True))
            y -= fitted.size * 0.13
        y -= fitted.size * 0.05
        for text, line, size, colour in details:
            y -= size * 1.1
            x = text_left + (text_width - line.width_at(size)) / 2
            items.append(TextItem(x, y, size, line, text, colour))
            y -= size * 0.2
        return tuple(items)


# --------------------------------------------------------------------------------------------- pages


def _dedupe(warnings: list[str]) -> list[str]:
    return list(dict.fromkeys(warnings))


class BadgeSheet:
    """Badges laid out on pages of one layout; pages are made on demand (the preview wants only the first)."""

    def __init__(
        self,
        badges: Sequence[BadgeData],
        *,
        event_name: str,
        layout: str | Layout,
        folded: bool = False,
        book: FontBook | None = None,
        language: str = "en",
    ) -> None:
        self.layout = get_layout(layout) if isinstance(layout, str) else layout
        if folded and not self.layout.foldable:
            foldable = ", ".join(key for key, value in LAYOUTS.items() if value.foldable)
            raise GovcampError(
                _("Folded badges need a layout big enough to fold ({foldable}); “{key}” is not.").format(
                    foldable=foldable, key=self.layout.key
                )
            )
        self.badges = list(badges)
        self.folded = folded
        self.book = book or shared_font_book()
        face_w = self.layout.badge_width
        face_h = self.layout.badge_height / 2 if folded else self.layout.badge_height
        self.composer = Composer(
            Typesetter(self.book),
            clean_text(event_name, 120),
            face_w,
            face_h,
            self.layout.corner_radius,
            language=check_language(language),
        )

    @property
    def warnings(self) -> list[str]:
        return _dedupe(self.composer.warnings)

    @property
    def page_count(self) -> int:
        per = self.layout.per_page
        return (len(self.badges) + per - 1) // per

    def page(self, number: int) -> Page:
        """Page ``number`` (from 0)."""
        layout = self.layout
        chunk = self.badges[number * layout.per_page : (number + 1) * layout.per_page]
        faces: list[Face] = []
        marks: list[RuleItem] = []
        for badge, (x, y) in zip(chunk, layout.origins, strict=False):
            items = self.composer.compose(badge)
            if self.folded:
                half = layout.badge_height / 2
                faces.append(Face((x, y, layout.badge_width, half), items, False, badge.person_id))
                faces.append(Face((x, y + half, layout.badge_width, half), items, True, badge.person_id))
                marks.append(
                    RuleItem(x + mm(2), y + half, x + layout.badge_width - mm(2), y + half, 0.5, FOLD, True)
                )
            else:
                faces.append(
                    Face((x, y, layout.badge_width, layout.badge_height), items, False, badge.person_id)
                )
        if layout.crop_marks:
            marks.extend(RuleItem(*mark, 0.5, BLACK) for mark in crop_marks(layout))
        return Page(tuple(faces), tuple(marks))


_BOOK: FontBook | None = None


def shared_font_book() -> FontBook:
    """One font book per process: fonts are parsed once, shaped lines cached across exports and previews."""
    global _BOOK
    if _BOOK is None:
        _BOOK = FontBook()
    return _BOOK


# ------------------------------------------------------------------------------------------ PDF writer


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _rgb(colour: Colour, op: str = "rg") -> str:
    return f"{_fmt(colour[0])} {_fmt(colour[1])} {_fmt(colour[2])} {op}"


def _text_ops(canvas: Any, item: TextItem, out: list[str]) -> None:
    """PDF operators for one line of text, piece by piece.

    Plain pieces are written here directly: the font's subsets and their names come from reportlab (so the
    fonts are embedded as usual), but without a text object per string, which is most of reportlab's time.
    Shaped pieces and synthetic bold go through reportlab's text object, which places each glyph.
    """
    from reportlab.lib.rl_accel import escapePDF
    from reportlab.pdfbase.ttfonts import ShapedStr

    from govcamp.exports.fonts import actual_text

    doc = canvas._doc
    x, size = item.x, _fmt(item.size)
    for piece in item.line.pieces:
        font = piece.font
        if isinstance(piece.text, ShapedStr) or font.synthetic_bold:
            begin, end = actual_text(piece)  # copied text reads as the characters, not the glyphs
            if begin:
                out.append(begin)
            text = canvas.beginText(x, item.y)
            text.setFont(font.name, item.size)
            if font.synthetic_bold:
                out.append(f"{_rgb(item.colour, 'RG')} {_fmt(item.size * 0.035)} w")
                text.setTextRenderMode(2)
            text.textOut(piece.text)
            if font.synthetic_bold:
                text.setTextRenderMode(0)  # the render mode outlives the text object: put it back
            out.append(text.getCode())
            if end:
                out.append(end)
        else:
            ttf = font.ttf
            parts = [f"BT 1 0 0 1 {_fmt(x)} {_fmt(item.y)} Tm"]
            for subset, chunk in ttf.splitString(piece.text, doc):
                parts.append(f"{ttf.getSubsetInternalName(subset, doc)} {size} Tf ({escapePDF(chunk)}) Tj")
            parts.append("ET")
            out.append(" ".join(parts))
        x += piece.width * item.size


def _face_ops(canvas: Any, face: Face) -> str:
    """The PDF operators of one face, in its own coordinates (placed with one ``cm``)."""
    x, y, w, h = face.box
    out = [
        f"q -1 0 0 -1 {_fmt(x + w)} {_fmt(y + h)} cm" if face.rotated else f"q 1 0 0 1 {_fmt(x)} {_fmt(y)} cm"
    ]
    for item in face.items:
        if isinstance(item, TextItem):
            out.append(_rgb(item.colour))
            _text_ops(canvas, item, out)
        elif isinstance(item, FillRect):
            out.append(_rgb(item.colour))
            if item.radius:
                out.append(_rounded_bottom(item))
            else:
                out.append(f"{_fmt(item.x)} {_fmt(item.y)} {_fmt(item.width)} {_fmt(item.height)} re f")
        elif isinstance(item, QrItem):
            module = item.size / item.code.modules
            # Module units, y running down from the QR's top-left corner.
            out.append(
                f"0 0 0 rg q {_fmt(module)} 0 0 {_fmt(-module)} {_fmt(item.x)} {_fmt(item.y + item.size)} cm "
                f"{item.code.ops} f Q"
            )
    out.append("Q")
    return "\n".join(out)


def _rounded_bottom(item: FillRect) -> str:
    """A rectangle with its two bottom corners rounded (Bézier quarter circles), filled."""
    x0, y0, x1, y1, r = item.x, item.y, item.x + item.width, item.y + item.height, item.radius
    k = r * 0.5523  # control-point distance for a quarter circle
    f = _fmt
    return (
        f"{f(x0)} {f(y1)} m {f(x0)} {f(y0 + r)} l "
        f"{f(x0)} {f(y0 + r - k)} {f(x0 + r - k)} {f(y0)} {f(x0 + r)} {f(y0)} c "
        f"{f(x1 - r)} {f(y0)} l {f(x1 - r + k)} {f(y0)} {f(x1)} {f(y0 + r - k)} {f(x1)} {f(y0 + r)} c "
        f"{f(x1)} {f(y1)} l h f"
    )


def _draw_rule(canvas: Any, rule: RuleItem) -> None:
    canvas.setStrokeColorRGB(*rule.colour)
    canvas.setLineWidth(rule.width)
    canvas.setDash(3, 3) if rule.dashed else canvas.setDash()
    canvas.line(rule.x1, rule.y1, rule.x2, rule.y2)


def draw_page(canvas: Any, page: Page) -> None:
    """Draw one page of badges on a reportlab canvas."""
    canvas.addLiteral("\n".join(_face_ops(canvas, face) for face in page.faces))
    for mark in page.marks:
        _draw_rule(canvas, mark)


def badge_steps(
    badges: Sequence[BadgeData],
    path: Path,
    *,
    event_name: str,
    layout: str = "a4-8up",
    folded: bool = False,
    warnings: list[str] | None = None,
    language: str = "en",
) -> Iterator[Progress]:
    """Write the badges to ``path`` as a PDF, yielding ``(done, total, message)`` after each page.

    The file is written beside ``path`` and moved into place at the end, so stopping early (Cancel) leaves
    nothing behind and does not touch an existing file. Problems worth telling the person (a character no font
    can draw) are appended to ``warnings``.

    Raises:
        GovcampError: no badges, an unknown layout, folding on a layout too small to fold, an unwritable path.
    """
    path = Path(path)
    if not badges:
        raise GovcampError(_("There are no badges to print: nobody matches that choice of people."))
    if path.is_dir():
        raise GovcampError(_("{path} is a folder; give a file name such as badges.pdf.").format(path=path))
    if not path.parent.is_dir():
        raise GovcampError(_("The folder {parent} does not exist.").format(parent=path.parent))
    sheet = BadgeSheet(badges, event_name=event_name, layout=layout, folded=folded, language=language)
    return _write(sheet, path, warnings if warnings is not None else [])


#: zlib's level for the PDF's streams. reportlab uses zlib's default (6), and spends a sixth of a 1,000-badge
#: run squeezing the QR codes' rectangles; zlib's fastest level takes a fifth of that time for a file a third
#: bigger (1.6 MB rather than 1.2 MB for 1,000 badges, well inside the 3 MB a print shop takes by e-mail;
#: ``benchmarks/bench_badges.py`` prints the size).
COMPRESSION_LEVEL = 1


class _Flate:
    """reportlab's FlateDecode filter at :data:`COMPRESSION_LEVEL` (reportlab has no setting for it)."""

    pdfname = "FlateDecode"

    def __init__(self, level: int) -> None:
        self.level = level

    def encode(self, text: str | bytes) -> bytes:
        import zlib

        return zlib.compress(text.encode("utf-8") if isinstance(text, str) else text, self.level)

    def decode(self, encoded: bytes) -> bytes:
        import zlib

        return zlib.decompress(encoded)


def _write(sheet: BadgeSheet, path: Path, warnings: list[str]) -> Iterator[Progress]:
    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfgen.canvas import Canvas

    total = len(sheet.badges)
    partial = path.with_name(f".{path.name}.partial")
    finished = False
    # ASCII85 only makes streams 25 % bigger (it is for 7-bit mail), and reportlab's is slow pure Python.
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    # reportlab looks its filter up when it writes each page and font: ours while this PDF is made.
    flate = pdfdoc.PDFZCompress
    pdfdoc.PDFZCompress = _Flate(COMPRESSION_LEVEL)
    try:
        yield 0, total, _("Laying out the badges…")
        layout = sheet.layout
        latin = sheet.book.font("latin", bold=False)
        assert latin is not None  # FontBook refuses to exist without it
        canvas = Canvas(
            str(partial),
            pagesize=(layout.page_width, layout.page_height),
            pageCompression=1,
            initialFontName=latin.name,
        )
        canvas.setTitle(f"Badges — {sheet.composer.event_name}" if sheet.composer.event_name else "Badges")
        canvas.setCreator("govcamp")
        canvas.setAuthor(sheet.composer.event_name or "govcamp")
        canvas.setSubject("Name badges")
        done = 0
        for number in range(sheet.page_count):
            page = sheet.page(number)
            draw_page(canvas, page)
            canvas.showPage()
            done = min(total, done + layout.per_page)
            yield done, total, _("Badge {done:,} of {total:,}…").format(done=done, total=total)
        yield total, total, _("Embedding fonts and saving the PDF…")
        try:
            canvas.save()
            os.replace(partial, path)
        except OSError as exc:
            raise GovcampError(
                _("Could not write {path}: {value}.").format(path=path, value=exc.strerror or exc)
            ) from exc
        warnings.extend(sheet.warnings)
        finished = True
        yield total, total, _("Wrote {total:,} badges to {file}.").format(total=total, file=path.name)
    finally:
        rl_config.useA85 = a85
        pdfdoc.PDFZCompress = flate
        if not finished:
            with contextlib.suppress(OSError):
                partial.unlink()


def write_badges(
    badges: Sequence[BadgeData],
    path: Path,
    *,
    event_name: str,
    layout: str = "a4-8up",
    folded: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    language: str = "en",
) -> list[str]:
    """Write the badges in one go (see :func:`badge_steps`); return the warnings."""
    warnings: list[str] = []
    for done, total, message in badge_steps(
        badges,
        path,
        event_name=event_name,
        layout=layout,
        folded=folded,
        warnings=warnings,
        language=language,
    ):
        if progress is not None:
            progress(done, total, message)
    return warnings
