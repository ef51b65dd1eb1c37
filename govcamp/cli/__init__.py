"""The ``govcamp`` command.

``govcamp`` alone opens the window; ``govcamp FILE`` or ``govcamp open FILE`` opens an event in it. The
sub-commands do the same jobs headless, for scripts and tests. Every user mistake is one line on standard
error and exit status 2, never a traceback. Each area of the application registers its commands from its
own module here (``event``; later ``applicants``, ``grid``, ``export``…).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from govcamp import __version__
from govcamp.cli.common import EXIT_USAGE, Handler, Parser, UsageError
from govcamp.domain.errors import GovcampError
from govcamp.domain.safe_text import for_terminal

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
    "hosting",
    "stars",
    "serve",
)


def build_parser(*, only_window: bool = False, only: str | None = None) -> Parser:
    """The whole command line; with ``only_window``, just what opening the window needs, and with ``only``
    (one of :data:`MODULES`), just that module's commands (each is a quicker start: importing every command
    module is a tenth of a second that a one-shot command such as ``export badges`` does not need).
    """
    parser = Parser(prog="govcamp", description="Run a local government unconference from end to end.")
    parser.add_argument("--version", action="version", version=f"govcamp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in MODULES[:1] if only_window else (only,) if only in MODULES else MODULES:
        importlib.import_module(f"govcamp.cli.{name}").register(sub)
    parser.commands = frozenset(sub.choices)
    return parser


def _opens_window(arguments: list[str]) -> bool:
    """`govcamp`, `govcamp open …` and `govcamp FILE.govcamp` only open the window."""
    return not arguments or arguments[0] == "open" or arguments[0].endswith(".govcamp")


class _SafeStream:
    """A text stream that shows control characters, escapes and bidi overrides instead of obeying them."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(for_terminal(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def _safe_output() -> Iterator[None]:
    """Whatever a command prints — a cell quoted in a problem report — never drives the terminal."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _SafeStream(sys.stdout), _SafeStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(only_window=_opens_window(arguments), only=arguments[0] if arguments else None)
    if arguments and arguments[0] not in parser.commands:
        parser = build_parser(only_window=_opens_window(arguments))  # not its module's own command after all
    # `govcamp FILE` is `govcamp open FILE`.
    if arguments and not arguments[0].startswith("-") and arguments[0] not in parser.commands:
        arguments.insert(0, "open")
    args: argparse.Namespace | None = None
    try:
        args = parser.parse_args(arguments)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            from govcamp.ui.app import run_app

            return run_app(None)
        with _safe_output():
            code = handler(args)
        if argv is None:
            # The process ends next, and its last garbage collections would walk every object the command
            # made (a tenth of a second after a big export) only to free what exiting frees anyway.
            gc.freeze()
        return code
    except UsageError as exc:
        print(for_terminal(str(exc)), file=sys.stderr)
        return EXIT_USAGE
    except GovcampError as exc:
        # A message may quote the input (a cell, a file name): never let its escapes reach the terminal.
        print(f"govcamp: {for_terminal(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("govcamp: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        # A full disk or a busy or read-only file is one line; anything else is a bug and keeps its traceback.
        from govcamp.cli.faults import describe

        line = describe(exc, getattr(args, "file", None))
        if line is None:
            raise
        print(f"govcamp: {line}", file=sys.stderr)
        return EXIT_USAGE
