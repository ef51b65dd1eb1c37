"""Everything the event holds about one person, found through the personal-data tags of the tables.

The rows are found generically (:mod:`govcamp.store.personal`): the person's own row, every row of every
table with a foreign key to them, and every free-text column tagged as a *mention* that names them or their
e-mail address in any spelling, or refers to them (an audit entry about ``person:ID``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Connection, Table, select
from sqlmodel import SQLModel

import govcamp.store.tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from govcamp.domain.redaction import Matcher, matcher_for
from govcamp.services import tickets
from govcamp.store import personal
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import utcnow

NAME, EMAIL = "name", "email"
_REFERENCE = re.compile(r"\bperson:(\d+)\b")
EXCERPT = 80


@dataclass(frozen=True)
class HeldRow:
    """One row about the person: its table, and each column with its value and kind of data."""

    table: str
    columns: tuple[tuple[str, str, Any], ...]  # (column, kind, value)


@dataclass(frozen=True)
class Mention:
    """Free text elsewhere that names the person or refers to them, with the words around it."""

    table: str
    row: str
    column: str
    excerpts: tuple[str, ...]


@dataclass(frozen=True)
class SubjectAccess:
    """Everything held about one person (UK GDPR article 15)."""

    person_id: int
    full_name: str
    event_name: str
    generated_at: datetime
    rows: tuple[HeldRow, ...]
    mentions: tuple[Mention, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "format": "govcamp subject access export 1",
            "generated_at": self.generated_at.isoformat(),
            "event": self.event_name,
            "person_id": self.person_id,
            "held": [
                {
                    "table": row.table,
                    "data": {name: _plain(value) for name, _kind, value in row.columns},
                    "kinds": {name: kind for name, kind, _value in row.columns},
                }
                for row in self.rows
            ],
            "mentions": [
                {"table": m.table, "row": m.row, "column": m.column, "excerpts": list(m.excerpts)}
                for m in self.mentions
            ],
        }


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def metadata() -> Any:
    return SQLModel.metadata


def kind_of(column: Column[Any]) -> str:
    found = personal.tag_of(column)
    return found.kind.value if found is not None else "none"


def chunks(values: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def row_key(table: Table, row: Any) -> str:
    return ",".join(str(getattr(row, c.name)) for c in table.primary_key.columns)


def identifying_strings(connection: Connection, person_ids: list[int] | None) -> tuple[set[str], set[str]]:
    """The names and e-mail addresses of these people (None: of everyone, linked to a person or not),
    from every column tagged ``identifies``."""
    names: set[str] = set()
    emails: set[str] = set()
    meta = metadata()
    person = personal.person_table(meta)
    for table in personal.person_linked_tables(meta):
        columns = [c for c, t in personal.tagged(table) if t.identifies]
        if not columns:
            continue
        queries = []
        if person_ids is None:
            queries.append(select(*columns))
        else:
            links = [person.c.id] if table is person else personal.links_to_person(table)
            queries += [
                select(*columns).where(link.in_(part)) for link in links for part in chunks(person_ids)
            ]
        for query in queries:
            for row in connection.execute(query):
                for value in row:
                    if value and str(value).strip():
                        (emails if "@" in str(value) else names).add(str(value))
    return names, emails


def matcher(names: Iterable[str], emails: Iterable[str]) -> Matcher[str]:
    return matcher_for(((n, NAME) for n in names), ((e, EMAIL) for e in emails))


def strings_in(value: Any) -> Iterator[str]:
    """Every string inside a column value (JSON included: keys and values)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_in(item)


def refers_to(value: Any, person_ids: set[int]) -> bool:
    return any(int(m.group(1)) in person_ids for s in strings_in(value) for m in _REFERENCE.finditer(s))


def refers_to_anyone(value: Any) -> bool:
    return any(_REFERENCE.search(s) for s in strings_in(value))


def _excerpts(text: str, found: Matcher[str], person_id: int) -> list[str]:
    spans = [(hit.start, hit.end) for hit in found.find(text)]
    spans += [(m.start(), m.end()) for m in _REFERENCE.finditer(text) if int(m.group(1)) == person_id]
    out = []
    for start, end in sorted(spans):
        left = max(0, start - EXCERPT)
        right = min(len(text), end + EXCERPT)
        out.append(
            ("…" if left else "") + text[left:right].replace("\n", " ") + ("…" if right < len(text) else "")
        )
    return out


def _what_it_points_at(connection: Connection, table: Table, row: Any) -> list[tuple[str, str, Any]]:
    """For a row that points at a session or room, that thing's title or name, so the export reads."""
    out: list[tuple[str, str, Any]] = []
    for fk in table.foreign_keys:
        target = fk.column.table
        if target.name == "person" or getattr(row, fk.parent.name) is None:
            continue
        label = target.c.get("title") if "title" in target.c else target.c.get("name")
        if label is None:
            continue
        value = connection.execute(select(label).where(fk.column == getattr(row, fk.parent.name))).scalar()
        out.append((f"{target.name}_{label.name}", "none", value))
    return out


def collect(db: EventDB, reference: str) -> SubjectAccess:
    """Everything held about the person named by ``reference`` (an id, an e-mail or a check-in code)."""
    with db.session() as session:
        found = tickets.resolve(session, reference)
        assert found.id is not None
        person_id, full_name = found.id, found.full_name
        connection = session.connection()
        meta = metadata()
        person = personal.person_table(meta)
        rows: list[HeldRow] = []
        # The rows about them, table by table: theirs, then those pointing at theirs (a check-in's ticket).
        theirs: dict[str, list[Any]] = {
            "person": list(connection.execute(select(person).where(person.c.id == person_id)))
        }
        for table in personal.person_linked_tables(meta):
            if table is not person:
                found_rows: dict[str, Any] = {}
                for fk in table.foreign_keys:
                    parents = theirs.get(fk.column.table.name)
                    values = [getattr(r, fk.column.name) for r in parents or []]
                    for part in chunks(values):
                        for row in connection.execute(select(table).where(fk.parent.in_(part))):
                            found_rows[row_key(table, row)] = row
                theirs[table.name] = list(found_rows.values())
            for row in theirs[table.name]:
                columns = [(c.name, kind_of(c), getattr(row, c.name)) for c in table.columns]
                columns += _what_it_points_at(connection, table, row)
                rows.append(HeldRow(table.name, tuple(columns)))
        names, emails = identifying_strings(connection, [person_id])
        search = matcher(names, emails)
        mentions: list[Mention] = []
        for table, column in personal.mention_columns(meta):
            pk = list(table.primary_key.columns)
            for row in connection.execute(select(*pk, column)):
                value = getattr(row, column.name)
                excerpts = [e for text in strings_in(value) for e in _excerpts(text, search, person_id)]
                if excerpts:
                    mentions.append(Mention(table.name, row_key(table, row), column.name, tuple(excerpts)))
        event_name = str(connection.execute(select(meta.tables["event"].c.name)).scalar() or "")
        return SubjectAccess(person_id, full_name, event_name, utcnow(), tuple(rows), tuple(mentions))
