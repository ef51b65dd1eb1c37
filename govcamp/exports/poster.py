"""The printed grid (A3 landscape, one page per day) and the door signs (A4, one page per room and day).

Values in (:class:`CalendarData`: the published grid, cancelled sessions left out), PDF bytes out. Text goes
through the badges' font machinery (:mod:`govcamp.exports.fonts`): every script is drawn with an embedded
font chosen per character, complex scripts shaped by HarfBuzz, and characters no font has (emoji) are left
out and reported rather than drawn as empty boxes.

Sizes are chosen to read from two metres: on the grid a title is never smaller than 16 pt and starts at
40 pt; a sign's room name is up to 80 pt and its session titles start at 30 pt.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from govcamp.domain.enums import feature_label
from govcamp.domain.errors import GovcampError
from govcamp.exports.badges import shared_font_book
from govcamp.exports.calendar import notes_url
from govcamp.exports.fonts import FontBook, Line, draw_line
from govcamp.exports.qr import qr_code
from govcamp.services.calendar import CalendarData, CalendarEntry, ProgrammeSlot

MM = 72 / 25.4
A3_LANDSCAPE = (420 * MM, 297 * MM)
A4_PORTRAIT = (210 * MM, 297 * MM)
MARGIN = 12 * MM
INK = (0.1, 0.1, 0.12)
GREY = (0.35, 0.35, 0.4)
CELL = (0.93, 0.95, 0.98)
BREAK = (0.88, 0.88, 0.88)
_BREAKS = re.compile(r"(?<=[ \-/])")
#: More rooms than this share a day over more than one page, so that type stays large.
ROOMS_PER_PAGE = 4


@dataclass(frozen=True)
class Row:
    """One row of a day's grid: a stretch of time, with the break's label if it is one."""

    start: datetime
    end: datetime
    label: str
    is_break: bool


class Writer:
    """Wraps text into boxes with the shared font book, and remembers what could not be drawn."""

    def __init__(self, canvas: Any, book: FontBook) -> None:
        self.canvas = canvas
        self.book = book
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


def _day_label(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


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


def _rows(day: date, slots: Sequence[ProgrammeSlot], entries: Sequence[CalendarEntry]) -> list[Row]:
    """The day's slots in time order, plus any session time no slot has (a slot moved after publishing)."""
    rows: dict[tuple[float, float], Row] = {}
    for slot in slots:
        if slot.start.date() == day:
            rows[(_instant(slot.start), _instant(slot.end))] = Row(
                slot.start, slot.end, slot.label or slot.kind.capitalize(), slot.kind != "session"
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


def _hosts(entry: CalendarEntry) -> str:
    names = list(entry.hosts)
    if entry.unnamed_hosts:
        names.append(f"{entry.unnamed_hosts} other{'s' if entry.unnamed_hosts > 1 else ''}")
    return ", ".join(names)


def poster_pdf(data: CalendarData, warnings: list[str] | None = None) -> bytes:
    """The grid as an A3 landscape poster, one page per day, a QR code to each session's notes when the
    event has an archive address.

    Raises:
        GovcampError: nothing is on the grid.
    """
    days = _days(data)
    if not days:
        raise GovcampError("There is nothing on the grid to print: place and publish some sessions first.")
    buffer = io.BytesIO()
    book = shared_font_book()
    canvas = _canvas(buffer, A3_LANDSCAPE, f"{data.event_name}: the grid", book)
    out = Writer(canvas, book)
    version = f"Grid v{data.published_version}" if data.published_version else "Working grid (not published)"
    for day, entries in days.items():
        used = {e.room_id for e in entries}
        room_list = [r for r in data.rooms if r.id in used] or []
        room_names = [r.name for r in room_list]
        for entry in entries:
            if entry.room_id not in {r.id for r in room_list} and entry.room not in room_names:
                room_names.append(entry.room)
        rows = _rows(day, data.slots, entries)
        pages = [room_names[i : i + ROOMS_PER_PAGE] for i in range(0, len(room_names), ROOMS_PER_PAGE)]
        for number, names in enumerate(pages, 1):
            part = f" · rooms {number} of {len(pages)}" if len(pages) > 1 else ""
            _poster_page(out, data, day, names, rows, entries, f"{version}{part}")
    canvas.save()
    if warnings is not None and out.dropped:
        warnings.append(_dropped_warning(out.dropped))
    return buffer.getvalue()


def _poster_page(
    out: Writer,
    data: CalendarData,
    day: date,
    room_names: Sequence[str],
    rows: Sequence[Row],
    entries: Sequence[CalendarEntry],
    version: str,
) -> None:
    canvas = out.canvas
    width, height = A3_LANDSCAPE
    columns = {name: i for i, name in enumerate(room_names)}
    cells = {(columns[e.room], (_instant(e.start), _instant(e.end))): e for e in entries if e.room in columns}

    top = height - MARGIN
    out.draw([out.line(data.event_name, bold=True)], MARGIN, top, 30, INK)
    canvas.setFillColorRGB(*GREY)
    info = out.line(f"{_day_label(day)} · {version}")
    draw_line(canvas, info, width - MARGIN - info.width * 20, top - 28, 20)
    grid_top = top - 46
    time_w = 34 * MM
    col_w = (width - 2 * MARGIN - time_w) / max(1, len(room_names))
    # Room names along the top.
    head_h = 30.0
    for name, i in columns.items():
        x = MARGIN + time_w + i * col_w
        size, lines = out.fit(name, col_w - 8, head_h, bold=True, largest=24, smallest=12, max_lines=1)
        out.draw(lines, x + 4, grid_top - 2, size, INK)
    weights = [0.3 if r.is_break else 1.0 for r in rows]
    body_top = grid_top - head_h - 4
    unit = (body_top - MARGIN) / max(sum(weights), 1)
    y = body_top
    for row, weight in zip(rows, weights, strict=True):
        row_h = unit * weight
        canvas.setFillColorRGB(*INK)
        when = out.line(_hm(row.start), bold=True)
        out.draw([when], MARGIN, y - 4, min(24, row_h * 0.45, (time_w - 6) / max(when.width, 0.01)), INK)
        if row.is_break:
            canvas.setFillColorRGB(*BREAK)
            canvas.rect(MARGIN + time_w, y - row_h + 2, col_w * len(columns) - 4, row_h - 4, stroke=0, fill=1)
            size = min(20.0, row_h * 0.5)
            out.centred(
                f"{row.label} until {_hm(row.end)}",
                MARGIN + time_w + col_w * len(columns) / 2,
                y - row_h / 2 - size * 0.35,
                size,
                bold=False,
                colour=GREY,
            )
        for i in columns.values():
            entry = cells.get((i, (_instant(row.start), _instant(row.end))))
            if entry is None or row.is_break:
                continue
            _cell(out, data, entry, MARGIN + time_w + i * col_w, y, col_w - 4, row_h - 4)
        y -= row_h
    canvas.showPage()


def _cell(
    out: Writer, data: CalendarData, entry: CalendarEntry, x: float, top: float, w: float, h: float
) -> None:
    canvas = out.canvas
    canvas.setFillColorRGB(*CELL)
    canvas.rect(x, top - h, w, h, stroke=0, fill=1)
    pad = 6.0
    url = notes_url(data.archive_url, entry.session_id)
    qr_size = min(h - 2 * pad, 90.0, w * 0.22) if url else 0.0
    text_w = w - 2 * pad - (qr_size + pad if url else 0)
    hosts = _hosts(entry)
    host_size = min(20.0, max(12.0, h * 0.16)) if hosts else 0.0
    title_h = h - 2 * pad - (host_size * 1.3 if hosts else 0)
    size, lines = out.fit(entry.title, text_w, title_h, bold=True, largest=40, smallest=16, max_lines=3)
    below = out.draw(lines, x + pad, top - pad, size, INK)
    if hosts:
        _, host_lines = out.fit(
            hosts, text_w, host_size * 1.2, bold=False, largest=host_size, smallest=host_size, max_lines=1
        )
        out.draw(host_lines, x + pad, min(below, top - h + pad + host_size * 1.3), host_size, GREY)
    if url:
        out.qr(url, x + w - pad - qr_size, top - h + pad, qr_size)


def signs_pdf(data: CalendarData, warnings: list[str] | None = None) -> bytes:
    """One A4 page per room and day: the room's name, its features and its sessions that day.

    Raises:
        GovcampError: the event has no rooms.
    """
    if not data.rooms:
        raise GovcampError("There are no rooms to make signs for.")
    buffer = io.BytesIO()
    width, height = A4_PORTRAIT
    book = shared_font_book()
    canvas = _canvas(buffer, A4_PORTRAIT, f"{data.event_name}: door signs", book)
    out = Writer(canvas, book)
    days = _days(data) or {data.start_date or date.today(): []}
    inner = width - 2 * MARGIN
    for room in data.rooms:
        for day, entries in days.items():
            held = sorted((e for e in entries if e.room_id == room.id), key=lambda e: _instant(e.start))
            top = height - MARGIN
            size, lines = out.fit(room.name, inner, 170, bold=True, largest=80, smallest=28, max_lines=2)
            y = out.draw(lines, MARGIN, top, size, INK)
            if room.features:
                features = " · ".join(feature_label(f) for f in room.features)
                fsize, flines = out.fit(features, inner, 60, bold=False, largest=24, smallest=14, max_lines=2)
                y = out.draw(flines, MARGIN, y - 4, fsize, GREY)
            y = out.draw([out.line(_day_label(day))], MARGIN, y - 10, 20, GREY)
            canvas.setStrokeColorRGB(*INK)
            canvas.setLineWidth(2)
            canvas.line(MARGIN, y - 6, width - MARGIN, y - 6)
            y -= 18
            if not held:
                out.draw([out.line("No sessions in this room today.")], MARGIN, y, 22, GREY)
            else:
                _sign_sessions(out, held, y, inner)
            foot = out.line(f"{data.event_name} · {data.venue}" if data.venue else data.event_name)
            canvas.setFillColorRGB(*GREY)
            draw_line(canvas, foot, MARGIN, MARGIN / 2, 11)
            canvas.showPage()
    canvas.save()
    if warnings is not None and out.dropped:
        warnings.append(_dropped_warning(out.dropped))
    return buffer.getvalue()


def _sign_sessions(out: Writer, held: Sequence[CalendarEntry], top: float, inner: float) -> None:
    """The room's sessions, each its time over its title and hosts, as large as the page allows (titles
    from 30 pt down to 14 pt)."""
    title_size = 30
    blocks: list[tuple[CalendarEntry, list[Line], float]] = []
    for title_size in range(30, 13, -2):
        time_size = title_size * 0.7
        host_size = max(12.0, title_size * 0.55)
        blocks = []
        for entry in held:
            lines = (
                out.wrap(entry.title, inner, title_size, bold=True, max_lines=3, break_words=True)
                or (
                    out.fit(
                        entry.title,
                        inner,
                        title_size * 3.5,
                        bold=True,
                        largest=title_size,
                        smallest=title_size,
                        max_lines=3,
                    )[1]
                )
            )
            block = (
                time_size * 1.2
                + len(lines) * title_size * 1.15
                + (host_size * 1.3 if _hosts(entry) else 0)
                + title_size * 0.6
            )
            blocks.append((entry, lines, block))
        if sum(b[2] for b in blocks) <= top - MARGIN * 1.5:
            break
    time_size = title_size * 0.7
    host_size = max(12.0, title_size * 0.55)
    y = top
    for entry, lines, block in blocks:
        when = out.line(f"{_hm(entry.start)}–{_hm(entry.end)}", bold=True)
        below = out.draw([when], MARGIN, y, time_size, GREY)
        below = out.draw(lines, MARGIN, below, title_size, INK)
        hosts = _hosts(entry)
        if hosts:
            _, host_lines = out.fit(
                hosts,
                inner,
                host_size * 1.2,
                bold=False,
                largest=host_size,
                smallest=host_size,
                max_lines=1,
            )
            out.draw(host_lines, MARGIN, below, host_size, GREY)
        y -= block


def _dropped_warning(dropped: set[str]) -> str:
    shown = " ".join(f"{c} (U+{ord(c):04X})" for c in sorted(dropped) if c)
    return f"No installed font has {shown}; left out of the PDF."
