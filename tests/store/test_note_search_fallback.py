"""Migration 0008 on a server where the ``unaccent`` extension cannot be created: the fallback fold."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import psycopg

from govcamp.services import notes
from govcamp.services.sharing import share_event
from govcamp.store.eventfile import open_event
from tests import notes_data as data


def test_a_user_who_cannot_create_extensions_still_gets_an_accent_folding_index(
    event_path: Path, pg_url: str
) -> None:
    # A plain user with tables of its own but no right to create extensions in the database.
    parts = urlsplit(pg_url)
    role = f"plain_{parts.path[1:]}"  # roles belong to the whole cluster: one per database
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'plain-pass'")
        admin.execute(f'REVOKE CREATE ON DATABASE "{parts.path[1:]}" FROM PUBLIC')
        admin.execute(f"GRANT CREATE, USAGE ON SCHEMA public TO {role}")
    url = f"postgresql://{role}:plain-pass@{parts.hostname}:{parts.port}{parts.path}"
    with open_event(event_path) as db:
        data.session_(db, "Rural Wales", body="We met at the Café in Llanelli; Siân brought the naïve plan.")
        data.session_(db, "Other", body="Nothing about coffee here.")
    share_event(event_path, url)
    with psycopg.connect(pg_url) as admin:
        extensions = admin.execute("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'").fetchone()
        assert extensions == (0,)
        comment = admin.execute("SELECT obj_description('govcamp_fold(text)'::regprocedure)").fetchone()
        assert comment is not None and "unaccent extension could not be created" in str(comment[0])
    with open_event(url) as server:
        found = {hit.session.title for hit in notes.search_notes(server, "cafe sian naive")}
        assert found == {"Rural Wales"}
        assert {hit.session.title for hit in notes.search_notes(server, "CAFÉ")} == {"Rural Wales"}
