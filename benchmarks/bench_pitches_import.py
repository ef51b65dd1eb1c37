"""A 50 MB pitches CSV (25,000 pitches with long descriptions) into an event that already holds 600
people its hosts are matched against, against reading the same file with csv.reader.

Issue 16 found 28 ms a row before the import became one transaction with the people read once; the goal
is that a big file imports in about a millisecond a row.
"""

from __future__ import annotations

import csv
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.common import Figure

ROWS = 25_000
PEOPLE = 600


def run() -> list[Figure]:
    from govcamp.domain.values import EventDetails
    from govcamp.services.applicants import import_applicants
    from govcamp.services.event import new_event
    from govcamp.services.pitches import import_pitches

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        people = base / "people.csv"
        people.write_text(
            "First Name,Last Name,Email\n"
            + "".join(f"Known{i},Person{i},known{i}@example.org\n" for i in range(PEOPLE)),
            encoding="utf-8",
        )
        data = base / "pitches.csv"
        about = "A long description of what the session is about, with room for questions. " * 25
        with data.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["Title", "Host", "Hands", "Description"])
            for i in range(ROWS):
                writer.writerow(
                    [f"Session {i}", f"Known{i % PEOPLE} Person{i % PEOPLE}", i % 40, about[:1900]]
                )
        size = data.stat().st_size
        started = time.perf_counter()
        with data.open(encoding="utf-8", newline="") as handle:
            sum(1 for _ in csv.reader(handle))
        baseline = time.perf_counter() - started
        db = new_event(base / "camp.govcamp", EventDetails("Bench", date(2027, 6, 19), date(2027, 6, 19)))
        try:
            import_applicants(db, people)
            started = time.perf_counter()
            result = import_pitches(db, data)
            ours = time.perf_counter() - started
        finally:
            db.close()
    assert len(result.added) == ROWS
    return [
        Figure(
            f"pitches import, {size / 1e6:.0f} MB, {ROWS:,} rows ({ours / ROWS * 1000:.2f} ms a row)",
            ours,
            baseline,
            "csv.reader over the same file",
            "about 1 ms a row (was 28 ms)",
        )
    ]
