"""A shared event on a private server (the cluster ``govcamp host`` starts, on loopback).

Ours, against a plain baseline timed in the same run:

* a check-in round trip: :func:`govcamp.services.checkin.check_in` on the server (find by code, the
  conditional update, the audit entry, the outcome) against the bare minimum in plain psycopg: one indexed
  ``SELECT`` and one ``UPDATE`` committed. Goal (issue 12): ≤ 20 ms on loopback.
* another laptop hears it: from a check-in's commit to :class:`govcamp.store.live.ChangeListener` handing
  over the changed tables (the trigger, NOTIFY, the listener's gathering), against a bare psycopg ``NOTIFY``
  heard by a bare ``LISTEN``. Goal: ≤ 1 s.
* 4 desks × 150 check-ins in parallel (four processes, every person scanned at two desks) on the server,
  against the same run on one SQLite event file on this laptop.
* notes search at the demo's size: PostgreSQL's full-text index (migration 0008) against SQLite's FTS5 in
  the event file, the same queries.
"""

from __future__ import annotations

import os
import queue
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

from benchmarks.common import Figure, median_of


def _codes(url: str, count: int) -> list[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "UPDATE ticket SET state = 'accepted', checked_in_at = NULL, checkin_desk = NULL "
            "FROM person WHERE person.id = ticket.person_id AND ticket.id IN ("
            "  SELECT id FROM ticket WHERE state IN ('accepted', 'checked_in') ORDER BY id LIMIT %s"
            ") RETURNING person.checkin_code",
            (count,),
        ).fetchall()
    return [str(row[0]) for row in rows]


DESKS, PER_DESK = 4, 150
ROOT = Path(__file__).resolve().parent.parent
SEARCHES = ("data", "café", "llan", "open data", "digital inclusion", "cou")


def _reset_file_codes(path: Path, count: int) -> list[str]:
    with sqlite3.connect(path) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM ticket ORDER BY id LIMIT ?", (count,))]
        connection.executemany(
            "UPDATE ticket SET state = 'accepted', checked_in_at = NULL, checkin_desk = NULL WHERE id = ?",
            [(i,) for i in ids],
        )
        rows = connection.execute(
            f"SELECT checkin_code FROM person JOIN ticket ON ticket.person_id = person.id "
            f"WHERE ticket.id IN ({','.join('?' for _ in ids)}) ORDER BY ticket.id",
            ids,
        ).fetchall()
    connection.close()
    return [str(row[0]) for row in rows]


def _four_desks(target: str, codes: list[str], folder: Path) -> float:
    """Wall time from the start signal until all four desks have checked in their 150 codes each."""
    go = folder / f"go-{time.monotonic_ns()}"
    people = len(codes)
    desks = []
    for number in range(DESKS):
        mine = [codes[(number * people // DESKS + index) % people] for index in range(PER_DESK)]
        random.Random(number).shuffle(mine)
        command = [sys.executable, "-m", "benchmarks.desk_worker", target, f"Desk {number + 1}", str(go)]
        desks.append(
            subprocess.Popen(
                [*command, *mine],
                cwd=ROOT, env={**os.environ, "GOVCAMP_HOME": str(folder / "home")},
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
        )  # fmt: skip
    for process in desks:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    go.touch()
    checked = 0
    for process in desks:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        checked += int(out.strip())
    elapsed = time.perf_counter() - started
    assert checked == people, (checked, people)  # everyone once, nobody twice
    return elapsed


def run() -> list[Figure]:
    from govcamp.services.checkin import check_in
    from govcamp.services.demo import write_demo
    from govcamp.services.sharing import share_event
    from govcamp.store.cluster import Cluster, find_bindir
    from govcamp.store.eventfile import EventDB, open_event
    from govcamp.store.live import ChangeListener

    bindir = find_bindir()
    assert bindir is not None, "install Debian's postgresql package"
    with tempfile.TemporaryDirectory() as folder:
        cluster = Cluster(bindir, Path(folder) / "cluster", keep=False)  # durable, as govcamp host runs it
        cluster.start()
        try:
            url = cluster.create_database("govcamp")
            event = Path(folder) / "demo.govcamp"
            write_demo(event)
            share_event(event, url)
            codes = iter(_codes(url, 200))
            with open_event(url) as db:

                def ours() -> float:
                    code = next(codes)
                    started = time.perf_counter()
                    check_in(db, code, desk="Desk 2")
                    return time.perf_counter() - started

                scan = median_of(ours, repeat=25)

                with psycopg.connect(url) as plain:

                    def bare() -> float:
                        code = next(codes)
                        started = time.perf_counter()
                        with plain.transaction():
                            row = plain.execute(
                                "SELECT ticket.id FROM person JOIN ticket ON ticket.person_id = person.id "
                                "WHERE checkin_code = %s",
                                (code,),
                            ).fetchone()
                            assert row is not None
                            plain.execute(
                                "UPDATE ticket SET state = 'checked_in' WHERE id = %s AND state = 'accepted'",
                                (row[0],),
                            )
                        return time.perf_counter() - started

                    baseline_scan = median_of(bare, repeat=25)

                heard: queue.Queue[frozenset[str] | None] = queue.Queue()
                listener = ChangeListener(url, heard.put, own_name="another laptop")
                listener.start()
                assert listener.connected.wait(10)
                try:

                    def news() -> float:
                        code = next(codes)
                        check_in(db, code, desk="Desk 2")
                        committed = time.perf_counter()  # check_in returns after its commit
                        heard.get(timeout=5)
                        return time.perf_counter() - committed

                    latency = median_of(news, repeat=15)
                finally:
                    listener.stop()

            sender = psycopg.connect(url, autocommit=True)
            ear = psycopg.connect(url, autocommit=True)
            with sender, ear:
                ear.execute("LISTEN bench")

                def bare_news() -> float:
                    started = time.perf_counter()
                    sender.execute("NOTIFY bench, 'x'")
                    next(ear.notifies(timeout=5))
                    return time.perf_counter() - started

                baseline_news = median_of(bare_news, repeat=15)

            people = DESKS * PER_DESK // 2
            server_desks = _four_desks(url, _codes(url, people), Path(folder))
            local = Path(folder) / "local.govcamp"
            write_demo(local)
            file_desks = _four_desks(str(local), _reset_file_codes(local, people), Path(folder))

            from govcamp.services.notes import search_notes

            with open_event(url) as server_db, open_event(local) as file_db:

                def search_on(db: EventDB) -> float:
                    started = time.perf_counter()
                    for query in SEARCHES:
                        search_notes(db, query)
                    return time.perf_counter() - started

                server_search = median_of(lambda: search_on(server_db), repeat=15)
                file_search = median_of(lambda: search_on(file_db), repeat=15)
        finally:
            cluster.stop()
    return [
        Figure(
            "shared event: a check-in round trip on the server",
            scan, baseline_scan, "a bare psycopg SELECT + UPDATE", "≤ 0.02 s",
        ),
        Figure(
            "shared event: another laptop hears a check-in",
            latency, baseline_news, "a bare NOTIFY heard by LISTEN", "≤ 1 s",
        ),
        Figure(
            f"shared event: {DESKS} desks × {PER_DESK} check-ins at once on the server",
            server_desks, file_desks, "the same run on one SQLite event file", "report",
        ),
        Figure(
            f"shared event: notes search, {len(SEARCHES)} queries, PostgreSQL full-text",
            server_search, file_search, "SQLite FTS5 in the event file", "report",
        ),
    ]  # fmt: skip
