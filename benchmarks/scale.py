"""Every curve issue 17 names, measured in one run: ``python -m benchmarks.run scale``.

How each figure grows with the size of the event, each point against its plain baseline timed in the same
run at the same size, printed as one Markdown table the README takes as it is (with the date and the load
average, since the machine may be shared):

* applicants 2,000 / 20,000 / 200,000: the import of a CSV (in the process, and ``govcamp applicants
  import`` as a whole process), a draw with quotas and a cap, a simulation, and the welcome desk (scan to
  result, the slowest keystroke of a name search);
* the grid solver at 40 / 100 / 300 sessions with a fixed number of moves a session (seconds and µs a move);
* ``govcamp export badges`` as a whole process for 1,000 / 5,000 / 20,000 badges.

The measuring itself is the bench modules' own (:mod:`benchmarks.bench_lottery`, ``bench_desk``,
``bench_solver``, ``bench_badges``); this module only chooses the sizes and repeats so that the whole run
stays near ten minutes on a quiet 2-core machine, and writes the table.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import bench_badges, bench_desk, bench_lottery, bench_solver
from benchmarks.common import Figure

APPLICANTS = (2_000, 20_000, 200_000)
SESSIONS = tuple(bench_solver.SCALE)
BADGES = (1_000, 5_000, 20_000)
#: Simulation runs at each size: 100, but 20 over 200,000 people (100 would take minutes on their own).
SIMULATION_RUNS = {2_000: 100, 20_000: 100, 200_000: 20}
#: The straightforward badge process is run up to this many badges; beyond, it is scaled from there.
BADGE_BASELINE_UP_TO = 1_000


@dataclass(frozen=True)
class Row:
    """One line of the table: a figure at one size, whole process and inner loop (either may be absent)."""

    figure: str
    whole: str = "—"
    inner: str = "—"
    goal: str = ""

    def markdown(self) -> str:
        return f"| {self.figure} | {self.whole} | {self.inner} | {self.goal} |"


def seconds(value: float) -> str:
    """Seconds as the README writes them: ms under 10 ms, three decimals under a second, fewer above."""
    if value < 0.01:
        return f"{value * 1e3:.2f} ms"
    if value < 1:
        return f"{value:.3f} s"
    if value < 10:
        return f"{value:.2f} s"
    return f"{value:.0f} s" if value >= 100 else f"{value:.1f} s"


def cell(figure: Figure, per: str = "") -> str:
    """``0.35 s, 29× csv.reader (0.012 s); 17 µs a row``."""
    ratio = f"{figure.ratio:.2g}" if figure.ratio < 1 else f"{figure.ratio:.1f}"
    text = f"{seconds(figure.ours)}, {ratio}× {figure.baseline_name} ({seconds(figure.baseline)})"
    return f"{text}; {per}" if per else text


def _per(value: float, count: int, unit: str) -> str:
    each = value / count
    return f"{each * 1e6:.1f} µs {unit}" if each < 1e-3 else f"{each * 1e3:.2f} ms {unit}"


def _lottery(folder: Path) -> Iterator[Row]:
    for n in APPLICANTS:
        data = folder / f"applicants-{n}.csv"
        bench_lottery.write_csv(data, n)
        ours, reader = bench_lottery.import_seconds(folder, data, rows=n, attempts=3 if n <= 20_000 else 1)
        inner = Figure("import", ours, reader, "csv.reader", "")
        whole_ours, whole_reader = bench_lottery.import_process_seconds(folder, data, rows=n)
        whole = Figure("import", whole_ours, whole_reader, "a Python process running csv.reader", "")
        yield Row(
            f"import of a {n:,}-row CSV of applicants",
            cell(whole, _per(whole_ours, n, "a row")),
            cell(inner, _per(ours, n, "a row")),
            "≤ 2 s at 20,000" if n == 20_000 else "in proportion",
        )
    for n in APPLICANTS:
        ours, sample = bench_lottery.draw_seconds(n)
        yield Row(
            f"a draw over {n:,} applicants, {n // 10:,} places, two quotas and a cap",
            inner=cell(Figure("draw", ours, sample, "random.sample", ""), _per(ours, n, "an applicant")),
            goal="≤ 0.2 s at 20,000" if n == 20_000 else "in proportion",
        )
    for n in APPLICANTS:
        runs = SIMULATION_RUNS[n]
        ours, samples = bench_lottery.simulate_seconds(n, runs)
        yield Row(
            f"a {runs}-run simulation over {n:,} applicants",
            inner=cell(
                Figure("simulation", ours, samples, f"{runs} × random.sample", ""),
                f"{seconds(ours / runs)} a run",
            ),
            goal="in proportion",
        )


def _desk() -> Iterator[Row]:
    for n in APPLICANTS:
        with tempfile.TemporaryDirectory(prefix="govcamp-bench-scale-") as name:
            path, codes = bench_desk._event(Path(name), n)
            scan = bench_desk._scan(path, codes, n)
            key = bench_desk._keystrokes(path, n)
        yield Row(f"desk, {n:,} people: scan to result", inner=cell(scan), goal="≤ 0.05 s")
        yield Row(
            f"desk, {n:,} people: the slowest keystroke of a name search",
            inner=cell(key),
            goal="≤ 0.03 s up to 20,000",
        )


def _solver() -> Iterator[Row]:
    for sessions in SESSIONS:
        point = bench_solver.scale_point(sessions)
        figure = Figure("solve", point.seconds, point.greedy_seconds, "greedy placement", "")
        yield Row(
            f"grid solver, {sessions} sessions × {point.rooms} rooms × {point.slots} slots, "
            f"{point.moves:,} moves",
            inner=cell(figure, f"{point.seconds / point.moves * 1e6:.1f} µs a move; score {point.score}"),
            goal="in proportion to the moves",
        )


def _badges(folder: Path) -> Iterator[Row]:
    per_badge = 0.0
    for count in BADGES:
        measured = count <= BADGE_BASELINE_UP_TO
        timed, plain_timed, _mb = bench_badges._whole_process(
            folder, count, baseline=measured, repeat=3 if count <= 1_000 else 1
        )
        # Processor time, the figure a machine shared with other work leaves steady.
        ours = timed.cpu
        if plain_timed is not None:
            plain = plain_timed.cpu
            per_badge = plain / count
            name = "the straightforward way as a process (CPU)"
        else:
            plain = per_badge * count
            name = f"the straightforward way, scaled from {BADGE_BASELINE_UP_TO:,} (CPU)"
        yield Row(
            f"`govcamp export badges`, {count:,} badges (contact cards on), CPU",
            whole=cell(Figure("badges", ours, plain, name, ""), _per(ours, count, "a badge")),
            goal="≤ 1.5 s at 1,000" if count == 1_000 else "in proportion",
        )


HEADER = "| figure | whole process | inner loop | goal |\n| --- | --- | --- | --- |"


def run(out: Callable[[str], object] = print) -> float:
    """Measure every curve and print the table as it goes; return the seconds the run took."""
    started = time.perf_counter()
    load_before = os.getloadavg()
    when = datetime.now(UTC)
    out(HEADER)
    with tempfile.TemporaryDirectory(prefix="govcamp-bench-scale-") as name:
        folder = Path(name)
        for part in (_lottery(folder), _desk(), _solver(), _badges(folder)):
            for row in part:
                out(row.markdown())
                sys.stdout.flush()
    took = time.perf_counter() - started
    load_after = os.getloadavg()
    out("")
    out(
        f"One run of `python -m benchmarks.run scale`, {when:%-d %B %Y %H:%M} UTC, {took / 60:.1f} minutes; "
        f"load average {_load(load_before)} at the start and {_load(load_after)} at the end "
        f"({os.cpu_count()} cores)."
    )
    return took


def _load(load: tuple[float, float, float]) -> str:
    return " / ".join(f"{value:.1f}" for value in load)
