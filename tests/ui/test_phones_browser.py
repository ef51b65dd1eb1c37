"""Issue 15 end to end: the window shares the demo event with phones (File ▸ Share with Phones…, the real
server on loopback), Debian's headless Chromium at a phone's 360×740 signs in with a demo badge code and
stars three sessions, the Grid page of the same window counts them, and a session moved on the grid through
the window's action moves on the phone's page without a reload."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from govcamp.domain.enums import SlotKind
from govcamp.services import checkin
from govcamp.services import grid as grid_service
from govcamp.services import stars as star_service
from govcamp.ui.grid_models import SessionRole
from govcamp.ui.main_window import MainWindow
from govcamp.ui.pages.grid_page import GridPage
from govcamp.ui.phones import ShareDialog
from govcamp.ui.projector import ProjectorWindow
from tests.browser import HAVE_CHROMIUM, chromium, needs_chromium

pytestmark = needs_chromium

if HAVE_CHROMIUM:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait


@pytest.fixture
def phone(tmp_path: Path) -> Iterator[WebDriver]:
    """Headless Chromium the size of a small Android phone."""
    profile = tmp_path / "chromium-profile"
    with chromium(
        profile,
        "--no-proxy-server",
        mobile={"deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 2.0}},
    ) as driver:
        yield driver


@pytest.fixture
def window(fresh_window: MainWindow) -> MainWindow:
    """The window on this test's own demo event (it stars and moves sessions)."""
    return fresh_window


def _stars_shown(page: GridPage, session_id: int) -> str:
    model = page.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            if model.data(index, SessionRole) == session_id:
                return str(model.data(index))
    raise AssertionError(f"session {session_id} is not on the grid")


def _wait(driver: WebDriver, script: str, *args: object, timeout: float = 15) -> None:
    WebDriverWait(driver, timeout).until(lambda d: d.execute_script(script, *args))


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen cannot raise the projector
def test_a_phone_stars_three_sessions_the_grid_counts_them_and_a_move_reaches_the_phone(
    window: MainWindow, phone: WebDriver, qtbot: QtBot, tmp_path: Path
) -> None:
    assert window.doc is not None and window.view is not None
    doc = window.doc
    db = doc.db
    window.show_phase(4)
    grid_page = window.view.page("Grid")
    assert isinstance(grid_page, GridPage)

    # File ▸ Share with Phones…: this laptop only, any free port; the dialog shows the address and stops it.
    window.phones_action.trigger()
    dialog = window.share_dialog
    assert isinstance(dialog, ShareDialog) and dialog.isVisible()
    dialog.listen.setCurrentIndex(dialog.listen.findData("127.0.0.1"))
    dialog.port.setValue(0)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: bool(doc.phones.url), timeout=15_000)
    url = doc.phones.url
    assert url.startswith("http://127.0.0.1:")
    assert dialog.address.text() == url.removeprefix("http://").rstrip("/")
    assert dialog.qr.payload == url
    assert window.phone_indicator.isVisible() and "127.0.0.1" in window.phone_indicator.text()
    # The projector view shows the same address and code while sharing.
    grid_page.open_projector()
    projector = grid_page._projector
    assert isinstance(projector, ProjectorWindow)
    assert projector.join_qr.payload == url and dialog.address.text() in projector.texts()[-1]
    projector.close()

    # A demo attendee who is checked in, whose code works, with room for three more stars.
    revoked = set(star_service.revoked(db))
    limit = star_service.max_stars(db)
    person = next(
        p.person
        for p in checkin.people(db)
        if p.state == "checked_in"
        and p.person.id not in revoked
        and p.person.checkin_code
        and len(star_service.stars_of(db, p.person.id)) <= limit - 3
    )
    theirs = set(star_service.stars_of(db, person.id))
    state = grid_service.grid_state(db)
    chosen = [s.id for s in state.placed if s.id not in theirs][:3]
    before = {c.session_id: c.stars for c in star_service.star_counts(db)}

    phone.get(url)
    assert phone.execute_script("return window.innerWidth") == 360
    phone.find_element(By.ID, "code").send_keys(person.checkin_code.lower())  # typed as people type
    phone.find_element(By.CSS_SELECTOR, "form.signin button[type=submit]").click()
    _wait(phone, "return document.querySelector('section.account strong') !== null")
    for session_id in chosen:
        card = f"article#s-{session_id}"
        phone.find_element(By.CSS_SELECTOR, f"{card} button.star").click()
        _wait(phone, f"return document.querySelector('{card}.starred button.star.on') !== null")
    assert phone.find_element(By.CSS_SELECTOR, "section.account strong").text == str(len(theirs) + 3)

    # The window's Grid page counts the phone's stars (its poll hears them while sharing).
    for session_id in chosen:
        expected = f"{before.get(session_id, 0) + 1} ★"
        qtbot.waitUntil(lambda s=session_id, e=expected: e in _stars_shown(grid_page, s), timeout=15_000)

    # Move one of them to an empty cell through the window's action; the phone's page follows by itself.
    moved = chosen[0]
    taken = {(s.slot_id, s.room_id) for s in state.placed}
    room, slot = next(
        (r, t)
        for t in state.slots
        if t.kind is SlotKind.SESSION
        for r in state.rooms
        if (t.id, r.id) not in taken and t.id not in r.unavailable_slot_ids
    )
    phone.execute_script("window.notReloaded = true;")
    assert grid_page.move_session(moved, room.id, slot.id)
    card = f"section.day article#s-{moved}"
    _wait(
        phone,
        f"var c = document.querySelector('{card}');"
        " return c !== null && c.querySelector('.room').textContent === arguments[0]"
        " && c.querySelector('.when').textContent.indexOf(arguments[1]) === 0;",
        room.name,
        f"{slot.start:%H:%M}",
    )
    assert phone.execute_script("return window.notReloaded === true")
    phone.save_screenshot(str(tmp_path / "phone.png"))

    # Stop: the phone gets no answer, the status bar says nothing more.
    dialog.stop_button.click()
    assert doc.phones.url == "" and not window.phone_indicator.isVisible()
