"""The ``govcamp`` command.

``govcamp`` alone opens the window; ``govcamp FILE`` or ``govcamp open FILE`` opens an event in it. The
sub-commands do the same jobs headless, for scripts and tests. Every user mistake is one line on standard
error and exit status 2, never a traceback. Each area of the application registers its commands from its
own module here (``event``; later ``applicants``, ``grid``, ``export``…).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from govcamp import __version__
from govcamp.cli.common import EXIT_USAGE, Handler, Parser, UsageError
from govcamp.domain.errors import GovcampError

#: The modules that register commands, in the order `govcamp --help` lists them.
MODULES = (
    "event",
    "applicants",
    "lottery",
    "checkin",
    "export",
    "grid",
    "notes",
    "pitches",
    "privacy",
    "sharing",
)


def build_parser(*, only_window: bool = False) -> Parser:
    """The whole command line; with ``only_window``, just what opening the window needs (a quicker start)."""
    parser = Parser(prog="govcamp", description="Run a local government unconference from end to end.")
    parser.add_argument("--version", action="version", version=f"govcamp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in MODULES[:1] if only_window else MODULES:
        importlib.import_module(f"govcamp.cli.{name}").register(sub)
    parser.commands = frozenset(sub.choices)
    return parser


def _opens_window(arguments: list[str]) -> bool:
    """`govcamp`, `govcamp open …` and `govcamp FILE.govcamp` only open the window."""
    return not arguments or arguments[0] == "open" or arguments[0].endswith(".govcamp")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(only_window=_opens_window(arguments))
    # `govcamp FILE` is `govcamp open FILE`.
    if arguments and not arguments[0].startswith("-") and arguments[0] not in parser.commands:
        arguments.insert(0, "open")
    try:
        args = parser.parse_args(arguments)
        handler: Handler | None = getattr(args, "handler", None)
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
