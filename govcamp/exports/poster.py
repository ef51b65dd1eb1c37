"""The printed grid (A3 landscape, one page per day) and the door signs (A4, one page per room and day).

Values in (:class:`CalendarData`: the published grid, cancelled sessions left out), PDF bytes out. Text goes
through the badges' font machinery (:mod:`govcamp.exports.fonts`): every script is drawn with an embedded
font chosen per character, complex scripts shaped by HarfBuzz, and characters no font has (emoji) are left
out and reported rather than drawn as empty boxes.

The poster comes in four sheet sizes (A3 to A0, landscape) with every size scaled to the sheet: on A3 a
title is at least 21 pt (capitals about 5 mm), on A1 at least 42 pt (capitals over 10 mm, readable from the
back of a room). A title is never cut: it wraps, and when a day's grid will not fit the sheet at that size it
is spread over more pages (fewer rooms or fewer time slots on each) rather than shrunk or shortened. On door
signs, session titles and times are at least 40 pt (capitals over 10 mm); a room's sessions that do not fit
one page continue on the next.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from govcamp.domain.enums import feature_label
from govcamp.domain.errors import GovcampError
from govcamp.domain.join_address import check_join_url, shown_join_url
from govcamp.domain.words import _
from govcamp.exports.badges import shared_font_book
from govcamp.exports.calendar import notes_url
from govcamp.exports.fonts import FontBook, Line, draw_line
from govcamp.exports.qr import qr_code
from govcamp.exports.wording import N_, Wording, wording
from govcamp.services.calendar import CalendarData, CalendarEntry, ProgrammeSlot

MM = 72 / 25.4
A3_LANDSCAPE = (420 * MM, 297 * MM)
A4_PORTRAIT = (210 * MM, 297 * MM)
#: The poster's sheets (ISO 216, landscape), as ``--size`` names them.
SHEETS: dict[str, tuple[float, float]] = {
    "a3": A3_LANDSCAPE,
    "a2": (594 * MM, 420 * MM),
    "a1": (841 * MM, 594 * MM),
    "a0": (1189 * MM, 841 * MM),
}
DEFAULT_SHEET = "a3"
#: A title's smallest size on A3, scaled with the sheet up to A1: 21 pt on A3, 42 pt on A1 and A0 (Noto Sans
#: capitals are 0.714 em, so 10.6 mm).
TITLE_MIN_A3 = 21.0
TITLE_MAX_A3 = 40.0
#: A door sign's session titles and times: never below 40 pt (capitals 10 mm).
SIGN_TEXT_MIN = 40.0
SIGN_TEXT_MAX = 52.0
MARGIN = 12 * MM
INK = (0.1, 0.1, 0.12)
GREY = (0.35, 0.35, 0.4)
CELL = (0.93, 0.95, 0.98)
BREAK = (0.88, 0.88, 0.88)
_BREAKS = re.compile(r"(?<=[ \-/])")
#: More rooms than this share a day over more than one page, so that type stays large.
ROOMS_PER_PAGE = 4
#: The band along the foot of a poster page (A3 design) or a door sign that holds the phones' join address:
#: a QR code of 30 mm (poster) or 40 mm (sign) scans from a couple of metres; the address is beside it.
JOIN_BAND_A3 = 34 * MM
JOIN_QR_A3 = 30 * MM
SIGN_JOIN_BAND = 46 * MM
SIGN_JOIN_QR = 40 * MM


@dataclass(frozen=True)
class Row:
    """One row of a day's grid: a stretch of time, with the break's label if it is one."""

    start: datetime
    end: datetime
    label: str
    is_break: bool


class Writer:
    """Wraps text into boxes with the shared font book, and remembers what could not be drawn."""

    def __init__(self, canvas: Any, book: FontBook, words: Wording | None = None) -> None:
        self.canvas = canvas
        self.book = book
        #: The fixed words' language (the poster's and signs' headings, breaks, "continued").
        self.w = words or wording("en")
        self.dropped: set[str] = set()

    def line(self, text: str, *, bold: bool = False) -> Line:
        line = self.book.line(text, bold=bold)
        self.dropped.update(line.dropped)
        return line

    def wrap(
        self, text: str, width: float, size: float, *, bold: bool, max_lines: int, break_words: bool = False
    ) -> list[Line] | None:
        """``text`` in lines no wider than ``width`` at ``size``, or None when it needs more than
        ``max_lines`` or, unless ``break_words``, has a word wider than the width."""
        found = self._split(text, width, size, bold=bold, max_lines=max_lines, break_words=break_words)
        return None if found is None else [self.line(part, bold=bold) for part in found]

    def _split(
        self, text: str, width: float, size: float, *, bold: bool, max_lines: int, break_words: bool
    ) -> list[str] | None:
        fits = self._fits
        lines: list[str] = []
        current = ""
        for word in (w for w in _BREAKS.split(" ".join(text.split())) if w):
            trial = current + word
            if not current or fits(trial.rstrip(), width, size, bold):
                current = trial
            else:
                lines.append(current.rstrip())
                current = word
            while not fits(current.rstrip(), width, size, bold) and len(current) > 1:
                if not break_words:
                    return None
                cut = len(current) - 1
                while cut > 1 and not fits(current[:cut], width, size, bold):
                    cut -= 1
                lines.append(current[:cut])
                current = current[cut:]
            if len(lines) > max_lines:
                return None
        if current.strip():
            lines.append(current.rstrip())
        return None if len(lines) > max_lines else lines

    def _fits(self, text: str, width: float, size: float, bold: bool) -> bool:
        return self.book.line(text, bold=bold).width * size <= width

    def fit(
        self,
        text: str,
        width: float,
        height: float,
        *,
        bold: bool,
        largest: float,
        smallest: float,
        max_lines: int,
    ) -> tuple[float, list[Line]]:
        """The largest size from ``largest`` down to ``smallest`` at which ``text`` fits the box; at the
        smallest size long words break and the last line is cut short with “…”."""
        size = largest
        while size >= smallest:
            allowed = max(1, min(max_lines, int(height // (size * 1.15))))
            lines = self.wrap(text, width, size, bold=bold, max_lines=allowed)
            if lines is not None:
                return size, lines
            size -= 2
        size = smallest
        allowed = max(1, min(max_lines, int(height // (size * 1.15))))
        parts = self._split(text, width, size, bold=bold, max_lines=10_000, break_words=True) or []
        kept = parts[:allowed]
        if len(parts) > allowed and kept:
            cut = kept[-1]
            while cut and not self._fits(cut.rstrip() + "…", width, size, bold):
                cut = cut[:-1]
            kept[-1] = cut.rstrip() + "…"
        return size, [self.line(part, bold=bold) for part in kept]

    def draw(
        self, lines: Sequence[Line], x: float, top: float, size: float, colour: tuple[float, ...]
    ) -> float:
        """Draw lines from ``top`` down; returns the y below the last one."""
        self.canvas.setFillColorRGB(*colour)
        y = top
        for line in lines:
            y -= size
            draw_line(self.canvas, line, x, y, size)
            y -= size * 0.15
        return y

    def centred(
        self, text: str, cx: float, y: float, size: float, *, bold: bool, colour: tuple[float, ...]
    ) -> None:
        line = self.line(text, bold=bold)
        self.canvas.setFillColorRGB(*colour)
        draw_line(self.canvas, line, cx - line.width * size / 2, y, size)

    def qr(self, payload: str, x: float, y: float, size: float) -> None:
        code = qr_code(payload)
        module = size / code.modules
        self.canvas.addLiteral(
            f"q 1 1 1 rg {x:.2f} {y:.2f} {size:.2f} {size:.2f} re f 0 0 0 rg "
            f"{module:.4f} 0 0 {-module:.4f} {x:.2f} {y + size:.2f} cm {code.ops} f Q"
        )


def _day_label(day: date, words: Wording) -> str:
    return words.day(day)


def _hm(moment: datetime) -> str:
    """``10:30``; on the night the clocks go back, ``01:30 BST`` and ``01:30 GMT``, which differ."""
    text = f"{moment:%H:%M}"
    if moment.replace(fold=1 - moment.fold).utcoffset() != moment.utcoffset():
        text += f" {moment.tzname()}"
    return text


def _instant(moment: datetime) -> float:
    return moment.astimezone(UTC).timestamp()


def _days(data: CalendarData) -> dict[date, list[CalendarEntry]]:
    days: dict[date, list[CalendarEntry]] = {}
    for entry in data.entries:
        if not entry.cancelled:
            days.setdefault(entry.start.date(), []).append(entry)
    return dict(sorted(days.items()))


def _rows(
    day: date, slots: Sequence[ProgrammeSlot], entries: Sequence[CalendarEntry], words: Wording
) -> list[Row]:
    """The day's slots in time order, plus any session time no slot has (a slot moved after publishing)."""
    rows: dict[tuple[float, float], Row] = {}
    for slot in slots:
        if slot.start.date() == day:
            rows[(_instant(slot.start), _instant(slot.end))] = Row(
                slot.start, slot.end, slot.label or words(slot.kind.capitalize()), slot.kind != "session"
            )
    for entry in entries:
        key = (_instant(entry.start), _instant(entry.end))
        if key not in rows:
            rows[key] = Row(entry.start, entry.end, "", False)
    return [rows[k] for k in sorted(rows)]


def _canvas(buffer: io.BytesIO, size: tuple[float, float], title: str, book: FontBook) -> Any:
    from reportlab.pdfgen.canvas import Canvas

    latin = book.font("latin", bold=False)
    assert latin is not None  # FontBook refuses to exist without it
    canvas = Canvas(buffer, pagesize=size, pageCompression=1, initialFontName=latin.name)
    canvas.setTitle(title)
    canvas.setCreator("govcamp")
    return canvas


def _hosts(entry: CalendarEntry, words: Wording) -> str:
    names = list(entry.hosts)
    if entry.unnamed_hosts:
        names.append(words.ngettext("%(num)s other", "%(num)s others", entry.unnamed_hosts))
    return ", ".join(names)


@dataclass(frozen=True)
class Sheet:
    """A poster sheet and every length on it, scaled from the A3 design."""

    key: str
    width: float
    height: float
    #: Whether a band at the foot of each page carries the phones' join address.
    join: bool = False

    @property
    def scale(self) -> float:
        return self.width / A3_LANDSCAPE[0]

    @property
    def margin(self) -> float:
        return MARGIN * self.scale

    @property
    def time_width(self) -> float:
        return 34 * MM * self.scale

    @property
    def head_height(self) -> float:
        return 30.0 * self.scale

    @property
    def title_min(self) -> float:
        # Scaled up to A1, where titles reach 10 mm capitals; no bigger on A0, so that A0 holds more a page.
        return min(TITLE_MIN_A3 * self.scale, TITLE_MIN_A3 * 2)

    @property
    def title_max(self) -> float:
        return TITLE_MAX_A3 * self.scale

    @property
    def body_top(self) -> float:
        """The top of the first row, below the heading and the room names."""
        return self.height - self.margin - 46 * self.scale - self.head_height - 4 * self.scale

    @property
    def body_bottom(self) -> float:
        """The foot of the last row: above the join band when there is one."""
        return self.margin + (JOIN_BAND_A3 * self.scale if self.join else 0.0)


def get_sheet(key: str) -> Sheet:
    """The sheet called ``key`` (a3, a2, a1, a0); a clear error naming the choices otherwise."""
    try:
        width, height = SHEETS[key.lower()]
    except KeyError:
        raise GovcampError(
            _("There is no poster size called “{key}”; choose one of {value}.").format(
                key=key, value=", ".join(SHEETS)
            )
        ) from None
    return Sheet(key.lower(), width, height)


@dataclass(frozen=True)
class _CellBox:
    """Where a session's text goes in its cell, and what else shares the cell."""

    text_width: float
    title_height: float
    host_size: float
    qr_size: float
    pad: float


def _cell_box(sheet: Sheet, data: CalendarData, entry: CalendarEntry, w: float, h: float) -> _CellBox:
    pad = 6.0 * sheet.scale
    url = notes_url(data.archive_url, entry.session_id) if entry.in_archive else ""
    qr_size = min(h - 2 * pad, 90.0 * sheet.scale, w * 0.22) if url else 0.0
    text_w = w - 2 * pad - (qr_size + pad if url else 0)
    host_size = (
        min(20.0, max(12.0, h * 0.16 / sheet.scale)) * sheet.scale
        if entry.hosts or entry.unnamed_hosts
        else 0.0
    )
    title_h = h - 2 * pad - (host_size * 1.3 if host_size else 0)
    return _CellBox(text_w, title_h, host_size, qr_size, pad)


def _whole_lines(
    out: Writer, text: str, width: float, height: float, size: float, *, break_words: bool = False
) -> list[Line] | None:
    """``text`` wrapped at ``size`` within the box, never cut (None when it does not fit); words are
    broken only with ``break_words``, for a word too wide on its own even at the smallest size."""
    allowed = max(1, int(height // (size * 1.15)))
    return out.wrap(text, width, size, bold=True, max_lines=allowed, break_words=break_words)


def _weights(rows: Sequence[Row]) -> list[float]:
    return [0.3 if r.is_break else 1.0 for r in rows]


def _row_groups(rows: Sequence[Row], count: int) -> list[list[Row]]:
    """``rows`` in ``count`` runs of about equal height, in time order (breaks weigh less)."""
    weights = _weights(rows)
    total = sum(weights)
    groups: list[list[Row]] = [[] for _ in range(count)]
    done = 0.0
    for row, weight in zip(rows, weights, strict=True):
        index = min(count - 1, int(done / total * count + 1e-9)) if total else 0
        groups[index].append(row)
        done += weight
    return [g for g in groups if g]


def _layout_fits(
    out: Writer,
    sheet: Sheet,
    data: CalendarData,
    rooms_per_page: int,
    groups: Sequence[Sequence[Row]],
    cells: dict[tuple[str, tuple[float, float]], CalendarEntry],
) -> bool:
    """Whether every title on these pages wraps at the sheet's smallest title size without being cut."""
    col_w = (sheet.width - 2 * sheet.margin - sheet.time_width) / rooms_per_page
    for group in groups:
        unit = (sheet.body_top - sheet.body_bottom) / max(sum(_weights(group)), 1)
        for row in group:
            if row.is_break:
                continue
            key = (_instant(row.start), _instant(row.end))
            for (_room, when), entry in cells.items():
                if when != key:
                    continue
                box = _cell_box(sheet, data, entry, col_w - 4, unit - 4)
                lines = _whole_lines(out, entry.title, box.text_width, box.title_height, sheet.title_min)
                if lines is None:
                    return False
    return True


def _plan(
    out: Writer,
    sheet: Sheet,
    data: CalendarData,
    room_names: Sequence[str],
    rows: Sequence[Row],
    cells: dict[tuple[str, tuple[float, float]], CalendarEntry],
) -> tuple[int, list[list[Row]]] | None:
    """The fewest pages for one day: how many rooms share a page and how the slots are split; None when
    not even one room and one slot a page lets every title fit whole at the smallest size."""
    most_rooms = max(1, min(ROOMS_PER_PAGE, len(room_names)))
    options = [
        (-(-len(room_names) // per) * parts, -per, parts)
        for per in range(most_rooms, 0, -1)
        for parts in range(1, max(1, len(rows)) + 1)
    ]
    for _pages, minus_per, parts in sorted(options):
        groups = _row_groups(rows, parts)
        if _layout_fits(out, sheet, data, -minus_per, groups, cells):
            return -minus_per, groups
    return None


def poster_pdf(
    data: CalendarData,
    warnings: list[str] | None = None,
    *,
    size: str = DEFAULT_SHEET,
    phones_url: str = "",
    language: str | None = None,
) -> bytes:
    """The grid as a landscape poster on ``size`` (a3, a2, a1, a0), type scaled to the sheet; each day on as
    few pages as keep every title whole at the sheet's smallest title size; a QR code to each session's
    notes when the event has an archive address; with ``phones_url``, the phones' join address (a QR code
    and the address in words) along the foot of every page. The fixed words are in ``language`` (``en``,
    ``cy``, ``cy+en``; default the event's).

    Raises:
        GovcampError: nothing is on the grid, an unknown size, or a join address phones cannot open.
    """
    sheet = get_sheet(size)
    if phones_url:
        phones_url = check_join_url(phones_url)
        sheet = replace(sheet, join=True)
    days = _days(data)
    if not days:
        raise GovcampError(_("There is nothing on the grid to print: place and publish some sessions first."))
    buffer = io.BytesIO()
    book = shared_font_book()
    w = wording(language or data.language)
    canvas = _canvas(buffer, (sheet.width, sheet.height), data.event_name + ": " + w("the grid"), book)
    out = Writer(canvas, book, w)
    version = (
        w("Grid v%(version)s", version=data.published_version)
        if data.published_version
        else w("Working grid (not published)")
    )
    spread = 0
    for day, entries in days.items():
        used = {e.room_id for e in entries}
        room_list = [r for r in data.rooms if r.id in used] or []
        room_names = [r.name for r in room_list]
        for entry in entries:
            if entry.room_id not in {r.id for r in room_list} and entry.room not in room_names:
                room_names.append(entry.room)
        rows = _rows(day, data.slots, entries, w)
        cells = {(e.room, (_instant(e.start), _instant(e.end))): e for e in entries}
        plan = _plan(out, sheet, data, room_names, rows, cells)
        per_page, groups = plan if plan is not None else (1, [[row] for row in rows])
        pages = [room_names[i : i + per_page] for i in range(0, len(room_names), per_page)]
        total = len(pages) * len(groups)
        spread = max(spread, total)
        number = 0
        for names in pages:
            for group in groups:
                number += 1
                part = (
                    " · " + w("page %(number)s of %(total)s", number=number, total=total) if total > 1 else ""
                )
                _poster_page(out, sheet, data, day, names, group, entries, f"{version}{part}")
                if phones_url:
                    _poster_join(out, sheet, phones_url)
                canvas.showPage()
    canvas.save()
    if warnings is not None:
        if out.dropped:
            warnings.append(_dropped_warning(out.dropped))
        if spread > 1:
            bigger = " (A0 holds more on each)" if sheet.key != "a0" else ""
            warnings.append(
                f"The grid takes up to {spread} {sheet.key.upper()} pages a day, so that every title is "
                f"whole and large enough to read across the room{bigger}."
            )
    return buffer.getvalue()


def _poster_page(
    out: Writer,
    sheet: Sheet,
    data: CalendarData,
    day: date,
    room_names: Sequence[str],
    rows: Sequence[Row],
    entries: Sequence[CalendarEntry],
    version: str,
) -> None:
    canvas = out.canvas
    k = sheet.scale
    width, height, margin = sheet.width, sheet.height, sheet.margin
    columns = {name: i for i, name in enumerate(room_names)}
    cells = {(columns[e.room], (_instant(e.start), _instant(e.end))): e for e in entries if e.room in columns}

    top = height - margin
    out.draw([out.line(data.event_name, bold=True)], margin, top, 30 * k, INK)
    canvas.setFillColorRGB(*GREY)
    info = out.line(f"{_day_label(day, out.w)} · {version}")
    # Right of the event's name; smaller when both languages make it long, never over the name.
    name_w = out.line(data.event_name, bold=True).width * 30 * k
    info_size = max(min(20 * k, (width - 2 * margin - name_w - 16 * k) / max(info.width, 0.01)), 9 * k)
    draw_line(canvas, info, width - margin - info.width * info_size, top - 28 * k, info_size)
    grid_top = top - 46 * k
    time_w = sheet.time_width
    col_w = (width - 2 * margin - time_w) / max(1, len(room_names))
    # Room names along the top.
    head_h = sheet.head_height
    for name, i in columns.items():
        x = margin + time_w + i * col_w
        size, lines = out.fit(
            name, col_w - 8 * k, head_h, bold=True, largest=24 * k, smallest=12 * k, max_lines=1
        )
        out.draw(lines, x + 4 * k, grid_top - 2 * k, size, INK)
    weights = _weights(rows)
    body_top = sheet.body_top
    unit = (body_top - sheet.body_bottom) / max(sum(weights), 1)
    y = body_top
    for row, weight in zip(rows, weights, strict=True):
        row_h = unit * weight
        canvas.setFillColorRGB(*INK)
        when = out.line(_hm(row.start), bold=True)
        time_size = min(24 * k, row_h * 0.45, (time_w - 6 * k) / max(when.width, 0.01))
        out.draw([when], margin, y - 4 * k, time_size, INK)
        if row.is_break:
            canvas.setFillColorRGB(*BREAK)
            canvas.rect(margin + time_w, y - row_h + 2, col_w * len(columns) - 4, row_h - 4, stroke=0, fill=1)
            size = min(20.0 * k, row_h * 0.5)
            out.centred(
                # The label is the host's own words: once, whatever the language.
                f"{row.label} " + out.w("until %(time)s", time=_hm(row.end)),
                margin + time_w + col_w * len(columns) / 2,
                y - row_h / 2 - size * 0.35,
                size,
                bold=False,
                colour=GREY,
            )
        for i in columns.values():
            entry = cells.get((i, (_instant(row.start), _instant(row.end))))
            if entry is None or row.is_break:
                continue
            _cell(out, sheet, data, entry, margin + time_w + i * col_w, y, col_w - 4, row_h - 4)
        y -= row_h


def _join_words(
    out: Writer, url: str, x: float, top: float, width: float, height: float, *, size: float
) -> None:
    """What to do, and the address to type, beside the join QR code.

    Each printed language gets its own line (Welsh first), smaller where a language's line would not fit.
    """
    lead = N_("On your phone: the live grid, and star the sessions you want to go to")
    how = N_("Join the venue Wi-Fi, then scan the code or type the address:")
    # Two languages are twice the lines: smaller, so that the address still fits the band whole.
    count = len(out.w.parts)
    needed = count * 1.15 * (1 + 0.8) + 2 * 0.2 + 1.15
    size = min(size, height / needed)
    y = top
    for texts, bold, largest, colour in ((lead, True, size, INK), (how, False, size * 0.8, GREY)):
        lines = [out.line(text, bold=bold) for text in out.w.each(texts)]
        fitted = min(largest, *(width / max(line.width, 0.01) for line in lines))
        y = out.draw(lines, x, y, fitted, colour) - size * 0.2
    shown = shown_join_url(url)
    fitted, lines = out.fit(
        shown, width, max(y - (top - height), size), bold=True, largest=size * 2.4, smallest=size, max_lines=1
    )
    out.draw(lines, x, y, fitted, INK)


def _poster_join(out: Writer, sheet: Sheet, url: str) -> None:
    """The join band along the foot of a poster page: the QR code at the left, the words beside it."""
    k = sheet.scale
    qr = JOIN_QR_A3 * k
    margin = sheet.margin
    out.qr(url, margin, margin, qr)
    x = margin + qr + 10 * k
    _join_words(out, url, x, margin + qr - 2 * k, sheet.width - margin - x, qr, size=18 * k)


def _cell(
    out: Writer,
    sheet: Sheet,
    data: CalendarData,
    entry: CalendarEntry,
    x: float,
    top: float,
    w: float,
    h: float,
) -> None:
    canvas = out.canvas
    canvas.setFillColorRGB(*CELL)
    canvas.rect(x, top - h, w, h, stroke=0, fill=1)
    box = _cell_box(sheet, data, entry, w, h)
    pad = box.pad
    # The largest size at which the title wraps whole; the plan made sure the smallest one does.
    size = sheet.title_max
    lines = _whole_lines(out, entry.title, box.text_width, box.title_height, size)
    while lines is None and size > sheet.title_min:
        size = max(sheet.title_min, size - 2 * sheet.scale)
        lines = _whole_lines(out, entry.title, box.text_width, box.title_height, size)
    if lines is None:  # one word wider than the cell: broken between letters, at the smallest size
        lines = _whole_lines(out, entry.title, box.text_width, box.title_height, size, break_words=True)
    if lines is None:  # even one room and one slot a page is too small: smaller, but still whole
        while lines is None and size > 6:
            size -= 1
            lines = _whole_lines(out, entry.title, box.text_width, box.title_height, size, break_words=True)
        lines = lines or out.wrap(
            entry.title, box.text_width, size, bold=True, max_lines=10_000, break_words=True
        )
    below = out.draw(lines or [], x + pad, top - pad, size, INK)
    hosts = _hosts(entry, out.w)
    if hosts:
        host_size = box.host_size
        _height, host_lines = out.fit(
            hosts,
            box.text_width,
            host_size * 1.2,
            bold=False,
            largest=host_size,
            smallest=host_size,
            max_lines=1,
        )
        out.draw(host_lines, x + pad, min(below, top - h + pad + host_size * 1.3), host_size, GREY)
    if box.qr_size:
        url = notes_url(data.archive_url, entry.session_id)
        out.qr(url, x + w - pad - box.qr_size, top - h + pad, box.qr_size)


def signs_pdf(
    data: CalendarData,
    warnings: list[str] | None = None,
    *,
    phones_url: str = "",
    language: str | None = None,
) -> bytes:
    """An A4 sign per room and day: the room's name, its features and its sessions that day, titles and
    times at least 40 pt; a room whose sessions do not fit one page continues on the next. With
    ``phones_url``, every page ends with the phones' join address (a QR code and the address in words).
    The fixed words are in ``language`` (``en``, ``cy``, ``cy+en``; default the event's).

    Raises:
        GovcampError: the event has no rooms, or a join address phones cannot open.
    """
    if not data.rooms:
        raise GovcampError(_("There are no rooms to make signs for."))
    if phones_url:
        phones_url = check_join_url(phones_url)
    buffer = io.BytesIO()
    book = shared_font_book()
    w = wording(language or data.language)
    canvas = _canvas(buffer, A4_PORTRAIT, data.event_name + ": " + w("door signs"), book)
    out = Writer(canvas, book, w)
    days = _days(data) or {data.start_date or date.today(): []}
    for room in data.rooms:
        for day, entries in days.items():
            held = sorted((e for e in entries if e.room_id == room.id), key=lambda e: _instant(e.start))
            _sign(out, data, room.name, room.features, day, held, phones_url)
    canvas.save()
    if warnings is not None and out.dropped:
        warnings.append(_dropped_warning(out.dropped))
    return buffer.getvalue()


def _sign_header(out: Writer, name: str, features: Sequence[str], day: date, *, continued: bool) -> float:
    """The room's name (smaller on a continuation page), features and day; returns the y below the rule."""
    canvas = out.canvas
    width, height = A4_PORTRAIT
    inner = width - 2 * MARGIN
    largest, room_h = (80, 170) if not continued else (40, 60)
    label = name if not continued else name + " (" + out.w("continued") + ")"
    size, lines = out.fit(label, inner, room_h, bold=True, largest=largest, smallest=28, max_lines=2)
    y = out.draw(lines, MARGIN, height - MARGIN, size, INK)
    if features and not continued:
        text = " · ".join(out.w(feature_label(f)) for f in features)
        fsize, flines = out.fit(text, inner, 60, bold=False, largest=24, smallest=14, max_lines=2)
        y = out.draw(flines, MARGIN, y - 4, fsize, GREY)
    y = out.draw([out.line(_day_label(day, out.w))], MARGIN, y - 10, 20, GREY)
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(2)
    canvas.line(MARGIN, y - 6, width - MARGIN, y - 6)
    return y - 18


def _sign_footer(out: Writer, data: CalendarData, phones_url: str = "") -> None:
    foot = out.line(f"{data.event_name} · {data.venue}" if data.venue else data.event_name)
    out.canvas.setFillColorRGB(*GREY)
    draw_line(out.canvas, foot, MARGIN, MARGIN / 2, 11)
    if phones_url:
        bottom = MARGIN + (SIGN_JOIN_BAND - SIGN_JOIN_QR) / 2
        out.qr(phones_url, MARGIN, bottom, SIGN_JOIN_QR)
        x = MARGIN + SIGN_JOIN_QR + 8
        inner = A4_PORTRAIT[0] - MARGIN - x
        _join_words(out, phones_url, x, bottom + SIGN_JOIN_QR - 2, inner, SIGN_JOIN_QR, size=11)


@dataclass(frozen=True)
class _SignBlock:
    entry: CalendarEntry
    when: Line
    lines: list[Line]
    hosts: list[Line]
    height: float


def _sign_blocks(out: Writer, held: Sequence[CalendarEntry], size: float, inner: float) -> list[_SignBlock]:
    host_size = size * 0.55
    blocks = []
    for entry in held:
        lines = out.wrap(entry.title, inner, size, bold=True, max_lines=10_000) or (
            out.wrap(entry.title, inner, size, bold=True, max_lines=10_000, break_words=True) or []
        )
        hosts = _hosts(entry, out.w)
        host_lines = (
            out.wrap(hosts, inner, host_size, bold=False, max_lines=10_000, break_words=True) or []
            if hosts
            else []
        )
        height = size * 1.15 + len(lines) * size * 1.15 + len(host_lines) * host_size * 1.15 + size * 0.5
        blocks.append(
            _SignBlock(
                entry, out.line(f"{_hm(entry.start)}–{_hm(entry.end)}", bold=True), lines, host_lines, height
            )
        )
    return blocks


def _sign(
    out: Writer,
    data: CalendarData,
    name: str,
    features: Sequence[str],
    day: date,
    held: Sequence[CalendarEntry],
    phones_url: str = "",
) -> None:
    """One room's sign for one day, over as many pages as its sessions need at 40 pt or more."""
    canvas = out.canvas
    inner = A4_PORTRAIT[0] - 2 * MARGIN
    bottom = MARGIN + (SIGN_JOIN_BAND if phones_url else 0.0)
    y = _sign_header(out, name, features, day, continued=False)
    if not held:
        out.draw(
            out.wrap(out.w("No sessions in this room today."), inner, 22, bold=False, max_lines=4) or [],
            MARGIN,
            y,
            22,
            GREY,
        )
        _sign_footer(out, data, phones_url)
        canvas.showPage()
        return
    # The largest size, from 52 pt down to 40, at which the day fits the first page; below that, more pages.
    size = SIGN_TEXT_MAX
    blocks = _sign_blocks(out, held, size, inner)
    while size > SIGN_TEXT_MIN and sum(b.height for b in blocks) > y - bottom:
        size -= 2
        blocks = _sign_blocks(out, held, size, inner)
    host_size = size * 0.55
    on_page = 0
    for block in blocks:
        # A session that does not fit goes over the page (one taller than a page is drawn where it starts).
        if y - block.height < bottom and on_page:
            _sign_footer(out, data, phones_url)
            canvas.showPage()
            y = _sign_header(out, name, features, day, continued=True)
            on_page = 0
        on_page += 1
        below = out.draw([block.when], MARGIN, y, size, GREY)
        below = out.draw(block.lines, MARGIN, below, size, INK)
        out.draw(block.hosts, MARGIN, below, host_size, GREY)
        y -= block.height
    _sign_footer(out, data, phones_url)
    canvas.showPage()


def _dropped_warning(dropped: set[str]) -> str:
    shown = " ".join(f"{c} (U+{ord(c):04X})" for c in sorted(dropped) if c)
    return f"No installed font has {shown}; left out of the PDF."
