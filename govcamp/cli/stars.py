"""``govcamp stars``: the stars attendees gave sessions on their phones, the limit, revoked codes."""

from __future__ import annotations

import argparse
from typing import Any

from govcamp.cli.common import group, open_db, print_json


def cmd_list(args: argparse.Namespace) -> int:
    from govcamp.services import pitches, stars

    with open_db(args.file) as db:
        counts = stars.star_counts(db)
        titles = {s.id: s.title for s in pitches.list_sessions(db)} if not args.json else {}
    if args.json:
        print_json([{"session": c.session_id, "stars": c.stars} for c in counts])
        return 0
    if not counts:
        print("No sessions yet.")
        return 0
    for c in sorted(counts, key=lambda c: (-c.stars, c.session_id)):
        print(f"{c.stars:4}  {c.session_id:4}  {titles.get(c.session_id, '')}")
    return 0


def cmd_limit(args: argparse.Namespace) -> int:
    from govcamp.services import stars

    with open_db(args.file) as db:
        if args.number is None:
            print(stars.max_stars(db))
        else:
            print(f"Each attendee may now star {stars.set_max_stars(db, args.number)} sessions.")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from govcamp.services import stars

    with open_db(args.file) as db:
        person_id = stars.person_id_of(db, args.person)
        if args.undo:
            stars.restore_code(db, person_id)
            print(f"Person {person_id}'s code works on phones again.")
        else:
            stars.revoke_code(db, person_id, desk=args.desk)
            print(f"Person {person_id}'s code no longer signs in on phones; their stars no longer count.")
    return 0


def register(sub: Any) -> None:
    """Add ``stars list|limit|revoke``."""
    actions = group(sub, "stars", "The stars attendees gave sessions on their phones.")
    p = actions.add_parser("list", help="each session's star count", description="Each session's star count.")
    p.add_argument("file", help="the event file, or a postgresql:// URL")
    p.add_argument("--json", action="store_true", help='JSON: [{"session": ID, "stars": N}]')
    p.set_defaults(handler=cmd_list)
    p = actions.add_parser(
        "limit", help="show or set the most stars each", description="Show or set the most stars each."
    )
    p.add_argument("file", help="the event file, or a postgresql:// URL")
    p.add_argument("number", nargs="?", type=int, help="the new limit (1–100)")
    p.set_defaults(handler=cmd_limit)
    p = actions.add_parser(
        "revoke",
        help="stop a person's code signing in on phones",
        description="Stop a person's check-in code signing in on phones; their stars stop counting.",
    )
    p.add_argument("file", help="the event file, or a postgresql:// URL")
    p.add_argument("person", help="the person's check-in code, e-mail or id")
    p.add_argument("--undo", action="store_true", help="let the code sign in again")
    p.add_argument("--desk", default="", help="the desk revoking it, for the record")
    p.set_defaults(handler=cmd_revoke)
