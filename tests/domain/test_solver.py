"""The grid solver: the contract's score and hard rules, reading instances, and what the search returns."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcamp.domain.errors import ValidationError
from govcamp.domain.solver import (
    Grid,
    Instance,
    Placement,
    Score,
    check_hard_rules,
    grid_to_json,
    instance_to_json,
    parse_instance,
    score,
    solve,
    solve_steps,
)


def slot(ident: str, hour: int) -> dict[str, str]:
    return {
        "id": ident,
        "start": f"2027-01-16T{hour:02d}:00:00+00:00",
        "end": f"2027-01-16T{hour:02d}:50:00+00:00",
    }


def example() -> dict[str, Any]:
    """The spec's example, made whole: a hall, a lab, two slots and three sessions."""
    return {
        "rooms": [
            {"id": "hall", "capacity": 150, "features": ["step_free", "hearing_loop", "screen"]},
            {"id": "lab", "capacity": 20, "features": []},
        ],
        "slots": [slot("s1", 10), slot("s2", 11)],
        "unavailable": [{"room": "hall", "slot": "s2"}],
        "sessions": [
            {
                "id": "p17",
                "title": "Open data in planning",
                "hosts": ["h3", "h9"],
                "demand": 40,
                "needs": ["screen"],
            },
            {"id": "p4", "title": "Bins", "hosts": ["h1"]},
            {"id": "p5", "title": "Libraries", "hosts": ["h7"], "demand": 25},
        ],
        "interests": {"a001": ["p17", "p4"], "a002": ["p4"], "a003": ["p4", "p5", "p17"]},
        "pinned": [{"session": "p4", "room": "lab", "slot": "s2"}],
        "previous": [{"session": "p17", "room": "lab", "slot": "s2"}],
    }


def P(session: str, room: str, slot_: str) -> Placement:
    return Placement(session, room, slot_)


def test_demand_defaults_to_the_people_who_listed_the_session() -> None:
    instance = parse_instance(example())
    assert instance.demands() == {"p17": 40, "p4": 3, "p5": 25}


def test_score_by_hand() -> None:
    instance = parse_instance(example())
    # p17 in the hall at s1 (moved from the lab at s2), p4 pinned in the lab at s2, p5 left out.
    placements = [P("p17", "hall", "s1"), P("p4", "lab", "s2")]
    assert score(instance, placements) == Score(
        total=125 + 10, overflow=0, missed=0, unscheduled=125, moved=10
    )
    # p5 in the lab at s1 with a003 also wanting p17 there: 5 overflow, 1 missed.
    placements.append(P("p5", "lab", "s1"))
    assert score(instance, placements) == Score(total=16, overflow=5, missed=1, unscheduled=0, moved=10)


def test_hard_rules_name_each_breach() -> None:
    data = example()
    data["sessions"][2]["hosts"] = ["h3"]
    instance = parse_instance(data)
    problems = check_hard_rules(
        instance,
        [P("p17", "lab", "s1"), P("p5", "lab", "s1"), P("p4", "hall", "s2")],
    )
    text = "\n".join(problems)
    assert "lab at s1 holds both p17 and p5" in text
    assert "Host h3 is in both p17 and p5 at s1" in text
    assert "p17 needs screen, which lab lacks" in text
    assert "hall at s2, when that room is unavailable" in text
    assert "p4 is pinned to lab at s2 but is not there" in text
    assert check_hard_rules(instance, [P("p17", "hall", "s1"), P("p4", "lab", "s2")]) == []


def test_instance_json_round_trip() -> None:
    instance = parse_instance(example())
    assert parse_instance(instance_to_json(instance)) == instance


def test_solves_the_example_and_keeps_the_pin() -> None:
    instance = parse_instance(example())
    grid = solve(instance, time_limit=10, seed=1)
    assert check_hard_rules(instance, grid.placements) == []
    assert P("p4", "lab", "s2") in grid.placements
    # p17 needs the hall's screen and the hall is closed at s2, so p17 moves from the lab at s2 (10); the lab
    # at s2 is pinned, so p5 goes in the lab at s1 (5 over its 20 seats; a003 wanted both p5 and p17: 1).
    assert grid.score == Score(total=16, overflow=5, missed=1, unscheduled=0, moved=10)
    data = grid_to_json(grid)
    assert data["score"]["total"] == 16 and data["unscheduled"] == []


def test_left_out_sessions_are_listed_when_cells_run_out() -> None:
    data = {
        "rooms": [{"id": "a", "capacity": 30}, {"id": "b", "capacity": 10}],
        "slots": [slot("s1", 10)],
        "sessions": [
            {"id": f"p{i}", "title": f"Pitch {i}", "demand": d} for i, d in enumerate([5, 50, 7, 3])
        ],
    }
    instance = parse_instance(data)
    grid = solve(instance, time_limit=10, seed=0)
    assert sorted(grid.unscheduled) == ["p0", "p3"]  # the two smallest demands go
    assert {p.session: p.room for p in grid.placements} == {"p1": "a", "p2": "b"}
    assert grid.score == score(instance, grid.placements)
    assert grid.score.unscheduled == 5 + 100 + 3 + 100


def test_same_seed_same_grid() -> None:
    instance = parse_instance(random_instance(7, sessions=24, rooms=5, slots=5, people=60))
    one = solve(instance, time_limit=60, seed=3, moves=4000)
    two = solve(instance, time_limit=60, seed=3, moves=4000)
    assert one.placements == two.placements and one.score == two.score


def test_solve_steps_reports_progress_and_returns_the_grid() -> None:
    instance = parse_instance(random_instance(2, sessions=20, rooms=4, slots=6, people=50))
    steps = solve_steps(instance, time_limit=0.5, seed=0)
    seen = []
    while True:
        try:
            seen.append(next(steps))
        except StopIteration as stop:
            grid = stop.value
            break
    assert isinstance(grid, Grid)
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert all(isinstance(message, str) and message for _, _, message in seen)
    assert check_hard_rules(instance, grid.placements) == []


def test_cancel_keeps_the_best_grid_so_far() -> None:
    instance = parse_instance(random_instance(4, sessions=30, rooms=6, slots=6, people=80))
    calls: list[int] = []
    grid = solve(
        instance,
        time_limit=60,
        should_stop=lambda: len(calls) >= 2,
        progress=lambda done, total, message: calls.append(done),
    )
    assert len(calls) == 2
    assert check_hard_rules(instance, grid.placements) == []
    assert len(grid.placements) + len(grid.unscheduled) == 30
    assert grid.score == score(instance, grid.placements)


@pytest.mark.parametrize("seed", [1, 9, 11])
def test_a_late_pitch_moves_at_most_two_printed_sessions(seed: int) -> None:
    data = random_instance(seed, sessions=30, rooms=6, slots=6, people=120)
    before = parse_instance(data)
    printed = solve(before, time_limit=60, seed=0, moves=30_000)
    assert not printed.unscheduled  # 36 cells for 30 sessions: free cells remain
    late = copy.deepcopy(data)
    late["sessions"].append({"id": "late", "title": "A late pitch", "hosts": ["h1"], "demand": 25})
    for person in list(late["interests"])[:25]:
        late["interests"][person].append("late")
    late["previous"] = [{"session": p.session, "room": p.room, "slot": p.slot} for p in printed.placements]
    after_instance = parse_instance(late)
    after = solve(after_instance, time_limit=60, seed=0, moves=30_000)
    assert "late" in {p.session for p in after.placements}
    now = {p.session: (p.room, p.slot) for p in after.placements}
    moved = [p.session for p in printed.placements if now.get(p.session) != (p.room, p.slot)]
    assert len(moved) <= 2, moved
    assert after.score.moved == 10 * len(moved)


def test_a_late_pitch_on_the_benchmark_morning_moves_at_most_two_printed_sessions() -> None:
    """40 sessions in 8 rooms × 6 slots with 250 people's interests; the printed grid leaves free cells."""
    from pathlib import Path

    path = Path(__file__).parents[2] / "benchmarks" / "instances" / "small-40x8x6.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    printed = solve(parse_instance(data), time_limit=60, seed=0, moves=30_000)
    data["sessions"].append({"id": "late", "title": "Late: the council's new website", "hosts": ["a007"]})
    for person in list(data["interests"])[::8]:  # about 30 people star it
        data["interests"][person].append("late")
    data["previous"] = [{"session": p.session, "room": p.room, "slot": p.slot} for p in printed.placements]
    after = solve(parse_instance(data), time_limit=60, seed=0, moves=30_000)
    now = {p.session: (p.room, p.slot) for p in after.placements}
    assert "late" in now
    moved = [p.session for p in printed.placements if now.get(p.session) != (p.room, p.slot)]
    assert len(moved) <= 2, moved


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_seed_lands_within_one_percent_of_the_best_known_on_the_benchmark_morning(seed: int) -> None:
    """40 sessions, 8 rooms × 6 slots, 250 people: half the moves a one-second limit plans, a fixed number
    so that the machine's load cannot change the answer; the best known score is from runs ten times as long.
    """
    from pathlib import Path

    folder = Path(__file__).parents[2] / "benchmarks" / "instances"
    instance = parse_instance(json.loads((folder / "small-40x8x6.json").read_text(encoding="utf-8")))
    best = json.loads((folder / "best_known.json").read_text(encoding="utf-8"))["small-40x8x6"]["total"]
    grid = solve(instance, time_limit=3600, seed=seed, moves=40_000)
    assert not check_hard_rules(instance, grid.placements)
    assert grid.score == score(instance, grid.placements)
    assert grid.score.total <= best * 1.01


# --- random instances ------------------------------------------------------------------------------------


def random_instance(seed: int, *, sessions: int, rooms: int, slots: int, people: int) -> dict[str, Any]:
    import random

    rng = random.Random(seed)
    features = ["screen", "step_free", "hearing_loop"]
    return {
        "rooms": [
            {
                "id": f"r{r}",
                "capacity": rng.randint(5, 60),
                "features": rng.sample(features, rng.randint(0, 3)),
            }
            for r in range(rooms)
        ],
        "slots": [slot(f"s{t}", 8 + t) for t in range(slots)],
        "sessions": [
            {
                "id": f"p{i}",
                "title": f"Pitch {i}",
                "hosts": rng.sample([f"h{h}" for h in range(sessions + 2)], rng.randint(1, 2)),
                "needs": rng.sample(features, rng.choice([0, 0, 0, 1])),
                **({"demand": rng.randint(0, 70)} if rng.random() < 0.5 else {}),
            }
            for i in range(sessions)
        ],
        "interests": {
            f"a{p}": rng.sample([f"p{i}" for i in range(sessions)], rng.randint(1, min(5, sessions)))
            for p in range(people if sessions else 0)
        },
    }


@st.composite
def instances(draw: st.DrawFn) -> dict[str, Any]:
    n_rooms = draw(st.integers(1, 4))
    n_slots = draw(st.integers(1, 4))
    n_sessions = draw(st.integers(0, 14))
    data = random_instance(
        draw(st.integers(0, 10_000)),
        sessions=n_sessions,
        rooms=n_rooms,
        slots=n_slots,
        people=draw(st.integers(0, 12)),
    )
    if not n_sessions:
        data["interests"] = {}
    cells = [(r["id"], s["id"]) for r in data["rooms"] for s in data["slots"]]
    closed = draw(st.lists(st.sampled_from(cells), max_size=3, unique=True))
    data["unavailable"] = [{"room": r, "slot": s} for r, s in closed]
    open_cells = [c for c in cells if c not in closed]
    # A pin or two on open cells, for sessions whose needs the room meets and whose hosts are free.
    pinned: list[dict[str, str]] = []
    busy: set[tuple[str, str]] = set()
    rooms = {r["id"]: set(r["features"]) for r in data["rooms"]}
    for session in data["sessions"][: draw(st.integers(0, 2))]:
        for room, slot_ in open_cells:
            fits = set(session["needs"]) <= rooms[room] and not any(
                (h, slot_) in busy for h in session["hosts"]
            )
            if fits and all((p["room"], p["slot"]) != (room, slot_) for p in pinned):
                pinned.append({"session": session["id"], "room": room, "slot": slot_})
                busy.update((h, slot_) for h in session["hosts"])
                break
    data["pinned"] = pinned
    previous = draw(st.lists(st.sampled_from(cells), max_size=4, unique=True)) if n_sessions else []
    data["previous"] = [
        {"session": data["sessions"][i % n_sessions]["id"], "room": r, "slot": s}
        for i, (r, s) in enumerate(previous)
        if i < n_sessions
    ]
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=instances(), seed=st.integers(0, 3))
def test_any_solved_grid_keeps_the_hard_rules_and_states_its_score_truly(
    data: dict[str, Any], seed: int
) -> None:
    instance: Instance = parse_instance(data)
    grid = solve(instance, time_limit=30, seed=seed, moves=1500)
    assert check_hard_rules(instance, grid.placements) == []
    assert grid.score == score(instance, grid.placements)
    printed = grid_to_json(grid)
    assert printed["score"]["total"] == score(instance, grid.placements).total
    for pin in instance.pinned:
        assert pin in grid.placements
    placed = [p.session for p in grid.placements]
    assert sorted(placed + list(grid.unscheduled)) == sorted(s.id for s in instance.sessions)
    usable = len(instance.rooms) * len(instance.slots) - len(instance.unavailable)
    assert len(grid.unscheduled) >= len(instance.sessions) - usable


def test_the_search_bookkeeping_agrees_with_the_plain_score() -> None:
    from govcamp.domain.solver import _Search

    for seed in range(5):
        data = random_instance(seed, sessions=25, rooms=4, slots=5, people=70)
        data["previous"] = [{"session": f"p{i}", "room": "r0", "slot": f"s{i}"} for i in range(5)]
        instance = parse_instance(data)
        search = _Search(instance, seed)
        for _ in search.steps(3000, deadline=float("inf")):
            pass
        # The cost the search keeps is the contract's score plus its tiny tie-break for sessions in parallel.
        spread = search.spread_cost(search.best)
        assert 0 <= spread < 0.5
        assert search.best_cost == pytest.approx(search.grid(0.0).score.total + spread, abs=1e-9)
        assert search.missed == search._missed_plain()


# --- malformed instances -----------------------------------------------------------------------------------


def _set(path: str, value: object) -> Any:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = data
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        if isinstance(target, list):
            target[int(last)] = value
        elif value is _DELETE:
            del target[last]
        else:
            target[last] = value

    return change


_DELETE = object()

MALFORMED = [
    ("rooms missing", _set("rooms", _DELETE), "rooms"),
    ("rooms not a list", _set("rooms", {"hall": 1}), "rooms"),
    ("room id missing", _set("rooms/1/id", _DELETE), "rooms[1].id"),
    ("room id empty", _set("rooms/1/id", " "), "rooms[1].id"),
    ("negative capacity", _set("rooms/0/capacity", -5), "rooms[0].capacity"),
    ("capacity as text", _set("rooms/0/capacity", "150"), "rooms[0].capacity"),
    ("capacity true", _set("rooms/0/capacity", True), "rooms[0].capacity"),
    ("features not a list", _set("rooms/0/features", "screen"), "rooms[0].features"),
    ("duplicate room", _set("rooms/1/id", "hall"), "rooms[1].id"),
    ("duplicate slot", _set("slots/1/id", "s1"), "slots[1].id"),
    ("duplicate session", _set("sessions/2/id", "p4"), "sessions[2].id"),
    ("slot start not a time", _set("slots/0/start", "ten o'clock"), "slots[0].start"),
    ("slot ends before it starts", _set("slots/0/end", "2027-01-16T09:00:00+00:00"), "slots[0].end"),
    ("session title missing", _set("sessions/0/title", _DELETE), "sessions[0].title"),
    ("demand negative", _set("sessions/1/demand", -1), "sessions[1].demand"),
    ("demand a fraction", _set("sessions/1/demand", 2.5), "sessions[1].demand"),
    ("hosts not text", _set("sessions/0/hosts", [3]), "sessions[0].hosts[0]"),
    ("interests unknown session", _set("interests/a002", ["p99"]), "interests.a002[0]"),
    ("interests not a list", _set("interests/a002", "p4"), "interests.a002"),
    ("unavailable unknown slot", _set("unavailable/0/slot", "s9"), "unavailable[0].slot"),
    ("pinned unknown room", _set("pinned/0/room", "attic"), "pinned[0].room"),
    ("pinned unknown session", _set("pinned/0/session", "p99"), "pinned[0].session"),
    (
        "pinned into an unavailable room",
        _set("pinned/0", {"session": "p4", "room": "hall", "slot": "s2"}),
        "pinned[0]",
    ),
    (
        "pinned where needs are unmet",
        _set("pinned/0", {"session": "p17", "room": "lab", "slot": "s1"}),
        "pinned[0]",
    ),
    ("previous slot missing", _set("previous/0/slot", _DELETE), "previous[0].slot"),
]


@pytest.mark.parametrize(
    ("change", "field"), [(c, f) for _, c, f in MALFORMED], ids=[n for n, _, _ in MALFORMED]
)
def test_a_malformed_instance_names_the_field(change: Any, field: str) -> None:
    data = example()
    change(data)
    with pytest.raises(ValidationError) as caught:
        parse_instance(data)
    assert caught.value.field == field
    message = str(caught.value)
    assert message.startswith(f"{field}: ") and "\n" not in message


def test_an_instance_that_is_not_an_object() -> None:
    with pytest.raises(ValidationError, match=r"^instance: must be an object, not a list$"):
        parse_instance([example()])


def test_an_instance_built_in_code_is_checked_and_tolerated() -> None:
    from dataclasses import replace

    instance = parse_instance(example())
    # A host listed twice (two hosts with one name) is one person, not a clash with themselves.
    doubled = replace(
        instance, sessions=tuple(replace(s, hosts=(*s.hosts, *s.hosts)) for s in instance.sessions)
    )
    grid = solve(doubled, time_limit=5, seed=0)
    assert check_hard_rules(doubled, grid.placements) == []
    assert grid.score.total == 16
    stray = replace(instance, pinned=(P("p4", "attic", "s2"),))
    with pytest.raises(ValidationError, match=r'^pinned\[0\]\.room: unknown room "attic"$'):
        solve(stray, time_limit=1)
    # Someone who starred a session twice still wants it once.
    twice = replace(instance, interests={**instance.interests, "a003": ("p4", "p5", "p17", "p17")})
    grid = solve(twice, time_limit=5, seed=0)
    assert grid.score.total == 16
    unknown = replace(instance, interests={"a009": ("p4", "p99")})
    with pytest.raises(ValidationError, match=r'^interests\.a009\[1\]: unknown session "p99"$'):
        solve(unknown, time_limit=1)


def test_the_specs_own_example_is_accepted_with_history_that_no_longer_fits() -> None:
    # The spec's example names a room "lab" in `previous` that its `rooms` do not list: a printed grid may
    # mention a room since closed, a slot since removed or a session since withdrawn.
    data = {
        "rooms": [{"id": "hall", "capacity": 150, "features": ["step_free", "hearing_loop", "screen"]}],
        "slots": [{"id": "s1", "start": "2027-01-16T10:00:00+00:00", "end": "2027-01-16T10:50:00+00:00"}],
        "unavailable": [{"room": "hall", "slot": "s1"}],
        "sessions": [
            {
                "id": "p17",
                "title": "Open data in planning",
                "hosts": ["h3", "h9"],
                "demand": 40,
                "needs": ["screen"],
            }
        ],
        "interests": {"a001": ["p17"]},
        "previous": [
            {"session": "p17", "room": "lab", "slot": "s2"},
            {"session": "p99", "room": "hall", "slot": "s1"},
        ],
        "generator": "another tool's metadata",
    }
    instance = parse_instance(data)
    grid = solve(instance, time_limit=0.2, seed=1)
    assert grid.placements == ()  # the only cell is unavailable
    assert grid.unscheduled == ("p17",)
    assert grid.score == score(instance, grid.placements)
    assert grid.score.moved == 20 and grid.score.unscheduled == 140


# --- the time limit is a limit (issue 16) ------------------------------------------------------------------


def ten_thousand_sessions() -> Instance:
    import random

    rng = random.Random(16)
    names = [f"p{i}" for i in range(10_000)]
    data = {
        "rooms": [{"id": f"r{r}", "capacity": 10 + 10 * r, "features": []} for r in range(4)],
        "slots": [slot(f"s{t}", 9 + t) for t in range(3)],
        "unavailable": [{"room": "r0", "slot": "s0"}],
        "sessions": [
            {"id": name, "title": name, "hosts": [f"h{i % 7_000}"], "demand": rng.randint(0, 60)}
            for i, name in enumerate(names)
        ],
        "interests": {f"a{p}": rng.sample(names, 5) for p in range(2_000)},
    }
    return parse_instance(data)


def test_ten_thousand_sessions_set_up_quickly_and_fill_every_open_cell() -> None:
    # Before, setting up the search alone took minutes (the left-out sessions were re-summed at every try).
    instance = ten_thousand_sessions()
    # A budget of moves and a limit it never reaches, so the grid does not depend on how busy the machine
    # is; how long the whole command takes at --time-limit 5 is benchmarks/bench_solver.py's to measure.
    grid = solve(instance, time_limit=300.0, seed=0, moves=20_000)
    assert check_hard_rules(instance, grid.placements) == []
    assert len(grid.placements) == 11  # every open cell used
    assert len(grid.unscheduled) == 10_000 - 11
    assert grid.score == score(instance, grid.placements)


def test_a_limit_already_spent_still_returns_a_grid_at_once() -> None:
    import time

    instance = ten_thousand_sessions()
    # The limit counted from a start 30 s ago (a caller's reading of the file, say) is spent: no move is
    # tried and no session placed, but a grid that keeps the rules comes back, everything listed.
    grid = solve(instance, time_limit=5.0, seed=0, started=time.perf_counter() - 30)
    assert grid.placements == ()
    assert len(grid.unscheduled) == 10_000
    assert grid.score == score(instance, grid.placements)
