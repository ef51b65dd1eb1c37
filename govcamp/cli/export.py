"""``govcamp export …``: the files people take home. Each kind registers its action here."""

from __future__ import annotations

from typing import Any

from govcamp.cli import archive, badges, calendar, poster, schedule
from govcamp.cli.common import group


def register(sub: Any) -> None:
    """Add ``govcamp export`` and its actions (badges, archive, calendar…), one line per kind."""
    actions = group(sub, "export", "Write badges, calendars, schedules and the notes archive.")
    archive.register(actions)
    badges.register(actions)
    calendar.register(actions)
    schedule.register(actions)
    poster.register(actions)
    del actions  # each export module adds: module.register(actions)
