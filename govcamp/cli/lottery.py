"""``govcamp lottery …`` and ``govcamp tickets …``: the draw, its proof, and the waiting list."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govcamp.cli.common import UsageError, add_force, csv_list, group, open_db, print_json

if TYPE_CHECKING:
    from govcamp.services.lottery import LotteryStatus
    from govcamp.services.tickets import TicketChange, TicketsOutcome

EXIT_DIFFERENT = 1


def _status_json(status: LotteryStatus) -> dict[str, Any]:
    return {
        "stage": status.stage,
        "rules": status.rules.as_json(),
        "offer_hours": status.offer_hours,
        "digest": status.digest,
        "seed": status.seed,
        "applicants": status.applicants,
        "guaranteed": status.guaranteed,
        "drawn": status.drawn,
        "waitlist": status.waitlist,
        "committed_at": status.committed_at.isoformat() if status.committed_at else None,
        "drawn_at": status.drawn_at.isoformat() if status.drawn_at else None,
    }


def _print_rules(status: LotteryStatus) -> None:
    rules = status.rules
    print(f"Places: {rules.places}")
    print(f"Always in: {', '.join(rules.guaranteed_roles) or 'nobody'}")
    print(f"Cap per organisation: {rules.cap_per_organisation or 'none'}")
    for share in rules.min_shares:
        print(f"At least {share.share:.0%} {share.field} = {share.value}")
    print(f"Offers stay open for {status.offer_hours} hours.")
    print(f"Stage: {status.stage}" + (f", digest {status.digest}" if status.digest else ""))


def cmd_rules(args: argparse.Namespace) -> int:
    from govcamp.domain.lottery import parse_min_share
    from govcamp.services import lottery

    shares = None
    if args.clear_shares:
        shares = []
    if args.min_share:
        shares = [parse_min_share(text) for text in args.min_share]
    with open_db(args.file) as db:
        status = lottery.set_rules(
            db,
            places=args.places,
            cap_per_organisation=args.cap_per_organisation,
            clear_cap=args.no_cap,
            min_shares=shares,
            guaranteed_roles=csv_list(args.guaranteed_roles) if args.guaranteed_roles is not None else None,
            offer_hours=args.offer_hours,
        )
    if args.json:
        print_json(_status_json(status))
    else:
        _print_rules(status)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from govcamp.services import lottery

    with open_db(args.file) as db:
        status = lottery.status(db)
    if args.json:
        print_json(_status_json(status))
    else:
        _print_rules(status)
        print(f"Applicants: {status.applicants}; drawn {status.drawn}, waiting {status.waitlist}.")
    return 0


def cmd_commit(args: argparse.Namespace) -> int:
    from govcamp.services import lottery

    with open_db(args.file) as db:
        status = lottery.commit(db)
    if args.json:
        print_json(_status_json(status))
        return 0
    print(f"Committed {status.applicants} applicants for {status.rules.places} places.")
    print("Publish this digest before choosing the seed:")
    print(status.digest)
    return 0


def cmd_draw(args: argparse.Namespace) -> int:
    from govcamp.services import lottery

    with open_db(args.file) as db:
        outcome = lottery.draw(db, args.seed)
    if args.json:
        print_json(
            {
                "seed": outcome.seed,
                "digest": outcome.digest,
                "guaranteed": list(outcome.guaranteed),
                "drawn": list(outcome.drawn),
                "waitlist": list(outcome.waitlist),
                "quotas": [
                    {"share": q.label, "target": q.target, "filled": q.filled} for q in outcome.quotas
                ],
            }
        )
        return 0
    print(f"Drawn with seed “{outcome.seed}” over digest {outcome.digest}.")
    print(
        f"{len(outcome.guaranteed)} always in, {len(outcome.drawn)} drawn, "
        f"{len(outcome.waitlist)} on the waiting list."
    )
    for quota in outcome.quotas:
        print(f"  {quota.label}: {quota.filled} (at least {quota.target} wanted)")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from govcamp.services import lottery

    if args.record:
        outcome = lottery.verify_record(Path(args.record))
    elif args.file:
        with open_db(args.file) as db:
            outcome = lottery.verify(db)
    else:
        raise UsageError("govcamp lottery verify: give an event FILE or --record RECORD.json")
    print(outcome.message)
    return 0 if outcome.ok else EXIT_DIFFERENT


def cmd_record(args: argparse.Namespace) -> int:
    from govcamp.exports import outputs
    from govcamp.services import lottery

    out = outputs.check_output(Path(args.output), force=args.force)
    with open_db(args.file) as db:
        record = outputs.write_with(out, lambda partial: lottery.export_record(db, partial), force=args.force)
    print(
        f"Wrote the draw record ({len(record['applicants'])} applicants, no personal data) to {args.output}; "
        f"anyone can check it with `govcamp lottery verify --record {args.output}`."
    )
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from govcamp.services import lottery

    if args.runs < 1:
        raise UsageError("govcamp lottery simulate: --runs must be at least 1")
    with open_db(args.file) as db:
        outcome = lottery.simulate(db, args.runs)
    if args.json:
        print_json(
            {
                "runs": outcome.runs,
                "applicants": {str(pid): share for pid, share in sorted(outcome.applicants.items())},
                "groups": outcome.groups,
            }
        )
        return 0
    print(f"Chance of a place over {outcome.runs} draws:")
    for label, share in outcome.groups.items():
        print(f"  {label:<40} {share:6.1%}")
    return 0


def cmd_reset(args: argparse.Namespace) -> int:
    from govcamp.services import lottery

    with open_db(args.file) as db:
        lottery.reset_draw(db)
    print("The draw is reset; the lottery is committed and ready to draw again.")
    return 0


# ----------------------------------------------------------------------------------------- tickets


def _now(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"govcamp tickets: “{text}” is not a time; use YYYY-MM-DDTHH:MM+00:00") from exc
    if moment.tzinfo is None:
        raise UsageError("govcamp tickets: give --now with its UTC offset, e.g. 2027-05-20T09:00+01:00")
    return moment


def _line(change: TicketChange) -> str:
    text = f"{change.person_id:>6}  {change.full_name}: {change.before} → {change.after}"
    if change.offer_deadline is not None:
        text += f" (reply by {change.offer_deadline:%Y-%m-%d %H:%M} UTC)"
    return text


def _report(outcome: TicketsOutcome, as_json: bool) -> int:
    if as_json:
        print_json(
            {
                "changed": [
                    {"id": c.person_id, "from": c.before, "to": c.after, "offer_deadline": c.offer_deadline}
                    for c in outcome.changed
                ],
                "offered": [{"id": c.person_id, "offer_deadline": c.offer_deadline} for c in outcome.offered],
            }
        )
        return 0
    for change in outcome.changed:
        print(_line(change))
    if outcome.offered:
        print("Places passed on to the waiting list:")
        for change in outcome.offered:
            print(_line(change))
    if not outcome.changed and not outcome.offered:
        print("Nothing to change.")
    return 0


def cmd_offer(args: argparse.Namespace) -> int:
    from govcamp.services import tickets

    with open_db(args.file) as db:
        outcome = tickets.offer(db, args.people, hours=args.hours, now=_now(args.now))
    return _report(outcome, args.json)


def _simple(action: str) -> Any:
    def handler(args: argparse.Namespace) -> int:
        from govcamp.services import tickets

        if not args.people:
            raise UsageError(
                f"govcamp tickets {action}: name at least one PERSON (id, email or check-in code)"
            )
        with open_db(args.file) as db:
            if action == "accept":
                outcome = tickets.accept(db, args.people, now=_now(args.now))
            elif action == "decline":
                outcome = tickets.decline(db, args.people, hours=args.hours, now=_now(args.now))
            else:
                outcome = tickets.cancel(db, args.people, hours=args.hours, now=_now(args.now))
        return _report(outcome, args.json)

    return handler


def cmd_expire(args: argparse.Namespace) -> int:
    from govcamp.services import tickets

    with open_db(args.file) as db:
        outcome = tickets.expire(db, hours=args.hours, now=_now(args.now))
    return _report(outcome, args.json)


def cmd_export(args: argparse.Namespace) -> int:
    from govcamp.exports import outputs
    from govcamp.services import tickets

    out = outputs.check_output(Path(args.output), force=args.force)
    with open_db(args.file) as db:
        count = outputs.write_with(
            out, lambda partial: tickets.export_csv(db, args.status, partial), force=args.force
        )
    print(f"Wrote {count} {args.status} people to {args.output}.")
    return 0


def register(sub: Any) -> None:
    """Add ``govcamp lottery`` (rules, status, commit, draw, verify, record, simulate, reset), ``tickets``."""
    actions = group(sub, "lottery", "Set the lottery's rules, commit, draw, verify and simulate.")
    p = actions.add_parser("rules", help="show or change the rules")
    p.set_defaults(handler=cmd_rules)
    p.add_argument("file")
    p.add_argument("--places", type=int)
    p.add_argument("--cap-per-organisation", type=int, metavar="K")
    p.add_argument("--no-cap", action="store_true", help="remove the cap per organisation")
    p.add_argument(
        "--min-share",
        action="append",
        default=[],
        metavar="FIELD=VALUE:SHARE",
        help="e.g. organisation_type=local_government:60%% or first_timer=yes:0.2 (replaces all shares)",
    )
    p.add_argument("--clear-shares", action="store_true", help="remove every minimum share")
    p.add_argument("--guaranteed-roles", metavar="ROLES", help="comma-separated roles always in")
    p.add_argument("--offer-hours", type=int, metavar="H", help="how long an offer stays open (default 48)")
    p.add_argument("--json", action="store_true")

    p = actions.add_parser("status", help="where the lottery stands")
    p.set_defaults(handler=cmd_status)
    p.add_argument("file")
    p.add_argument("--json", action="store_true")

    p = actions.add_parser("commit", help="fix the applicant list and print the digest to publish")
    p.set_defaults(handler=cmd_commit)
    p.add_argument("file")
    p.add_argument("--json", action="store_true")

    p = actions.add_parser("draw", help="draw the places with a public seed")
    p.set_defaults(handler=cmd_draw)
    p.add_argument("file")
    p.add_argument("--seed", required=True, help="text chosen after applications closed")
    p.add_argument("--json", action="store_true")

    p = actions.add_parser("verify", help="replay the draw (from the event file or a published record)")
    p.set_defaults(handler=cmd_verify)
    p.add_argument("file", nargs="?")
    p.add_argument("--record", metavar="RECORD.json", help="verify a published draw record instead")

    p = actions.add_parser(
        "record", help="export the draw record, without personal data, for anyone to verify"
    )
    p.set_defaults(handler=cmd_record)
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True, metavar="RECORD.json")
    add_force(p)

    p = actions.add_parser("simulate", help="run the draw many times to see each applicant's chance")
    p.set_defaults(handler=cmd_simulate)
    p.add_argument("file")
    p.add_argument("--runs", type=int, default=1000)
    p.add_argument("--json", action="store_true")

    p = actions.add_parser("reset", help="undo the draw, while no offer has been sent")
    p.set_defaults(handler=cmd_reset)
    p.add_argument("file")

    tickets = group(sub, "tickets", "Offers, replies and the waiting list.")
    for name, handler, help_ in (
        (
            "offer",
            cmd_offer,
            "offer places (to PERSON…, or with none, the free places in waiting-list order)",
        ),
        ("accept", _simple("accept"), "PERSON… take their places"),
        ("decline", _simple("decline"), "PERSON… say no; their places pass on"),
        ("cancel", _simple("cancel"), "cancel PERSON…'s tickets; their places pass on"),
    ):
        p = tickets.add_parser(name, help=help_)
        p.set_defaults(handler=handler)
        p.add_argument("file")
        p.add_argument("people", nargs="*", metavar="PERSON", help="id, email or check-in code")
        p.add_argument("--hours", type=int, help="how long offers stay open (default: the lottery's rule)")
        p.add_argument("--now", help=argparse.SUPPRESS)
        p.add_argument("--json", action="store_true")
    p = tickets.add_parser("expire", help="expire offers past their deadline and pass their places on")
    p.set_defaults(handler=cmd_expire)
    p.add_argument("file")
    p.add_argument("--hours", type=int)
    p.add_argument("--now", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true")
    p = tickets.add_parser("export", help="a CSV for a mail merge")
    p.set_defaults(handler=cmd_export)
    p.add_argument("file")
    p.add_argument("--status", required=True, choices=["offered", "waitlisted", "confirmed"])
    p.add_argument("-o", "--output", required=True, metavar="CSV")
    add_force(p)
