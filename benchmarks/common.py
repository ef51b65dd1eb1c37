"""What every benchmark shares: timing a command several times and reporting a ratio to a baseline."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure: ours against a plain baseline timed in the same run."""

    name: str
    ours: float
    baseline: float
    baseline_name: str
    goal: str

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else float("inf")

    def line(self) -> str:
        return (
            f"{self.name}: {self.ours:.3f} s, {self.ratio:.2f}× {self.baseline_name} ({self.baseline:.3f} s)"
            f"  — goal: {self.goal}"
        )


def median_seconds(action: Callable[[], object], repeat: int = 5) -> float:
    """The median wall time of ``action`` over ``repeat`` runs, after one warm-up run."""
    action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run_python(args: Sequence[str], env: dict[str, str], timeout: float = 120) -> None:
    """Run ``python ARGS`` to completion, failing loudly if it fails."""
    result = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {result.stderr.strip()}")


def seconds_to_first_line(args: Sequence[str], env: dict[str, str]) -> float:
    """Seconds from starting ``python ARGS`` to its first line of output (then let it finish)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.stdout.read()
    if process.wait(timeout=120) != 0 or not line:
        raise RuntimeError(f"{' '.join(args)} failed")
    return elapsed


def median_of(measure: Callable[[], float], repeat: int = 7) -> float:
    """The median of ``repeat`` measurements, after one warm-up."""
    measure()
    return statistics.median(measure() for _ in range(repeat))
