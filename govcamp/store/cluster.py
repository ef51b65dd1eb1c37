"""A private PostgreSQL cluster that govcamp starts itself: the system's ``initdb`` and ``pg_ctl``.

Used by ``govcamp host`` (an event shared from this laptop, no hand-configured server) and by the tests.
The cluster is made with ``initdb`` in a folder of its own, listens only on the address it is given with
password (SCRAM) authentication, and is stopped with ``pg_ctl stop``.

PostgreSQL refuses to run as root. Started as root, ``initdb`` and ``pg_ctl`` run as the unprivileged
``nobody`` user through ``runuser -u nobody --`` (util-linux), in a fresh ``/tmp/govcamp-pg-*`` folder
owned by ``nobody`` (root's own folders are closed to other users), removed when the cluster stops.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _

__all__ = ["RUN_AS", "USER", "Cluster", "find_bindir", "free_port", "port_is_free"]

#: The unprivileged account the server runs as when govcamp runs as root.
RUN_AS = "nobody"
#: The one database user a cluster has.
USER = "govcamp"


def find_bindir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are: $GOVCAMP_PG_BINDIR, ``pg_config --bindir``, Debian's folders.

    $GOVCAMP_PG_BINDIR, when set, is the only folder looked at: someone who names a folder means it.
    """
    candidates: list[str] = []
    if os.environ.get("GOVCAMP_PG_BINDIR"):
        folder = Path(os.environ["GOVCAMP_PG_BINDIR"])
        return folder if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file() else None
    pg_config = shutil.which("pg_config")
    if pg_config:
        result = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        if result.returncode == 0:
            candidates.append(result.stdout.strip())
    # Debian keeps the server binaries off PATH, one folder per major version: newest first.
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name or 0), reverse=True
    )
    for name in ("initdb", "pg_ctl"):
        found = shutil.which(name)
        if found:
            candidates.append(str(Path(found).resolve().parent))
    for candidate in candidates:
        folder = Path(candidate)
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def free_port(address: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on at ``address`` now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((address, 0))
        return int(probe.getsockname()[1])


def port_is_free(port: int, address: str = "127.0.0.1") -> bool:
    """Whether ``port`` can be listened on at ``address`` (nothing listens there now)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # As PostgreSQL itself does: closed connections lingering in TIME_WAIT do not make a port busy.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((address, port))
        except OSError:
            return False
    return True


class Cluster:
    """One PostgreSQL cluster: :meth:`start`, :meth:`create_database`, :meth:`url`, :meth:`stop`.

    Args:
        bindir: the folder holding ``initdb`` and ``pg_ctl`` (see :func:`find_bindir`).
        base: the folder the cluster lives in (ignored as root: a fresh folder in /tmp instead).
        listen: the address the server listens on; never every address unless asked.
        port: the TCP port; a free one when not given.
        durable: False for a throw-away cluster (tests): no fsync, quicker.
        keep: keep the cluster's files after :meth:`stop` (when not running as root).
    """

    def __init__(
        self,
        bindir: Path,
        base: Path,
        *,
        listen: str = "127.0.0.1",
        port: int | None = None,
        durable: bool = True,
        keep: bool = True,
    ) -> None:
        self.bindir = bindir
        self.password = secrets.token_urlsafe(16)
        self.listen = listen
        self.port = port if port is not None else free_port(listen if listen not in ("*", "0.0.0.0") else "")
        self.durable = durable
        self.as_root = os.geteuid() == 0
        self.keep = keep and not self.as_root
        # As root the folder must be reachable by `nobody`: a fresh one in /tmp, removed in stop().
        if self.as_root:
            self.root = Path(tempfile.mkdtemp(prefix="govcamp-pg-"))
        else:
            base.mkdir(parents=True, exist_ok=True)
            self.root = base
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.running = False

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", RUN_AS, "--"] if self.as_root else []
        try:
            result = subprocess.run(
                [*prefix, *command], capture_output=True, text=True, check=False, cwd=self.root, timeout=120
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise GovcampError(
                _("Cannot run {name}: {exc}").format(name=Path(command[0]).name, exc=exc)
            ) from exc
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            words = " ".join(f"{result.stdout}{result.stderr}\n{log}".split())
            raise GovcampError(
                _("{value} failed: {words}").format(
                    value=" ".join(Path(word).name for word in command[:2]), words=words
                )
            )

    def start(self) -> None:
        """Make the cluster (``initdb``) and start its server, waiting until it takes connections.

        Raises:
            GovcampError: ``initdb`` or ``pg_ctl`` failed (the port is taken, the disk is full…).
        """
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n")
        if self.as_root:
            account = pwd.getpwnam(RUN_AS)
            os.chown(self.root, account.pw_uid, account.pw_gid)
            os.chown(pwfile, account.pw_uid, account.pw_gid)
        self.root.chmod(0o700)
        pwfile.chmod(0o600)
        try:
            self._run(
                str(self.bindir / "initdb"),
                f"--pgdata={self.data}",
                f"--username={USER}",
                f"--pwfile={pwfile}",
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                *([] if self.durable else ["--no-sync"]),  # a throw-away cluster need not wait for the disk
            )
        finally:
            pwfile.unlink(missing_ok=True)
        options = f"-c listen_addresses={self.listen} -c port={self.port} "
        options += f"-c unix_socket_directories={self.root}"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self.running = True  # from here on stop() must run, even if the start below times out
        self._run(
            str(self.bindir / "pg_ctl"), "start", "--wait", "--timeout=60",
            f"--pgdata={self.data}", f"--log={self.log}", f"--options={options}",
        )  # fmt: skip

    def server_pid(self) -> int | None:
        """The postmaster's process id while the cluster runs (from ``postmaster.pid``)."""
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        """Stop the server (fast: open sessions are ended, committed work is kept); remove a /tmp folder."""
        try:
            if self.running:
                pg_ctl = str(self.bindir / "pg_ctl")
                self._run(pg_ctl, "stop", "--wait", "--mode=fast", f"--pgdata={self.data}")
                self.running = False
        finally:
            if not self.keep:
                shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", host: str | None = None) -> str:
        """The ``postgresql://`` URL a user would type for ``database``, reached at ``host``."""
        if host is None:
            host = "127.0.0.1" if self.listen in ("*", "0.0.0.0", "") else self.listen.split(",")[0].strip()
        return f"postgresql://{USER}:{self.password}@{host}:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """Create an empty database ``name`` (letters, digits, ``_``) and return its URL."""
        import psycopg

        if not name.replace("_", "").isalnum():
            raise ValueError(f"not a plain database name: {name!r}")
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
