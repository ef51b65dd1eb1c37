"""The welcome desk on an event of 20,000 people: scan to result, each keystroke of a name search, and one
badge to the printer queue after the key.

Ours, against a plain baseline timed in the same run:

* scan to result: :func:`govcamp.services.checkin.check_in` (find by code, the conditional update, the audit
  entry, the outcome) against the bare minimum in plain ``sqlite3``: one indexed ``SELECT`` and one ``UPDATE``
  committed on the same file. Goal (issue 11): ≤ 50 ms.
* each keystroke: the slowest key of typing "sian ev" (the first two letters search everyone; each next key
  only the matches before it): the page's work per key, :class:`~govcamp.domain.checkin.SearchIndex` over
  all 20,000 plus the database look-up of the matches shown, against a plain ``casefold()`` substring scan
  of the names alone (no accents folded, no organisations, no ranking). Goal: ≤ 30 ms a keystroke.
* one badge to the printer queue: from the key to the job written: the person's badge read from the event,
  composed and drawn on a real ``QPrinter`` (a PDF file stands in for the CUPS queue, which takes the same PDF
  Qt makes), against a ``QPrinter`` page holding only the name as plain text. Goal: ≤ 0.5 s.

The curve (issue 17): scan to result and the slowest keystroke on events of 2,000, 20,000 and 200,000
people, each against its baseline at the same size, is measured with these functions by
:mod:`benchmarks.scale` (``python -m benchmarks.run scale``).
"""

from __future__ import annotations

import random
import sqlite3
import string
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.common import Figure, median_of, median_seconds

PEOPLE = 20_000
FIRST = ["Siân", "Zoë", "Łukasz", "Noël", "Aoife", "Tomos", "Priya", "Olu", "Mei", "Gethin", "Ana", "Dafydd"]
LAST = ["Evans", "Nowak", "Okafor", "Ní Bhriain", "Jones", "Patel", "Chen", "Hughes", "Gonçalves", "Müller"]
ORGS = ["Cyngor Gwynedd", "Leeds City Council", "GDS", "mySociety", "Kent County Council", "NHS Digital"]


def _event(folder: Path, size: int = PEOPLE) -> tuple[Path, list[str]]:
    from sqlalchemy import insert

    from govcamp.domain.values import EventDetails
    from govcamp.services import lottery
    from govcamp.services.event import new_event
    from govcamp.store.tables import Person, Ticket

    path = folder / "desk.govcamp"
    db = new_event(
        path, EventDetails(name="Big camp", start_date=date(2027, 6, 5), end_date=date(2027, 6, 5))
    )
    lottery.set_rules(db, places=size)
    rng = random.Random(11)
    codes: list[str] = []
    people, tickets = [], []
    for number in range(1, size + 1):
        code = "".join(rng.choices(string.ascii_uppercase + "23456789", k=8)) + f"{number:05d}"
        codes.append(code)
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {number}"
        people.append(
            {
                "id": number,
                "full_name": name,
                "badge_name": name.split()[0],
                "pronouns": "",
                "email": f"p{number}@example.org",
                "email_normalised": f"p{number}@example.org",
                "organisation": rng.choice(ORGS),
                "organisation_type": "other",
                "first_timer": False,
                "role": "attendee",
                "access_needs": "",
                "dietary_needs": "",
                "consent_contact_in_qr": False,
                "consent_named_in_notes": False,
                "checkin_code": code,
                "group_key": None,
            }
        )
        tickets.append({"person_id": number, "state": "accepted"})
    with db.session() as session:
        session.connection().execute(insert(Person), people)
        session.connection().execute(insert(Ticket), tickets)
    db.close()
    return path, codes


def _scan(path: Path, codes: list[str], size: int = PEOPLE) -> Figure:
    from govcamp.services.checkin import check_in
    from govcamp.store.eventfile import open_event

    ours_codes = iter(codes[: len(codes) // 2])
    plain_codes = iter(codes[len(codes) // 2 :])
    with open_event(path) as db:
        ours = median_seconds(
            lambda: check_in(db, f" {next(ours_codes).lower()}\n", desk="Desk 1"), repeat=25
        )
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous = NORMAL")  # as govcamp's engine sets it: a fair baseline

    def plain() -> None:
        code = next(plain_codes)
        (person,) = connection.execute("SELECT id FROM person WHERE checkin_code = ?", (code,)).fetchone()
        connection.execute(
            "UPDATE ticket SET state = 'checked_in', checked_in_at = ? WHERE person_id = ?",
            # A timestamp as SQLAlchemy stores one, so that the page's later reads of these people work.
            (time.strftime("%Y-%m-%d %H:%M:%S.000000"), person),
        )
        connection.commit()

    baseline = median_seconds(plain, repeat=25)
    connection.close()
    return Figure(f"scan to result, {size:,} people", ours, baseline, "a bare SELECT + UPDATE", "≤ 0.050 s")


def _keystrokes(path: Path, size: int = PEOPLE) -> Figure:
    from govcamp.domain.checkin import SearchIndex
    from govcamp.services.checkin import look_up, search_entries
    from govcamp.store.eventfile import open_event

    typed = ["si", "sia", "sian", "sian ", "sian e", "sian ev"]  # the list shows from two letters

    def slowest(step: Callable[[str], object], reset: Callable[[], object]) -> float:
        """The slowest keystroke of typing ``typed`` from an empty input."""
        reset()
        worst = 0.0
        for text in typed:
            started = time.perf_counter()
            step(text)
            worst = max(worst, time.perf_counter() - started)
        return worst

    with open_event(path) as db:
        index = SearchIndex(search_entries(db))

        def ours(text: str) -> None:
            found = index.search(text)
            look_up(db, [e.person_id for e in found])

        ours_time = median_of(lambda: slowest(ours, lambda: index.search("")), repeat=7)
        names = [e.full_name for e in index.entries]

    def plain(text: str) -> None:
        query = text.casefold()
        [name for name in names if query in name.casefold()][:8]

    baseline = median_of(lambda: slowest(plain, lambda: None), repeat=7)
    name = "slowest keystroke of a name search" + ("" if size == PEOPLE else f", {size:,} people")
    return Figure(name, ours_time, baseline, "a plain casefold scan", "≤ 0.030 s" if size <= PEOPLE else "—")


def _print(path: Path, folder: Path) -> Figure:
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from govcamp.exports.layouts import LAYOUTS
    from govcamp.exports.one_badge import one_badge_page
    from govcamp.services.badge_print import one_badge
    from govcamp.store.eventfile import open_event
    from govcamp.ui.badge_printing import print_page, setup_printer

    _app = QApplication.instance() or QApplication([])
    layout = LAYOUTS["avery-l7418"]
    people = iter(range(1, PEOPLE))

    with open_event(path) as db:

        def ours() -> None:
            badge = one_badge(db, next(people))
            page = one_badge_page(badge.badge, event_name=badge.event_name, layout=layout, position=3)
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(folder / "ours.pdf"))
            setup_printer(printer, layout)
            print_page(printer, page, layout)

        ours_time = median_seconds(ours, repeat=7)

    def plain() -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / "plain.pdf"))
        painter = QPainter(printer)
        painter.drawText(200, 200, "Siân Evans")
        painter.end()

    baseline = median_seconds(plain, repeat=7)
    return Figure(
        "one badge to the printer queue", ours_time, baseline, "a QPrinter page of plain text", "≤ 0.5 s"
    )


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="govcamp-bench-desk-") as name:
        folder = Path(name)
        path, codes = _event(folder)
        figures = [_scan(path, codes), _keystrokes(path), _print(path, folder)]
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
