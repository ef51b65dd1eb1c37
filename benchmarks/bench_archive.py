"""The notes archive: writing it for 300 sessions with notes, and a search in its page.

* Export: ``collect`` + ``write_archive`` for an event of 300 placed sessions, each with about 2 KB of
  notes, against writing the same note text as plain files (one escaped .html and one .md per session).
  Goal (issue 5): at most 2 s.
* Search: one search in the archive's page over the 300-session index, timed in headless Chromium with
  ``performance.now()`` around the page's own search function, against a plain ``Array.filter`` with
  ``toLowerCase().includes()`` over the same strings. Goal: at most 50 ms.
"""

from __future__ import annotations

import html
import random
import shutil
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.common import Figure, median_of

SESSIONS = 300
QUERIES = ["budget", "data sharing", "cafe", "apprentices route", "zzzz nothing", "council"]


def make_event(path: Path) -> None:
    from govcamp.domain.values import EventDetails
    from govcamp.services import demo_data
    from govcamp.services.event import new_event
    from govcamp.store.tables import Note, Person, Placement, Room, SessionHost, Slot
    from govcamp.store.tables import Session as SessionRow

    rng = random.Random(5)
    points = [p for group in demo_data.POINTS_BY_TAG.values() for p in group] + list(demo_data.GENERAL_POINTS)
    tags = list(demo_data.POINTS_BY_TAG)
    zone = ZoneInfo("Europe/London")
    details = EventDetails("Bench Camp", date(2027, 6, 19), date(2027, 6, 20))
    with new_event(path, details) as db, db.session() as session:
        rooms = [Room(name=f"Room {i + 1}", capacity=40, position=i) for i in range(10)]
        session.add_all(rooms)
        start = datetime(2027, 6, 19, 9, 0, tzinfo=zone)
        slots = [
            Slot(start_at=start + timedelta(minutes=50 * i), end_at=start + timedelta(minutes=50 * i + 45))
            for i in range(30)
        ]
        session.add_all(slots)
        people = [
            Person(
                full_name=f"Person {i} Example",
                badge_name=f"Person{i}",
                email=f"p{i}@example.org",
                email_normalised=f"p{i}@example.org",
                consent_named_in_notes=i % 5 != 0,
                checkin_code=f"C{i:05d}",
            )
            for i in range(600)
        ]
        session.add_all(people)
        session.flush()
        for number in range(SESSIONS):
            row = SessionRow(title=f"Session {number}: {rng.choice(points)[:50]}", tags=rng.sample(tags, 2))
            session.add(row)
            session.flush()
            assert row.id is not None
            host = people[number % len(people)]
            session.add(SessionHost(session_id=row.id, person_id=host.id, name=host.badge_name))
            session.add(
                Placement(session_id=row.id, room_id=rooms[number % 10].id, slot_id=slots[number // 10].id)
            )
            lines = [f"# Session {number}", "", f"About {rng.randint(5, 40)} people came.", ""]
            while sum(len(line) for line in lines) < 2000:
                lines.append(f"- {rng.choice(points)}")
            session.add(
                Note(
                    session_id=row.id,
                    body_md="\n".join(lines),
                    note_taker="Sam",
                    attendance=12,
                    links=["https://www.gov.uk/"],
                    actions=[{"text": "Share the slides", "done": True}],
                    revision=1,
                )
            )


def export_seconds(event: Path, out: Path) -> float:
    from govcamp.exports.archive import write_archive
    from govcamp.services.archive import collect
    from govcamp.store.eventfile import open_event

    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    with open_event(event) as db:
        data = collect(db)
    write_archive(data, out)
    return time.perf_counter() - started


def plain_seconds(event: Path, out: Path) -> float:
    import sqlite3

    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    out.mkdir()
    connection = sqlite3.connect(event)
    rows = connection.execute("SELECT session_id, body_md FROM note").fetchall()
    connection.close()
    for session_id, body in rows:
        (out / f"{session_id}.md").write_text(body, encoding="utf-8")
        (out / f"{session_id}.html").write_text(f"<pre>{html.escape(body)}</pre>", encoding="utf-8")
    return time.perf_counter() - started


SEARCH_JS = """
var queries = arguments[0];
var index = window.govcampSearch.index;
function ours() { queries.forEach(function (q) { window.govcampSearch.search(q); }); }
function plain() {
  queries.forEach(function (q) {
    var needle = q.toLowerCase();
    index.docs.filter(function (d) { return (d.t + ' ' + d.x).toLowerCase().includes(needle); });
  });
}
function time(f) {
  f();
  var best = [];
  for (var r = 0; r < 7; r++) { var t0 = performance.now(); f(); best.push(performance.now() - t0); }
  best.sort(function (a, b) { return a - b; });
  return best[3] / queries.length;
}
return [time(ours), time(plain), index.docs.length];
"""


def search_ms(out: Path, folder: Path) -> tuple[float, float, int]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={folder / 'profile'}",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get((out / "search.html").as_uri())
        ours, plain, count = driver.execute_script(SEARCH_JS, QUERIES)
    finally:
        driver.quit()
    return float(ours), float(plain), int(count)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        event = folder / "bench.govcamp"
        make_event(event)
        ours = median_of(lambda: export_seconds(event, folder / "archive"), repeat=3)
        plain = median_of(lambda: plain_seconds(event, folder / "plain"), repeat=3)
        export_seconds(event, folder / "archive")
        figures = [
            Figure(
                name=f"notes archive of {SESSIONS} sessions with notes",
                ours=ours,
                baseline=plain,
                baseline_name="writing the same notes as plain .md and .html files",
                goal="≤ 2 s",
            )
        ]
        if Path("/usr/bin/chromium").exists() and Path("/usr/bin/chromedriver").exists():
            search, filtered, count = search_ms(folder / "archive", folder)
            assert count == SESSIONS
            figures.append(
                Figure(
                    name=(
                        f"a search in the archive page over {count} sessions (Chromium; "
                        f"{search:.2f} ms against {filtered:.2f} ms)"
                    ),
                    ours=search / 1000,
                    baseline=filtered / 1000,
                    baseline_name="a plain Array.filter over the same strings",
                    goal="≤ 0.050 s",
                )
            )
    return figures
