"""A real CUPS scheduler with a cups-pdf virtual printer, started for a test and stopped after it.

The scheduler runs from a private configuration in a temporary folder, listening only on a Unix socket there
(``CUPS_SERVER`` points ``lp`` and Qt at it), so the machine's own CUPS, if any, is not touched. cups-pdf
writes each job as a PDF into the submitting user's ``~/PDF`` (its configuration lives in /etc/cups and cannot
be moved); the fixture removes the files of the jobs it ran.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CUPSD = Path("/usr/sbin/cupsd")
CUPS_PDF = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
PRINTER = "GovcampTestPDF"


@dataclass
class CupsPrinter:
    """The running printer: its name, the socket, and where its jobs land."""

    name: str
    socket: Path
    out: Path
    made: list[Path] = field(default_factory=list)

    def wait_for_job(self, job_id: str, timeout: float = 60.0) -> Path:
        """The PDF cups-pdf wrote for ``job_id`` (``PRINTER-7`` or ``7``), once it is complete."""
        number = job_id.rsplit("-", 1)[-1]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for found in self.out.glob(f"*job_{number}.pdf"):
                size = found.stat().st_size
                time.sleep(0.3)
                if size and found.stat().st_size == size:
                    self.made.append(found)
                    return found
            time.sleep(0.2)
        raise AssertionError(f"cups-pdf wrote nothing for job {job_id} in {timeout:.0f} s")

    def jobs_done(self) -> list[str]:
        done = subprocess.run(
            ["lpstat", "-W", "completed", "-o", self.name], capture_output=True, text=True, check=False
        )
        return [line.split()[0] for line in done.stdout.splitlines() if line.strip()]


def _point_libcups_at(server: str | None) -> None:
    """Tell this process's libcups (which Qt's print support uses) which scheduler to talk to.

    libcups reads ``CUPS_SERVER`` once per thread and keeps it, so a process that printed before the fixture
    started would still ask the machine's default scheduler; ``cupsSetServer`` changes it (None: default).
    """
    library = ctypes.util.find_library("cups")
    if library is None:
        return
    cups = ctypes.CDLL(library)
    cups.cupsSetServer.argtypes = [ctypes.c_char_p]
    cups.cupsSetServer(server.encode() if server is not None else None)


def _why_not() -> str:
    if not CUPSD.exists() or shutil.which("lp") is None or shutil.which("lpadmin") is None:
        return "CUPS is not installed (Debian: cups, cups-client; see scripts/setup)"
    if not CUPS_PDF.exists() or not PPD.exists():
        return "the cups-pdf virtual printer is not installed (Debian: printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        return "cupsd runs its cups-pdf backend as root, and these tests are not running as root"
    return ""


@pytest.fixture
def cups_printer(monkeypatch: pytest.MonkeyPatch) -> Iterator[CupsPrinter]:
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    # Not under pytest's tmp_path: that sits in a folder only its owner may enter, and CUPS's filters run as
    # the lp user, who must reach the spool. Removed at the end.
    base = Path(tempfile.mkdtemp(prefix="govcamp-cups-"))
    base.chmod(0o755)
    folders = {name: base / name for name in ("conf", "spool", "cache", "state", "log", "run", "tmp")}
    for folder in folders.values():
        folder.mkdir()
        folder.chmod(0o1777 if folder.name in ("spool", "tmp") else 0o755)
    socket = folders["run"] / "cups.sock"
    (folders["conf"] / "cupsd.conf").write_text(
        f"Listen {socket}\nLogLevel warn\n"
        "Browsing No\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n",
        encoding="utf-8",
    )
    (folders["conf"] / "cups-files.conf").write_text(
        f"ServerRoot {folders['conf']}\nRequestRoot {folders['spool']}\nCacheDir {folders['cache']}\n"
        f"StateDir {folders['state']}\nTempDir {folders['tmp']}\nServerBin /usr/lib/cups\n"
        "DataDir /usr/share/cups\n"
        f"ErrorLog {folders['log'] / 'error_log'}\nAccessLog {folders['log'] / 'access_log'}\n"
        f"PageLog {folders['log'] / 'page_log'}\n",
        encoding="utf-8",
    )
    daemon = subprocess.Popen(
        [
            str(CUPSD),
            "-f",
            "-c",
            str(folders["conf"] / "cupsd.conf"),
            "-s",
            str(folders["conf"] / "cups-files.conf"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=base,
    )
    monkeypatch.setenv("CUPS_SERVER", str(socket))
    out = Path(pwd.getpwuid(os.geteuid()).pw_dir) / "PDF"
    printer = CupsPrinter(PRINTER, socket, out)
    try:
        deadline = time.monotonic() + 20
        while not socket.exists():
            if daemon.poll() is not None or time.monotonic() > deadline:
                error = daemon.stderr.read().decode(errors="replace") if daemon.stderr else ""
                pytest.skip(f"cupsd could not start here: {error.strip()[:200] or 'no socket'}")
            time.sleep(0.1)
        subprocess.run(
            ["lpadmin", "-p", PRINTER, "-E", "-v", "cups-pdf:/", "-P", str(PPD)],
            check=True,
            capture_output=True,
        )
        _point_libcups_at(str(socket))
        yield printer
    finally:
        _point_libcups_at(None)
        daemon.terminate()
        try:
            daemon.wait(10)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
        for made in printer.made:
            made.unlink(missing_ok=True)
        shutil.rmtree(base, ignore_errors=True)
