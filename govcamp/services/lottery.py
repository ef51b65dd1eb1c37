"""The lottery as the event file holds it: rules, the published digest, the draw, its replay and record.

A :class:`~govcamp.store.tables.LotteryRun` goes through three states: *draft* (rules set, digest empty),
*committed* (digest fixed, the anonymised applicant list stored in ``result["applicants"]``) and *drawn*
(seed, drawn list and waiting list stored too). The latest run is the current one.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, select

from govcamp.domain import lottery
from govcamp.domain.applicants import lottery_applicant
from govcamp.domain.enums import TicketState
from govcamp.domain.errors import GovcampError, ValidationError
from govcamp.domain.lottery import Applicant, MinShare, Rules
from govcamp.domain.words import N_, _, ngettext
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import AuditEntry, LotteryRun, Person, Ticket, utcnow

DEFAULT_PLACES = 150
DEFAULT_OFFER_HOURS = 48
RECORD_FORMAT = "govcamp-lottery-record"

#: Ticket states that hold a place at the event.
HOLDING = frozenset(
    {
        TicketState.DRAWN.value,
        TicketState.OFFERED.value,
        TicketState.ACCEPTED.value,
        TicketState.CHECKED_IN.value,
    }
)


class LotteryStateError(GovcampError):
    """The lottery is not in the state this action needs (not committed, already drawn…)."""


@dataclass(frozen=True)
class LotteryStatus:
    """Where the current lottery stands."""

    rules: Rules
    offer_hours: int
    stage: str  # "none", "draft", "committed", "drawn"
    digest: str = ""
    seed: str = ""
    applicants: int = 0
    always_in: int = 0  # applicants whose role is always in
    guaranteed: int = 0
    drawn: int = 0
    waitlist: int = 0
    committed_at: datetime | None = None
    drawn_at: datetime | None = None
    offers_sent: bool = False


@dataclass(frozen=True)
class DrawOutcome:
    """A draw with applicant ids translated back to people (person ids)."""

    seed: str
    digest: str
    guaranteed: tuple[int, ...]
    drawn: tuple[int, ...]
    waitlist: tuple[int, ...]
    quotas: tuple[lottery.QuotaOutcome, ...] = ()


@dataclass(frozen=True)
class Verification:
    ok: bool
    message: str


@dataclass(frozen=True)
class SimulationOutcome:
    runs: int
    applicants: dict[int, float]
    groups: dict[str, float] = field(default_factory=dict)


def audit(session: Session, action: str, subject: str, detail: Mapping[str, Any], *, actor: str = "") -> None:
    session.add(AuditEntry(actor=actor, action=action, subject=subject, detail=dict(detail)))


def current_run(session: Session) -> LotteryRun | None:
    return session.exec(select(LotteryRun).order_by(col(LotteryRun.id).desc())).first()


def _stage(run: LotteryRun | None) -> str:
    if run is None:
        return "none"
    if run.rules.get("demo"):
        return "drawn"
    if run.seed and run.result and "drawn" in run.result:
        return "drawn"
    if run.applicant_digest:
        return "committed"
    return "draft"


def _rules_of(run: LotteryRun | None) -> tuple[Rules, int]:
    if run is None or run.rules.get("demo"):
        places = int(run.rules.get("places", DEFAULT_PLACES)) if run is not None else DEFAULT_PLACES
        return Rules(places=places), DEFAULT_OFFER_HOURS
    return Rules.from_json(run.rules), int(run.rules.get("offer_hours", DEFAULT_OFFER_HOURS))


def _rules_json(rules: Rules, offer_hours: int) -> dict[str, Any]:
    data = dict(rules.as_json())
    data["offer_hours"] = offer_hours
    return data


def _offers_sent(session: Session, run: LotteryRun) -> bool:
    """Whether any offer has gone out since the draw (from the audit log, or tickets that show one)."""
    entries = session.exec(
        select(AuditEntry.id).where(
            AuditEntry.action == "ticket.offered", col(AuditEntry.at) >= (run.drawn_at or run.committed_at)
        )
    ).first()
    if entries is not None:
        return True
    shown = session.exec(
        select(Ticket.id).where(
            Ticket.lottery_run_id == run.id,
            col(Ticket.state).in_([TicketState.OFFERED.value, TicketState.EXPIRED.value]),
        )
    ).first()
    return shown is not None


def status(db: EventDB) -> LotteryStatus:
    with db.session() as session:
        run = current_run(session)
        rules, hours = _rules_of(run)
        stage = _stage(run)
        result = (run.result or {}) if run is not None else {}
        roles = set(rules.guaranteed_roles)
        if stage in ("committed", "drawn") and run is not None and result.get("applicants"):
            listed = result["applicants"]
            applicants = len(listed)
            always_in = sum(1 for a in listed if a.get("role") in roles)
        else:
            current = _current_applicants(session, rules)[0]
            applicants = len(current)
            always_in = sum(1 for a in current if a.role in roles)
        return LotteryStatus(
            rules=rules,
            offer_hours=hours,
            stage=stage,
            digest=run.applicant_digest if run is not None else "",
            seed=(run.seed or "") if run is not None else "",
            applicants=applicants,
            always_in=always_in,
            guaranteed=len(result.get("guaranteed", [])),
            drawn=len(result.get("drawn", [])),
            waitlist=len(result.get("waitlist", result.get("waiting_list", []))),
            committed_at=run.committed_at if run is not None and stage != "draft" else None,
            drawn_at=run.drawn_at if run is not None else None,
            offers_sent=run is not None and stage == "drawn" and _offers_sent(session, run),
        )


def set_rules(
    db: EventDB,
    *,
    places: int | None = None,
    cap_per_organisation: int | None = None,
    clear_cap: bool = False,
    min_shares: Sequence[MinShare] | None = None,
    guaranteed_roles: Sequence[str] | None = None,
    offer_hours: int | None = None,
    actor: str = "",
) -> LotteryStatus:
    """Change the rules; changing them after a commit withdraws the published digest."""
    asked = (places, cap_per_organisation, min_shares, guaranteed_roles, offer_hours)
    if not clear_cap and all(value is None for value in asked):
        return status(db)  # only looking: write nothing
    with db.session() as session:
        run = current_run(session)
        rules, hours = _rules_of(run)
        changing = clear_cap or any(
            v is not None for v in (places, cap_per_organisation, min_shares, guaranteed_roles)
        )
        if run is not None and _stage(run) == "drawn" and changing:
            if not run.rules.get("demo"):
                raise LotteryStateError(
                    _("The lottery has been drawn; reset the draw before changing its rules.")
                )
            run = None  # the demo's stand-in draw: start a real lottery
        new_rules = Rules(
            places=rules.places if places is None else places,
            guaranteed_roles=rules.guaranteed_roles if guaranteed_roles is None else tuple(guaranteed_roles),
            cap_per_organisation=None
            if clear_cap
            else (rules.cap_per_organisation if cap_per_organisation is None else cap_per_organisation),
            min_shares=rules.min_shares if min_shares is None else tuple(min_shares),
        )
        lottery.check_rules(new_rules)
        hours = hours if offer_hours is None else offer_hours
        if hours < 1:
            raise ValidationError("offer_hours", _("An offer must stay open for at least an hour."))
        if run is None:
            run = LotteryRun(rules=_rules_json(new_rules, hours), applicant_digest="", algorithm_version=0)
        elif _stage(run) == "drawn":
            run.rules = {**run.rules, "offer_hours": hours}
        else:
            if new_rules != rules and run.applicant_digest:
                audit(
                    session,
                    "lottery.uncommitted",
                    f"lottery:{run.id}",
                    {"reason": "rules changed"},
                    actor=actor,
                )
                run.applicant_digest = ""
                run.result = None
            run.rules = _rules_json(new_rules, hours)
        session.add(run)
    return status(db)


def _current_applicants(session: Session, rules: Rules) -> tuple[list[Applicant], dict[str, int]]:
    """Everyone in the lottery now: applied tickets, and the roles that are always in."""
    # The columns, not Person objects: 200,000 ORM objects took longer to build than the draw takes.
    rows = session.execute(
        sql_select(
            col(Person.id),
            col(Person.checkin_code),
            col(Person.role),
            col(Person.organisation),
            col(Person.organisation_type),
            col(Person.first_timer),
            col(Person.group_key),
            col(Ticket.state),
        ).join(Ticket, col(Ticket.person_id) == col(Person.id))
    ).all()
    roles = set(rules.guaranteed_roles)
    applicants: list[Applicant] = []
    ids: dict[str, int] = {}
    ended = {TicketState.CANCELLED.value, TicketState.DECLINED.value}
    for person_id, code, role, organisation, organisation_type, first_timer, group_key, state in rows:
        if state == TicketState.APPLIED.value or (role in roles and state not in ended):
            applicant = lottery_applicant(
                checkin_code=code,
                role=role,
                organisation=organisation,
                organisation_type=organisation_type,
                first_timer=bool(first_timer),
                group_key=group_key,
            )
            applicants.append(applicant)
            assert person_id is not None
            ids[applicant.id] = person_id
    return applicants, ids


def _update_tickets(session: Session, changes: Sequence[Mapping[str, Any]], **fixed: Any) -> None:
    """One executemany UPDATE of the tickets of ``changes`` (each names its ``person``); not one ORM
    object a ticket, which for 200,000 applicants took most of a draw's time."""
    if not changes:
        return
    table = Ticket.__table__  # type: ignore[attr-defined]
    names = [name for name in changes[0] if name != "person"]
    # A bound parameter may not share its column's name in an UPDATE, hence "new_…".
    statement = (
        update(table)
        .where(table.c.person_id == bindparam("person"))
        .values({**{name: bindparam(f"new_{name}") for name in names}, **fixed})
    )
    rows = [{f"new_{name}" if name != "person" else name: v for name, v in c.items()} for c in changes]
    session.connection().execute(statement, rows)


def _token_map(session: Session) -> dict[str, int]:
    from govcamp.domain.applicants import applicant_token

    return {
        applicant_token(code): pid
        for pid, code in session.exec(select(Person.id, Person.checkin_code))
        if pid
    }


def commit(db: EventDB, *, actor: str = "") -> LotteryStatus:
    """Fix the applicant list and rules; return the digest to publish before choosing the seed."""
    with db.session() as session:
        run = current_run(session)
        if run is None or run.rules.get("demo"):
            rules, hours = _rules_of(run)
            run = LotteryRun(rules=_rules_json(rules, hours), applicant_digest="", algorithm_version=0)
            session.add(run)
            session.flush()
        if _stage(run) == "drawn":
            raise LotteryStateError(_("The lottery has already been drawn."))
        rules, _hours = _rules_of(run)
        if rules.places < 1:
            raise ValidationError("places", _("Set the number of places before committing."))
        applicants, ids = _current_applicants(session, rules)
        if not applicants:
            raise LotteryStateError(_("Nobody has applied yet; import applicants first."))
        digest = lottery.digest(applicants, rules)
        run.applicant_digest = digest
        run.algorithm_version = lottery.ALGORITHM_VERSION
        run.result = {"applicants": [a.as_json() for a in sorted(applicants, key=lambda a: a.id)]}
        run.committed_at = utcnow()
        session.add(run)
        session.flush()
        _update_tickets(session, [{"person": person_id} for person_id in ids.values()], lottery_run_id=run.id)
        audit(
            session,
            "lottery.committed",
            f"lottery:{run.id}",
            {"applicant_digest": digest, "applicants": len(applicants), "rules": rules.as_json()},
            actor=actor,
        )
    return status(db)


def _stored(run: LotteryRun) -> tuple[list[Applicant], Rules]:
    result = run.result or {}
    return [Applicant.from_json(a) for a in result.get("applicants", [])], Rules.from_json(run.rules)


def draw(db: EventDB, seed: str, *, actor: str = "") -> DrawOutcome:
    """Draw the committed lottery with the public seed; tickets become drawn or waitlisted."""
    seed = seed.strip()
    if not seed:
        raise ValidationError(
            "seed", _("The seed is the public text chosen after applications closed; give one.")
        )
    with db.session() as session:
        run = current_run(session)
        stage = _stage(run)
        if run is None or stage in ("none", "draft") or run.rules.get("demo"):
            raise LotteryStateError(_("Commit the lottery and publish its digest before drawing."))
        if stage == "drawn":
            raise LotteryStateError(_("The lottery has already been drawn; `verify` replays it."))
        applicants, rules = _stored(run)
        current, ids = _current_applicants(session, rules)
        if lottery.digest(current, rules) != run.applicant_digest:
            raise LotteryStateError(
                _(
                    "The applicants have changed since the digest was published; commit again and publish "
                    "the new digest."
                )
            )
        result = lottery.draw(applicants, rules, seed)
        run.seed = seed
        run.drawn_at = utcnow()
        now = run.drawn_at
        applied = {
            person_id
            for person_id, state in session.exec(select(Ticket.person_id, Ticket.state))
            if state == TicketState.APPLIED.value
        }
        confirmed = [ids[token] for token in result.guaranteed if ids[token] in applied]
        _update_tickets(
            session,
            [{"person": person_id} for person_id in confirmed],
            state=TicketState.ACCEPTED.value,
            updated_at=now,
        )
        _update_tickets(
            session,
            [{"person": ids[token]} for token in result.drawn],
            state=TicketState.DRAWN.value,
            waitlist_position=None,
            updated_at=now,
        )
        _update_tickets(
            session,
            [
                {"person": ids[token], "waitlist_position": position}
                for position, token in enumerate(result.waitlist, start=1)
            ],
            state=TicketState.WAITLISTED.value,
            updated_at=now,
        )
        run.result = {
            **(run.result or {}),
            "guaranteed": list(result.guaranteed),
            "drawn": list(result.drawn),
            "waitlist": list(result.waitlist),
            "quotas": [{"label": q.label, "target": q.target, "filled": q.filled} for q in result.quotas],
            "confirmed_by_draw": confirmed,
        }
        session.add(run)
        audit(
            session,
            "lottery.drawn",
            f"lottery:{run.id}",
            {
                "seed": seed,
                "applicant_digest": run.applicant_digest,
                "drawn": len(result.drawn),
                "guaranteed": len(result.guaranteed),
                "waitlist": len(result.waitlist),
            },
            actor=actor,
        )
        return DrawOutcome(
            seed,
            run.applicant_digest,
            tuple(ids[t] for t in result.guaranteed),
            tuple(ids[t] for t in result.drawn),
            tuple(ids[t] for t in result.waitlist),
            result.quotas,
        )


def last_draw(db: EventDB) -> DrawOutcome | None:
    with db.session() as session:
        run = current_run(session)
        if run is None or _stage(run) != "drawn" or run.rules.get("demo"):
            return None
        ids = _token_map(session)
        result = run.result or {}

        def people(key: str) -> tuple[int, ...]:
            return tuple(ids[t] for t in result.get(key, []) if t in ids)

        quotas = tuple(
            lottery.QuotaOutcome(q["label"], q["target"], q["filled"]) for q in result.get("quotas", [])
        )
        return DrawOutcome(
            run.seed or "",
            run.applicant_digest,
            people("guaranteed"),
            people("drawn"),
            people("waitlist"),
            quotas,
        )


def reset_draw(db: EventDB, *, actor: str = "") -> LotteryStatus:
    """Undo the draw (back to committed) — only while no offer has been sent and nobody has replied."""
    with db.session() as session:
        run = current_run(session)
        if run is None or _stage(run) != "drawn" or run.rules.get("demo"):
            raise LotteryStateError(_("There is no draw to reset."))
        if _offers_sent(session, run):
            raise LotteryStateError(_("Offers have been sent since the draw, so it can no longer be reset."))
        result = dict(run.result or {})
        confirmed = set(result.get("confirmed_by_draw", []))
        tickets = session.exec(select(Ticket).where(Ticket.lottery_run_id == run.id)).all()
        for ticket in tickets:
            expected = {TicketState.DRAWN.value, TicketState.WAITLISTED.value}
            if ticket.person_id in confirmed:
                expected = {TicketState.ACCEPTED.value}
            if ticket.state not in expected and ticket.state != TicketState.APPLIED.value:
                raise LotteryStateError(
                    _("Some people have already replied to the draw, so it can no longer be reset.")
                )
        for ticket in tickets:
            ticket.state = TicketState.APPLIED.value
            ticket.waitlist_position = None
            ticket.offer_deadline = None
            session.add(ticket)
        for key in ("guaranteed", "drawn", "waitlist", "quotas", "confirmed_by_draw"):
            result.pop(key, None)
        run.result = result
        audit(session, "lottery.reset", f"lottery:{run.id}", {"seed": run.seed}, actor=actor)
        run.seed = None
        run.drawn_at = None
        session.add(run)
    return status(db)


# Each list's two sentences whole, for a translator: (differs at a position, differs in length).
_DIFFERENCES = {
    "guaranteed": (
        N_("The guaranteed list differs at position {position}: stored {stored}, the replay gives {again}."),
        N_("The guaranteed list has {stored} entries stored but the replay gives {again}."),
    ),
    "drawn": (
        N_("The drawn list differs at position {position}: stored {stored}, the replay gives {again}."),
        N_("The drawn list has {stored} entries stored but the replay gives {again}."),
    ),
    "waitlist": (
        N_("The waiting list differs at position {position}: stored {stored}, the replay gives {again}."),
        N_("The waiting list has {stored} entries stored but the replay gives {again}."),
    ),
}


def _compare(key: str, stored: Sequence[str], again: Sequence[str]) -> str | None:
    at_position, in_length = _DIFFERENCES[key]
    for position, (a, b) in enumerate(zip(stored, again, strict=False), start=1):
        if a != b:
            return _(at_position).format(position=position, stored=a, again=b)
    if len(stored) != len(again):
        return _(in_length).format(stored=len(stored), again=len(again))
    return None


def _verify(record: Mapping[str, Any]) -> Verification:
    try:
        applicants = [Applicant.from_json(a) for a in record["applicants"]]
        rules = Rules.from_json(record["rules"])
        seed = str(record["seed"])
        digest = str(record["applicant_digest"])
        stored = {key: [str(t) for t in record[key]] for key in ("guaranteed", "drawn", "waitlist")}
    except (KeyError, TypeError, ValueError) as exc:
        raise GovcampError(
            _("The draw record is incomplete or damaged ({reason}).").format(reason=exc)
        ) from exc
    if int(record.get("algorithm_version", lottery.ALGORITHM_VERSION)) != lottery.ALGORITHM_VERSION:
        return Verification(False, _("The draw was made by another version of the algorithm."))
    again_digest = lottery.digest(applicants, rules)
    if again_digest != digest:
        return Verification(
            False,
            _("The digest differs: published {digest}, the applicants and rules give {again}.").format(
                digest=digest, again=again_digest
            ),
        )
    result = lottery.draw(applicants, rules, seed)
    for key, again in (
        ("guaranteed", result.guaranteed),
        ("drawn", result.drawn),
        ("waitlist", result.waitlist),
    ):
        difference = _compare(key, stored[key], again)
        if difference:
            return Verification(False, difference)
    return Verification(True, _("verified"))


def _record(run: LotteryRun) -> dict[str, Any]:
    result = run.result or {}
    return {
        "format": RECORD_FORMAT,
        "algorithm_version": run.algorithm_version,
        "rules": Rules.from_json(run.rules).as_json(),
        "applicant_digest": run.applicant_digest,
        "seed": run.seed,
        "committed_at": run.committed_at.isoformat(),
        "drawn_at": run.drawn_at.isoformat() if run.drawn_at else None,
        "applicants": result.get("applicants", []),
        "guaranteed": result.get("guaranteed", []),
        "drawn": result.get("drawn", []),
        "waitlist": result.get("waitlist", []),
    }


def _drawn_run(session: Session) -> LotteryRun:
    run = current_run(session)
    if run is None or _stage(run) != "drawn":
        raise LotteryStateError(_("The lottery has not been drawn yet."))
    if run.rules.get("demo") or run.algorithm_version != lottery.ALGORITHM_VERSION:
        raise LotteryStateError(_("This draw was not made by govcamp's lottery, so it cannot be replayed."))
    return run


def verify(db: EventDB) -> Verification:
    """Replay the stored draw from its applicants, rules and seed; say "verified" or the first difference."""
    with db.session() as session:
        run = _drawn_run(session)
        outcome = _verify(_record(run))
        if not outcome.ok:
            return outcome
        tokens = _token_map(session)
        for applicant in (run.result or {}).get("applicants", []):
            if applicant["id"] not in tokens:
                return Verification(
                    False,
                    _("Applicant {id} of the draw is no longer in the event file.").format(
                        id=applicant["id"]
                    ),
                )
        members = session.exec(select(Ticket.person_id).where(Ticket.lottery_run_id == run.id)).all()
        known = {tokens[a["id"]] for a in (run.result or {}).get("applicants", [])}
        for person_id in members:
            if person_id not in known:
                return Verification(
                    False,
                    _("Person {id} holds a ticket from this draw but was not in it.").format(id=person_id),
                )
        return outcome


def export_record(db: EventDB, target: Path) -> dict[str, Any]:
    """Write the draw record anyone can verify: rules, digest, seed, hashed applicants, results."""
    with db.session() as session:
        record = _record(_drawn_run(session))
    target.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return record


def verify_record(path: Path) -> Verification:
    """Replay a published draw record, with no event file needed."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GovcampError(_("There is no file at {path}.").format(path=path)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GovcampError(_("{name} is not a govcamp draw record.").format(name=path.name)) from exc
    if not isinstance(record, dict) or record.get("format") != RECORD_FORMAT:
        raise GovcampError(_("{name} is not a govcamp draw record.").format(name=path.name))
    return _verify(record)


def simulate(db: EventDB, runs: int, rules: Rules | None = None) -> SimulationOutcome:
    """Chances of a place for each applicant now and each group, over ``runs`` draws with different seeds."""
    steps = simulate_steps(db, runs, rules)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            outcome: SimulationOutcome = stop.value
            return outcome


def simulate_steps(
    db: EventDB, runs: int, rules: Rules | None = None
) -> Generator[tuple[int, int, str], None, SimulationOutcome]:
    """:func:`simulate` yielding ``(done, total, message)`` as the draws run; returns the outcome."""
    with db.session() as session:
        run = current_run(session)
        current_rules = rules or _rules_of(run)[0]
        applicants, ids = _current_applicants(session, current_rules)
        if _stage(run) in ("committed", "drawn") and run is not None and not run.rules.get("demo"):
            applicants, _stored_rules = _stored(run)
            ids = _token_map(session)
    if not applicants:
        raise LotteryStateError(_("Nobody has applied yet; import applicants first."))
    steps = lottery.simulation_steps(applicants, replace(current_rules), runs)
    while True:
        try:
            done, total = next(steps)
        except StopIteration as stop:
            result: lottery.Simulation = stop.value
            break
        yield (
            done,
            total,
            ngettext(
                # The English says "applicants" for one too, as it always has; Welsh has its six forms.
                "Simulated {done} of {total} draws over {n} applicants…",
                "Simulated {done} of {total} draws over {n} applicants…",
                len(applicants),
            ).format(done=f"{done:,}", total=f"{total:,}", n=f"{len(applicants):,}"),
        )
    return SimulationOutcome(
        runs,
        {ids[token]: share for token, share in result.applicants.items() if token in ids},
        dict(result.groups),
    )
