"""``govcamp export schedule FILE -o schedule.xml|schedule.json|programme.json``: the published programme
for conference apps (frab's ``schedule.xml``, which Giggity and ConfClerk load, and frab's
``schedule.json``) or as our own documented JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from govcamp.cli.common import UsageError, add_force, open_db

FORMATS = {".xml": "frab-xml", ".json": "json"}
KINDS = ("frab-xml", "frab-json", "json")
#: frab's own name for its JSON: a file called this gets frab's format, any other .json our programme JSON.
FRAB_JSON_NAME = "schedule.json"


def format_for(out: Path) -> str | None:
    """The format a file name asks for, or None."""
    if out.name.lower() == FRAB_JSON_NAME:
        return "frab-json"
    return FORMATS.get(out.suffix.lower())


def cmd_schedule(args: argparse.Namespace) -> int:
    from govcamp.exports import outputs
    from govcamp.exports.schedule import frab_json, frab_xml, programme_json
    from govcamp.services.calendar import collect

    out = Path(args.output)
    kind = args.format or format_for(out)
    if kind is None:
        raise UsageError(
            "govcamp export schedule: end the file name in .xml or .json, "
            "or say --format frab-xml|frab-json|json"
        )
    outputs.check_output(out, force=args.force)
    with open_db(args.file) as db:
        data = collect(db)
    writers = {"frab-xml": frab_xml, "frab-json": frab_json, "json": programme_json}
    outputs.write_bytes(out, writers[kind](data), force=args.force)
    live = sum(1 for e in data.entries if not e.cancelled)
    what = {"frab-xml": "frab schedule.xml", "frab-json": "frab schedule.json", "json": "programme JSON"}[
        kind
    ]
    print(f"Wrote {live} session{'' if live == 1 else 's'} as {what} to {out}.")
    return 0


def register(actions: Any) -> None:
    """Add ``govcamp export schedule``."""
    p = actions.add_parser(
        "schedule",
        help="the programme as frab schedule.xml / schedule.json (for conference apps) or as JSON",
        description="Write the published programme as frab's schedule.xml, which conference apps such as "
        "Giggity and ConfClerk load, as frab's schedule.json (a file named schedule.json), or as "
        "govcamp's programme JSON (any other .json; docs/schedule-json.md).",
    )
    p.set_defaults(handler=cmd_schedule)
    p.add_argument("file", help="the event file (*.govcamp)")
    p.add_argument("-o", "--output", required=True, metavar="schedule.xml|schedule.json|programme.json")
    add_force(p)
    p.add_argument(
        "--format",
        choices=KINDS,
        help="the format (default: from the file name: *.xml frab-xml, schedule.json frab-json, other "
        "*.json json)",
    )
