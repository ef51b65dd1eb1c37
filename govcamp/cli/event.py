"""Commands for the event itself: open, new, demo, info, rooms and slots."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govcamp.cli.common import Handler, Parser, command, csv_list, group, open_db, parse_date, print_json
from govcamp.domain.enums import SlotKind

if TYPE_CHECKING:
    # The values are imported by the commands that use them: `govcamp open` draws its window sooner.
    from govcamp.domain.values import RoomValue, SlotValue


def cmd_open(args: argparse.Namespace) -> int:
    # The window first, the database stack after its first frame (see run_app): importing SQLAlchemy
    # after PySide6 costs a little more (its import hook), but the window is drawn half a second sooner.
    from govcamp.ui.app import run_app

    return run_app(
        args.file,
        exit_when_shown=args.exit_when_shown,
        screenshot=args.screenshot,
        page=args.page,
        first_edit=args.first_edit,
    )


def cmd_new(args: argparse.Namespace) -> int:
    from govcamp.domain.values import EventDetails
    from govcamp.services.event import new_event

    details = EventDetails(
        name=args.name,
        start_date=args.start,
        end_date=args.end or args.start,
        venue=args.venue,
        timezone=args.timezone,
        contact_email=args.contact_email,
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
    from govcamp.cli.common import shown_target
    from govcamp.services.event import summary

    with open_db(args.file) as db:
        info = summary(db)
    if args.json:
        data = asdict(info)
        data["file"] = shown_target(args.file)
        print_json(data)
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
    from govcamp.domain.values import RoomInput
    from govcamp.services import rooms

    with open_db(args.file) as db:
        room = rooms.add_room(db, RoomInput(args.name, args.capacity, csv_list(args.features)))
    if args.json:
        print_json(_room_json(room))
    else:
        print(f"Added room {room.id}: {room.name} ({room.capacity}).")
    return 0


def cmd_rooms_list(args: argparse.Namespace) -> int:
    from govcamp.services import rooms

    with open_db(args.file) as db:
        values = rooms.list_rooms(db)
    if args.json:
        print_json([_room_json(r) for r in values])
        return 0
    if not values:
        print("No rooms yet: add one with `govcamp rooms add FILE --name NAME --capacity N`.")
    for room in values:
        features = ", ".join(room.features) or "-"
        print(f"{room.id:>4}  {room.name:<30} {room.capacity:>5}  {features}")
    return 0


def cmd_slots_add(args: argparse.Namespace) -> int:
    from govcamp.domain.values import SlotInput
    from govcamp.services import event, slots

    with open_db(args.file) as db:
        details = event.get_details(db)
        zone = event.event_zone(db)
        start = slots.parse_time(args.start, zone, details.start_date)
        end = slots.parse_time(args.end, zone, start.date())
        slot = slots.add_slot(db, SlotInput(start, end, SlotKind(args.kind), args.label))
    if args.json:
        print_json(_slot_json(slot))
    else:
        print(f"Added slot {slot.id}: {slot.start:%Y-%m-%d %H:%M}–{slot.end:%H:%M} {slot.kind.value}.")
    return 0


def cmd_slots_list(args: argparse.Namespace) -> int:
    from govcamp.services import slots

    with open_db(args.file) as db:
        values = slots.list_slots(db)
    if args.json:
        print_json([_slot_json(s) for s in values])
        return 0
    if not values:
        print("No slots yet: add one with `govcamp slots add FILE --start 10:00 --end 10:50`.")
    for slot in values:
        print(
            f"{slot.id:>4}  {slot.start:%a %d %b %H:%M}–{slot.end:%H:%M}  {slot.kind.value:<8} {slot.label}"
        )
    return 0


def register(sub: Any) -> None:
    """Add ``open``, ``new``, ``demo``, ``info``, ``rooms`` and ``slots``."""

    def add(name: str, handler: Handler, help_: str) -> Parser:
        return command(sub, name, handler, help_)

    p = add("open", cmd_open, "Open an event in the window.")
    p.add_argument("file", nargs="?", help="the event file (*.govcamp)")
    p.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    p.add_argument("--page", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--first-edit", action="store_true", help=argparse.SUPPRESS)

    p = add("new", cmd_new, "Create a new event file.")
    p.add_argument("file")
    p.add_argument("--name", required=True)
    p.add_argument("--start", required=True, type=parse_date, help="first day, YYYY-MM-DD")
    p.add_argument("--end", type=parse_date, help="last day (default: the first day)")
    p.add_argument("--timezone", default="Europe/London")
    p.add_argument("--venue", default="")
    p.add_argument(
        "--contact-email",
        default="",
        metavar="ADDRESS",
        help="the organisers' address, the organiser of every calendar (default: none yet; calendars then "
        "name a placeholder on the reserved .invalid domain)",
    )

    p = add("demo", cmd_demo, "Write a realistic demo event.")
    p.add_argument("file")
    p.add_argument("--seed", type=int, default=2027)
    p.add_argument("--applicants", type=int, default=600)
    p.add_argument("--force", action="store_true", help="replace the file if it exists")

    p = add("info", cmd_info, "Summarise an event: people by ticket state, rooms, slots, sessions, notes.")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")

    rooms_sub = group(sub, "rooms", "Add and list rooms.")
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

    slots_sub = group(sub, "slots", "Add and list time slots.")
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
