"""Every migration, one step at a time, up and down and up again, on an event file and on PostgreSQL.

The schema after each step down must be the schema that step had on the way up (tables, columns,
indexes, as SQLAlchemy's inspector reads them), so every downgrade really undoes its upgrade.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, inspect

from govcamp.store import migrate
from govcamp.store.engine import make_engine, sqlite_url


def _schema(engine: Engine) -> dict[str, object]:
    with engine.connect() as connection:
        look = inspect(connection)
        return {
            table: (
                sorted((c["name"], str(c["type"]), c["nullable"]) for c in look.get_columns(table)),
                sorted(str(i["name"]) for i in look.get_indexes(table)),
            )
            for table in sorted(look.get_table_names())
            if not table.startswith("note_fts") and table != "alembic_version"
        }


def _step(engine: Engine, action: str, revision: str) -> None:
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


@pytest.fixture
def engine(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Engine:
    if backend == "sqlite":
        made = make_engine(sqlite_url(tmp_path / "steps.govcamp"))
    else:
        made = make_engine(str(request.getfixturevalue("pg_url")))
    request.addfinalizer(made.dispose)
    return made


def test_every_revision_goes_up_down_and_up_again(engine: Engine) -> None:
    seen: list[dict[str, object]] = [_schema(engine)]
    for revision in migrate.REVISIONS:
        _step(engine, "upgrade", revision)
        seen.append(_schema(engine))
    assert "ticket" in seen[-1] and seen[-1] != seen[0]
    for index in range(len(migrate.REVISIONS) - 1, -1, -1):
        _step(engine, "downgrade", "-1")
        assert _schema(engine) == seen[index], f"down from {migrate.REVISIONS[index]}"
    for revision in migrate.REVISIONS:
        _step(engine, "upgrade", revision)
    assert _schema(engine) == seen[-1]
