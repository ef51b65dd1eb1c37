"""A real, private PostgreSQL cluster for the tests: Debian's ``initdb`` and ``pg_ctl``, a free loopback port.

The cluster belongs to the test session: made with ``initdb`` in a temporary folder, listening only on
127.0.0.1 with password (SCRAM) authentication, and stopped with ``pg_ctl stop`` when the session ends,
whether the tests passed or not. No system service is used or touched.

PostgreSQL refuses to run as root. When the tests run as root (CI containers, this machine), ``initdb``
and ``pg_ctl`` run as the unprivileged ``nobody`` user through ``runuser -u nobody --`` (util-linux), and
the cluster's folder is a fresh ``/tmp/govcamp-pg-*`` owned by ``nobody``, because pytest's own temporary
folders (``/tmp/pytest-of-root``) are closed to other users. It is deleted when the cluster stops.

When the server binaries are missing the PostgreSQL tests fail (never skip) with a message saying which
Debian package to install; ``GOVCAMP_PG_BINDIR`` points at another folder of binaries.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

#: The unprivileged account the server runs as when the tests run as root.
RUN_AS = "nobody"
USER = "govcamp"


def find_bindir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are: $GOVCAMP_PG_BINDIR, ``pg_config --bindir``, Debian's folders."""
    candidates: list[str] = []
    if os.environ.get("GOVCAMP_PG_BINDIR"):
        candidates.append(os.environ["GOVCAMP_PG_BINDIR"])
    pg_config = shutil.which("pg_config")
    if pg_config:
        result = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        if result.returncode == 0:
            candidates.append(result.stdout.strip())
    # Debian keeps the server binaries off PATH, one folder per major version: newest first.
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name or 0), reverse=True
    )
    for folder in ("initdb", "pg_ctl"):
        found = shutil.which(folder)
        if found:
            candidates.append(str(Path(found).resolve().parent))
    for candidate in candidates:
        folder = Path(candidate)
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """One running PostgreSQL cluster; :meth:`new_database` hands each test an empty database of its own."""

    def __init__(self, bindir: Path, base: Path) -> None:
        self.bindir = bindir
        self.password = secrets.token_urlsafe(16)
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        # As root the folder must be reachable by `nobody`: a fresh one in /tmp, removed in stop().
        self.root = Path(tempfile.mkdtemp(prefix="govcamp-pg-")) if self.as_root else base
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._names = itertools.count(1)
        self.running = False

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", RUN_AS, "--"] if self.as_root else []
        result = subprocess.run(
            [*prefix, *command], capture_output=True, text=True, check=False, cwd=self.root, timeout=120
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(
                f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}\n{log}"
            )

    def start(self) -> None:
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n")
        if self.as_root:
            account = pwd.getpwnam(RUN_AS)
            os.chown(self.root, account.pw_uid, account.pw_gid)
            os.chown(pwfile, account.pw_uid, account.pw_gid)
        self.root.chmod(0o700)
        pwfile.chmod(0o600)
        self._run(
            str(self.bindir / "initdb"),
            f"--pgdata={self.data}",
            f"--username={USER}",
            f"--pwfile={pwfile}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",  # a throw-away cluster: no need to wait for the disk
        )
        pwfile.unlink()
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.running = True  # from here on stop() must run, even if the start below times out
        self._run(
            str(self.bindir / "pg_ctl"), "start", "--wait", "--timeout=60",
            f"--pgdata={self.data}", f"--log={self.log}", f"--options={options}",
        )  # fmt: skip

    def stop(self) -> None:
        try:
            if self.running:
                pg_ctl = str(self.bindir / "pg_ctl")
                self._run(pg_ctl, "stop", "--wait", "--mode=fast", f"--pgdata={self.data}")
                self.running = False
        finally:
            if self.as_root:
                shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        """The ``postgresql://`` URL a user would type for ``database``."""
        return f"postgresql://{USER}:{self.password}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """Create an empty database and return its URL."""
        import psycopg

        name = f"camp_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_cluster(base: Path) -> Cluster:
    """Start a cluster, or fail the test with what to install."""
    bindir = find_bindir()
    if bindir is None:
        pytest.fail(
            "PostgreSQL's server binaries (initdb, pg_ctl) were not found: install Debian's `postgresql` "
            "package (scripts/setup test does) or set GOVCAMP_PG_BINDIR.",
            pytrace=False,
        )
    cluster = Cluster(bindir, base)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster


#: The two places an event can live; tests parametrised over them run once on a file, once on a server.
BACKENDS = ("file", "postgresql")


def event_target(path: Path, backend: str, request: pytest.FixtureRequest) -> str:
    """What a command is given for the event in ``path``: the file itself, or a server it was shared to."""
    if backend == "file":
        return str(path)
    from govcamp.services.sharing import share_event

    url = str(request.getfixturevalue("pg_url"))
    share_event(path, url)
    return url
