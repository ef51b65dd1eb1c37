"""Applicants: import them from a file, list them, edit one.

An import is two steps that share one report. :func:`plan_import` reads the file, maps its columns and checks
every row against the file itself and the people already in the event, changing nothing.
:func:`import_applicants` does the same and then, if the plan allows, adds everyone in one transaction: all
or nothing, unless ``skip_invalid`` asks for the good rows only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from sqlalchemy import func, insert, text
from sqlmodel import Session, col, select

from govcamp.domain import applicants as rules
from govcamp.domain import checkin_codes
from govcamp.domain.applicants import ApplicantRow, Problem
from govcamp.domain.checkin_codes import new_checkin_codes
from govcamp.domain.enums import OrganisationType, Role, TicketState
from govcamp.domain.errors import GovcampError, NotFoundError, ValidationError
from govcamp.domain.words import _
from govcamp.services.bulk import paused_gc
from govcamp.services.lottery import audit, current_run
from govcamp.services.tabular import Table, read_table
from govcamp.services.versions import claim
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Person, Ticket, utcnow

# Check-in codes: one generator for every code (see govcamp.domain.checkin_codes).
CODE_ALPHABET, CODE_LENGTH = checkin_codes.CODE_ALPHABET, checkin_codes.CODE_LENGTH


class ImportRefusedError(GovcampError):
    """The import cannot go ahead as asked (invalid rows, a committed lottery, no email column…).

    ``missing_field`` names the field no column was found for, so each caller can say how to choose one
    in its own words (the window: a column menu; the command line: ``--map FIELD=COLUMN``).
    """

    def __init__(self, message: str, *, missing_field: str | None = None) -> None:
        super().__init__(message)
        self.missing_field = missing_field


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do: who is new, and every problem with its line number."""

    header: tuple[str, ...]
    mapping: dict[str, int]
    preview: tuple[tuple[str, ...], ...]
    rows: int
    new: tuple[ApplicantRow, ...]
    problems: tuple[Problem, ...]
    invalid_lines: tuple[int, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    def count(self, kind: str) -> int:
        return sum(1 for p in self.problems if p.kind == kind)


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    imported: int
    person_ids: tuple[int, ...] = ()
    dry_run: bool = False


@dataclass(frozen=True)
class ApplicantValue:
    """A person as the Applicants table shows them."""

    id: int
    full_name: str
    email: str
    organisation: str
    organisation_type: str
    status: str
    role: str = Role.ATTENDEE.value
    badge_name: str = ""
    pronouns: str = ""
    first_timer: bool = False
    access_needs: str = ""
    dietary_needs: str = ""
    checkin_code: str = ""
    group_key: str = ""
    waitlist_position: int | None = None
    offer_deadline: str = ""
    flags: tuple[str, ...] = field(default=())
    #: The person row's version this value was read at: an edit carries it so a stale save is refused.
    version: int = 0
    #: "cy", "en" or "" (not said): the language of their badge when badges are printed per person.
    preferred_language: str = ""


def _new_codes(count: int, taken: set[str]) -> list[str]:
    """``count`` fresh check-in codes from the system's secure random source, none already taken."""
    return new_checkin_codes(count, taken)


def plan_from_table(
    session: Session,
    table: Table,
    manual: Mapping[str, str] | None = None,
    mapping: Mapping[str, int] | None = None,
) -> ImportPlan:
    column_map = dict(mapping) if mapping is not None else rules.auto_map(table.header)
    if manual:
        column_map = rules.apply_manual(column_map, table.header, manual)
    missing = rules.missing_fields(column_map)
    if "email" in missing:
        raise ImportRefusedError(
            _(
                "No column of the file was recognised as the email address (its columns: {columns}). "
                "Choose the column that holds it."
            ).format(columns=", ".join(f"“{h}”" for h in table.header[:12] if h)),
            missing_field="email",
        )
    if missing:
        raise ImportRefusedError(
            _("No column of the file was recognised as the name. Choose the column that holds it."),
            missing_field="full_name",
        )
    existing_emails = {e for e in session.exec(select(Person.email_normalised)).all() if e}
    existing_names: dict[str, str] = {}
    for name, organisation, email in session.exec(
        select(Person.full_name, Person.organisation, Person.email)
    ):
        existing_names.setdefault(rules.likely_same_key(name, organisation), email or "")
    problems: list[Problem] = []
    new: list[ApplicantRow] = []
    invalid: list[int] = []
    first_line: dict[str, int] = {}
    index_of: dict[str, int] = {}
    seen_names: dict[str, tuple[int, str]] = {}
    for row in table.rows:
        parsed = rules.parse_row(row.line, row.values, column_map)
        if isinstance(parsed, list):
            problems.extend(parsed)
            invalid.append(row.line)
            continue
        email = parsed.email_normalised
        if email in existing_emails:
            problems.append(
                Problem(
                    row.line,
                    "already_applied",
                    _("Line {line}: {email} has already applied.").format(line=row.line, email=parsed.email),
                )
            )
            continue
        if email in first_line:
            position = index_of[email]
            new[position] = _merge(new[position], parsed)
            problems.append(
                Problem(
                    row.line,
                    "duplicate_in_file",
                    _("Line {line}: {email} is also on line {first}; merged into that row.").format(
                        line=row.line, email=parsed.email, first=first_line[email]
                    ),
                )
            )
            continue
        first_line[email] = row.line
        index_of[email] = len(new)
        key = rules.likely_same_key(parsed.full_name, parsed.organisation)
        if key.partition("\x1f")[0]:  # the name part of the key: a name that is not all punctuation
            if key in seen_names:
                other_line, other_email = seen_names[key]
                problems.append(
                    Problem(
                        row.line,
                        "likely_duplicate",
                        _likely_same_line(row.line, parsed, other_line, other_email),
                    )
                )
            elif key in existing_names:
                problems.append(
                    Problem(
                        row.line,
                        "likely_duplicate",
                        _likely_applied(row.line, parsed, existing_names[key]),
                    )
                )
            seen_names.setdefault(key, (row.line, parsed.email))
        new.append(parsed)
    preview = tuple(row.values for row in table.rows[:20])
    return ImportPlan(
        header=table.header,
        mapping=column_map,
        preview=preview,
        rows=len(table.rows),
        new=tuple(new),
        problems=tuple(sorted(problems, key=lambda p: p.line)),
        invalid_lines=tuple(invalid),
    )


def _likely_same_line(line: int, row: ApplicantRow, other_line: int, other_email: str) -> str:
    values = {"line": line, "name": row.full_name, "other_line": other_line, "other_email": other_email}
    if row.organisation:
        return _(
            "Line {line}: {name} ({organisation}) may be the same person as line {other_line} "
            "({other_email}); check before the draw."
        ).format(organisation=row.organisation, **values)
    return _(
        "Line {line}: {name} (no organisation) may be the same person as line {other_line} "
        "({other_email}); check before the draw."
    ).format(**values)


def _likely_applied(line: int, row: ApplicantRow, email: str) -> str:
    values = {"line": line, "name": row.full_name, "email": email}
    if row.organisation:
        return _(
            "Line {line}: {name} ({organisation}) may already have applied as {email}; check before the draw."
        ).format(organisation=row.organisation, **values)
    return _(
        "Line {line}: {name} (no organisation) may already have applied as {email}; check before the draw."
    ).format(**values)


def _merge(first: ApplicantRow, later: ApplicantRow) -> ApplicantRow:
    """The first row wins; blanks in it are filled from a later row with the same email."""
    changes: dict[str, Any] = {}
    for name in ("pronouns", "organisation", "access_needs", "dietary_needs", "preferred_language"):
        if not getattr(first, name) and getattr(later, name):
            changes[name] = getattr(later, name)
    if first.organisation_type == OrganisationType.OTHER.value:
        changes["organisation_type"] = later.organisation_type
    if later.first_timer:
        changes["first_timer"] = True
    return replace(first, **changes) if changes else first


@paused_gc()  # a few million objects, none cyclic garbage: see govcamp.services.bulk
def plan_import(
    db: EventDB, path: Path, manual: Mapping[str, str] | None = None, mapping: Mapping[str, int] | None = None
) -> ImportPlan:
    """Read and check a file of applicants; change nothing."""
    table = read_table(path)
    with db.session() as session:
        return plan_from_table(session, table, manual, mapping)


@paused_gc()
def import_applicants(
    db: EventDB,
    path: Path,
    *,
    manual: Mapping[str, str] | None = None,
    mapping: Mapping[str, int] | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    actor: str = "",
    encoding: str | None = None,
) -> ImportResult:
    """Import applicants: each new person gets a ticket in state *applied* and a check-in code.

    Raises :class:`~govcamp.services.tabular.UnreadableFileError` for a file that is not a table and
    :class:`ImportRefusedError` when the columns cannot be used. With invalid rows and no ``skip_invalid``,
    nothing is imported and the result says so (``imported == 0``). ``encoding`` is the person's answer
    to :class:`~govcamp.services.tabular.UnsureEncodingError`.
    """
    table = read_table(path, encoding=encoding)
    with db.session() as session:
        plan = plan_from_table(session, table, manual, mapping)
        if dry_run or (plan.errors and not skip_invalid) or not plan.new:
            return ImportResult(plan, 0, dry_run=dry_run)
        _refuse_after_commit(session)
        ids = _add_people(session, plan.new)
        audit(
            session,
            "applicants.imported",
            f"file:{path.name}",
            {
                "imported": len(ids),
                "skipped_invalid": len(plan.invalid_lines),
                "already_applied": plan.count("already_applied"),
                "duplicates_in_file": plan.count("duplicate_in_file"),
                "likely_duplicates": plan.count("likely_duplicate"),
            },
            actor=actor,
        )
        return ImportResult(plan, len(ids), tuple(ids))


def _refuse_after_commit(session: Session) -> None:
    run = current_run(session)
    if run is not None and run.applicant_digest and not run.rules.get("demo") and not run.seed:
        raise ImportRefusedError(
            _(
                "The lottery's applicant list is committed; change the lottery rules to reopen it before "
                "importing."
            )
        )


def _add_people(session: Session, rows: Sequence[ApplicantRow]) -> list[int]:
    taken = set(session.exec(select(Person.checkin_code)).all())
    ids = _new_person_ids(session, len(rows))
    now = utcnow()
    codes = _new_codes(len(rows), taken)
    people: list[dict[str, Any]] = []
    for offset, row in enumerate(rows):
        people.append(
            {
                "id": ids[offset],
                "full_name": row.full_name,
                "badge_name": row.badge_name,
                "pronouns": row.pronouns,
                "email": row.email,
                "email_normalised": row.email_normalised,
                "organisation": row.organisation,
                "organisation_type": row.organisation_type,
                "first_timer": row.first_timer,
                "role": row.role,
                "access_needs": row.access_needs,
                "dietary_needs": row.dietary_needs,
                "preferred_language": row.preferred_language,
                "consent_contact_in_qr": False,
                "consent_named_in_notes": False,
                "checkin_code": codes[offset],
                "group_key": None,
                "created_at": now,
                "updated_at": now,
            }
        )
    connection = session.connection()
    # Straight to the driver's executemany: 20,000 rows through SQLAlchemy's per-value type processing
    # take seconds. The one datetime goes through the column's own type once, so it is stored the same way.
    stamp_type = cast(Any, Person.__table__).c.created_at.type  # type: ignore[attr-defined]
    processor = stamp_type.bind_processor(connection.dialect)
    stamp = processor(now) if processor else now
    columns = list(people[0]) if people else []
    person_rows = [
        tuple(stamp if name in ("created_at", "updated_at") else p[name] for name in columns) for p in people
    ]
    if person_rows:
        # The driver's own placeholder: SQLite's ``?``, psycopg's ``%s``.
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        connection.exec_driver_sql(
            f"INSERT INTO person ({', '.join(columns)}) VALUES ({', '.join(mark for _ in columns)})",
            person_rows,
        )
        connection.exec_driver_sql(
            f"INSERT INTO ticket (person_id, state, updated_at) VALUES ({mark}, {mark}, {mark})",
            [(p["id"], TicketState.APPLIED.value, stamp) for p in people],
        )
    return [int(p["id"]) for p in people]


def _new_person_ids(session: Session, count: int) -> list[int]:
    """Ids for ``count`` new people: after the largest in a file; from the id sequence on a server.

    On PostgreSQL the rows are inserted with their ids, which does not move the sequence, so the ids are
    drawn from it: a desk adding a walk-in at the same moment gets the next one, never one of these.
    """
    if session.get_bind().dialect.name == "sqlite":
        start = (session.exec(select(func.max(Person.id))).one() or 0) + 1
        return list(range(start, start + count))
    drawn = session.execute(
        text("SELECT nextval(pg_get_serial_sequence('person', 'id')) FROM generate_series(1, :n)"),
        {"n": count},
    ).all()
    return sorted(int(row[0]) for row in drawn)


def list_applicants(db: EventDB, status: str | None = None) -> list[ApplicantValue]:
    """Everyone with a ticket, in id order; ``status`` keeps one ticket state."""
    if status is not None and status not in {s.value for s in TicketState}:
        raise ValidationError(
            "status",
            _("“{status}” is not a ticket state; use one of {states}.").format(
                status=status, states=", ".join(s.value for s in TicketState)
            ),
        )
    with db.session() as session:
        query = select(Person, Ticket).join(Ticket, col(Ticket.person_id) == col(Person.id))
        if status is not None:
            query = query.where(Ticket.state == status)
        rows = session.exec(query.order_by(col(Person.id))).all()
        everyone = session.exec(
            select(Person.id, Person.full_name, Person.organisation, Person.email_normalised)
        )
        doubtful = _likely_duplicates(everyone.all())
        return [
            replace(_value(person, ticket), flags=("likely_duplicate",))
            if person.id in doubtful
            else _value(person, ticket)
            for person, ticket in rows
        ]


def _likely_duplicates(people: Sequence[tuple[int | None, str, str, str | None]]) -> set[int]:
    """People who share a normalised name and organisation with someone under another email."""
    by_key: dict[str, list[tuple[int, str | None]]] = {}
    for person_id, name, organisation, email in people:
        if person_id is not None and rules.normalise_name(name):
            by_key.setdefault(rules.likely_same_key(name, organisation), []).append((person_id, email))
    doubtful: set[int] = set()
    for members in by_key.values():
        if len(members) > 1 and len({email for _, email in members}) > 1:
            doubtful.update(person_id for person_id, _ in members)
    return doubtful


def _value(person: Person, ticket: Ticket | None) -> ApplicantValue:
    assert person.id is not None
    return ApplicantValue(
        id=person.id,
        full_name=person.full_name,
        email=person.email or "",
        organisation=person.organisation,
        organisation_type=person.organisation_type,
        status=ticket.state if ticket is not None else "",
        role=person.role,
        badge_name=person.badge_name,
        pronouns=person.pronouns,
        first_timer=bool(person.first_timer),
        access_needs=person.access_needs,
        dietary_needs=person.dietary_needs,
        checkin_code=person.checkin_code,
        group_key=person.group_key or "",
        waitlist_position=ticket.waitlist_position if ticket is not None else None,
        offer_deadline=ticket.offer_deadline.isoformat()
        if ticket is not None and ticket.offer_deadline
        else "",
        version=person.version,
        preferred_language=person.preferred_language,
    )


def get_applicant(db: EventDB, person_id: int) -> ApplicantValue:
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(_("There is no person {id}.").format(id=person_id))
        ticket = session.exec(select(Ticket).where(Ticket.person_id == person_id)).first()
        return _value(person, ticket)


EDITABLE = (
    "full_name",
    "badge_name",
    "pronouns",
    "email",
    "organisation",
    "organisation_type",
    "first_timer",
    "role",
    "access_needs",
    "dietary_needs",
    "group_key",
    "preferred_language",
)


def update_applicant(
    db: EventDB, value: ApplicantValue, *, actor: str = "", seen: int | None = None, desk: str = ""
) -> ApplicantValue:
    """Store the editable fields of ``value``; returns what was stored.

    Args:
        seen: the person's version the editor loaded; the save is refused when it has moved on.
        desk: the desk (laptop) making the change.

    Raises:
        ChangedElsewhereError: the person changed since ``seen``; nothing was saved.
    """
    full_name = " ".join(value.full_name.split())
    if not full_name:
        raise ValidationError("full_name", _("A person needs a name."))
    email = rules.normalise_email(value.email)
    if email and not rules.valid_email(email):
        raise ValidationError("email", _("“{email}” is not an email address.").format(email=value.email))
    if value.organisation_type not in {t.value for t in OrganisationType}:
        raise ValidationError(
            "organisation_type",
            _("“{type}” is not an organisation type.").format(type=value.organisation_type),
        )
    if value.role not in {r.value for r in Role}:
        raise ValidationError("role", _("“{role}” is not a role.").format(role=value.role))
    if value.preferred_language not in ("", "en", "cy"):
        raise ValidationError(
            "preferred_language",
            _("“{language}” is not a language: choose en, cy or none.").format(
                language=value.preferred_language
            ),
        )
    with db.session() as session:
        claim(session, Person, value.id, seen=seen, desk=desk)
        person = session.get(Person, value.id)
        if person is None:
            raise NotFoundError(_("There is no person {id}.").format(id=value.id))
        if email and email != person.email_normalised:
            other = session.exec(select(Person.id).where(Person.email_normalised == email)).first()
            if other is not None:
                raise ValidationError(
                    "email",
                    _("{email} belongs to someone else already (person {other}).").format(
                        email=value.email, other=other
                    ),
                )
        before = {name: getattr(person, name) for name in EDITABLE}
        person.full_name = full_name
        person.badge_name = value.badge_name.strip() or full_name
        person.pronouns = value.pronouns.strip()
        person.email = value.email.strip() or None
        person.email_normalised = email or None
        person.organisation = " ".join(value.organisation.split())
        person.organisation_type = value.organisation_type
        person.first_timer = value.first_timer
        person.role = value.role
        person.access_needs = value.access_needs.strip()
        person.dietary_needs = value.dietary_needs.strip()
        person.group_key = value.group_key.strip() or None
        person.preferred_language = value.preferred_language
        session.add(person)
        changed = {
            name: [before[name], getattr(person, name)]
            for name in EDITABLE
            if before[name] != getattr(person, name)
        }
        if changed:
            audit(session, "person.edited", f"person:{person.id}", {"changed": sorted(changed)}, actor=actor)
        ticket = session.exec(select(Ticket).where(Ticket.person_id == value.id)).first()
        return _value(person, ticket)


def status_counts(db: EventDB) -> dict[str, int]:
    with db.session() as session:
        rows = session.exec(select(Ticket.state, func.count()).group_by(Ticket.state)).all()
        return {state: count for state, count in rows}


__all__ = [
    "ApplicantValue",
    "ImportPlan",
    "ImportRefusedError",
    "ImportResult",
    "get_applicant",
    "import_applicants",
    "list_applicants",
    "plan_import",
    "status_counts",
    "update_applicant",
]


@dataclass(frozen=True)
class PeopleSnapshot:
    """People and their tickets as they were, to put back (the undo of an import)."""

    people: tuple[dict[str, Any], ...]
    tickets: tuple[dict[str, Any], ...]


def remove_people(db: EventDB, person_ids: Sequence[int], *, actor: str = "") -> PeopleSnapshot:
    """Remove people who have only applied (the undo of an import); refuse once the lottery has them."""
    with db.session() as session:
        people = session.exec(select(Person).where(col(Person.id).in_(list(person_ids)))).all()
        tickets = session.exec(select(Ticket).where(col(Ticket.person_id).in_(list(person_ids)))).all()
        for ticket in tickets:
            if ticket.state != TicketState.APPLIED.value or ticket.lottery_run_id is not None:
                raise GovcampError(
                    _("These applicants are already in the lottery, so the import cannot be undone.")
                )
        snapshot = PeopleSnapshot(
            tuple(person.model_dump() for person in people), tuple(ticket.model_dump() for ticket in tickets)
        )
        for ticket in tickets:
            session.delete(ticket)
        session.flush()
        for person in people:
            session.delete(person)
        audit(session, "applicants.removed", "import", {"people": len(people), "reason": "undo"}, actor=actor)
    return snapshot


def restore_people(db: EventDB, snapshot: PeopleSnapshot, *, actor: str = "") -> None:
    with db.session() as session:
        connection = session.connection()
        if snapshot.people:
            connection.execute(insert(Person), list(snapshot.people))
        if snapshot.tickets:
            connection.execute(insert(Ticket), list(snapshot.tickets))
        audit(session, "applicants.restored", "import", {"people": len(snapshot.people)}, actor=actor)
