"""The same migrations on a real PostgreSQL server (tests/pg.py): exactly the model, and reversible."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import psycopg
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from govcamp.store import migrate
from govcamp.store.engine import make_engine, server_url


def _tables(url: str) -> list[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        return [name for (name,) in rows]


def test_migrations_build_exactly_the_tables_in_the_model_on_postgresql(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        migrate.upgrade(engine)
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            context = MigrationContext.configure(
                connection, opts={"include_object": migrate.include_object, "compare_type": True}
            )
            diff = compare_metadata(context, SQLModel.metadata)
    finally:
        engine.dispose()
    assert diff == []
    assert set(_tables(pg_url)) == {t.name for t in SQLModel.metadata.sorted_tables} | {"alembic_version"}


def test_migrations_go_down_to_nothing_and_up_again_on_postgresql(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        migrate.upgrade(engine)
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert _tables(pg_url) == ["alembic_version"]
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    assert "ticket" in _tables(pg_url)


def test_postgresql_urls_use_psycopg_3() -> None:
    assert server_url("postgresql://a:b@h:5432/d") == "postgresql+psycopg://a:b@h:5432/d"
    assert server_url("postgres://a:b@h/d") == "postgresql+psycopg://a:b@h/d"
    assert server_url("postgresql+psycopg://a@h/d") == "postgresql+psycopg://a@h/d"


def test_opening_an_event_file_never_loads_the_postgresql_driver(event_path: Path) -> None:
    probe = (
        "import sys, json\n"
        "from govcamp.cli import main\n"
        f"code = main(['info', {str(event_path)!r}, '--json'])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('psycopg'))\n"
        "print(json.dumps([code, loaded]), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert json.loads(result.stderr.strip().splitlines()[-1]) == [0, []]


def test_a_join_string_is_the_server_url_it_stands_for() -> None:
    from govcamp.store.engine import join_string, plain_server_url

    join = join_string("192.168.1.20", 5433, "govcamp", "p@ss/w:rd")
    assert join == "govcamp://192.168.1.20:5433/govcamp?key=p%40ss%2Fw%3Ard"
    assert plain_server_url(join) == "postgresql://govcamp:p%40ss%2Fw%3Ard@192.168.1.20:5433/govcamp"
    assert server_url(join) == "postgresql+psycopg://govcamp:p%40ss%2Fw%3Ard@192.168.1.20:5433/govcamp"
    assert make_url(server_url(join)).password == "p@ss/w:rd"
