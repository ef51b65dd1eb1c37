"""Write the grid solver's benchmark instances: ``python -m benchmarks.make_solver_instances``.

A seeded, realistic govcamp morning: a hall and rooms of falling size, most with a screen, some step-free
or with a hearing loop; pitches on local-government topics with one or two hosts (some people pitch twice),
hands counted for most pitches (demand) and left to the interest lists for the rest; popularity that is
skewed, as it is on the day; people who each want a handful of sessions; a room closed for a slot or two;
the opening session pinned in the hall. The files are committed; this script only documents how they
were made (the same seed writes the same files).
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).parent / "instances"

TOPICS = [
    "Open data in planning",
    "Digital inclusion in rural areas",
    "Social care records",
    "AI for casework",
    "Procurement that works for SMEs",
    "Climate action plans",
    "User research on a shoestring",
    "Accessible PDFs (or not)",
    "Council tax reminders that work",
    "Housing repairs online",
    "Bin collection apps",
    "Legacy systems",
    "Agile in a waterfall world",
    "Cyber security for councils",
    "Local Digital Declaration",
    "Data sharing agreements",
    "Service design in adult social care",
    "Parking permits",
    "Libraries as digital hubs",
    "Channel shift",
    "Hybrid meetings",
    "Content design for forms",
    "Community engagement online",
    "Low-code platforms",
    "Digital skills",
    "Chatbots: worth it?",
    "GIS and open maps",
    "Children's services data",
    "Welsh language services",
    "Gaelic and digital",
    "Planning application portals",
    "Smart buildings",
    "Councillor ICT",
    "Resident portals",
    "Performance dashboards",
    "Cloud migration",
    "Identity and login",
    "Burnout in digital teams",
    "Hiring developers in local government",
    "Open source in councils",
]


def _pick_weighted(rng: random.Random, weights: list[float], k: int) -> list[int]:
    chosen: set[int] = set()
    total = sum(weights)
    while len(chosen) < k:
        x = rng.random() * total
        for i, w in enumerate(weights):
            x -= w
            if x <= 0:
                chosen.add(i)
                break
    return sorted(chosen)


def make(n_sessions: int, n_rooms: int, n_slots: int, n_people: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    rooms = []
    seats = n_people * 1.15
    shares = [3.0] + [rng.uniform(0.6, 1.6) for _ in range(n_rooms - 1)]
    for r in range(n_rooms):
        capacity = max(12, round(seats * shares[r] / sum(shares) / 5) * 5)
        features = [
            f for f, p in (("screen", 0.8), ("step_free", 0.75), ("hearing_loop", 0.3)) if rng.random() < p
        ]
        if r == 0:
            features = ["hearing_loop", "screen", "step_free"]
        rooms.append(
            {"id": "hall" if r == 0 else f"room{r}", "capacity": capacity, "features": sorted(features)}
        )
    day = datetime(2027, 1, 16, 10, 0, tzinfo=UTC)
    slots = []
    for t in range(n_slots):
        start = day + timedelta(minutes=60 * t + (45 if t >= n_slots // 2 else 0))
        slots.append(
            {
                "id": f"s{t + 1}",
                "start": start.isoformat(),
                "end": (start + timedelta(minutes=50)).isoformat(),
            }
        )
    people = [f"a{p:03d}" for p in range(1, n_people + 1)]
    popularity = [rng.lognormvariate(0.0, 0.9) for _ in range(n_sessions)]
    interests: dict[str, list[str]] = {}
    for person in people:
        wanted = _pick_weighted(rng, popularity, rng.randint(2, 7))
        interests[person] = [f"p{i + 1}" for i in wanted]
    counted = {f"p{i + 1}": 0 for i in range(n_sessions)}
    for wanted in interests.values():
        for name in wanted:
            counted[name] += 1
    pitchers = rng.sample(people, min(len(people), int(n_sessions * 0.85)))
    sessions = []
    for i in range(n_sessions):
        ident = f"p{i + 1}"
        hosts = [pitchers[i % len(pitchers)]]
        if rng.random() < 0.3:
            hosts.append(rng.choice(people))
        topic = TOPICS[i % len(TOPICS)] + ("" if i < len(TOPICS) else f" ({i // len(TOPICS) + 1})")
        needs = [
            f for f, p in (("screen", 0.35), ("step_free", 0.1), ("hearing_loop", 0.05)) if rng.random() < p
        ]
        item: dict[str, Any] = {"id": ident, "title": topic, "hosts": sorted(set(hosts)), "needs": needs}
        if rng.random() < 0.75:  # hands counted at the pitch: the interest lists, give or take
            item["demand"] = max(1, round(counted[ident] * rng.uniform(0.8, 1.3)))
        sessions.append(item)
    unavailable = [
        {"room": rooms[-1]["id"], "slot": slots[-1]["id"]},
        {"room": rooms[2]["id"], "slot": slots[0]["id"]},
    ]
    pinned = [{"session": "p1", "room": "hall", "slot": "s1"}]
    sessions[0]["needs"] = ["screen"]
    return {
        "rooms": rooms,
        "slots": slots,
        "unavailable": unavailable,
        "sessions": sessions,
        "interests": interests,
        "pinned": pinned,
    }


SIZES = {
    "small-40x8x6": (40, 8, 6, 250, 40),
    "medium-70x10x7": (70, 10, 7, 320, 70),
    "large-100x12x8": (100, 12, 8, 400, 100),
}


def main() -> None:
    FOLDER.mkdir(exist_ok=True)
    for name, (n_sessions, n_rooms, n_slots, n_people, seed) in SIZES.items():
        data = make(n_sessions, n_rooms, n_slots, n_people, seed)
        (FOLDER / f"{name}.json").write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
