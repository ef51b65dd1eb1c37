"""Applicants and the lottery at scale, each against a plain baseline timed in the same run.

Goals (issue 3): import of a 20,000-row CSV ≤ 2 s; a draw with quotas and caps over 20,000 applicants
≤ 0.2 s; a 1,000-run simulation over 2,000 applicants ≤ 5 s; filtering the 20,000-row applicants table
≤ 50 ms per keystroke.

The curve (issue 17) over 2,000, 20,000 and 200,000 applicants is measured with these functions by
:mod:`benchmarks.scale` (``python -m benchmarks.run scale``), with places a tenth of the people.
"""

from __future__ import annotations

import csv
import os
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Figure, median_of, median_seconds, run_python

if TYPE_CHECKING:
    from govcamp.domain.lottery import Applicant, Rules

KINDS = ("Local government", "Central government", "Charity", "Supplier", "Public sector", "Academic")
GIVEN = ("Aisha", "Gareth", "Siobhán", "Kofi", "Zoë", "Wei", "Priya", "Tom", "Agnieszka", "Hamish", "Nia")
FAMILY = ("Khan", "Jones", "Murphy", "Oyelaran", "Smith", "Chen", "Patel", "Evans", "Nowak", "Campbell")


def write_csv(path: Path, rows: int) -> None:
    rng = random.Random(20_000)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["First Name", "Last Name", "Email", "Company", "Sector", "Is this your first govcamp?"]
        )
        for i in range(rows):
            writer.writerow(
                [
                    rng.choice(GIVEN),
                    f"{rng.choice(FAMILY)}-{i}",
                    f"person{i}@example{i % 97}.org",
                    f"Organisation {rng.randrange(rows // 8)}",
                    rng.choice(KINDS),
                    rng.choice(("Yes", "No")),
                ]
            )


def import_seconds(folder: Path, data: Path, rows: int = 20_000, attempts: int = 3) -> tuple[float, float]:
    from govcamp.domain.values import EventDetails
    from govcamp.services.applicants import import_applicants
    from govcamp.services.event import new_event

    ours: list[float] = []
    for attempt in range(attempts):
        db = new_event(
            folder / f"import-{rows}-{attempt}.govcamp",
            EventDetails("Bench", date(2027, 6, 19), date(2027, 6, 19)),
        )
        started = time.perf_counter()
        result = import_applicants(db, data)
        ours.append(time.perf_counter() - started)
        db.close()
        assert result.imported == rows, result.imported

    def baseline() -> None:
        with data.open(encoding="utf-8", newline="") as handle:
            list(csv.reader(handle))

    return statistics.median(ours), median_seconds(baseline)


def import_process_seconds(folder: Path, data: Path, rows: int, attempts: int = 1) -> tuple[float, float]:
    """``govcamp applicants import`` as a whole process into a new event, and a process running csv.reader."""
    from govcamp.domain.values import EventDetails
    from govcamp.services.event import new_event

    env = dict(os.environ)
    ours: list[float] = []
    for attempt in range(attempts):
        event = folder / f"process-{rows}-{attempt}.govcamp"
        new_event(event, EventDetails("Bench", date(2027, 6, 19), date(2027, 6, 19))).close()
        started = time.perf_counter()
        run_python(["-m", "govcamp", "applicants", "import", str(event), str(data)], env, timeout=900)
        ours.append(time.perf_counter() - started)
    reader = "import csv, sys\nwith open(sys.argv[1], encoding='utf-8', newline='') as f: list(csv.reader(f))"

    def baseline() -> float:
        started = time.perf_counter()
        run_python(["-c", reader, str(data)], env)
        return time.perf_counter() - started

    return statistics.median(ours), median_of(baseline, repeat=3)


def _applicants(n: int) -> list[Applicant]:
    from govcamp.domain.lottery import Applicant

    rng = random.Random(n)
    kinds = ["local_government", "central_government", "charity", "supplier", "public_sector"]
    return [
        Applicant(
            id=f"{rng.getrandbits(64):016x}",
            role="organiser" if i < n // 200 else "attendee",
            organisation=f"org{rng.randrange(n // 8)}",
            organisation_type=rng.choice(kinds),
            first_timer=rng.choice(("yes", "no")),
            group=f"g{i // 2}" if i % 100 < 2 else "",
        )
        for i in range(n)
    ]


def _rules(places: int) -> Rules:
    from govcamp.domain.lottery import MinShare, Rules

    return Rules(
        places=places,
        cap_per_organisation=4,
        min_shares=(
            MinShare("organisation_type", "local_government", 0.6),
            MinShare("first_timer", "yes", 0.2),
        ),
    )


def draw_seconds(n: int = 20_000) -> tuple[float, float]:
    from govcamp.domain.lottery import draw

    people = _applicants(n)
    rules = _rules(n // 10)
    seeds = iter(range(10**6))
    ours = median_seconds(lambda: draw(people, rules, str(next(seeds))), repeat=5 if n <= 20_000 else 3)
    rng = random.Random(1)
    baseline = median_seconds(lambda: rng.sample(range(n), n // 10))
    return ours, baseline


def simulate_seconds(n: int, runs: int = 100) -> tuple[float, float]:
    from govcamp.domain.lottery import simulate

    people = _applicants(n)
    rules = _rules(n // 10)
    started = time.perf_counter()
    simulate(people, rules, runs)
    ours = time.perf_counter() - started
    rng = random.Random(2)
    baseline = median_seconds(lambda: [rng.sample(range(n), n // 10) for _ in range(runs)], repeat=1)
    return ours, baseline


def _draw_goal() -> tuple[float, float]:
    from govcamp.domain.lottery import MinShare, Rules, draw

    people = _applicants(20_000)
    rules = Rules(
        places=2_000,
        cap_per_organisation=4,
        min_shares=(
            MinShare("organisation_type", "local_government", 0.6),
            MinShare("first_timer", "yes", 0.2),
        ),
    )
    seeds = iter(range(10**6))
    ours = median_seconds(lambda: draw(people, rules, str(next(seeds))))
    rng = random.Random(1)
    baseline = median_seconds(lambda: rng.sample(range(20_000), 2_000))
    return ours, baseline


def _simulate() -> tuple[float, float]:
    from govcamp.domain.lottery import MinShare, Rules, simulate

    people = _applicants(2_000)
    rules = Rules(
        places=200,
        cap_per_organisation=4,
        min_shares=(
            MinShare("organisation_type", "local_government", 0.6),
            MinShare("first_timer", "yes", 0.2),
        ),
    )
    ours = median_seconds(lambda: simulate(people, rules, 1_000), repeat=1)
    rng = random.Random(2)
    baseline = median_seconds(lambda: [rng.sample(range(2_000), 200) for _ in range(1_000)], repeat=3)
    return ours, baseline


def _filter() -> tuple[float, float]:
    from PySide6.QtCore import QCoreApplication

    from govcamp.services.applicants import ApplicantValue
    from govcamp.ui.applicants_models import ApplicantsFilter, ApplicantsModel

    _app = QCoreApplication.instance() or QCoreApplication([])
    rng = random.Random(3)
    values = [
        ApplicantValue(
            id=i,
            full_name=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}-{i}",
            email=f"person{i}@example{i % 97}.org",
            organisation=f"Organisation {rng.randrange(2500)}",
            organisation_type=rng.choice(("local_government", "charity", "supplier")),
            status=rng.choice(("applied", "drawn", "waitlisted")),
        )
        for i in range(20_000)
    ]
    model = ApplicantsModel()
    model.set_values(values)
    proxy = ApplicantsFilter()
    proxy.setSourceModel(model)
    typed = "siobhán murphy"
    keystrokes = [typed[:n] for n in range(1, len(typed) + 1)]

    def ours() -> None:
        for text in keystrokes:
            proxy.set_search(text)
            proxy.rowCount()
        proxy.set_search("")

    hay = [f"{v.full_name}\n{v.email}\n{v.organisation}".casefold() for v in values]

    def baseline() -> None:
        for text in keystrokes:
            [v for v, h in zip(values, hay, strict=True) if text in h]

    return median_seconds(ours) / len(keystrokes), median_seconds(baseline) / len(keystrokes)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        data = folder / "applicants.csv"
        write_csv(data, 20_000)
        imported, reader = import_seconds(folder, data)
    drawn, sample = _draw_goal()
    simulated, samples = _simulate()
    filtered, comprehension = _filter()
    return [
        Figure("import of a 20,000-row CSV", imported, reader, "csv.reader over the file", "≤ 2 s"),
        Figure("draw over 20,000 applicants with quotas and caps", drawn, sample, "random.sample", "≤ 0.2 s"),
        Figure(
            "1,000-run simulation over 2,000 applicants", simulated, samples, "1,000 × random.sample", "≤ 5 s"
        ),
        Figure(
            "filtering the 20,000-row applicants table, per keystroke",
            filtered,
            comprehension,
            "a list comprehension",
            "≤ 0.05 s",
        ),
    ]


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
