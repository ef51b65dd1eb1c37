"""A SIGKILL harness: run real work in a child process, kill it with SIGKILL at a random moment, and check
that the event file is whole, nothing the child acknowledged is lost and nothing is half-imported.

A scenario is three small pieces (add one to :data:`SCENARIOS` to cover another job):

- ``prepare(folder)`` makes what the child works on (an event file, a CSV…), once per kill;
- ``child`` is the Python source the child runs (``FOLDER`` is its folder). It prints ``READY`` when it
  starts working and ``ACK <token>`` after each change it has been told is saved, flushing each line;
- ``check(folder, acks)`` runs after the kill with the tokens acknowledged, and raises AssertionError.

``tests/test_sigkill.py`` makes 30 kills in CI; ``benchmarks/bench_sigkill.py`` makes 100.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENT = "camp.govcamp"


@dataclass(frozen=True)
class Scenario:
    name: str
    prepare: Callable[[Path], None]
    child: str
    check: Callable[[Path, list[str]], None]
    #: The child is killed this long (seconds, at most) after it says READY.
    window: float = 1.5
    #: Optionally, a moment worth killing at, polled after READY (e.g. "the first write reached the file"):
    #: every other kill waits for it instead of a random delay.
    trigger: Callable[[Path], bool] | None = None


@dataclass(frozen=True)
class Kill:
    scenario: str
    acks: int
    seconds: float


def integrity(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()
    assert verdict == "ok", f"{path}: integrity_check says {verdict}"


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.execute(sql))
    finally:
        connection.close()


def new_event(folder: Path) -> Path:
    from govcamp.domain.values import EventDetails
    from govcamp.services.event import new_event as make

    path = folder / EVENT
    details = EventDetails(
        name="Kill camp", start_date=date(2027, 6, 19), end_date=date(2027, 6, 19), venue="Leeds"
    )
    make(path, details).close()
    return path


# ------------------------------------------------------------------------------------------- CLI edits


def _prepare_event(folder: Path) -> None:
    new_event(folder)


_CLI_EDITS = """
from govcamp.cli import main
print("READY", flush=True)
for i in range(10_000):
    event = str(FOLDER / "camp.govcamp")
    assert main(["rooms", "add", event, "--name", f"Room {i}", "--capacity", "10"]) == 0
    print(f"ACK Room {i}", flush=True)
"""


def _check_cli_edits(folder: Path, acks: list[str]) -> None:
    path = folder / EVENT
    integrity(path)
    names = {str(row[0]) for row in query(path, "SELECT name FROM room")}
    lost = [name for name in acks if name not in names]
    assert not lost, f"acknowledged but lost: {lost[:5]}"


# ------------------------------------------------------------------------------------------- imports

_ROWS = 1500
_PITCHES = 1000
_PEOPLE = 600


def _prepare_import(folder: Path) -> None:
    from govcamp.services.applicants import import_applicants
    from govcamp.store.eventfile import open_event

    path = new_event(folder)
    # A real event's people are there already: hosts are matched against them.
    people = ["First Name,Last Name,Email"] + [
        f"Known{i},Person{i},known{i}@example.org" for i in range(_PEOPLE)
    ]
    (folder / "people.csv").write_text("\n".join(people) + "\n", encoding="utf-8")
    with open_event(path) as db:
        import_applicants(db, folder / "people.csv")
    lines = ["Title,Host,Hands"] + [f"Session {i},Known{i} Person{i},{i % 40}" for i in range(_PITCHES)]
    (folder / "pitches.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = ["First Name,Last Name,Email,Company"]
    lines += [f"Name{i},Family{i},person{i}@example.org,Org {i % 9}" for i in range(_ROWS)]
    (folder / "applicants.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


_IMPORTS = """
import contextlib, io
from govcamp.cli import main
import govcamp.cli.applicants, govcamp.cli.pitches, govcamp.services.applicants, govcamp.services.pitches
event = str(FOLDER / "camp.govcamp")
print("READY", flush=True)
with contextlib.redirect_stdout(io.StringIO()):
    assert main(["pitches", "import", event, str(FOLDER / "pitches.csv")]) == 0
print("ACK pitches", flush=True)
with contextlib.redirect_stdout(io.StringIO()):
    assert main(["applicants", "import", event, str(FOLDER / "applicants.csv")]) == 0
print("ACK applicants", flush=True)
"""


def _check_imports_after(folder: Path, acks: list[str]) -> None:
    path = folder / EVENT
    integrity(path)
    sessions = int(str(query(path, "SELECT count(*) FROM session")[0][0]))
    hosts = int(str(query(path, "SELECT count(*) FROM session_host")[0][0]))
    people = int(str(query(path, "SELECT count(*) FROM person")[0][0])) - _PEOPLE
    tickets = int(str(query(path, "SELECT count(*) FROM ticket")[0][0])) - _PEOPLE
    assert sessions in (0, _PITCHES) and hosts == sessions, (
        f"half an import: {sessions} sessions, {hosts} hosts"
    )
    assert people in (0, _ROWS) and tickets == people, f"half an import: {people} people, {tickets} tickets"
    if "pitches" in acks:
        assert sessions == _PITCHES, "the pitches import was acknowledged but is not there"
    if "applicants" in acks:
        assert people == _ROWS, "the applicants import was acknowledged but is not there"


def _import_started(folder: Path) -> bool:
    """The import's first write reached the write-ahead log: with row-by-row commits, rows are in."""
    try:
        return Path(f"{folder / EVENT}-wal").stat().st_size > 0
    except OSError:
        return False


# ------------------------------------------------------------------------------------------- notes autosave


def _prepare_notes(folder: Path) -> None:
    from govcamp.store.eventfile import open_event
    from tests import notes_data as data

    path = new_event(folder)
    with open_event(path) as db:
        hall = data.room(db, "Main Hall", 0)
        slot = data.slot(db, "10:00", "10:45")
        data.session_(db, "Agile in councils", hosts=[("Priya", None)], room_id=hall, slot_id=slot)


_NOTES = """
import os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from govcamp.store.eventfile import open_event
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.notes_page import NotesPage
app = QApplication([])
doc = EventDocument(open_event(FOLDER / "camp.govcamp"))
page = NotesPage(doc)
page.show()
app.processEvents()
print("READY", flush=True)
for i in range(100_000):
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    page.editor.insertPlainText(f" w{i}")
    while page.status.text() != "Saved":  # the autosave says so once the words are in the file
        time.sleep(0.005)  # not a busy loop: millions of processEvents() calls upset this PySide6
        app.processEvents()
    print(f"ACK w{i}", flush=True)
"""


def _check_notes(folder: Path, acks: list[str]) -> None:
    path = folder / EVENT
    integrity(path)
    rows = query(path, "SELECT body_md FROM note")
    body = str(rows[0][0]) if rows else ""
    words = body.split()
    lost = [word for word in acks if word not in words]
    assert not lost, f"autosaved but lost: {lost[:5]}"
    assert words == [f"w{i}" for i in range(len(words))], (
        "the saved note is not a clean prefix of what was typed"
    )


# ------------------------------------------------------------------------------------------- archive export


def _prepare_archive(folder: Path) -> None:
    from govcamp.exports.archive import write_archive
    from govcamp.services.archive import collect
    from govcamp.store.eventfile import open_event
    from tests import notes_data as data

    path = new_event(folder)
    with open_event(path) as db:
        hall = data.room(db, "Main Hall", 0)
        for hour in range(9, 17):
            slot = data.slot(db, f"{hour:02d}:00", f"{hour:02d}:45")
            for n in range(3):
                data.session_(
                    db,
                    f"Talk {hour}-{n}",
                    hosts=[("Priya", None)],
                    room_id=hall if n == 0 else None,
                    slot_id=slot if n == 0 else None,
                    body=f"Notes {hour} {n} " * 50,
                    taker="Tom",
                )
        archive = folder / "archive"
        write_archive(collect(db), archive)
    (archive / "slides.pdf").write_bytes(b"%PDF- a person's slides")


_ARCHIVE = """
from govcamp.cli import main
import contextlib, io
print("READY", flush=True)
for i in range(1000):
    with contextlib.redirect_stdout(io.StringIO()):
        event, out = str(FOLDER / "camp.govcamp"), str(FOLDER / "archive")
        assert main(["export", "archive", event, "-o", out, "--zip"]) == 0
    print(f"ACK export {i}", flush=True)
"""


def _check_archive(folder: Path, acks: list[str]) -> None:
    from govcamp.exports.archive import write_archive
    from govcamp.services.archive import collect
    from govcamp.store.eventfile import open_event

    archive = folder / "archive"
    assert (archive / "slides.pdf").read_bytes() == b"%PDF- a person's slides", "a person's file was lost"
    integrity(folder / EVENT)
    manifest = json.loads((archive / ".govcamp-archive.json").read_text(encoding="utf-8"))
    listed = set(manifest["files"])
    assert "slides.pdf" not in listed
    # The next export after a kill works and leaves a whole archive (and the person's file).
    with open_event(folder / EVENT) as db:
        write_archive(collect(db), archive)
    for name in json.loads((archive / ".govcamp-archive.json").read_text(encoding="utf-8"))["files"]:
        assert (archive / name).is_file(), f"{name} is listed but missing"
    assert (archive / "slides.pdf").read_bytes() == b"%PDF- a person's slides"
    json.loads((archive / "notes.json").read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------------- desk check-in

_ARRIVALS = 2000


def _prepare_checkin(folder: Path) -> None:
    from govcamp.domain.enums import TicketState
    from govcamp.store.eventfile import open_event
    from govcamp.store.tables import Person, Ticket

    path = new_event(folder)
    with open_event(path) as db, db.session() as session:
        for i in range(_ARRIVALS):
            person = Person(
                full_name=f"Arrival {i}",
                email=f"arrival{i}@example.org",
                email_normalised=f"arrival{i}@example.org",
                checkin_code=f"ARR{i:05d}",
            )
            session.add(person)
            session.flush()
            assert person.id is not None
            state = TicketState.ACCEPTED if i % 3 else TicketState.DRAWN
            session.add(Ticket(person_id=person.id, state=state.value))


# Each person is scanned twice, as at a real desk where a badge is waved again: the second scan must say
# "already" and change nothing.
_CHECKIN = """
import contextlib, io
from govcamp.cli import main
import govcamp.cli.checkin, govcamp.services.checkin
event = str(FOLDER / "camp.govcamp")
print("READY", flush=True)
for i in range(2000):
    for scan in (1, 2):
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["checkin", event, f"ARR{i:05d}", "--desk", "Desk A"]) == 0
        if scan == 1:
            print(f"ACK ARR{i:05d}", flush=True)
"""


def _check_checkin(folder: Path, acks: list[str]) -> None:
    path = folder / EVENT
    integrity(path)
    checked = {
        str(row[0])
        for row in query(
            path,
            "SELECT p.checkin_code FROM ticket t JOIN person p ON p.id = t.person_id"
            " WHERE t.state = 'checked_in' AND t.checked_in_at IS NOT NULL",
        )
    }
    lost = [code for code in acks if code not in checked]
    assert not lost, f"checked in at the desk but lost: {lost[:5]}"
    # At most the one scan in flight at the kill is in without its acknowledgement.
    assert len(checked - set(acks)) <= 1, f"checked in without a scan: {sorted(checked - set(acks))[:5]}"
    entries = query(
        path, "SELECT subject, count(*) FROM audit_log WHERE action = 'ticket.checked_in' GROUP BY subject"
    )
    twice = [subject for subject, count in entries if int(str(count)) != 1]
    assert not twice, f"checked in twice: {twice[:5]}"
    assert len(entries) == len(checked), f"{len(checked)} check-ins but {len(entries)} audit entries"


SCENARIOS: dict[str, Scenario] = {
    "cli-edits": Scenario("cli-edits", _prepare_event, _CLI_EDITS, _check_cli_edits, window=3.0),
    "imports": Scenario(
        "imports", _prepare_import, _IMPORTS, _check_imports_after, window=2.5, trigger=_import_started
    ),
    "notes-autosave": Scenario("notes-autosave", _prepare_notes, _NOTES, _check_notes, window=4.0),
    "archive-export": Scenario("archive-export", _prepare_archive, _ARCHIVE, _check_archive, window=3.0),
    "desk-checkin": Scenario("desk-checkin", _prepare_checkin, _CHECKIN, _check_checkin, window=3.0),
}


def kill_once(
    scenario: Scenario,
    folder: Path,
    rng: random.Random,
    home: Path,
    *,
    window: float | None = None,
    at_first_ack: bool = False,
    at_trigger: bool = False,
) -> Kill:
    """Prepare, start the child, SIGKILL it at a random moment of its work (within ``window`` seconds, the
    scenario's by default) or, with ``at_first_ack``, the moment it acknowledges its first change; check;
    return what happened."""
    folder.mkdir(parents=True, exist_ok=True)
    scenario.prepare(folder)
    code = f"from pathlib import Path\nFOLDER = Path({str(folder)!r})\n" + scenario.child
    env = {**os.environ, "GOVCAMP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    ready = child.stdout.readline().strip()
    if ready != "READY":
        child.kill()
        raise AssertionError(
            f"{scenario.name}: the child did not start: {ready} {child.communicate()[1][-2000:]}"
        )
    started = time.monotonic()
    early: list[str] = []
    if at_first_ack:
        while line := child.stdout.readline():
            early.append(line.rstrip("\n"))
            if line.startswith("ACK "):
                break
        with contextlib.suppress(ProcessLookupError):
            os.kill(child.pid, signal.SIGKILL)
    elif at_trigger and scenario.trigger is not None:
        while child.poll() is None and not scenario.trigger(folder):
            time.sleep(0.002)
        with contextlib.suppress(ProcessLookupError):
            os.kill(child.pid, signal.SIGKILL)
    else:
        try:
            child.wait(timeout=rng.uniform(0.0, window if window is not None else scenario.window))
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
    seconds = time.monotonic() - started
    out, err = child.communicate()
    if child.returncode not in (-signal.SIGKILL, 0):
        raise AssertionError(f"{scenario.name}: the child failed before the kill:\n{err[-3000:]}")
    acks = [line[4:] for line in [*early, *out.splitlines()] if line.startswith("ACK ")]
    scenario.check(folder, acks)
    return Kill(scenario.name, len(acks), seconds)


def run_kills(total: int, root: Path, *, seed: int = 16, names: list[str] | None = None) -> list[Kill]:
    """``total`` kills spread evenly over the scenarios (all, or ``names``); raises on the first failure.

    Each scenario's first kill comes the moment its first change is acknowledged; that also measures how
    long the work takes on this machine, so the random kills after it span at least twice that (a slow or
    busy machine still sees kills after acknowledged work, not only during start-up).
    """
    rng = random.Random(seed)
    chosen = [SCENARIOS[name] for name in (names or list(SCENARIOS))]
    windows: dict[str, float] = {}
    kills = []
    for number in range(total):
        scenario = chosen[number % len(chosen)]
        folder = root / f"{number:03d}-{scenario.name}"
        first = scenario.name not in windows
        kill = kill_once(
            scenario,
            folder,
            rng,
            root / "home",
            window=windows.get(scenario.name),
            at_first_ack=first,
            at_trigger=not first and number % 2 == 1,
        )
        if first:
            windows[scenario.name] = max(scenario.window, 2 * kill.seconds)
        kills.append(kill)
    return kills
