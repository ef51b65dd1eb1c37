"""``govcamp host FILE``: share an event from a private PostgreSQL cluster on this laptop until stopped."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from govcamp.cli.common import command


def cmd_host(args: argparse.Namespace) -> int:
    from govcamp.domain.errors import GovcampError
    from govcamp.services.hosting import EVERY_ADDRESS, HostedEvent

    stop = threading.Event()

    def _stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    # Ctrl+C, SIGTERM (a service manager, `kill`) and a closed terminal all end hosting the same clean way.
    numbers = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    previous = {number: signal.signal(number, _stop) for number in numbers}
    hosted = HostedEvent(Path(args.file), port=args.port, listen=args.listen)
    try:
        print(f"Starting a private PostgreSQL server for {args.file}…", flush=True)
        joining = hosted.start()
        if args.listen in EVERY_ADDRESS:
            print(f"Listening on every network of this laptop (--listen {args.listen}).", flush=True)
        elif args.listen.startswith("127."):
            print("Listening on this laptop only; use --listen ADDRESS for the venue network.", flush=True)
        print(f"Join with: {joining.url}", flush=True)
        print(f"Short join string: {joining.join}", flush=True)
        print(f"  e.g. govcamp checkin {joining.join} CODE", flush=True)
        print("Hosting until Ctrl+C. The event file itself is not changed.", flush=True)
        while not stop.wait(0.5):
            if not hosted.alive():
                raise GovcampError("The event server stopped by itself; nothing was copied back.")
        print("Stopping: copying the shared event into a new file…", flush=True)
        final = hosted.finish()
        print(f"Wrote the shared event's final state to {final}; the server is stopped.", flush=True)
        return 0
    except BaseException:
        if hosted.cluster is not None and hosted.cluster.running:
            print("Stopping the event server.", file=sys.stderr, flush=True)
            hosted.stop(keep=True)
        raise
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def register(sub: Any) -> None:
    """Add ``host``."""
    p = command(
        sub, "host", cmd_host, "Share an event from a private PostgreSQL server on this laptop until stopped."
    )
    p.add_argument("file", help="the event file (*.govcamp); read, never written")
    p.add_argument("--port", type=int, metavar="N", help="TCP port (default 5432 if free)")
    p.add_argument(
        "--listen",
        default="127.0.0.1",
        metavar="ADDRESS",
        help="the address to listen on: this laptop's address on the venue network (default 127.0.0.1, "
        "this laptop only; 0.0.0.0 for every network)",
    )
