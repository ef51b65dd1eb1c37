"""``govcamp export calendar FILE -o OUT.ics [--room ROOM | --person EMAIL_OR_ID]``: the programme as a
calendar file that Google, Outlook and Apple calendars import and update in place."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from govcamp.cli.common import add_force, open_db, print_json


def cmd_calendar(args: argparse.Namespace) -> int:
    from govcamp.exports import outputs
    from govcamp.exports.calendar import calendar_bytes
    from govcamp.services.calendar import collect

    out = outputs.check_output(Path(args.output), force=args.force)
    with open_db(args.file) as db:
        data = collect(db, room=args.room, person=args.person)
    outputs.write_bytes(out, calendar_bytes(data), force=args.force)
    cancelled = sum(1 for e in data.entries if e.cancelled)
    if args.json:
        print_json(
            {
                "file": str(out),
                "name": data.name,
                "sessions": len(data.entries) - cancelled,
                "cancelled": cancelled,
                "published_version": data.published_version,
            }
        )
        return 0
    live = len(data.entries) - cancelled
    plural = "" if live == 1 else "s"
    extra = f" and {cancelled} cancelled" if cancelled else ""
    source = f"grid v{data.published_version}" if data.published_version else "the working grid (unpublished)"
    print(f"Wrote {live} session{plural}{extra} from {source} to {out}.")
    return 0


def register(actions: Any) -> None:
    """Add ``govcamp export calendar``."""
    p = actions.add_parser(
        "calendar",
        help="the programme as an iCalendar (.ics) file",
        description="Write the published grid as an iCalendar file: the whole event, one room, or one "
        "person's sessions (hosted or starred). Importing a newer file updates moved sessions in place.",
    )
    p.set_defaults(handler=cmd_calendar)
    p.add_argument("file", help="the event file (*.govcamp)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.ics", help="the calendar file to write")
    add_force(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--room", metavar="ROOM", help="only this room's sessions (its name or id)")
    which.add_argument(
        "--person", metavar="EMAIL_OR_ID", help="only the sessions this person hosts or starred"
    )
    p.add_argument("--json", action="store_true", help="say what was written as JSON")
