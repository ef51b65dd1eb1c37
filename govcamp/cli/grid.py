"""``govcamp grid …``: the solver, and placing sessions in rooms and slots."""

from __future__ import annotations

from typing import Any

from govcamp.cli import grid_edit, solver
from govcamp.cli.common import group


def register(sub: Any) -> None:
    """Add ``govcamp grid`` and its actions (solve, auto, move, unplace, pin, unpin, publish, versions)."""
    actions = group(sub, "grid", "Solve, edit and publish the session grid.")
    solver.register_actions(actions)
    grid_edit.register_actions(actions)
    del actions  # each grid module adds: module.register_actions(actions)
