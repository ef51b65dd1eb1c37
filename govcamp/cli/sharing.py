"""``govcamp share`` and ``govcamp unshare``: an event file onto a PostgreSQL server, and back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from govcamp.cli.common import command, print_json


def cmd_share(args: argparse.Namespace) -> int:
    from govcamp.services.sharing import share_event

    shared = share_event(Path(args.file), args.to)
    if args.json:
        print_json({"to": shared.target, "rows": shared.rows})
    else:
        print(f"Shared {args.file} on {shared.target} ({shared.total:,} rows).")
        print(f"Every desk can now use it: govcamp checkin {shared.target} CODE (with the password).")
    return 0


def cmd_unshare(args: argparse.Namespace) -> int:
    from govcamp.services.sharing import unshare_event

    shared = unshare_event(args.url, Path(args.output), force=args.force)
    if args.json:
        print_json({"file": shared.target, "rows": shared.rows})
    else:
        print(f"Wrote the shared event to {shared.target} ({shared.total:,} rows).")
    return 0


def register(sub: Any) -> None:
    """Add ``share`` and ``unshare``."""
    p = command(sub, "share", cmd_share, "Copy an event file into an empty PostgreSQL database.")
    p.add_argument("file", help="the event file (*.govcamp)")
    p.add_argument(
        "--to", required=True, metavar="URL", help="the empty database: postgresql://USER:PASS@HOST:PORT/DB"
    )
    p.add_argument("--json", action="store_true")

    p = command(sub, "unshare", cmd_unshare, "Copy an event shared on a server into a new event file.")
    p.add_argument("url", help="the shared event: postgresql://USER:PASS@HOST:PORT/DB")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the new event file")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--json", action="store_true")
