"""``govcamp grid auto|move|unplace|pin|unpin|fit|publish|versions``: edit and publish the working grid."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from govcamp.cli.common import open_db, print_json

if TYPE_CHECKING:
    from govcamp.store.eventfile import EventDB


def _time_limit(text: str) -> float:
    try:
        value = float(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of seconds") from exc
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("the time limit must be more than 0 and at most 3600 seconds")
    return value


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a time; use e.g. 2027-06-19T13:30+01:00") from exc
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"“{text}” needs an offset, e.g. 2027-06-19T13:30+01:00")
    return moment


def _session_id(db: EventDB, key: str) -> int:
    from govcamp.services import pitches

    return pitches.find_session(db, key).id


def cmd_auto(args: argparse.Namespace) -> int:
    from govcamp.services import grid

    with open_db(args.file) as db:
        now = args.now or datetime.now(UTC)
        result = grid.suggest(db, time_limit=args.time_limit, seed=args.seed, now=now)
        counts = grid.counts(grid.grid_state(db))
    score = result.score
    if args.json:
        print_json(
            {
                "score": {
                    "total": score.total,
                    "overflow": score.overflow,
                    "missed": score.missed,
                    "unscheduled": score.unscheduled,
                    "moved": score.moved,
                },
                "changes": list(result.moved),
                "unscheduled": list(result.unscheduled),
                "placed": counts.placed,
                "unplaced": counts.unplaced,
                "seconds": round(result.seconds, 3),
            }
        )
        return 0
    print(
        f"Suggested a grid in {result.seconds:.1f} s: {counts.placed} placed, {counts.unplaced} unplaced; "
        f"{score.total} people let down ({score.overflow} without a seat, {score.missed} missing a "
        f"clash, {score.unscheduled} for sessions left out, {score.moved} for moves)."
    )
    for line in result.moved:
        print(f"  {line}")
    for title in result.unscheduled:
        print(f"  left out: {title}")
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    from govcamp.services import grid, rooms

    with open_db(args.file) as db:
        session_id = _session_id(db, args.session)
        room = rooms.find_room(db, args.room)
        try:
            slot_id = int(args.slot)
        except ValueError:
            from govcamp.domain.errors import ValidationError

            message = f"“{args.slot}” is not a slot id (see `govcamp slots list`)."
            raise ValidationError("slot", message) from None
        change = grid.move(db, session_id, room.id, slot_id)
        lines = grid.describe_moves(db, change)
    for line in lines or ["Nothing moved."]:
        print(line)
    return 0


def _one(args: argparse.Namespace, action: str) -> int:
    from govcamp.services import grid

    with open_db(args.file) as db:
        session_id = _session_id(db, args.session)
        if action == "unplace":
            change = grid.unplace(db, session_id)
            print("\n".join(grid.describe_moves(db, change)))
        else:
            grid.set_pinned(db, session_id, action == "pin")
            print(f"Session {session_id} {'pinned' if action == 'pin' else 'unpinned'}.")
    return 0


def cmd_unplace(args: argparse.Namespace) -> int:
    return _one(args, "unplace")


def cmd_pin(args: argparse.Namespace) -> int:
    return _one(args, "pin")


def cmd_unpin(args: argparse.Namespace) -> int:
    return _one(args, "unpin")


def cmd_fit(args: argparse.Namespace) -> int:
    from govcamp.services import grid

    with open_db(args.file) as db:
        change = grid.fit_rooms(db)
        lines = grid.describe_moves(db, change)
    for line in lines or ["Every session already has the best room for its slot."]:
        print(line)
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from govcamp.services import grid

    with open_db(args.file) as db:
        version = grid.publish(db, args.message)
    print(f"Published v{version.number} ({version.placements} sessions).")
    for line in version.changelog:
        print(line)
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    from govcamp.services import grid

    with open_db(args.file) as db:
        values = grid.versions(db)
    if args.json:
        print_json(
            [
                {
                    "number": v.number,
                    "published_at": v.published_at.isoformat(),
                    "message": v.message,
                    "placements": v.placements,
                    "changelog": list(v.changelog),
                }
                for v in values
            ]
        )
        return 0
    if not values:
        print("No grid published yet: `govcamp grid publish FILE` publishes the working grid.")
    for v in values:
        print(f"v{v.number}  {v.published_at:%Y-%m-%d %H:%M}  {v.placements} sessions  {v.message}")
        for line in v.changelog:
            print(f"    {line}")
    return 0


def _with_session(actions: Any, name: str, handler: Any, help_: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = actions.add_parser(name, help=help_)
    p.set_defaults(handler=handler)
    p.add_argument("file")
    p.add_argument("session", help="the session's id (as `govcamp sessions list` prints) or exact title")
    return p


def register_actions(actions: Any) -> None:
    """Add the grid-editing actions to ``govcamp grid``."""
    p = actions.add_parser("auto", help="let the solver suggest the working grid (keeps pinned sessions)")
    p.set_defaults(handler=cmd_auto)
    p.add_argument("file")
    p.add_argument("--time-limit", type=_time_limit, default=5.0, metavar="S")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--now",
        type=_moment,
        help="slots that started before this moment (ISO 8601 with offset) are past and kept as they are; "
        "default: the current time",
    )
    p.add_argument("--json", action="store_true")

    p = _with_session(actions, "move", cmd_move, "put a session in a room and slot (swaps if taken)")
    p.add_argument("--room", required=True, help="the room's name or id")
    p.add_argument("--slot", required=True, help="the slot's id")
    _with_session(actions, "unplace", cmd_unplace, "take a session off the grid")
    _with_session(actions, "pin", cmd_pin, "pin a session where it is")
    _with_session(actions, "unpin", cmd_unpin, "unpin a session")

    p = actions.add_parser("fit", help="keep every slot, give the biggest sessions the rooms that hold them")
    p.set_defaults(handler=cmd_fit)
    p.add_argument("file")

    p = actions.add_parser("publish", help="publish the working grid as the next numbered version")
    p.set_defaults(handler=cmd_publish)
    p.add_argument("file")
    p.add_argument("--message", default="")

    p = actions.add_parser("versions", help="list published versions and their changelogs")
    p.set_defaults(handler=cmd_versions)
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
