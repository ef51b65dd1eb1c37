"""Service tests run on both backends: ``db`` is a new event in a file, then on the PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govcamp.store.eventfile import EventDB, open_event


@pytest.fixture
def db(event_target: str) -> Iterator[EventDB]:
    """A new event, open: in an event file, or on the test server (see ``backend`` in tests/conftest.py)."""
    handle = open_event(event_target)
    yield handle
    handle.close()
