"""Search long for the best grids of the benchmark instances: ``python -m benchmarks.best_known_solver``.

Runs the solver with a far larger move budget than any time limit gives (``MOVES`` per instance) for
several seeds, and records the best score found in ``instances/best_known.json`` (keeping an older, better
figure). Takes a few minutes per instance; the result is committed so ``bench_solver`` can compare with it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from govcamp.domain.solver import check_hard_rules, parse_instance, solve

FOLDER = Path(__file__).parent / "instances"
BEST = FOLDER / "best_known.json"
MOVES = {"small-40x8x6": 400_000, "large-100x12x8": 1_000_000}


def main(seeds: int = 4) -> None:
    known = json.loads(BEST.read_text(encoding="utf-8")) if BEST.exists() else {}
    for name, moves in MOVES.items():
        instance = parse_instance(json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8")))
        for seed in range(seeds):
            started = time.perf_counter()
            grid = solve(instance, time_limit=3600, seed=seed, moves=moves)
            assert not check_hard_rules(instance, grid.placements)
            total = grid.score.total
            print(f"{name} seed {seed}: {total} in {time.perf_counter() - started:.0f} s", flush=True)
            entry = known.get(name)
            if entry is None or total < entry["total"]:
                known[name] = {
                    "total": total,
                    "how": f"govcamp's solver, {moves} moves, seed {seed} (best of long runs over seeds)",
                }
                BEST.write_text(json.dumps(known, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4)
