"""Sharing an event on a PostgreSQL server, and bringing it back into an event file.

``share`` copies an event file into an empty database on a server (the schema made by the same Alembic
migrations, then every row with its id); ``unshare`` copies a shared event into a new event file, built
beside its final name and moved into place only when complete. Both leave their source untouched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.exc import SQLAlchemyError

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _, ngettext
from govcamp.exports.outputs import refusal
from govcamp.store import migrate
from govcamp.store.engine import describe_error, is_server_url, make_engine, plain_server_url, sqlite_url
from govcamp.store.eventfile import open_event, remove_database
from govcamp.store.transfer import copy_rows

__all__ = ["Shared", "share_event", "unshare_event"]


@dataclass(frozen=True)
class Shared:
    """What a copy moved: where to, and how many rows of each table."""

    target: str
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _hide_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(plain_server_url(url)).render_as_string(hide_password=True)


def _not_an_address(url: str) -> str:
    return _("{url} is not a database address; give one like postgresql://USER:PASS@HOST/DB.").format(url=url)


def share_event(source: Path, url: str) -> Shared:
    """Copy the event file ``source`` into the empty database at ``url`` (``postgresql://USER:PASS@HOST/DB``).

    All or nothing: the schema and the rows are written in one transaction, so a failure leaves the
    database as empty as it was.

    Raises:
        GovcampError: ``url`` is not a server, cannot be reached, or already holds tables; ``source`` is
            not an event file.
    """
    if not is_server_url(url):
        raise GovcampError(_not_an_address(url))
    shown = _hide_password(url)
    with open_event(Path(source)) as db:
        engine = make_engine(url)
        try:
            with engine.connect() as destination:
                existing = inspect(destination).get_table_names()
                destination.rollback()  # end the look's own transaction before the real one
                if existing:
                    raise GovcampError(
                        ngettext(
                            # English says "tables" for one too, as it always has; Welsh has its six forms.
                            "{server} already holds {n} tables ({tables}…); share into an empty database.",
                            "{server} already holds {n} tables ({tables}…); share into an empty database.",
                            len(existing),
                        ).format(server=shown, n=len(existing), tables=", ".join(sorted(existing)[:3]))
                    )
                with destination.begin():
                    migrate.upgrade_connection(destination)
                    with db.engine.connect() as reader:
                        rows = copy_rows(reader, destination)
        except SQLAlchemyError as exc:
            raise GovcampError(
                _("Cannot share into {server}: {reason}").format(server=shown, reason=describe_error(exc))
            ) from exc
        finally:
            engine.dispose()
    return Shared(target=shown, rows=rows)


def unshare_event(url: str, target: Path, *, force: bool = False) -> Shared:
    """Copy the event shared at ``url`` into a new event file ``target``.

    Raises:
        GovcampError: ``target`` exists (without ``force``) or is open, its folder is missing, or the
            server cannot be read.
    """
    if not is_server_url(url):
        raise GovcampError(_not_an_address(url))
    target = Path(target)
    # Files are sacred: never over an event file, its -wal/-shm or a backup, not even with --force.
    reason = refusal(target, new_event=True)
    if reason is not None:
        raise GovcampError(reason)
    if target.exists() and not force:
        raise GovcampError(
            _("{target} already exists; choose another name (or --force to replace it).").format(
                target=target
            )
        )
    for companion in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        if companion.exists():
            raise GovcampError(
                _("{target} looks open in govcamp ({companion} exists); close it first.").format(
                    target=target, companion=companion.name
                )
            )
    if not target.parent.is_dir():
        raise GovcampError(_("The folder {folder} does not exist.").format(folder=target.parent))
    partial = target.with_name(f".{target.name}.partial")
    remove_database(partial)
    try:
        with open_event(url) as db:
            engine = make_engine(sqlite_url(partial))
            try:
                migrate.upgrade(engine)
                # One snapshot of the server, even while desks keep writing to it.
                reading = db.engine.connect().execution_options(isolation_level="REPEATABLE READ")
                with reading as reader, reader.begin(), engine.begin() as writer:
                    rows = copy_rows(reader, writer)
                with engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                engine.dispose()
    except SQLAlchemyError as exc:
        remove_database(partial)
        raise GovcampError(
            _("Cannot copy the shared event: {reason}").format(reason=describe_error(exc))
        ) from exc
    except BaseException:
        remove_database(partial)
        raise
    os.replace(partial, target)
    return Shared(target=str(target), rows=rows)
