"""``govcamp export poster FILE -o grid.pdf`` (the printed grid, A3 landscape) and
``govcamp export signs FILE -o signs.pdf`` (a door sign per room and day, A4)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from govcamp.cli.common import add_force, open_db


def _write(args: argparse.Namespace, kind: str) -> int:
    from govcamp.exports.poster import poster_pdf, signs_pdf
    from govcamp.services.calendar import collect
    from govcamp.store import outputs

    out = outputs.check_output(Path(args.output), force=args.force)
    with open_db(args.file) as db:
        data = collect(db)
    warnings: list[str] = []
    pdf = poster_pdf(data, warnings) if kind == "poster" else signs_pdf(data, warnings)
    outputs.write_bytes(out, pdf, force=args.force)
    for warning in warnings:
        print(f"govcamp: warning: {warning}", file=sys.stderr)
    what = "the grid poster (A3 landscape)" if kind == "poster" else "door signs (A4)"
    print(f"Wrote {what} to {out}.")
    return 0


def cmd_poster(args: argparse.Namespace) -> int:
    return _write(args, "poster")


def cmd_signs(args: argparse.Namespace) -> int:
    return _write(args, "signs")


def register(actions: Any) -> None:
    """Add ``govcamp export poster`` and ``govcamp export signs``."""
    p = actions.add_parser(
        "poster",
        help="the published grid as an A3 landscape poster (PDF)",
        description="Print the published grid on A3 landscape, one page per day, in type readable from two "
        "metres, with a QR code to each session's notes when the event has an archive address.",
    )
    p.set_defaults(handler=cmd_poster)
    p.add_argument("file", help="the event file (*.govcamp)")
    p.add_argument("-o", "--output", required=True, metavar="grid.pdf", help="the PDF to write")
    add_force(p)
    p = actions.add_parser(
        "signs",
        help="a door sign for each room (A4 PDF)",
        description="Print one A4 page per room and day: its name, its features and its sessions.",
    )
    p.set_defaults(handler=cmd_signs)
    p.add_argument("file", help="the event file (*.govcamp)")
    p.add_argument("-o", "--output", required=True, metavar="signs.pdf", help="the PDF to write")
    add_force(p)
