"""``govcamp person export|erase``, ``govcamp purge`` and ``govcamp retention``: UK GDPR duties.

Erasing and purging cannot be undone, so both need ``--yes``; without it they print what would go and
stop (exit 2), and ``--dry-run`` prints the same and exits 0.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govcamp.cli.common import UsageError, group, open_db, parse_date, print_json

if TYPE_CHECKING:
    # For the annotation only: building the command line must not import the database stack, which every
    # other command (``export badges`` among them) would then pay for before doing anything.
    from govcamp.services.erasure import Erasure


def _backup_root() -> Path:
    from govcamp.paths import backups_root

    return backups_root()


def _finish(result: Erasure, args: argparse.Namespace, command: str) -> int:
    if args.json:
        print_json(result.as_json())
    else:
        print("\n".join(result.lines()))
    if not result.done and not args.dry_run:
        raise UsageError(
            f"govcamp {command}: this cannot be undone; nothing was changed — add --yes to do it"
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from govcamp.exports.subject_access import write_subject_access
    from govcamp.services.personal_data import collect

    with open_db(args.file) as db:
        data = collect(db, args.person)
    json_path, html_path = write_subject_access(data, Path(args.output), force=args.force)
    if args.json:
        print_json(
            {
                "json": str(json_path),
                "html": str(html_path),
                "rows": len(data.rows),
                "mentions": len(data.mentions),
            }
        )
    else:
        print(f"Wrote everything held about person {data.person_id} to {json_path} and {html_path}.")
    return 0


def _check_yes(args: argparse.Namespace, command: str) -> None:
    if args.yes and args.dry_run:
        raise UsageError(f"govcamp {command}: choose --yes or --dry-run, not both")


def cmd_erase(args: argparse.Namespace) -> int:
    from govcamp.services.erasure import erase_person

    _check_yes(args, "person erase")
    with open_db(args.file) as db:
        result = erase_person(db, args.person, backup_root=_backup_root(), preview=not args.yes)
    return _finish(result, args, "person erase")


def cmd_purge(args: argparse.Namespace) -> int:
    from govcamp.services.erasure import purge

    _check_yes(args, "purge")
    with open_db(args.file) as db:
        result = purge(db, backup_root=_backup_root(), preview=not args.yes)
    return _finish(result, args, "purge")


def _retention_value(text: str) -> date | None:
    if text.strip().lower() in ("none", "clear"):
        return None
    try:
        return parse_date(text)
    except argparse.ArgumentTypeError as exc:
        raise UsageError(f"govcamp retention: {exc}") from exc


def cmd_retention(args: argparse.Namespace) -> int:
    from govcamp.services import retention

    with open_db(args.file) as db:
        if args.date is not None:
            retention.set_retention_date(db, _retention_value(args.date))
        until = retention.retention_date(db)
        due = retention.purge_due(db, date.today())
    if args.json:
        print_json({"retention_until": until.isoformat() if until else None, "purge_due": due is not None})
    elif until is None:
        print("No retention date is set.")
    else:
        print(
            f"Personal data is kept until {until:%d %B %Y}."
            + (" The purge is due: `govcamp purge FILE`." if due else "")
        )
    return 0


def register(sub: Any) -> None:
    """Add ``govcamp person export|erase``, ``purge`` and ``retention``."""
    actions = group(sub, "person", "Everything held about one person: export it, or erase it.")
    p = actions.add_parser("export", help="write everything held about PERSON as JSON and a readable page")
    p.set_defaults(handler=cmd_export)
    p.add_argument("file")
    p.add_argument("person", metavar="PERSON", help="id, email or check-in code")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument("--force", action="store_true", help="replace an earlier export of the same person in DIR")
    p.add_argument("--json", action="store_true")

    p = actions.add_parser("erase", help="erase PERSON from the event and its backups (needs --yes)")
    p.set_defaults(handler=cmd_erase)
    p.add_argument("file")
    p.add_argument("person", metavar="PERSON", help="id, email or check-in code")
    p.add_argument("--yes", action="store_true", help="really erase: it cannot be undone")
    p.add_argument("--dry-run", action="store_true", help="only show what would go")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "purge",
        help="remove everyone's personal data after the event, keeping the programme and notes (needs --yes)",
    )
    p.set_defaults(handler=cmd_purge)
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="really purge: it cannot be undone")
    p.add_argument("--dry-run", action="store_true", help="only show what would go")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("retention", help="show or set the date personal data is kept until")
    p.set_defaults(handler=cmd_retention)
    p.add_argument("file")
    p.add_argument("date", nargs="?", metavar="DATE", help="YYYY-MM-DD, or none to clear")
    p.add_argument("--json", action="store_true")
