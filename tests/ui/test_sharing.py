"""Sharing from the window: Share on the Network…, Join… from a second window, live changes, Stop Sharing.

A real private PostgreSQL cluster is started by the window itself (``initdb``, ``pg_ctl``) under the
test's GOVCAMP_HOME, listening on 127.0.0.1; the QR code is read back with zbarimg.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from govcamp.store.cluster import free_port
from govcamp.store.eventfile import open_event
from govcamp.ui import settings
from govcamp.ui.main_window import PHASES, MainWindow
from govcamp.ui.pages.checkin_page import CheckinPage
from tests.desk_data import make_desk
from tests.test_cli_hosting import _servers_on

CHECKIN = [title for title, _promise in PHASES].index("Check-in")


def _window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    window.network.interactive = False  # no modal boxes: problems arrive on window.network.problem
    return window


def _checkin_page(window: MainWindow) -> CheckinPage:
    assert window.view is not None
    window.show_phase(CHECKIN)
    page = window.view.page("Check-in")
    assert isinstance(page, CheckinPage)
    return page


def test_share_join_live_change_and_stop_writes_the_final_file(
    qtbot: QtBot, event_path: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    with open_event(event_path) as db:
        make_desk(db)
    before = event_path.read_bytes()
    host = _window(qtbot)

    def no_server_left() -> None:  # a failing test must not leave the window's server running
        if host.network.hosted is not None:
            host.network.hosted.stop(keep=False)

    request.addfinalizer(no_server_left)
    assert host.open_path(event_path, interactive=False)
    assert host.network.share_action.isEnabled() and not host.network.stop_action.isEnabled()
    problems: list[tuple[str, str]] = []
    host.network.problem.connect(lambda title, text: problems.append((title, text)))
    port = free_port()
    host.network.share_on_network(listen="127.0.0.1", port=port)
    qtbot.waitUntil(lambda: host.network.dialog is not None or bool(problems), timeout=90_000)
    assert problems == []
    assert host.doc is not None and host.doc.db.path is None  # the window works on the server now
    assert f"127.0.0.1:{port}" in host.windowTitle()
    dialog = host.network.dialog
    assert dialog is not None and dialog.isVisible()
    join = dialog.join_field.text()
    assert join.startswith(f"govcamp://127.0.0.1:{port}/govcamp?key=")
    assert dialog.url_field.text().startswith(
        f"postgresql://govcamp:{dialog.password_field.text()}@127.0.0.1:"
    )
    assert any("camp.shared-" in label.text() for label in dialog.findChildren(type(dialog.qr)))
    # The QR code says the join string, read by a decoder we did not write.
    picture = tmp_path / "qr.png"
    assert dialog.qr.pixmap().save(str(picture))
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(picture)], capture_output=True, text=True)
    assert decoded.stdout.strip() == join
    assert host.network.stop_action.isEnabled() and not host.network.share_action.isEnabled()

    desk = _window(qtbot)
    desk.network.join(join)
    qtbot.waitUntil(lambda: desk.doc is not None, timeout=30_000)
    assert desk.doc is not None and desk.doc.db.path is None
    # The recent list remembers where, never the password.
    remembered = f"postgresql://govcamp@127.0.0.1:{port}/govcamp"
    assert settings.recent_files()[0] == remembered
    password = dialog.password_field.text()
    ini = next(Path(str(settings.settings().fileName())).parent.glob("*.ini")).read_text()
    assert password not in ini

    # A check-in at the host shows on the desk, and the other way round.
    host_page, desk_page = _checkin_page(host), _checkin_page(desk)
    assert desk.doc.live.listener is not None and host.doc.live.listener is not None
    qtbot.waitUntil(desk.doc.live.listener.connected.is_set, timeout=10_000)
    qtbot.waitUntil(host.doc.live.listener.connected.is_set, timeout=10_000)
    qtbot.keyClicks(host_page.input, "SIANCODE")
    qtbot.keyClick(host_page.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "1</b> checked in of" in desk_page.counts_label.text(), timeout=3000)

    # Stop sharing: the final state goes to a new file beside the event file; nothing stays running.
    written: list[Path] = []
    host.network.stopped.connect(written.append)
    host.network.stop_sharing(ask=False)
    qtbot.waitUntil(lambda: bool(written) or bool(problems), timeout=60_000)
    assert problems == []
    final = written[0]
    assert final.parent == event_path.parent and final.name.startswith("camp.shared-")
    assert event_path.read_bytes() == before  # the event file itself is never written
    with sqlite3.connect(f"file:{final}?mode=ro", uri=True) as connection:
        state = connection.execute(
            "SELECT state FROM ticket JOIN person ON person.id = ticket.person_id WHERE checkin_code = ?",
            ("SIANCODE",),
        ).fetchone()[0]
    assert state == "checked_in"
    assert host.doc is not None and host.doc.db.path == final  # the host carries on from the final copy
    assert _servers_on(port) == set()
    # The desk's server went away with it: the desk says so at once.
    qtbot.waitUntil(desk.offline_banner.isVisible, timeout=5000)
    assert "Not connected to the shared event" in desk.offline_banner.text.text()
    desk.close()
    host.close()


def test_join_with_a_wrong_password_or_nobody_there_says_so(
    qtbot: QtBot, event_path: Path, pg_cluster: object, pg_url: str
) -> None:
    from govcamp.services.sharing import share_event

    share_event(event_path, pg_url)
    window = _window(qtbot)
    problems: list[str] = []
    window.network.problem.connect(lambda _title, text: problems.append(text))
    window.network.join(pg_url, "not-the-password")
    qtbot.waitUntil(lambda: bool(problems), timeout=20_000)
    assert problems[-1].startswith("The password was not accepted by 127.0.0.1:")
    assert window.doc is None
    nobody = free_port()
    window.network.join(f"govcamp://127.0.0.1:{nobody}/govcamp?key=abc")
    qtbot.waitUntil(lambda: len(problems) == 2, timeout=20_000)
    assert problems[-1].startswith(f"Nothing answers at 127.0.0.1:{nobody}")
    window.network.join("http://example.org/")
    assert "not a shared event's address" in problems[-1]
    window.close()


def test_save_a_copy_to_file_never_writes_over_a_file_without_asking(
    qtbot: QtBot, event_path: Path, pg_url: str, tmp_path: Path
) -> None:
    from govcamp.services.sharing import share_event

    with open_event(event_path) as db:
        make_desk(db)
    share_event(event_path, pg_url)
    window = _window(qtbot)
    assert window.open_path(pg_url, interactive=False)
    assert window.copy_action.text() == "Save &a Copy to File…"
    problems: list[str] = []
    window.network.problem.connect(lambda _title, text: problems.append(text))
    stick = tmp_path / "usb"
    stick.mkdir()
    target = stick / "copy.govcamp"
    window.network.save_copy_to(target)
    qtbot.waitUntil(target.exists, timeout=20_000)
    with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT count(*) FROM person").fetchone()[0] > 0
    # An ordinary file in the way: not replaced unless the person says so.
    other = stick / "notes.govcamp"
    other.write_text("my shopping list")
    window.network.save_copy_to(other)  # not interactive: nobody said yes
    assert other.read_text() == "my shopping list" and "already exists" in problems[-1]
    # The event file just written is never written over, even when asked.
    window.network.save_copy_to(target, replace=True)
    qtbot.waitUntil(lambda: len(problems) == 2, timeout=20_000)
    assert "is an event file" in problems[-1]
    window.close()
