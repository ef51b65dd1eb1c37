"""Joining a shared event from another laptop: the address people paste, its password, clear refusals.

An address is a ``govcamp://HOST:PORT/DB?key=PASSWORD`` join string or a ``postgresql://USER:PASS@HOST/DB``
URL. The recent list keeps it *without* its password (:func:`without_password`), so no password is ever
written to govcamp's settings; rejoining asks for it again (a hosted server makes a new one each start).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import psycopg
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.store.engine import CONNECT_SECONDS, plain_server_url
from govcamp.store.eventfile import EventDB, open_event
from govcamp.store.live import libpq_url

__all__ = ["Address", "join", "parse_address", "reach", "with_password", "without_password"]

SCHEMES = ("govcamp://", "postgresql://", "postgres://", "postgresql+psycopg://")


@dataclass(frozen=True)
class Address:
    """A shared event's address taken apart: ``url`` is the full ``postgresql://`` URL (with password)."""

    url: str
    host: str
    port: int
    database: str
    user: str
    password: str | None

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def parse_address(text: str, password: str = "") -> Address:
    """Read an address as pasted; ``password`` (typed apart) replaces any the address carries.

    Raises:
        GovcampError: not a govcamp:// or postgresql:// address, or no host or database in it.
    """
    text = text.strip()
    if not text.lower().startswith(SCHEMES):
        raise GovcampError(
            _(
                "That is not a shared event's address: paste the govcamp://… join string or the "
                "postgresql://… address the host laptop shows."
            )
        )
    try:
        url = make_url(plain_server_url(text))
    except ArgumentError as exc:
        raise GovcampError(_("That address cannot be read ({reason}).").format(reason=exc)) from exc
    if not url.host or not url.database:
        raise GovcampError(_("That address names no host or no database; copy the whole of it."))
    if password:
        url = url.set(password=password)
    full = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return Address(
        url=full,
        host=str(url.host),
        port=url.port or 5432,
        database=str(url.database),
        user=url.username or "govcamp",
        password=url.password if url.password else None,
    )


def without_password(text: str) -> str:
    """The address to keep in the recent list: ``postgresql://USER@HOST:PORT/DB``, no password."""
    address = parse_address(text)
    return f"postgresql://{quote(address.user, safe='')}@{address.where}/{address.database}"


def with_password(address: str, password: str) -> str:
    """A remembered address with the password typed for it."""
    return parse_address(address, password).url


def reach(address: Address) -> None:
    """Connect once, to say in words why joining cannot work, before the event is opened.

    Raises:
        GovcampError: the password was refused, nothing answers at the address, or no such database.
    """
    if address.password is None:
        raise GovcampError(_("Type the password the host laptop shows (the key=… part of a join string)."))
    try:
        with psycopg.connect(libpq_url(address.url), connect_timeout=CONNECT_SECONDS) as connection:
            connection.execute("SELECT 1")
    except psycopg.OperationalError as exc:
        words = " ".join(str(exc).split())
        if "password authentication failed" in words:
            raise GovcampError(
                _(
                    "The password was not accepted by {server}: check it against the host laptop's sharing "
                    "window (a restarted host has a new one)."
                ).format(server=address.where)
            ) from exc
        if f'database "{address.database}" does not exist' in words:
            raise GovcampError(
                _("{server} has no shared event called “{database}”.").format(
                    server=address.where, database=address.database
                )
            ) from exc
        raise GovcampError(
            _(
                "Nothing answers at {server}: is the host laptop on this network and still sharing? "
                "({reason})"
            ).format(server=address.where, reason=words)
        ) from exc


def join(address: Address) -> EventDB:
    """Open the shared event at ``address`` (after :func:`reach`).

    Raises:
        GovcampError: see :func:`reach`; or the database holds no govcamp event.
    """
    reach(address)
    return open_event(address.url)
