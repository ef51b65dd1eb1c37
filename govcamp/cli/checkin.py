"""The welcome desk from the command line: ``checkin``, ``door``, ``walkin`` and ``print badge``.

``govcamp checkin FILE PERSON`` and ``govcamp checkin undo FILE PERSON`` / ``govcamp checkin list FILE``
share their first word, so ``checkin`` takes its words as they come and tells the three apart by the first
one (an event file really called ``undo`` or ``list`` is given as ``./undo``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govcamp.cli.common import Parser, UsageError, add_force, command, group, open_db, print_json

if TYPE_CHECKING:
    from govcamp.services.checkin import CheckinOutcome

EXIT_REFUSED = 1
_USAGE = (
    "govcamp checkin FILE PERSON [--desk NAME] [--json]\n"
    "       govcamp checkin undo FILE PERSON [--json]\n"
    "       govcamp checkin list FILE [--json]"
)


def _local(moment: object, db: Any) -> str:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from govcamp.services.event import get_details

    if not isinstance(moment, datetime):
        return ""
    return moment.astimezone(ZoneInfo(get_details(db).timezone)).strftime("%H:%M")


def _words(outcome: CheckinOutcome, at: str) -> str:
    from govcamp.domain.checkin import CheckinResult

    person = outcome.person
    who = (
        person.full_name + (f" ({person.organisation})" if person and person.organisation else "")
        if person
        else ""
    )
    desk = f" at {outcome.desk}" if outcome.desk else ""
    if outcome.result == CheckinResult.CHECKED_IN:
        return f"Checked in {who}{desk}, {at}."
    if outcome.result == CheckinResult.ALREADY:
        return f"{who} is already in, since {at}{desk}."
    if outcome.result == CheckinResult.WAITLISTED:
        return f"{who} has no place: {outcome.reason} (add them to the door queue with `govcamp door add`)."
    if outcome.result == CheckinResult.NO_PLACE:
        return f"{who} has no place: {outcome.reason}."
    return f"Nobody in this event is “{outcome.query}” (give a check-in code, e-mail or id)."


def cmd_checkin(args: argparse.Namespace) -> int:
    words: list[str] = args.words
    if words[0] == "undo":
        if len(words) != 3:
            raise UsageError("govcamp checkin undo: give FILE PERSON (see govcamp checkin --help)")
        return _undo(words[1], words[2], args)
    if words[0] == "list":
        if len(words) != 2:
            raise UsageError("govcamp checkin list: give FILE (see govcamp checkin --help)")
        return _list(words[1], args)
    if len(words) != 2:
        raise UsageError("govcamp checkin: give FILE PERSON (see govcamp checkin --help)")
    from govcamp.services.checkin import check_in

    with open_db(words[0]) as db:
        outcome = check_in(db, words[1], desk=args.desk or "")
        at = _local(outcome.checked_in_at, db)
    if args.json:
        print_json(outcome.as_json())
    if outcome.ok:
        if not args.json:
            print(_words(outcome, at))
        return 0
    print(f"govcamp: {_words(outcome, at)}", file=sys.stderr)
    return EXIT_REFUSED


def _undo(file: str, person: str, args: argparse.Namespace) -> int:
    from govcamp.services.checkin import undo_check_in

    with open_db(file) as db:
        outcome = undo_check_in(db, person)
    assert outcome.person is not None
    if args.json:
        print_json({"result": "undone", "person": outcome.person.as_json(), "state": outcome.state})
    else:
        print(f"Took back {outcome.person.full_name}'s check-in; their place is kept ({outcome.state}).")
    return 0


def _list(file: str, args: argparse.Namespace) -> int:
    from govcamp.services.checkin import counts, people

    with open_db(file) as db:
        numbers = counts(db)
        everyone = people(db)
    if args.json:
        print_json(
            {
                "expected": numbers.expected,
                "checked_in": numbers.checked_in,
                "not_yet": numbers.not_yet,
                "door_queue": numbers.door_queue,
                "free_places": numbers.free_places,
                "arrivals": [{"from": at.isoformat(), "count": n} for at, n in numbers.arrivals],
                "people": [
                    {
                        **p.person.as_json(),
                        "state": p.state,
                        "checked_in_at": p.checked_in_at.isoformat() if p.checked_in_at else None,
                        "desk": p.desk or None,
                        "door_queue": p.in_door_queue,
                    }
                    for p in everyone
                ],
            }
        )
        return 0
    print(
        f"{numbers.checked_in:,} of {numbers.expected:,} checked in, {numbers.not_yet:,} not yet; "
        f"{numbers.door_queue:,} in the door queue; {numbers.free_places:,} places free."
    )
    for p in everyone:
        where = f"  {p.desk}" if p.desk else ""
        state = "door queue" if p.in_door_queue else p.state.replace("_", " ")
        print(f"{p.person.id:>6}  {p.person.full_name:<32}  {state}{where}")
    return 0


def cmd_door_add(args: argparse.Namespace) -> int:
    from govcamp.services.door import door_add

    with open_db(args.file) as db:
        position = door_add(db, args.person)
    print(f"Added to the door queue at number {position}.")
    return 0


def cmd_door_release(args: argparse.Namespace) -> int:
    from govcamp.services.door import release_no_shows

    with open_db(args.file) as db:
        outcome = release_no_shows(db, dry_run=args.dry_run, desk=args.desk or "")
    if args.json:
        print_json(outcome.as_json())
        return 0
    verb = "Would release" if args.dry_run else "Released"
    print(
        f"{verb} {len(outcome.no_shows):,} no-show(s); "
        f"{len(outcome.admitted):,} from the door queue given a place."
    )
    for change in outcome.no_shows:
        print(f"  no-show  {change.person.id:>6}  {change.person.full_name}")
    for change in outcome.admitted:
        print(f"  in       {change.person.id:>6}  {change.person.full_name}")
    return 0


def cmd_walkin(args: argparse.Namespace) -> int:
    from govcamp.services.door import WalkIn, walk_in

    person = WalkIn(args.name, args.badge_name, args.pronouns, args.organisation, args.email)
    with open_db(args.file) as db:
        outcome = walk_in(db, person, desk=args.desk or "")
    if args.json:
        print_json(outcome.as_json())
    elif outcome.placed:
        print(
            f"Checked in {outcome.person.full_name} "
            f"(id {outcome.person.id}, code {outcome.person.checkin_code})."
        )
    else:
        print(
            f"No place is free: {outcome.person.full_name} is number {outcome.door_position} "
            "in the door queue "
            f"(id {outcome.person.id})."
        )
    return 0


def cmd_print_badge(args: argparse.Namespace) -> int:
    from govcamp.exports.layouts import get_layout
    from govcamp.exports.one_badge import check_position, write_one_badge
    from govcamp.services.badge_print import one_badge, person_id_of, print_badge, record_print

    if (args.output is None) == (args.printer is None):
        raise UsageError("govcamp print badge: give --printer NAME or -o ONE.pdf (one of them)")
    check_position(get_layout(args.layout), args.position)
    if args.output is not None:
        from govcamp.exports import outputs

        target = outputs.check_output(Path(args.output), force=args.force)
    with open_db(args.file) as db:
        person_id = person_id_of(db, args.person)
        if args.output is not None:
            badge = one_badge(db, person_id)
            out = outputs.write_with(
                target,
                lambda partial: write_one_badge(
                    badge.badge,
                    partial,
                    event_name=badge.event_name,
                    layout=args.layout,
                    position=args.position,
                ),
                force=args.force,
            )
            out = target
            record_print(
                db,
                person_id,
                desk=args.desk or "",
                printer=str(out),
                layout=args.layout,
                position=args.position,
            )
            print(f"Wrote {badge.badge.full_name}'s badge to {out}.")
            return 0
        _record, job = print_badge(
            db,
            person_id,
            printer=args.printer,
            layout=args.layout,
            position=args.position,
            desk=args.desk or "",
        )
    print(job or f"Sent the badge to {args.printer}.")
    return 0


def register(sub: Any) -> None:
    """Add ``checkin``, ``door``, ``walkin`` and ``print``."""
    from govcamp.exports.layouts import LAYOUTS

    p = command(sub, "checkin", cmd_checkin, "Check a person in at the desk (or undo it, or list the day).")
    p.usage = _USAGE
    p.add_argument("words", nargs="+", metavar="FILE PERSON", help="PERSON is a check-in code, e-mail or id")
    p.add_argument("--desk", metavar="NAME", help="the desk's name, recorded with the check-in")
    p.add_argument("--json", action="store_true", help="the result as JSON")

    actions = group(sub, "door", "The door queue: waiting-list people and walk-ins hoping for a place.")
    q: Parser = actions.add_parser(
        "add", help="put a waiting-list person who has turned up in the door queue"
    )
    q.set_defaults(handler=cmd_door_add)
    q.add_argument("file")
    q.add_argument("person", help="a check-in code, e-mail or id")
    q = actions.add_parser(
        "release", help="mark people not yet in as no-shows; their places go to the door queue"
    )
    q.set_defaults(handler=cmd_door_release)
    q.add_argument("file")
    q.add_argument(
        "--dry-run", action="store_true", help="say who would be released and admitted; change nothing"
    )
    q.add_argument("--desk", metavar="NAME", help="the desk checking the door queue in")
    q.add_argument("--json", action="store_true")

    p = command(
        sub, "walkin", cmd_walkin, "Add a walk-in: a place if one is free, else the end of the door queue."
    )
    p.add_argument("file")
    p.add_argument("--name", required=True, help="full name")
    p.add_argument(
        "--badge-name", default="", metavar="T", help="the name on the badge (default: first name)"
    )
    p.add_argument("--pronouns", default="", metavar="T")
    p.add_argument("--organisation", default="", metavar="T")
    p.add_argument("--email", default="", metavar="E")
    p.add_argument("--desk", metavar="NAME")
    p.add_argument("--json", action="store_true")

    actions = group(sub, "print", "Print at the desk.")
    q = actions.add_parser("badge", help="one person's badge, on a printer or as a PDF")
    q.set_defaults(handler=cmd_print_badge)
    q.add_argument("file")
    q.add_argument("person", help="a check-in code, e-mail or id")
    q.add_argument("--printer", metavar="NAME", help="a CUPS printer (see `lpstat -p`)")
    q.add_argument("-o", "--output", metavar="ONE.pdf", help="write the one-badge PDF instead")
    add_force(q)
    q.add_argument("--layout", default="a6", choices=list(LAYOUTS), help="the stock (default: a6)")
    q.add_argument("--position", type=int, default=1, metavar="N", help="label position on the sheet, from 1")
    q.add_argument("--desk", metavar="NAME", help="the desk, for the print log")
