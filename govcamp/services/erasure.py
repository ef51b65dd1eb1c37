"""Erasing one person, or purging everyone's personal data after the event — the bytes, not just the rows.

What goes is decided by the personal-data tags (:mod:`govcamp.store.personal`), never by a list of tables:

* the person's row, and every row that points at them and cannot stand alone (ticket, interest…);
* a row that outlives them (a session they hosted) is kept with its link cleared and their data replaced
  by the column's ``erase_to`` ("a participant");
* every free-text column tagged as a mention has their names and e-mail addresses, in any spelling,
  rewritten; an entry that refers to them (``person:ID``, the audit log) is overwritten;
* SQLite's full-text indexes are rebuilt from what is left;
* then the bytes: ``secure_delete`` on for the deletions, the write-ahead log checkpointed and truncated,
  the file vacuumed; and every automatic backup of the event is rewritten the same way, or deleted when it
  cannot be (an older event format, a damaged copy). The receipt says which.

A purge does the same for everyone at once and keeps the anonymous programme: rooms, slots, sessions,
the grid and its published versions, and the notes.
"""

from __future__ import annotations

import glob
import sqlite3
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, Engine, Table, create_engine, delete, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from govcamp.domain.errors import GovcampError
from govcamp.domain.redaction import Matcher
from govcamp.services import personal_data as held
from govcamp.services import tickets
from govcamp.store import migrate, personal
from govcamp.store.backups import list_backups
from govcamp.store.eventfile import SUFFIX, EventDB, check_event_file
from govcamp.store.tables import AuditEntry, utcnow

ERASED_NAME = personal.PARTICIPANT
ERASED_EMAIL = "(e-mail erased)"
ERASED_REFERENCE = "person:erased"
REWRITTEN = "rewritten"
DELETED = "deleted"


#: What the receipt calls the rows and values of each table and column (others by their own names).
TABLE_WORDS = {
    "person": ("person", "people"),
    "ticket": ("ticket", "tickets"),
    "interest": ("star on a session", "stars on sessions"),
    "session_host": ("session host", "session hosts"),
}
COLUMN_WORDS = {
    "note.body_md": "session notes",
    "note.note_taker": "“Notes by” fields",
    "note.actions": "notes' action lists",
    "note.links": "notes' link lists",
    "audit_log.actor": "audit log entries (who)",
    "audit_log.subject": "audit log entries (about)",
    "audit_log.detail": "audit log entries (details)",
    "session.title": "session titles",
    "session.description": "session descriptions",
    "event.description": "event descriptions",
    "grid_version.changelog": "published grids' changelogs",
    "grid_version.snapshot": "published grids",
    "grid_version.message": "published grids' messages",
}


def _count(count: int, table: str) -> str:
    one, many = TABLE_WORDS.get(table, (f"{table.replace('_', ' ')} row", f"{table.replace('_', ' ')} rows"))
    return f"{count} {one if count == 1 else many}"


@dataclass(frozen=True)
class FileOutcome:
    """What happened (or, in a preview, will happen) to one copy of the event."""

    path: Path
    action: str  # REWRITTEN or DELETED
    reason: str = ""


@dataclass(frozen=True)
class Erasure:
    """A preview (``done`` False) or the receipt of an erasure or a purge."""

    who: str
    people: int
    done: bool
    deleted: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)
    rewritten: dict[str, int] = field(default_factory=dict)
    cleared: dict[str, int] = field(default_factory=dict)
    references: int = 0
    search_rebuilt: tuple[str, ...] = ()
    storage: tuple[str, ...] = ()
    backups: tuple[FileOutcome, ...] = ()

    def lines(self) -> list[str]:
        """The preview or receipt in words, one line each (the command and the window show the same)."""
        done = self.done
        lines = [f"{'Erased' if done else 'Will erase'} the personal data of {self.who}."]
        for table, count in self.deleted.items():
            lines.append(f"  {'Deleted' if done else 'Delete'}: {_count(count, table)}")
        for table, count in self.kept.items():
            lines.append(f"  {'Kept' if done else 'Keep'}, as “{ERASED_NAME}”: {_count(count, table)}")
        for column, count in self.rewritten.items():
            what = COLUMN_WORDS.get(column, column)
            lines.append(f"  {'Rewritten' if done else 'Rewrite'} names and e-mails in: {count} {what}")
        for column, count in self.cleared.items():
            lines.append(f"  {'Emptied' if done else 'Empty'}: {count} {COLUMN_WORDS.get(column, column)}")
        if self.references:
            lines.append(f"  {'Overwritten' if done else 'Overwrite'}: {self.references} entries about them")
        if self.search_rebuilt:
            lines.append(f"  {'Rebuilt' if done else 'Rebuild'}: the notes search index")
        lines += [f"  {line}" for line in self.storage]
        if not self.backups:
            lines.append("  No automatic backups of this event were found.")
        for backup in self.backups:
            verb = (
                {REWRITTEN: "Rewritten", DELETED: "Deleted"}
                if done
                else {REWRITTEN: "Rewrite", DELETED: "Delete"}
            )
            reason = f" ({backup.reason})" if backup.reason else ""
            lines.append(f"  {verb[backup.action]} backup: {backup.path}{reason}")
        return lines

    def as_json(self) -> dict[str, Any]:
        return {
            "who": self.who,
            "people": self.people,
            "done": self.done,
            "deleted_rows": self.deleted,
            "kept_rows_anonymised": self.kept,
            "rewritten_values": self.rewritten,
            "emptied_values": self.cleared,
            "references_overwritten": self.references,
            "search_indexes_rebuilt": list(self.search_rebuilt),
            "storage": list(self.storage),
            "backups": [{"path": str(b.path), "action": b.action, "reason": b.reason} for b in self.backups],
        }


@dataclass
class _Tally:
    deleted: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)
    rewritten: Counter[str] = field(default_factory=Counter)
    cleared: Counter[str] = field(default_factory=Counter)
    references: int = 0
    search: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------- the rows


def _replacement(value: str) -> str:
    return ERASED_EMAIL if value == held.EMAIL else ERASED_NAME


def _scrub(value: Any, search: Matcher[str], ids: set[int] | None) -> Any:
    """``value`` with names, addresses and references rewritten; JSON walked, keys included."""
    if isinstance(value, str):
        out = search.replace(value, _replacement) if search else value
        if ids is None or ids:
            out = held._REFERENCE.sub(
                lambda m: ERASED_REFERENCE if ids is None or int(m.group(1)) in ids else m.group(), out
            )
        return out
    if isinstance(value, dict):
        return {_scrub(k, search, ids): _scrub(v, search, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, search, ids) for v in value]
    return value


def _erased_values(table: Table) -> dict[str, Any]:
    return {
        column.name: found.erase_to
        for column, found in personal.tagged(table)
        if found.has_erase_to and found.kind is not personal.Kind.MENTIONS
    }


def _remove(connection: Connection, table: Table, key: Column[Any], keys: list[Any], tally: _Tally) -> None:
    """Delete the rows of ``table`` whose ``key`` is in ``keys``, dealing first with rows pointing at them:
    a nullable link is cleared (the row is kept, its personal data replaced), any other is removed too."""
    if not keys:
        return
    meta = held.metadata()
    for other in meta.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is not table:
                continue
            values = [
                v
                for part in held.chunks(keys)
                for v in connection.execute(select(fk.column).where(key.in_(part))).scalars()
            ]
            if not values:
                continue
            if fk.parent.nullable:
                changes = {fk.parent.name: None, **_erased_values(other)}
                for part in held.chunks(values):
                    result = connection.execute(update(other).where(fk.parent.in_(part)).values(**changes))
                    tally.kept[other.name] += result.rowcount
            else:
                _remove(connection, other, fk.parent, values, tally)
    for part in held.chunks(keys):
        tally.deleted[table.name] += connection.execute(delete(table).where(key.in_(part))).rowcount


def _unlinked_identities(connection: Connection, search: Matcher[str], everyone: bool, tally: _Tally) -> None:
    """Rows not linked to a person that still carry a name (a host given only as a name at the pitch)."""
    for table in personal.person_linked_tables(held.metadata()):
        replaced = _erased_values(table)
        columns = [c for c, t in personal.tagged(table) if t.identifies and c.name in replaced]
        if not columns:
            continue
        pk = list(table.primary_key.columns)
        for row in connection.execute(select(*pk, *columns)):
            for column in columns:
                value = getattr(row, column.name)
                if value == replaced[column.name] or not value:
                    continue
                if everyone or search.find(str(value)):
                    where = [c == getattr(row, c.name) for c in pk]
                    connection.execute(
                        update(table).where(*where).values({column.name: replaced[column.name]})
                    )
                    tally.kept[table.name] += 1


def _mentions(connection: Connection, search: Matcher[str], ids: set[int] | None, tally: _Tally) -> None:
    meta = held.metadata()
    by_table: dict[str, list[Column[Any]]] = {}
    wholly_names: dict[str, Any] = {}
    for table, column in personal.mention_columns(meta):
        by_table.setdefault(table.name, []).append(column)
        found = personal.tag_of(column)
        if ids is None and found is not None and found.has_erase_to:
            wholly_names[f"{table.name}.{column.name}"] = found.erase_to
    for name, columns in by_table.items():
        table = meta.tables[name]
        pk = list(table.primary_key.columns)
        for row in connection.execute(select(*pk, *columns)):
            values = {c.name: getattr(row, c.name) for c in columns}
            refers = any(
                held.refers_to(v, ids) if ids is not None else held.refers_to_anyone(v)
                for v in values.values()
            )
            changes: dict[str, Any] = {}
            for column_name, value in values.items():
                whole = f"{name}.{column_name}"
                if whole in wholly_names:
                    new: Any = wholly_names[whole]  # a purge: a column that is only ever a name
                elif refers and isinstance(value, dict | list):
                    new = type(value)()  # an entry about the person: its details go entirely
                else:
                    new = _scrub(value, search, ids)
                if new != value:
                    changes[column_name] = new
                    (tally.cleared if whole in wholly_names else tally.rewritten)[whole] += 1
            if refers:
                tally.references += 1
            if changes:
                if "revision" in table.c:
                    # A note open in another window then sees a newer revision instead of saving over it.
                    changes["revision"] = table.c.revision + 1
                connection.execute(
                    update(table).where(*[c == getattr(row, c.name) for c in pk]).values(changes)
                )


def _rebuild_search(connection: Connection, tally: _Tally) -> None:
    """Rebuild every SQLite full-text index from its content: its shadow tables keep the old words."""
    if connection.dialect.name != "sqlite":
        return
    rows = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
    ).all()
    for (name,) in rows:
        connection.exec_driver_sql(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
        tally.search.append(str(name))


def _erase_rows(connection: Connection, person_ids: list[int] | None, *, actor: str, action: str) -> _Tally:
    """The database part of an erasure (``person_ids``) or a purge (None), inside the caller's transaction."""
    meta = held.metadata()
    person = personal.person_table(meta)
    everyone = person_ids is None
    if person_ids is None:
        person_ids = [int(v) for v in connection.execute(select(person.c.id)).scalars()]
    names, emails = held.identifying_strings(connection, None if everyone else person_ids)
    search = held.matcher(names, emails)
    tally = _Tally()
    _remove(connection, person, person.c.id, person_ids, tally)
    _unlinked_identities(connection, search, everyone, tally)
    _mentions(connection, search, None if everyone else set(person_ids), tally)
    _rebuild_search(connection, tally)
    connection.execute(
        AuditEntry.__table__.insert().values(  # type: ignore[attr-defined]
            at=utcnow(),
            actor=_scrub(actor, search, None),
            action=action,
            subject=ERASED_REFERENCE,
            detail={"people": len(person_ids), "rows_deleted": sum(tally.deleted.values())},
        )
    )
    return tally


# ------------------------------------------------------------------------------------- the bytes


def _wipe(engine: Engine) -> list[str]:
    """Leave no deleted byte in the file: checkpoint and truncate the log, vacuum, truncate again."""
    lines: list[str] = []
    if engine.dialect.name != "sqlite":
        try:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM FULL")
            lines.append("The server's tables were vacuumed (VACUUM FULL).")
        except SQLAlchemyError as exc:
            lines.append(
                f"The server could not vacuum its tables ({exc.__class__.__name__}); ask its administrator."
            )
        lines.append("The server's own backups and logs are for its administrator to clear.")
        return lines
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.exec_driver_sql("VACUUM")
        busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    lines.append("Deleted with secure_delete on (freed space overwritten with zeros).")
    lines.append("The file was vacuumed (rebuilt without its free pages).")
    if str(mode).lower() == "wal":
        if busy is not None and busy[0] == 0:
            lines.append("The write-ahead log was checkpointed and truncated to nothing.")
        else:
            lines.append("The write-ahead log is busy (another window or program has the event open).")
    return lines


def _run(engine: Engine, work: Callable[[Connection], _Tally], *, commit: bool) -> _Tally:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA secure_delete = ON")
            connection.commit()
        try:
            with connection.begin() as transaction:
                tally = work(connection)
                if not commit:
                    transaction.rollback()
        finally:
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql("PRAGMA secure_delete = OFF")
                connection.commit()
    return tally


# ------------------------------------------------------------------------------------- backups


def event_copies(path: Path, backup_root: Path | None) -> list[Path]:
    """Every automatic copy of the event: backups, and the copies kept beside it before a migration or a
    restore."""
    found = [b.path for b in list_backups(path, backup_root)] if backup_root is not None else []
    stem = glob.escape(path.stem)  # an event called "camp [2027]" must not be a pattern
    for pattern in (f"{stem}.before-v*{SUFFIX}", f"{stem}.replaced-*{SUFFIX}"):
        found += sorted(path.parent.glob(pattern))
    return found


def _plan_copy(path: Path) -> FileOutcome:
    try:
        generation = check_event_file(path)
    except GovcampError as exc:
        return FileOutcome(path, DELETED, f"it cannot be read as an event ({exc})")
    if generation != migrate.SCHEMA_VERSION:
        return FileOutcome(
            path, DELETED, "an older event format, which cannot be rewritten without upgrading it"
        )
    return FileOutcome(path, REWRITTEN)


def _delete_copy(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _copy_engine(path: Path) -> Engine:
    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(path, check_same_thread=False)
        connection.execute("PRAGMA foreign_keys = ON")
        return connection

    return create_engine("sqlite://", creator=connect, poolclass=StaticPool)


def _ids_in_copy(connection: Connection, people: list[tuple[int, str, str | None]]) -> list[int]:
    """The people of a copy that are the ones erased: same id and check-in code, or same e-mail or code."""
    person = personal.person_table(held.metadata())
    ids: set[int] = set()
    for pid, code, email in people:
        query = select(person.c.id).where(
            ((person.c.id == pid) & (person.c.checkin_code == code))
            | (person.c.checkin_code == code)
            | ((person.c.email_normalised == email) if email else False)
        )
        ids.update(int(v) for v in connection.execute(query).scalars())
    return sorted(ids)


def _rewrite_copies(
    copies: list[Path], people: list[tuple[int, str, str | None]] | None, names: set[str], emails: set[str]
) -> list[FileOutcome]:
    out: list[FileOutcome] = []
    for path in copies:
        plan = _plan_copy(path)
        if plan.action == DELETED:
            _delete_copy(path)
            out.append(plan)
            continue
        engine = _copy_engine(path)
        try:

            def work(connection: Connection) -> _Tally:
                ids = None if people is None else _ids_in_copy(connection, people)
                tally = _erase_rows(
                    connection, ids, actor="", action="person.erased" if people else "event.purged"
                )
                if people is not None and (names or emails):
                    # Names the person had in the live event, though the copy no longer links them.
                    _mentions(connection, held.matcher(names, emails), set(), tally)
                    _unlinked_identities(connection, held.matcher(names, emails), False, tally)
                    _rebuild_search(connection, tally)
                return tally

            _run(engine, work, commit=True)
            _wipe(engine)
            out.append(FileOutcome(path, REWRITTEN))
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            engine.dispose()
            _delete_copy(path)
            out.append(FileOutcome(path, DELETED, f"it could not be rewritten ({exc.__class__.__name__})"))
        finally:
            engine.dispose()
    return out


# ------------------------------------------------------------------------------------- the use cases


def _person(db: EventDB, reference: str) -> tuple[int, str, str, str | None]:
    with db.session() as session:
        found = tickets.resolve(session, reference)
        assert found.id is not None
        return found.id, found.full_name, found.checkin_code, found.email_normalised


def _receipt(
    who: str, people: int, tally: _Tally, *, done: bool, storage: list[str], copies: list[FileOutcome]
) -> Erasure:
    return Erasure(
        who=who,
        people=people,
        done=done,
        deleted={k: v for k, v in sorted(tally.deleted.items()) if v},
        kept={k: v for k, v in sorted(tally.kept.items()) if v},
        rewritten={k: v for k, v in sorted(tally.rewritten.items()) if v},
        cleared={k: v for k, v in sorted(tally.cleared.items()) if v},
        references=tally.references,
        search_rebuilt=tuple(tally.search),
        storage=tuple(storage),
        backups=tuple(copies),
    )


def erase_person(
    db: EventDB, reference: str, *, backup_root: Path | None, preview: bool = False, actor: str = ""
) -> Erasure:
    """Erase one person (an id, an e-mail or a check-in code) from the event and every automatic copy.

    With ``preview`` nothing changes: the same work is done inside a transaction that is rolled back, so
    the preview counts exactly what the erasure would.
    """
    pid, full_name, code, email = _person(db, reference)
    with db.engine.connect() as connection:
        names, emails = held.identifying_strings(connection, [pid])
    tally = _run(
        db.engine,
        lambda c: _erase_rows(c, [pid], actor=actor, action="person.erased"),
        commit=not preview,
    )
    who = f"{full_name} (id {pid})"
    copies = event_copies(db.path, backup_root) if db.path is not None else []
    if preview:
        return _receipt(who, 1, tally, done=False, storage=[], copies=[_plan_copy(p) for p in copies])
    storage = _wipe(db.engine)
    outcomes = _rewrite_copies(copies, [(pid, code, email)], names, emails)
    return _receipt(who, 1, tally, done=True, storage=storage, copies=outcomes)


def purge(db: EventDB, *, backup_root: Path | None, preview: bool = False, actor: str = "") -> Erasure:
    """Remove everyone's personal data, keeping the anonymous programme, grid versions and notes."""
    tally = _run(
        db.engine, lambda c: _erase_rows(c, None, actor=actor, action="event.purged"), commit=not preview
    )
    people = tally.deleted.get("person", 0)
    who = f"everyone ({people} people)"
    copies = event_copies(db.path, backup_root) if db.path is not None else []
    if preview:
        return _receipt(who, people, tally, done=False, storage=[], copies=[_plan_copy(p) for p in copies])
    storage = _wipe(db.engine)
    outcomes = _rewrite_copies(copies, None, set(), set())
    return _receipt(who, people, tally, done=True, storage=storage, copies=outcomes)
