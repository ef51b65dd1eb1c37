"""Calendars, schedule files and the printed grid, from collected values to bytes.

* a 500-session calendar (.ics) against writing the same events as plain text lines, from values and
  from an event file (collecting the published grid too);
* frab schedule.xml for the same 500 sessions, against the same baseline;
* the A3 grid poster and the A4 door signs for 100 sessions, against drawing the same strings on the same
  pages with reportlab's built-in Helvetica (no shaping, no font chain, no QR codes).

Goals (issue 7): the calendar ≤ 0.5 s; the poster and the signs ≤ 1 s each.
"""

from __future__ import annotations

import io
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.common import Figure, median_seconds
from govcamp.services.calendar import CalendarData, CalendarEntry, ProgrammeRoom, ProgrammeSlot

LONDON = ZoneInfo("Europe/London")
TITLES = (
    "Open data in planning, and why it matters",
    "Cloud costs: who is watching the bill?",
    "Siân's session on Welsh-language services",
    "数字化转型 in a county council",
    "User research with no budget; really none",
)


def programme(sessions: int, rooms: int, *, archive: bool = True) -> CalendarData:
    """``sessions`` sessions spread over ``rooms`` rooms and as many 45-minute slots as they need."""
    room_values = tuple(
        ProgrammeRoom(i + 1, f"Room {i + 1}", ("step_free", "screen") if i % 2 else ()) for i in range(rooms)
    )
    slots_per_day = 6
    entries = []
    slots: dict[datetime, ProgrammeSlot] = {}
    for n in range(sessions):
        slot_index, room_index = divmod(n, rooms)
        day, within = divmod(slot_index, slots_per_day)
        start = datetime(2027, 6, 19, 10, 0, tzinfo=LONDON) + timedelta(days=day, minutes=55 * within)
        end = start + timedelta(minutes=45)
        slots[start] = ProgrammeSlot(start, end, "session", "")
        entries.append(
            CalendarEntry(
                session_id=n + 1,
                uid=f"session-{n + 1}-0123456789abcdef@govcamp",
                title=f"{TITLES[n % len(TITLES)]} ({n + 1})",
                description="A longer description, with commas; semicolons and a\nsecond line. " * 3,
                hosts=("Ada Lovelace", "Bùi Văn Quang"),
                unnamed_hosts=n % 2,
                room_id=room_index + 1,
                room=f"Room {room_index + 1}",
                start=start,
                end=end,
                sequence=n % 3,
                last_modified=datetime(2027, 6, 19, 9, 0, tzinfo=UTC),
                cancelled=False,
                tags=("data",),
            )
        )
    return CalendarData(
        name="Benchmark Camp",
        event_name="Benchmark Camp",
        venue="Town Hall",
        timezone="Europe/London",
        archive_url="https://notes.example.org/camp/" if archive else "",
        entries=tuple(entries),
        generated_at=datetime(2027, 6, 19, 12, 0, tzinfo=UTC),
        published_version=2,
        rooms=room_values,
        slots=tuple(slots.values()),
        start_date=date(2027, 6, 19),
        end_date=date(2027, 6, 19) + timedelta(days=max(0, (sessions // rooms) // slots_per_day)),
    )


def plain_lines(data: CalendarData) -> bytes:
    """The baseline: each event as a few text lines, no escaping, no folding, no zones."""
    out = []
    for e in data.entries:
        out.append(
            f"{e.uid}\n{e.title}\n{e.start.isoformat()}\n{e.end.isoformat()}\n{e.room}\n{e.description}\n"
        )
    return "".join(out).encode()


def plain_pdf(data: CalendarData, pagesize: tuple[float, float], per_page: int) -> bytes:
    """The baseline: the same titles, hosts and times drawn in Helvetica, ``per_page`` to a page."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize, pageCompression=1)
    for i, e in enumerate(data.entries):
        y = pagesize[1] - 60 - (i % per_page) * 60
        canvas.setFont("Helvetica-Bold", 20)
        canvas.drawString(40, y, e.title)
        canvas.setFont("Helvetica", 12)
        canvas.drawString(40, y - 16, f"{e.start:%H:%M} {', '.join(e.hosts)}")
        if i % per_page == per_page - 1:
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def event_file(folder: Path, sessions: int, rooms: int) -> Path:
    """An event file with ``sessions`` placed sessions, two hosts each, and a published grid."""
    from govcamp.domain.values import EventDetails
    from govcamp.services import grid
    from govcamp.services.event import new_event
    from govcamp.store.eventfile import open_event
    from govcamp.store.tables import Placement, Room, SessionHost, Slot
    from govcamp.store.tables import Session as SessionRow

    path = folder / "bench.govcamp"
    per_day = 10
    days = -(-sessions // (rooms * per_day))
    new_event(
        path, EventDetails("Benchmark Camp", date(2027, 6, 19), date(2027, 6, 19) + timedelta(days=days - 1))
    ).close()
    db = open_event(path)
    try:
        with db.session() as session:
            for r in range(rooms):
                session.add(Room(id=r + 1, name=f"Room {r + 1}", capacity=30, position=r))
            for d in range(days):
                for i in range(per_day):
                    start = datetime(2027, 6, 19, 9, 0, tzinfo=LONDON) + timedelta(days=d, minutes=50 * i)
                    session.add(
                        Slot(id=d * per_day + i + 1, start_at=start, end_at=start + timedelta(minutes=45))
                    )
            for n in range(sessions):
                session.add(
                    SessionRow(id=n + 1, title=f"{TITLES[n % len(TITLES)]} ({n + 1})", description="x" * 200)
                )
            session.flush()  # no relationships declared: rows go in parents first
            for n in range(sessions):
                slot, room = divmod(n, rooms)
                session.add(SessionHost(session_id=n + 1, name="Ada Lovelace", position=0))
                session.add(SessionHost(session_id=n + 1, name="Bùi Văn Quang", position=1))
                session.add(Placement(session_id=n + 1, room_id=room + 1, slot_id=slot + 1))
        grid.publish(db, "bench")
    finally:
        db.close()
    return path


def run() -> list[Figure]:
    from govcamp.exports.calendar import calendar_bytes
    from govcamp.exports.poster import A3_LANDSCAPE, A4_PORTRAIT, poster_pdf, signs_pdf
    from govcamp.exports.schedule import frab_xml

    big = programme(500, 8)
    hundred = programme(100, 8)
    baseline = median_seconds(lambda: plain_lines(big))
    figures = [
        Figure(
            name="500-session calendar (.ics)",
            ours=median_seconds(lambda: calendar_bytes(big)),
            baseline=baseline,
            baseline_name="the same events as plain text lines",
            goal="≤ 0.5 s",
        ),
        Figure(
            name="500-session frab schedule.xml",
            ours=median_seconds(lambda: frab_xml(big)),
            baseline=baseline,
            baseline_name="the same events as plain text lines",
            goal="(no goal set)",
        ),
    ]
    with tempfile.TemporaryDirectory() as folder:
        from govcamp.services.calendar import collect
        from govcamp.store.eventfile import open_event

        db = open_event(event_file(Path(folder), 500, 10))
        try:
            figures.append(
                Figure(
                    name="500-session calendar from the event file (collect + write)",
                    ours=median_seconds(lambda: calendar_bytes(collect(db))),
                    baseline=baseline,
                    baseline_name="the same events as plain text lines",
                    goal="≤ 0.5 s",
                )
            )
        finally:
            db.close()
    figures.append(
        Figure(
            name="grid poster for 100 sessions (A3, QR codes)",
            ours=median_seconds(lambda: poster_pdf(hundred)),
            baseline=median_seconds(lambda: plain_pdf(hundred, A3_LANDSCAPE, 32)),
            baseline_name="the same strings in Helvetica on A3",
            goal="≤ 1 s",
        )
    )
    figures.append(
        Figure(
            name="door signs for 100 sessions (A4)",
            ours=median_seconds(lambda: signs_pdf(hundred)),
            baseline=median_seconds(lambda: plain_pdf(hundred, A4_PORTRAIT, 6)),
            baseline_name="the same strings in Helvetica on A4",
            goal="≤ 1 s",
        )
    )
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
