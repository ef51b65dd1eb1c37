"""``govcamp grid solve INSTANCE.json``: the grid solver on a JSON file (``spec/grid-solve.md``)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from govcamp.cli.common import UsageError, add_force, command


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of seconds") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"the time limit must be more than 0 seconds (got {text})")
    return value


def cmd_solve(args: argparse.Namespace) -> int:
    # The time limit counts from here: importing scipy and reading a big instance are part of what the
    # person waits for (Python's own start, before this, is about a tenth of a second).
    started = time.perf_counter()
    from govcamp.domain.errors import ValidationError
    from govcamp.domain.grid_score import MAX_FILE_BYTES, load_instance_json
    from govcamp.domain.solver import grid_to_json, parse_instance, solve
    from govcamp.exports import outputs

    if args.output is not None:
        outputs.check_output(Path(args.output), force=args.force)
    path = Path(args.instance)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UsageError(
                f"govcamp: {path}: {size / 2**20:,.0f} MB is more than an instance may be "
                f"(at most {MAX_FILE_BYTES // 2**20} MB)"
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"govcamp: {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        raise UsageError(f"govcamp: {path}: cannot be read ({reason})") from None
    try:
        data = load_instance_json(text)
    except ValidationError as exc:
        raise UsageError(f"govcamp: {path}: {exc.message}") from None
    instance = parse_instance(data)
    grid = solve(instance, time_limit=args.time_limit, seed=args.seed, started=started)
    _write(grid_to_json(grid), args.output, force=args.force)
    return 0


def _write(grid: dict[str, Any], output: str | None, *, force: bool = False) -> None:
    from govcamp.exports import outputs

    text = json.dumps(grid, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    try:
        outputs.write_bytes(Path(output), text.encode("utf-8"), force=force)
    except OSError as exc:
        raise UsageError(f"govcamp: {output}: cannot be written ({exc.strerror})") from None


def register_actions(actions: Any) -> None:
    """Add ``govcamp grid solve``."""
    p = command(
        actions, "solve", cmd_solve, "Solve a grid instance from a JSON file and print the grid as JSON."
    )
    p.add_argument("instance", metavar="INSTANCE.json")
    p.add_argument(
        "-o", "--output", metavar="GRID.json", help="write the grid here instead of standard output"
    )
    add_force(p)
    p.add_argument(
        "--time-limit",
        type=_positive_seconds,
        default=5.0,
        metavar="SECONDS",
        help="stop searching after this long (default 5)",
    )
    p.add_argument("--seed", type=int, default=0, help="the random seed (default 0)")
