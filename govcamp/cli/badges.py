"""``govcamp export badges FILE -o OUT.pdf``: print-ready badges for everyone, or for the people named."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from govcamp.cli.common import add_force, add_language, open_db, print_json
from govcamp.exports.layouts import DEFAULT_LAYOUT, LAYOUTS


def cmd_export_badges(args: argparse.Namespace) -> int:
    from govcamp.exports import outputs
    from govcamp.exports.badges import badge_steps
    from govcamp.services.badge_look import quick_badge_batch
    from govcamp.services.badges import badge_batch, in_language

    if args.alignment:
        return _alignment(args)
    out = outputs.check_output(Path(args.output), force=args.force)
    # Most runs read the file without the database stack; the full way for the rest (see badge_look).
    found = quick_badge_batch(args.file, args.who)
    if found is None:
        with open_db(args.file) as db:
            found = badge_batch(db, args.who)
    batch = in_language(found, args.language)
    warnings: list[str] = []
    for _done, _total, _message in outputs.steps(
        out,
        lambda partial: badge_steps(
            batch.badges,
            partial,
            event_name=batch.event_name,
            layout=args.layout,
            folded=args.folded,
            warnings=warnings,
        ),
        force=args.force,
    ):
        pass
    for warning in warnings:
        print(f"govcamp: warning: {warning}", file=sys.stderr)
    layout = LAYOUTS[args.layout]
    pages = (len(batch.badges) + layout.per_page - 1) // layout.per_page
    if args.json:
        print_json(
            {
                "file": str(out),
                "badges": len(batch.badges),
                "pages": pages,
                "layout": layout.key,
                "folded": args.folded,
                "contact_cards": batch.contact_cards,
                "person_ids": [badge.person_id for badge in batch.badges],
                "warnings": warnings,
                "language": args.language or batch.language,
            }
        )
    else:
        plural = "" if len(batch.badges) == 1 else "s"
        print(f"Wrote {len(batch.badges):,} badge{plural} on {pages:,} page(s) ({layout.title}) to {out}.")
    return 0


def _alignment(args: argparse.Namespace) -> int:
    """``--alignment``: the layout's test page instead of badges (the event file is only checked)."""
    from govcamp.exports import outputs
    from govcamp.exports.alignment import alignment_pdf

    out = outputs.check_output(Path(args.output), force=args.force)
    with open_db(args.file):
        pass
    outputs.write_with(out, lambda partial: alignment_pdf(partial, args.layout), force=args.force)
    layout = LAYOUTS[args.layout]
    if args.json:
        print_json({"file": str(out), "pages": 1, "layout": layout.key, "alignment": True})
    else:
        print(f"Wrote the alignment test page for {layout.title} to {out}; print it at 100 % on plain paper.")
    return 0


def register(actions: Any) -> None:
    """Add ``govcamp export badges``."""
    p = actions.add_parser(
        "badges",
        help="badges as a print-ready PDF",
        description="Write print-ready badges (every script, QR codes) for a choice of people.",
    )
    p.set_defaults(handler=cmd_export_badges)
    p.add_argument("file", help="the event file (*.govcamp)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    add_force(p)
    p.add_argument(
        "--layout",
        default=DEFAULT_LAYOUT,
        choices=list(LAYOUTS),
        help="the stock: " + "; ".join(f"{key} = {layout.title}" for key, layout in LAYOUTS.items()),
    )
    p.add_argument(
        "--who",
        default="attendees",
        metavar="attendees|confirmed|checked-in|all|PERSON,…",
        help="whose badges (default: attendees, everyone with a place), or people by id, check-in code "
        "or e-mail, separated by commas",
    )
    p.add_argument("--folded", action="store_true", help="fold each badge in half: the name on both faces")
    add_language(p, per_person=True)
    p.add_argument(
        "--alignment",
        action="store_true",
        help="write one alignment test page for --layout instead of badges: every label's outline, numbered, "
        "and millimetre rulers, to print on plain paper and hold against a sheet of labels",
    )
    p.add_argument("--json", action="store_true", help="say what was written as JSON")
