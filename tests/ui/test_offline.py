"""The server goes away mid-edit and comes back: the red bar, edits refused, typed notes kept, reconnected.

The test has a cluster of its own (the session's is shared by other tests), stopped and started again
with ``pg_ctl`` under the window's feet.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.services import notes as note_service
from govcamp.services.sharing import share_event
from govcamp.store.eventfile import EventDB, open_event
from govcamp.ui.actions import Action, Change, Topic
from govcamp.ui.connection import OFFLINE_TEXT
from govcamp.ui.main_window import PHASES, MainWindow
from govcamp.ui.pages.notes_page import NotesPage
from tests.notes_data import session_
from tests.pg import Cluster, start_cluster
from tests.ui.helpers import with_dialog
from tests.ui.test_accessibility import unnamed

NOTES = [title for title, _promise in PHASES].index("Notes")


def stop(cluster: Cluster) -> None:
    """``pg_ctl stop --mode=fast``: sessions are ended, as when the host laptop's server goes."""
    cluster._run(str(cluster.bindir / "pg_ctl"), "stop", "--wait", "--mode=fast", f"--pgdata={cluster.data}")


def restart(cluster: Cluster) -> None:
    """``pg_ctl start`` on the same data, address and port."""
    options = f"-c listen_addresses={cluster.listen} -c port={cluster.port} "
    options += f"-c unix_socket_directories={cluster.root} -c fsync=off"
    cluster._run(
        str(cluster.bindir / "pg_ctl"), "start", "--wait", "--timeout=60",
        f"--pgdata={cluster.data}", f"--log={cluster.log}", f"--options={options}",
    )  # fmt: skip


@pytest.fixture
def own_cluster(tmp_path: Path) -> Iterator[Cluster]:
    cluster = start_cluster(tmp_path / "own-pg")
    try:
        yield cluster
    finally:
        cluster.stop()


def test_server_stopped_mid_edit_then_started_again(
    qtbot: QtBot, event_path: Path, own_cluster: Cluster
) -> None:
    with open_event(event_path) as db:
        session_id = session_(db, "Open data in councils")
    url = own_cluster.new_database()
    share_event(event_path, url)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    assert window.open_path(url, interactive=False)
    assert window.doc is not None and window.view is not None
    doc = window.doc
    window.show_phase(NOTES)
    page = window.view.page("Notes")
    assert isinstance(page, NotesPage)
    page.open_session(session_id)
    qtbot.keyClicks(page.editor, "First thoughts.")
    assert page.flush() and page.status.text() == "Saved"
    assert not window.offline_banner.isVisible()

    stop(own_cluster)
    qtbot.waitUntil(window.offline_banner.isVisible, timeout=5000)
    assert "Not connected to the shared event" in window.offline_banner.text.text()
    assert window.offline_banner.accessibleName() == "Not connected"
    assert unnamed(window.offline_banner) == []  # every part of the bar has a name a screen reader says
    assert not doc.connection.online

    # Typed notes stay in the editor; the save is refused and says so beside the text.
    qtbot.keyClicks(page.editor, " Said while offline.")
    assert not page.flush()
    assert page.editor.toPlainText() == "First thoughts. Said while offline."
    assert page.status.text().startswith("Not saved yet — not connected")

    # Any other change is refused, in words, before anything is done.
    ran: list[bool] = []

    def run(_db: EventDB) -> Change[None]:
        ran.append(True)
        return Change(None)

    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    problems = with_dialog(QMessageBox, read, lambda: doc.actions.run(Action("Rename", run, Topic.EVENT)))
    assert problems == [] and seen == [OFFLINE_TEXT] and ran == []

    # Closing now would lose the typed note: the window asks, and Keep Open keeps it open.
    def keep_open(box: QMessageBox) -> None:
        seen.append(box.text())
        next(button for button in box.buttons() if button.text() == "&Keep Open").click()

    problems = with_dialog(QMessageBox, keep_open, window.close)
    assert problems == [] and "not saved" in seen[-1]
    assert window.isVisible() and window.doc is doc

    restart(own_cluster)
    qtbot.waitUntil(lambda: not window.offline_banner.isVisible(), timeout=30_000)
    assert doc.connection.online
    # Back: the note typed while offline saves by itself, nothing lost.
    qtbot.waitUntil(lambda: page.status.text() == "Saved", timeout=10_000)
    assert page.editor.toPlainText() == "First thoughts. Said while offline."
    with open_event(url) as reader:
        stored = note_service.get_note(reader, session_id).note
    assert stored.body_md == "First thoughts. Said while offline."
    window.close()
