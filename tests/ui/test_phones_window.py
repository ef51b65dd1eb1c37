"""The window's side of attendees' phones without a browser: star counts on the Grid page beside the hands
counted, following stars made through another connection; the desk's Revoke phone code with Undo; the QR
code the window draws, read back by zbarimg."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.services import checkin
from govcamp.services import grid as grid_service
from govcamp.services import stars as star_service
from govcamp.services.eventfiles import open_event_file
from govcamp.store.eventfile import EventDB
from govcamp.ui.document import EventDocument
from govcamp.ui.grid_models import SessionRole
from govcamp.ui.main_window import MainWindow
from govcamp.ui.pages.checkin_page import CheckinPage
from govcamp.ui.pages.grid_page import GridPage
from govcamp.ui.phones import QrWidget, ShareDialog
from tests.desk_data import Desk, make_desk
from tests.ui.test_undo_defect import SayYes


def _cell(page: GridPage, session_id: int) -> QModelIndex:
    model = page.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            if model.data(index, SessionRole) == session_id:
                return index
    raise AssertionError(f"session {session_id} is not on the grid")


def _cell_text(page: GridPage, session_id: int) -> str:
    return str(page.model.data(_cell(page, session_id)))


def test_the_grid_shows_stars_beside_hands_and_follows_other_connections(
    fresh_window: MainWindow, qtbot: QtBot
) -> None:
    assert fresh_window.doc is not None and fresh_window.view is not None
    doc = fresh_window.doc
    fresh_window.show_phase(4)
    page = fresh_window.view.page("Grid")
    assert isinstance(page, GridPage)
    counts = {c.session_id: c.stars for c in star_service.star_counts(doc.db)}
    state = grid_service.grid_state(doc.db)
    placed = [s for s in state.placed if s.demand is not None]
    session = placed[0]
    before = counts.get(session.id, 0)
    text = _cell_text(page, session.id)
    if before:
        assert f"{session.demand} hands · {before} ★" in text
    doc.phones.poll.check()  # what the poll has seen so far
    # A phone stars it through a connection of its own (as the phone server does) ...
    other = open_event_file(doc.db.path or "")
    try:
        revoked = star_service.revoked(other)
        starrer = next(
            p.person.id
            for p in checkin.people(other)
            if p.state == "checked_in"
            and p.person.id not in revoked
            and session.id not in star_service.stars_of(other, p.person.id)
            and len(star_service.stars_of(other, p.person.id)) < star_service.max_stars(other)
        )
        star_service.star(other, starrer, session.id)
    finally:
        other.close()
    # ... and the window's poll, which runs while phones are shared, hears of it.
    assert f"{before + 1} ★" not in _cell_text(page, session.id)
    doc.phones.poll.check()
    qtbot.waitUntil(lambda: f"{before + 1} ★" in _cell_text(page, session.id))
    assert f"{session.demand} hands · {before + 1} ★" in _cell_text(page, session.id)
    index = _cell(page, session.id)
    said = str(page.model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole))
    assert f"{before + 1} star" in said and "hands counted at the pitch" in said


@pytest.fixture
def desk(db: EventDB) -> Desk:
    return make_desk(db)


@pytest.fixture
def desk_page(db: EventDB, desk: Desk, qtbot: QtBot) -> Iterator[CheckinPage]:
    doc = EventDocument(db)
    widget = CheckinPage(doc)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    doc.undo_stack.clear()


def test_the_desk_revokes_a_phone_code_after_asking_and_undo_restores_it(
    desk_page: CheckinPage, qtbot: QtBot, db: EventDB, desk: Desk
) -> None:
    qtbot.keyClicks(desk_page.input, "SIANCODE")
    qtbot.keyClick(desk_page.input, Qt.Key.Key_Return)
    assert desk_page.band.kind == "checked_in"
    yes = SayYes()
    try:
        assert desk_page.revoke_phone_code()
    finally:
        yes.stop()
    assert yes.asked and "Siân" in yes.asked[0] and "phones" in yes.asked[0]
    assert desk.sian in star_service.revoked(db)
    assert desk_page.band.kind == "revoked" and "PHONE CODE REVOKED" in desk_page.band.heading.text()
    with pytest.raises(star_service.StarRefusedError):
        star_service.sign_in(db, "SIANCODE")
    desk_page.doc.undo_stack.undo()
    assert desk.sian not in star_service.revoked(db)
    assert star_service.sign_in(db, "SIANCODE").person_id == desk.sian


def test_revoking_with_nobody_shown_says_what_to_do(
    desk_page: CheckinPage, monkeypatch: pytest.MonkeyPatch, db: EventDB
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    assert not desk_page.revoke_phone_code()
    assert told and "Scan their badge" in told[0]
    assert star_service.revoked(db) == []


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools is needed")
def test_the_window_draws_a_qr_code_a_phone_reads(qtbot: QtBot, tmp_path: Path) -> None:
    widget = QrWidget("http://192.168.1.20:8080/", side=240)
    qtbot.addWidget(widget)
    widget.show()
    shot = tmp_path / "qr.png"
    assert widget.grab().save(str(shot))
    read = subprocess.run(
        ["zbarimg", "-q", "--raw", str(shot)], capture_output=True, text=True, timeout=60, check=False
    )
    assert read.stdout.split() == ["http://192.168.1.20:8080/"]
    assert widget.accessibleName() == "QR code of http://192.168.1.20:8080/"
    QApplication.processEvents()


@pytest.mark.skipif(
    any(shutil.which(t) is None for t in ("pdftoppm", "zbarimg")), reason="poppler-utils and zbar-tools"
)
def test_the_exports_tab_prints_the_phones_address_on_the_signs(qtbot: QtBot, tmp_path: Path) -> None:
    from govcamp.ui.pages.export_calendar import CalendarPanel
    from govcamp.ui.pages.exports_page import ExportsPage
    from tests.calendar_event import make_event

    doc = EventDocument(open_event_file(make_event(tmp_path / "camp.govcamp")))
    page = ExportsPage(doc, "Files people take home.")
    qtbot.addWidget(page)
    page.show()
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    panel = page.tabs.widget(titles.index(CalendarPanel.TITLE))
    assert isinstance(panel, CalendarPanel)
    assert not panel.phones_url.isVisibleTo(panel)  # calendars carry no join address
    panel.kind.setCurrentIndex(panel.kind.findData("signs"))
    assert panel.phones_url.isVisibleTo(panel)
    # A .local name is refused in words before anything is written.
    panel.phones_url.setText("http://camp.local:8080/")
    out = tmp_path / "signs.pdf"
    panel.path.setText(str(out))
    panel.write_button.click()
    assert ".local" in panel.message.text() and not out.exists()
    panel.phones_url.setText("http://192.168.1.20:8080/")
    panel.write_button.click()
    qtbot.waitUntil(lambda: out.exists() and panel.write_button.isEnabled(), timeout=20_000)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "120", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")], check=True
    )
    page_png = next(tmp_path.glob("p-*.png"))
    read = subprocess.run(
        ["zbarimg", "-q", "--raw", str(page_png)], capture_output=True, text=True, timeout=60, check=False
    )
    assert read.stdout.split() == ["http://192.168.1.20:8080/"]
    doc.close()


def test_the_share_dialog_has_working_letters_and_named_controls(fresh_window: MainWindow) -> None:
    from tests.ui.test_accessibility import unnamed
    from tests.ui.test_keyboard import dialog_problems

    fresh_window.share_with_phones()
    dialog = fresh_window.share_dialog
    assert isinstance(dialog, ShareDialog) and dialog.isVisible()
    assert dialog.listen.itemData(dialog.listen.count() - 1) == "127.0.0.1"  # never every network
    assert dialog_problems(dialog) == [] and unnamed(dialog) == []
    assert fresh_window.phones_action.shortcut().toString() == "Ctrl+Shift+H"
    dialog.close()


def test_closing_the_event_stops_the_phone_server(fresh_window: MainWindow, qtbot: QtBot) -> None:
    import urllib.error
    import urllib.request

    assert fresh_window.doc is not None
    sharing = fresh_window.doc.phones
    sharing.start("127.0.0.1", None, fresh_window)
    qtbot.waitUntil(lambda: bool(sharing.url), timeout=15_000)
    url = sharing.url
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, never a proxy
    with direct.open(url + "programme.json", timeout=10) as answer:
        assert answer.status == 200
    assert fresh_window.phone_indicator.isVisible()
    fresh_window.close_event()
    assert not fresh_window.phone_indicator.isVisible()
    with pytest.raises(urllib.error.URLError):
        direct.open(url + "programme.json", timeout=5)
