"""Four desks checking in overlapping people on one server at once: nobody twice, nothing lost."""

from __future__ import annotations

import collections
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import psycopg

from govcamp.services.demo import write_demo
from govcamp.services.sharing import share_event

ROOT = Path(__file__).resolve().parent.parent.parent
DESKS = 4
PER_DESK = 150
#: Every person is scanned at two desks.
PEOPLE = DESKS * PER_DESK // 2


def test_four_desks_150_check_ins_each_of_overlapping_people(tmp_path: Path, pg_url: str) -> None:
    event = tmp_path / "camp.govcamp"
    write_demo(event)
    share_event(event, pg_url)
    with psycopg.connect(pg_url) as connection:
        # The demo is mid-morning: most people are in already. Give 300 of them a place not yet used.
        codes = [
            str(row[0])
            for row in connection.execute(
                "UPDATE ticket SET state = 'accepted', checked_in_at = NULL, checkin_desk = NULL "
                "FROM person WHERE person.id = ticket.person_id AND ticket.id IN ("
                "  SELECT id FROM ticket ORDER BY id LIMIT %s"
                ") RETURNING person.checkin_code",
                (PEOPLE,),
            )
        ]
        audited_before = connection.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'ticket.checked_in'"
        ).fetchone()
    assert len(codes) == PEOPLE
    # Desk n takes half the people, starting a quarter further on each time: everyone is scanned at
    # two desks, each desk in its own shuffled order, so the same ticket is claimed at once again and again.
    go = tmp_path / "go"
    desks = []
    for number in range(DESKS):
        mine = [codes[(number * PEOPLE // DESKS + index) % len(codes)] for index in range(PER_DESK)]
        random.Random(number).shuffle(mine)
        desks.append(
            subprocess.Popen(
                [sys.executable, "-m", "tests.race_desk", pg_url, f"Desk {number + 1}", str(go), *mine],
                cwd=ROOT,
                env={**os.environ, "GOVCAMP_HOME": str(tmp_path / "home")},
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    go.touch()
    results: dict[str, dict[str, str]] = {}
    for number, process in enumerate(desks):
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        results[f"Desk {number + 1}"] = json.loads(out)

    winners: dict[str, list[str]] = collections.defaultdict(list)
    for desk, outcome in results.items():
        assert len(outcome) == PER_DESK
        for code, result in outcome.items():
            assert result in ("checked_in", "already"), (desk, code, result)
            if result == "checked_in":
                winners[code].append(desk)
    assert sorted(winners) == sorted(codes)  # nothing lost: every person was checked in…
    assert all(len(desks_) == 1 for desks_ in winners.values())  # …by exactly one desk

    with psycopg.connect(pg_url) as connection:
        stored = dict(
            connection.execute(
                "SELECT checkin_code, checkin_desk FROM person JOIN ticket ON ticket.person_id = person.id "
                "WHERE ticket.state = 'checked_in' AND checkin_code = ANY(%s)",
                (codes,),
            ).fetchall()
        )
        audited = connection.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'ticket.checked_in'"
        ).fetchone()
    assert stored == {code: desks_[0] for code, desks_ in winners.items()}  # the desk that said so
    assert audited is not None and audited_before is not None
    assert audited[0] - audited_before[0] == len(codes)  # one audit line each, none twice
