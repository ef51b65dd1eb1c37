"""The ``govcamp`` command.

``govcamp`` alone opens the window; ``govcamp FILE`` or ``govcamp open FILE`` opens an event in it. The
sub-commands do the same jobs headless, for scripts and tests. Every user mistake is one line on standard
error and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from govcamp import __version__
from govcamp.domain.enums import SlotKind
from govcamp.domain.errors import GovcampError
from govcamp.domain.values import EventDetails, RoomInput, RoomValue, SlotInput, SlotValue

EXIT_USAGE = 2


class UsageError(GovcampError):
    """The command line itself is wrong."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose complaints are one line, like every other govcamp error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date; use YYYY-MM-DD") from exc


def _csv(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _open(path: str) -> Any:
    from govcamp.store.eventfile import open_event

    return open_event(path if "://" in path else Path(path))


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


# ---------------------------------------------------------------------------------------------- commands


def cmd_open(args: argparse.Namespace) -> int:
    from govcamp.ui.app import run_app

    return run_app(
        args.file, exit_when_shown=args.exit_when_shown, screenshot=args.screenshot, page=args.page
    )


def cmd_new(args: argparse.Namespace) -> int:
    from govcamp.services.event import new_event

    details = EventDetails(
        name=args.name,
        start_date=args.start,
        end_date=args.end or args.start,
        venue=args.venue,
        timezone=args.timezone,
    )
    new_event(Path(args.file), details).close()
    print(f"Created {args.file}: {details.name}, {details.start_date}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from govcamp.services.demo import write_demo

    write_demo(Path(args.file), seed=args.seed, applicants=args.applicants, overwrite=args.force)
    print(f"Wrote the demo event to {args.file}.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from govcamp.services.event import summary

    with _open(args.file) as db:
        info = summary(db)
    if args.json:
        data = asdict(info)
        data["file"] = args.file
        _print_json(data)
        return 0
    dates = str(info.start_date) + ("" if info.end_date == info.start_date else f" to {info.end_date}")
    print(f"{info.name} — {dates}" + (f", {info.venue}" if info.venue else "") + f" ({info.timezone})")
    print(f"  people      {info.people}")
    for state, count in info.tickets.items():
        print(f"    {state.replace('_', ' '):<12}{count}")
    print(f"  rooms       {info.rooms}")
    print(f"  slots       {info.slots} ({info.session_slots} for sessions)")
    print(
        f"  sessions    {info.sessions}"
        + (f" (+{info.withdrawn_sessions} withdrawn)" if info.withdrawn_sessions else "")
    )
    print(f"  placements  {info.placements}")
    print(f"  notes       {info.notes}")
    print(f"  grid versions {info.grid_versions}")
    return 0


def _room_json(room: RoomValue) -> dict[str, Any]:
    return {
        "id": room.id,
        "name": room.name,
        "capacity": room.capacity,
        "features": list(room.features),
        "position": room.position,
        "unavailable_slots": list(room.unavailable_slot_ids),
    }


def _slot_json(slot: SlotValue) -> dict[str, Any]:
    return {
        "id": slot.id,
        "start": slot.start.isoformat(),
        "end": slot.end.isoformat(),
        "kind": slot.kind.value,
        "label": slot.label,
    }


def cmd_rooms_add(args: argparse.Namespace) -> int:
    from govcamp.services import rooms

    with _open(args.file) as db:
        room = rooms.add_room(db, RoomInput(args.name, args.capacity, _csv(args.features)))
    if args.json:
        _print_json(_room_json(room))
    else:
        print(f"Added room {room.id}: {room.name} ({room.capacity}).")
    return 0


def cmd_rooms_list(args: argparse.Namespace) -> int:
    from govcamp.services import rooms

    with _open(args.file) as db:
        values = rooms.list_rooms(db)
    if args.json:
        _print_json([_room_json(r) for r in values])
        return 0
    if not values:
        print("No rooms yet: add one with `govcamp rooms add FILE --name NAME --capacity N`.")
    for room in values:
        features = ", ".join(room.features) or "-"
        print(f"{room.id:>4}  {room.name:<30} {room.capacity:>5}  {features}")
    return 0


def cmd_slots_add(args: argparse.Namespace) -> int:
    from govcamp.services import event, slots

    with _open(args.file) as db:
        details = event.get_details(db)
        zone = event.event_zone(db)
        start = slots.parse_time(args.start, zone, details.start_date)
        end = slots.parse_time(args.end, zone, start.date())
        slot = slots.add_slot(db, SlotInput(start, end, SlotKind(args.kind), args.label))
    if args.json:
        _print_json(_slot_json(slot))
    else:
        print(f"Added slot {slot.id}: {slot.start:%Y-%m-%d %H:%M}–{slot.end:%H:%M} {slot.kind.value}.")
    return 0


def cmd_slots_list(args: argparse.Namespace) -> int:
    from govcamp.services import slots

    with _open(args.file) as db:
        values = slots.list_slots(db)
    if args.json:
        _print_json([_slot_json(s) for s in values])
        return 0
    if not values:
        print("No slots yet: add one with `govcamp slots add FILE --start 10:00 --end 10:50`.")
    for slot in values:
        print(
            f"{slot.id:>4}  {slot.start:%a %d %b %H:%M}–{slot.end:%H:%M}  {slot.kind.value:<8} {slot.label}"
        )
    return 0


# ---------------------------------------------------------------------------------------------- parser


def build_parser() -> _Parser:
    parser = _Parser(prog="govcamp", description="Run a local government unconference from end to end.")
    parser.add_argument("--version", action="version", version=f"govcamp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_: str, **kw: Any) -> _Parser:
        p: _Parser = sub.add_parser(name, help=help_, description=help_, **kw)
        p.set_defaults(handler=handler)
        return p

    p = add("open", cmd_open, "Open an event in the window.")
    p.add_argument("file", nargs="?", help="the event file (*.govcamp)")
    p.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    p.add_argument("--page", type=int, default=0, help=argparse.SUPPRESS)

    p = add("new", cmd_new, "Create a new event file.")
    p.add_argument("file")
    p.add_argument("--name", required=True)
    p.add_argument("--start", required=True, type=_date, help="first day, YYYY-MM-DD")
    p.add_argument("--end", type=_date, help="last day (default: the first day)")
    p.add_argument("--timezone", default="Europe/London")
    p.add_argument("--venue", default="")

    p = add("demo", cmd_demo, "Write a realistic demo event.")
    p.add_argument("file")
    p.add_argument("--seed", type=int, default=2027)
    p.add_argument("--applicants", type=int, default=600)
    p.add_argument("--force", action="store_true", help="replace the file if it exists")

    p = add("info", cmd_info, "Summarise an event: people by ticket state, rooms, slots, sessions, notes.")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")

    rooms = add("rooms", _missing_action, "Add and list rooms.")
    rooms_sub = rooms.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    p = rooms_sub.add_parser("add", help="add a room")
    p.set_defaults(handler=cmd_rooms_add)
    p.add_argument("file")
    p.add_argument("--name", required=True)
    p.add_argument("--capacity", required=True, type=int)
    p.add_argument("--features", default="", help="comma-separated, e.g. step_free,hearing_loop,screen")
    p.add_argument("--json", action="store_true")
    p = rooms_sub.add_parser("list", help="list rooms in grid order")
    p.set_defaults(handler=cmd_rooms_list)
    p.add_argument("file")
    p.add_argument("--json", action="store_true")

    slots = add("slots", _missing_action, "Add and list time slots.")
    slots_sub = slots.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    p = slots_sub.add_parser("add", help="add a slot")
    p.set_defaults(handler=cmd_slots_add)
    p.add_argument("file")
    p.add_argument("--start", required=True, help="HH:MM (first day), or YYYY-MM-DDTHH:MM")
    p.add_argument("--end", required=True)
    p.add_argument("--kind", default="session", choices=[k.value for k in SlotKind])
    p.add_argument("--label", default="")
    p.add_argument("--json", action="store_true")
    p = slots_sub.add_parser("list", help="list slots in time order")
    p.set_defaults(handler=cmd_slots_list)
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    return parser


def _missing_action(args: argparse.Namespace) -> int:
    raise UsageError(f"govcamp {args.command}: say what to do, e.g. `govcamp {args.command} list FILE`")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = {"open", "new", "demo", "info", "rooms", "slots"}
    # `govcamp FILE` is `govcamp open FILE`.
    if arguments and not arguments[0].startswith("-") and arguments[0] not in commands:
        arguments.insert(0, "open")
    try:
        args = parser.parse_args(arguments)
        handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
        if handler is None:
            from govcamp.ui.app import run_app

            return run_app(None)
        return handler(args)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except GovcampError as exc:
        print(f"govcamp: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("govcamp: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
