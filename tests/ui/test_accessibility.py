"""What a screen reader and a keyboard user meet on every page of the demo event.

Names come from ``QAccessible`` — what Orca would read — not from ``accessibleName()`` alone, so a button's
text and a label's buddy count, as they do for a person using assistive technology.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from govcamp.services import event as event_service
from govcamp.services import slots as slot_service
from govcamp.services.applicants import list_applicants
from govcamp.services.demo import write_demo
from govcamp.ui.applicants_dialogs import ImportDialog, PersonDialog
from govcamp.ui.badge_printing import load_printing
from govcamp.ui.checkin_dialogs import PrinterDialog, WalkInDialog
from govcamp.ui.dialogs import NewEventDialog, RoomDialog, SlotDialog
from govcamp.ui.main_window import PHASES, MainWindow
from govcamp.ui.privacy_dialogs import ErasePersonDialog, PurgeDialog
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


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    write_demo(path)
    return path


@pytest.fixture
def window(qtbot: QtBot, demo: Path) -> Iterator[MainWindow]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert win.open_path(demo, interactive=False)
    yield win
    win.close_event()


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


def test_every_control_in_the_main_dialogs_has_a_name(window: MainWindow) -> None:
    problems: list[str] = []
    for dialog in main_dialogs(window):
        dialog.show()
        settle(0.05)
        problems += [f"{dialog.windowTitle()}: {what}" for what in unnamed(dialog)]
        dialog.reject()
        dialog.deleteLater()
    assert problems == [], "\n".join(problems)
