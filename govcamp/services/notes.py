"""Session notes: read one with its session's context, save it without clobbering, search them all.

Saving uses optimistic concurrency: the caller passes the revision it loaded, and a save against an older
revision raises :class:`NoteConflictError` carrying both texts, so two windows on one note never silently
overwrite each other. Search runs over SQLite's FTS5 index ``note_fts`` in an event file, and over
PostgreSQL's own full-text index (migration 0008: ``to_tsvector('simple', govcamp_fold(body_md))``) on a
server; both fold accents (so "Sian" finds "Siân") and match every word as a prefix, so one query finds the
same notes on both. What a person types is reduced to plain words, so query syntax can never be an error.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from govcamp.domain.errors import GovcampError, NotFoundError, ValidationError
from govcamp.domain.words import N_, _, ngettext
from govcamp.services.event import _event_row
from govcamp.services.versions import ChangedElsewhereError
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import Note, Placement, Room, SessionHost, Slot, utcnow
from govcamp.store.tables import Session as SessionRow

#: Private-use characters marking where a highlighted match starts and ends in FTS5 snippets.
_OPEN, _CLOSE = "\ue000", "\ue001"
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_BODY = 1_000_000


@dataclass(frozen=True)
class ActionItem:
    """One thing someone said they would do, and whether it is done."""

    text: str
    done: bool = False


@dataclass(frozen=True)
class SessionContext:
    """What the notes editor shows above a note: the session, who hosts it, where and when."""

    session_id: int
    title: str
    hosts: tuple[str, ...] = ()
    room: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    tags: tuple[str, ...] = ()
    has_note: bool = False
    room_position: int = 0

    @property
    def when(self) -> str:
        """``Sat 27 Mar 10:00–10:50``, or "not in the grid"."""
        if self.start is None or self.end is None:
            return _("not in the grid")
        return f"{self.start:%a %d %b %H:%M}–{self.end:%H:%M}"


@dataclass(frozen=True)
class NoteInput:
    """What a note-taker writes."""

    body_md: str = ""
    note_taker: str = ""
    attendance: int | None = None
    links: tuple[str, ...] = ()
    actions: tuple[ActionItem, ...] = ()


@dataclass(frozen=True)
class NoteValue:
    """A stored note; ``revision`` 0 means nothing has been saved for the session yet."""

    session_id: int
    body_md: str = ""
    note_taker: str = ""
    attendance: int | None = None
    links: tuple[str, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    revision: int = 0
    updated_at: datetime | None = None
    #: The desk that saved this revision ("" when it did not say).
    changed_by: str = ""

    def as_input(self) -> NoteInput:
        return NoteInput(self.body_md, self.note_taker, self.attendance, self.links, self.actions)


@dataclass(frozen=True)
class NoteView:
    """A note with its session's context."""

    session: SessionContext
    note: NoteValue


@dataclass(frozen=True)
class SearchHit:
    """One session whose notes (or title) match; ``fragments`` are (text, is_match) pieces of a snippet."""

    session: SessionContext
    fragments: tuple[tuple[str, bool], ...]
    title_fragments: tuple[tuple[str, bool], ...]

    def snippet(self, open_: str = "[", close: str = "]") -> str:
        """The snippet as text with each matching word wrapped, e.g. ``…the [budget] was…``."""
        return "".join(f"{open_}{t}{close}" if hit else t for t, hit in self.fragments)


# The refusal of a note saved elsewhere, each case one whole sentence for a translator:
# (titled?, desk named?, time known?) → the message.
_CONFLICTS = {
    (True, True, True): N_(
        "The notes of “{title}” were changed on {desk} at {time} — yours are kept: choose which version to "
        "keep."
    ),
    (True, True, False): N_(
        "The notes of “{title}” were changed on {desk} — yours are kept: choose which version to keep."
    ),
    (True, False, True): N_(
        "The notes of “{title}” were changed in another window at {time} — yours are kept: choose which "
        "version to keep."
    ),
    (True, False, False): N_(
        "The notes of “{title}” were changed in another window — yours are kept: choose which version to "
        "keep."
    ),
    (False, True, True): N_(
        "These notes were changed on {desk} at {time} — yours are kept: choose which version to keep."
    ),
    (False, True, False): N_(
        "These notes were changed on {desk} — yours are kept: choose which version to keep."
    ),
    (False, False, True): N_(
        "These notes were changed in another window at {time} — yours are kept: choose which version to keep."
    ),
    (False, False, False): N_(
        "These notes were changed in another window — yours are kept: choose which version to keep."
    ),
}


class NoteConflictError(ChangedElsewhereError):
    """Someone else saved this note since it was loaded; both texts are kept for the person to choose."""

    def __init__(self, mine: NoteInput, theirs: NoteValue, *, title: str = "") -> None:
        super().__init__(
            f"The notes of “{title}”" if title else "These notes",
            theirs.changed_by,
            theirs.updated_at,
            noun="were",
            then="yours are kept: choose which version to keep",
        )
        # The message is this note's own whole sentence, in the window's language, not pieced together.
        at = theirs.updated_at
        template = _CONFLICTS[bool(title), bool(theirs.changed_by), at is not None]
        self.args = (
            _(template).format(
                title=title, desk=theirs.changed_by, time=f"{at:%H:%M}" if at is not None else ""
            ),
        )
        self.mine = mine
        self.theirs = theirs


# ------------------------------------------------------------------------------------------------ reads


def _zone(session: Session) -> ZoneInfo:
    return ZoneInfo(_event_row(session).timezone)


def _actions(raw: list[dict[str, Any]]) -> tuple[ActionItem, ...]:
    items = []
    for entry in raw or []:
        if isinstance(entry, dict) and str(entry.get("text", "")).strip():
            items.append(ActionItem(str(entry["text"]), bool(entry.get("done", False))))
    return tuple(items)


def _note_value(row: Note, zone: ZoneInfo) -> NoteValue:
    return NoteValue(
        session_id=row.session_id,
        body_md=row.body_md,
        note_taker=row.note_taker,
        attendance=row.attendance,
        links=tuple(str(link) for link in row.links or []),
        actions=_actions(row.actions),
        revision=row.revision,
        updated_at=row.updated_at.astimezone(zone) if row.updated_at else None,
        changed_by=row.changed_by,
    )


def _contexts(session: Session, session_ids: list[int] | None = None) -> list[SessionContext]:
    """Every (or the given) non-withdrawn session's context, in grid order: time, then room."""
    zone = _zone(session)
    query = select(SessionRow)
    if session_ids is not None:
        query = query.where(col(SessionRow.id).in_(session_ids))
    else:
        query = query.where(col(SessionRow.withdrawn).is_(False))
    rows = session.exec(query).all()
    hosts: dict[int, list[str]] = {}
    for host in session.exec(select(SessionHost).order_by(col(SessionHost.position))).all():
        hosts.setdefault(host.session_id, []).append(host.name)
    where: dict[int, tuple[Room, Slot]] = {}
    for placement, placed_room, placed_slot in session.exec(
        select(Placement, Room, Slot)
        .join(Room, col(Room.id) == Placement.room_id)
        .join(Slot, col(Slot.id) == Placement.slot_id)
    ).all():
        where[placement.session_id] = (placed_room, placed_slot)
    noted = set(session.exec(select(Note.session_id).where(Note.body_md != "")).all())
    values = []
    for row in rows:
        assert row.id is not None
        room: Room | None = None
        slot: Slot | None = None
        if row.id in where:
            room, slot = where[row.id]
        values.append(
            SessionContext(
                session_id=row.id,
                title=row.title,
                hosts=tuple(hosts.get(row.id, [])),
                room=room.name if room else None,
                start=slot.start_at.astimezone(zone) if slot else None,
                end=slot.end_at.astimezone(zone) if slot else None,
                tags=tuple(row.tags or []),
                has_note=row.id in noted,
                room_position=room.position if room else 0,
            )
        )
    far = datetime.max.replace(tzinfo=zone)
    values.sort(key=lambda c: (c.start is None, c.start or far, c.room_position, c.title.casefold()))
    return values


def list_sessions(db: EventDB) -> list[SessionContext]:
    """Sessions for the notes picker: placed ones by time then room, then any not yet in the grid."""
    with db.session() as session:
        return _contexts(session)


def _context(session: Session, session_id: int) -> SessionContext:
    found = _contexts(session, [session_id])
    if not found:
        raise NotFoundError(_("There is no session {id}.").format(id=session_id))
    return found[0]


def find_session(db: EventDB, key: str) -> SessionContext:
    """A session by id, or by its exact title (any case)."""
    key = key.strip()
    with db.session() as session:
        if key.isdigit():
            found = _contexts(session, [int(key)])
            if found:
                return found[0]
        rows = session.exec(select(SessionRow.id, SessionRow.title)).all()
        matches = [int(sid or 0) for sid, title in rows if title.strip().casefold() == key.casefold()]
        if len(matches) > 1:
            raise GovcampError(
                ngettext(
                    "{n} session is called “{key}”; use the session's number.",
                    "{n} sessions are called “{key}”; use the session's number.",
                    len(matches),
                ).format(n=len(matches), key=key)
            )
        if matches:
            return _context(session, matches[0])
    raise NotFoundError(_("There is no session “{key}”.").format(key=key))


def get_note(db: EventDB, session_id: int) -> NoteView:
    """The session's note (empty, revision 0, if none is saved yet) with the session's context."""
    with db.session() as session:
        context = _context(session, session_id)
        row = session.exec(select(Note).where(Note.session_id == session_id)).first()
        note = _note_value(row, _zone(session)) if row else NoteValue(session_id=session_id)
        return NoteView(context, note)


# ----------------------------------------------------------------------------------------------- writes


def check_note(note: NoteInput) -> NoteInput:
    """Tidy a note and check its rules: attendance not negative, links and actions without blanks."""
    if note.attendance is not None and note.attendance < 0:
        raise ValidationError("attendance", _("Attendance cannot be below zero."))
    if len(note.body_md) > MAX_BODY:
        raise ValidationError("notes", _("These notes are too long to store (over a million characters)."))
    links = tuple(dict.fromkeys(link.strip() for link in note.links if link.strip()))
    actions = tuple(ActionItem(a.text.strip(), a.done) for a in note.actions if a.text.strip())
    return NoteInput(note.body_md, note.note_taker.strip(), note.attendance, links, actions)


def save_note(db: EventDB, session_id: int, note: NoteInput, *, revision: int, desk: str = "") -> NoteValue:
    """Store ``note`` for the session if it is still at ``revision``; return what was stored.

    ``desk`` names the laptop saving, for the message whoever saves next against an older revision gets.

    Raises:
        NoteConflictError: the note was saved elsewhere since ``revision`` was loaded.
        NotFoundError: there is no such session.
    """
    checked = check_note(note)
    values: dict[str, Any] = {
        "body_md": checked.body_md,
        "note_taker": checked.note_taker,
        "attendance": checked.attendance,
        "links": list(checked.links),
        "actions": [{"text": a.text, "done": a.done} for a in checked.actions],
        "updated_at": utcnow(),
        "changed_by": desk,
    }
    try:
        with db.session() as session:
            zone = _zone(session)
            if session.get(SessionRow, session_id) is None:
                raise NotFoundError(_("There is no session {id}.").format(id=session_id))
            if revision == 0:
                exists = session.exec(select(Note.id).where(Note.session_id == session_id)).first()
                if exists is None:
                    row = Note(session_id=session_id, revision=1, **values)
                    session.add(row)
                    session.flush()
                    return _note_value(row, zone)
            result = session.execute(
                update(Note)
                .where(col(Note.session_id) == session_id, col(Note.revision) == revision)
                .values(revision=revision + 1, **values)
            )
            if getattr(result, "rowcount", 0) == 1:
                stored = session.exec(select(Note).where(Note.session_id == session_id)).one()
                session.refresh(stored)
                return _note_value(stored, zone)
    except IntegrityError:
        pass  # another window inserted the first revision a moment earlier
    view = get_note(db, session_id)
    raise NoteConflictError(checked, view.note, title=view.session.title)


# ----------------------------------------------------------------------------------------------- search


def fold(value: str) -> str:
    """Lower case without accents, as the FTS index compares words ("Siân" → "sian")."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def query_words(query: str) -> list[str]:
    """The plain words of what someone typed; quotes, stars, brackets and operators are dropped."""
    return [word for word in _WORD.findall(query) if word.strip("_")]


def fts_query(query: str) -> str:
    """An FTS5 query matching notes holding every word (as a prefix) that ``query`` holds.

    Raises:
        ValidationError: the query holds no word at all.
    """
    words = query_words(query)
    if not words:
        raise ValidationError("search", _("Type a word to search for."))
    # Each word becomes a quoted string, so AND/OR/NEAR, columns and stray quotes are only words.
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def _fragments(marked: str) -> tuple[tuple[str, bool], ...]:
    pieces: list[tuple[str, bool]] = []
    for index, part in enumerate(re.split(f"[{_OPEN}{_CLOSE}]", marked)):
        part = re.sub(r"\s+", " ", part)
        if part:
            pieces.append((part, index % 2 == 1))
    return tuple(pieces)


def _title_fragments(title: str, words: list[str]) -> tuple[tuple[str, bool], ...]:
    folded = [fold(w) for w in words]
    pieces: list[tuple[str, bool]] = []
    last = 0
    for match in _WORD.finditer(title):
        if any(fold(match.group()).startswith(w) for w in folded):
            if match.start() > last:
                pieces.append((title[last : match.start()], False))
            pieces.append((match.group(), True))
            last = match.end()
    if last < len(title):
        pieces.append((title[last:], False))
    return tuple(pieces)


def _search_fts(session: Session, match: str, limit: int) -> list[tuple[int, str]]:
    rows = session.execute(
        text(
            "SELECT note.session_id, snippet(note_fts, 0, :open, :close, '…', 16) "
            "FROM note_fts JOIN note ON note.id = note_fts.rowid "
            "JOIN session ON session.id = note.session_id "
            "WHERE note_fts MATCH :match AND NOT session.withdrawn "
            "ORDER BY bm25(note_fts) LIMIT :limit"
        ),
        {"open": _OPEN, "close": _CLOSE, "match": match, "limit": limit},
    ).all()
    return [(int(sid), str(snip)) for sid, snip in rows]


#: PostgreSQL: every word of the query, folded by the server as the index folds the notes, as a prefix
#: (``'cafe':* & 'llan':*``); the words are bound as an array, never spliced into the query text.
_PG_QUERY = (
    "SELECT to_tsquery('simple', string_agg(quote_literal(part) || ':*', ' & ')) FROM unnest(CAST(:words AS "
    "text[])) AS word, regexp_split_to_table(btrim(govcamp_fold(word)), ' +') AS part WHERE part <> ''"
)
#: The index expression of migration 0008, written exactly so, so that the GIN index is used.
_PG_VECTOR = "to_tsvector('simple', govcamp_fold(note.body_md))"


def _search_postgresql(session: Session, words: list[str], limit: int) -> list[tuple[int, str]]:
    """PostgreSQL's full-text index finds and ranks the notes; the snippets are cut here, from the text."""
    rows = session.execute(
        text(
            f"WITH q AS ({_PG_QUERY}) SELECT note.session_id, note.body_md FROM note "
            "JOIN session ON session.id = note.session_id, q "
            f"WHERE q.to_tsquery IS NOT NULL AND {_PG_VECTOR} @@ q.to_tsquery AND NOT session.withdrawn "
            f"ORDER BY ts_rank({_PG_VECTOR}, q.to_tsquery) DESC, note.session_id LIMIT :limit"
        ),
        {"words": words, "limit": limit},
    ).all()
    return _snippets([(int(sid), str(body)) for sid, body in rows], words)


def _snippets(rows: list[tuple[int, str]], words: list[str]) -> list[tuple[int, str]]:
    """Each note's first matching words in their context, marked as FTS5's ``snippet()`` marks them."""
    folded = [fold(w) for w in words]
    found: list[tuple[int, str]] = []
    for sid, body in rows:
        tokens = list(_WORD.finditer(body))
        hits = [m for m in tokens if any(fold(m.group()).startswith(w) for w in folded)]
        if not hits:  # the server split or folded a word differently: show the note's opening
            found.append((sid, " ".join(body.split()[:16])))
            continue
        first = tokens.index(hits[0])
        window = tokens[max(0, first - 6) : first + 10]
        pieces: list[str] = []
        last = window[0].start()
        for m in window:
            pieces.append(body[last : m.start()])
            matched = any(fold(m.group()).startswith(w) for w in folded)
            pieces.append(f"{_OPEN}{m.group()}{_CLOSE}" if matched else m.group())
            last = m.end()
        if window[-1] is tokens[-1]:
            pieces.append(body[last:].rstrip())  # the closing punctuation, as FTS5's snippet keeps it
        snippet = ("…" if first > 6 else "") + "".join(pieces) + ("…" if window[-1] is not tokens[-1] else "")
        found.append((sid, snippet))
    return found


def search_notes(db: EventDB, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Sessions whose notes hold every word of ``query`` (best first), then those whose title does.

    Raises:
        ValidationError: the query holds no word.
    """
    match = fts_query(query)
    words = query_words(query)
    with db.session() as session:
        if session.get_bind().dialect.name != "sqlite":
            rows = _search_postgresql(session, words, limit)
        else:
            rows = _search_fts(session, match, limit)
        snippets = {int(sid): str(snip) for sid, snip in rows}
        order = [int(sid) for sid, _ in rows]
        folded = [fold(w) for w in words]
        for sid, title in session.exec(
            select(SessionRow.id, SessionRow.title).where(col(SessionRow.withdrawn).is_(False))
        ).all():
            title_words = [fold(w) for w in _WORD.findall(title)]
            if (
                sid is not None
                and sid not in snippets
                and all(any(t.startswith(w) for t in title_words) for w in folded)
            ):
                order.append(sid)
        order = order[:limit]
        contexts = {c.session_id: c for c in _contexts(session, order)}
        bodies = dict(
            session.exec(select(Note.session_id, Note.body_md).where(col(Note.session_id).in_(order))).all()
        )
    hits = []
    for sid in order:
        context = contexts[sid]
        if sid in snippets:
            fragments = _fragments(snippets[sid])
        else:
            opening = " ".join(bodies.get(sid, "").split())[:120]
            fragments = ((opening + ("…" if len(opening) == 120 else ""), False),) if opening else ()
        hits.append(SearchHit(context, fragments, _title_fragments(context.title, words)))
    return hits
