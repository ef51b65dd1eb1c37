"""The badges of an event file read with the standard library's ``sqlite3``, for the badge command.

``govcamp export badges`` is a whole process that a person waits for, and importing SQLAlchemy, SQLModel and
the tables to open the event the full way is about 0.4 s of it (a quarter of a 1,000-badge run).
:func:`quick_badge_batch` reads the same :class:`~govcamp.services.badges.BadgeBatch` in one query over a
connection that refuses to write (``query_only``: not a byte of the file changes), with the rules of
:func:`~govcamp.services.badges.badge_batch` (a test compares the two on every choice of people).

Like the window's first look (:mod:`govcamp.services.first_look`), it is only a shortcut, never a judgement:
for anything but an up-to-date event file with an event in it — a server URL, people named one by one, an
older file to migrate, a newer or damaged one, a lock held on another computer — it answers ``None`` and the
command opens the event the full way, which does the work or says what is wrong in the usual words. Nothing
here imports SQLAlchemy (a test checks).
"""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

from govcamp.services.badges import (
    _STATES,
    WHO_CHOICES,
    BadgeBatch,
    PersonRow,
    count_cards,
    person_badge,
    sort_by_name,
)
from govcamp.store import locks
from govcamp.store.quick_read import has_current_header, quick_connection

# Everyone with their ticket's state (a person has at most one ticket) and whether they host a session.
_PEOPLE = """
SELECT p.id, p.badge_name, p.pronouns, p.organisation, p.role, p.full_name, coalesce(p.email, ''),
       p.checkin_code, p.preferred_language, p.consent_contact_in_qr,
       EXISTS (SELECT 1 FROM session_host AS h WHERE h.person_id = p.id),
       e.name, e.qr_contact_cards, e.export_language
FROM person AS p
LEFT OUTER JOIN ticket AS t ON t.person_id = p.id
CROSS JOIN event AS e
"""


def quick_badge_batch(target: str, who: str) -> BadgeBatch | None:
    """The badges for ``who`` (a choice such as ``all``) from the event file ``target``; None when the
    full way must decide (see the module's notes): None is not an error.
    """
    choice = who.strip().lower()
    if "://" in target or choice not in WHO_CHOICES:
        return None
    path = Path(target)
    try:
        if not has_current_header(path):
            return None
        holder = locks.live_holder(path)
        if holder is not None and holder.host != socket.gethostname():
            return None  # held on another laptop over a share: the full way refuses, in words
        return _read(path, choice)
    except (OSError, sqlite3.Error, ValueError, KeyError, TypeError):
        # Anything unexpected (a damaged file, a table a newer govcamp changed): the full way decides.
        return None


def _read(path: Path, choice: str) -> BadgeBatch | None:
    with quick_connection(path) as connection:
        if connection is None:
            return None
        states = sorted(_STATES.get(choice, ()))
        where = f"WHERE t.state IN ({', '.join('?' for _ in states)})" if states else ""
        rows = connection.execute(_PEOPLE + where, states).fetchall()
    if not rows:
        return None  # nobody: the full way reads the event's name and says so
    event_name, cards, language = rows[0][11:]
    badges = [
        person_badge(
            PersonRow(
                person_id,
                badge_name,
                pronouns,
                organisation,
                role,
                full_name,
                email,
                code,
                preferred,
                bool(consent),
                bool(hosting),
            ),
            contact_cards=bool(cards),
        )
        for (
            person_id,
            badge_name,
            pronouns,
            organisation,
            role,
            full_name,
            email,
            code,
            preferred,
            consent,
            hosting,
            *_event,
        ) in rows
    ]
    sort_by_name(badges)
    return BadgeBatch(event_name, tuple(badges), count_cards(badges), language)
