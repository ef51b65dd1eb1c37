"""100 SIGKILLs over the harness's scenarios (``tests/sigkill.py``); the figure is the time per kill
(prepare, run, kill, check) against starting a bare Python, so it reads the same on any machine. A kill
that loses data raises, which fails the run."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure, median_seconds, run_python

KILLS = 100


def run() -> list[Figure]:
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    from tests.sigkill import run_kills

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        kills = run_kills(KILLS, Path(folder))
        per_kill = (time.perf_counter() - started) / KILLS
    acknowledged = sum(k.acks for k in kills)
    bare = median_seconds(lambda: run_python(["-c", "pass"], dict(os.environ)), repeat=5)
    return [
        Figure(
            f"SIGKILL harness, {KILLS} kills, {acknowledged} acknowledged changes, none lost",
            per_kill,
            bare,
            "a bare Python start",
            "integrity ok, nothing acknowledged lost, nothing half-imported",
        )
    ]
