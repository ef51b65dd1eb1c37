"""Fixtures for tests that walk the whole window on the demo event (a module may define its own instead)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from govcamp.services.demo import write_demo
from govcamp.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event, written once per test module."""
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    write_demo(path)
    return path


@pytest.fixture
def window(qtbot: QtBot, demo: Path) -> Iterator[MainWindow]:
    """The main window on the demo event, at a common laptop size."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert win.open_path(demo, interactive=False)
    yield win
    win.close_event()
