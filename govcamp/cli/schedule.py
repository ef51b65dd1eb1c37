"""``govcamp export schedule FILE -o schedule.xml|schedule.json``: the published programme for conference
apps (frab's ``schedule.xml``, which Giggity and ConfClerk load) or as our own documented JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from govcamp.cli.common import UsageError, add_force, open_db

FORMATS = {".xml": "frab-xml", ".json": "json"}


def cmd_schedule(args: argparse.Namespace) -> int:
    from govcamp.exports.schedule import frab_xml, programme_json
    from govcamp.services.calendar import collect
    from govcamp.store import outputs

    out = Path(args.output)
    kind = args.format or FORMATS.get(out.suffix.lower())
    if kind is None:
        raise UsageError(
            "govcamp export schedule: end the file name in .xml or .json, or say --format frab-xml|json"
        )
    outputs.check_output(out, force=args.force)
    with open_db(args.file) as db:
        data = collect(db)
    outputs.write_bytes(out, frab_xml(data) if kind == "frab-xml" else programme_json(data), force=args.force)
    live = sum(1 for e in data.entries if not e.cancelled)
    what = "frab schedule.xml" if kind == "frab-xml" else "programme JSON"
    print(f"Wrote {live} session{'' if live == 1 else 's'} as {what} to {out}.")
    return 0


def register(actions: Any) -> None:
    """Add ``govcamp export schedule``."""
    p = actions.add_parser(
        "schedule",
        help="the programme as frab schedule.xml (for conference apps) or as JSON",
        description="Write the published programme as frab's schedule.xml, which conference apps such as "
        "Giggity and ConfClerk load, or as govcamp's programme JSON (docs/schedule-json.md).",
    )
    p.set_defaults(handler=cmd_schedule)
    p.add_argument("file", help="the event file (*.govcamp)")
    p.add_argument("-o", "--output", required=True, metavar="schedule.xml|schedule.json")
    add_force(p)
    p.add_argument(
        "--format", choices=sorted(set(FORMATS.values())), help="the format (default: from the file name)"
    )
