"""The badge command's quick read gives exactly what the full way gives, or steps aside for it."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from govcamp.services.badge_look import quick_badge_batch
from govcamp.services.badges import WHO_CHOICES, badge_batch
from govcamp.services.demo import write_demo
from govcamp.store.eventfile import open_event
from govcamp.store.locks import lock_path
from govcamp.store.tables import Event, Person, SessionHost


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    write_demo(path, applicants=80)
    return path


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.govcamp"
    shutil.copy(demo_path, copy)
    return copy


@pytest.mark.parametrize("who", list(WHO_CHOICES))
def test_every_choice_of_people_reads_as_the_full_way_reads_it(demo: Path, who: str) -> None:
    quick = quick_badge_batch(str(demo), who)
    with open_event(demo) as db:
        full = badge_batch(db, who)
    assert quick == full  # the same people, in the same order, with the same QR payloads and roles
    assert quick is not None and quick.badges


def test_contact_cards_off_hosts_and_a_missing_email_read_the_same(demo: Path) -> None:
    with open_event(demo) as db:
        with db.session() as session:
            event = session.exec(select(Event)).one()
            event.qr_contact_cards = False
            session.add(event)
        full_without = badge_batch(db, "all")
    assert quick_badge_batch(str(demo), "all") == full_without
    assert full_without.contact_cards == 0
    with open_event(demo) as db:
        with db.session() as session:
            event = session.exec(select(Event)).one()
            event.qr_contact_cards = True
            session.add(event)
            people = session.exec(select(Person).order_by(Person.id)).all()  # type: ignore[arg-type]
            for person in people[:5]:
                person.consent_contact_in_qr, person.email, person.role = True, None, "attendee"
                session.add(person)
            host = session.exec(select(SessionHost)).first()
            assert host is not None
            host.person_id = people[0].id  # an attendee who hosts a session shows as a host
            session.add(host)
        full_with = badge_batch(db, "all")
    quick = quick_badge_batch(str(demo), "all")
    assert quick == full_with
    assert quick is not None and quick.contact_cards > 0
    assert {badge.role for badge in quick.badges if badge.person_id == people[0].id} == {"host"}


def test_it_steps_aside_for_what_only_the_full_way_can_do(demo: Path, tmp_path: Path) -> None:
    assert quick_badge_batch(str(demo), "5,2,9") is None  # people named one by one
    assert quick_badge_batch(str(demo), "nobody-in-particular") is None  # the full way says what is wrong
    assert quick_badge_batch("postgresql+psycopg://camp@localhost/camp", "all") is None
    assert quick_badge_batch(str(tmp_path / "missing.govcamp"), "all") is None
    stranger = tmp_path / "stranger.govcamp"
    sqlite3.connect(stranger).execute("CREATE TABLE t (x)").connection.close()
    assert quick_badge_batch(str(stranger), "all") is None
    truncated = tmp_path / "truncated.govcamp"
    truncated.write_bytes(demo.read_bytes()[:50_000])
    assert quick_badge_batch(str(truncated), "all") is None


def test_an_older_event_file_is_left_to_the_full_way_which_migrates_it(demo: Path) -> None:
    connection = sqlite3.connect(demo)
    connection.execute("PRAGMA user_version = 3")
    connection.close()
    before = demo.read_bytes()
    assert quick_badge_batch(str(demo), "all") is None
    assert demo.read_bytes() == before  # the look changed nothing


def test_a_lock_held_on_another_laptop_is_left_to_the_full_way(demo: Path) -> None:
    now = datetime.now(UTC).isoformat()
    lock_path(demo).write_text(
        json.dumps({"host": "another-laptop", "pid": 1, "since": now, "heartbeat": now}), encoding="utf-8"
    )
    assert quick_badge_batch(str(demo), "all") is None


def test_it_reads_without_the_database_stack_and_changes_nothing(demo: Path) -> None:
    before = demo.read_bytes()
    script = (
        "import sys\n"
        "from govcamp.services.badge_look import quick_badge_batch\n"
        f"batch = quick_badge_batch({str(demo)!r}, 'all')\n"
        "assert batch is not None and batch.badges\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'pydantic')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert demo.read_bytes() == before
    assert sorted(p.name for p in demo.parent.iterdir()) == ["demo.govcamp"]  # no -wal, -shm or journal
