"""Row versions: an edit names the version its editor loaded, and a save against an older one is refused.

Sessions, rooms and people carry ``version`` (it rises by one with every change) and ``changed_by`` (the
desk that made the last one; ``updated_at`` says when). Every change to such a row starts with
:func:`claim`: one ``UPDATE … SET version = version + 1 … WHERE id = :id AND version = :seen``. It is the
first write of the action's transaction, so on a server the second of two desks saving at once waits for
the first's row lock and then finds the version moved on; on an event file SQLite's write lock orders them
the same way. A refusal raises :class:`ChangedElsewhereError` and the transaction rolls back whole:
nothing is half-saved.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text, update
from sqlmodel import Session

from govcamp.domain.errors import GovcampError, NotFoundError
from govcamp.domain.words import N_, _
from govcamp.services.event import _event_row
from govcamp.store.tables import Person, Room, utcnow
from govcamp.store.tables import Session as SessionRow

Versioned = type[SessionRow] | type[Room] | type[Person]


_CHANGED = {
    ("was", True, True): N_("{what} was changed on {desk} at {time} — {then}."),
    ("was", True, False): N_("{what} was changed on {desk} — {then}."),
    ("was", False, True): N_("{what} was changed in another window at {time} — {then}."),
    ("was", False, False): N_("{what} was changed in another window — {then}."),
    ("were", True, True): N_("{what} were changed on {desk} at {time} — {then}."),
    ("were", True, False): N_("{what} were changed on {desk} — {then}."),
    ("were", False, True): N_("{what} were changed in another window at {time} — {then}."),
    ("were", False, False): N_("{what} were changed in another window — {then}."),
}


class ChangedElsewhereError(GovcampError):
    """The row was changed (on another desk, or in another window) since its editor loaded it.

    Attributes:
        what: how the row is named in the message (“Open data”).
        desk: the desk that made the change ("" when it did not say).
        at: when, in the event's time zone (``None`` when unknown).
    """

    def __init__(
        self, what: str, desk: str, at: datetime | None, *, noun: str = "was", then: str | None = None
    ) -> None:
        # Whole sentences, so a translator can order them: by "was"/"were", a desk or not, a time or not.
        sentence = _CHANGED["were" if noun == "were" else "was", bool(desk), at is not None]
        words = _(sentence).format(
            what=what, desk=desk, time=f"{at:%H:%M}" if at is not None else "", then=then or _("reloaded")
        )
        super().__init__(words)
        self.what, self.desk, self.at = what, desk, at


def local_time(session: Session, moment: datetime | None) -> datetime | None:
    """``moment`` in the event's time zone, as every time is shown."""
    if moment is None:
        return None
    return moment.astimezone(ZoneInfo(_event_row(session).timezone))


def _name(row: Any) -> str:
    if isinstance(row, Person):
        return f"“{row.full_name}”"
    if isinstance(row, Room):
        return f"“{row.name}”"
    return f"“{row.title}”"


def claim(session: Session, table: Versioned, row_id: int, *, seen: int | None, desk: str) -> int:
    """Move the row to its next version if it is still at ``seen`` (any version when ``None``).

    Call it before reading or writing anything else of the row in the same transaction. Returns the row's
    new version (read while this transaction holds the row, so it is this change's own).

    Raises:
        ChangedElsewhereError: the row is no longer at ``seen``.
        NotFoundError: there is no such row.
    """
    statement = (
        update(table)
        .where(table.id == row_id)  # type: ignore[arg-type]
        .values(version=table.version + 1, changed_by=desk, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if seen is not None:
        statement = statement.where(table.version == seen)  # type: ignore[arg-type]
    result: Any = session.execute(statement)
    if result.rowcount == 1:
        version: Any = session.execute(
            text(f"SELECT version FROM {table.__tablename__} WHERE id = :id"), {"id": row_id}
        )
        return int(version.scalar_one())
    row: Any = session.get(table, row_id, populate_existing=True)
    if row is None:
        gone = {
            SessionRow: N_("There is no session {row_id}: it was removed, perhaps on another desk."),
            Room: N_("There is no room {row_id}: it was removed, perhaps on another desk."),
            Person: N_("There is no person {row_id}: it was removed, perhaps on another desk."),
        }[table]
        raise NotFoundError(_(gone).format(row_id=row_id))
    raise ChangedElsewhereError(_name(row), row.changed_by, local_time(session, row.updated_at))
