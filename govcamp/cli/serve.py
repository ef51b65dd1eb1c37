"""``govcamp serve FILE|URL``: the live grid, stars and notes for attendees' phones on the venue Wi-Fi."""

from __future__ import annotations

import argparse
import signal
import threading
from types import FrameType
from typing import Any

from govcamp.cli.common import command, open_db, shown_target


def cmd_serve(args: argparse.Namespace) -> int:
    from govcamp.web.server import PhoneServer

    # Opened as every command opens an event (a file another laptop holds is refused).
    db = open_db(args.target)
    stop = threading.Event()

    def _stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    numbers = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    previous = {number: signal.signal(number, _stop) for number in numbers}
    server = PhoneServer(db, port=args.port, listen=args.listen)
    try:
        url = server.start()
        print(f"Serving {shown_target(args.target)} to phones at {url}", flush=True)
        if server.listen.startswith("127."):
            print("Only this laptop can reach it; use --listen ADDRESS for the venue Wi-Fi.", flush=True)
        print("Phones open that address; stop with Ctrl+C.", flush=True)
        while not stop.wait(0.5):
            if not server.running:
                from govcamp.domain.errors import GovcampError

                raise GovcampError("The phone server stopped by itself.")
        print("Stopped serving phones.", flush=True)
        return 0
    finally:
        server.stop()
        db.close()
        for number, handler in previous.items():
            signal.signal(number, handler)


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) < 65536:
        raise argparse.ArgumentTypeError(f"“{text}” is not a port (1–65535, or 0 for any free one)")
    return int(text)


def register(sub: Any) -> None:
    """Add ``serve``."""
    p = command(
        sub, "serve", cmd_serve, "Serve the live grid, stars and notes to attendees' phones until Ctrl+C."
    )
    p.add_argument("target", metavar="FILE|URL", help="the event file, or a postgresql:// URL")
    p.add_argument("--port", type=_port, metavar="N", help="TCP port (default 8080, or a free one if taken)")
    p.add_argument(
        "--listen",
        metavar="ADDRESS",
        help="the address to listen on (default: this laptop's address on its network; 127.0.0.1 for this "
        "laptop only)",
    )
