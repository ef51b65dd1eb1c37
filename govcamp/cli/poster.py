"""``govcamp export poster FILE -o grid.pdf [--size a3|a2|a1|a0]`` (the printed grid, landscape) and
``govcamp export signs FILE -o signs.pdf`` (a door sign per room and day, A4)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from govcamp.cli.common import add_force, add_language, open_db

#: The poster's sheets (govcamp.exports.poster.SHEETS; named here so that --help imports no PDF machinery).
SIZES = ("a3", "a2", "a1", "a0")


def _write(args: argparse.Namespace, kind: str) -> int:
    from govcamp.exports import outputs
    from govcamp.exports.poster import poster_pdf, signs_pdf
    from govcamp.services.calendar import collect

    out = outputs.check_output(Path(args.output), force=args.force)
    with open_db(args.file) as db:
        data = collect(db)
    warnings: list[str] = []
    phones = args.phones_url or ""
    pdf = (
        poster_pdf(data, warnings, size=args.size, phones_url=phones, language=args.language)
        if kind == "poster"
        else signs_pdf(data, warnings, phones_url=phones, language=args.language)
    )
    outputs.write_bytes(out, pdf, force=args.force)
    for warning in warnings:
        print(f"govcamp: warning: {warning}", file=sys.stderr)
    what = f"the grid poster ({args.size.upper()} landscape)" if kind == "poster" else "door signs (A4)"
    print(f"Wrote {what} to {out}.")
    return 0


def cmd_poster(args: argparse.Namespace) -> int:
    return _write(args, "poster")


def cmd_signs(args: argparse.Namespace) -> int:
    return _write(args, "signs")


def _add_phones_url(parser: Any) -> None:
    parser.add_argument(
        "--phones-url",
        metavar="URL",
        help="the phone server's address (as `govcamp serve --listen ADDRESS` prints it, e.g. "
        "http://192.168.1.20:8080/): printed as a QR code and in words at the foot of every page",
    )


def register(actions: Any) -> None:
    """Add ``govcamp export poster`` and ``govcamp export signs``."""
    p = actions.add_parser(
        "poster",
        help="the published grid as a landscape poster, A3 to A0 (PDF)",
        description="Print the published grid on a landscape sheet (A3 to A0), type scaled to the sheet, "
        "with a QR code to each session's notes when the event has an archive address. Titles are never "
        "cut: a day that does not fit one sheet in large type goes over more pages.",
    )
    p.set_defaults(handler=cmd_poster)
    p.add_argument("file", help="the event file (*.govcamp)")
    p.add_argument("-o", "--output", required=True, metavar="grid.pdf", help="the PDF to write")
    p.add_argument(
        "--size",
        choices=SIZES,
        default="a3",
        help="the sheet (default: a3); print shops print a1 and a0 for venues (titles' capitals 10 mm)",
    )
    _add_phones_url(p)
    add_force(p)
    add_language(p)
    p = actions.add_parser(
        "signs",
        help="a door sign for each room (A4 PDF)",
        description="Print an A4 sign per room and day: its name, its features and its sessions, titles and "
        "times at least 10 mm tall (a busy room's sign goes over more pages).",
    )
    p.set_defaults(handler=cmd_signs)
    p.add_argument("file", help="the event file (*.govcamp)")
    p.add_argument("-o", "--output", required=True, metavar="signs.pdf", help="the PDF to write")
    _add_phones_url(p)
    add_force(p)
    add_language(p)
