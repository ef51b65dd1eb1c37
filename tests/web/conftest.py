"""A real phone server on loopback over the demo event, for each test that asks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from govcamp.store.eventfile import EventDB, open_event
from govcamp.web.server import PhoneServer
from tests.phones_data import People, make_demo, people
from tests.web.phone import Phone

#: Half past ten on the demo's day: a session slot is running, another comes next.
MORNING = datetime(2027, 6, 19, 10, 30, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    return make_demo(tmp_path)


@pytest.fixture
def server(demo_path: Path) -> Iterator[PhoneServer]:
    phones = PhoneServer(demo_path, listen="127.0.0.1", port=0, clock=lambda: MORNING, poll_seconds=0.2)
    phones.start()
    yield phones
    phones.stop()


@pytest.fixture
def db(demo_path: Path) -> Iterator[EventDB]:
    handle = open_event(demo_path)
    yield handle
    handle.close()


@pytest.fixture
def who(db: EventDB) -> People:
    return people(db)


@pytest.fixture
def phone(server: PhoneServer) -> Phone:
    return Phone(server.url)
