"""``govcamp pitches add|import`` and ``govcamp sessions list``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govcamp.cli.common import csv_list, group, open_db, print_json

if TYPE_CHECKING:
    from govcamp.domain.pitching import SessionValue


def session_json(session: SessionValue) -> dict[str, Any]:
    """One session as ``sessions list --json`` prints it."""
    return {
        "id": session.id,
        "title": session.title,
        "hosts": list(session.host_names),
        "demand": session.demand,
        "interest": session.interest,
        "needs": list(session.needs),
        "tags": list(session.tags),
        "description": session.description,
        "room": session.room_name,
        "room_id": session.room_id,
        "slot": session.slot_id,
        "start": session.start.isoformat() if session.start else None,
        "end": session.end.isoformat() if session.end else None,
        "pinned": session.pinned,
        "withdrawn": session.withdrawn,
    }


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from exc
    if value < 0:
        raise argparse.ArgumentTypeError("hands counted cannot be negative")
    return value


def cmd_add(args: argparse.Namespace) -> int:
    from govcamp.domain.pitching import PitchInput
    from govcamp.services import pitches

    with open_db(args.file) as db:
        similar = pitches.similar_sessions(db, args.title)
        value = pitches.add_pitch(
            db,
            PitchInput(
                title=args.title,
                hosts=tuple(args.host),
                description=args.description,
                tags=csv_list(args.tags),
                needs=csv_list(args.needs),
                demand=args.demand,
            ),
        )
    if args.json:
        print_json(session_json(value))
    else:
        print(f"Added session {value.id}: {value.title} ({', '.join(value.host_names)}).")
    for other in similar:
        print(f"Note: this looks like session {other.id}, “{other.title}”.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from govcamp.services import pitches

    with open_db(args.file) as db:
        result = pitches.import_pitches(db, Path(args.data))
    print(f"Added {len(result.added)} pitches from {Path(args.data).name}.")
    for title in result.skipped:
        print(f"Skipped “{title}”: a session with that title is already in the event.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from govcamp.services import pitches

    with open_db(args.file) as db:
        values = pitches.list_sessions(db)
    if args.json:
        print_json([session_json(v) for v in values])
        return 0
    if not values:
        print("No sessions yet: add one with `govcamp pitches add FILE --title T --host NAME`.")
    for v in values:
        where = f"{v.room_name} {v.start:%H:%M}" if v.placed and v.start else "unplaced"
        flags = (" (withdrawn)" if v.withdrawn else "") + (" (pinned)" if v.pinned else "")
        hands = f"{v.expected:>4}"
        print(f"{v.id:>4}  {v.title[:48]:<48} {hands}  {where}{flags}")
    return 0


def register(sub: Any) -> None:
    """Add ``pitches`` (add, import) and ``sessions`` (list)."""
    actions = group(sub, "pitches", "Capture pitched sessions.")
    p = actions.add_parser("add", help="add a pitched session")
    p.set_defaults(handler=cmd_add)
    p.add_argument("file")
    p.add_argument("--title", required=True)
    p.add_argument("--host", action="append", required=True, help="a host's name; repeat for co-hosts")
    p.add_argument("--demand", type=_non_negative, help="hands counted at the pitch")
    p.add_argument("--needs", default="", help="comma-separated, e.g. step_free,hearing_loop,screen")
    p.add_argument("--tags", default="", help="comma-separated")
    p.add_argument("--description", default="")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("import", help="add pitches from a CSV or XLSX file")
    p.set_defaults(handler=cmd_import)
    p.add_argument("file")
    p.add_argument("data", help="a CSV or XLSX file with Title and Host columns")

    actions = group(sub, "sessions", "List sessions and where the grid has them.")
    p = actions.add_parser("list", help="list sessions in pitch order")
    p.set_defaults(handler=cmd_list)
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
