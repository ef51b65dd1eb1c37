"""Hosting an event from this laptop: a private PostgreSQL cluster, the event copied in, a copy out at the end

``govcamp host`` (and later File ▸ Share on the Network…) uses :class:`HostedEvent`: it starts a cluster of
its own under govcamp's data folder (:mod:`govcamp.store.cluster`), copies the event file into it with the
share service, and when stopped writes the shared event's final state to a *new* file beside the event file
(``NAME.shared-YYYYMMDD-HHMM.govcamp``) — the event file itself is never written to — then stops the cluster.
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Generator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from govcamp import paths
from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.services.sharing import share_event, unshare_event
from govcamp.store.cluster import Cluster, find_bindir, port_is_free
from govcamp.store.engine import join_string

__all__ = ["DATABASE", "DEFAULT_PORT", "HostedEvent", "Joining", "final_copy_path", "lan_address"]

#: The port a hosted event listens on when it is free (PostgreSQL's own), so join strings look familiar.
DEFAULT_PORT = 5432
#: The database a hosted cluster keeps its event in.
DATABASE = "govcamp"
#: Addresses meaning "every network of this laptop".
EVERY_ADDRESS = ("0.0.0.0", "*")


@dataclass(frozen=True)
class Joining:
    """How other laptops join: the full URL, and the short join string (both carry the password)."""

    url: str
    join: str
    host: str
    port: int
    listen: str


def lan_address() -> str:
    """This laptop's address on its network (the one a route out would use), or 127.0.0.1 without one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            # Connecting a UDP socket sends nothing; it only asks the routing table which address we have.
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def final_copy_path(source: Path, when: datetime) -> Path:
    """``NAME.shared-YYYYMMDD-HHMM.govcamp`` beside ``source``; ``-2``, ``-3``… when that name is taken."""
    stem = source.name.removesuffix(".govcamp")
    base = f"{stem}.shared-{when:%Y%m%d-%H%M}"
    candidate = source.with_name(f"{base}.govcamp")
    number = 2
    while candidate.exists():
        candidate = source.with_name(f"{base}-{number}.govcamp")
        number += 1
    return candidate


class HostedEvent:
    """An event file shared from a private cluster on this laptop, from :meth:`start` to :meth:`finish`.

    Args:
        source: the event file; read once at the start, never written.
        port: the TCP port; :data:`DEFAULT_PORT` when free, another free one otherwise.
        listen: the address to listen on; 127.0.0.1 (this laptop only) unless another is given.
    """

    def __init__(self, source: Path, *, port: int | None = None, listen: str = "127.0.0.1") -> None:
        self.source = Path(source)
        self.listen = listen
        self.requested_port = port
        self.cluster: Cluster | None = None
        self.joining: Joining | None = None

    def _port(self, probe_address: str) -> int | None:
        if self.requested_port is not None:
            if not port_is_free(self.requested_port, probe_address):
                raise GovcampError(
                    _("Port {port} is in use on {address}; choose another --port.").format(
                        port=self.requested_port, address=self.listen
                    )
                )
            return self.requested_port
        return DEFAULT_PORT if port_is_free(DEFAULT_PORT, probe_address) else None

    def start(self) -> Joining:
        """Start the cluster and copy the event into it.

        Raises:
            GovcampError: the server binaries are missing, the port is taken, the address is not this
                laptop's, or the file is not an event; nothing is left running.
        """
        steps = self.start_steps()
        while True:
            try:
                next(steps)
            except StopIteration as done:
                joining: Joining = done.value
                return joining

    def start_steps(self) -> Generator[tuple[int, int, str], None, Joining]:
        """:meth:`start` as a generator yielding ``(done, total, message)``, for a window's progress dialog.

        Closing the generator part way (Cancel) stops and removes whatever was started.
        """
        if not self.source.is_file():
            raise GovcampError(_("{path} does not exist.").format(path=self.source))
        bindir = find_bindir()
        if bindir is None:
            # The .deb only Recommends postgresql (packaging/deb-recommends): say what to install.
            where = os.environ.get("GOVCAMP_PG_BINDIR")
            if where:
                raise GovcampError(
                    _(
                        "Hosting needs PostgreSQL's server programs (initdb, pg_ctl), which are not in "
                        "{folder} (GOVCAMP_PG_BINDIR): install the `postgresql` package (sudo apt install "
                        "postgresql)."
                    ).format(folder=where)
                )
            raise GovcampError(
                _(
                    "Hosting needs PostgreSQL's server programs (initdb, pg_ctl), which are not installed: "
                    "install the `postgresql` package (sudo apt install postgresql)."
                )
            )
        every = self.listen in EVERY_ADDRESS
        probe_address = "" if every else self.listen
        try:
            port = self._port(probe_address)
        except OSError as exc:  # an address this laptop does not have
            raise GovcampError(
                _("Cannot listen on {address}: {reason}.").format(
                    address=self.listen, reason=exc.strerror or exc
                )
            ) from exc
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = paths.data_dir() / "hosted" / f"{self.source.name.removesuffix('.govcamp')}-{stamp}"
        cluster = Cluster(bindir, folder, listen=self.listen, port=port)
        self.cluster = cluster
        try:
            yield 0, 3, _("Making a PostgreSQL server on this laptop (initdb)…")
            cluster.start()
            yield 1, 3, _("Creating the shared event's database…")
            url = cluster.create_database(DATABASE)
            yield 2, 3, _("Copying {name} into it…").format(name=self.source.name)
            share_event(self.source, url)
        except BaseException:
            self.stop(keep=False)
            raise
        host = lan_address() if every else self.listen
        self.joining = Joining(
            url=cluster.url(DATABASE, host=host),
            join=join_string(host, cluster.port, DATABASE, cluster.password),
            host=host,
            port=cluster.port,
            listen=self.listen,
        )
        yield 3, 3, _("Sharing.")
        return self.joining

    @property
    def local_url(self) -> str:
        """The URL this laptop itself uses to reach the shared event (with the password)."""
        assert self.cluster is not None, "start() first"
        return self.cluster.url(DATABASE)

    def final_copy(self, when: datetime | None = None) -> Path:
        """Where :meth:`finish` would write the final state now."""
        return final_copy_path(self.source, when or datetime.now())

    def alive(self) -> bool:
        """Whether the server is still running (someone may have stopped or killed it)."""
        if self.cluster is None:
            return False
        pid = self.cluster.server_pid()
        if pid is None:
            return False
        try:
            Path(f"/proc/{pid}").stat()
        except OSError:
            return False
        return True

    def finish(self, when: datetime | None = None) -> Path:
        """Copy the shared event into a new file beside the event file, then stop the cluster.

        Returns:
            The new file.

        Raises:
            GovcampError: the copy failed; the cluster is stopped but its files are kept, and the message
                says where.
        """
        assert self.cluster is not None and self.joining is not None, "start() first"
        target = final_copy_path(self.source, when or datetime.now())
        try:
            unshare_event(self.cluster.url(DATABASE), target)
        except BaseException as exc:
            kept = self.stop(keep=True)
            if isinstance(exc, GovcampError):
                raise GovcampError(
                    _("{problem} The shared event's server files are kept in {folder}.").format(
                        problem=exc, folder=kept
                    )
                ) from exc
            raise
        self.stop(keep=False)
        return target

    def stop(self, *, keep: bool) -> Path | None:
        """Stop the cluster; remove its files unless ``keep``. Returns where they are kept."""
        cluster = self.cluster
        if cluster is None:
            return None
        cluster.keep = keep
        cluster.stop()
        if keep:
            return cluster.root
        shutil.rmtree(cluster.root, ignore_errors=True)
        return None
