"""Fixtures for tests that walk the whole window on the demo event (a module may define its own instead)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from govcamp.services.demo import write_demo
from govcamp.ui.i18n import translations, use_language
from govcamp.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_before_and_after(qapp: object) -> Iterator[None]:
    """Every window test starts in English with its translator installed, as the app always starts with
    one (plural forms, "3 good rows" not "3 good row(s)", come from it), and ends in English whatever
    language it switched to, so no test inherits another's."""
    if not translations.installed or translations.code != "en":
        use_language("en")
    yield
    if translations.code != "en":
        use_language("en")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event, written once per test module."""
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    write_demo(path)
    return path


@pytest.fixture
def window(qtbot: QtBot, demo: Path, request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    """The main window on the demo event, at a common laptop size.

    In English unless a test asks for another language with
    ``@pytest.mark.parametrize("window", ["en", "cy"], indirect=True)``.
    """
    language = getattr(request, "param", "en")
    use_language(language)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert win.open_path(demo, interactive=False)
    yield win
    win.close_event()
    use_language("en")


@pytest.fixture
def fresh_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on a demo event of this test's own (for tests that change it), at full HD."""
    path = tmp_path / "demo.govcamp"
    write_demo(path)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    assert win.open_path(path, interactive=False)
    yield win
    win.close_event()


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    """The window's language for a test parametrized over ``language`` (English again afterwards)."""
    code = str(request.param)
    use_language(code)
    yield code
    use_language("en")
