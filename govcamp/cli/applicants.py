"""``govcamp applicants import|list``: bring applicants in from a file, and see who has applied."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from govcamp.cli.common import UsageError, group, open_db, print_json
from govcamp.domain.applicants import FIELDS, summary
from govcamp.domain.enums import TicketState

EXIT_INVALID_ROWS = 1


def _manual(pairs: list[str]) -> dict[str, str]:
    manual: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise UsageError(f"govcamp applicants import: --map wants FIELD=COLUMN, not “{pair}”")
        if field.strip() not in FIELDS:
            raise UsageError(
                f"govcamp applicants import: “{field}” is not a field; use one of {', '.join(FIELDS)}"
            )
        manual[field.strip()] = column.strip()
    return manual


def cmd_import(args: argparse.Namespace) -> int:
    from govcamp.services.applicants import ImportRefusedError, import_applicants

    with open_db(args.file) as db:
        try:
            result = import_applicants(
                db,
                Path(args.data),
                manual=_manual(args.map),
                skip_invalid=args.skip_invalid,
                dry_run=args.dry_run,
            )
        except ImportRefusedError as exc:
            if exc.missing_field is None:
                raise
            # On the command line the column is chosen with a flag: say which.
            raise ImportRefusedError(
                f"{str(exc).removesuffix(' Choose the column that holds it.')} "
                f"Map one with --map {exc.missing_field}=COLUMN.",
                missing_field=exc.missing_field,
            ) from exc
    plan = result.plan
    errors = plan.errors
    if args.json:
        print_json(
            {
                "imported": result.imported,
                "dry_run": result.dry_run,
                "rows": plan.rows,
                "new": len(plan.new),
                "invalid": len(plan.invalid_lines),
                "mapping": {field: plan.header[index] for field, index in plan.mapping.items()},
                "problems": [asdict(p) | {"error": p.is_error} for p in plan.problems],
            }
        )
    else:
        mapped = ", ".join(f"{field} ← “{plan.header[index]}”" for field, index in plan.mapping.items())
        print(f"Columns: {mapped}")
        for problem in plan.problems:
            print(("  error  " if problem.is_error else "  note   ") + problem.message)
        line = summary(
            plan.rows,
            len(plan.new),
            len(plan.invalid_lines),
            plan.count("duplicate_in_file"),
            plan.count("already_applied"),
            plan.count("likely_duplicate"),
        )
        print(line)
        if result.dry_run:
            print("Dry run: nothing was imported.")
        elif result.imported:
            print(f"Imported {result.imported} applicants.")
        elif errors and not args.skip_invalid:
            print(
                f"Nothing was imported: {len(plan.invalid_lines)} rows are invalid. Fix them, or import the "
                f"{len(plan.new)} good rows with --skip-invalid."
            )
        else:
            print("Nobody new to import.")
    if errors and not args.skip_invalid:
        return EXIT_INVALID_ROWS
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from govcamp.services.applicants import list_applicants

    with open_db(args.file) as db:
        values = list_applicants(db, args.status)
    if args.json:
        print_json([asdict(value) for value in values])
        return 0
    if not values:
        print("No applicants yet: import them with `govcamp applicants import FILE DATA.csv`.")
    for value in values:
        print(
            f"{value.id:>6}  {value.status:<11} {value.full_name:<32} {value.email:<36} {value.organisation}"
        )
    return 0


def register(sub: Any) -> None:
    """Add ``govcamp applicants import`` and ``list``."""
    actions = group(sub, "applicants", "Import and list applicants.")
    p = actions.add_parser("import", help="import applicants from CSV or XLSX")
    p.set_defaults(handler=cmd_import)
    p.add_argument("file", help="the event file")
    p.add_argument("data", help="the CSV or XLSX file of applicants")
    p.add_argument("--dry-run", action="store_true", help="report what would happen; change nothing")
    p.add_argument(
        "--skip-invalid", action="store_true", help="import the good rows even if some are invalid"
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"use COLUMN (header or 1-based number) for FIELD, one of: {', '.join(FIELDS)}",
    )
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("list", help="list applicants and their ticket status")
    p.set_defaults(handler=cmd_list)
    p.add_argument("file")
    p.add_argument("--status", choices=[s.value for s in TicketState])
    p.add_argument("--json", action="store_true")
