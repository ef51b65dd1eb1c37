"""What every part of the ``govcamp`` command shares: one-line errors, parsing helpers, JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from govcamp.domain.errors import GovcampError

if TYPE_CHECKING:
    from govcamp.store.eventfile import EventDB

EXIT_USAGE = 2
Handler = Callable[[argparse.Namespace], int]


class UsageError(GovcampError):
    """The command line itself is wrong."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose complaints are one line, like every other govcamp error."""

    #: The sub-commands' names, so that ``govcamp FILE`` can mean ``govcamp open FILE``.
    commands: frozenset[str] = frozenset()

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date; use YYYY-MM-DD") from exc


def csv_list(text: str) -> tuple[str, ...]:
    """``"a, b,,c"`` → ``("a", "b", "c")``."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def open_db(target: str) -> EventDB:
    """Open an event file, or a server when given a URL."""
    import socket

    from govcamp.store import locks
    from govcamp.store.eventfile import open_event

    if "://" in target:
        return open_event(target)
    # On this laptop SQLite keeps a command and a window from tripping over each other; a file shared with
    # another laptop (a network share) cannot rely on that, so a live lock from elsewhere is a refusal.
    holder = locks.live_holder(Path(target))
    if holder is not None and holder.host != socket.gethostname():
        raise locks.EventLockedError(Path(target), holder)
    return open_event(Path(target))


def shown_target(target: str) -> str:
    """An event file as given, or a server's URL with its password hidden (output gets pasted and logged)."""
    if "://" not in target:
        return target
    from sqlalchemy.engine import make_url

    from govcamp.store.engine import plain_server_url

    return make_url(plain_server_url(target)).render_as_string(hide_password=True)


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def group(sub: Any, name: str, help_: str) -> Any:
    """A command with actions of its own (``govcamp rooms add|list``); returns their sub-parsers."""
    parser: Parser = sub.add_parser(name, help=help_, description=help_)

    def missing(_args: argparse.Namespace) -> int:
        raise UsageError(f"govcamp {name}: say what to do, e.g. `govcamp {name} list FILE`")

    parser.set_defaults(handler=missing)
    return parser.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)


def add_force(parser: Any) -> None:
    """``--force``: an export may replace an existing file (never an event file, its sidecars or a backup)."""
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the output file if it exists (an event file, its -wal/-shm or a backup never is)",
    )


def add_language(parser: Any, *, per_person: bool = False) -> None:
    """``--language en|cy|cy+en`` (and ``person`` for badges); the default is the event's language."""
    from govcamp.exports.wording import LANGUAGES, PER_PERSON

    choices = list(LANGUAGES) + ([PER_PERSON] if per_person else [])
    parser.add_argument(
        "--language",
        choices=choices,
        default=None,
        help="the language of the printed fixed words: en (English), cy (Welsh), cy+en (both, Welsh first)"
        + (", person (each badge in its person's preferred language)" if per_person else "")
        + "; default: the event's export language",
    )


def command(sub: Any, name: str, handler: Handler, help_: str) -> Parser:
    parser: Parser = sub.add_parser(name, help=help_, description=help_)
    parser.set_defaults(handler=handler)
    return parser
