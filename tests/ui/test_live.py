"""A window on a shared event follows another process's changes without a refresh (LISTEN / NOTIFY)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from govcamp.services.sharing import share_event
from govcamp.store.eventfile import open_event
from govcamp.ui.main_window import PHASES, MainWindow
from govcamp.ui.pages.checkin_page import LIVE_MS, CheckinPage
from tests.desk_data import make_desk

ROOT = Path(__file__).resolve().parent.parent.parent


def test_a_check_in_at_another_desk_shows_in_the_window_within_two_seconds(
    qtbot: QtBot, event_path: Path, pg_url: str, tmp_path: Path
) -> None:
    with open_event(event_path) as db:
        make_desk(db)
    share_event(event_path, pg_url)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(pg_url, interactive=False)
    assert window.view is not None and window.doc is not None and window.doc.db.path is None
    assert window.doc.db.label in window.windowTitle()
    assert window.doc.db.label.startswith("postgresql://govcamp:***@127.0.0.1:")  # as typed, password hidden
    window.show_phase([title for title, _promise in PHASES].index("Check-in"))
    page = window.view.page("Check-in")
    assert isinstance(page, CheckinPage)
    assert "0</b> checked in of" in page.counts_label.text()
    assert LIVE_MS > 2000  # the page's own slow poll cannot be what brings the news below
    listener = window.doc.live.listener
    assert listener is not None
    qtbot.waitUntil(listener.connected.is_set, timeout=10_000)

    desk2 = subprocess.run(
        [sys.executable, "-m", "govcamp", "checkin", pg_url, "SIANCODE", "--desk", "Desk 2"],
        cwd=ROOT, env={**os.environ, "GOVCAMP_HOME": str(tmp_path / "desk2")},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert desk2.returncode == 0, desk2.stderr
    qtbot.waitUntil(lambda: "1</b> checked in of" in page.counts_label.text(), timeout=2000)
    window.close()
    assert window.doc is None or window.doc.live.listener is None
