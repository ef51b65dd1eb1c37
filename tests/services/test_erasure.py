"""Erasing a person and purging after the event: no byte left in the file, its log or any backup."""

from __future__ import annotations

import json
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from sqlmodel import select

from govcamp.paths import backups_root
from govcamp.services import archive, erasure, personal_data
from govcamp.services.demo import write_demo
from govcamp.services.lottery import audit
from govcamp.store import backups
from govcamp.store.eventfile import open_event
from govcamp.store.tables import Note, Person, SessionHost
from govcamp.store.tables import Session as SessionRow

NAME = "Siân Zebedee Quorndon"
EMAIL = "zebedee.quorndon@ystwyth-council.example"
ACCESS = "Hearing loop and a seat by the Fenwickgate door"
DIETARY = "No fenugreek or samphire please"


def spellings(secret: str) -> set[bytes]:
    """Every way SQLite or our JSON could hold ``secret``: cases, accents, UTF-8, UTF-16, JSON escapes."""
    forms = {secret, secret.upper(), secret.lower(), secret.casefold(), secret.title()}
    forms |= {unicodedata.normalize(n, f) for f in list(forms) for n in ("NFC", "NFD")}
    forms |= {
        "".join(c for c in unicodedata.normalize("NFD", f) if not unicodedata.combining(c))
        for f in list(forms)
    }
    found: set[bytes] = set()
    for form in forms:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.add(form.encode(encoding))
        found.add(json.dumps(form)[1:-1].encode("ascii"))
    return found


def hits(path: Path, secrets: list[str]) -> list[str]:
    if not path.exists():
        return []
    raw = path.read_bytes()
    return [f"{path.name}: {s!r}" for s in secrets for b in spellings(s) if b in raw]


SECRETS = [NAME, EMAIL, ACCESS, DIETARY, "Quorndon", "zebedee.quorndon"]


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, int]:
    """A demo event whose host of a session with notes has unique, accented data all over the file."""
    path = tmp_path / "camp.govcamp"
    write_demo(path, applicants=80)
    with open_event(path) as db, db.session() as session:
        host = session.exec(
            select(SessionHost)
            .join(Note, Note.session_id == SessionHost.session_id)
            .where(
                SessionHost.person_id.is_not(None)  # type: ignore[union-attr]
            )
        ).first()
        assert host is not None and host.person_id is not None
        person = session.get(Person, host.person_id)
        assert person is not None
        person.full_name, person.badge_name = NAME, NAME
        person.email, person.email_normalised = EMAIL, EMAIL
        person.access_needs, person.dietary_needs = ACCESS, DIETARY
        host.name = NAME
        note = session.exec(select(Note).where(Note.session_id == host.session_id)).one()
        note.body_md += (
            f"\n\n{NAME.upper()} said: write to zebedee.quorndon [at] ystwyth-council [dot] example, "
            f"or {unicodedata.normalize('NFD', NAME)}.\n"
        )
        note.note_taker = NAME
        other = session.exec(select(Note).where(Note.session_id != host.session_id)).first()
        assert other is not None
        other.body_md += f"\n\nThanks to {NAME.lower()} ({EMAIL.upper()}) for the slides.\n"
        session.add_all([person, host, note, other])
        audit(session, "ticket.accepted", f"person:{person.id}", {"reason": f"{NAME} asked"}, actor=NAME)
        person_id = person.id
    assert person_id is not None
    return path, person_id


def test_erasing_a_person_leaves_no_byte_of_them_in_the_file_its_log_or_any_backup(
    demo: tuple[Path, int], tmp_path: Path
) -> None:
    path, person_id = demo
    root = backups_root()
    first = backups.back_up(path, root, force=True)
    assert first is not None
    with open_event(path) as db, db.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.access_needs = ""  # edited blank: the backups still hold it (the finding)
        session.add(person)
    # An older format's copy, as a migration leaves beside the event: cannot be rewritten, so it goes.
    older = path.with_name(f"{path.stem}.before-v9-20270101-000000.govcamp")
    shutil.copyfile(first.path, older)
    with sqlite3.connect(older) as connection:
        connection.execute("PRAGMA user_version = 1")
    connection.close()
    assert hits(first.path, SECRETS) and hits(older, SECRETS)

    with open_event(path) as db:
        with db.session() as session:
            sessions_before = len(session.exec(select(SessionRow)).all())
        receipt = erasure.erase_person(db, EMAIL.upper(), backup_root=root)
        # While the event is still open: the file and its write-ahead log.
        leaks = hits(path, SECRETS) + hits(Path(f"{path}-wal"), SECRETS)
        assert leaks == []
        with db.session() as session:
            assert session.get(Person, person_id) is None
            assert len(session.exec(select(SessionRow)).all()) == sessions_before
            names = [h.name for h in session.exec(select(SessionHost)).all()]
            assert erasure.ERASED_NAME in names
        archive.collect(db)  # the programme and notes still make an archive
    for copy in [path, first.path, *Path(f"{path}-wal").parent.glob("*-wal")]:
        assert hits(copy, SECRETS) == [], copy
    assert not older.exists()
    actions = {b.path: b.action for b in receipt.backups}
    assert actions == {first.path: erasure.REWRITTEN, older: erasure.DELETED}
    assert receipt.done and receipt.deleted["person"] == 1 and receipt.kept["session_host"] >= 1
    assert receipt.references >= 1 and "note_fts" in receipt.search_rebuilt
    assert any("truncated" in line for line in receipt.storage)
    with sqlite3.connect(first.path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_the_notes_search_index_forgets_their_words(demo: tuple[Path, int]) -> None:
    path, person_id = demo
    with open_event(path) as db:
        erasure.erase_person(db, str(person_id), backup_root=backups_root())
    # An independent look inside the FTS5 shadow tables: every term the index still holds.
    connection = sqlite3.connect(":memory:")
    connection.execute(f"ATTACH DATABASE 'file:{path}?mode=ro' AS camp")
    connection.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(camp, note_fts, row)")
    terms = {row[0] for row in connection.execute("SELECT term FROM temp.terms")}
    connection.close()
    assert terms, "the index should still hold the other notes' words"
    assert {"quorndon", "zebedee", "ystwyth", "fenugreek"}.isdisjoint(terms)


def test_the_preview_counts_what_the_erasure_does_and_changes_nothing(demo: tuple[Path, int]) -> None:
    path, person_id = demo
    before = path.read_bytes()
    with open_event(path) as db:
        preview = erasure.erase_person(db, str(person_id), backup_root=backups_root(), preview=True)
        with db.session() as session:
            assert session.get(Person, person_id) is not None
        done = erasure.erase_person(db, str(person_id), backup_root=backups_root())
    assert not preview.done and preview.storage == ()
    assert (preview.deleted, preview.kept, preview.rewritten) == (done.deleted, done.kept, done.rewritten)
    assert before != path.read_bytes()


def test_subject_access_finds_their_rows_and_every_mention(demo: tuple[Path, int]) -> None:
    path, _person_id = demo
    with open_event(path) as db:
        data = personal_data.collect(db, EMAIL)
    tables = {row.table for row in data.rows}
    assert {"person", "ticket", "session_host"} <= tables
    person = next(dict((n, v) for n, _k, v in row.columns) for row in data.rows if row.table == "person")
    assert person["full_name"] == NAME and person["access_needs"] == ACCESS
    kinds = next(dict((n, k) for n, k, _v in row.columns) for row in data.rows if row.table == "person")
    assert kinds["dietary_needs"] == "special"
    where = {(m.table, m.column) for m in data.mentions}
    assert {
        ("note", "body_md"),
        ("note", "note_taker"),
        ("audit_log", "actor"),
        ("audit_log", "subject"),
    } <= where
    quoted = " ".join(e for m in data.mentions for e in m.excerpts)
    assert "ystwyth-council [dot] example" in quoted and EMAIL.upper() in quoted


def test_purge_keeps_the_anonymous_programme_and_removes_everyone(demo: tuple[Path, int]) -> None:
    path, _person_id = demo
    root = backups_root()
    copy = backups.back_up(path, root, force=True)
    assert copy is not None
    with sqlite3.connect(path) as connection:
        everyone = connection.execute("SELECT full_name, email FROM person").fetchall()
        counts = {
            t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("session", "grid_version", "note", "room", "slot", "placement")
        }
    connection.close()
    with open_event(path) as db:
        receipt = erasure.purge(db, backup_root=root)
    assert receipt.people == len(everyone) == receipt.deleted["person"]
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM person").fetchone() == (0,)
        for table, count in counts.items():
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (count,), table
        hosts = {row[0] for row in connection.execute("SELECT DISTINCT name FROM session_host")}
        takers = {row[0] for row in connection.execute("SELECT DISTINCT note_taker FROM note")}
    connection.close()
    assert hosts == {erasure.ERASED_NAME} and takers == {""}
    for target in (path, copy.path):
        raw = target.read_bytes()
        multiword = [n for n, _e in everyone if " " in n]
        leaked = [n for n in multiword if n.encode() in raw or json.dumps(n)[1:-1].encode() in raw]
        assert leaked == [], (target, leaked[:5])
        assert [e for _n, e in everyone if e and e.encode() in raw] == []
    assert [b.action for b in receipt.backups] == [erasure.REWRITTEN]


def test_a_note_open_elsewhere_cannot_save_the_erased_name_back(demo: tuple[Path, int]) -> None:
    from govcamp.services import notes

    path, person_id = demo
    with open_event(path) as db:
        with db.session() as session:
            host = session.exec(select(SessionHost).where(SessionHost.person_id == person_id)).first()
            assert host is not None
            session_id = host.session_id
        stale = notes.get_note(db, session_id)  # as an editor in another window loaded it
        assert NAME.upper() in stale.note.body_md
        erasure.erase_person(db, str(person_id), backup_root=backups_root())
        mine = notes.NoteInput(body_md=stale.note.body_md, note_taker=NAME)
        with pytest.raises(notes.NoteConflictError):
            notes.save_note(db, session_id, mine, revision=stale.note.revision)
