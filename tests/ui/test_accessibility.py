"""What a screen reader and a keyboard user meet on every page of the demo event.

Names come from ``QAccessible`` — what Orca would read — not from ``accessibleName()`` alone, so a button's
text and a label's buddy count, as they do for a person using assistive technology.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QBrush,
    QColor,
    QFont,
    QPalette,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from govcamp.services import event as event_service
from govcamp.services import slots as slot_service
from govcamp.services.applicants import list_applicants
from govcamp.services.hosting import Joining
from govcamp.ui.applicants_dialogs import ImportDialog, PersonDialog
from govcamp.ui.badge_printing import load_printing
from govcamp.ui.checkin_dialogs import PrinterDialog, WalkInDialog
from govcamp.ui.date_field import DateField
from govcamp.ui.dialogs import NewEventDialog, RoomDialog, SlotDialog
from govcamp.ui.main_window import PHASES, MainWindow
from govcamp.ui.pages.checkin_page import CheckinPage
from govcamp.ui.pages.grid_page import GridPage
from govcamp.ui.privacy_dialogs import ErasePersonDialog, PurgeDialog
from govcamp.ui.sharing_dialogs import JoinDialog, SharingDialog
from tests.ui.screens import settle
from tests.ui.test_keyboard import tab_states

#: What a person operates: each must say what it is for.
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``."""
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return ""
    return face.text(QAccessible.Text.Name).replace("&", "").strip()


def is_inner_part(widget: QWidget) -> bool:
    """A part that the control around it names: a combo box's line edit, a spin box's, a table's header."""
    parent = widget.parentWidget()
    if isinstance(widget, QHeaderView):
        return True  # a table's header: its sections are read by their titles, as part of the table
    return isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox))


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets visible under ``root`` that a screen reader would announce without a name."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root) or is_inner_part(widget):
            continue
        if not spoken_name(widget):
            where = widget.parentWidget()
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(where).__name__ if where else '-'}"
            )
    return found


@pytest.mark.parametrize("window", ["en", "cy"], indirect=True)
def test_every_control_on_every_page_has_a_name(window: MainWindow) -> None:
    problems: list[str] = []
    for index, (title, _promise) in enumerate(PHASES):
        window.show_phase(index)
        settle(0.1)
        assert window.view is not None
        page = window.view.page(title)
        for state in tab_states(page):
            problems += [f"{title} / {state}: {what}" for what in unnamed(page)]
    problems += [f"window: {what}" for what in unnamed(window) if "Page" not in what]
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def main_dialogs(window: MainWindow) -> Iterator[QDialog]:
    """Each dialog a person meets at the event, built over the demo as the pages build them."""
    doc = window.doc
    assert doc is not None
    details = event_service.get_details(doc.db)
    slots = slot_service.list_slots(doc.db)
    person = list_applicants(doc.db)[0]
    yield NewEventDialog(lambda _path, _details: None, window)
    yield RoomDialog(lambda _room: None, slots, parent=window)
    yield SlotDialog(
        lambda _slot: None,
        event_service.event_zone(doc.db),
        details.start_date,
        details.end_date,
        parent=window,
    )
    yield ImportDialog(doc, None, window)
    yield PersonDialog(doc, person, window)
    yield WalkInDialog(10, window)
    yield PrinterDialog(load_printing(), window)
    yield ErasePersonDialog(doc, person.id, person.full_name, window)
    yield PurgeDialog(doc, window)
    joining = Joining(
        url="postgresql://govcamp:Secret1@192.168.1.20:5432/govcamp",
        join="govcamp://192.168.1.20:5432/govcamp?key=Secret1",
        host="192.168.1.20",
        port=5432,
        listen="192.168.1.20",
    )
    yield SharingDialog(joining, "demo.shared-20270327-1742.govcamp", window)
    yield JoinDialog("postgresql://govcamp@192.168.1.20:5432/govcamp", window)


@pytest.mark.parametrize("window", ["en", "cy"], indirect=True)
def test_every_control_in_the_main_dialogs_has_a_name(window: MainWindow) -> None:
    problems: list[str] = []
    for dialog in main_dialogs(window):
        dialog.show()
        settle(0.05)
        problems += [f"{dialog.windowTitle()}: {what}" for what in unnamed(dialog)]
        dialog.reject()
        dialog.deleteLater()
    assert problems == [], "\n".join(problems)


def grid_page(window: MainWindow) -> GridPage:
    window.show_phase(4)
    settle(0.1)
    assert window.view is not None
    page = window.view.page("Grid")
    assert isinstance(page, GridPage)
    return page


def spoken_cells(page: GridPage) -> dict[tuple[int, int], tuple[str, str]]:
    """Name and description of every grid cell, as the table's accessibility interface reports them."""
    face = QAccessible.queryAccessibleInterface(page.table)
    assert face is not None and face.role() == QAccessible.Role.Table
    cells = {}
    for row in range(page.model.rowCount()):
        for column in range(page.model.columnCount()):
            # PySide6 offers no table interface: the cell is found where a pointer would find it.
            index = page.model.index(row, column)
            page.table.scrollTo(index)
            point = page.table.viewport().mapToGlobal(page.table.visualRect(index).center())
            cell = face.childAt(point.x(), point.y())
            assert cell is not None and cell.role() == QAccessible.Role.Cell
            cells[row, column] = (cell.text(QAccessible.Text.Name), cell.text(QAccessible.Text.Description))
    return cells


def test_grid_cells_say_session_room_time_and_state(window: MainWindow) -> None:
    page = grid_page(window)
    assert page.state is not None
    rooms = {room.id: room.name for room in page.state.rooms}
    cells = spoken_cells(page)
    placed = [s for s in page.state.sessions if s.placed]
    assert placed
    for session in placed:
        index = page.model.index_of(session.id)
        name, description = cells[index.row(), index.column()]
        slot = page.model.slots[index.row()]
        assert name.startswith(f"{session.title}, {rooms[session.room_id or 0]}, {slot.start:%A %H:%M}")
        assert ("pinned" in name.split(", ")) == session.pinned
        problems = page.model.problems_of(session.id)
        assert any(part.startswith("warning: ") for part in name.split(", ")) == bool(problems)
        for problem in problems:
            assert problem in description
        assert f"{session.expected} people expected" in description
    # Bands and free cells say what they are, not nothing.
    assert any(name.startswith("Lunch") for name, _ in cells.values())
    assert any(name.startswith("Empty, ") for name, _ in cells.values())


def test_picking_up_a_grid_session_says_so_in_the_cell_and_out_loud(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = grid_page(window)
    assert page.state is not None
    said: list[str] = []
    shown: list[str] = []

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())
        elif event.type() == QAccessible.Event.ObjectShow and event.object() is page.hint:
            shown.append(page.hint.accessibleName())

    # Qt's own bridge receives these on a desktop; here the call itself is watched.
    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    session = next(s for s in page.state.sessions if s.placed)
    page.select_session(session.id)
    page.pick_up()
    index = page.model.index_of(session.id)
    assert "carrying" in spoken_cells(page)[index.row(), index.column()][0].split(", ")
    assert said and said[-1].startswith(f"Carrying “{session.title}”")
    # Orca before 45.2 hears no announcement: the hint is a notification, shown again with each message.
    hint = QAccessible.queryAccessibleInterface(page.hint)
    assert hint is not None and hint.role() == QAccessible.Role.Notification
    assert hint.text(QAccessible.Text.Name) == said[-1] == page.hint.text()
    assert shown == [said[-1]]
    QTest.keyClick(page.table, Qt.Key.Key_Escape)
    assert page.carrying is None
    assert said[-1].startswith("Put down")
    assert shown[-1] == said[-1] == hint.text(QAccessible.Text.Name)


def test_the_desk_result_band_is_a_named_region_that_announces_each_result(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_phase(2)
    settle(0.1)
    assert window.view is not None
    page = window.view.page("Check-in")
    assert isinstance(page, CheckinPage)
    sent: list[tuple[QAccessible.Event, QObject, str]] = []

    def record(event: QAccessibleEvent) -> None:
        message = event.message() if isinstance(event, QAccessibleAnnouncementEvent) else ""
        politeness = event.politeness().name if isinstance(event, QAccessibleAnnouncementEvent) else ""
        sent.append((event.type(), event.object(), f"{politeness}:{message}"))

    # Qt's own bridge receives these on a desktop; here the call itself is watched.
    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    band = page.band
    face = QAccessible.queryAccessibleInterface(band)
    assert face is not None
    assert face.role() == QAccessible.Role.Grouping
    assert face.text(QAccessible.Text.Name).startswith("Check-in result: ready")
    assert face.text(QAccessible.Text.Description) == "The result of the last check-in"
    page.input.setFocus()
    QTest.keyClicks(page.input, "NO-SUCH-CODE-123")
    QTest.keyClick(page.input, Qt.Key.Key_Return)
    settle(0.1)
    name = face.text(QAccessible.Text.Name)
    assert name.startswith("NOT FOUND"), name
    events = [(kind, what) for kind, obj, what in sent if obj is band]
    assert (QAccessible.Event.NameChanged, ":") in events
    assert (QAccessible.Event.Announcement, f"Assertive:{name}") in events
    # Orca before 45.2 hears no announcement: the focused scan field is described by the result instead,
    # and the same result a second time is sent again.
    field = QAccessible.queryAccessibleInterface(page.input)
    assert field is not None and field.text(QAccessible.Text.Description) == name
    sent.clear()
    QTest.keyClicks(page.input, "NO-SUCH-CODE-123")
    QTest.keyClick(page.input, Qt.Key.Key_Return)
    assert (QAccessible.Event.DescriptionChanged, page.input, ":") in sent


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def dark_palette() -> QPalette:
    """A dark scheme as desktops ship it: light text on dark bases."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#f0f0f0"),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield str(request.param)
    qapp.setPalette(before)


def test_every_grid_cell_keeps_4_5_to_1_contrast_in_light_and_dark(window: MainWindow, scheme: str) -> None:
    page = grid_page(window)
    model = page.model
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    text = QApplication.palette().color(QPalette.ColorRole.Text)
    seen: dict[str, float] = {}
    carried = next(s.id for s in page.state.sessions if s.placed) if page.state else None
    model.set_carrying(carried)
    try:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                back = model.data(index, Qt.ItemDataRole.BackgroundRole)
                fore = model.data(index, Qt.ItemDataRole.ForegroundRole)
                background = back.color() if isinstance(back, QBrush) else base
                foreground = fore.color() if isinstance(fore, QBrush) else text
                seen[f"{background.name()} under {foreground.name()}"] = contrast(background, foreground)
    finally:
        model.set_carrying(None)
    # Bands, warnings, pins, the carried cell and plain cells: all five are in the demo's grid.
    assert len(seen) >= 5, seen
    poor = {pair: round(ratio, 2) for pair, ratio in seen.items() if ratio < 4.5}
    assert poor == {}, f"{scheme}: {poor}"
    dark_base = luminance(base) < 0.2
    assert (scheme == "dark") == dark_base
    if scheme == "dark":
        # Pale tints would glare in a dark palette: only the carried cell is light, so that it stands out.
        bright = [pair for pair in seen if luminance(QColor(pair.split()[0])) > 0.5]
        assert len(bright) == 1, bright


def reachable(page: QWidget) -> list[QWidget]:
    """What a keyboard user must be able to reach by Tab on ``page``: every control shown and enabled.

    A control kept out of the Tab chain counts as unreachable however else it can be pressed: a person
    using a screen reader finds controls by tabbing, not by guessing Alt letters. Left out are parts of a
    control that the control itself operates: a date field's calendar button (Alt+Down in the field), a
    table's corner button (Ctrl+A), and the unchecked buttons of a radio group (Tab reaches the checked
    one, the arrow keys the others).
    """
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or is_inner_part(widget):
            continue
        if not widget.isVisible() or not widget.isEnabled():
            continue
        parent = widget.parentWidget()
        if isinstance(parent, DateField) and widget is parent.button:
            continue
        if isinstance(parent, QAbstractItemView) and isinstance(widget, QAbstractButton):
            continue
        if isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked():
            continue
        found.append(widget)
    return found


def tab_through(window: MainWindow, limit: int = 400) -> list[QWidget]:
    """Press Tab from the first focusable widget until the focus comes back; the widgets it visited.

    Widgets that take Tab for themselves (a text editor's tab character) are left with Ctrl+Tab, the
    key Qt and screen-reader users know for that.
    """
    window.activateWindow()
    assert window.view is not None
    window.view.nav.setFocus()
    settle(0.05)
    first = QApplication.focusWidget()
    assert first is not None
    visited = [first]
    stuck = 0
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        takes_tab = isinstance(current, (QTextEdit, QPlainTextEdit)) and not current.tabChangesFocus()
        modifier = Qt.KeyboardModifier.ControlModifier if takes_tab else Qt.KeyboardModifier.NoModifier
        QTest.keyClick(current, Qt.Key.Key_Tab, modifier)
        now = QApplication.focusWidget()
        if now is first or now is None:
            return visited
        if now is current:
            # A text browser's Tab steps through its links first; forty presses in one widget is a trap.
            stuck += 1
            if stuck > 40:
                raise AssertionError(f"Tab is trapped in {describe(now)}")
            continue
        stuck = 0
        visited.append(now)
    raise AssertionError("Tab never came back to where it started")


def out_of_order(visited: list[QWidget]) -> list[str]:
    """Consecutive Tab stops where the focus jumps against the layout: up within a column, or leftwards
    within a row, as the window shows them. Moving on to the top of the next column to the right is
    reading order; so is moving from the end of a row down to the start of the next."""
    found = []
    for before, after in pairwise(visited):
        window = before.window()
        if after.window() is not window:
            continue
        a = before.rect().translated(before.mapTo(window, before.rect().topLeft()))
        b = after.rect().translated(after.mapTo(window, after.rect().topLeft()))
        same_row = b.top() < a.bottom() and a.top() < b.bottom()
        same_column = b.left() < a.right() and a.left() < b.right()
        if (same_row and b.right() <= a.left()) or (same_column and b.bottom() <= a.top()):
            found.append(f"{describe(before)} → {describe(after)}")
    return found


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} “{spoken_name(widget) or widget.objectName()}”"


@pytest.mark.parametrize("window", ["en", "cy"], indirect=True)
def test_tab_reaches_every_control_on_every_page_in_reading_order(window: MainWindow) -> None:
    missed: list[str] = []
    disordered: list[str] = []
    for index, (title, _promise) in enumerate(PHASES):
        window.show_phase(index)
        settle(0.1)
        assert window.view is not None
        page = window.view.page(title)
        for state in tab_states(page):
            visited = tab_through(window)
            missed += [f"{title} / {state}: {describe(w)}" for w in reachable(page) if w not in visited]
            disordered += [f"{title} / {state}: {what}" for what in out_of_order(visited)]
    assert missed == [], "\n".join(missed)
    assert disordered == [], "\n".join(disordered)


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[float]:
    """The desktop's text set large, as a person with low vision sets it."""
    before = QFont(qapp.font())
    big = QFont(before)
    big.setPointSizeF(before.pointSizeF() * 1.6)
    qapp.setFont(big)
    yield big.pointSizeF()
    qapp.setFont(before)


def test_text_follows_the_system_font_size(large_text: float, qtbot: QtBot, demo: Path) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert win.open_path(demo, interactive=False)
    smaller: list[str] = []
    try:
        for index, (title, _promise) in enumerate(PHASES):
            win.show_phase(index)
            settle(0.1)
            assert win.view is not None
            page = win.view.page(title)
            for widget in [win.view.nav, *page.findChildren(QWidget)]:
                grid = isinstance(page, GridPage)
                zoomed = grid and (widget is page.table or page.table.isAncestorOf(widget))
                if not widget.isVisible() or zoomed:
                    continue  # the grid follows its zoom (fit to window), which starts from this font
                if widget.font().pointSizeF() < large_text - 0.01:
                    smaller.append(f"{title}: {describe(widget)} at {widget.font().pointSizeF()}pt")
    finally:
        win.close_event()
    assert smaller == [], "\n".join(sorted(set(smaller)))
