"""30 SIGKILLs in CI over CLI edits, imports, the Notes autosave, the archive export and the desk's
check-in: the event file's ``PRAGMA integrity_check`` is ok every time, nothing acknowledged is lost,
nothing is half-imported, nobody is checked in twice, and a person's file in the archive folder survives
(the harness: ``tests/sigkill.py``; 100 kills: ``python -m benchmarks.run sigkill``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sigkill import SCENARIOS, run_kills

KILLS = 30
PER_SCENARIO = KILLS // len(SCENARIOS) + (1 if KILLS % len(SCENARIOS) else 0)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_kills_lose_nothing(name: str, tmp_path: Path) -> None:
    kills = run_kills(PER_SCENARIO, tmp_path, seed=sum(map(ord, name)), names=[name])
    # run_kills raises at the first kill that loses anything; here, say that every kill was made.
    assert [kill.scenario for kill in kills] == [name] * PER_SCENARIO
