"""Migration 0010 (export language, preferred language) on an SQLite file and on PostgreSQL: rows kept,
defaults filled, and the way back drops only the two columns."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import Engine

from govcamp.store import migrate
from govcamp.store.engine import make_engine, sqlite_url

EVENT = (
    "INSERT INTO event (name, start_date, end_date, venue, timezone, description, archive_url, "
    "qr_contact_cards, retention_until, contact_email, created_at, updated_at) VALUES ('Camp Cymru', "
    "'2027-05-01', '2027-05-01', 'Aberystwyth', 'Europe/London', '', '', false, NULL, '', "
    "'2026-11-01 10:00:00', '2026-11-01 10:00:00')"
)
PERSON = (
    "INSERT INTO person (full_name, badge_name, pronouns, email, email_normalised, organisation, "
    "organisation_type, first_timer, role, access_needs, dietary_needs, consent_contact_in_qr, "
    "consent_named_in_notes, checkin_code, group_key, created_at, updated_at) VALUES ('Siân Ŵyn', 'Siân', "
    "'', 's@example.org', 's@example.org', 'Cyngor Gwynedd', 'local_government', false, 'attendee', '', '', "
    "false, false, 'ABC123', NULL, '2026-11-01 10:00:00', '2026-11-01 10:00:00')"
)


def _columns(engine: Engine, table: str) -> set[str]:
    from sqlalchemy import inspect

    return {c["name"] for c in inspect(engine).get_columns(table)}


def _check(engine: Engine) -> None:
    migrate.upgrade(engine, "0009")
    with engine.begin() as connection:
        connection.execute(text(EVENT))
        connection.execute(text(PERSON))
    migrate.upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT name, export_language FROM event")).one() == (
            "Camp Cymru",
            "en",
        )
        assert connection.execute(text("SELECT full_name, preferred_language FROM person")).one() == (
            "Siân Ŵyn",
            "",
        )
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
    assert "export_language" not in _columns(engine, "event")
    assert "preferred_language" not in _columns(engine, "person")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT full_name FROM person")).scalar_one() == "Siân Ŵyn"


def test_0010_on_an_sqlite_file(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.govcamp"))
    try:
        _check(engine)
    finally:
        engine.dispose()


def test_0010_on_postgresql(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        _check(engine)
    finally:
        engine.dispose()
