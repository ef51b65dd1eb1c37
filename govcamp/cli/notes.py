"""``govcamp notes set|get|search``: session notes from the command line."""

from __future__ import annotations

import argparse
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govcamp.cli.common import group, open_db, print_json
from govcamp.domain.errors import GovcampError

if TYPE_CHECKING:
    from govcamp.services.notes import NoteView, SearchHit, SessionContext


def _read_text(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise GovcampError(f"{name}: no such file.") from exc
    except UnicodeDecodeError as exc:
        raise GovcampError(f"{name} is not UTF-8 text.") from exc
    except OSError as exc:
        raise GovcampError(f"{name} cannot be read: {exc.strerror}.") from exc


def _session_json(context: SessionContext) -> dict[str, Any]:
    return {
        "session_id": context.session_id,
        "title": context.title,
        "hosts": list(context.hosts),
        "room": context.room,
        "start": context.start.isoformat() if context.start else None,
        "end": context.end.isoformat() if context.end else None,
        "tags": list(context.tags),
    }


def _note_json(view: NoteView) -> dict[str, Any]:
    note = view.note
    return {
        **_session_json(view.session),
        "body_md": note.body_md,
        "note_taker": note.note_taker,
        "attendance": note.attendance,
        "links": list(note.links),
        "actions": [{"text": a.text, "done": a.done} for a in note.actions],
        "revision": note.revision,
        "updated_at": note.updated_at.isoformat() if note.updated_at else None,
        "changed_by": note.changed_by or None,
    }


def cmd_set(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from govcamp.services import notes

    body = _read_text(args.note_file)
    with open_db(args.file) as db:
        context = notes.find_session(db, args.session)
        current = notes.get_note(db, context.session_id).note
        wanted = replace(current.as_input(), body_md=body)
        if args.taker is not None:
            wanted = replace(wanted, note_taker=args.taker)
        if args.attendance is not None:
            wanted = replace(wanted, attendance=args.attendance)
        # --revision: the one the writer read (`notes get --json`), so a save made meanwhile is not lost.
        seen = current.revision if args.revision is None else args.revision
        desk = args.desk or socket.gethostname()
        saved = notes.save_note(db, context.session_id, wanted, revision=seen, desk=desk)
    print(f"Saved the notes of session {context.session_id}: {context.title} (revision {saved.revision}).")
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    from govcamp.services import notes

    with open_db(args.file) as db:
        context = notes.find_session(db, args.session)
        view = notes.get_note(db, context.session_id)
    if args.json:
        print_json(_note_json(view))
        return 0
    session, note = view.session, view.note
    print(f"# {session.title}")
    print(f"Hosts: {', '.join(session.hosts) or '-'} · Room: {session.room or '-'} · {session.when}")
    if note.note_taker or note.attendance is not None:
        taker = f"Notes by {note.note_taker}" if note.note_taker else ""
        came = f"{note.attendance} came" if note.attendance is not None else ""
        print(" · ".join(part for part in (taker, came) if part))
    print()
    if note.revision == 0:
        print("No notes yet.")
        return 0
    sys.stdout.write(note.body_md if note.body_md.endswith("\n") else note.body_md + "\n")
    if note.links:
        print("\nLinks:")
        for link in note.links:
            print(f"  {link}")
    if note.actions:
        print("\nActions:")
        for action in note.actions:
            print(f"  [{'x' if action.done else ' '}] {action.text}")
    return 0


def _hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        **_session_json(hit.session),
        "snippet": "".join(t for t, _ in hit.fragments),
        "highlights": [{"text": t, "match": m} for t, m in hit.fragments],
        "title_highlights": [{"text": t, "match": m} for t, m in hit.title_fragments],
    }


def cmd_search(args: argparse.Namespace) -> int:
    from govcamp.services import notes

    with open_db(args.file) as db:
        hits = notes.search_notes(db, args.query, limit=args.limit)
    if args.json:
        print_json([_hit_json(h) for h in hits])
        return 0
    if not hits:
        print(f"No notes match “{args.query}”.")
    for hit in hits:
        where = " · ".join(p for p in (hit.session.room or "", hit.session.when) if p)
        print(f"{hit.session.session_id:>4}  {hit.session.title}  ({where})")
        if hit.fragments:
            print(f"      {hit.snippet()}")
    return 0


def register(sub: Any) -> None:
    """Add ``govcamp notes set|get|search``."""
    actions = group(sub, "notes", "Write, read and search session notes.")
    p = actions.add_parser("set", help="store a session's notes from a Markdown file")
    p.set_defaults(handler=cmd_set)
    p.add_argument("file", help="the event file")
    p.add_argument("session", help="the session's number or exact title")
    p.add_argument(
        "--file", dest="note_file", required=True, metavar="NOTE.md", help="Markdown, or - for stdin"
    )
    p.add_argument("--taker", help="who took the notes")
    p.add_argument("--attendance", type=int, help="how many people came")
    p.add_argument(
        "--revision",
        type=int,
        metavar="N",
        help="the revision the notes were read at (notes get --json); refused if saved since",
    )
    p.add_argument("--desk", metavar="NAME", help="this laptop's name, shown to others (default: host name)")
    p = actions.add_parser("get", help="print a session's notes")
    p.set_defaults(handler=cmd_get)
    p.add_argument("file")
    p.add_argument("session", help="the session's number or exact title")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("search", help="full-text search over every note")
    p.set_defaults(handler=cmd_search)
    p.add_argument("file")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
