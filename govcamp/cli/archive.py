"""``govcamp export archive FILE -o DIR [--zip]``: the shared notes archive as a static website."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from govcamp.cli.common import add_language, open_db


def cmd_archive(args: argparse.Namespace) -> int:
    from govcamp.exports.archive import archive_steps
    from govcamp.services.archive import collect

    out_dir = Path(args.output)
    zip_file = out_dir.with_name(out_dir.name + ".zip") if args.zip else None
    with open_db(args.file) as db:
        data = collect(db)
    message = ""
    for step in archive_steps(data, out_dir, zip_file=zip_file, language=args.language):
        message = step[2]
    print(message)
    print(f"Open {out_dir / 'index.html'} in a web browser.")
    if zip_file is not None:
        print(f"Packed it into {zip_file}.")
    return 0


def register(actions: Any) -> None:
    """Add ``govcamp export archive``."""
    p = actions.add_parser(
        "archive",
        help="write the notes archive: a static website, notes.json and Markdown",
        description="Write the notes archive: a static website that works from file:// and any web host, "
        "notes.json, and one Markdown file per session.",
    )
    p.set_defaults(handler=cmd_archive)
    p.add_argument("file", help="the event file")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="an empty or new folder")
    p.add_argument("--zip", action="store_true", help="also pack the folder into DIR.zip")
    add_language(p)
