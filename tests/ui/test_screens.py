"""Every page of the demo event at a netbook, a laptop and a desktop size, checked as a person would look.

``python -m tests.ui.screens OUT`` saves the same screens as PNGs to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from govcamp.services.demo import write_demo
from govcamp.ui.main_window import MainWindow
from govcamp.ui.pages.grid_page import GridPage
from tests.ui.screens import SIZES, settle, slug, walk_pages


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    write_demo(path)
    return path


def open_window(qtbot: QtBot, demo: Path, size: tuple[int, int]) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    assert window.open_path(demo, interactive=False)
    return window


@pytest.fixture(params=SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def window(request: pytest.FixtureRequest, qtbot: QtBot, demo: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, demo, request.param)
    yield win
    win.close_event()


def cut_buttons(page: QWidget) -> list[str]:
    """Buttons whose text does not fit inside them."""
    found = []
    for button in page.findChildren(QAbstractButton):
        if not button.isVisibleTo(page) or not button.text():
            continue
        needed = QFontMetrics(button.font()).horizontalAdvance(button.text().replace("&", ""))
        if needed > button.width():
            found.append(button.text())
    return found


def test_every_page_fits_the_window_and_cuts_no_button(window: MainWindow, tmp_path: Path) -> None:
    problems: list[str] = []
    for number, title in walk_pages(window):
        assert window.view is not None
        page = window.view.page(title)
        # The page is inside the window: nothing is laid out wider or taller than the screen.
        if page.width() > window.width() or page.height() > window.height():
            problems.append(
                f"{title}: page {page.width()}×{page.height()} in a {window.width()}×{window.height()} window"
            )
        problems += [f"{title}: button “{text}” cut" for text in cut_buttons(page)]
        image = window.grab().toImage()
        assert image.width() == window.width() and not image.isNull()
        window.grab().save(str(tmp_path / f"{number}-{slug(title)}.png"))
    assert problems == []


def test_the_whole_grid_is_on_screen_with_no_title_cut(window: MainWindow) -> None:
    window.show_phase(4)
    settle()
    assert window.view is not None
    page = window.view.page("Grid")
    assert isinstance(page, GridPage)
    table, model = page.table, page.model
    viewport = table.viewport().rect()
    # Every slot's row header and every room's column header is within view, with no scrolling.
    for row in range(model.rowCount()):
        top = table.rowViewportPosition(row)
        assert top >= 0 and top + table.rowHeight(row) <= viewport.height(), f"row {row} is off screen"
    for column in range(model.columnCount()):
        left = table.columnViewportPosition(column)
        assert left >= 0 and left + table.columnWidth(column) <= viewport.width(), f"column {column} cut"
    # No word of any title is wider than its cell (so words wrap, never get cut), and each cell is tall
    # enough for all its wrapped lines.
    delegate = table.itemDelegate()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = str(model.data(index) or "")
            if not text or table.columnSpan(row, column) > 1:
                continue
            metrics = QFontMetrics(model.data(index, Qt.ItemDataRole.FontRole) or table.font())
            widest = max(metrics.horizontalAdvance(word) for word in text.split())
            assert widest <= table.columnWidth(column), f"“{text}” is cut at {row},{column}"
            lines = text.count("\n") + 1
            assert table.rowHeight(row) >= table.sizeHintForRow(row) >= lines * metrics.height(), (
                f"“{text}” has too few lines at {row},{column}"
            )
    assert delegate is not None
    # The room headers are drawn whole: each fits its column.
    header = table.horizontalHeader()
    metrics = QFontMetrics(header.font())
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        widest = max(metrics.horizontalAdvance(line) for line in text.splitlines())
        assert widest <= header.sectionSize(column), f"header “{text}” is clipped"


def test_zoom_keys_and_fit(qtbot: QtBot, demo: Path) -> None:
    window = open_window(qtbot, demo, (1366, 768))
    window.show_phase(4)
    settle()
    assert window.view is not None
    page = window.view.page("Grid")
    assert isinstance(page, GridPage)
    fitted = page.sizer.zoom
    assert page.sizer.fits()
    qtbot.keyClick(page.table, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.sizer.zoom > fitted and page.zoom_label.text() == f"{round(page.sizer.zoom * 100)}%"
    qtbot.keyClick(page.table, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.sizer.zoom == 1.0
    qtbot.keyClick(page.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.sizer.zoom < 1.0
    page.fit_window()
    settle()
    assert page.sizer.fits() and page.sizer.zoom == fitted
    window.close_event()


def test_lottery_keeps_its_layout_after_simulate_and_warns_of_too_many(qtbot: QtBot, demo: Path) -> None:
    window = open_window(qtbot, demo, (1024, 600))
    window.show_phase(1)
    settle()
    assert window.view is not None
    page = window.view.page("Applicants & lottery")
    tabs = page.tabs  # type: ignore[attr-defined]
    tabs.setCurrentIndex(1)
    settle()
    lottery = page.lottery  # type: ignore[attr-defined]
    boxes = [w for w in lottery.findChildren(QWidget) if w.metaObject().className() == "QGroupBox"]
    before = [b.geometry() for b in boxes]
    lottery.simulate()
    settle()
    assert [b.geometry() for b in boxes] == before
    # The demo has one more person holding a place than its 197 places: said, not hidden.
    warning = lottery.findChild(QLabel, "overPlaces")
    assert warning.isVisibleTo(lottery)
    assert "198 for 197 (1 over)" in warning.text()
    window.close_event()
