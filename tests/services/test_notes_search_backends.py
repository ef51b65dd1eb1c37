"""Notes search finds the same notes in an event file (SQLite FTS5) and on a server (PostgreSQL's own index).

The demo's notes, plus a few with accents, Welsh place names and emoji, are searched on both with every
word the notes hold (and its first letters, and accented and unaccented spellings); the sessions found
must be the same. The ranking functions differ (bm25 and ts_rank), so the order is not compared.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import psycopg
import pytest

from govcamp.services import notes
from govcamp.services.demo import write_demo
from govcamp.services.sharing import share_event
from govcamp.store.eventfile import EventDB, open_event

EXTRA = [
    "We met at the café in Llanelli 🎉 and Zoë brought the Ysbyty Gwynedd rota.\n\nCAFÉ culture ☕ matters.",
    "Siân's point: naïve façades fool no-one; the coöperative in Ysbyty Ifan 🏥 does it better.",
    "Llanelli's 🌈 data.gov.uk dataset (see https://data.gov.uk/dataset/llanelli-bins) and an e-mail list.",
]
QUERIES = [
    "café", "cafe", "CAFE", "caf", "Llanelli", "llan", "Ysbyty", "ysbyty gwynedd", "Siân", "sian", "Zoe",
    "zoë", "naive", "facades", "cooperative", "🎉", "café 🎉", "data gov", "gov", "e-mail", "mail",
    "bins", "\"open data\"", "data AND NOT", "the OR", "(housing*)",
]  # fmt: skip


@pytest.fixture(scope="module")
def demo_notes_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "demo.govcamp"
    write_demo(path, applicants=120)
    with open_event(path) as db:
        empty = [
            c.session_id
            for c in notes.list_sessions(db)
            if notes.get_note(db, c.session_id).note.revision == 0
        ]
        for session_id, body in zip(empty, EXTRA, strict=False):
            notes.save_note(db, session_id, notes.NoteInput(body_md=body), revision=0)
    return path


def _found(db: EventDB, query: str) -> set[int]:
    return {hit.session.session_id for hit in notes.search_notes(db, query, limit=1000)}


def _demo_words(db: EventDB) -> list[str]:
    bodies = [notes.get_note(db, c.session_id).note.body_md for c in notes.list_sessions(db)]
    counts = Counter(word for body in bodies for word in re.findall(r"\w+", body))
    return sorted(counts)


def test_search_finds_the_same_notes_in_a_file_and_on_a_server(
    demo_notes_file: Path, pg_url: str, tmp_path: Path
) -> None:
    local = tmp_path / "local.govcamp"
    shutil.copyfile(demo_notes_file, local)
    share_event(local, pg_url)
    with open_event(local) as file_db, open_event(pg_url) as server_db:
        words = _demo_words(file_db)
        assert {"Llanelli", "Ysbyty", "café"} <= set(words) and len(words) > 200
        queries = QUERIES + words + sorted({w[:3] for w in words if len(w) > 3})
        differ = {}
        for query in queries:
            if not notes.query_words(query):
                continue
            on_file, on_server = _found(file_db, query), _found(server_db, query)
            if on_file != on_server:
                differ[query] = (sorted(on_file - on_server), sorted(on_server - on_file))
        assert not differ, differ
        # The accent-folded, prefix search really finds the notes (not two empty answers agreeing).
        assert len(_found(server_db, "cafe")) >= 1
        assert _found(server_db, "cafe") == _found(server_db, "CAFÉ") == _found(server_db, "caf")
        assert _found(server_db, "llan") >= _found(server_db, "Llanelli 🎉")
        hit = notes.search_notes(server_db, "ysbyty")[0]
        assert ("Ysbyty", True) in hit.fragments


def test_the_server_search_uses_its_full_text_index(demo_notes_file: Path, pg_url: str) -> None:
    share_event(demo_notes_file, pg_url)
    with psycopg.connect(pg_url) as connection:
        connection.execute("SET enable_seqscan = off")  # a few dozen notes: make the planner show its hand
        plan = "\n".join(
            row[0]
            for row in connection.execute(
                "EXPLAIN SELECT session_id FROM note "
                "WHERE to_tsvector('simple', govcamp_fold(body_md)) @@ to_tsquery('simple', 'cafe:*')"
            )
        )
        assert "ix_note_search" in plan
        folded = connection.execute("SELECT govcamp_fold('Siân’s CAFÉ — Ysbyty🎉Llanelli')").fetchone()
        assert folded == ("Sian s CAFE Ysbyty Llanelli",)
