"""``govcamp grid auto`` on a new event with no interest lists: sessions spread over the day (issue 10)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.test_cli_grid import run, sessions


def test_with_no_interest_lists_sessions_spread_over_every_slot(
    event_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    f = event_target
    for name, capacity in (("Hall", "100"), ("Room 2", "30"), ("Quiet", "12")):
        assert run(capsys, "rooms", "add", f, "--name", name, "--capacity", capacity)[0] == 0
    for start, end, kind in (
        ("10:00", "10:50", "session"),
        ("11:00", "11:50", "session"),
        ("12:00", "13:00", "lunch"),
        ("13:00", "13:50", "session"),
        ("14:00", "14:50", "session"),
        ("15:00", "15:50", "session"),
    ):
        assert run(capsys, "slots", "add", f, "--start", start, "--end", end, "--kind", kind)[0] == 0
    # Nine pitches, nobody has starred anything yet; hands were counted for some of them.
    for n in range(9):
        demand = ["--demand", str(5 + 3 * n)] if n % 2 else []
        assert (
            run(capsys, "pitches", "add", f, "--title", f"Pitch {n}", "--host", f"Host {n}", *demand)[0] == 0
        )
    code, out, err = run(
        capsys, "grid", "auto", f, "--time-limit", "1", "--now", "2027-03-27T09:00+00:00", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["placed"] == 9
    per_slot = Counter(s["slot"] for s in sessions(capsys, event_target))
    # Five session slots for nine sessions: never more than two at once, and the afternoon is not empty.
    assert len(per_slot) == 5, per_slot
    assert max(per_slot.values()) == 2, per_slot
