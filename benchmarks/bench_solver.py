"""The grid solver on the two benchmark instances, against a greedy placement and the best score known.

For each instance (``instances/*.json``, written by ``make_solver_instances``), the solver runs with the
issue's time limit for three seeds; the figures are its median wall time against a plain greedy placement
("biggest demand into the biggest free room that keeps the hard rules") timed in the same run, and its
worst score against the best score known (``instances/best_known.json``, from ``best_known_solver``) and
against the greedy placement's score.

Goals (issue 4): 40 sessions × 8 rooms × 6 slots, 250 people: within 2% of the best known in ≤ 1 s;
100 sessions × 12 rooms × 8 slots, 400 people: within 2% in ≤ 5 s.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import Figure
from govcamp.domain.solver import Instance, Placement, check_hard_rules, parse_instance, score, solve

FOLDER = Path(__file__).parent / "instances"
CASES = {"small-40x8x6": 1.0, "large-100x12x8": 5.0}
SEEDS = (0, 1, 2)


@dataclass(frozen=True)
class ScoreFigure(Figure):
    """A score (people let down, lower is better) rather than seconds."""

    def line(self) -> str:
        return (
            f"{self.name}: {self.ours:.0f}, {self.ratio:.3f}× {self.baseline_name} ({self.baseline:.0f})"
            f"  — goal: {self.goal}"
        )


def greedy(instance: Instance) -> list[Placement]:
    """Biggest demand first, each into the biggest free room (earliest slot) that keeps the hard rules."""
    demand = instance.demands()
    placements = list(instance.pinned)
    taken = {(p.room, p.slot) for p in placements}
    sessions = {s.id: s for s in instance.sessions}
    busy = {(h, p.slot) for p in placements for h in sessions[p.session].hosts}
    pinned = {p.session for p in placements}
    rooms = sorted(instance.rooms, key=lambda r: -r.capacity)
    for session in sorted(instance.sessions, key=lambda s: -demand[s.id]):
        if session.id in pinned:
            continue
        for room in rooms:
            if not session.needs <= room.features:
                continue
            slot = next(
                (
                    t.id
                    for t in instance.slots
                    if (room.id, t.id) not in taken
                    and (room.id, t.id) not in instance.unavailable
                    and not any((h, t.id) in busy for h in session.hosts)
                ),
                None,
            )
            if slot is not None:
                placements.append(Placement(session.id, room.id, slot))
                taken.add((room.id, slot))
                busy.update((h, slot) for h in session.hosts)
                break
    return placements


def run() -> list[Figure]:
    best_known = json.loads((FOLDER / "best_known.json").read_text(encoding="utf-8"))
    figures: list[Figure] = []
    for name, limit in CASES.items():
        instance = parse_instance(json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8")))
        started = time.perf_counter()
        plain = greedy(instance)
        greedy_seconds = time.perf_counter() - started
        assert not check_hard_rules(instance, plain)
        greedy_score = score(instance, plain).total
        walls, cpus, totals = [], [], []
        for seed in SEEDS:
            cpu = time.process_time()
            grid = solve(instance, time_limit=limit, seed=seed)
            cpus.append(time.process_time() - cpu)
            walls.append(grid.seconds)
            assert not check_hard_rules(instance, grid.placements)
            assert grid.score == score(instance, grid.placements)
            totals.append(grid.score.total)
        best = best_known[name]["total"]
        figures += [
            Figure(
                name=f"grid solve {name}, median of {len(SEEDS)} seeds (CPU {statistics.median(cpus):.2f} s)",
                ours=statistics.median(walls),
                baseline=greedy_seconds,
                baseline_name="greedy biggest-demand-first placement",
                goal=f"≤ {limit:g} s",
            ),
            ScoreFigure(
                name=f"grid solve {name}, worst score of {len(SEEDS)} seeds {sorted(totals)}",
                ours=max(totals),
                baseline=best,
                baseline_name="best known",
                goal="≤ 1.02×",
            ),
            ScoreFigure(
                name=f"grid solve {name}, worst score against the greedy placement's",
                ours=max(totals),
                baseline=greedy_score,
                baseline_name="greedy placement",
                goal="well below 1×",
            ),
        ]
    return figures
