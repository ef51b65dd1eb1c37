"""Run every benchmark and print its figures: ``python -m benchmarks.run [NAME…]``.

Each ``bench_*.py`` module has ``run() -> list[Figure]``; figures are ratios against a plain baseline
measured in the same run, so they mean something on any machine.

``python -m benchmarks.run scale`` instead measures every curve (applicants, sessions, badges) in one run and
prints them as the README's Markdown table (:mod:`benchmarks.scale`); it is not part of a plain run.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main(names: list[str]) -> int:
    if names == ["scale"]:
        from benchmarks import scale

        scale.run()
        return 0
    folder = Path(__file__).parent
    modules = sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("bench_"))
    chosen = [m for m in modules if not names or m.removeprefix("bench_") in names or m in names]
    if not chosen:
        print(
            f"No benchmark called {' '.join(names)}; there are: {', '.join(modules)} (and scale)",
            file=sys.stderr,
        )
        return 2
    for name in chosen:
        module = importlib.import_module(f"benchmarks.{name}")
        for figure in module.run():
            print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
