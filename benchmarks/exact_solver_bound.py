"""An exact integer model of a benchmark instance, solved by HiGHS (``scipy.optimize.milp``) for minutes.

``python -m benchmarks.exact_solver_bound NAME SECONDS`` prints the best grid's score the model found and
the lower bound it proved, so the solver's best known score can be set against what is provably reachable.
The model: ``x[s, r, t]`` = session s in room r at slot t (only cells that keep the needs, the unavailable
rooms and the pins), ``m[p, t] ≥ Σ wanted sessions at t − 1`` per person and slot, each session placed at
most once, a cell holds at most one session, a host is in at most one session per slot; cost = overflow +
moved + (demand + 100) for each session left out + Σ m.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix

from govcamp.domain.grid_score import MOVED_PENALTY, UNSCHEDULED_PENALTY
from govcamp.domain.solver import parse_instance

FOLDER = Path(__file__).parent / "instances"


def bound(name: str, seconds: float) -> dict[str, float]:
    instance = parse_instance(json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8")))
    demand = instance.demands()
    pinned = {p.session: p for p in instance.pinned}
    previous = {p.session: p for p in instance.previous}
    taken = {(p.room, p.slot) for p in instance.pinned}
    free = [s for s in instance.sessions if s.id not in pinned]
    constant = 0.0
    for pin in instance.pinned:
        capacity = next(r.capacity for r in instance.rooms if r.id == pin.room)
        constant += max(0, demand[pin.session] - capacity)
        before = previous.get(pin.session)
        constant += MOVED_PENALTY if before and (before.room, before.slot) != (pin.room, pin.slot) else 0
    cells = [
        (i, r.id, t.id)
        for i, s in enumerate(free)
        for r in instance.rooms
        for t in instance.slots
        if s.needs <= r.features and (r.id, t.id) not in instance.unavailable and (r.id, t.id) not in taken
    ]
    people = list(instance.interests)
    slots = [t.id for t in instance.slots]
    n_x, n_m = len(cells), len(people) * len(slots)
    cost = np.zeros(n_x + n_m)
    for k, (i, room, slot) in enumerate(cells):
        s = free[i]
        capacity = next(r.capacity for r in instance.rooms if r.id == room)
        before = previous.get(s.id)
        moved = MOVED_PENALTY if before and (before.room, before.slot) != (room, slot) else 0
        # Placing s saves its left-out cost: cost(x) = overflow + moved − (demand + 100 + moved-if-previous).
        left_out = demand[s.id] + UNSCHEDULED_PENALTY + (MOVED_PENALTY if before else 0)
        cost[k] = max(0, demand[s.id] - capacity) + moved - left_out
    constant += sum(
        demand[s.id] + UNSCHEDULED_PENALTY + (MOVED_PENALTY if s.id in previous else 0) for s in free
    )
    cost[n_x:] = 1.0
    rows: list[tuple[dict[int, float], float, float]] = []
    by_session: dict[int, dict[int, float]] = {}
    by_cell: dict[tuple[str, str], dict[int, float]] = {}
    by_session_slot: dict[tuple[int, str], list[int]] = {}
    for k, (i, room, slot) in enumerate(cells):
        by_session.setdefault(i, {})[k] = 1
        by_cell.setdefault((room, slot), {})[k] = 1
        by_session_slot.setdefault((i, slot), []).append(k)
    rows += [(row, 0, 1) for row in by_session.values()]
    rows += [(row, 0, 1) for row in by_cell.values()]
    sessions = {s.id: s for s in instance.sessions}
    hosts = {h for s in instance.sessions for h in s.hosts}
    for host in hosts:
        for slot in slots:
            busy = sum(1 for p in instance.pinned if p.slot == slot and host in sessions[p.session].hosts)
            row = {
                k: 1.0
                for i, s in enumerate(free)
                if host in s.hosts
                for k in by_session_slot.get((i, slot), [])
            }
            if row:
                rows.append((row, 0, 1 - busy))
    index = {s.id: i for i, s in enumerate(free)}
    for p, person in enumerate(people):
        for t, slot in enumerate(slots):
            fixed = sum(
                1 for name in instance.interests[person] if name in pinned and pinned[name].slot == slot
            )
            row = {
                k: 1.0
                for name in instance.interests[person]
                if name in index
                for k in by_session_slot.get((index[name], slot), [])
            }
            if not row:
                continue
            row[n_x + p * len(slots) + t] = -1.0
            rows.append((row, -np.inf, 1 - fixed))
    matrix = lil_matrix((len(rows), n_x + n_m))
    for j, (row, _, _) in enumerate(rows):
        for k, v in row.items():
            matrix[j, k] = v
    constraints = LinearConstraint(matrix.tocsr(), [lo for _, lo, _ in rows], [hi for _, _, hi in rows])
    integrality = np.concatenate([np.ones(n_x), np.zeros(n_m)])
    upper = np.concatenate([np.ones(n_x), np.full(n_m, np.inf)])
    result = milp(
        cost,
        constraints=constraints,
        integrality=integrality,
        bounds=Bounds(np.zeros(n_x + n_m), upper),
        options={"time_limit": seconds, "disp": False},
    )
    found = float(result.fun) + constant if result.x is not None else float("nan")
    lower = float(getattr(result, "mip_dual_bound", float("nan"))) + constant
    return {
        "best_found": round(found, 3),
        "lower_bound": round(lower, 3),
        "seconds": seconds,
        "status": result.status,
    }


if __name__ == "__main__":
    print(json.dumps({sys.argv[1]: bound(sys.argv[1], float(sys.argv[2]))}), flush=True)
