"""The notes archive: a static website that works from ``file://`` and any web host, plus open data.

Values in (:class:`govcamp.services.archive.ArchiveData`, privacy already applied), files out:

* ``index.html`` — the event and its grid by time and room; ``sessions/session-N.html`` — one page per
  session; ``tags/`` — one page per tag; ``search.html`` — a search box that runs in the page over an
  index built here and embedded as JSON that cannot close its script element;
* ``notes.json`` (schema in ``docs/notes-json.md``) and ``markdown/session-N.md``, so the notes outlive
  govcamp.

Nothing hostile runs: every piece of text goes through Jinja's autoescape; Markdown is rendered with raw
HTML off, images off, and links allowed only to http, https and mailto; every page carries a Content
Security Policy that allows only the archive's own scripts and styles, so nothing leaves the page either.
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from govcamp import __version__
from govcamp.domain.enums import SlotKind
from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.exports import archive_folder
from govcamp.exports.notes_markdown import NoteRenderer, safe_link
from govcamp.exports.wording import Wording, check_language, wording
from govcamp.paths import RESOURCES
from govcamp.services.archive import ArchiveData, ArchiveNote, ArchiveSession

TEMPLATES = RESOURCES / "templates" / "archive"
NOTES_JSON_FORMAT = "govcamp-notes"
NOTES_JSON_VERSION = 1
CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'"

Progress = tuple[int, int, str]


# --------------------------------------------------------------------------------------------- search


def fold_char(char: str) -> str:
    """One character as search compares it: lower case, accents off; never changes the text's length.

    The page's script folds queries with the same rule, and keeping lengths equal lets it highlight a
    match found in the folded text at the same offsets of the real text.
    """
    folded = "".join(
        c for c in unicodedata.normalize("NFD", char) if not unicodedata.category(c).startswith("M")
    ).lower()
    if _utf16(folded) == _utf16(char):
        return folded
    lower = char.lower()
    return lower if _utf16(lower) == _utf16(char) else char


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that works each character out the first time it is met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold_text(text: str) -> str:
    """``text`` folded character by character (see :func:`fold_char`), the same length in UTF-16."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


def script_json(value: object) -> str:
    """JSON safe inside ``<script type="application/json">``: ``<``, ``>`` and ``&`` become escapes."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


# ----------------------------------------------------------------------------------------------- pages


def session_page(session_id: int) -> str:
    return f"sessions/session-{session_id}.html"


def markdown_file(session_id: int) -> str:
    return f"markdown/session-{session_id}.md"


def tag_slugs(tags: list[str]) -> dict[str, str]:
    """Tag → file-safe name, unique even when two tags fold to the same letters."""
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for number, tag in enumerate(tags, start=1):
        ascii_ = unicodedata.normalize("NFKD", tag).encode("ascii", "ignore").decode().lower()
        base = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")[:40] or f"tag-{number}"
        slug = base
        while slug in used:
            slug = f"{base}-{number}"
            number += 1000
        used.add(slug)
        slugs[tag] = slug
    return slugs


def _when(session: ArchiveSession, words: Wording | None = None) -> str:
    w = words or wording("en")
    if session.start is None or session.end is None:
        return w("Not in the grid")
    return f"{w.day(session.start)}, {session.start:%H:%M}–{session.end:%H:%M}"


def _time(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def _day(value: date, words: Wording | None = None) -> str:
    return (words or wording("en")).day(value)


def _hosts_line(session: ArchiveSession, words: Wording | None = None) -> str:
    w = words or wording("en")
    count = session.unnamed_hosts
    if not session.hosts:
        return (
            w.ngettext("%(num)s host, not named here", "%(num)s hosts, not named here", count)
            if count
            else w("Not named")
        )
    named = ", ".join(session.hosts)
    if not count:
        return named
    # The names once, whatever the language; only the fixed words are translated.
    return f"{named}, " + w.ngettext(
        "and %(num)s host not named here", "and %(num)s hosts not named here", count
    )


@dataclass(frozen=True)
class GridDay:
    day: date
    rows: list[dict[str, Any]]


def _grid(data: ArchiveData) -> list[GridDay]:
    cells = {(s.room_id, s.slot_id): s for s in data.sessions if s.slot_id is not None}
    days: dict[date, list[dict[str, Any]]] = {}
    for slot in data.slots:
        row: dict[str, Any] = {"slot": slot, "kind": slot.kind.value}
        if slot.kind == SlotKind.SESSION:
            row["cells"] = [cells.get((room.id, slot.id)) for room in data.rooms]
        days.setdefault(slot.start.date(), []).append(row)
    return [GridDay(day, rows) for day, rows in sorted(days.items())]


def extra_links(note: ArchiveNote | None) -> tuple[str, ...]:
    """The note's links that its text does not already give, so that each is shown once."""
    if note is None:
        return ()
    return tuple(link for link in note.links if link not in note.body_md)


def extra_actions(note: ArchiveNote | None) -> tuple[Any, ...]:
    """The note's actions that its text does not already list (as ``- [ ] …``), so each is shown once."""
    if note is None:
        return ()
    return tuple(a for a in note.actions if a.text not in note.body_md)


def _markdown_text(session: ArchiveSession, event_name: str) -> str:
    lines = [f"# {session.title}", ""]
    lines.append(f"- Event: {event_name}")
    lines.append(f"- Hosts: {_hosts_line(session)}")
    lines.append(f"- Room: {session.room or 'Not in the grid'}")
    lines.append(f"- Time: {_when(session)}")
    if session.tags:
        lines.append(f"- Tags: {', '.join(session.tags)}")
    note = session.note
    if note is not None:
        if note.note_taker:
            lines.append(f"- Notes by: {note.note_taker}")
        if note.attendance is not None:
            lines.append(f"- Attendance: {note.attendance}")
    if session.description:
        lines += ["", session.description]
    lines += ["", "---", ""]
    if note is None or not note.body_md.strip():
        lines.append("No notes were taken in this session.")
    else:
        lines.append(note.body_md.rstrip("\n"))
    if extra_links(note):
        lines += ["", "## Links", "", *(f"- <{link}>" for link in extra_links(note))]
    if extra_actions(note):
        actions = extra_actions(note)
        lines += ["", "## Actions", "", *(f"- [{'x' if a.done else ' '}] {a.text}" for a in actions)]
    return "\n".join(lines) + "\n"


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def notes_json(data: ArchiveData, slugs: dict[str, str]) -> dict[str, Any]:
    """The archive as open data; the schema is documented in ``docs/notes-json.md``."""
    return {
        "format": NOTES_JSON_FORMAT,
        "version": NOTES_JSON_VERSION,
        "generator": f"govcamp {__version__}",
        "generated_at": data.generated_at.isoformat(),
        "event": {
            "name": data.event.name,
            "start_date": data.event.start_date.isoformat(),
            "end_date": data.event.end_date.isoformat(),
            "venue": data.event.venue,
            "timezone": data.event.timezone,
            "description": data.event.description,
            "url": data.event.archive_url or None,
        },
        "rooms": [{"id": r.id, "name": r.name} for r in data.rooms],
        "slots": [
            {
                "id": s.id,
                "start": s.start.isoformat(),
                "end": s.end.isoformat(),
                "kind": s.kind.value,
                "label": s.label,
            }
            for s in data.slots
        ],
        "tags": [
            {"name": tag, "page": f"tags/{slugs[tag]}.html", "sessions": list(ids)}
            for tag, ids in data.tags.items()
        ],
        "sessions": [
            {
                "id": s.id,
                "title": s.title,
                "description": s.description,
                "hosts": list(s.hosts),
                "unnamed_hosts": s.unnamed_hosts,
                "room_id": s.room_id,
                "room": s.room,
                "slot_id": s.slot_id,
                "start": _iso(s.start),
                "end": _iso(s.end),
                "tags": list(s.tags),
                "page": session_page(s.id),
                "markdown": markdown_file(s.id),
                "note": None
                if s.note is None
                else {
                    "body_md": s.note.body_md,
                    "note_taker": s.note.note_taker or None,
                    "attendance": s.note.attendance,
                    "links": list(s.note.links),
                    "actions": [{"text": a.text, "done": a.done} for a in s.note.actions],
                    "updated_at": _iso(s.note.updated_at),
                },
            }
            for s in data.sessions
        ],
    }


def _environment(language: str = "en") -> jinja2.Environment:
    w = wording(language)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    # The fixed words come from the exports' gettext catalogue (Welsh first when bilingual).
    env.install_gettext_callables(  # type: ignore[attr-defined]  # added by the i18n extension
        gettext=w.gettext, ngettext=w.unfilled_ngettext, newstyle=True
    )
    env.filters["hm"] = _time
    env.filters["day"] = lambda value: _day(value, w)
    env.globals.update(
        html_lang=w.html_lang,
        date_long=lambda value: w.day(value),
        csp=markupsafe.Markup(CSP),  # a constant of ours; its quotes must reach the browser as quotes
        session_page=session_page,
        markdown_file=markdown_file,
        when=lambda session: _when(session, w),
        hosts_line=lambda session: _hosts_line(session, w),
        safe_link=safe_link,
        extra_links=extra_links,
        extra_actions=extra_actions,
        version=__version__,
    )
    return env


def _search_index(data: ArchiveData, plain: dict[int, str]) -> dict[str, Any]:
    docs = []
    for s in data.sessions:
        text = plain.get(s.id, "")
        meta = " · ".join(part for part in (s.room or "", _when(s)) if part)
        extra = " ".join([*s.hosts, *s.tags, s.room or "", s.note.note_taker if s.note else ""])
        docs.append(
            {
                "u": session_page(s.id),
                "t": s.title,
                "m": meta,
                "x": text,
                "nt": fold_text(s.title),
                "nx": fold_text(text),
                "ne": fold_text(extra),
            }
        )
    return {"v": 1, "docs": docs}


def archive_steps(
    data: ArchiveData, out_dir: Path, *, zip_file: Path | None = None, language: str | None = None
) -> Iterator[Progress]:
    """Write the archive into ``out_dir`` (empty, new, or an earlier archive it replaces), step by step.

    The pages' fixed words are in ``language`` (``en``, ``cy``, ``cy+en`` with Welsh first; default the
    event's); notes, titles and the data files are as written.

    The files are written into a folder beside ``out_dir`` and moved into place only when complete.

    Raises:
        GovcampError: ``out_dir`` holds something other than an earlier archive, or cannot be written.
    """
    out_dir = Path(out_dir)
    archive_folder.check_target(out_dir, zip_file)
    total = len(data.sessions) + len(data.tags) + 6 + (1 if zip_file else 0)
    done = 0
    partial = out_dir.with_name(f".{out_dir.name}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    try:
        (partial / "sessions").mkdir(parents=True)
        (partial / "tags").mkdir()
        (partial / "markdown").mkdir()
        shutil.copytree(TEMPLATES / "static", partial / "static")
        env = _environment(check_language(language or data.event.language))
        renderer = NoteRenderer()
        slugs = tag_slugs(list(data.tags))
        by_id = {s.id: s for s in data.sessions}
        common = {"event": data.event, "generated_at": data.generated_at}
        plain: dict[int, str] = {}
        yield done, total, _("Writing the session pages…")
        page = env.get_template("session.html")
        ordered = list(data.sessions)
        for index, session in enumerate(ordered):
            note_html = ""
            if session.note is not None and session.note.body_md.strip():
                note_html, plain[session.id] = renderer.both(session.note.body_md)
            _write(
                partial / session_page(session.id),
                page.render(
                    **common,
                    root="../",
                    session=session,
                    note_html=note_html,
                    tag_pages={t: f"../tags/{slugs[t]}.html" for t in session.tags},
                    previous=ordered[index - 1] if index > 0 else None,
                    following=ordered[index + 1] if index + 1 < len(ordered) else None,
                ),
            )
            _write(partial / markdown_file(session.id), _markdown_text(session, data.event.name))
            done += 1
            if done % 10 == 0:
                yield done, total, _("Wrote {done} of {n} session pages…").format(done=done, n=len(ordered))
        tag_page = env.get_template("tag.html")
        for tag, ids in data.tags.items():
            _write(
                partial / "tags" / f"{slugs[tag]}.html",
                tag_page.render(**common, root="../", tag=tag, sessions=[by_id[i] for i in ids]),
            )
            done += 1
        yield done, total, _("Writing the grid and the tag list…")
        _write(
            partial / "tags" / "index.html",
            env.get_template("tags.html").render(
                **common, root="../", tags=[(t, slugs[t], len(ids)) for t, ids in data.tags.items()]
            ),
        )
        done += 1
        unplaced = [s for s in data.sessions if s.slot_id is None]
        _write(
            partial / "index.html",
            env.get_template("index.html").render(
                **common,
                root="",
                rooms=data.rooms,
                days=_grid(data),
                unplaced=unplaced,
                noted=sum(1 for s in data.sessions if s.note is not None),
                count=len(data.sessions),
            ),
        )
        done += 1
        yield done, total, _("Building the search index…")
        search_index = _search_index(data, plain)
        _write(
            partial / "search.html",
            env.get_template("search.html").render(**common, root="", index_json=script_json(search_index)),
        )
        done += 1
        _write(
            partial / "notes.json", json.dumps(notes_json(data, slugs), ensure_ascii=False, indent=2) + "\n"
        )
        done += 1
        _write(partial / "README.md", _readme(data))
        done += 1
        archive_folder.replace(partial, out_dir)
        done += 1
        if zip_file is not None:
            yield done, total, _("Packing the zip file…")
            archive_folder.write_zip(out_dir, zip_file)
            done += 1
        yield (
            done,
            total,
            _("Wrote the archive of {n} sessions to {folder}.").format(n=len(data.sessions), folder=out_dir),
        )
    except OSError as exc:
        raise GovcampError(
            _("The archive could not be written to {out_dir}: {value}.").format(
                out_dir=out_dir, value=exc.strerror or exc
            )
        ) from exc
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def write_archive(
    data: ArchiveData, out_dir: Path, *, zip_file: Path | None = None, language: str | None = None
) -> None:
    """:func:`archive_steps` run to the end."""
    for _step in archive_steps(data, out_dir, zip_file=zip_file, language=language):
        pass


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def _readme(data: ArchiveData) -> str:
    return (
        f"# {data.event.name}: the notes archive\n\n"
        "Open `index.html` in any web browser; it needs no server and no internet connection, and it can\n"
        "be put on any web host as it is.\n\n"
        "- `index.html`: the grid by time and room; `sessions/`: one page per session; `tags/`: by tag;\n"
        "  `search.html`: search every note.\n"
        "- `notes.json`: every session and its notes as data (format `govcamp-notes`, version 1).\n"
        "- `markdown/`: one Markdown file per session.\n\n"
        "Hosts are named only where they agreed to be; no email addresses or personal needs are included.\n"
    )


def write_zip(folder: Path, zip_file: Path) -> None:
    """Pack the archive folder into one zip file (see :func:`archive_folder.write_zip`)."""
    archive_folder.write_zip(folder, zip_file)
